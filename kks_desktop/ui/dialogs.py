"""Calm message boxes in Indonesian (errors, confirmations before deleting) and the wait cursor."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kks_desktop import messages
from kks_desktop.bahasa import translate

logger = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: Exception, title: str | None = None) -> None:
    """Tell the user why an action was refused, in the words of `messages` (a file that could
    not be read or written included); `title` (already translated) or "Tidak dapat dilanjutkan"."""
    logger.info("refused: %r", exc)
    QMessageBox.critical(parent, translate("dialogs", "Tidak dapat dilanjutkan") if title is None
                         else title, error_text(exc))


def error_text(exc: Exception) -> str:
    """The sentence for an expected failure, the same the command line prints."""
    if isinstance(exc, OSError):
        return messages.describe_os_error(exc)
    return messages.describe(exc)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask Ya/Tidak; Tidak is the default so Enter never deletes by accident."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


@contextmanager
def menunggu() -> Iterator[None]:
    """The wait cursor while a short piece of work runs on the GUI thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
