"""What every view of the main window shares: the open workspace, the undo stack, change news."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)


class UiSession(QObject):
    """Handed to each page instead of letting pages reach through `window()`.

    `data_changed` carries the kode of the desa that changed ("" when many did); pages that
    show it refresh from the services.
    """

    data_changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    def notify(self, kode: str = "") -> None:
        self.data_changed.emit(kode)
