"""Starting the GUI: application set-up, opening the workspace (or a way out), first start, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kks_desktop import __version__
from kks_desktop.bahasa import translate
from kks_desktop.domain.errors import KksError
from kks_desktop.log import setup_logging
from kks_desktop.paths import resource
from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.bahasa_qt import bahasa_terpasang, bahasa_tersimpan, pasang_bahasa
from kks_desktop.ui.buka_pilihan import jalan_keluar
from kks_desktop.ui.cadangan_harian import JUDUL_GAGAL, CadanganHarian
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.error_dialog import install_excepthook
from kks_desktop.ui.formatting import INDONESIAN
from kks_desktop.ui.session import UiSession

if TYPE_CHECKING:
    from kks_desktop.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


def application(bahasa: str | None = None) -> QApplication:
    """The one QApplication, in `bahasa` (default: the language chosen in Pengaturan).

    Numbers and dates keep the Indonesian format in every language, as in the workbooks.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QCoreApplication.setOrganizationName("KKS")
    QCoreApplication.setApplicationName("KKS Desktop")  # teks-tetap: the program's name
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(INDONESIAN)
    app.setWindowIcon(QIcon(str(resource("icons", "kks-desktop.png"))))
    if bahasa is not None or bahasa_terpasang(app) is None:
        pasang_bahasa(app, bahasa or bahasa_tersimpan())
    return app


def open_session(db_path: Path, parent: QWidget | None = None,
                 harian: bool = True) -> UiSession | None:
    """Open the workspace and run the first start if needed; None when the user gives up.

    A file that cannot be opened is explained with the ways out that fit (restore a backup,
    another file, a new workspace, a copy of a read-only file, try again); the one chosen
    decides which file is tried next. The day's backup is made here unless `harian` is False
    (the window makes it in the background once it shows: CadanganHarian).
    """
    path: Path | None = db_path
    while path is not None:
        try:
            workspace = Workspace.open(path)
        except (KksError, OSError) as exc:
            logger.info("cannot open %s: %r", path, exc)
            path = jalan_keluar(exc, path, parent)
            continue
        started = workspace.scope() is not None or _first_start(workspace)
        if not started:
            workspace.close()
            return None
        if harian:
            _daily_backup(workspace)
        return UiSession(workspace)
    return None


def _first_start(workspace: Workspace) -> bool:
    """The first start dialog (imported only for a new workspace: it brings the demo along)."""
    from kks_desktop.ui.first_start import FirstStartDialog

    return FirstStartDialog(workspace).exec() == QDialog.DialogCode.Accepted


def _daily_backup(workspace: Workspace) -> None:
    """The day's backup on open; a failure is told, and work goes on without it."""
    try:
        cadangan.harian(workspace)
    except (KksError, OSError) as exc:
        logger.warning("daily backup failed: %r", exc)
        show_error(None, exc, JUDUL_GAGAL)


class Pengendali(QObject):
    """Keeps one workspace open in one main window, and after a restore closes both and opens
    the workspace again (an older backup is brought up to date then), so every page shows the
    restored data."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.session: UiSession | None = None
        self.window: MainWindow | None = None
        self.harian: CadanganHarian | None = None

    def mulai(self, message: str = "") -> bool:
        """Open the workspace and show its main window (then `message`, if any), and make the
        day's backup behind it; False when the user gave up."""
        # The window's modules load while the file's check, started in run_gui, runs.
        from kks_desktop.ui.main_window import MainWindow

        session = open_session(self.db_path, harian=False)
        if session is None:
            return False
        self.session = session
        self.db_path = session.workspace.path
        self.window = MainWindow(session)
        # Queued: the window that asked is closed only after its own slot has returned.
        self.window.pulih_selesai.connect(self.buka_ulang, Qt.ConnectionType.QueuedConnection)
        self.window.show()
        self.harian = CadanganHarian(session.workspace, self.window)
        self.harian.selesai.connect(self.window.update_status)
        self.harian.mulai()
        if message:
            QMessageBox.information(self.window, translate("app", "Data dipulihkan"), message)
        return True

    def buka_ulang(self, message: str = "") -> bool:
        """Close the window and the workspace, then open it again and tell `message`. While
        nothing is shown, closing a dialog must not end the program."""
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            self.tutup()
            opened = self.mulai(message)
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)
        if not opened and isinstance(app, QApplication):
            app.quit()
        return opened

    def tutup(self) -> None:
        """Close the window (without asking: unsaved edits were settled before) and the
        workspace."""
        window, session = self.window, self.session
        if self.harian is not None:
            self.harian.tunggu()
            self.harian = None
        self.window = self.session = None
        if window is not None:
            window.hide()
            window.deleteLater()
        if session is not None:
            session.undo_stack.clear()
            session.workspace.close()
            session.deleteLater()


def run_gui(db_path: Path) -> int:
    Workspace.periksa_dulu(db_path)
    log_path = setup_logging()
    app = application()
    install_excepthook(log_path)
    logger.info("KKS Desktop %s starting with %s", __version__, db_path)
    controller = Pengendali(db_path)
    if not controller.mulai():
        return 1
    try:
        return app.exec()
    finally:
        controller.tutup()
