"""The most a bundle may be, checked before (or while) reading so memory stays bounded.

Sizes are generous for real bundles: Disnaker's largest restore bundle for one OPD (tens of
thousands of workers, a few hundred thousand payments) is well under a tenth of each limit.
docs/bundle-format.md lists them; change both together.
"""

from __future__ import annotations

MIB = 1 << 20

MAX_BUNDLE_BYTES = 128 * MIB  # the .rentan.tar file, checked with stat() before it is opened
MAX_TAR_MEMBERS = 4  # exactly the four members; a fifth stops reading at once
MAX_HEADER_BYTES = 1 * MIB  # header.json
MAX_SIGNATURE_BYTES = 4096  # each .minisig file
MAX_PAYLOAD_BYTES = 256 * MIB  # payload after decompression, counted while it streams
MAX_LINE_BYTES = 4 * MIB  # one JSON line of the payload (one row or one section line)
MAX_ROWS = 1_000_000  # rows in one bundle, all sections together
MAX_CELLS = 25_000_000  # values in all rows together (a row of many tiny values costs more than its bytes)
# JSON lines of rows compress about 5 to 10 times with zstd; a payload unpacking to more than
# this many times its encrypted size is a bomb, whatever its absolute size.
MAX_EXPANSION = 100
MIN_EXPANSION_BASE = 1 * MIB  # below this unpacked size the ratio is not checked (tiny bundles)
MAX_SECTIONS = 200  # section lines in one payload
READ_CHUNK = 1 * MIB  # decompression step
ZSTD_MAX_WINDOW = 1 << 27  # zstd's own default limit (128 MiB); frames asking for more are refused

# Copies of bundles signed by unknown keys kept at Disnaker for review: a flood of junk bundles
# (a stick full of them, a script) must not fill the disk that holds every OPD's data.
MAX_QUARANTINE_FILES = 100
MAX_QUARANTINE_BYTES = 512 * MIB

# A sender's sequence grows by one per bundle written. Bundles written but never delivered
# leave gaps; more than this many in a row is not a lost stick but a forged or broken header.
MAX_SEQUENCE_JUMP = 1000
# Likewise the sender's change numbers: one bundle covering more than this many changes beyond
# what was applied here is refused (a whole Disnaker database is a few million changes).
MAX_REV_JUMP = 100_000_000


def mib(size: int) -> str:
    """A size as people read it on a drive: whole MB."""
    return f"{size / MIB:,.0f}".replace(",", ".")
