"""KesiapanDaftar: one checklist judged for one region: score, what is still missing, the grouped items."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kesiapan_fakta import StatusButir
from kks_desktop.domain.kesiapan_nilai import HasilButir, HasilDaftar
from kks_desktop.messages import percent_text
from kks_desktop.messages_kesiapan import STATUS_LABELS, STATUS_SYMBOLS, alasan_text, status_text
from kks_desktop.ui.kesiapan_tree_model import (
    COL_ALASAN,
    COL_BUKTI,
    COL_BUTIR,
    COL_STATUS,
    MANUAL_TEXT,
    KesiapanTreeModel,
    bukti_lines,
)

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
KURANG_ROWS = 4  # rows of "Yang masih kurang" shown before it scrolls
DETAIL_LINES = 5  # lines of the chosen item's details shown before they scroll
NO_SELECTION = QT_TRANSLATE_NOOP(
    "kesiapan_daftar", "Pilih satu butir untuk melihat bantuannya. Butir isian manual dijawab dengan "
    "tombol Jawab…, Enter atau klik ganda.")
SEMUA_TERPENUHI = QT_TRANSLATE_NOOP("kesiapan_daftar", "✓ Semua butir terpenuhi.")


class WrapDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text needs at the current column widths (QTreeView asks its
    delegate without a width, so the view's header is read here)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.header().sectionResized.connect(self._widths_changed)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or self.view.isFirstColumnSpanned(index.row(), index.parent()):
            return hint
        width = self.view.header().sectionSize(index.column()) - 12
        if index.column() == 0:
            width -= self.view.indentation()
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(hint.width(), max(hint.height(), rect.height() + 10))

    def _widths_changed(self, *_args: object) -> None:
        self.sizeHintChanged.emit(QModelIndex())


class KesiapanDaftar(QWidget):
    """Emits `jawab_requested(butir id)` when the user asks to answer a manual item (Enter,
    double-click or Jawab…); answering is the page's business."""

    jawab_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hasil: HasilDaftar | None = None
        self.judul = QLabel()
        self.judul.setWordWrap(True)
        self.judul.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        self.jumlah = QLabel()
        self.jumlah.setWordWrap(True)
        self.skor = QLabel()
        self.skor.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f4e79;")
        self.skor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.kurang_title = QLabel(translate("kesiapan_daftar", "Yang masih kurang (terpenting dahulu):"))
        self.kurang_title.setStyleSheet("font-weight: bold;")
        self.kurang = QListWidget()
        self.kurang.setAccessibleName(translate("kesiapan_daftar", "Yang masih kurang"))
        self.kurang.setWordWrap(False)  # one line each; the full reason is in the tooltip
        self.kurang.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.kurang.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kurang.setUniformItemSizes(True)
        self.kurang.setAlternatingRowColors(True)
        self.kurang.itemClicked.connect(self._kurang_chosen)
        self.kurang.itemActivated.connect(self._kurang_chosen)
        self.kurang_title.setBuddy(self.kurang)
        self.model = KesiapanTreeModel(self)
        self.tree = self._make_tree()
        self.detail = QLabel(translate("kesiapan_daftar", NO_SELECTION))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.jawab_button = QPushButton(translate("kesiapan_daftar", "&Jawab…"))
        self.jawab_button.setEnabled(False)
        self.jawab_button.clicked.connect(self._jawab_current)
        self._layout()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setAccessibleName(translate("kesiapan_daftar", "Butir daftar periksa"))
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setAlternatingRowColors(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setItemDelegate(WrapDelegate(tree))
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_STATUS, tree.indentation() + 36
                             + self.fontMetrics().horizontalAdvance(status_text(
                                 StatusButir.TIDAK_DIKETAHUI)))
        for column in (COL_BUTIR, COL_ALASAN, COL_BUKTI):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        tree.activated.connect(self._activated)
        tree.selectionModel().currentRowChanged.connect(self._current_changed)
        return tree

    def _layout(self) -> None:
        heading = QVBoxLayout()
        heading.addWidget(self.judul)
        heading.addWidget(self.jumlah)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.skor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        scroll.viewport().setAutoFillBackground(False)
        self.detail.setAutoFillBackground(False)
        scroll.setFixedHeight(self.fontMetrics().lineSpacing() * DETAIL_LINES + 8)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QHBoxLayout(panel)
        panel_layout.addWidget(scroll, 1)
        panel_layout.addWidget(self.jawab_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.kurang_title)
        layout.addWidget(self.kurang)
        layout.addWidget(self.tree, 1)
        layout.addWidget(panel)

    # --- showing ------------------------------------------------------------------------------
    def set_hasil(self, hasil: HasilDaftar | None, nama: str = "") -> None:
        """Show `hasil` for the region `nama`, keeping the chosen item when it is still there."""
        keep = self.current_hasil()
        same = hasil is not None and self.hasil is not None and (
            hasil.definisi.id == self.hasil.definisi.id)
        self.hasil = hasil
        self._show_header(hasil, nama)
        self._fill_kurang(hasil)
        self.model.set_hasil(hasil)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if not (keep is not None and same and self.select_butir(keep.butir.id)):
            self._current_changed(QModelIndex())

    def _show_header(self, hasil: HasilDaftar | None, nama: str) -> None:
        if hasil is None:
            for label in (self.judul, self.jumlah, self.skor):
                label.clear()
            return
        d = hasil.definisi
        judul = translate("acuan", d.judul)
        self.judul.setText(f"{judul} — {nama}" if nama else judul)
        self.skor.setText(translate("kesiapan_daftar", "Skor {skor}").format(skor=percent_text(hasil.skor)))
        self.skor.setToolTip(translate("kesiapan_daftar", "Bobot butir terpenuhi ditambah setengah bobot "
                                       "butir sebagian, dibagi jumlah bobot semua butir."))
        self.jumlah.setText("    ".join(
            f"{STATUS_SYMBOLS[s]} {translate('messages_kesiapan', STATUS_LABELS[s])}: {hasil.jumlah(s)}"
            for s in StatusButir) + "    ·  " + translate(
            "kesiapan_daftar", "siklus {siklus}, {jumlah} butir").format(
            siklus=d.siklus, jumlah=len(hasil.butir)))

    def _fill_kurang(self, hasil: HasilDaftar | None) -> None:
        self.kurang.clear()
        missing = hasil.kurang if hasil is not None else ()
        for h in missing:
            text = f"{STATUS_SYMBOLS[h.status]} {translate('acuan', h.butir.label)} — {alasan_text(h.temuan)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, h.butir.id)
            item.setToolTip(f"{translate('messages_kesiapan', STATUS_LABELS[h.status])}: "
                            f"{alasan_text(h.temuan)}")
            self.kurang.addItem(item)
        if hasil is not None and not missing:
            item = QListWidgetItem(translate("kesiapan_daftar", SEMUA_TERPENUHI))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.kurang.addItem(item)
        rows = min(max(self.kurang.count(), 1), KURANG_ROWS)
        row_height = max(self.kurang.sizeHintForRow(0), self.fontMetrics().height())
        self.kurang.setFixedHeight(rows * row_height + 2 * self.kurang.frameWidth() + 2)

    def kurang_ids(self) -> list[str]:
        """The item ids of "Yang masih kurang", top to bottom."""
        items = (self.kurang.item(r) for r in range(self.kurang.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.data(Qt.ItemDataRole.UserRole)]

    # --- choosing -----------------------------------------------------------------------------
    def current_hasil(self) -> HasilButir | None:
        return self.model.hasil_at(self.tree.currentIndex())

    def select_butir(self, butir_id: str) -> bool:
        """Make the row of that item current and visible."""
        index = self.model.index_of(butir_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def _kurang_chosen(self, item: QListWidgetItem) -> None:
        butir_id = item.data(Qt.ItemDataRole.UserRole)
        if butir_id:
            self.select_butir(str(butir_id))

    def _current_changed(self, current: Index, _previous: Index | None = None) -> None:
        hasil = self.model.hasil_at(current)
        self.jawab_button.setEnabled(hasil is not None and hasil.butir.manual)
        self.jawab_button.setText(translate("kesiapan_daftar", "Ubah &jawaban…")
                                  if hasil is not None and hasil.jawaban
                                  else translate("kesiapan_daftar", "&Jawab…"))
        self.jawab_button.setToolTip(
            "" if hasil is None or hasil.butir.manual else
            translate("kesiapan_daftar", "Butir ini dinilai otomatis dari data program; ubah datanya "
                      "di tempat yang disebut."))
        self.detail.setText(detail_html(hasil) if hasil is not None
                            else translate("kesiapan_daftar", NO_SELECTION))

    def _activated(self, index: QModelIndex) -> None:
        hasil = self.model.hasil_at(index)
        if hasil is not None and hasil.butir.manual:
            self.jawab_requested.emit(hasil.butir.id)

    def _jawab_current(self) -> None:
        self._activated(self.tree.currentIndex())


def detail_html(hasil: HasilButir) -> str:
    """The chosen item in full: status, reason, evidence, and what counts (its help text)."""
    b = hasil.butir
    kind = translate("kesiapan_tree_model", MANUAL_TEXT) if b.manual \
        else translate("kesiapan_daftar", "(dinilai otomatis)")
    bobot = f"{b.bobot:g}".replace(".", ",")
    lines = [f"<b>{escape(status_text(hasil.status))} · {escape(translate('acuan', b.label))}</b> "
             + translate("kesiapan_daftar", "{cara}, bobot {bobot}").format(cara=kind, bobot=bobot),
             translate("kesiapan_daftar", "Alasan: {alasan}").format(
                 alasan=escape(alasan_text(hasil.temuan)))]
    bukti = bukti_lines(hasil)
    if bukti:
        lines.append(translate("kesiapan_daftar", "Bukti: {bukti}").format(bukti=escape("; ".join(bukti))))
    if b.manual:
        help_text = translate("kesiapan_daftar", "Yang dihitung sebagai bukti: {bantuan}").format(
            bantuan=translate("acuan", b.bantuan)) if b.bantuan else ""
    else:
        help_text = translate("kesiapan_daftar", "Dinilai otomatis dari data program. Asal datanya: "
                              "{bantuan}").format(bantuan=translate("acuan", b.bantuan))
    if help_text:
        lines.append(f'<span style="color:#5f6b76">{escape(help_text)}</span>')  # teks-tetap: markup
    return "<br>".join(lines)
