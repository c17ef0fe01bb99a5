"""Printing a session: the Cetak menu, a small dialog (what, blank rows, signers), then the PDF."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.messages import describe_os_error
from kks_desktop.services.cetak_html import Penandatangan
from kks_desktop.services.cetak_kegiatan import penandatangan_bawaan
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# What can be printed: key -> (menu/dialog text, start of the file name). The text is shown
# through translate("cetak_dialog", ...); the file names stay Indonesian.
JENIS_CETAK = {
    "daftar_hadir": (QT_TRANSLATE_NOOP("cetak_dialog", "Daftar hadir"),
                     "daftar-hadir"),  # teks-tetap: file name
    "daftar_hadir_kosong": (QT_TRANSLATE_NOOP("cetak_dialog",
                                              "Daftar hadir kosong (untuk diisi tangan)"),
                            "daftar-hadir-kosong"),  # teks-tetap: file name
    "prepost": (QT_TRANSLATE_NOOP("cetak_dialog", "Rekap pre-test/post-test"),
                "rekap-pre-post"),  # teks-tetap: file name
    "rtl": (QT_TRANSLATE_NOOP("cetak_dialog", "Rencana tindak lanjut (RTL)"), "rtl"),
}
BARIS_KOSONG_BAWAAN = 30
# The signer fields as a grid: row label, then the Penandatangan field left and right.
TTD_ROWS = ((QT_TRANSLATE_NOOP("cetak_dialog", "Pengantar"), "kiri_pengantar", ""),
            (QT_TRANSLATE_NOOP("cetak_dialog", "Jabatan"), "kiri_jabatan", "kanan_jabatan"),
            (QT_TRANSLATE_NOOP("cetak_dialog", "Nama"), "kiri_nama", "kanan_nama"),
            (QT_TRANSLATE_NOOP("cetak_dialog", "NIP"), "kiri_nip", "kanan_nip"))
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def cetak_menu(parent: QWidget, on_choose: Callable[[str], None]) -> QMenu:
    """A menu with one entry per document; choosing one calls `on_choose(key)`."""
    menu = QMenu(parent)
    for key, (text, _file) in JENIS_CETAK.items():
        action = menu.addAction(translate("cetak_dialog", "{dokumen}…").format(
            dokumen=translate("cetak_dialog", text)))
        action.setData(key)
        action.triggered.connect(lambda _c=False, k=key: on_choose(k))
    return menu


class CetakDialog(QDialog):
    """Choose the document, the number of blank rows and the signers; "Simpan PDF…" accepts."""

    def __init__(self, parent: QWidget | None, ttd: Penandatangan, what: str,
                 hari: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("cetak_dialog", "Cetak kegiatan"))
        self._ttd = ttd
        self.choices: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        what_box = QGroupBox(translate("cetak_dialog", "Yang dicetak"))
        what_layout = QVBoxLayout(what_box)
        self.kosong = QSpinBox()
        self.kosong.setRange(1, 500)
        self.kosong.setValue(BARIS_KOSONG_BAWAAN)
        self.kosong.setAccessibleName(translate("cetak_dialog", "Jumlah baris kosong"))
        for key, (text, _file) in JENIS_CETAK.items():
            button = QRadioButton(translate("cetak_dialog", text))
            group.addButton(button)
            self.choices[key] = button
            what_layout.addWidget(button)
            button.toggled.connect(self._update)
            if key == "daftar_hadir_kosong":
                kosong_row = QHBoxLayout()
                kosong_row.addSpacing(24)
                kosong_row.addWidget(QLabel(translate("cetak_dialog", "Jumlah baris:")))
                kosong_row.addWidget(self.kosong)
                kosong_row.addStretch(1)
                what_layout.addLayout(kosong_row)
        if hari > 1:
            what_layout.addWidget(QLabel(translate(
                "cetak_dialog", "Kegiatan {hari} hari: daftar hadir dicetak satu lembar per "
                "hari.").format(hari=hari)))
        ttd_box = self._build_ttd(ttd)
        self.buka = QCheckBox(translate("cetak_dialog", "&Buka PDF setelah disimpan"))
        self.buka.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("cetak_dialog", "&Simpan PDF…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("cetak_dialog", "&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what_box)
        layout.addWidget(ttd_box)
        layout.addWidget(self.buka)
        layout.addWidget(buttons)
        self.choices.get(what, self.choices["daftar_hadir"]).setChecked(True)
        self._update()

    def _build_ttd(self, ttd: Penandatangan) -> QGroupBox:
        """Tempat on top, then jabatan/nama/NIP of the left and the right signer side by side."""
        self.ttd_edits: dict[str, QLineEdit] = {}
        box = QGroupBox(translate("cetak_dialog", "Penanda tangan (dapat diubah)"))
        grid = QGridLayout(box)
        self.ttd_edits["tempat"] = QLineEdit(ttd.tempat)
        self.ttd_edits["tempat"].setPlaceholderText(translate("cetak_dialog", "mis. Batang"))
        self.ttd_edits["tempat"].setToolTip(
            translate("cetak_dialog", "Ditulis sebelum tanggal: “Batang, 16 September 2025”"))
        grid.addWidget(QLabel(translate("cetak_dialog", "Tempat:")), 0, 0)
        grid.addWidget(self.ttd_edits["tempat"], 0, 1, 1, 2)
        grid.addWidget(QLabel(translate("cetak_dialog", "<b>Kiri (mengetahui)</b>")), 1, 1)
        grid.addWidget(QLabel(translate("cetak_dialog", "<b>Kanan (pembuat)</b>")), 1, 2)
        sample = "Ketua Tim Pembina Kabupaten Batang Sehat"  # teks-tetap: a width sample, never shown
        width = self.fontMetrics().horizontalAdvance(sample)
        for row, (label, *fields) in enumerate(TTD_ROWS, start=2):
            shown = translate("cetak_dialog", label)
            grid.addWidget(QLabel(translate("cetak_dialog", "{label}:").format(label=shown)),
                           row, 0)
            for column, name in enumerate(fields, start=1):
                if name:
                    edit = QLineEdit(str(getattr(ttd, name)))
                    edit.setCursorPosition(0)
                    edit.setAccessibleName(
                        (translate("cetak_dialog", "{label} kiri") if column == 1
                         else translate("cetak_dialog", "{label} kanan")).format(label=shown))
                    edit.setMinimumWidth(width)
                    self.ttd_edits[name] = edit
                    grid.addWidget(edit, row, column)
        note = QLabel(translate("cetak_dialog", "Nama kosong: dicetak titik-titik untuk ditulis "
                                "tangan. Jabatan kiri kosong: tanda tangan kiri tidak dicetak."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b76;")
        grid.addWidget(note, len(TTD_ROWS) + 2, 0, 1, 3)
        return box

    def _update(self, *_args: object) -> None:
        self.kosong.setEnabled(self.what() == "daftar_hadir_kosong")

    def what(self) -> str:
        return next(key for key, button in self.choices.items() if button.isChecked())

    def ttd(self) -> Penandatangan:
        """The signers as edited."""
        return dataclasses.replace(self._ttd, **{name: edit.text().strip()
                                                 for name, edit in self.ttd_edits.items()})


def nama_berkas(kegiatan: Kegiatan, what: str) -> str:
    """"daftar-hadir-2025-09-16-Orientasi-KKS.pdf": no characters a file system refuses."""
    judul = _NOT_IN_FILE_NAMES.sub("-", kegiatan.judul.strip())[:60].strip("-.")
    return f"{JENIS_CETAK[what][1]}-{kegiatan.mulai.isoformat()}{'-' + judul if judul else ''}.pdf"


def tulis_pdf(session: UiSession, kegiatan: Kegiatan, what: str, path: Path,
              ttd: Penandatangan, kosong: int = BARIS_KOSONG_BAWAAN) -> int:
    """Write the chosen document to `path`; the number of pages.

    Raises OSError when the file cannot be written.
    """
    from kks_desktop.ui import cetak_kegiatan  # the PDF machinery loads on the first print

    ws = session.workspace
    if what == "daftar_hadir":
        return cetak_kegiatan.cetak_daftar_hadir(ws, kegiatan, path, ttd=ttd)
    if what == "daftar_hadir_kosong":
        return cetak_kegiatan.cetak_daftar_hadir(ws, kegiatan, path, kosong=kosong, ttd=ttd)
    if what == "prepost":
        return cetak_kegiatan.cetak_prepost(ws, kegiatan, path, ttd=ttd)
    return cetak_kegiatan.cetak_rtl(ws, kegiatan, path, ttd=ttd)


def cetak(parent: QWidget, session: UiSession, kegiatan: Kegiatan, what: str) -> Path | None:
    """Ask what and who signs, then where; write the PDF and open it if asked. The path written,
    or None when the user stopped or the file could not be written (after saying why)."""
    dialog = CetakDialog(parent, penandatangan_bawaan(session.workspace, kegiatan), what,
                         kegiatan.hari)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    what = dialog.what()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or Path.home()) / nama_berkas(kegiatan, what))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("cetak_dialog", "Simpan PDF"), suggested,
        translate("cetak_dialog", "Dokumen PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = tulis_pdf(session, kegiatan, what, path, dialog.ttd(), dialog.kosong.value())
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, translate("cetak_dialog", "PDF tidak tersimpan"),
                             describe_os_error(exc))
        return None
    QGuiApplication.restoreOverrideCursor()
    logger.info("printed %s of %s: %s (%d pages)", what, kegiatan.uuid, path, pages)
    if dialog.buka.isChecked():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
