"""Opening the workspace into the main window (or a way out), the first start, the day's backup, and
opening it again after a restore."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.domain.errors import KksError
from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.buka_pilihan import jalan_keluar
from kks_desktop.ui.cadangan_harian import JUDUL_GAGAL, CadanganHarian
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


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

    def mulai(self, message: str = "", jendela: MainWindow | None = None) -> bool:
        """Open the workspace into `jendela` (the window's frame, shown while the program
        starts; a new window when None) and show it (then `message`, if any), and make the
        day's backup behind it; False when the user gave up (the frame is gone then).

        Where the file cannot be opened, the ways out are asked over the frame if it shows.
        """
        window = jendela or MainWindow()
        session = open_session(self.db_path, window if window.isVisible() else None,
                               harian=False)
        if session is None:
            window.hide()
            window.deleteLater()
            return False
        self.session = session
        self.db_path = session.workspace.path
        window.pasang(session)
        self.window = window
        # Queued: the window that asked is closed only after its own slot has returned.
        window.pulih_selesai.connect(self.buka_ulang, Qt.ConnectionType.QueuedConnection)
        window.show()
        self.harian = CadanganHarian(session.workspace, window)
        self.harian.selesai.connect(window.update_status)
        self.harian.mulai()
        if message:
            QMessageBox.information(window, translate("pengendali", "Data dipulihkan"), message)
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
