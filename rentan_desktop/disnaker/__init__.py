"""The Disnaker workspace: OPD registry, duplicates, BPJS registration and payment hand-off."""
