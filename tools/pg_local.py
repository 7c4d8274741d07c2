"""A throwaway PostgreSQL server in a folder, for trying the province hub, its tests and its bench.

    python tools/pg_local.py start DIR     # initdb (first time) + start; prints the DSN
    python tools/pg_local.py stop DIR

It uses the server programs of Debian's `postgresql` package (/usr/lib/postgresql/N/bin, or
PG_BIN), listens only on a Unix socket inside DIR (no TCP port is opened) and trusts local
connections, so it is for a developer's machine or CI, never for production: a real hub uses
the province's own PostgreSQL server and a DSN with a password (see docs/hub.md).
PostgreSQL refuses to run as root; as root the server runs as the `postgres` system user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "rentan_admin"
PORT = 5432  # only names the socket file (.s.PGSQL.5432) inside DIR; no TCP listener


def server_bin() -> Path | None:
    """The folder holding initdb and pg_ctl (PG_BIN, or the newest Debian install), or None."""
    env = os.environ.get("PG_BIN")
    if env and (Path(env) / "pg_ctl").exists():
        return Path(env)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


@dataclass(frozen=True)
class LocalServer:
    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def dsn(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.socket_dir} port={PORT} dbname={dbname} user={user}"


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", "postgres", "--", *argv]


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        for p in [path, *path.rglob("*")]:
            os.chown(p, entry.pw_uid, entry.pw_gid)


def start(folder: str | Path) -> LocalServer:
    """Create (first time) and start the server in `folder`; returns where to reach it."""
    binary = server_bin()
    if binary is None:
        raise RuntimeError("PostgreSQL server programs not found: apt-get install postgresql (or set PG_BIN)")
    server = LocalServer(Path(folder).resolve())
    server.folder.mkdir(parents=True, exist_ok=True)
    server.socket_dir.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        server.folder.chmod(0o755)
        _own(server.folder)
    if not (server.data / "PG_VERSION").exists():
        subprocess.run(_as_server_user([str(binary / "initdb"), "-D", str(server.data), "-U", SUPERUSER,
                                        "-A", "trust", "-E", "UTF8", "--locale", "C", "--no-sync"]),
                       check=True, capture_output=True)
    options = (f"-p {PORT} -k {server.socket_dir} -c listen_addresses='' -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB "
               "-c shared_buffers=256MB -c maintenance_work_mem=256MB")
    subprocess.run(_as_server_user([str(binary / "pg_ctl"), "-D", str(server.data), "-o", options,
                                    "-l", str(server.folder / "server.log"), "-w", "-t", "60", "start"]),
                   check=True, capture_output=True)
    return server


def stop(folder: str | Path) -> None:
    binary = server_bin()
    server = LocalServer(Path(folder).resolve())
    if binary is None or not (server.data / "postmaster.pid").exists():
        return
    subprocess.run(_as_server_user([str(binary / "pg_ctl"), "-D", str(server.data), "-m", "fast", "-w", "stop"]),
                   check=False, capture_output=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__)
        return 2
    if argv[0] == "start":
        server = start(argv[1])
        print(server.dsn())
    else:
        stop(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
