"""QA walk r5, 10: the fingerprint letter (PDF) opened as a key file was called "damaged or altered". A file
that is not a key file says which file to open; only a key file that fails its check is "altered"."""

from __future__ import annotations

import json

import pytest

from rentan_desktop.errors import UserError
from rentan_desktop.sync import provisioning
from tests.sync_support import pair_fixture

pytestmark = pytest.mark.usefixtures("sync_keys")

pair = pair_fixture(sponsors=1, workers=1)


@pytest.mark.parametrize("name, content", [
    ("surat-sidik-jari-1.01.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
    ("rentan-1.01-to-disnaker-000001.rentan.tar", b"\x00" * 512),
    ("daftar.json", b'{"nama": "bukan kunci"}'),
])
def test_a_file_that_is_not_a_key_file_says_which_file_to_open(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        provisioning.read_key_file(path)
    text = str(info.value)
    assert "is not a key file" in text and "rentan-provisioning-" in text and "rentan-enrollment-" in text
    assert "altered" not in text


def test_a_key_file_changed_by_one_character_is_called_altered(pair, tmp_path):
    enrol = provisioning.write_enrollment(pair.opd.db, pair.opd.data_dir, tmp_path)
    outer = json.loads(enrol.read_text(encoding="utf-8"))
    outer["document"] = outer["document"].replace("1.01", "1.02", 1)
    enrol.write_text(json.dumps(outer), encoding="utf-8")
    with pytest.raises(UserError) as info:
        provisioning.read_key_file(enrol)
    assert "fails its check (damaged or altered)" in str(info.value) and "ask the office" in str(info.value)


def test_a_missing_file_says_to_check_the_stick(tmp_path):
    with pytest.raises(UserError) as info:
        provisioning.read_key_file(tmp_path / "rentan-provisioning-1.01.json")
    assert "could not be read" in str(info.value) and "No such file" not in str(info.value)
