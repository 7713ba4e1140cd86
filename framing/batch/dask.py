"""Connecting ``framing batch`` to a Dask scheduler: one error line, and never a wait without end.

:func:`connect` checks the address before Dask sees it (``not a url``, ``http://`` were
``ValueError`` tracebacks), and gives the whole connection, handshake included, one
deadline: Dask's own connect timeout (``distributed.comm.timeouts.connect``, 30 s unless
set, for example with ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=10s``) and a few seconds.
Dask bounds the TCP connect but not always the handshake: a server that accepts and then
says nothing kept the batch waiting forever (dask/distributed#8071), and one that speaks
HTTP had Dask read its reply as a frame length ("Unable to allocate 3.01 EiB"). Whatever
goes wrong becomes one :class:`~framing.errors.FramingError` naming the address.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from framing.errors import FramingError

__all__ = ["GRACE", "connect"]

GRACE = 5.0
"""Seconds given beyond Dask's connect timeout before a scheduler that does not answer is given up."""


def _check_address(address: str) -> None:
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import backends

    want = "expected tcp://HOST:PORT, or tls://, ws://, wss://, ucx://"
    try:
        scheme, loc = parse_address(address, strict=False)
        if scheme not in backends:
            raise ValueError(f"unknown scheme {scheme!r}")
        if scheme != "inproc":
            host, port = parse_host_port(loc)
            if not host or not isinstance(port, int) or not 0 < port < 65536:
                raise ValueError("no host or port")
    except (ValueError, TypeError):
        raise FramingError(f"{address!r} is not a Dask scheduler address ({want})") from None


def _deadline() -> float:
    import dask.config
    from dask.utils import parse_timedelta

    try:
        connect = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds")
    except (ValueError, TypeError, KeyError):
        connect = 30.0
    return float(connect or 30.0) + GRACE


def connect(address: str) -> Any:
    """A ``distributed.Client`` on the scheduler at ``address``.

    Raises
    ------
    FramingError
        Dask is not installed; ``address`` is not an address; nothing answers there, or
        something that is not a Dask scheduler (an HTTP server), or nothing within the
        deadline (see the module docstring).
    """
    try:  # an optional extra: the default path never imports Dask
        distributed = importlib.import_module("distributed")
    except ImportError:
        raise FramingError("a Dask scheduler needs Dask: pip install 'framing[dask]'") from None
    _check_address(address)
    deadline = _deadline()
    box: dict[str, Any] = {}

    def attempt() -> None:
        try:
            box["client"] = distributed.Client(address, timeout=deadline - GRACE)
        except BaseException as exc:  # reported below, in the caller's thread
            box["error"] = exc

    # in a thread of its own: the handshake that never ends stays there, not in the batch
    thread = threading.Thread(target=attempt, name="framing-dask-connect", daemon=True)
    thread.start()
    thread.join(deadline)
    where = f"cannot reach the Dask scheduler at {address}"
    if thread.is_alive():
        raise FramingError(f"{where} (no Dask handshake within {deadline:g} s: is it a Dask scheduler?)")
    error = box.get("error")
    if isinstance(error, MemoryError):  # a frame length read from something else's bytes
        raise FramingError(f"{where} (it answered, but not as a Dask scheduler: an HTTP server?)")
    if isinstance(error, (KeyboardInterrupt, SystemExit)):
        raise error
    if error is not None:
        text = " ".join(str(error).split()) or type(error).__name__
        raise FramingError(f"{where} ({text})")
    return box["client"]
