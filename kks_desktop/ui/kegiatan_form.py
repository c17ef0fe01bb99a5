"""KegiatanForm: the "Data kegiatan" tab (jenis, judul, dates, wilayah, materi, narasumber)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import MAX_HARI, AsalNarasumber, Kegiatan, Narasumber
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.messages_kegiatan import ASAL_LABELS
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.date_field import DISPLAY_FORMAT
from kks_desktop.ui.formatting import INDONESIAN
from kks_desktop.ui.problem_label import ERROR_COLOUR

logger = logging.getLogger(__name__)

NS_NAMA, NS_INSTANSI, NS_ASAL, NS_MATERI = range(4)
NS_HEADERS = (QT_TRANSLATE_NOOP("kegiatan_form", "Nama"), QT_TRANSLATE_NOOP("kegiatan_form", "Instansi"),
              QT_TRANSLATE_NOOP("kegiatan_form", "Asal"),
              QT_TRANSLATE_NOOP("kegiatan_form", "Materi yang dibawakan"))
ASAL_ORDER: tuple[AsalNarasumber | None, ...] = (None, *AsalNarasumber)
_Index = QModelIndex | QPersistentModelIndex


def _box(box: QBoxLayout, *items: QWidget | QLayout | None) -> QBoxLayout:
    """`box` holding `items` in order; None stands for a stretch."""
    for item in items:
        if item is None:
            box.addStretch(1)
        elif isinstance(item, QWidget):
            box.addWidget(item)
        else:
            box.addLayout(item)
    return box


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    edit.setLocale(INDONESIAN)
    edit.setAccessibleName(name)
    return edit


class AsalDelegate(QStyledItemDelegate):
    """The Asal column of the narasumber table: a combo of ASAL_LABELS (or empty)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() != NS_ASAL:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("kegiatan_form", "Asal narasumber"))
        for asal in ASAL_ORDER:
            combo.addItem(translate("messages_kegiatan", ASAL_LABELS[asal]) if asal else "—",
                          asal.value if asal else "")
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole) or ""), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText() if editor.currentData() else "",
                          Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class KegiatanForm(QWidget):
    """Shows the session's own data; `apply(base)` gives `base` with what the form holds. The
    regions to choose from are handed in (`set_choices`) before `load`.

    `changed` tells of any edit; `dates_changed(hari, mulai)` of a new number of days or start
    (an int and a datetime.date), so the attendance columns can follow."""

    changed = Signal()
    dates_changed = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._hari = 1
        self._mulai = dt.date.today()
        self._build_fields()
        self._build_materi()
        self._build_narasumber()
        self._lay_out()
        self._connect()

    # -- building -------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.jenis = QComboBox()
        for pilihan in acuan_kegiatan().jenis:
            self.jenis.addItem(translate("acuan", pilihan.label), pilihan.id)
        self.judul = QLineEdit()
        self.judul.setPlaceholderText(
            translate("kegiatan_form", "mis. Orientasi Kabupaten Sehat bagi Pokja Desa"))
        self.mulai = _date_edit(translate("kegiatan_form", "Tanggal mulai"))
        self.selesai = _date_edit(translate("kegiatan_form", "Tanggal selesai"))
        self.lama = QLabel()
        self.wilayah = QComboBox()
        self.wilayah.setAccessibleName(translate("kegiatan_form", "Wilayah kegiatan"))
        self.wilayah.setToolTip(
            translate("kegiatan_form", "Desa, kecamatan atau kabupaten tempat kegiatan ini dicatat"))
        self.tempat = QLineEdit()
        self.tempat.setPlaceholderText(translate("kegiatan_form", "mis. Aula Balai Desa"))
        self.penyelenggara = QLineEdit()
        self.penyelenggara.setPlaceholderText(
            translate("kegiatan_form", "mis. Dinas Kesehatan bersama Bappelitbangda"))
        self.batas_lulus = QDoubleSpinBox()
        self.batas_lulus.setLocale(INDONESIAN)
        self.batas_lulus.setRange(0, 100)
        self.batas_lulus.setDecimals(1)
        self.batas_lulus.setToolTip(
            translate("kegiatan_form", "Nilai post-test paling rendah yang dihitung lulus"))
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setAccessibleName(translate("kegiatan_form", "Catatan"))
        self.catatan.setMinimumHeight(self.fontMetrics().height() * 3)
        self.problem_fields: dict[str, QWidget] = {
            "jenis": self.jenis, "judul": self.judul, "mulai": self.mulai, "selesai": self.selesai,
            "tempat": self.tempat, "penyelenggara": self.penyelenggara,
            "batas_lulus": self.batas_lulus, "catatan": self.catatan}

    def _build_materi(self) -> None:
        self.materi = QListWidget()
        self.materi.setAccessibleName(translate("kegiatan_form", "Materi"))
        self.problem_fields["materi"] = self.materi
        self.materi.setWordWrap(True)  # a long topic wraps instead of scrolling sideways
        self.materi.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.materi.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.materi_buttons = {key: QPushButton(text) for key, text in (
            ("tambah", translate("kegiatan_form", "Tambah &materi")),
            ("hapus", translate("kegiatan_form", "Hapus")), ("naik", translate("kegiatan_form", "Naik")),
            ("turun", translate("kegiatan_form", "Turun")))}

    def _build_narasumber(self) -> None:
        table = QTableWidget(0, len(NS_HEADERS))
        table.setHorizontalHeaderLabels([translate("kegiatan_form", h) for h in NS_HEADERS])
        table.setAccessibleName(translate("kegiatan_form", "Narasumber dan fasilitator"))
        table.setItemDelegate(AsalDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(True)
        table.verticalHeader().hide()
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        header = table.horizontalHeader()
        for column, sample in ((NS_NAMA, "dr. Yulianto Prabowo, M.Kes"),  # teks-tetap: width samples
                               (NS_INSTANSI, "Dinas Kesehatan Provinsi"),
                               (NS_ASAL, "Kabupaten/Kota  ▾")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(NS_MATERI, QHeaderView.ResizeMode.Stretch)
        self.narasumber = table
        self.ns_tambah = QPushButton(translate("kegiatan_form", "Tambah narasumber"))
        self.ns_hapus = QPushButton(translate("kegiatan_form", "Hapus narasumber"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        dates = _box(QHBoxLayout(), self.mulai, QLabel(translate("kegiatan_form", "s.d.")),
                     self.selesai, self.lama, None)
        for text, field in ((translate("kegiatan_form", "&Jenis kegiatan:"), self.jenis),
                            (translate("kegiatan_form", "J&udul/topik:"), self.judul),
                            (translate("kegiatan_form", "&Tanggal:"), self.mulai),
                            (translate("kegiatan_form", "&Wilayah:"), self.wilayah),
                            (translate("kegiatan_form", "Temp&at:"), self.tempat),
                            (translate("kegiatan_form", "Pen&yelenggara:"), self.penyelenggara),
                            (translate("kegiatan_form", "Batas &lulus post-test:"), self.batas_lulus),
                            (translate("kegiatan_form", "&Catatan:"), self.catatan)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, dates if field is self.mulai else field)
        materi_label = QLabel(translate("kegiatan_form", "Materi (urut sesuai jadwal):"))
        materi_label.setBuddy(self.materi)
        ns_label = QLabel(translate("kegiatan_form", "Narasumber/fasilitator:"))
        ns_label.setBuddy(self.narasumber)
        grid = QGridLayout(self)
        grid.addLayout(form, 0, 0)
        grid.addLayout(_box(QVBoxLayout(), materi_label, _box(
            QHBoxLayout(), self.materi, _box(QVBoxLayout(), *self.materi_buttons.values(), None))),
            0, 1)
        grid.addLayout(_box(QHBoxLayout(), ns_label, None, self.ns_tambah, self.ns_hapus),
                       1, 0, 1, 2)
        grid.addWidget(self.narasumber, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)

    def _connect(self) -> None:
        for signal in (self.jenis.currentIndexChanged, self.judul.textChanged,
                       self.wilayah.currentIndexChanged, self.tempat.textChanged,
                       self.penyelenggara.textChanged, self.batas_lulus.valueChanged,
                       self.catatan.textChanged, self.materi.itemChanged,
                       self.materi.model().rowsMoved, self.materi.model().rowsRemoved,
                       self.materi.model().rowsInserted, self.narasumber.itemChanged,
                       self.narasumber.model().rowsRemoved, self.narasumber.model().rowsInserted):
            signal.connect(self._on_edit)
        self.mulai.dateChanged.connect(self._mulai_changed)
        self.selesai.dateChanged.connect(self._dates_changed)
        self.materi_buttons["tambah"].clicked.connect(self.add_materi)
        self.materi_buttons["hapus"].clicked.connect(self.remove_materi)
        self.materi_buttons["naik"].clicked.connect(lambda: self.move_materi(-1))
        self.materi_buttons["turun"].clicked.connect(lambda: self.move_materi(1))
        self.materi.currentRowChanged.connect(self._update_buttons)
        self.ns_tambah.clicked.connect(self.add_narasumber)
        self.ns_hapus.clicked.connect(self.remove_narasumber)
        self.narasumber.currentCellChanged.connect(self._update_buttons)

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
        self._update_buttons()

    # -- public API -----------------------------------------------------------------------
    def set_choices(self, wilayah: list[tuple[KodeWilayah, str]]) -> None:
        """The regions (kode, name) a session may belong to; the current choice is kept."""
        keep = self.wilayah.currentData()
        loading, self._loading = self._loading, True
        self.wilayah.clear()
        for kode, nama in wilayah:
            self.wilayah.addItem(f"{nama}  ({kode})", str(kode))
        self.wilayah.setCurrentIndex(max(self.wilayah.findData(keep), 0))
        self._loading = loading

    def load(self, kegiatan: Kegiatan) -> None:
        """Show `kegiatan` without emitting `changed`."""
        self._loading = True
        try:
            position = self.jenis.findData(kegiatan.jenis)
            if position < 0:
                self.jenis.addItem(kegiatan.jenis, kegiatan.jenis)
                position = self.jenis.count() - 1
            self.jenis.setCurrentIndex(position)
            self.judul.setText(kegiatan.judul)
            self.selesai.setMinimumDate(QDate(1900, 1, 1))
            self.mulai.setDate(_qdate(kegiatan.mulai))
            self.selesai.setDate(_qdate(kegiatan.selesai))
            self._choose_wilayah(kegiatan.wilayah)
            self.tempat.setText(kegiatan.tempat)
            self.penyelenggara.setText(kegiatan.penyelenggara)
            self.batas_lulus.setValue(kegiatan.batas_lulus)
            self.catatan.setPlainText(kegiatan.catatan)
            self.materi.clear()
            for judul in kegiatan.materi:
                self._add_materi_item(judul)
            self.narasumber.setRowCount(0)
            for speaker in kegiatan.narasumber:
                self._add_narasumber_row(speaker)
        finally:
            self._loading = False
        self.set_problems([])
        self._hari, self._mulai = self._show_lama(), kegiatan.mulai
        self._update_buttons()

    def apply(self, base: Kegiatan) -> Kegiatan:
        """`base` with every field of this tab as edited (a cell still being typed in included)."""
        for view in (self.materi, self.narasumber):
            if view.state() == QAbstractItemView.State.EditingState:
                editor = view.indexWidget(view.currentIndex())
                if editor is not None:
                    view.commitData(editor)
        kode = self.wilayah.currentData()
        return base.with_changes(
            jenis=str(self.jenis.currentData()), judul=self.judul.text().strip(),
            mulai=_pydate(self.mulai.date()), selesai=_pydate(self.selesai.date()),
            wilayah=KodeWilayah.parse(kode) if kode else base.wilayah,
            tempat=self.tempat.text().strip(), penyelenggara=self.penyelenggara.text().strip(),
            batas_lulus=round(self.batas_lulus.value(), 1), catatan=self.catatan.toPlainText(),
            materi=self._materi(), narasumber=self._narasumber())

    def hari(self) -> int:
        return self._hari

    def set_problems(self, problems: list[Problem]) -> None:
        """Mark the fields of this tab that have an error."""
        wrong = {p.field for p in problems if p.is_error}
        for name, widget in self.problem_fields.items():
            widget.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};" if name in wrong else "")

    # -- dates ----------------------------------------------------------------------------
    def _mulai_changed(self, new: QDate) -> None:
        """A new start keeps the number of days: the end moves along."""
        if not self._loading:
            self.selesai.setMinimumDate(QDate(1900, 1, 1))
            self.selesai.setDate(new.addDays(self._hari - 1))
        self._dates_changed()

    def _show_lama(self) -> int:
        """Keep the end on or after the start and show the number of days; returns it."""
        self.selesai.setMinimumDate(self.mulai.date())
        hari = max(1, self.mulai.date().daysTo(self.selesai.date()) + 1)
        if hari == 1:
            self.lama.setText(translate("kegiatan_form", "(1 hari)"))
        else:
            self.lama.setText((translate("kegiatan_form", "({hari} hari)") if hari <= MAX_HARI
                               else translate("kegiatan_form", "({hari} hari: terlalu lama)")
                               ).format(hari=hari))
        return hari

    def _dates_changed(self, *_args: object) -> None:
        if self._loading:
            return
        hari, mulai = self._show_lama(), _pydate(self.mulai.date())
        self.changed.emit()
        if (hari, mulai) != (self._hari, self._mulai):
            self._hari, self._mulai = hari, mulai
            self.dates_changed.emit(hari, mulai)

    def _choose_wilayah(self, kode: KodeWilayah) -> None:
        position = self.wilayah.findData(str(kode))
        if position < 0:  # not among the choices handed in: shown by its code
            self.wilayah.addItem(str(kode), str(kode))
            position = self.wilayah.count() - 1
        self.wilayah.setCurrentIndex(position)

    # -- materi ---------------------------------------------------------------------------
    def _add_materi_item(self, judul: str) -> QListWidgetItem:
        item = QListWidgetItem(judul)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.materi.addItem(item)
        return item

    def _materi(self) -> tuple[str, ...]:
        texts = (self.materi.item(row).text().strip() for row in range(self.materi.count()))
        return tuple(t for t in texts if t)

    def add_materi(self) -> None:
        item = self._add_materi_item("")
        self.materi.setCurrentItem(item)
        self.materi.editItem(item)

    def remove_materi(self) -> None:
        row = self.materi.currentRow()
        if row >= 0:
            self.materi.takeItem(row)

    def move_materi(self, delta: int) -> None:
        row = self.materi.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.materi.count():
            return
        item = self.materi.takeItem(row)
        self.materi.insertItem(target, item)
        self.materi.setCurrentRow(target)

    # -- narasumber -----------------------------------------------------------------------
    def _add_narasumber_row(self, speaker: Narasumber) -> int:
        row = self.narasumber.rowCount()
        loading, self._loading = self._loading, True
        self.narasumber.insertRow(row)
        for column, text in ((NS_NAMA, speaker.nama), (NS_INSTANSI, speaker.instansi),
                             (NS_MATERI, speaker.materi)):
            self.narasumber.setItem(row, column, QTableWidgetItem(text))
        asal = QTableWidgetItem(translate("messages_kegiatan", ASAL_LABELS[speaker.asal])
                                if speaker.asal else "")
        asal.setData(Qt.ItemDataRole.UserRole, speaker.asal.value if speaker.asal else "")
        self.narasumber.setItem(row, NS_ASAL, asal)
        self._loading = loading
        return row

    def _cell(self, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        item = self.narasumber.item(row, column)
        value = item.data(role) if item is not None else None
        return str(value).strip() if value else ""

    def _narasumber(self) -> tuple[Narasumber, ...]:
        """Every row that holds something (a wholly empty row is left out)."""
        speakers = []
        for row in range(self.narasumber.rowCount()):
            asal = self._cell(row, NS_ASAL, Qt.ItemDataRole.UserRole)
            speaker = Narasumber(self._cell(row, NS_NAMA), self._cell(row, NS_INSTANSI),
                                 AsalNarasumber(asal) if asal else None,
                                 self._cell(row, NS_MATERI))
            if speaker != Narasumber(""):
                speakers.append(speaker)
        return tuple(speakers)

    def add_narasumber(self) -> None:
        row = self._add_narasumber_row(Narasumber(""))
        self.changed.emit()
        self.narasumber.setCurrentCell(row, NS_NAMA)
        self.narasumber.setFocus()
        self.narasumber.editItem(self.narasumber.item(row, NS_NAMA))  # type: ignore[arg-type]

    def remove_narasumber(self) -> None:
        row = self.narasumber.currentRow()
        if row >= 0:
            self.narasumber.removeRow(row)

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.materi.currentRow(), self.materi.count()
        self.materi_buttons["hapus"].setEnabled(row >= 0)
        self.materi_buttons["naik"].setEnabled(row > 0)
        self.materi_buttons["turun"].setEnabled(0 <= row < count - 1)
        self.ns_hapus.setEnabled(self.narasumber.currentRow() >= 0)
