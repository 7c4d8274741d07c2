"""Peak memory of hostile bundles against the limits (rentan_desktop/sync/limits.py), beside a
normal large bundle. Each case runs in its own process so the peak is that case's alone.

    .venv/bin/python bench/bench_bundle_limits.py [--workers 10000] [--payments-per-worker 12]

Printed per case: the refusal (or "applied"), the bundle's size on the stick, time, peak
Python allocations (tracemalloc, separate run) and the process's peak resident memory
(VmHWM, reset after the bundle is made) above what it held before the import. Floor: every hostile case peaks below MAX_PAYLOAD_BYTES
plus 64 MB; a refused case's file is never read whole.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import add_payments, connect, install  # noqa: E402

from rentan_desktop.roster import demo  # noqa: E402
from rentan_desktop.sync import agefile, bundle, export, importer, keys, limits  # noqa: E402
from rentan_desktop.sync.bundle import BundleRefused  # noqa: E402

CASES = ("oversized-file", "sparse-member", "bomb-payload-size", "bomb-at-256-mb", "bomb-endless-line", "bomb-tiny-rows",
         "large-bundle")
FLOOR = limits.MAX_PAYLOAD_BYTES + 64 * limits.MIB


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> int:
    """Forget the peak reached while the bundle was made (Linux: clear_refs 5 resets VmHWM);
    returns the resident size now, in bytes."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass
    return _status_kib("VmRSS") * 1024


def _peak_rss() -> int:
    return _status_kib("VmHWM") * 1024 or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _zstd_stream(chunks) -> bytes:
    import zstandard

    comp = zstandard.ZstdCompressor(level=19).compressobj()
    out = [comp.compress(c) for c in chunks]
    out.append(comp.flush())
    return b"".join(out)


def _bomb(opd, dis, stick: Path, chunks) -> Path:
    genuine = export.write_bundle(opd.db, opd.data_dir, stick)
    header = dict(genuine.header)
    header["sequence"] += 1
    first = json.dumps({"format": "rentan-payload", "version": bundle.FORMAT_VERSION, **bundle.binding_of(header)},
                       separators=(",", ":")).encode() + b"\n"
    plain = _zstd_stream([first, *chunks])
    payload = agefile.encrypt_to(plain, [keys.own_public(dis.db).age_recipient])
    data = bundle.pack(header, payload, keys.signing_secret(opd.db, opd.data_dir).signing)
    path = stick / "bomb.rentan.tar"
    path.write_bytes(data)
    return path


def _make(case: str, root: Path, workers: int, per_worker: int):
    stick = root / "stick"
    stick.mkdir()
    dis = install(root / "disnaker", role="disnaker", pemda="Kota Palangka Raya", operator="Bench")
    opd = install(root / "opd", role="opd", pemda="Kota Palangka Raya", operator="Bench", opd_code="1.01",
                  opd_name="OPD 1.01")
    connect(opd, dis, root / "keys")
    if case == "oversized-file":
        path = stick / "big.rentan.tar"
        with open(path, "wb") as fh:
            fh.truncate(3 * 1024 ** 3)
    elif case == "sparse-member":
        folder = root / "sparse"
        folder.mkdir()
        for name in bundle.MEMBERS:
            (folder / name).write_bytes(b"x")
        with open(folder / "payload.age", "wb") as fh:
            fh.truncate(3 * 1024 ** 3)
        path = stick / "sparse.rentan.tar"
        subprocess.run(["tar", "--sparse", "--format=gnu", "-cf", str(path), "-C", str(folder), *bundle.MEMBERS],
                       check=True)
    elif case in ("bomb-payload-size", "bomb-at-256-mb"):
        section = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":900000}\n'
        row = b'["' + b"a" * 100_000 + b'"]\n'
        path = _bomb(opd, dis, stick, [section, *([row * 10] * 1000)])  # 1 GB unpacked
    elif case == "bomb-endless-line":
        path = _bomb(opd, dis, stick, [b"0" * limits.MIB] * 3072)  # 3 GB, no line break
    elif case == "bomb-tiny-rows":
        section = b'{"section":"table","table":"workers","direction":"up","columns":["uid"],"count":100000}\n'
        path = _bomb(opd, dis, stick, [section + b"[]\n" * 100_000] * 100)  # 10 million rows
    else:
        demo.generate(opd.db, sponsors=max(1, workers * 3 // 4), workers=workers, seed=1, operator="bench")
        add_payments(opd, per_worker, random.Random(2026))
        path = export.export_bundle(opd.db, opd.data_dir, stick, operator="bench").path
    opd.close()
    return dis, path


def run_case(case: str, workers: int, per_worker: int, trace: bool) -> dict:
    """One import; with `trace` the Python peak (tracemalloc slows allocation-heavy code, so
    time and resident memory come from a run without it)."""
    os.environ.setdefault("RENTAN_PASSPHRASE", "bench passphrase")  # installs are encrypted (issue 14)
    with tempfile.TemporaryDirectory(prefix="rentan-bench-limits-") as tmp:
        dis, path = _make(case, Path(tmp), workers, per_worker)
        size = path.stat().st_size
        if case == "bomb-at-256-mb":  # the worst a signed payload can cost: the ratio check off, only the size
            limits.MAX_EXPANSION = 10 ** 9
        base_rss = _reset_peak()
        if trace:
            tracemalloc.start()
        start = time.perf_counter()
        try:
            summary = importer.apply(dis.db, dis.data_dir, path, "Bench", backup=False)
            outcome = f"applied ({summary.total('new'):,} new rows)"
        except BundleRefused as exc:
            outcome = f"refused: {exc}"
        elapsed = time.perf_counter() - start
        peak_py = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()
        peak_rss = max(0, _peak_rss() - base_rss)
        dis.close()
    return {"case": case, "outcome": outcome, "size": size, "seconds": elapsed, "peak_py": peak_py,
            "peak_rss": peak_rss}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=10_000)
    parser.add_argument("--payments-per-worker", type=int, default=12)
    parser.add_argument("--case", choices=CASES)
    parser.add_argument("--trace", action="store_true")
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args.workers, args.payments_per_worker, args.trace)))
        return 0
    print(f"limits: file {limits.mib(limits.MAX_BUNDLE_BYTES)} MB, unpacked payload "
          f"{limits.mib(limits.MAX_PAYLOAD_BYTES)} MB, line {limits.mib(limits.MAX_LINE_BYTES)} MB, "
          f"rows {limits.MAX_ROWS:,}; floor: hostile peak below {limits.mib(FLOOR)} MB")
    worst = 0
    for case in CASES:
        runs = []
        for trace in (False, True):
            done = subprocess.run([sys.executable, __file__, "--case", case, "--workers", str(args.workers),
                                   "--payments-per-worker", str(args.payments_per_worker),
                                   *(["--trace"] if trace else [])], capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        r = {**runs[0], "peak_py": runs[1]["peak_py"]}
        if case != "large-bundle":
            worst = max(worst, r["peak_rss"], r["peak_py"])
        print(f"{case:<18} {r['size'] / 1024:>10,.0f} KB  {r['seconds']:6.2f} s  peak python "
              f"{r['peak_py'] / limits.MIB:7.1f} MB  peak RSS +{r['peak_rss'] / limits.MIB:7.1f} MB  "
              f"{r['outcome'][:100]}")
    print(f"worst hostile peak {limits.mib(worst)} MB (floor {limits.mib(FLOOR)} MB): "
          f"{'OK' if worst < FLOOR else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
