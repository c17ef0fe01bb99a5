"""`ekspor_kk` and `templat_kk` for any page: the household (KK) register or its empty template to
Excel — where to save, a confirmation naming the personal data, the writing in the background,
and what was written."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import Cancelled, DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages_rumah_tangga_excel import SEMUA_DESA
from kks_desktop.services import rumah_tangga_ekspor as ekspor
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.rumah_tangga_templat import buat_templat_kk
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.dialogs import error_text
from kks_desktop.ui.ekspor_panel import tanya_simpan
from kks_desktop.ui.formatting import number
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.worker import Job, TugasLatar, failure_text, jalankan_tugas

logger = logging.getLogger(__name__)

# Shown through translate("rumah_tangga_ekspor_aksi", …).
JUDUL_EKSPOR = QT_TRANSLATE_NOOP("rumah_tangga_ekspor_aksi", "Ekspor data KK")
JUDUL_TEMPLAT = QT_TRANSLATE_NOOP("rumah_tangga_ekspor_aksi", "Templat data KK")
PRIBADI = QT_TRANSLATE_NOOP(
    "rumah_tangga_ekspor_aksi",
    "Itu data pribadi. Simpan dan kirim hanya kepada yang berhak dan memerlukannya, "
    "jangan dibagikan di grup atau media sosial, dan hapus bila tidak diperlukan lagi.")
BATAL = QT_TRANSLATE_NOOP("rumah_tangga_ekspor_aksi", "Dibatalkan. Tidak ada berkas yang ditulis.")
# The start of the file names (the files stay Indonesian, like their content).
BERKAS_DATA = "Data KK"  # teks-tetap: file name
BERKAS_TEMPLAT = "Templat Data KK"  # teks-tetap: file name
# Characters Windows, macOS or a USB stick's FAT refuse in a file name.
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
T = TypeVar("T")
# The jobs running, kept until they report (their dialogs belong to the page that asked).
_BERJALAN: set[TugasLatar] = set()


def nama_berkas(awal: str, wilayah: str) -> str:
    """"Data KK Kecamatan Wonotunggal.xlsx", with characters no file system takes replaced."""
    clean = " ".join(_BAD_NAME.sub("-", wilayah).split()).strip(". ")
    return f"{awal} {clean}.xlsx" if clean else f"{awal}.xlsx"


def wilayah_tampil(wilayah: str) -> str:
    """The region's name as the screen says it (the workspace without a region translated)."""
    if wilayah == SEMUA_DESA:
        return translate("messages_rumah_tangga_excel", SEMUA_DESA)
    return wilayah


