"""QA repro (sync, settings in a Disnaker return bundle). The `settings` section (quotas,
occupations, coverage_target, sync_escrow_recipients) is stored at the OPD without any check
(sync/apply._plan_settings). A return bundle with a value of the wrong shape (a broken Disnaker
install, or a stolen Disnaker key) is applied and then breaks the OPD install:
- quotas = "x": every roster query that reads the quotas raises TypeError;
- sync_escrow_recipients = "garbage" or ["garbage"]: the OPD can never export a bundle again
  (TypeError while encrypting), so its figures stop reaching Disnaker.
What should happen: the bundle is refused at the OPD with a clear list (setting, value, reason)
and nothing changes; the OPD keeps working.
Suggested fix: register each DOWN_SETTINGS value's shape in the field registry (quotas: dict of
level -> int 0..1000; occupations: list of short printable str; coverage_target: dict of ints;
escrow: list of {key_id, age_recipient} whose recipient parses as age X25519) and judge them in
_plan_settings.
"""

from __future__ import annotations

import pytest

from rentan_desktop.roster import queries
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_attack import cheap_keys, pair  # noqa: F401


@pytest.mark.parametrize("key, value", [("quotas", "x"), ("sync_escrow_recipients", "garbage"),
                                        ("sync_escrow_recipients", ["garbage"])])
def test_a_malformed_setting_from_disnaker_never_breaks_the_opd(pair, key, value):
    def rows(sections):
        for meta, _ in sections:
            if meta.get("section") == "settings":
                meta["values"][key] = value
        return sections

    path = atk.reforge(pair.dis, pair.opd, atk.down(pair.dis, pair.stick), "d.rentan.tar", rows=rows)
    try:
        importer.apply(pair.opd.db, pair.opd.data_dir, path, "Siti")
    except atk.UserError as exc:
        atk.assert_clean_message(str(exc))
    queries.quotas(pair.opd.db)
    atk.up(pair.opd, pair.stick)  # the OPD can still send its bundle
