"""The "Cadangkan ke…" and "Pulihkan…" actions of the main window and Beranda, run in the background."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kks_desktop.bahasa import translate
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
    text = translate(
        "cadangan_aksi", "Data dipulihkan dari cadangan {cadangan} (dibuat {kapan}). Keadaan "
        "sebelum pemulihan tersimpan sebagai cadangan {sebelum} di {folder}.").format(
        cadangan=info.path.name, kapan=dibuat_text(info, now), sebelum=before.path.name,
        folder=before.path.parent)
    if info.versi_skema < SCHEMA_VERSION:
        text += translate("cadangan_aksi", " Data cadangan sudah diperbarui ke versi program ini.")
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
            self.widget, translate("cadangan_aksi", "Cadangkan ke folder (misalnya flashdisk)"),
            str(Path.home()))
        if not folder:
            return
        target = Path(folder)

        def job(ws: Workspace, _progress: Progress, _batal: object) -> InfoCadangan:
            return cadangan.buat(ws, target)

        jalankan_tugas(self.widget, self.session.workspace, job,
                       translate("cadangan_aksi", "Membuat cadangan di {folder}…").format(folder=target),
                       self._made, self._failed)

    def _made(self, result: object) -> None:
        assert isinstance(result, InfoCadangan)
        self.session.notify("")
        QMessageBox.information(
            self.widget, translate("cadangan_aksi", "Cadangan tersimpan"),
            translate("cadangan_aksi", "Cadangan tersimpan dan diperiksa utuh:\n{berkas}\n\nIsinya: "
                      "{desa} desa, {laporan} laporan sanitasi, {kegiatan} kegiatan.").format(
                berkas=result.path, desa=number(result.jumlah.get("desa", 0)),
                laporan=number(result.jumlah.get("laporan_sanitasi", 0)),
                kegiatan=number(result.jumlah.get("kegiatan", 0))))

    def _failed(self, exc: object) -> None:
        logger.info("backup work failed: %r", exc)
        QMessageBox.critical(self.widget, translate("cadangan_aksi", "Tidak dapat dilanjutkan"),
                             failure_text(exc))

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

        jalankan_tugas(self.widget, ws, job,
                       translate("cadangan_aksi", "Memulihkan dari {cadangan}…").format(
                           cadangan=info.path.name), done, self._failed)
