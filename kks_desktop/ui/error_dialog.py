"""The last-resort error dialog: what went wrong, with details a user can copy into a report."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kks_desktop import __version__
from kks_desktop.bahasa import translate

logger = logging.getLogger(__name__)


def error_report(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None, log_path: Path | None) -> str:
    """Plain-text details: versions, system, log file and the traceback."""
    lines = [
        f"KKS Desktop {__version__}", f"Python {platform.python_version()}",  # teks-tetap: names
        f"PySide6 {pyside_version}",  # teks-tetap: a name
        translate("error_dialog", "Sistem: {sistem}").format(sistem=platform.platform()),
        translate("error_dialog", "Berkas log: {berkas}").format(berkas=log_path or "-"), "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("error_dialog", "Terjadi kesalahan"))
        self.resize(680, 420)
        intro = QLabel(translate(
            "error_dialog", "Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan "
            "tetap aman. Salin rincian di bawah dan kirimkan kepada pengelola program bersama "
            "penjelasan apa yang sedang Anda lakukan."))
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox()
        copy = buttons.addButton(translate("error_dialog", "&Salin rincian"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(translate("error_dialog", "&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        copy.clicked.connect(self.copy_details)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook(log_path: Path | None) -> None:
    """Log every uncaught exception and, when the GUI runs, show it in an ErrorDialog."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        ErrorDialog(error_report(exc_type, exc, tb, log_path)).exec()

    sys.excepthook = hook
