"""KonflikDialog: each conflicting record of an import side by side, field by field, to choose."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.lembar import JenisKolom, Kolom, Lembar
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor
from kks_desktop.ui.formatting import INDONESIAN, number
from kks_desktop.ui.impor_rencana_model import field_label, lembar_by_nama

logger = logging.getLogger(__name__)

HERE, FILE = 0, 1
PAKAI_SINI = QT_TRANSLATE_NOOP("konflik_dialog", "Pakai yang di sini")
PAKAI_BERKAS = QT_TRANSLATE_NOOP("konflik_dialog", "Pakai dari berkas")
KOSONG = QT_TRANSLATE_NOOP("konflik_dialog", "(kosong)")


def _kolom(lembar: Lembar | None, kunci: str) -> Kolom | None:
    if lembar is None:
        return None
    try:
        return lembar.kolom_of(kunci)
    except KeyError:
        return None


def nilai_text(kolom: Kolom | None, value: Any) -> str:
    """A field value as a person reads it: dates 16/09/2025, numbers 1.234, choices by label,
    lists one item per line, months 09/2025; blanks as "(kosong)" (translated)."""
    if value is None or value == "" or value == () or value == []:
        return translate("konflik_dialog", KOSONG)
    jenis = kolom.jenis if kolom is not None else None
    if isinstance(value, str) and jenis is JenisKolom.TANGGAL:
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return translate("konflik_dialog", "Ya") if value else translate("konflik_dialog", "Tidak")
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        if jenis is JenisKolom.PERSEN:
            return f"{INDONESIAN.toString(value * 100, 'f', 1)}%"
        return INDONESIAN.toString(value, "g", 12)
    if isinstance(value, list | tuple):
        return "\n".join(nilai_text(kolom, v) for v in value) or translate("konflik_dialog", KOSONG)
    text = str(value)
    if kolom is not None and jenis is JenisKolom.PILIHAN:
        return kolom.label_of(text)
    if jenis is JenisKolom.BULAN and len(text) == 7 and text[4] == "-":
        return f"{text[5:]}/{text[:4]}"
    return text


class KonflikDialog(QDialog):
    """`pilihan()` after Accepted: record key -> the conflicting fields to take from the file
    (every other conflicting field keeps the value here, the choice each starts with)."""

    def __init__(self, rencana: RencanaImpor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("konflik_dialog", "Konflik: pilih nilai yang dipakai"))
        self.catatan = [c for c in rencana.catatan if c.perbandingan.kelas is Kelas.KONFLIK]
        self.groups: dict[str, dict[str, QButtonGroup]] = {}
        sheets = lembar_by_nama()
        intro = QLabel(translate(
            "konflik_dialog", "<b>{jumlah} catatan</b> diubah di sini dan juga di berkas "
            "<b>{berkas}</b>, dengan nilai berbeda. Pilih untuk setiap kolom nilai "
            "mana yang dipakai. Yang tidak Anda ubah tetap memakai nilai di sini.").format(
                jumlah=number(len(self.catatan)), berkas=rencana.path.name))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        all_here = QPushButton(translate("konflik_dialog", "Semua pakai yang di &sini"))
        all_file = QPushButton(translate("konflik_dialog", "Semua pakai dari &berkas"))
        for button in (all_here, all_file):
            button.setAutoDefault(False)  # Enter continues the import, whatever has focus
        all_here.clicked.connect(lambda: self.pilih_semua(HERE))
        all_file.clicked.connect(lambda: self.pilih_semua(FILE))
        top = QHBoxLayout()
        top.addWidget(all_here)
        top.addWidget(all_file)
        top.addStretch(1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for catatan in self.catatan:
            body_layout.addWidget(self._record_box(catatan, sheets.get(catatan.lembar)))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(translate("konflik_dialog", "&Lanjutkan impor"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(translate("konflik_dialog", "Bata&l"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _record_box(self, catatan: CatatanRencana, lembar: Lembar | None) -> QGroupBox:
        p = catatan.perbandingan
        box = QGroupBox(translate("konflik_dialog", "{catatan}  —  sheet {lembar}, baris {baris}")
                        .format(catatan=catatan.label, lembar=catatan.lembar, baris=catatan.baris))
        grid = QGridLayout(box)
        for column, title in enumerate((translate("konflik_dialog", "Kolom"),
                                        translate("konflik_dialog", "Nilai di sini"),
                                        translate("konflik_dialog", "Nilai di berkas"),
                                        translate("konflik_dialog", "Dipakai"))):
            head = QLabel(title)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, column)
        groups: dict[str, QButtonGroup] = {}
        for row, kunci in enumerate(p.konflik, start=1):
            kolom = _kolom(lembar, kunci)
            grid.addWidget(QLabel(field_label(lembar, kunci)), row, 0)
            for column, value in ((1, p.di_sini.get(kunci)), (2, p.di_berkas.get(kunci))):
                shown = QLabel(nilai_text(kolom, value))
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(shown, row, column)
            group = QButtonGroup(box)
            choice = QHBoxLayout()
            for which, pakai in ((HERE, PAKAI_SINI), (FILE, PAKAI_BERKAS)):
                text = translate("konflik_dialog", pakai)
                radio = QRadioButton(text)
                radio.setAccessibleName(f"{field_label(lembar, kunci)}: {text}")
                group.addButton(radio, which)
                choice.addWidget(radio)
            group.button(HERE).setChecked(True)
            grid.addLayout(choice, row, 3)
            groups[kunci] = group
        grid.setColumnMinimumWidth(0, 140)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        taken = [field_label(lembar, k) for k in p.berubah]
        if taken:
            note = QLabel(translate("konflik_dialog",
                                    "Juga diambil dari berkas (tidak bertentangan): {kolom}")
                          .format(kolom=", ".join(taken)))
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6b76;")
            grid.addWidget(note, len(p.konflik) + 1, 0, 1, 4)
        self.groups[catatan.kunci] = groups
        return box

    def pilih(self, kunci: str, field: str, which: int) -> None:
        """Choose HERE or FILE for one field of one record (as clicking its button does)."""
        self.groups[kunci][field].button(which).setChecked(True)

    def pilih_semua(self, which: int) -> None:
        for groups in self.groups.values():
            for group in groups.values():
                group.button(which).setChecked(True)

    def pilihan(self) -> dict[str, frozenset[str]]:
        """Record key -> the fields whose value comes from the file (records with none left out)."""
        chosen = {kunci: frozenset(f for f, g in groups.items() if g.checkedId() == FILE)
                  for kunci, groups in self.groups.items()}
        return {k: v for k, v in chosen.items() if v}

    @classmethod
    def ask(cls, rencana: RencanaImpor, parent: QWidget | None = None
            ) -> dict[str, frozenset[str]] | None:
        """The choices, or None when the user stopped (Batal or Esc)."""
        dialog = cls(rencana, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pilihan()


def konflik_count(catatan: Sequence[CatatanRencana]) -> int:
    return sum(1 for c in catatan if c.perbandingan.kelas is Kelas.KONFLIK)
