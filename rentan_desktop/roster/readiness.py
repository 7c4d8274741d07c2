"""Which workers BPJS cannot register yet: the registration form's fields that are still empty."""

from __future__ import annotations

# Fields BPJS needs on the registration form (Disnaker's registration file checks the same list).
BPJS_FIELDS = ("nik", "name", "birth_place", "birth_date", "gender", "mother_name", "street", "village",
               "district", "regency", "occupation", "start_month", "heir_name", "heir_relationship",
               "sponsor_id")


def incomplete_sql(alias: str = "w") -> str:
    """SQL condition: current, no KPJ, not sent to BPJS yet, and a needed field empty."""
    empty = " OR ".join(f"{alias}.{f} IS NULL" if f == "sponsor_id" else f"coalesce({alias}.{f}, '') = ''"
                        for f in BPJS_FIELDS)
    return (f"{alias}.status IN ('draft', 'submitted', 'active') AND coalesce({alias}.kpj, '') = '' "
            f"AND {alias}.bpjs_status IS NULL AND ({empty})")