def kotak_setuju(parent: QWidget, jumlah: int, wilayah: str, target: Path) -> QMessageBox:
    """The question before the export: the file will hold names and No. KK of `jumlah` KK."""
    text = translate("rumah_tangga_ekspor_aksi", "Berkas ini akan memuat nama kepala keluarga "
                     "dan No. KK dari {jumlah} rumah tangga (KK) di {wilayah}.").format(
        jumlah=number(jumlah), wilayah=wilayah_tampil(wilayah))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("rumah_tangga_ekspor_aksi", JUDUL_EKSPOR),
                      text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setInformativeText(translate("rumah_tangga_ekspor_aksi",
                                     "{pribadi}\n\nBerkas: {berkas}").format(
        pribadi=translate("rumah_tangga_ekspor_aksi", PRIBADI), berkas=target))
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("rumah_tangga_ekspor_aksi", "&Ekspor"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        translate("rumah_tangga_ekspor_aksi", "&Batal"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def lembar_text(hasil: HasilEkspor) -> str:
    """"300.000 KK di sheet “Data KK”" or, split, each sheet with its count."""
    parts = [translate("rumah_tangga_ekspor_aksi", "{jumlah} KK di sheet “{lembar}”").format(
        jumlah=number(n), lembar=name) for name, n in hasil.baris.items()]
    if len(parts) == 1:
        return translate("rumah_tangga_ekspor_aksi",
                         "{lembar}; sheet Keterangan menjelaskan isinya.").format(lembar=parts[0])
    return translate("rumah_tangga_ekspor_aksi",
                     "{lembar}; sheet Keterangan menjelaskan pembagiannya.").format(
        lembar=", ".join(parts))


def kabar(parent: QWidget, icon: QMessageBox.Icon, judul: str, text: str, detail: str = "",
          folder: Path | None = None) -> QMessageBox:
    """Tell something without waiting for it: the box opens over `parent`'s window and the
    program runs on; "Buka folder" opens the folder written to."""
    box = QMessageBox(icon, judul, text, QMessageBox.StandardButton.Close, parent)
    box.button(QMessageBox.StandardButton.Close).setText(
        translate("rumah_tangga_ekspor_aksi", "&Tutup"))
    if detail:
        box.setInformativeText(detail)
    if folder is not None:
        buka = box.addButton(translate("rumah_tangga_ekspor_aksi", "Buka &folder"),
                             QMessageBox.ButtonRole.ActionRole)
        buka.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def kotak_selesai(parent: QWidget, hasil: HasilEkspor) -> QMessageBox:
    text = translate("rumah_tangga_ekspor_aksi", "Data KK tersimpan: {berkas}").format(
        berkas=hasil.path.name)
    detail = translate("rumah_tangga_ekspor_aksi", "{lembar}\nFolder: {folder}").format(
        lembar=lembar_text(hasil), folder=hasil.path.parent)
    return kabar(parent, QMessageBox.Icon.Information,
                 translate("rumah_tangga_ekspor_aksi", JUDUL_EKSPOR), text, detail,
                 hasil.path.parent)


def kotak_templat(parent: QWidget, hasil: HasilEkspor) -> QMessageBox:
    rows = sum(hasil.baris.values())
    text = translate("rumah_tangga_ekspor_aksi", "Templat data KK tersimpan: {berkas}").format(
        berkas=hasil.path.name)
    detail = translate(
        "rumah_tangga_ekspor_aksi", "{baris} baris disiapkan untuk {desa} desa/kelurahan (kode "
        "dan nama desa sudah terisi). Setelah diisi, impor kembali berkas ini.\n"
        "Folder: {folder}").format(baris=number(rows), desa=number(len(hasil.desa_kode)),
                                   folder=hasil.path.parent)
    return kabar(parent, QMessageBox.Icon.Information,
                 translate("rumah_tangga_ekspor_aksi", JUDUL_TEMPLAT), text, detail,
                 hasil.path.parent)


def _jalankan(parent: QWidget, session: UiSession, job: Job, label: str, judul: str,
              selesai: Callable[[QWidget, HasilEkspor], QMessageBox]) -> None:
    def done(result: object) -> None:
        _BERJALAN.discard(tugas)
        if isinstance(result, HasilEkspor):
            selesai(parent, result)

    def failed(exc: object) -> None:
        _BERJALAN.discard(tugas)
        cancelled = isinstance(exc, Cancelled)
        text = translate("rumah_tangga_ekspor_aksi", BATAL) if cancelled else failure_text(exc)
        kabar(parent, QMessageBox.Icon.Warning if cancelled else QMessageBox.Icon.Critical,
              judul, text)

    tugas = jalankan_tugas(parent, session.workspace, job, label, done, failed)
    _BERJALAN.add(tugas)


def _lingkup(parent: QWidget, session: UiSession, kode: KodeWilayah | None, judul: str,
             isi: Callable[[Workspace, KodeWilayah | None], T], kosong: str) -> tuple[str, T] | None:
    """The region's name and what it holds (`isi`: its KK count, its desa), or None when there
    is nothing there or the desa is unknown (the user is told; `judul` and `kosong` as shown)."""
    try:
        wilayah = ekspor.nama_wilayah(session.workspace, kode)
        found = isi(session.workspace, kode)
    except DesaNotFound as exc:
        kabar(parent, QMessageBox.Icon.Critical, judul, error_text(exc))
        return None
    if not found:
        kabar(parent, QMessageBox.Icon.Information, judul,
              kosong.format(wilayah=wilayah_tampil(wilayah)))
        return None
    return wilayah, found


def ekspor_kk(parent: QWidget, session: UiSession, kode: KodeWilayah | None) -> None:
    """Export the register of a desa, a kecamatan or the whole workspace (None), when the
    user has chosen the file and agreed that it carries personal data."""
    judul = translate("rumah_tangga_ekspor_aksi", JUDUL_EKSPOR)
    found = _lingkup(parent, session, kode, judul, ekspor.jumlah_kk, translate(
        "rumah_tangga_ekspor_aksi", "Belum ada data KK di {wilayah}; tidak ada yang diekspor."))
    if found is None:
        return
    wilayah, jumlah = found
    target = tanya_simpan(parent, session, translate("rumah_tangga_ekspor_aksi", "Simpan data KK"),
                          Path(nama_berkas(BERKAS_DATA, wilayah)))
    if target is None:
        return
    box = kotak_setuju(parent, jumlah, wilayah, target)
    agreed = box.exec() == QMessageBox.StandardButton.Yes
    box.deleteLater()
    if not agreed:
        return
    logger.info("exporting %d households of %s to %s", jumlah, kode or "the workspace", target)
    label = translate("rumah_tangga_ekspor_aksi", "Menulis data {jumlah} KK {wilayah}…").format(
        jumlah=number(jumlah), wilayah=wilayah_tampil(wilayah))
    _jalankan(parent, session,
              lambda w, p, b: ekspor.ekspor_kk(w, target, kode, progress=p, batal=b),
              label, judul, kotak_selesai)


def templat_kk(parent: QWidget, session: UiSession, kode: KodeWilayah | None) -> None:
    """Save the empty register template for a desa, the desa of a kecamatan, or every desa of
    the workspace (None)."""
    judul = translate("rumah_tangga_ekspor_aksi", JUDUL_TEMPLAT)
    found = _lingkup(parent, session, kode, judul,
                     lambda ws, k: [d.kode for d in ekspor.desa_lingkup(ws, k)],
                     translate("rumah_tangga_ekspor_aksi",
                               "Belum ada desa terdaftar di {wilayah}; templat tidak dibuat."))
    if found is None:
        return
    wilayah, desa = found
    target = tanya_simpan(parent, session,
                          translate("rumah_tangga_ekspor_aksi", "Simpan templat data KK"),
                          Path(nama_berkas(BERKAS_TEMPLAT, wilayah)))
    if target is None:
        return
    _jalankan(parent, session, lambda w, p, b: buat_templat_kk(w, target, desa, progress=p, batal=b),
              translate("rumah_tangga_ekspor_aksi", "Menulis templat data KK…"), judul,
              kotak_templat)
