"""Batch throughput and memory on BASIL: serial, 2 local processes, Dask on 2 workers.

Run from the repository root (needs ../shared/data/basil; Dask rows need the
``dask`` extra)::

    python bench/batch.py            # 4 copies of the 50 triplets: 200 events
    python bench/batch.py --copies 10  # memory over 10x the events (500)

Each copy gets distinct event ids (``<triplet>~<copy>``) but reads the same
files, so every event is really computed. Peak RSS is the largest resident
set of this process and of its worker processes (psutil), sampled every
0.1 s during the run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

from framing.batch import batch, events_from

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "basil" / "articles"


class PeakRSS:
    """Largest RSS of this process and, separately, of any one child, sampled in a thread."""

    def __init__(self) -> None:
        self.parent = self.child = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            with contextlib.suppress(psutil.Error):
                self.parent = max(self.parent, me.memory_info().rss)
                for c in me.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # a child may exit meanwhile
                        self.child = max(self.child, c.memory_info().rss)
            self._stop.wait(0.1)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(name: str, events: list, **kwargs: object) -> tuple[str, float, float, int, int, float]:
    out = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    load = os.getloadavg()[0]  # other work on the machine skews every figure: shown with them
    try:
        with PeakRSS() as rss:
            start = time.perf_counter()
            result = batch(events, out=out, progress=False, **kwargs)
            seconds = time.perf_counter() - start
        assert result.computed == len(events) and result.aggregate.failed == 0
        return name, seconds, len(events) / seconds, rss.parent, rss.child, load
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the 50 BASIL triplets")
    parser.add_argument("--skip", nargs="*", default=[], choices=["serial", "processes", "dask"])
    args = parser.parse_args()
    base = events_from(BASIL)
    events = [dataclasses.replace(e, id=f"{e.id}~{k}") for k in range(args.copies) for e in base]
    events.sort(key=lambda e: e.id)
    rows = []
    if "serial" not in args.skip:
        rows.append(run("serial (workers=1)", events, workers=1))
    if "processes" not in args.skip:
        rows.append(run("2 local processes", events, workers=2))
    if "dask" not in args.skip:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            print("dask not installed: skipping the Dask row")
        else:
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                    Client(cl) as client:
                client.run(lambda: __import__("framing.compare"))  # warm imports, as a long-lived cluster is
                rows.append(run("Dask, 2 workers", events, client=client))
    serial = rows[0][2] if rows and rows[0][0].startswith("serial") else None
    print(f"{len(events)} events ({len(base)} BASIL triplets x {args.copies}), {psutil.cpu_count()} CPUs")
    print(f"| {'mode':<20} | {'seconds':>8} | {'events/s':>8} | {'speed-up':>8} | {'peak RSS parent':>15} "
          f"| {'peak RSS worker':>15} | {'load before':>11} |")
    print(f"|{'-' * 22}|{'-' * 10}|{'-' * 10}|{'-' * 10}|{'-' * 17}|{'-' * 17}|{'-' * 13}|")
    for name, seconds, rate, parent, child, load in rows:
        speed = f"{rate / serial:.2f}x" if serial else "–"
        print(f"| {name:<20} | {seconds:>8.1f} | {rate:>8.2f} | {speed:>8} | {parent / 2**20:>12.0f} MB "
              f"| {(f'{child / 2**20:.0f} MB' if child else '–'):>15} | {load:>11.2f} |")


if __name__ == "__main__":
    main()
