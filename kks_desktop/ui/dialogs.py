"""Calm message boxes in Indonesian: errors from the services, confirmations before deleting."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from kks_desktop import messages

logger = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: Exception, title: str = "Tidak dapat dilanjutkan") -> None:
    """Tell the user why an action was refused, in the words of `messages`."""
    logger.info("refused: %r", exc)
    QMessageBox.critical(parent, title, messages.describe(exc))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask Ya/Tidak; Tidak is the default so Enter never deletes by accident."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
