"""``framing batch --scheduler ADDRESS``: one ``Error:`` line for any address that is not a
working Dask scheduler, and a deadline on the handshake (issue 28, item 7).

Each fault runs the command in a subprocess (the process's exit code and stderr are the
point) with Dask's connect timeout set to 2 s; the subprocess timeout only fires when
framing hangs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"


def framing_batch(tmp_path: Path, address: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    return subprocess.run([sys.executable, "-m", "framing", "batch", str(CORPUS), "-o", str(tmp_path / "out"),
                           "--scheduler", address], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env=env)


def _server(reply: bytes | None) -> Iterator[int]:
    """A TCP server on a free port that answers every connection with ``reply`` after reading
    what it is sent (None: accepts and never says anything)."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)
            if reply is not None:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    conn.sendall(reply)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


@pytest.fixture
def http_server() -> Iterator[int]:
    yield from _server(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello")


@pytest.fixture
def silent_server() -> Iterator[int]:
    yield from _server(None)


@pytest.mark.parametrize("address", ["not a url", "http://", "http://example.org:80", "tcp://", "tcp://host"])
def test_an_address_that_is_not_one_is_one_error_line(tmp_path, address):
    done = framing_batch(tmp_path, address)
    assert done.returncode == 1
    assert done.stderr == (f"Error: {address!r} is not a Dask scheduler address "
                           "(expected tcp://HOST:PORT, or tls://, ws://, wss://, ucx://)\n")


def test_a_server_speaking_http_is_one_error_line(tmp_path, http_server):
    done = framing_batch(tmp_path, f"tcp://127.0.0.1:{http_server}")
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{http_server} (")
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_a_server_that_never_answers_is_given_up_after_the_connect_timeout(tmp_path, silent_server):
    done = framing_batch(tmp_path, f"tcp://127.0.0.1:{silent_server}")
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{silent_server} (")
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_a_real_scheduler_by_its_address_runs_the_batch(tmp_path):
    import distributed

    from framing.batch import batch

    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = batch(CORPUS, out=tmp_path / "out", scheduler=cluster.scheduler_address, progress=False)
    assert (result.aggregate.events, result.aggregate.failed) == (5, 0)
