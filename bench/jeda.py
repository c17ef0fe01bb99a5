"""The GUI thread's longest stall while work runs: the largest gap between a 10 ms QTimer's ticks."""

from __future__ import annotations

from types import TracebackType

from PySide6.QtCore import QElapsedTimer, QTimer


class Jeda:
    """`with Jeda() as jeda: <run the event loop>`; then `jeda.terlama_ms` is the longest time
    the event loop could not run a Python slot (a timer that should fire every 10 ms did not)."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.terlama_ms = 0.0
        self._clock = QElapsedTimer()
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.terlama_ms = max(self.terlama_ms, now - self._last)
        self._last = now

    def __enter__(self) -> Jeda:
        self._clock.start()
        self._last = 0.0
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.stop()
