"""A key store for tests: the `keyring` API, kept in a dict (one per test)."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class FileKeyring(KeyringBackend):
    """A key store kept in a JSON file (RENTAN_TEST_KEYRING_FILE), so it persists from one process to
    the next as Windows Credential Manager does; chosen in a child process with
    PYTHON_KEYRING_BACKEND=tests.keyring_backend.FileKeyring (keyring's own switch)."""

    priority = 1

    @property
    def _path(self):
        import os
        from pathlib import Path

        return Path(os.environ["RENTAN_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        import json

        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        import json

        items = self._load()
        items[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(items))

    def delete_password(self, service: str, username: str) -> None:
        import json

        items = self._load()
        items.pop(f"{service}\n{username}", None)
        self._path.write_text(json.dumps(items))
