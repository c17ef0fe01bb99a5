"""BacaLatar: a read of the whole register on a pool thread (the newest request's answer used), and
SetelahGambar: work held until a widget has been drawn."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.worker import Worker

logger = logging.getLogger(__name__)

Bacaan = Callable[[Workspace], Any]


class BacaLatar(QObject):
    """Runs `baca(ws)` on its own connection (ui/worker.Worker) and hands the result to
    `selesai` in the GUI thread. A newer `mulai` makes the result of an older one ignored, so
    a search typed on while the previous one runs shows only the last answer."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._nomor = 0
        self._jalan: dict[int, Worker] = {}

    @property
    def sibuk(self) -> bool:
        """The newest request has not answered yet (older ones still running do not count)."""
        return self._nomor in self._jalan

    def mulai(self, baca: Bacaan, selesai: Callable[[Any], None]) -> None:
        self._nomor += 1
        nomor = self._nomor
        worker = Worker(self._workspace, lambda ws, _progress, _batal: baca(ws))
        self._jalan[nomor] = worker
        worker.signals.finished.connect(lambda result: self._selesai(nomor, result, selesai))
        worker.signals.failed.connect(lambda exc: self._gagal(nomor, exc))
        QThreadPool.globalInstance().start(worker)

    def batal(self) -> None:
        """Ignore whatever is still running."""
        self._nomor += 1

    def _selesai(self, nomor: int, result: Any, selesai: Callable[[Any], None]) -> None:
        self._jalan.pop(nomor, None)
        if nomor == self._nomor:
            selesai(result)

    def _gagal(self, nomor: int, exc: object) -> None:
        self._jalan.pop(nomor, None)
        logger.warning("background read %d failed: %r", nomor, exc)


class SetelahGambar(QObject):
    """Work held until `widget` is next drawn (then run from the event loop), so a long read
    started by it never delays that paint. Work is kept by key: a newer one replaces it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._tunda: dict[str, Callable[[], None]] = {}
        widget.installEventFilter(self)

    def __contains__(self, key: str) -> bool:
        return key in self._tunda

    def __bool__(self) -> bool:
        return bool(self._tunda)

    def tunda(self, key: str, work: Callable[[], None]) -> None:
        self._tunda[key] = work
        self._widget.update()

    def lupakan(self, key: str) -> None:
        self._tunda.pop(key, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._tunda and watched is self._widget:
            QTimer.singleShot(0, self, self._jalankan)
        return False

    def _jalankan(self) -> None:
        work, self._tunda = self._tunda, {}
        for job in work.values():
            job()
