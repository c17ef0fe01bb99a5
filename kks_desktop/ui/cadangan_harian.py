"""The day's backup on a worker thread once the main window shows; a failure is told there."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.worker import Batal, Progress, Worker

logger = logging.getLogger(__name__)

JUDUL_GAGAL = QT_TRANSLATE_NOOP("cadangan_harian", "Cadangan harian gagal dibuat")


def _harian(ws: Workspace, _progress: Progress, _batal: Batal) -> Any:
    return cadangan.harian(ws)


class CadanganHarian(QObject):
    """Makes the day's backup (cadangan.harian: copy, check, rotation) on its own connection
    while the user already works: for a workspace of 300k KK (~150 MB) that is seconds the
    window no longer waits for. `selesai(info or None)` or `gagal(exc)` comes in the GUI
    thread; a failure is shown over `parent` and work goes on without the backup."""

    selesai = Signal(object)
    gagal = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker = Worker(workspace, _harian)
        self._worker.signals.finished.connect(self.selesai)
        self._worker.signals.failed.connect(self._gagal)
        self.berjalan = False

    def mulai(self) -> None:
        self.berjalan = True
        self.selesai.connect(self._selesai)
        self._pool.start(self._worker)

    def tunggu(self) -> None:
        """Wait for a backup under way to end (before the workspace closes: never leave half a
        copy, never close under a running copy)."""
        self._pool.waitForDone()

    def _selesai(self, _info: object) -> None:
        self.berjalan = False

    def _gagal(self, exc: object) -> None:
        self.berjalan = False
        logger.warning("daily backup failed: %r", exc)
        self.gagal.emit(exc)
        if isinstance(exc, KksError | OSError):
            show_error(self._parent, exc, translate("cadangan_harian", JUDUL_GAGAL))
        elif isinstance(exc, BaseException):
            raise exc  # a bug: the error dialog with its details, as on the GUI thread
