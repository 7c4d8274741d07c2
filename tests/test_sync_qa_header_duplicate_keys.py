"""QA repro (sync, header.json with duplicate keys). The signed header is parsed with
json.loads, which keeps the LAST of duplicate keys; other JSON readers (jq in some modes, a
hand-check by Disnaker's IT staff reading the file top-down) see the FIRST. With a stolen key a
header can say `"sequence": 7, "sequence": 1`: an auditor reads 7, Rentan applies it as 1.
The importer must refuse a header whose keys repeat (or that is not exactly the canonical text
Rentan writes: sorted keys, indent 1), with "... is not a Rentan bundle or it is damaged", and
change nothing. Today the bundle is applied.
Suggested fix: parse header.json with object_pairs_hook that refuses repeated keys (also for the
payload's section lines), or compare header.json with its canonical re-serialisation in bundle.read.
"""

from __future__ import annotations

import json

from rentan_desktop.sync import bundle
from tests import sync_attack as atk
from tests import sync_forge as forge
from tests.sync_attack import cheap_keys, pair  # noqa: F401


def test_a_signed_header_with_a_repeated_key_is_refused(pair, capsys):
    genuine = atk.up(pair.opd, pair.stick)
    parts = forge.members(genuine.read_bytes())
    text = parts["header.json"].decode()
    header = json.loads(text)
    twice = text.replace('\n "sequence": 1\n', '\n "sequence": 7, "sequence": 1\n')
    assert twice != text
    parts["header.json"] = twice.encode()
    parts["header.json.minisig"] = forge.signer(pair.opd).sign(
        parts["header.json"], bundle.trusted_comment(header, "header.json")).encode()  # the stolen key signs
    path = forge.write(pair.stick, "dup.rentan.tar", bundle.container(parts))
    atk.refused_everywhere(pair.dis, path, "is not a Rentan bundle or it is damaged", capsys=capsys)
