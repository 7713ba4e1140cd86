"""Start-up time: what a command costs before it does any work.

Run: python bench/startup.py [--runs 9] [--bytecode cached|none] [--root PATH]

Each command runs in a fresh interpreter (``sys.executable``) with the
checkout at ``--root`` (default: this one) first on ``PYTHONPATH``; the table
shows the median wall time of ``--runs`` runs and its ratio to a bare
interpreter:

* ``bare``: ``python -c pass``;
* ``import``: ``python -c "import framing"``;
* ``--help``: ``python -m framing --help``;
* ``compare``: ``python -m framing compare <root>/seeds -o <tmp>/seeds.md``
  (start-up and the whole comparison).

``--bytecode cached`` (the default) measures what an installed package sees:
framing's bytecode is compiled once, by a warm-up run, into a temporary
``PYTHONPYCACHEPREFIX``. ``--bytecode none`` sets ``PYTHONDONTWRITEBYTECODE``
and no prefix, so framing's sources are compiled on every run (a checkout
whose ``__pycache__`` is never written).

Nothing is written into the repository: every run's working directory, the
report and the bytecode are in a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands(root: Path, out: Path) -> list[tuple[str, list[str]]]:
    py = sys.executable
    return [
        ("bare", [py, "-c", "pass"]),
        ("import", [py, "-c", "import framing"]),
        ("--help", [py, "-m", "framing", "--help"]),
        ("compare", [py, "-m", "framing", "compare", str(root / "seeds"), "-o", str(out / "seeds.md")]),
    ]


def environment(root: Path, tmp: Path, bytecode: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode == "cached":
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed (exit {proc.returncode}):\n{proc.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (the median is shown)")
    parser.add_argument("--bytecode", choices=["cached", "none"], default="cached")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    root = args.root.resolve()
    with tempfile.TemporaryDirectory(prefix="framing-startup-") as name:
        tmp = Path(name)
        env = environment(root, tmp, args.bytecode)
        cmds = commands(root, tmp)
        for _, argv in cmds:  # warm-up: bytecode, the OS's file cache
            timed(argv, env, tmp)
        times: dict[str, list[float]] = {label: [] for label, _ in cmds}
        for _ in range(args.runs):  # interleaved, so a busy moment hits every command alike
            for label, argv in cmds:
                times[label].append(timed(argv, env, tmp))
    medians = {label: statistics.median(values) for label, values in times.items()}
    bare = medians["bare"]
    print(f"{root} ({args.bytecode} bytecode, median of {args.runs} runs, Python {sys.version.split()[0]})")
    print(f"{'command':10} {'seconds':>8} {'x bare':>7}")
    for label, seconds in medians.items():
        print(f"{label:10} {seconds:>8.3f} {seconds / bare:>7.1f}")


if __name__ == "__main__":
    main()
