"""QA walk r5, 10: a file that is no key file at all (the fingerprint letter PDF, a bundle, a spreadsheet)
is told apart from a key file that fails its check, and each message says which file to choose or whom to ask."""

from __future__ import annotations

import json

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.sync import provisioning, registry
from tests.sync_support import add_opd_row


@pytest.mark.parametrize(("name", "content"), [
    ("surat-sidik-jari-1.01.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    ("rentan-1.01-to-disnaker-000001.rentan.tar", b"\x00" * 512),
    ("daftar.json", b'{"rows": [1, 2]}'),
])
def test_a_file_that_is_no_key_file_says_which_file_to_choose(tmp_path, opd_ctx, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        provisioning.receive_key_file(opd_ctx.db, path)
    message = str(refused.value)
    assert f"{name} is not a key file" in message and "rentan-provisioning-….json" in message
    assert "damaged" not in message and "nothing was changed" in message
    assert ("fingerprint letter is only for comparing by eye" in message) is name.endswith(".pdf")


def test_a_key_file_that_fails_its_check_is_damaged_and_says_whom_to_ask(tmp_path, disnaker_ctx, opd_ctx):
    add_opd_row(disnaker_ctx, opd_ctx.site.opd_code, opd_ctx.site.opd_name)
    file = provisioning.provision_opd(disnaker_ctx.db, disnaker_ctx.data_dir, opd_ctx.site.opd_code,
                                      tmp_path / "stick")
    outer = json.loads(file.read_text(encoding="utf-8"))
    outer["document"] = outer["document"].replace('"name"', '"name" ', 1)  # one byte altered
    file.write_text(json.dumps(outer), encoding="utf-8")
    with pytest.raises(UserError) as refused:
        provisioning.receive_key_file(opd_ctx.db, file)
    message = str(refused.value)
    assert "fails its check (damaged or altered)" in message and "Ask the office that wrote it" in message
    assert registry.keys_of(opd_ctx.db, registry.DISNAKER) == []
