"""Independent attack helpers (sync QA): re-forge a genuine bundle with a stolen key (header and
rows edited), sign one with a key nobody trusts, and check a refusal end to end: the dry run,
the import and the terminal all refuse in one clear line, and every table, the sync state and
the sync folder stay exactly as they were."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rentan_desktop.cli import main
from rentan_desktop.context import AppContext
from rentan_desktop.errors import UserError
from rentan_desktop.sync import agefile, bundle, export, importer, keys
from rentan_desktop.sync.minisig import SigningKey
from tests import sync_forge as forge
from tests.sync_support import dump, file_state

Sections = list[tuple[dict[str, Any], list[list[Any]]]]
HeaderEdit = Callable[[dict[str, Any]], None]
SectionEdit = Callable[[Sections], Sections | None]

# Everything an import may touch, beyond the rows sync_support.dump compares.
EXTRA_TABLES = ("audit_log", "sync_conflicts", "sync_exports", "sync_duplicate_flags", "rate_tables", "rate_brackets",
                "duplicate_decisions")


def up(ctx: AppContext, stick: Path) -> Path:
    return export.export_bundle(ctx.db, ctx.data_dir, stick).path


def down(dis: AppContext, stick: Path, code: str = "1.01", **kw: Any) -> Path:
    return export.export_bundle(dis.db, dis.data_dir, stick, peer=code, **kw).path


def sections_of(receiver: AppContext, path: Path) -> tuple[dict[str, Any], dict[str, Any], Sections]:
    """Header, binding line and sections of a bundle addressed to `receiver`."""
    parts = forge.members(path.read_bytes())
    plain = agefile.decrypt_with(parts["payload.age"], keys.identities(receiver.db, receiver.data_dir))
    binding, sections = bundle.read_payload(plain)
    return json.loads(parts["header.json"]), binding, sections


def reforge(sender: AppContext, receiver: AppContext, genuine: Path, name: str, *,
            header: HeaderEdit | None = None, rows: SectionEdit | None = None,
            rebind: bool = True) -> Path:
    """What a thief holding `sender`'s key makes from one of its genuine bundles: header and rows
    edited, the payload re-encrypted to the receiver, both members signed with the real key."""
    head, binding, sections = sections_of(receiver, genuine)
    head = copy.deepcopy(head)
    if header is not None:
        header(head)
    if rows is not None:
        sections = rows(copy.deepcopy(sections)) or sections
    bound = bundle.binding_of(head) if rebind else binding
    plain = forge.payload_plain(head, sections, bound)
    data = forge.sign_bundle(sender, head, forge.encrypt_for(receiver, plain))
    return forge.write(genuine.parent, name, data)


def sign_raw_header(signer: SigningKey, header: dict[str, Any], payload: bytes = b"x") -> bytes:
    """A bundle whose header is exactly `header` (no key lookup, no payload fill-in)."""
    header_bytes = (json.dumps(header, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    comment_header = {**header} if isinstance(header.get("sender"), dict) else {"sequence": header.get("sequence")}
    return bundle.container({
        "header.json": header_bytes,
        "header.json.minisig": signer.sign(header_bytes, _comment(comment_header, "header.json")).encode(),
        "payload.age": payload,
        "payload.age.minisig": signer.sign(payload, _comment(comment_header, "payload.age")).encode(),
    })


def _comment(header: dict[str, Any], member: str) -> str:
    try:
        return bundle.trusted_comment(header, member)
    except AttributeError:
        return f"rentan-bundle seq {header.get('sequence')} {member}"


def table_rows(ctx: AppContext) -> list:
    """Every row of every table an import may touch (dump() plus the audit and sync bookkeeping)."""
    rows = dump(ctx)
    for table in EXTRA_TABLES:
        rows.append((table, ctx.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()))
    return rows


def sync_files(ctx: AppContext) -> list[str]:
    folder = ctx.data_dir / "sync"
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def snapshot(ctx: AppContext, with_files: bool = True) -> tuple:
    return file_state(ctx), table_rows(ctx), sync_files(ctx) if with_files else None


def assert_clean_message(text: str, *expected: str) -> None:
    """What a clerk reads: no Python exception text, the expected words present."""
    for bad in ("Traceback", "Error:", "Exception", "KeyError", "TypeError", "ValueError", "AttributeError",
                "OverflowError", "UNIQUE constraint", "sqlite3", "NoneType", "object has no attribute"):
        assert bad not in text, text
    for want in expected:
        assert want in text, text


def refused_everywhere(receiver: AppContext, path: Path, *expected: str, quarantine_ok: bool = False,
                       capsys: Any = None) -> str:
    """The dry run, the import and (with capsys) the terminal refuse with a clear message; nothing
    in the receiving database (every table), its sync state or its sync folder changes."""
    before = snapshot(receiver)
    messages = []
    try:
        summary = importer.preview(receiver.db, receiver.data_dir, path)
    except UserError as exc:
        messages.append(str(exc))
    else:  # a genuine bundle with bad rows: the dry run lists them as errors
        assert summary.total("errors") >= 1, summary.text()
    with pytest.raises(UserError) as info:
        importer.apply(receiver.db, receiver.data_dir, path, "Rudi")
    messages.append(str(info.value))
    after = snapshot(receiver)
    assert after[0] == before[0] and after[1] == before[1]
    if not quarantine_ok:
        assert after[2] == before[2]
    if capsys is not None:
        from rentan_desktop import i18n

        language = i18n.language()
        capsys.readouterr()
        code = main(["--data-dir", str(receiver.data_dir), "import-bundle", str(path)])
        i18n.set_language(language)  # opening the install switches to its language
        err = capsys.readouterr().err
        assert code == 2, err
        messages.append(err)
        assert snapshot(receiver, with_files=False)[:2] == before[:2]
    for text in messages:
        assert_clean_message(text, *expected)
    return messages[-1]


def table_section(sections: Sections, table: str) -> tuple[dict[str, Any], list[list[Any]]]:
    for meta, rows in sections:
        if meta.get("table") == table:
            return meta, rows
    raise KeyError(table)


def set_cell(sections: Sections, table: str, column: str, value: Any, where: Callable[[list], bool] | None = None,
             ) -> Sections:
    """Every row of `table` (or those `where` picks) gets `value` in `column`."""
    meta, rows = table_section(sections, table)
    at = meta["columns"].index(column)
    for row in rows:
        if where is None or where(row):
            row[at] = value
    return sections


def col(sections: Sections, table: str, column: str) -> int:
    return table_section(sections, table)[0]["columns"].index(column)


def payload_ascii(header: dict[str, Any], sections: Sections) -> bytes:
    """The zstd payload with every non-ASCII character escaped (\\ud800 reaches the importer as a
    lone surrogate, which UTF-8 itself cannot carry)."""
    import zstandard

    lines = [json.dumps({"format": "rentan-payload", "version": bundle.FORMAT_VERSION, **bundle.binding_of(header)})]
    total = 0
    for meta, rows in sections:
        lines.append(json.dumps({**meta, "count": len(rows)}))
        lines.extend(json.dumps(r) for r in rows)
        total += len(rows)
    lines.append(json.dumps({"section": "end", "rows": total}))
    return zstandard.ZstdCompressor().compress(("\n".join(lines) + "\n").encode("ascii"))


def reforge_ascii(sender: AppContext, receiver: AppContext, genuine: Path, name: str, rows: SectionEdit) -> Path:
    head, _, sections = sections_of(receiver, genuine)
    sections = rows(copy.deepcopy(sections)) or sections
    data = forge.sign_bundle(sender, head, forge.encrypt_for(receiver, payload_ascii(head, sections)))
    return forge.write(genuine.parent, name, data)


# -- fixtures: a test module wraps these (`yield from atk.cheap_keys_env(monkeypatch)`), or imports
# the ready-made `cheap_keys` and `pair` fixtures below --------------------------------------------

def cheap_keys_env(monkeypatch):
    from rentan_desktop import i18n
    from tests.sync_support import PASSPHRASE

    monkeypatch.setenv("RENTAN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RENTAN_SCRYPT_LOG_N", "8")
    yield
    i18n.set_language("en")


def pair_in(tmp_path):
    from tests.sync_support import make_pair

    p = make_pair(tmp_path, sponsors=3, workers=8)
    yield p
    p.close()


@pytest.fixture(autouse=True)
def cheap_keys(monkeypatch):
    yield from cheap_keys_env(monkeypatch)


@pytest.fixture
def pair(tmp_path):
    yield from pair_in(tmp_path)


def payment_rows(sections: Sections) -> tuple[dict[str, int], list[list[Any]]]:
    meta, rows = table_section(sections, "payments")
    return {c: k for k, c in enumerate(meta["columns"])}, rows


def as_reversal(at: dict[str, int], row: list[Any], of: str, reason: str = "salah input") -> list[Any]:
    """`row` turned into a reversal of payment `of`, as reverse_payment writes one (negated parts)."""
    for c in ("amount", "jkk", "jkm", "jht"):
        row[at[c]] = -row[at[c]]
    row[at["kind"]] = "reversal"
    row[at["reverses_uid"]] = of
    row[at["reason"]] = reason
    return row


def new_uid() -> str:
    import uuid

    return str(uuid.uuid4())
