"""PokjaEditor: the Pokja tab of a desa (SK, sekretariat, tatanan, members); the caller saves."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.pokja import Anggota, Pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.messages import JABATAN_LABELS
from kks_desktop.services.reference import tatanan_list
from kks_desktop.ui.anggota_table_model import (
    COL_AKTIF_SEJAK,
    COL_JABATAN,
    COL_NAMA,
    COL_TELEPON,
    COL_UNSUR,
    AnggotaTableModel,
)
from kks_desktop.ui.date_field import OptionalDateEdit
from kks_desktop.ui.jabatan_delegate import JabatanDelegate
from kks_desktop.ui.problem_label import ProblemLabel

logger = logging.getLogger(__name__)

SEKRETARIAT_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("pokja_editor", "Belum diisi"), None),
    (QT_TRANSLATE_NOOP("pokja_editor", "Ada"), True),
    (QT_TRANSLATE_NOOP("pokja_editor", "Tidak ada"), False))
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnggotaTableView(QTableView):
    """A member table where Enter on a cell that is not being edited starts editing it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (event.key() in _ENTER_KEYS and index.isValid()
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class PokjaEditor(QWidget):
    """Shows one Pokja for editing; `pokja()` builds the edited value, `changed` tells of edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._uuid = ""
        self._baseline = Pokja()
        self._build()
        self._connect()
        self.set_pokja(Pokja())

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.sk_nomor = QLineEdit()
        self.sk_nomor.setPlaceholderText(translate("pokja_editor", "mis. 141/12/2023"))
        self.sk_tanggal = OptionalDateEdit()
        self.sk_penandatangan = QLineEdit()
        self.sk_penandatangan.setPlaceholderText(translate("pokja_editor", "Kepala Desa ..."))
        self.sekretariat = QComboBox()
        for text, _value in SEKRETARIAT_CHOICES:
            self.sekretariat.addItem(translate("pokja_editor", text))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in ((translate("pokja_editor", "Nomo&r SK:"), self.sk_nomor),
                            (translate("pokja_editor", "Tan&ggal SK:"), self.sk_tanggal),
                            (translate("pokja_editor", "Ditandatangani &oleh:"),
                             self.sk_penandatangan),
                            (translate("pokja_editor", "Se&kretariat Pokja:"), self.sekretariat)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.tatanan = QListWidget()
        self.tatanan.setAccessibleName(translate("pokja_editor", "Tatanan yang dipilih"))
        self.tatanan.setToolTip(translate(
            "pokja_editor", "Centang tatanan yang dipilih Pokja (Spasi untuk mencentang)."))
        self.tatanan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tatanan_label = QLabel(translate("pokja_editor", "Tatanan &yang dipilih:"))
        tatanan_label.setBuddy(self.tatanan)

        self.model = AnggotaTableModel(self)
        self.table = AnggotaTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(JabatanDelegate(self.table))
        self.table.setAccessibleName(translate("pokja_editor", "Anggota Pokja"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self._size_columns()
        anggota_label = QLabel(translate("pokja_editor", "&Anggota Pokja:"))
        anggota_label.setBuddy(self.table)

        self.tambah_button = QPushButton(translate("pokja_editor", "&Tambah anggota"))
        self.hapus_button = QPushButton(translate("pokja_editor", "&Hapus anggota"))
        self.naik_button = QPushButton(translate("pokja_editor", "Na&ik"))
        self.turun_button = QPushButton(translate("pokja_editor", "T&urun"))
        self.naik_button.setToolTip(
            translate("pokja_editor", "Pindahkan anggota terpilih satu baris ke atas"))
        self.turun_button.setToolTip(
            translate("pokja_editor", "Pindahkan anggota terpilih satu baris ke bawah"))
        buttons = QVBoxLayout()
        for button in (self.tambah_button, self.hapus_button, self.naik_button,
                       self.turun_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.problems_label = ProblemLabel()

        grid = QGridLayout(self)
        grid.addLayout(form, 0, 0, 2, 1)
        grid.addWidget(tatanan_label, 0, 1)
        grid.addWidget(self.tatanan, 1, 1)
        grid.addWidget(anggota_label, 2, 0, 1, 2)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)
        grid.addLayout(table_row, 3, 0, 1, 2)
        grid.addWidget(self.problems_label, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)

        for first, second in ((self.sk_nomor, self.sk_tanggal),
                              (self.sk_tanggal, self.sk_penandatangan),
                              (self.sk_penandatangan, self.sekretariat),
                              (self.sekretariat, self.tatanan), (self.tatanan, self.table),
                              (self.table, self.tambah_button),
                              (self.tambah_button, self.hapus_button),
                              (self.hapus_button, self.naik_button),
                              (self.naik_button, self.turun_button)):
            QWidget.setTabOrder(first, second)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        # Names keep their room; when the tab is narrow the table scrolls sideways instead.
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        header.resizeSection(COL_NAMA, metrics.horizontalAdvance(
            "Muhammad Sutrisno Rahmawati"))  # teks-tetap: a width sample
        widest_jabatan = max(metrics.horizontalAdvance(translate("messages", t))
                             for t in JABATAN_LABELS.values())
        unsur = metrics.horizontalAdvance("Tokoh masyarakat RW")  # teks-tetap: a width sample
        for column, width in ((COL_JABATAN, widest_jabatan + 48),
                              (COL_UNSUR, unsur + 24),
                              (COL_TELEPON, metrics.horizontalAdvance("0812-3456-78901") + 24),
                              (COL_AKTIF_SEJAK, metrics.horizontalAdvance("00/00/00000") + 48)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(metrics.horizontalAdvance(
            translate("anggota_table_model", "Nama")) + 24)
        self.table.setMinimumWidth(metrics.horizontalAdvance("M") * 30)

    def _connect(self) -> None:
        self.sk_nomor.textChanged.connect(self._on_edit)
        self.sk_tanggal.dateChanged.connect(self._on_edit)
        self.sk_penandatangan.textChanged.connect(self._on_edit)
        self.sekretariat.currentIndexChanged.connect(self._on_edit)
        self.tatanan.itemChanged.connect(self._on_edit)
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._on_edit)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                       self.model.modelReset):
            signal.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.tambah_button.clicked.connect(self.add_member)
        self.hapus_button.clicked.connect(self.remove_selected_members)
        self.naik_button.clicked.connect(lambda: self.move_current_member(-1))
        self.turun_button.clicked.connect(lambda: self.move_current_member(1))

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # -- public API -----------------------------------------------------------------------

    def set_pokja(self, pokja: Pokja) -> None:
        """Show `pokja` in every widget without emitting `changed`; it becomes the baseline."""
        self._loading = True
        try:
            self._uuid = pokja.uuid
            self.sk_nomor.setText(pokja.sk_nomor)
            self.sk_tanggal.set_date_value(pokja.sk_tanggal)
            self.sk_penandatangan.setText(pokja.sk_penandatangan)
            values = [value for _text, value in SEKRETARIAT_CHOICES]
            self.sekretariat.setCurrentIndex(values.index(pokja.sekretariat_ada))
            self._fill_tatanan(pokja.tatanan)
            self.model.set_members(pokja.anggota)
        finally:
            self._loading = False
        self.show_problems([])
        self._baseline = self.pokja()
        self._update_buttons()

    def pokja(self) -> Pokja:
        """The Pokja as edited, keeping its uuid and the uuids of its members."""
        self._commit_open_editor()
        return Pokja(
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=self.sk_tanggal.date_value(),
            sk_penandatangan=self.sk_penandatangan.text().strip(),
            sekretariat_ada=SEKRETARIAT_CHOICES[max(self.sekretariat.currentIndex(), 0)][1],
            anggota=tuple(_trimmed(m) for m in self.model.members()),
            tatanan=self._checked_tatanan(),
            uuid=self._uuid,
        )

    def is_modified(self) -> bool:
        """True when the widgets no longer show the Pokja given to the last set_pokja."""
        return self.pokja() != self._baseline

    def show_problems(self, problems: list[Problem]) -> None:
        """List the text of each problem: errors (red) first, then warnings (amber)."""
        self.problems_label.show_problems(problems)

    # -- members --------------------------------------------------------------------------

    def add_member(self) -> None:
        """Append an empty member and start editing its name."""
        self._commit_open_editor()
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, COL_NAMA)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def remove_selected_members(self) -> None:
        """Remove every selected row (or the current one when nothing is selected)."""
        self._commit_open_editor()
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        for row in sorted(rows, reverse=True):
            self.model.removeRows(row, 1)
        if rows and self.model.rowCount():
            self._select_row(min(min(rows), self.model.rowCount() - 1))

    def move_current_member(self, delta: int) -> None:
        """Move the current member up (-1) or down (+1), keeping it selected."""
        self._commit_open_editor()
        index = self.table.currentIndex()
        if index.isValid() and self.model.move_row(index.row(), delta):
            self._select_row(index.row() + delta, index.column())

    def _select_row(self, row: int, column: int = COL_NAMA) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _commit_open_editor(self) -> None:
        """Write a cell that is still being edited into the model (e.g. before Ctrl+S)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)

    def _update_buttons(self, *_args: object) -> None:
        current = self.table.currentIndex()
        rows = self.model.rowCount()
        has_selection = self.table.selectionModel().hasSelection() or current.isValid()
        self.hapus_button.setEnabled(rows > 0 and has_selection)
        self.naik_button.setEnabled(current.isValid() and current.row() > 0)
        self.turun_button.setEnabled(current.isValid() and current.row() < rows - 1)

    # -- tatanan --------------------------------------------------------------------------

    def _fill_tatanan(self, chosen: tuple[str, ...]) -> None:
        reference = tatanan_list()
        self.tatanan.clear()
        entries = [(t.id, translate("acuan", t.nama)) for t in reference.items]
        unknown = [tid for tid in chosen if tid not in reference.ids]
        if unknown:
            logger.info("Pokja lists tatanan outside %s: %s", reference.edition, unknown)
        entries += [(tid, translate("pokja_editor", "{tatanan} (tidak ada dalam daftar tatanan)")
                     .format(tatanan=tid)) for tid in unknown]
        for tid, nama in entries:
            item = QListWidgetItem(nama)
            item.setToolTip(nama)
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if tid in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.tatanan.addItem(item)
        # Show every tatanan without scrolling, and no more room than that.
        rows_height = sum(self.tatanan.sizeHintForRow(row) for row in range(self.tatanan.count()))
        self.tatanan.setFixedHeight(rows_height + 2 * self.tatanan.frameWidth() + 4)

    def _checked_tatanan(self) -> tuple[str, ...]:
        items = (self.tatanan.item(row) for row in range(self.tatanan.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)


def _trimmed(member: Anggota) -> Anggota:
    return dataclasses.replace(member, nama=member.nama.strip(), unsur=member.unsur.strip(),
                               telepon=member.telepon.strip())

