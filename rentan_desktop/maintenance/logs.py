"""Log files in the data folder, rotated, with personal data masked before it is written.

`lokal.samaran.logging.SamaranFilter` masks NIKs (3201********0001), phone numbers and other
identifiers in the message, the exception text and the stack; it sits on the file handler so
records from every logger pass through it. Names cannot be detected reliably: code never logs
them (log record uids instead).

Samaran compiles some 300 regular expressions (0.5-1 s), so it is imported and built on the
first record that could hold personal data (a digit, an '@' or a name/address label); the
start-up records ("started, data folder ...") pass without paying for it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
from collections import deque
from logging.handlers import RotatingFileHandler
from pathlib import Path

from rentan_desktop.security.permissions import private_dir, restrict_file

LOG_DIR = "logs"
LOG_FILE = "rentan.log"
CRASH_FILE = "crash.log"  # faulthandler's stacks of a native crash (segfault, abort)
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
_MARK = "_rentan_log_handler"
# NIK/KK-shaped digit runs that Samaran does not recognise (a mistyped NIK has no valid date).
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")
# What every identifier Samaran knows has (digits, '@') or the labels its name and address
# detectors key on; a record without any of them has nothing for Samaran to mask.
_MAY_HOLD_PERSONAL_DATA = re.compile(r"\d|@|nama|name|alamat|address|lahir|birth", re.IGNORECASE)


class _LazySamaranFilter(logging.Filter):
    """SamaranFilter, built on the first record that may hold personal data.

    `data_dir` is left out of that test: the data folder's path is in the start-up record and
    in the diagnostics report as it is (digits in a folder name are no identifier).
    """

    def __init__(self, data_dir: str = "") -> None:
        super().__init__()
        self._samaran: logging.Filter | None = None
        self._data_dir = data_dir

    def filter(self, record: logging.LogRecord) -> bool:
        if self._samaran is None:
            text = " ".join(str(part) for part in (record.getMessage(), record.exc_text, record.stack_info)
                            if part)
            if self._data_dir:
                text = text.replace(self._data_dir, "")
            if not record.exc_info and not _MAY_HOLD_PERSONAL_DATA.search(text):
                return True
            from lokal.samaran.logging import SamaranFilter

            self._samaran = SamaranFilter()
        return self._samaran.filter(record)


class _DigitRunFilter(logging.Filter):
    """After Samaran: mask any remaining 16-digit run the same way (3201********0001)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _SIXTEEN_DIGITS.sub(r"\1********\2", record.getMessage())
        record.args = None
        if record.exc_text:
            record.exc_text = _SIXTEEN_DIGITS.sub(r"\1********\2", record.exc_text)
        return True


def mask_text(text: str) -> str:
    """The masking the log file gets, for text shown or copied elsewhere (diagnostics)."""
    from lokal.samaran import Samaran

    return _SIXTEEN_DIGITS.sub(r"\1********\2", Samaran(mode="partial").mask(text).text)


def log_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / LOG_DIR / LOG_FILE


def setup_logging(data_dir: Path | str, *, level: int = logging.INFO, program: str = "rentan") -> Path:
    """Send the root logger to <data folder>/logs/rentan.log (rotated, masked). Safe to call twice."""
    path = log_path(data_dir)
    private_dir(path.parent)
    if os.name == "posix":  # the log is the user's only (it is masked, but still says who did what)
        os.chmod(path.parent, 0o700)
        path.touch(mode=0o600, exist_ok=True)
        os.chmod(path, 0o600)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_LazySamaranFilter(str(Path(data_dir))))
    handler.addFilter(_DigitRunFilter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _hook_uncaught()
    logging.getLogger("rentan").info("%s started, data folder %s", program, Path(data_dir))
    enable_crash_trace(data_dir)
    return path


_crash_handle = None


def enable_crash_trace(data_dir: Path | str) -> Path:
    """Native crashes (a segfault in Qt, PDFium, SQLite...) leave their Python stacks behind.

    faulthandler writes from a signal handler, so it gets a file of its own that stays open
    (the rotating log may be renamed under it): logs/crash.log. At the next start a trace found
    there is copied into the log as one CRITICAL record (masked like every record) and the file
    emptied. The stacks hold file names, lines and function names only, no data."""
    global _crash_handle
    crash = Path(data_dir) / LOG_DIR / CRASH_FILE
    private_dir(crash.parent)
    if _crash_handle is not None:
        faulthandler.disable()
        _crash_handle.close()
        _crash_handle = None
    previous = crash.read_text(encoding="utf-8", errors="replace").strip() if crash.exists() else ""
    if previous:
        logging.getLogger("rentan").critical("the previous run ended with a native crash:\n%s", previous)
    _crash_handle = crash.open("w", encoding="utf-8")
    restrict_file(crash)
    faulthandler.enable(file=_crash_handle, all_threads=True)
    return crash


def close_logging() -> None:
    """Detach and close the file handler (tests; before a data folder is removed)."""
    global _crash_handle
    if _crash_handle is not None:
        faulthandler.disable()
        _crash_handle.close()
        _crash_handle = None
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()


def last_lines(data_dir: Path | str, count: int = 40) -> list[str]:
    """The last `count` lines of the current log (already masked when written)."""
    path = log_path(data_dir)
    if not path.exists():
        return []
    with path.open(encoding="utf-8", errors="replace") as handle:
        return [line.rstrip("\n") for line in deque(handle, maxlen=count)]


def _hook_uncaught() -> None:
    """Uncaught exceptions go to the log too (then to the previous hook, e.g. the console)."""
    previous = sys.excepthook
    if getattr(previous, _MARK, False):
        return

    def hook(kind, value, tb):
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("rentan").critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    setattr(hook, _MARK, True)
    sys.excepthook = hook
