"""Screenshot scenes of sending workbooks (export, an import's dry run) and of backups and history."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.messages import JENIS_LABELS
from kks_desktop.services import (
    buku_desa,
    cadangan,
    desa_service,
    kegiatan_service,
    pengaturan,
    sanitasi_service,
)
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.data_terhapus import DataTerhapusDialog
from kks_desktop.ui.konflik_dialog import KonflikDialog
from kks_desktop.ui.pertukaran_page import PertukaranPage
from kks_desktop.ui.pulih_dialog import PulihDialog
from kks_desktop.ui.riwayat_dialog import RiwayatDialog
from kks_desktop.ui.screenshot_bantu import Panggung, desa_odf, desa_pertama
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

PENGGUNA = "Sekretaris Pokja"  # teks-tetap: demo data; who the history says made the changes
BATAS_PERIKSA_MS = 60_000  # the dry run of one desa workbook takes well under a second


def _pertukaran(p: Panggung) -> PertukaranPage:
    page = p.jendela.pages["ekspor-impor"]
    assert isinstance(page, PertukaranPage)
    return page


def ekspor(p: Panggung) -> QWidget:
    """The Ekspor tab with the first desa chosen."""
    page = _pertukaran(p)
    shown = p.halaman("ekspor-impor")  # teks-tetap: a page key
    combo = page.ekspor.desa_combo
    combo.setCurrentIndex(max(0, combo.findData(str(desa_pertama(p.ws).kode))))
    return shown


def _buku_dari_desa(p: Panggung) -> Path:
    """A desa workbook as it comes from the desa: written on a copy of the workspace in which
    the desa with the ODF path added next month's report and corrected its number of KK."""
    session = p.salinan()
    ws = session.workspace
    chosen = desa_odf(ws)
    latest = sanitasi_service.latest_report(ws, chosen.kode)
    with ws.atomic():
        desa_service.update_desa(ws, dataclasses.replace(
            chosen, jumlah_kk=(chosen.jumlah_kk or 0) + 5))
        if latest is not None:
            baru = dataclasses.replace(latest, periode=latest.periode.next(), uuid="")
            sanitasi_service.save_report(ws, chosen.kode, baru, dt.date.today())
    target = p.folder() / buku_desa.nama_berkas_desa(chosen.kode, chosen.nama)
    buku_desa.ekspor_desa(ws, [chosen.kode], target)
    return target


def _diperiksa(p: Panggung) -> PertukaranPage:
    """The Impor tab shown after the dry run of a desa's workbook (nothing imported)."""
    page = _pertukaran(p)
    page.show_tab(page.impor)
    p.halaman("ekspor-impor")  # teks-tetap: a page key
    page.impor.periksa(_buku_dari_desa(p))
    failures: list[object] = []
    loop = QEventLoop()
    page.impor.tugas.finished.connect(loop.quit)
    page.impor.tugas.failed.connect(failures.append)
    page.impor.tugas.failed.connect(loop.quit)
    QTimer.singleShot(BATAS_PERIKSA_MS, loop.quit)
    loop.exec()
    if page.impor.rencana is None:
        raise RuntimeError(  # teks-tetap: an internal error, logged
            f"the dry run of the desa workbook did not finish: {failures!r}")
    QApplication.processEvents()
    return page


def impor(p: Panggung) -> QWidget:
    """The Impor tab after checking a desa's workbook: what is new, the same or in conflict;
    nothing imported yet."""
    _diperiksa(p)
    return p.jendela


def konflik(p: Panggung) -> QWidget:
    """"Lihat konflik…": for each field changed both here and in the workbook, which value to
    keep."""
    rencana = _diperiksa(p).impor.rencana
    assert rencana is not None
    dialog = KonflikDialog(rencana, p.jendela)
    dialog.resize(860, 300)
    return p.tampil(dialog)


def cadangan_beranda(p: Panggung) -> QWidget:
    """Beranda's backup strip: when the last good backup was made, Cadangkan ke…, Pulihkan…"""
    p.halaman("beranda")
    beranda = p.jendela.pages["beranda"]
    assert isinstance(beranda, BerandaPage)
    return beranda.cadangan_panel


def pulihkan(p: Panggung) -> QWidget:
    """"Pulihkan…": the backups beside the workspace (`make panduan` makes one first), the
    newest against the data now."""
    dialog = PulihDialog(cadangan.folder_cadangan(p.ws), p.ws.health().counts)
    return p.tampil(dialog)


def _diubah(p: Panggung) -> UiSession:
    """A copy of the workspace in which the user named in Pengaturan deleted the first desa's
    latest monthly report and latest session, then corrected the desa's figures."""
    session = p.salinan()
    ws = session.workspace
    pengaturan.set_nama_pengguna(ws, PENGGUNA)
    chosen = desa_pertama(ws)
    latest = sanitasi_service.latest_report(ws, chosen.kode)
    if latest is not None:
        with ws.atomic():
            sanitasi_service.delete_report(ws, chosen.kode, latest)
    sessions = kegiatan_service.daftar(ws, within=chosen.kode)
    if sessions:
        with ws.atomic():
            kegiatan_service.hapus(ws, max(sessions, key=lambda k: k.mulai).uuid)
    with ws.atomic(f"simpan {chosen.nama}"):  # teks-tetap: a title the history stores
        desa_service.update_desa(ws, dataclasses.replace(
            chosen, jumlah_kk=(chosen.jumlah_kk or 0) + 12, jumlah_rt=(chosen.jumlah_rt or 0) + 1))
    return session


def riwayat(p: Panggung) -> QWidget:
    """A desa's Riwayat: every saved change, when, by whom, old and new values."""
    session = _diubah(p)
    chosen = desa_pertama(session.workspace)
    dialog = RiwayatDialog(session, chosen.uuid,
                           f"{translate('messages', JENIS_LABELS[chosen.jenis])} {chosen.nama}",
                           str(chosen.kode))
    dialog.resize(900, 520)
    return p.tampil(dialog)


def data_terhapus(p: Panggung) -> QWidget:
    """Edit ▸ Data terhapus: deleted records, to bring back whole."""
    dialog = DataTerhapusDialog(_diubah(p))
    dialog.resize(1000, 320)
    return p.tampil(dialog)
