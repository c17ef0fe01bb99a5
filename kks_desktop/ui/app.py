"""Starting the GUI: application set-up, opening the workspace, first start, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog

from kks_desktop import __version__
from kks_desktop.domain.errors import KksError
from kks_desktop.log import setup_logging
from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.error_dialog import install_excepthook
from kks_desktop.ui.first_start import FirstStartDialog
from kks_desktop.ui.formatting import INDONESIAN
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.qt_indonesian import IndonesianQtTranslator
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, set up for Indonesian (locale, Qt's own buttons)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QCoreApplication.setOrganizationName("KKS")
    QCoreApplication.setApplicationName("KKS Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(INDONESIAN)
    if not getattr(app, "_kks_translator", None):
        translator = IndonesianQtTranslator(app)
        app.installTranslator(translator)
        app._kks_translator = translator  # type: ignore[attr-defined]
    return app


def open_session(db_path: Path) -> UiSession | None:
    """Open the workspace and run the first start if needed; None when the user gives up."""
    try:
        workspace = Workspace.open(db_path)
    except KksError as exc:
        show_error(None, exc, "Tidak dapat membuka data")
        return None
    if workspace.scope() is None and FirstStartDialog(workspace).exec() != QDialog.DialogCode.Accepted:
        workspace.close()
        return None
    _daily_backup(workspace)
    return UiSession(workspace)


def _daily_backup(workspace: Workspace) -> None:
    """The day's backup on open; a failure is told, and work goes on without it."""
    try:
        cadangan.harian(workspace)
    except (KksError, OSError) as exc:
        logger.warning("daily backup failed: %r", exc)
        show_error(None, exc, "Cadangan harian gagal dibuat")


def run_gui(db_path: Path) -> int:
    log_path = setup_logging()
    app = application()
    install_excepthook(log_path)
    logger.info("KKS Desktop %s starting with %s", __version__, db_path)
    session = open_session(db_path)
    if session is None:
        return 1
    try:
        window = MainWindow(session)
        window.show()
        return app.exec()
    finally:
        session.workspace.close()
