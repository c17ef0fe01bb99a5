"""KesiapanJawabanDialog: answer one manual checklist item (Ada/Sebagian/Tidak ada) with its evidence."""

from __future__ import annotations

import logging
import shutil
import tempfile
from enum import Enum
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop import messages
from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import EvidenceTooLarge, KksError, ValidationFailed
from kks_desktop.domain.kesiapan import Definisi
from kks_desktop.domain.kesiapan_fakta import BERKAS_MAKS, Berkas, Jawaban, NilaiJawaban
from kks_desktop.domain.kesiapan_nilai import HasilButir
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages_kesiapan import JAWABAN_LABELS
from kks_desktop.services import kesiapan_jawaban
from kks_desktop.ui.date_field import OptionalDateEdit
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.formatting import size_text
from kks_desktop.ui.problem_label import ERROR_COLOUR
from kks_desktop.ui.save_buttons import SaveButtons
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

BERKAS_FILTER = QT_TRANSLATE_NOOP(
    "kesiapan_jawaban_dialog", "Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.webp *.doc *.docx *.xls "
    "*.xlsx);;PDF (*.pdf);;Gambar (*.jpg *.jpeg *.png *.webp);;Semua berkas (*)")
_NO_BERKAS = QT_TRANSLATE_NOOP(
    "kesiapan_jawaban_dialog", "Belum ada berkas (PDF hasil pindai atau foto, paling besar {ukuran} MB).")
