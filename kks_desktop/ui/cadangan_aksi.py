"""The "Cadangkan ke…" and "Pulihkan…" actions of the main window and Beranda, run in the background."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kks_desktop.services import cadangan
from kks_desktop.services.cadangan import InfoCadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import SCHEMA_VERSION
from kks_desktop.ui.cadangan_teks import dibuat_text
from kks_desktop.ui.formatting import number
from kks_desktop.ui.pulih_dialog import PulihDialog
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.worker import Progress, failure_text, jalankan_tugas

logger = logging.getLogger(__name__)


def restored_text(info: InfoCadangan, before: InfoCadangan, now: dt.datetime) -> str:
    """What the user is told once the restored workspace is open again."""
    text = (f"Data dipulihkan dari cadangan {info.path.name} (dibuat {dibuat_text(info, now)}). "
            f"Keadaan sebelum pemulihan tersimpan sebagai cadangan {before.path.name} di "
            f"{before.path.parent}.")
    if info.versi_skema < SCHEMA_VERSION:
        text += " Data cadangan sudah diperbarui ke versi program ini."
    return text


class CadanganAksi(QObject):
    """Backs the session's workspace up to a folder the user picks, and restores a backup.
    After a restore `dipulihkan(message)` asks for the workspace to be closed and opened again
    (the caller settles unsaved edits before calling `pulihkan`)."""

    dipulihkan = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent

    def cadangkan_ke(self) -> None:
        """Ask for a folder (a USB stick) and write a checked backup there."""
        folder = QFileDialog.getExistingDirectory(
            self.widget, "Cadangkan ke folder (misalnya flashdisk)", str(Path.home()))
        if not folder:
            return
        target = Path(folder)

        def job(ws: Workspace, _progress: Progress, _batal: object) -> InfoCadangan:
            return cadangan.buat(ws, target)

        jalankan_tugas(self.widget, self.session.workspace, job,
                       f"Membuat cadangan di {target}…", self._made, self._failed)

    def _made(self, result: object) -> None:
        assert isinstance(result, InfoCadangan)
        self.session.notify("")
        QMessageBox.information(
            self.widget, "Cadangan tersimpan",
            f"Cadangan tersimpan dan diperiksa utuh:\n{result.path}\n\nIsinya: "
            f"{number(result.jumlah.get('desa', 0))} desa, "
            f"{number(result.jumlah.get('laporan_sanitasi', 0))} laporan sanitasi, "
            f"{number(result.jumlah.get('kegiatan', 0))} kegiatan.")

    def _failed(self, exc: object) -> None:
        logger.info("backup work failed: %r", exc)
        QMessageBox.critical(self.widget, "Tidak dapat dilanjutkan", failure_text(exc))

    def pulihkan(self) -> None:
        """Choose a backup (comparing it with the data now) and restore it in the background."""
        ws = self.session.workspace
        dialog = PulihDialog(cadangan.folder_cadangan(ws), ws.health().counts, self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or (info := dialog.terpilih()) is None:
            return

        def job(thread_ws: Workspace, _progress: Progress, _batal: object) -> InfoCadangan:
            return cadangan.pulihkan(thread_ws, info.path)

        def done(before: object) -> None:
            assert isinstance(before, InfoCadangan)
            logger.info("restored %s; before kept in %s", info.path, before.path)
            self.dipulihkan.emit(restored_text(info, before, dt.datetime.now()))

        jalankan_tugas(self.widget, ws, job, f"Memulihkan dari {info.path.name}…", done,
                       self._failed)
