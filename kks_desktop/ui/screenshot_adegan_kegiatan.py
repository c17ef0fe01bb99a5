"""Screenshot scenes of an orientation (participants, paste, daftar hadir, pre/post, RTL) and readiness."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.services import kegiatan_service, kesiapan_service
from kks_desktop.services.cetak_kegiatan import daftar_hadir as dokumen_daftar_hadir
from kks_desktop.services.cetak_kegiatan import penandatangan_bawaan
from kks_desktop.services.identitas import identitas
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.cetak_dialog import CetakDialog
from kks_desktop.ui.cetak_pdf import FOOTER_MM, LAYOUT_DPI, dokumen_qt, susun, tata_letak
from kks_desktop.ui.kesiapan_jawaban_dialog import KesiapanJawabanDialog
from kks_desktop.ui.screenshot_bantu import Panggung, desa_pertama, orientasi
from kks_desktop.ui.tempel_dialog import TempelDialog

logger = logging.getLogger(__name__)

CHECKLIST_DESA = "pokja-desa-2025"  # teks-tetap: a checklist id
# How much of a printed page is shown: its top, at screen size (96 dpi), with the heading,
# the table head and the first rows.
TINGGI_CETAKAN = 760
# Rows as copied from a spreadsheet (tab between cells); the last one is replaced by the
# session's first participant, so that the preview shows a person already on the list.
TEMPELAN = (  # teks-tetap: demo data
    ("No", "Nama Lengkap", "L/P", "Jabatan", "Instansi", "Kategori", "Pre Test", "Post Test"),
    ("1", "Sri Wahyuningsih", "P", "Kader Kesehatan", "Pokja Desa Sehat", "Pokja Desa", "60",
     "85"),
    ("2", "Muhammad Arifin", "L", "Sekretaris Desa", "Pemerintah Desa", "Pokja Desa", "55", "80"),
    ("3", "Dwi Lestari, A.Md.Keb", "P", "Bidan Desa", "Puskesmas", "Puskesmas", "", "90"),
)


def _orientasi(p: Panggung) -> Kegiatan:
    return kegiatan_service.ambil(p.ws, orientasi(p.ws).uuid)


def _editor(p: Panggung, tab: int) -> QWidget:
    """The Kegiatan page with the orientation open in the editor, at tab `tab`."""
    page = p.jendela.kegiatan_page
    page.open_uuid(orientasi(p.ws).uuid)
    page.editor.tabs.setCurrentIndex(tab)
    return p.halaman("kegiatan")


def kegiatan(p: Panggung) -> QWidget:
    """The Kegiatan list with the orientation selected."""
    p.jendela.kegiatan_page.select_uuid(orientasi(p.ws).uuid)
    return p.halaman("kegiatan")


def kegiatan_data(p: Panggung) -> QWidget:
    """The orientation's first tab: title, dates, place, materials and speakers."""
    return _editor(p, 0)


def kegiatan_peserta(p: Panggung) -> QWidget:
    """Participants with attendance per day and pre/post scores."""
    return _editor(p, 1)


def kegiatan_prepost(p: Panggung) -> QWidget:
    """The paired pre/post-test results."""
    return _editor(p, 2)


def kegiatan_rtl(p: Panggung) -> QWidget:
    """The follow-up plan (RTL)."""
    return _editor(p, 3)


def tempel(p: Panggung) -> QWidget:
    """Rows pasted from Excel: how the columns were read and each row as it will be added."""
    session = _orientasi(p)
    rows = [list(row) for row in TEMPELAN]
    if session.peserta:
        known = session.peserta[0]
        jk = known.jenis_kelamin.value if known.jenis_kelamin else ""
        rows[-1][1:6] = [known.nama, jk, known.jabatan, known.instansi, ""]
    text = "\n".join("\t".join(row) for row in rows)
    dialog = TempelDialog(text, acuan_kegiatan(), session.hari, session.peserta)
    dialog.resize(1000, 380)  # three rows need no more
    return p.tampil(dialog)


def cetak(p: Panggung) -> QWidget:
    """"Cetak": what is printed and who signs."""
    session = _orientasi(p)
    dialog = CetakDialog(None, penandatangan_bawaan(p.ws, session), "daftar_hadir",
                         session.hari)
    return p.tampil(dialog)


def daftar_hadir(p: Panggung) -> QWidget:
    """The top of the printed daftar hadir's first page, as the PDF shows it."""
    dokumen = dokumen_daftar_hadir(p.ws, _orientasi(p))
    layout = tata_letak(kertas(p.ws), dokumen.mendatar)
    paper, body = layout.fullRectPixels(LAYOUT_DPI), layout.paintRectPixels(LAYOUT_DPI)
    footer = round(FOOTER_MM / 25.4 * LAYOUT_DPI)
    page = QSizeF(body.width(), body.height() - footer)
    _pages, html = susun(dokumen, page)
    doc = dokumen_qt(html, page.width())
    doc.setPageSize(page)
    image = QImage(paper.width(), min(paper.height(), TINGGI_CETAKAN), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(body.left(), body.top())
    doc.drawContents(painter, QRectF(0, 0, page.width(), page.height()))
    painter.end()
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    label.resize(image.size())  # a window is otherwise kept within 2/3 of the screen
    return p.tampil(label)


def kesiapan(p: Panggung) -> QWidget:
    """The Pokja Desa checklist of the first desa: score, what is missing, reasons."""
    p.jendela.kesiapan_page.tampilkan(CHECKLIST_DESA, str(desa_pertama(p.ws).kode))
    return p.halaman("kesiapan")


def kesiapan_jawab(p: Panggung) -> QWidget:
    """The answer form of a manual item of the first desa's checklist (one answered as met,
    when there is one)."""
    wilayah = desa_pertama(p.ws).kode
    definisi = kesiapan_service.cari_definisi(CHECKLIST_DESA)
    manual = [h for h in kesiapan_service.nilai(p.ws, definisi, wilayah).butir if h.butir.manual]
    if not manual:
        raise LookupError("the checklist has no manual item to answer")  # teks-tetap: internal
    answered = [h for h in manual if h.jawaban is not None]
    chosen = next((h for h in answered if h.status is StatusButir.TERPENUHI),
                  (answered or manual)[0])
    dialog = KesiapanJawabanDialog(p.session, definisi, wilayah, chosen,
                                   identitas(p.ws, wilayah).nama)
    return p.tampil(dialog)
