"""What every `rentan hub` command shares: the language, the connection string, the connection."""

from __future__ import annotations

import argparse
import os

from rentan_desktop.errors import UserError
from rentan_desktop.i18n import translate

DSN_ENV = "RENTAN_HUB_DSN"


def use_language() -> None:
    """The hub has no install whose setting would choose: RENTAN_LANGUAGE, else Indonesian."""
    from rentan_desktop import i18n

    chosen = os.environ.get("RENTAN_LANGUAGE")
    i18n.set_language(chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)


def dsn_of(args: argparse.Namespace) -> str:
    dsn = args.dsn or os.environ.get(DSN_ENV)
    if not dsn:
        raise UserError(translate("hub", "Give the hub's PostgreSQL connection string with --dsn or {env}.").format(
            env=DSN_ENV))
    return dsn


def connect(args: argparse.Namespace):
    use_language()
    try:
        from rentan_desktop.hub import database
    except ImportError as exc:  # psycopg is the hub's own extra
        raise UserError(translate("hub", "The province hub needs psycopg: pip install 'rentan-desktop[hub]'.")) \
            from exc
    return database.connect(dsn_of(args))
