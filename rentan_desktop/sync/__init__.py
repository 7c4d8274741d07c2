"""Signed, encrypted bundles between OPD installs and Disnaker (USB sticks, no network).

keys (own key pair, protected on disk), registry (the other side's keys and link state),
provisioning (key exchange files), tables (what replicates), bundle (the file format),
export, importer, restore. No Qt here.
"""
