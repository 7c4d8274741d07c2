"""Logs in the data folder: rotated, personal data masked, diagnostics without personal data."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from rentan_desktop.cli import main as cli_main
from rentan_desktop.maintenance import logs
from rentan_desktop.maintenance.diagnostics import report
from rentan_desktop.roster import demo
from rentan_desktop.store.migrations import MIGRATIONS

LATEST_SCHEMA = len(MIGRATIONS._migrations)

NIK = "3201011508900001"
ODD_NIK = "3201012345670001"  # no valid birth date: Samaran alone would not catch it
PHONE = "081234567890"


@pytest.fixture(autouse=True)
def _close_log():
    yield
    logs.close_logging()


def test_nik_and_phone_are_masked_in_the_file(tmp_path):
    path = logs.setup_logging(tmp_path)
    log = logging.getLogger("rentan.test")
    log.info("worker %s phone %s", NIK, PHONE)
    log.warning("typo nik %s", ODD_NIK)
    try:
        raise ValueError(f"bad row with NIK {NIK}")
    except ValueError:
        log.exception("import failed")
    logs.close_logging()
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "logs" / "rentan.log"
    for secret in (NIK, PHONE, ODD_NIK):
        assert secret not in text
    assert "3201********0001" in text and "0812****7890" in text
    assert "ValueError: bad row with NIK 3201********0001" in text


def test_log_rotates(tmp_path):
    logs.setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler))
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUP_COUNT
    handler.maxBytes = 2000
    for n in range(200):
        logging.getLogger("rentan.test").info("line %d %s", n, "x" * 40)
    logs.close_logging()
    assert (tmp_path / "logs" / "rentan.log.1").exists()


def test_setup_twice_keeps_one_handler(tmp_path):
    logs.setup_logging(tmp_path)
    logs.setup_logging(tmp_path)
    ours = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
    assert len(ours) == 1


def test_cli_writes_its_log_in_the_data_folder(opd_ctx):
    folder = opd_ctx.data_dir
    opd_ctx.close()
    assert cli_main(["--data-dir", str(folder), "backup"]) == 0
    logs.close_logging()
    assert "rentan backup started" in (folder / "logs" / "rentan.log").read_text(encoding="utf-8")


def test_last_lines_and_mask_text(tmp_path):
    logs.setup_logging(tmp_path)
    for n in range(50):
        logging.getLogger("rentan.test").info("n=%d", n)
    logs.close_logging()
    tail = logs.last_lines(tmp_path, 5)
    assert len(tail) == 5 and tail[-1].endswith("n=49")
    assert logs.mask_text(f"nik {NIK} hp {PHONE}") == "nik 3201********0001 hp 0812****7890"


def test_diagnostics_report_has_no_personal_data(opd_ctx):
    demo.generate(opd_ctx.db, sponsors=3, workers=4, opds=1, seed=1, operator="t")
    # An old log line written before masking existed is masked in the report.
    (opd_ctx.data_dir / "logs").mkdir(exist_ok=True)
    (opd_ctx.data_dir / "logs" / "rentan.log").write_text(f"old line nik {NIK} hp {PHONE}\n", encoding="utf-8")
    text = report(opd_ctx.db, opd_ctx.data_dir, extra={"Qt": "6.x"})
    assert f"Schema version: {LATEST_SCHEMA}" in text and "workers 4" in text and "Qt: 6.x" in text
    assert str(opd_ctx.data_dir) in text
    assert NIK not in text and PHONE not in text and "3201********0001" in text
    names = [r[0] for r in opd_ctx.db.execute("SELECT name FROM workers")]
    assert not any(name in text for name in names)


def test_a_native_crash_leaves_its_stack_in_the_log(tmp_path):
    """A segfault (as PDFium gives when used from two threads) kills Python without a traceback;
    faulthandler writes the stacks to logs/crash.log and the next start puts them in the log."""
    import subprocess
    import sys

    script = ("import faulthandler, sys; from rentan_desktop.maintenance import logs; "
              "logs.setup_logging(sys.argv[1]); faulthandler._sigsegv()")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, timeout=60)
    assert result.returncode != 0
    assert "Fatal Python error" in (tmp_path / "logs" / logs.CRASH_FILE).read_text()
    path = logs.setup_logging(tmp_path)
    logs.close_logging()
    text = path.read_text(encoding="utf-8")
    assert "the previous run ended with a native crash" in text and "Segmentation fault" in text
    assert (tmp_path / "logs" / logs.CRASH_FILE).read_text() == ""
def test_a_plain_record_is_written_without_building_the_masking_library(tmp_path):
    path = logs.setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler))
    lazy = next(f for f in handler.filters if isinstance(f, logs._LazySamaranFilter))
    logging.getLogger("rentan.test").info("window shown")
    assert lazy._samaran is None  # start-up pays nothing for ~300 regular expressions
    logging.getLogger("rentan.test").info("nama Budi Santoso hp %s", PHONE)
    logs.close_logging()
    text = path.read_text(encoding="utf-8")
    assert lazy._samaran is not None and "window shown" in text
    assert PHONE not in text and "Budi Santoso" not in text
