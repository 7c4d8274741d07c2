"""Independent attacks on the rows of a bundle (sync QA), made with a stolen OPD key (or by a
careless Disnaker install): wrong shapes and types, Unicode tricks, padded identifiers, unknown
columns and tables, references to records that do not exist, a KPJ overwrite, fields the sender
does not own. A bad row refuses the whole bundle with a list naming table, record, field and
reason (personal values masked), and nothing changes; what the sender does not own is ignored."""

from __future__ import annotations

import pytest

from rentan_desktop.store import audit
from rentan_desktop.sync import importer
from tests import sync_attack as atk
from tests.sync_support import counts


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    yield from atk.cheap_keys_env(monkeypatch)


@pytest.fixture
def pair(tmp_path):
    yield from atk.pair_in(tmp_path)


NAME = "rentan-1.01-to-disnaker-000001.rentan.tar"


def _worker_edit(column: str, value):
    def rows(sections):
        meta, workers = atk.table_section(sections, "workers")
        workers[0][meta["columns"].index(column)] = value(workers[0][meta["columns"].index(column)]) \
            if callable(value) else value
        return sections
    return rows


def _forged(pair, rows):
    return atk.reforge(pair.opd, pair.dis, atk.up(pair.opd, pair.stick), NAME, rows=rows)


ARABIC = str.maketrans("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")

BAD_VALUES = {
    "NIK in Arabic-Indic digits": ("nik", lambda v: v.translate(ARABIC), "NIK must be exactly 16 digits"),
    "NIK in full-width digits": ("nik", lambda v: "".join(chr(ord(c) + 0xFEE0) for c in v), "NIK"),
    "NIK padded with a space": ("nik", lambda v: " " + v, "NIK"),
    "NIK with a zero-width space": ("nik", lambda v: v[:8] + "\u200b" + v[8:], "NIK"),
    "name with a right-to-left override": ("name", "Budi\u202eSantoso", "Contains control characters"),
    "name with a zero-width joiner": ("name", "Bu\u200ddi", "Contains control characters"),
    "name with NUL": ("name", "Budi\x00Santoso", "Contains control characters"),
    "mother's name with a terminal escape": ("mother_name", "Siti\x1b[2J", "Contains control characters"),
    "income of 10**400": ("declared_income", 10 ** 400, "Must be a whole number from 1"),
    "income as text": ("declared_income", "1000000", "Must be a whole number"),
    "zero income": ("declared_income", 0, "Must be a whole number from 1"),
    "start month 2026-13": ("start_month", "2026-13", "Not a month"),
    "start month padded": ("start_month", " 2026-11", "Not a month"),
    "gender outside the list": ("gender", "X", "Not one of"),
    "KPJ with letters": ("kpj", "12ab5678", "digits"),
    "KPJ in Arabic-Indic digits": ("kpj", "12345678901".translate(ARABIC), "digits"),
    "sponsor that does not exist": ("sponsor_uid", "0b2d0000-0000-4000-8000-000000000000",
                                    "refers to a Sponsors record this install does not have"),
    "sponsor as a number": ("sponsor_uid", 1, "refers to a Sponsors record this install does not have"),
}


@pytest.mark.parametrize("attack", sorted(BAD_VALUES))
def test_a_value_the_forms_refuse_refuses_the_bundle(pair, attack, capsys):
    column, value, reason = BAD_VALUES[attack]
    nik = None

    def rows(sections):
        nonlocal nik
        meta, workers = atk.table_section(sections, "workers")
        nik = workers[0][meta["columns"].index("nik")]
        return _worker_edit(column, value)(sections)

    message = atk.refused_everywhere(pair.dis, _forged(pair, rows), "Workers", reason, capsys=capsys)
    assert nik not in message  # the NIK is masked in the list
    assert counts(pair.dis, "1.01") == {"sponsors": 0, "workers": 0, "payments": 0}


def _numbers(value):
    """Every whole number of the row becomes `value` (a row without numbers gets it in its 2nd cell)."""
    def change(row):
        out = [value if isinstance(v, int) else v for v in row]
        return out if out != row else [row[0], value, *row[2:]]
    return change


SHAPES = {
    "a short row": lambda row: row[:-1],
    "a long row": lambda row: [*row, None],
    "a list as a value": lambda row: [row[0], [row[1]], *row[2:]],
    "an object as a value": lambda row: [row[0], {"x": row[1]}, *row[2:]],
    "a boolean as a number": _numbers(True),
    "a float as a number": _numbers(1.0),
    "NaN as a number": _numbers(float("nan")),
    "Infinity as a number": _numbers(float("inf")),
    "no uid": lambda row: [None, *row[1:]],
    "an empty uid": lambda row: ["", *row[1:]],
    "a uid of 10 KB": lambda row: ["u" * 10_000, *row[1:]],
    "not a row": lambda row: {"uid": row[0]},
}


