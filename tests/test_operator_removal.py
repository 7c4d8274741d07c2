"""The operator working now cannot remove himself (QA walk r3, defect 40, Settings ▸ Operators)."""

from __future__ import annotations

import pytest

from rentan_desktop.errors import UserError


@pytest.mark.parametrize("working, removed, refused", [
    ("Siti Rahma", "Siti Rahma", True),          # the one who unlocked this session
    ("Siti Rahma", " siti rahma ", True),        # however the name is typed
    ("Siti Rahma", "Budi Santoso", False),       # another operator may go
    (None, "Siti Rahma", False),                 # nobody unlocked by name (key store): no one to protect
])
def test_the_working_operator_cannot_be_removed(opd_ctx, working, removed, refused):
    vault = opd_ctx.vault
    vault.add_operator(opd_ctx.session.install_key, "Budi Santoso", "Budi's own passphrase")
    names = lambda: [op["name"] for op in vault.doc["operators"]]  # noqa: E731
    before = names()
    if refused:
        with pytest.raises(UserError, match="working now and cannot be removed"):
            vault.remove_operator(removed, working=working)
        assert names() == before
    else:
        vault.remove_operator(removed, working=working)
        assert len(names()) == len(before) - 1


def test_the_session_passes_its_operator(opd_ctx):
    assert opd_ctx.session.operator == "Siti Rahma"
