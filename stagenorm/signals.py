"""Signal handling, in one place: every handler stagenorm installs is defined here.

A program that starts something (a server, a scratch database, a temporary file) stops it in
``finally``; these turn SIGINT and SIGTERM into exceptions so those blocks run, or hold the
signals off while they do:

- :func:`sigterm_interrupts`: SIGTERM raises KeyboardInterrupt, as Ctrl-C does (the demo,
  the benchmarks, the docs' sessions; :func:`raise_interrupt` is the handler, which the
  test session installs for its whole run).
- :func:`signals_raise` / :class:`Interrupted`: SIGINT and SIGTERM raise ``Interrupted``,
  which says which signal came (``stagenorm backup create``, ``restore-test``: exit 128+N).
- :func:`signals_deferred`: SIGINT and SIGTERM are held off and recorded while cleaning up.
- :func:`sigint_ignored`: Ctrl-C does nothing inside the block (the demo's stop).
- :class:`Stopper`: ``stagenorm backfill``'s Ctrl-C, first a stop after the batch, then
  the batch's cancel.
- :func:`sigterm_exits`: SIGTERM raises SystemExit(128+N) (``stagenorm serve`` until
  gunicorn installs its own handlers).

Handlers are process-wide and only the main thread may install them.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any, NoReturn, TextIO

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def name(signum: int) -> str:
    """``SIGTERM`` for 15."""
    return signal.Signals(signum).name


# --------------------------------------------------------------------------- KeyboardInterrupt


def raise_interrupt(signum: int, _frame: FrameType | None) -> NoReturn:
    """A signal handler that stops the program as Ctrl-C does (KeyboardInterrupt)."""
    raise KeyboardInterrupt(f"stopped by {name(signum)}")


def install_sigterm_interrupts() -> None:
    """For the rest of the process, SIGTERM raises KeyboardInterrupt (the test session)."""
    signal.signal(signal.SIGTERM, raise_interrupt)


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Inside the block, SIGTERM (``kill``, a time limit) raises KeyboardInterrupt, so the
    ``finally`` blocks that stop the servers run instead of leaving them behind."""
    previous = signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ctrl-C does nothing inside the block (a cleanup that must finish); afterwards it raises
    KeyboardInterrupt again."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


# --------------------------------------------------------------------------- Interrupted


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised so that ``finally`` blocks run."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(name(signum))


@contextlib.contextmanager
def _handling(handler: Any) -> Iterator[None]:
    previous = {sig: signal.signal(sig, handler) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted` inside the block (main thread only)."""
    def handler(signum: int, _frame: FrameType | None) -> None:
        raise Interrupted(signum)

    with _handling(handler):
        yield


@contextlib.contextmanager
def signals_deferred() -> Iterator[list[int]]:
    """Hold SIGINT/SIGTERM off while cleaning up; the list says which arrived meanwhile."""
    arrived: list[int] = []

    def handler(signum: int, _frame: FrameType | None) -> None:
        arrived.append(signum)

    with _handling(handler):
        yield arrived


# --------------------------------------------------------------------------- exit


def _exit(signum: int, _frame: FrameType | None) -> NoReturn:
    raise SystemExit(128 + signum)


def sigterm_exits() -> None:
    """From now on SIGTERM raises SystemExit(128 + 15), so the process unwinds (its
    ``finally`` and ``atexit`` run) instead of dying where it stands."""
    signal.signal(signal.SIGTERM, _exit)


# --------------------------------------------------------------------------- two-step Ctrl-C


class Stopper:
    """Ctrl-C handling: the first press asks for a stop after the current batch, the
    second one interrupts the batch in flight (psycopg cancels it on the server)."""

    def __init__(self, out: TextIO = sys.stderr) -> None:
        self.requested = False
        self.out = out
        self._previous: Any = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\nstagenorm: stopping after the current batch (Ctrl-C again to cancel it)",
              file=self.out, flush=True)

    def __enter__(self) -> Stopper:
        self._previous = signal.signal(signal.SIGINT, self)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self._previous)
