"""The "Data desa" tab: a desa's official identity and its editable figures, checked as you type."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa import COUNT_FIELDS, MAX_COUNTS, Desa, validate_desa
from kks_desktop.domain.fields import parse_count
from kks_desktop.domain.problems import Problem
from kks_desktop.messages import JENIS_LABELS
from kks_desktop.ui.formatting import number
from kks_desktop.ui.problem_label import ERROR_COLOUR, WARNING_COLOUR, ProblemLabel

logger = logging.getLogger(__name__)

COUNT_LABELS = {
    "jumlah_kk": QT_TRANSLATE_NOOP("desa_form", "Jumlah &KK:"),
    "jumlah_jiwa": QT_TRANSLATE_NOOP("desa_form", "Jumlah &jiwa:"),
    "jumlah_dusun": QT_TRANSLATE_NOOP("desa_form", "Jumlah d&usun:"),
    "jumlah_rw": QT_TRANSLATE_NOOP("desa_form", "Jumlah R&W:"),
    "jumlah_rt": QT_TRANSLATE_NOOP("desa_form", "Jumlah R&T:"),
}
_TEXT_FIELDS = ("alamat_sekretariat", "telepon")


class DesaForm(QWidget):
    """Shows one desa; `edited()` returns the record as typed (or None) and its problems."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desa: Desa | None = None
        self._loading = False
        self.identity = {key: QLabel() for key in ("kode", "nama", "jenis", "kecamatan",
                                                   "kabupaten", "provinsi")}
        ident_box = QGroupBox(translate("desa_form", "Identitas (dari daftar resmi Kemendagri)"))
        ident_form = QFormLayout(ident_box)
        for key, text in (("kode", translate("desa_form", "Kode wilayah:")),
                          ("nama", translate("desa_form", "Nama:")),
                          ("jenis", translate("desa_form", "Jenis:")),
                          ("kecamatan", translate("desa_form", "Kecamatan:")),
                          ("kabupaten", translate("desa_form", "Kabupaten/Kota:")),
                          ("provinsi", translate("desa_form", "Provinsi:"))):
            self.identity[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            ident_form.addRow(text, self.identity[key])
        self.edits: dict[str, QLineEdit] = {}
        counts_box = QGroupBox(translate("desa_form", "Kependudukan dan wilayah"))
        counts_form = QFormLayout(counts_box)
        for name in COUNT_FIELDS:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(translate("desa_form", "belum diisi"))
            edit.setMaximumWidth(160)
            self._add_row(counts_form, translate("desa_form", COUNT_LABELS[name]), edit)
            self.edits[name] = edit
        pokja_box = QGroupBox(translate("desa_form", "Sekretariat Pokja"))
        pokja_form = QFormLayout(pokja_box)
        for name, text in (("alamat_sekretariat", translate("desa_form", "&Alamat sekretariat:")),
                           ("telepon", translate("desa_form", "T&elepon:"))):
            edit = QLineEdit()
            self._add_row(pokja_form, text, edit)
            self.edits[name] = edit
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setMaximumHeight(80)
        self._add_row(pokja_form, translate("desa_form", "&Catatan:"), self.catatan)
        self.catatan.textChanged.connect(self._on_edit)
        self.problems = ProblemLabel()
        columns = QHBoxLayout()
        columns.addWidget(counts_box)
        columns.addWidget(pokja_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(ident_box)
        layout.addLayout(columns)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        for edit in self.edits.values():
            edit.textEdited.connect(self._on_edit)

    def _add_row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def set_desa(self, desa: Desa | None) -> None:
        """Show `desa` (or clear the form); not a user edit, so `changed` is not emitted."""
        self._loading = True
        self._desa = desa
        w = desa.wilayah if desa else None
        values = {
            "kode": str(w.kode) if w else "", "nama": w.nama if w else "",
            "jenis": translate("messages", JENIS_LABELS[w.jenis]) if w else "",
            "kecamatan": w.kecamatan if w else "",
            "kabupaten": w.kabupaten if w else "", "provinsi": w.provinsi if w else "",
        }
        for key, label in self.identity.items():
            label.setText(values[key])
        for name in COUNT_FIELDS:
            self.edits[name].setText(number(getattr(desa, name)) if desa else "")
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(desa, name) if desa else "")
            self.edits[name].setCursorPosition(0)
        self.catatan.setPlainText(desa.catatan if desa else "")
        self.setEnabled(desa is not None)
        self._loading = False
        self.show_problems(validate_desa(desa) if desa else [])

    def edited(self) -> tuple[Desa | None, list[Problem]]:
        """The desa as typed, or None when a field cannot be read; plus every problem found."""
        if self._desa is None:
            return None, []
        counts: dict[str, int | None] = {}
        problems: list[Problem] = []
        for name in COUNT_FIELDS:
            counts[name], found = parse_count(self.edits[name].text(), name, MAX_COUNTS[name])
            problems.extend(found)
        if problems:
            return None, problems
        desa = self._desa.with_changes(
            **counts, alamat_sekretariat=self.edits["alamat_sekretariat"].text().strip(),
            telepon=self.edits["telepon"].text().strip(),
            catatan=self.catatan.toPlainText().strip(),
        )
        return desa, validate_desa(desa)

    def is_modified(self) -> bool:
        desa, _problems = self.edited()
        return self._desa is not None and (desa is None or desa != self._desa)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems)
        marked = {p.field: p for p in problems}
        for name, edit in (*self.edits.items(), ("catatan", self.catatan)):
            problem = marked.get(name)
            colour = None if problem is None else ERROR_COLOUR if problem.is_error else WARNING_COLOUR
            edit.setStyleSheet(f"border: 2px solid {colour};" if colour else "")

    def _on_edit(self) -> None:
        if self._loading:
            return
        self.show_problems(self.edited()[1])
        self.changed.emit()
