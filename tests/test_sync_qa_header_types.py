"""QA repro (sync, header fields): a bundle header with values of the wrong type must be REFUSED
with one clear, translated line (like "... is not a Rentan bundle or it is damaged"), in the dry
run, the import and the terminal, and change nothing. Today they end in raw exceptions
(AttributeError, OverflowError, ValueError, TypeError, KeyError) and a traceback in the terminal.

- Without any key: a bundle signed by an unknown key whose header `sender` is not an object
  (a string, null, a list) crashes in verify.sender_label before the quarantine.
- With a stolen OPD key: `sequence`/`rev_to`/`schema_version` = Infinity (JSON allows it),
  `format_version` = "abc"/[1]/null, `ack` not an object or `ack.rev` = "abc"/Infinity,
  `new_key` not an object or missing fields, `counts` malformed on an already-imported bundle;
  and `format_version` 1.5 is taken as version 1 (int() truncates) instead of refused as newer.
Suggested fix: validate the header's shape and types once (a schema: ints are int and not bool,
objects are dicts, strings are str) in verify._header_fields before any use; make sender_label
tolerate any type.
"""

from __future__ import annotations

import pytest

from rentan_desktop.sync import importer
from rentan_desktop.sync.minisig import SigningKey
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests.sync_attack import cheap_keys, pair  # noqa: F401


@pytest.mark.parametrize("sender", ["1.01", None, [1]])
def test_unknown_key_header_with_a_non_object_sender_is_refused_cleanly(pair, sender, capsys):
    header = forge.header_of(atk.up(pair.opd, pair.stick))
    header["sender"] = sender
    path = forge.write(pair.stick, "x.rentan.tar", atk.sign_raw_header(SigningKey.generate(), header))
    atk.refused_everywhere(pair.dis, path, "x.rentan.tar", quarantine_ok=True, capsys=capsys)


@pytest.mark.parametrize("field, value", [
    ("sequence", float("inf")), ("rev_to", float("inf")), ("schema_version", float("inf")),
    ("format_version", "abc"), ("format_version", [1]), ("format_version", None), ("format_version", 1.5),
    ("ack", "abc"), ("ack", [1]), ("ack", {"rev": "abc"}), ("ack", {"rev": float("inf")}),
    ("new_key", "abc"), ("new_key", {"key_id": "x"}),
])
def test_stolen_key_header_with_wrong_types_is_refused_cleanly(pair, field, value, capsys):
    genuine = atk.up(pair.opd, pair.stick)
    path = atk.reforge(pair.opd, pair.dis, genuine, "f.rentan.tar", header=lambda h: h.__setitem__(field, value))
    atk.refused_everywhere(pair.dis, path, "f.rentan.tar", capsys=capsys)


@pytest.mark.parametrize("value", ["abc", [1], {"workers": "x"}])
def test_stale_bundle_with_malformed_counts_is_refused_or_ignored_cleanly(pair, value):
    genuine = atk.up(pair.opd, pair.stick)
    assert importer.apply(pair.dis.db, pair.dis.data_dir, genuine, "Rudi").status == "applied"
    path = atk.reforge(pair.opd, pair.dis, genuine, "f.rentan.tar", header=lambda h: h.__setitem__("counts", value))
    before = atk.snapshot(pair.dis)
    try:
        assert importer.apply(pair.dis.db, pair.dis.data_dir, path, "Rudi").status == "nothing"
    except atk.UserError as exc:
        atk.assert_clean_message(str(exc))
    assert atk.snapshot(pair.dis)[:2] == before[:2]