NO_BERKAS = _NO_BERKAS.format(ukuran=BERKAS_MAKS // (1024 * 1024))  # as written, untranslated
NEED_NILAI = QT_TRANSLATE_NOOP("kesiapan_jawaban_dialog", "Pilih jawaban: Ada, Sebagian atau Tidak ada.")
_MNEMONIC = {NilaiJawaban.ADA: QT_TRANSLATE_NOOP("kesiapan_jawaban_dialog", "&Ada"),
             NilaiJawaban.SEBAGIAN: QT_TRANSLATE_NOOP("kesiapan_jawaban_dialog", "Sebag&ian"),
             NilaiJawaban.TIDAK_ADA: QT_TRANSLATE_NOOP("kesiapan_jawaban_dialog", "&Tidak ada")}


def no_berkas_text() -> str:
    """"No file yet (…, at most 10 MB)." in the screen's language."""
    return translate("kesiapan_jawaban_dialog", _NO_BERKAS).format(ukuran=BERKAS_MAKS // (1024 * 1024))


class Tindakan(Enum):
    """What the dialog did before it closed with Simpan or Hapus jawaban."""

    DISIMPAN = "disimpan"
    DIHAPUS = "dihapus"


class KesiapanJawabanDialog(QDialog):
    """Fill the fields, then `accept_if_valid()` saves through the service (the dialog stays open
    on an error); `hapus_jawaban()` asks and removes the answer. `tindakan` says which happened.

    The stored evidence file is kept unless the user picks another or removes it.
    """

    _folder = ""  # where the last evidence file was picked, while the program runs

    def __init__(self, session: UiSession, definisi: Definisi, wilayah: KodeWilayah,
                 hasil: HasilButir, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.definisi, self.wilayah, self.nama = session, definisi, wilayah, nama
        self.butir, self.original = hasil.butir, hasil.jawaban
        self.tindakan: Tindakan | None = None
        self.picked: Berkas | None = None  # a file chosen in this dialog, not stored yet
        self.removed = False  # the stored file is to go
        self.setWindowTitle(translate("kesiapan_jawaban_dialog", "Jawab butir · {wilayah}").format(
            wilayah=nama))
        self.setMinimumWidth(560)
        self._build()
        self._load()
        self._show_berkas()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = title = QLabel(
            f"<b>{escape(translate('acuan', self.butir.label))}</b><br>{escape(self.nama)}, "
            f"{escape(translate('acuan', self.definisi.judul))}")
        title.setWordWrap(True)
        self.bantuan_label = bantuan = QLabel(
            translate("kesiapan_jawaban_dialog", "Yang dihitung sebagai bukti: {bantuan}").format(
                bantuan=translate("acuan", self.butir.bantuan)) if self.butir.bantuan else "")
        bantuan.setWordWrap(True)
        bantuan.setStyleSheet("color: #5f6b76;")
        self.nilai_group = QButtonGroup(self)
        self.nilai_buttons: dict[NilaiJawaban, QRadioButton] = {}
        nilai_row = QHBoxLayout()
        for nilai in NilaiJawaban:
            button = QRadioButton(translate("kesiapan_jawaban_dialog", _MNEMONIC[nilai]))
            button.setAccessibleName(translate("messages_kesiapan", JAWABAN_LABELS[nilai]))
            self.nilai_group.addButton(button)
            self.nilai_buttons[nilai] = button
            nilai_row.addWidget(button)
        nilai_row.addStretch(1)
        self.nomor = QLineEdit()
        self.nomor.setPlaceholderText(translate("kesiapan_jawaban_dialog", "mis. 141/05/2025"))
        self.tanggal = OptionalDateEdit()
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setMaximumHeight(70)
        self.oleh = QLineEdit()
        self.oleh.setPlaceholderText(translate("kesiapan_jawaban_dialog", "mis. Sekretaris Pokja"))
        self.form = QFormLayout()
        self.form.addRow(self._label(translate("kesiapan_jawaban_dialog", "&Jawaban:"),
                                     self.nilai_buttons[NilaiJawaban.ADA]), nilai_row)
        for text, widget in ((translate("kesiapan_jawaban_dialog", "&Nomor dokumen:"), self.nomor),
                             (translate("kesiapan_jawaban_dialog", "Tan&ggal dokumen:"), self.tanggal),
                             (translate("kesiapan_jawaban_dialog", "&Catatan:"), self.catatan),
                             (translate("kesiapan_jawaban_dialog", "&Dijawab oleh:"), self.oleh)):
            self.form.addRow(self._label(text, widget), widget)
        self.form.addRow(self._label(translate("kesiapan_jawaban_dialog", "Berkas bukti:"), None),
                         self._build_berkas())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        self.hapus_button = QPushButton(translate("kesiapan_jawaban_dialog", "&Hapus jawaban"))
        self.hapus_button.setAutoDefault(False)
        self.hapus_button.clicked.connect(self.hapus_jawaban)
        self.buttons = SaveButtons()
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hapus_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(bantuan)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    @staticmethod
    def _label(text: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(text)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _build_berkas(self) -> QWidget:
        self.berkas_label = QLabel(no_berkas_text())
        self.berkas_label.setWordWrap(True)
        self.pilih_button = QPushButton(translate("kesiapan_jawaban_dialog", "&Pilih berkas…"))
        self.buka_button = QPushButton(translate("kesiapan_jawaban_dialog", "B&uka"))
        self.salin_button = QPushButton(translate("kesiapan_jawaban_dialog", "Si&mpan salinan…"))
        self.lepas_button = QPushButton(translate("kesiapan_jawaban_dialog", "&Lepas berkas"))
        for button, slot in ((self.pilih_button, self.pilih_berkas), (self.buka_button, self.buka),
                             (self.salin_button, self.simpan_salinan),
                             (self.lepas_button, self.lepas_berkas)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.berkas_label)
        row = QHBoxLayout()
        for button in (self.pilih_button, self.buka_button, self.salin_button, self.lepas_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        box.setToolTip(translate("kesiapan_jawaban_dialog", "PDF hasil pindai atau foto dokumen, paling "
                                 "besar {ukuran}; disimpan di dalam berkas data sehingga ikut "
                                 "tercadang.").format(ukuran=size_text(BERKAS_MAKS)))
        return box

    def _load(self) -> None:
        j = self.original
        self.hapus_button.setVisible(j is not None)
        # Whoever answers now (the last name given on this workspace), not the earlier answerer.
        self.oleh.setText(kesiapan_jawaban.penjawab(self.session.workspace)
                          or (j.oleh if j is not None else ""))
        if j is None:
            return
        self.nilai_buttons[j.nilai].setChecked(True)
        self.nomor.setText(j.nomor)
        self.tanggal.set_date_value(j.tanggal)
        self.catatan.setPlainText(j.catatan)

    # -- the evidence file ----------------------------------------------------------------
    def berkas_shown(self) -> tuple[str, int] | None:
        """The file the answer will have when saved: (name, size) or None."""
        if self.picked is not None:
            return self.picked.nama, len(self.picked.isi)
        j = self.original
        if j is not None and j.berkas_nama and not self.removed:
            return j.berkas_nama, j.berkas_ukuran
        return None

    def _show_berkas(self) -> None:
        shown = self.berkas_shown()
        self.berkas_label.setText(f"{shown[0]} ({size_text(shown[1])})" if shown else no_berkas_text())
        for button in (self.buka_button, self.salin_button, self.lepas_button):
            button.setEnabled(shown is not None)

    def _isi(self) -> Berkas | None:
        if self.picked is not None:
            return self.picked
        if self.berkas_shown() is None:
            return None
        return kesiapan_jawaban.berkas(self.session.workspace, self.definisi, self.wilayah,
                                       self.butir.id)

    def pilih_berkas(self) -> None:
        """Choose a file; one too large is refused at once and nothing changes."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("kesiapan_jawaban_dialog", "Pilih berkas bukti"),
            KesiapanJawabanDialog._folder or str(Path.home()),
            translate("kesiapan_jawaban_dialog", BERKAS_FILTER))
        if not path:
            return
        KesiapanJawabanDialog._folder = str(Path(path).parent)
        try:
            berkas = kesiapan_jawaban.baca_berkas(Path(path))
        except EvidenceTooLarge as exc:
            QMessageBox.warning(self, translate("kesiapan_jawaban_dialog", "Berkas terlalu besar"),
                                messages.describe(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self, translate("kesiapan_jawaban_dialog", "Berkas tidak dapat dibaca"),
                                messages.describe_os_error(exc))
            return
        self.picked, self.removed = berkas, False
        self._show_berkas()

    def lepas_berkas(self) -> None:
        self.picked, self.removed = None, True
        self._show_berkas()

    def buka(self) -> bool:
        """Open the file with the program the system uses for it (from a temporary copy)."""
        berkas = self._isi()
        if berkas is None:
            return False
        try:
            # One folder, emptied each time, so opened evidence does not pile up in temp.
            folder = Path(tempfile.gettempdir()) / "kks-bukti"  # teks-tetap: folder name
            shutil.rmtree(folder, ignore_errors=True)  # a copy still open elsewhere stays
            folder.mkdir(exist_ok=True)
            path = folder / Path(berkas.nama).name
            path.write_bytes(berkas.isi)
        except OSError as exc:
            QMessageBox.warning(self, translate("kesiapan_jawaban_dialog", "Berkas tidak dapat dibuka"),
                                messages.describe_os_error(exc))
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        QMessageBox.warning(self, translate("kesiapan_jawaban_dialog", "Berkas tidak dapat dibuka"),
                            translate("kesiapan_jawaban_dialog", "Tidak ada program untuk membuka "
                                      "{berkas} di komputer ini. Pakai Simpan salinan…, lalu buka "
                                      "berkas itu dari foldernya.").format(berkas=berkas.nama))
        return False

    def simpan_salinan(self) -> bool:
        berkas = self._isi()
        if berkas is None:
            return False
        start = Path(KesiapanJawabanDialog._folder or Path.home()) / Path(berkas.nama).name
        path, _ = QFileDialog.getSaveFileName(
            self, translate("kesiapan_jawaban_dialog", "Simpan salinan berkas bukti"), str(start))
        if not path:
            return False
        try:
            Path(path).write_bytes(berkas.isi)
        except OSError as exc:
            QMessageBox.warning(self, translate("kesiapan_jawaban_dialog", "Salinan tidak tersimpan"),
                                messages.describe_os_error(exc))
            return False
        return True

    # -- saving ---------------------------------------------------------------------------
    def nilai(self) -> NilaiJawaban | None:
        return next((n for n, b in self.nilai_buttons.items() if b.isChecked()), None)

    def accept_if_valid(self) -> bool:
        """Save the answer (an answer must be chosen); errors keep the dialog open."""
        nilai = self.nilai()
        if nilai is None:
            self.problem.setText(translate("kesiapan_jawaban_dialog", NEED_NILAI))
            self.problem.show()
            self.nilai_buttons[NilaiJawaban.ADA].setFocus()
            return False
        jawaban = Jawaban(nilai, self.nomor.text().strip(), self.tanggal.date_value(),
                          self.catatan.toPlainText().strip(), self.oleh.text().strip())
        keep = self.picked is None and not self.removed
        try:
            kesiapan_jawaban.simpan(self.session.workspace, self.definisi, self.wilayah,
                                    self.butir.id, jawaban, self.picked, keep_berkas=keep)
        except ValidationFailed as exc:
            self.problem.setText("\n".join(messages.describe_problem(p) for p in exc.problems
                                           if p.is_error))
            self.problem.show()
            return False
        except KksError as exc:
            show_error(self, exc, translate("kesiapan_jawaban_dialog", "Tidak dapat menyimpan"))
            return False
        self.tindakan = Tindakan.DISIMPAN
        self.accept()
        return True

    def hapus_jawaban(self) -> bool:
        """Ask, then remove the answer with its file (the item reads "belum dijawab" again)."""
        if not confirm(self, translate("kesiapan_jawaban_dialog", "Hapus jawaban"),
                       translate("kesiapan_jawaban_dialog", "Hapus jawaban “{butir}” untuk {wilayah}, "
                                 "beserta berkas buktinya? Anda dapat mengurungkannya dengan "
                                 "Ctrl+Z.").format(butir=translate("acuan", self.butir.label),
                                                   wilayah=self.nama)):
            return False
        try:
            kesiapan_jawaban.hapus(self.session.workspace, self.definisi, self.wilayah,
                                   self.butir.id)
        except KksError as exc:
            show_error(self, exc, translate("kesiapan_jawaban_dialog", "Tidak dapat menghapus"))
            return False
        self.tindakan = Tindakan.DIHAPUS
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: UiSession, definisi: Definisi,
            wilayah: KodeWilayah, hasil: HasilButir, nama: str) -> Tindakan | None:
        """Show the dialog; what it did, or None when cancelled."""
        dialog = cls(session, definisi, wilayah, hasil, nama, parent)
        dialog.exec()
        return dialog.tindakan