@pytest.mark.parametrize("attack", sorted(SHAPES))
@pytest.mark.parametrize("table", ["sponsors", "workers", "payments"])
def test_a_row_of_the_wrong_shape_refuses_the_bundle(pair, table, attack):
    def rows(sections):
        _, found = atk.table_section(sections, table)
        found[-1] = SHAPES[attack](found[-1])
        return sections
    path = _forged(pair, rows)
    # A whole line that is not a JSON array stops at the payload reader: one line, no list.
    expected = "contents are damaged" if attack == "not a row" else "malformed row"
    atk.refused_everywhere(pair.dis, path, expected)


def test_the_same_uid_twice_in_one_section_refuses_the_bundle(pair):
    def rows(sections):
        _, workers = atk.table_section(sections, "workers")
        workers.append(list(workers[0]))
        return sections
    atk.refused_everywhere(pair.dis, _forged(pair, rows), "Workers", "malformed row")


def test_unknown_columns_and_tables_and_scope_columns_are_ignored(pair):
    """What the sender does not own never lands: an OPD cannot set paid-through, the record's OPD
    (opd_id, opd_code) or a change number, nor send a table Disnaker does not take from it."""
    def rows(sections):
        for table in ("sponsors", "workers", "payments"):
            meta, found = atk.table_section(sections, table)
            meta["columns"] = [*meta["columns"], "opd_id", "opd_code", "rev", "paid_through", "id", "no_such_column"]
            for r in found:
                r += [99, "1.02", 10 ** 9, "2099-12", 1, "x"]
        sections.append(({"section": "table", "table": "sync_peers", "direction": "up", "columns": ["uid", "status"]},
                         [["x", "trusted"]]))
        sections.append(({"section": "table", "table": "workers", "direction": "down", "columns": ["uid", "kpj"]},
                         [["x", "12345678"]]))
        sections.append(({"section": "settings", "values": {"quotas": {"1.01": 10 ** 6}}}, []))
        return sections
    before_settings = pair.dis.db.execute("SELECT * FROM settings ORDER BY 1").fetchall()
    peers = pair.dis.db.execute("SELECT peer, key_id, status FROM sync_peers ORDER BY id").fetchall()
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, _forged(pair, rows), "Rudi")
    assert summary.status == "applied"
    assert counts(pair.dis, "1.01") == counts(pair.opd)
    opd_id = pair.dis.db.execute("SELECT id FROM opds WHERE code = '1.01'").fetchone()[0]
    for table in ("sponsors", "workers", "payments"):
        assert {o for (o,) in pair.dis.db.execute(f"SELECT DISTINCT opd_id FROM {table}")} == {opd_id}
        assert pair.dis.db.execute(f"SELECT max(rev) FROM {table}").fetchone()[0] < 10 ** 9
    assert pair.dis.db.execute("SELECT count(*) FROM workers WHERE paid_through = '2099-12'").fetchone()[0] == 0
    assert pair.dis.db.execute("SELECT peer, key_id, status FROM sync_peers ORDER BY id").fetchall() == peers
    assert pair.dis.db.execute("SELECT * FROM settings ORDER BY 1").fetchall() == before_settings
    assert any("Skipped rows" in n for n in summary.notes)


def test_an_opd_cannot_overwrite_the_kpj_disnaker_has(pair):
    """A KPJ known at Disnaker and a different one from the OPD: a conflict for a person, Disnaker's
    KPJ stays, and the bundle's other rows still apply."""
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    uid = pair.dis.db.execute("SELECT uid FROM workers WHERE status != 'ended' ORDER BY id LIMIT 1").fetchone()[0]
    pair.dis.db.execute("UPDATE workers SET kpj = '11111111111' WHERE uid = ?", [uid])
    pair.opd.db.execute("UPDATE workers SET kpj = '22222222222', rev = ? WHERE uid = ?",
                        [audit.next_rev(pair.opd.db), uid])
    summary = importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
    assert summary.total("conflicts") == 1
    assert pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == "11111111111"
    assert pair.dis.db.execute("SELECT local_value, incoming_value FROM sync_conflicts WHERE record_uid = ?",
                               [uid]).fetchone() == ("11111111111", "22222222222")


