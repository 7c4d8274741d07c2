"""Run the benchmarks under bench/ in turn; each prints its figures beside its floor.

    python bench/run_all.py                 # every bench_*.py
    python bench/run_all.py --only roster   # bench_roster.py alone (repeatable: --only a --only b)
    python bench/run_all.py --list          # the names --only takes

Arguments after `--` go to every benchmark (e.g. `-- --workers 20000` for a quick run).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark")
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
    failures = 0
    for name in chosen:
        print(f"== {benches[name].name}", flush=True)
        failures += subprocess.call([sys.executable, str(benches[name]), *extra]) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
