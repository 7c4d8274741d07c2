"""Run the benchmarks under bench/ in turn; each prints its figures beside its floor.

    python bench/run_all.py                   # every bench_*.py at its own (province) scale
    python bench/run_all.py --only roster     # bench_roster.py alone (repeatable: --only a --only b)
    python bench/run_all.py --workers 2000    # every bench at this many workers (a quick run)
    python bench/run_all.py --list            # the names --only takes

Arguments after `--` go to every benchmark chosen (e.g. `--only reports -- --runs 5`).
Installs are encrypted: RENTAN_PASSPHRASE is set for every benchmark (the bench passphrase
unless the caller set one), and Qt draws offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSPHRASE = "bench passphrase"
# At a quick scale the cold start (it empties the machine's page cache) is left out.
QUICK_EXTRA = {"start": ["--no-cold"]}
QUICK_BELOW = 20_000


def available() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def scale_args(name: str, workers: int | None) -> list[str]:
    """What `--workers N` means to one benchmark (each takes --workers; reports also scale payments)."""
    if workers is None:
        return []
    args = ["--workers", str(workers)]
    if name == "reports":
        args += ["--sponsors", str(max(1, workers * 3 // 4)), "--payments", str(workers * 12),
                 "--opds", str(max(1, min(60, workers // 100)))]
    elif name in ("roster", "at_rest", "payments"):
        args += ["--sponsors", str(max(1, workers * 3 // 4))]
    elif name == "disnaker":
        args += ["--opds", str(max(1, min(60, workers // 100)))]
    elif name == "sync":
        args += ["--opds", str(max(1, min(6, workers // 100))), "--export-workers", str(min(3000, workers))]
    elif name == "hub":
        args += ["--cities", str(max(1, min(35, workers // 1000)))]
    if workers < QUICK_BELOW:
        args += QUICK_EXTRA.get(name, [])
    return args


def run(chosen: list[str], benches: dict[str, Path], workers: int | None, extra: list[str]) -> list[str]:
    failed = []
    for name in chosen:
        print(f"== {benches[name].name}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(benches[name]), *scale_args(name, workers), *extra])
        print(f"== {benches[name].name}: {'ok' if code == 0 else f'FAILED (exit {code})'} "
              f"in {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    return failed


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark")
    parser.add_argument("--workers", type=int, help="run every benchmark at this scale (a quick run)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    benches = available()
    if args.list:
        print("\n".join(benches))
        return 0
    chosen = args.only or list(benches)
    unknown = [n for n in chosen if n not in benches]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(benches)}")
    saved = dict(os.environ)
    # Inherited by every benchmark process (and put back afterwards for a caller in the same process).
    os.environ["RENTAN_PASSPHRASE"] = os.environ.get("RENTAN_PASSPHRASE") or PASSPHRASE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        failed = run(chosen, benches, args.workers, extra)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    if failed:
        print(f"failed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