def test_a_blank_kpj_from_the_opd_never_clears_disnakers(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    uid = pair.dis.db.execute("SELECT uid FROM workers WHERE kpj IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    kpj = pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0]
    pair.opd.db.execute("UPDATE workers SET kpj = NULL, rev = ? WHERE uid = ?", [audit.next_rev(pair.opd.db), uid])
    importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi")
    assert pair.dis.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == kpj


# -- a Disnaker return bundle -------------------------------------------------------------------

def _down_forged(pair, rows):
    return atk.reforge(pair.dis, pair.opd, atk.down(pair.dis, pair.stick), "rentan-disnaker-to-1.01-000001.rentan.tar",
                       rows=rows)


def _down_row(meta, uid, status, **values):
    """A workers row of a return bundle for `uid`, blank except its status (and `values`)."""
    row = [uid, *[None] * (len(meta["columns"]) - 1)]
    for column, value in {"status": status, **values}.items():
        row[meta["columns"].index(column)] = value
    return row


def test_a_return_bundle_cannot_blank_or_change_what_the_opd_owns(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    owned = ("nik", "name", "birth_date", "phone", "street", "declared_income", "start_month", "sponsor_id",
             "ended_on")
    before = pair.opd.db.execute(f"SELECT uid, {', '.join(owned)} FROM workers ORDER BY id").fetchall()
    payments = pair.opd.db.execute("SELECT * FROM payments ORDER BY id").fetchall()

    def rows(sections):
        meta, workers = atk.table_section(sections, "workers")
        meta["columns"] = [*meta["columns"], "nik", "name", "declared_income", "start_month", "sponsor_uid"]
        for r in workers:
            r += [None, "", 1, "2099-12", None]
        known = {r[0] for r in workers}
        for uid, status in pair.opd.db.execute("SELECT uid, status FROM workers"):
            if uid not in known:
                workers.append(_down_row(meta, uid, status, nik=None, name="", declared_income=1,
                                         start_month="2099-12"))
        sections.append(({"section": "table", "table": "payments", "direction": "down",
                          "columns": ["uid", "amount"]}, [[payments[0][1], 1]]))
        return sections
    assert importer.apply(pair.opd.db, pair.opd.data_dir, _down_forged(pair, rows), "Siti").status == "applied"
    assert pair.opd.db.execute(f"SELECT uid, {', '.join(owned)} FROM workers ORDER BY id").fetchall() == before
    assert pair.opd.db.execute("SELECT * FROM payments ORDER BY id").fetchall() == payments


def test_a_return_bundle_with_another_kpj_is_a_conflict_at_the_opd(pair):
    assert importer.apply(pair.dis.db, pair.dis.data_dir, atk.up(pair.opd, pair.stick), "Rudi").status == "applied"
    uid, kpj = pair.opd.db.execute("SELECT uid, kpj FROM workers WHERE kpj IS NOT NULL ORDER BY id LIMIT 1"
                                   ).fetchone()

    def rows(sections):
        meta, workers = atk.table_section(sections, "workers")
        at = meta["columns"].index("kpj")
        row = next((r for r in workers if r[0] == uid), None)
        if row is None:
            status = pair.opd.db.execute("SELECT status FROM workers WHERE uid = ?", [uid]).fetchone()[0]
            row = _down_row(meta, uid, status)
            workers.append(row)
        row[at] = "99999999999"
        return sections
    summary = importer.apply(pair.opd.db, pair.opd.data_dir, _down_forged(pair, rows), "Siti")
    assert summary.total("conflicts") >= 1
    assert pair.opd.db.execute("SELECT kpj FROM workers WHERE uid = ?", [uid]).fetchone()[0] == kpj


def test_the_refusal_list_reads_in_indonesian(pair, capsys):
    from rentan_desktop import i18n

    path = _forged(pair, _worker_edit("name", "Budi\u202eSantoso"))
    i18n.set_language("id")
    message = atk.refused_everywhere(pair.dis, path, "Pekerja", "Nama")
    assert "Workers" not in message and "control characters" not in message


def test_the_terminal_dry_run_lists_the_bad_rows_and_changes_nothing(pair, capsys):
    from rentan_desktop import i18n
    from rentan_desktop.cli import main

    path = _forged(pair, _worker_edit("declared_income", -5000))
    before = atk.snapshot(pair.dis)
    capsys.readouterr()
    code = main(["--data-dir", str(pair.dis.data_dir), "import-bundle", str(path), "--dry-run"])
    i18n.set_language("en")
    out = capsys.readouterr()
    assert code == 1
    atk.assert_clean_message(out.out + out.err, "Declared income", "-5000", "would be refused", "Dry run")
    assert atk.snapshot(pair.dis) == before
