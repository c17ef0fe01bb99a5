"""TempelDialog: the preview of participant rows pasted from a spreadsheet, before they are added."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan
from kks_desktop.domain.kegiatan import Peserta
from kks_desktop.domain.peserta import peserta_ganda
from kks_desktop.domain.tempel import KOLOM_PESERTA, BarisTempel, baca_tempelan, peserta_dari_tempelan
from kks_desktop.messages import describe_problem, problem_text
from kks_desktop.ui.cell_table_model import CellTableModel
from kks_desktop.ui.peserta_table_model import GANDA_TINT, at_row, kategori_dari_teks, nilai_text
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.spreadsheet_view import split_block

logger = logging.getLogger(__name__)

# The name of each paste field as the dialog shows it (through translate("tempel_dialog", ...)).
FIELD_NAMES = {"nama": QT_TRANSLATE_NOOP("tempel_dialog", "Nama"),
               "jenis_kelamin": QT_TRANSLATE_NOOP("tempel_dialog", "L/P"),
               "jabatan": QT_TRANSLATE_NOOP("tempel_dialog", "Jabatan"),
               "instansi": QT_TRANSLATE_NOOP("tempel_dialog", "Instansi/unsur"),
               "kategori": QT_TRANSLATE_NOOP("tempel_dialog", "Kategori"),
               "desa": QT_TRANSLATE_NOOP("tempel_dialog", "Desa"),
               "telepon": QT_TRANSLATE_NOOP("tempel_dialog", "Telepon"),
               "pre": QT_TRANSLATE_NOOP("tempel_dialog", "Nilai pre-test"),
               "post": QT_TRANSLATE_NOOP("tempel_dialog", "Nilai post-test")}
IGNORED = QT_TRANSLATE_NOOP("tempel_dialog", "(diabaikan)")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    """A pasted row with what the preview says about it."""

    baris: BarisTempel
    ada_di: tuple[int, ...]  # numbers of grid rows holding the same person
    kembar: tuple[int, ...]  # other pasted rows (their numbers) with the same person


def numbers_text(numbers: Sequence[int]) -> str:
    """3 · 3 dan 17 · 3, 8 dan 17."""
    shown = [str(n) for n in numbers]
    if len(shown) == 1:
        return shown[0]
    return translate("tempel_dialog", "{daftar} dan {terakhir}").format(
        daftar=", ".join(shown[:-1]), terakhir=shown[-1])


class _PreviewModel(CellTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("tempel_dialog", "Baris"), QT_TRANSLATE_NOOP("tempel_dialog", "Nama"),
               QT_TRANSLATE_NOOP("tempel_dialog", "L/P"), QT_TRANSLATE_NOOP("tempel_dialog", "Jabatan"),
               QT_TRANSLATE_NOOP("tempel_dialog", "Instansi/unsur"),
               QT_TRANSLATE_NOOP("tempel_dialog", "Kategori"), QT_TRANSLATE_NOOP("tempel_dialog", "Desa"),
               QT_TRANSLATE_NOOP("tempel_dialog", "Telepon"), QT_TRANSLATE_NOOP("tempel_dialog", "Pre"),
               QT_TRANSLATE_NOOP("tempel_dialog", "Post"), QT_TRANSLATE_NOOP("tempel_dialog", "Catatan"))
    NUMERIC = (0, 8, 9)

    def show_rows(self, rows: Sequence[_Row], acuan: AcuanKegiatan) -> None:
        shown = [_cells(r, acuan) for r in rows]
        self._reset(rows, shown, shown, tips=[(r[-1],) * len(r) for r in shown])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row: _Row = self.record(index.row())
            if row.baris.ada_kesalahan:
                return TINTS[True]
            return GANDA_TINT if row.ada_di or row.kembar else None
        return super().data(index, role)


def _cells(row: _Row, acuan: AcuanKegiatan) -> tuple[str, ...]:
    p = row.baris.peserta
    return (str(row.baris.baris), p.nama, p.jenis_kelamin.value if p.jenis_kelamin else "",
            p.jabatan, p.instansi, translate("acuan", acuan.label_kategori(p.kategori)) if p.kategori else "",
            p.desa_nama, p.telepon, nilai_text(p.pre), nilai_text(p.post), _note(row))


def _note(row: _Row) -> str:
    notes = []
    if row.baris.ada_kesalahan:
        notes.append(translate("tempel_dialog", "Tidak ditambahkan: {masalah}").format(
            masalah=", ".join(describe_problem(at_row(p, None))
                              for p in row.baris.problems if p.is_error)))
    if row.ada_di:
        notes.append(translate("tempel_dialog", "Sudah ada di daftar (baris {baris})").format(
            baris=numbers_text(row.ada_di)))
    if row.kembar:
        notes.append(translate("tempel_dialog", "Dua kali dalam tempelan (juga baris {baris})").format(
            baris=numbers_text(row.kembar)))
    notes += [problem_text(p) for p in row.baris.problems if not p.is_error]
    return "; ".join(notes)


class TempelDialog(QDialog):
    """Shows how the pasted columns were read and every row as it will land; "Tambahkan N
    peserta" accepts (`peserta_baru()` then holds them), Batal changes nothing."""

    def __init__(self, text: str, acuan: AcuanKegiatan, hari: int, ada: Sequence[Peserta],
                 mulai: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tempel_dialog", "Tempel peserta dari Excel"))
        self._text, self._acuan, self._hari, self._ada = text, acuan, hari, list(ada)
        self._rows: list[_Row] = []
        self._build(mulai)
        self._read()

    def _build(self, mulai: int) -> None:
        self.cara_label = QLabel()
        self.cara_label.setWordWrap(True)
        self.mulai_combo = QComboBox()
        self.mulai_combo.setAccessibleName(translate("tempel_dialog", "Kolom pertama tempelan"))
        for field in KOLOM_PESERTA:
            self.mulai_combo.addItem(translate("tempel_dialog", FIELD_NAMES[field]), field)
        self.mulai_combo.setCurrentIndex(max(0, min(mulai, len(KOLOM_PESERTA) - 1)))
        self.mulai_label = QLabel(translate("tempel_dialog", "Kolom pertama tempelan &adalah:"))
        self.mulai_label.setBuddy(self.mulai_combo)
        mulai_row = QHBoxLayout()
        mulai_row.addWidget(self.mulai_label)
        mulai_row.addWidget(self.mulai_combo)
        mulai_row.addStretch(1)
        self.kolom_label = QLabel()
        self.kolom_label.setWordWrap(True)
        self.preview = _PreviewModel(self)
        self.table = record_table(self.preview, translate("tempel_dialog", "Pratinjau baris yang ditempel"))
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.ringkasan_label = QLabel()
        self.ringkasan_label.setWordWrap(True)
        self.masalah = QPlainTextEdit()
        self.masalah.setReadOnly(True)
        self.masalah.setAccessibleName(translate("tempel_dialog", "Masalah pada tempelan"))
        self.masalah.setMaximumHeight(self.fontMetrics().height() * 6)
        self.lewati_check = QCheckBox()
        self.buttons = QDialogButtonBox()
        self.tambah_button: QPushButton = self.buttons.addButton(
            translate("tempel_dialog", "Tambahkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.batal_button: QPushButton = self.buttons.addButton(
            translate("tempel_dialog", "Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.mulai_combo.currentIndexChanged.connect(self._read)
        self.lewati_check.toggled.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.addWidget(self.cara_label)
        layout.addLayout(mulai_row)
        layout.addWidget(self.kolom_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ringkasan_label)
        layout.addWidget(self.masalah)
        layout.addWidget(self.lewati_check)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 100, metrics.height() * 36)

    # -- reading --------------------------------------------------------------------------

    def _read(self, *_args: object) -> None:
        tempelan = baca_tempelan(self._text, KOLOM_PESERTA, self.mulai_combo.currentIndex())
        read = peserta_dari_tempelan(tempelan, lambda teks: kategori_dari_teks(self._acuan, teks),
                                     self._hari)
        self._rows = self._with_duplicates(read)
        by_header = tempelan.dengan_judul
        self.cara_label.setText(
            translate("tempel_dialog",
                      "Baris pertama dibaca sebagai judul kolom; kolom dicocokkan menurut judulnya.")
            if by_header else
            translate("tempel_dialog", "Tidak ada baris judul: kolom dibaca menurut urutannya. "
                      "Bila kolom pertama bukan Nama, pilih kolom pertama di bawah."))
        self.mulai_label.setVisible(not by_header)
        self.mulai_combo.setVisible(not by_header)
        headers = split_block(self._text)[0] if by_header else []
        self.kolom_label.setText(translate("tempel_dialog", "Kolom: {kolom}").format(kolom=" · ".join(
            _mapping_text(n, field, headers) for n, field in enumerate(tempelan.kolom, start=1))))
        self.preview.show_rows(self._rows, self._acuan)
        self.table.resizeColumnsToContents()
        self._show_findings()
        self._update_count()

    def _with_duplicates(self, read: list[BarisTempel]) -> list[_Row]:
        first = len(self._ada)
        groups = peserta_ganda([*self._ada, *(b.peserta for b in read)])
        ada_di: dict[int, tuple[int, ...]] = {}
        kembar: dict[int, tuple[int, ...]] = {}
        for group in groups:
            existing = tuple(i + 1 for i in group if i < first)
            pasted = [i - first for i in group if i >= first]
            for i in pasted:
                ada_di[i] = existing
                kembar[i] = tuple(read[j].baris for j in pasted if j != i)
        return [_Row(b, ada_di.get(i, ()), kembar.get(i, ())) for i, b in enumerate(read)]

    def _show_findings(self) -> None:
        errors = [r.baris.baris for r in self._rows if r.baris.ada_kesalahan]
        problems = sorted((p for r in self._rows for p in r.baris.problems),
                          key=lambda p: (not p.is_error, p.param("row") or 0))
        parts = [translate("tempel_dialog", "{jumlah} baris dibaca.").format(jumlah=len(self._rows))]
        if errors:
            parts.append(translate("tempel_dialog", "{jumlah} baris tidak ditambahkan karena ada "
                                   "kesalahan: baris {baris}.").format(
                jumlah=len(errors), baris=numbers_text(errors)))
        self.ringkasan_label.setText(" ".join(parts))
        self.masalah.setPlainText("\n".join(describe_problem(p) for p in problems))
        self.masalah.setVisible(bool(problems))
        existing = [r.baris.baris for r in self._rows if r.ada_di and not r.baris.ada_kesalahan]
        self.lewati_check.setText(
            translate("tempel_dialog", "Lewati {jumlah} baris yang sudah ada di daftar (baris "
                      "{baris})").format(jumlah=len(existing), baris=numbers_text(existing))
            if existing else "")
        self.lewati_check.setVisible(bool(existing))

    def _update_count(self, *_args: object) -> None:
        count = len(self.peserta_baru())
        self.tambah_button.setText(translate("tempel_dialog", "Tambahkan {jumlah} peserta").format(
            jumlah=count))
        self.tambah_button.setEnabled(count > 0)

    # -- result ---------------------------------------------------------------------------

    def peserta_baru(self) -> list[Peserta]:
        """The rows to add: those without errors (and not already listed, when so chosen)."""
        skip = not self.lewati_check.isHidden() and self.lewati_check.isChecked()
        return [r.baris.peserta for r in self._rows
                if not r.baris.ada_kesalahan and not (skip and r.ada_di)]

    def tidak_ditambahkan(self) -> list[int]:
        """The pasted row numbers left out because of an error."""
        return [r.baris.baris for r in self._rows if r.baris.ada_kesalahan]


def _mapping_text(number: int, field: str | None, headers: Sequence[str]) -> str:
    header = headers[number - 1].strip() if number - 1 < len(headers) else ""
    source = (translate("tempel_dialog", "Kolom {nomor} “{judul}”").format(nomor=number, judul=header)
              if header else translate("tempel_dialog", "Kolom {nomor}").format(nomor=number))
    target = translate("tempel_dialog", FIELD_NAMES[field] if field else IGNORED)
    return f"{source} → {target}"
