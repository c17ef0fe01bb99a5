"""Choosing a region from the official list: cascading lists, or a typed/pasted kode wilayah."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop import messages
from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError, OutsideScope, UnknownWilayah
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.services import wilayah

logger = logging.getLogger(__name__)

LEVEL_LABELS = {
    Level.PROVINSI: QT_TRANSLATE_NOOP("wilayah_picker", "&Provinsi:"),
    Level.KABKOTA: QT_TRANSLATE_NOOP("wilayah_picker", "&Kabupaten/Kota:"),
    Level.KECAMATAN: QT_TRANSLATE_NOOP("wilayah_picker", "K&ecamatan:"),
    Level.DESA: QT_TRANSLATE_NOOP("wilayah_picker", "&Desa/Kelurahan:"),
}
_PLACEHOLDER = QT_TRANSLATE_NOOP("wilayah_picker", "— pilih —")


class WilayahPicker(QWidget):
    """Emits `selection_changed(KodeWilayah | None)` whenever a complete, known code is chosen
    at `target` level (or the choice is undone). Levels at or above `fixed` cannot change."""

    selection_changed = Signal(object)

    def __init__(self, target: Level, fixed: KodeWilayah | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.fixed = fixed
        self._selected: KodeWilayah | None = None
        self.kode_edit = QLineEdit()
        self.kode_edit.setPlaceholderText(_example(target))
        self.kode_edit.setClearButtonEnabled(True)
        self.kode_edit.setAccessibleName(translate("wilayah_picker", "Kode wilayah"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(translate("wilayah_picker", "Kode yang mungkin dimaksud"))
        self.suggestions.setMaximumHeight(110)
        self.suggestions.hide()
        self.combos: dict[Level, QComboBox] = {}
        form = QFormLayout()
        label = QLabel(translate("wilayah_picker", "Kode &wilayah:"))
        label.setBuddy(self.kode_edit)
        form.addRow(label, self.kode_edit)
        for level in Level:
            if level > target:
                break
            combo = QComboBox()
            combo.setMinimumContentsLength(24)
            level_label = translate("wilayah_picker", LEVEL_LABELS[level])
            combo.setAccessibleName(level_label.replace("&", "").rstrip(":"))
            combo.currentIndexChanged.connect(lambda _i, lv=level: self._combo_changed(lv))
            self.combos[level] = combo
            row_label = QLabel(level_label)
            row_label.setBuddy(combo)
            form.addRow(row_label, combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestions)
        layout.addStretch(1)
        self.kode_edit.textEdited.connect(self._typed)
        self.suggestions.itemActivated.connect(self._suggestion_chosen)
        self.suggestions.itemClicked.connect(self._suggestion_chosen)
        self._fill(Level.PROVINSI, None)
        if fixed is not None:
            self.set_kode(fixed)
            for level, combo in self.combos.items():
                combo.setEnabled(level > fixed.level)

    def selected(self) -> KodeWilayah | None:
        return self._selected

    def set_kode(self, kode: KodeWilayah) -> None:
        """Select `kode` (and the regions above it) in the lists."""
        for level in Level:
            if level > min(kode.level, self.target):
                break
            combo = self.combos[level]
            pos = combo.findData(str(kode.at(level)))
            combo.setCurrentIndex(max(pos, 0))
        self.kode_edit.setText(str(kode))
        self._update_selection()

    def _fill(self, level: Level, parent: KodeWilayah | None) -> None:
        combo = self.combos[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("wilayah_picker", _PLACEHOLDER), None)
        if parent is not None or level is Level.PROVINSI:
            for region in wilayah.children(parent):
                combo.addItem(f"{region.nama}  ({region.kode})", str(region.kode))
        combo.blockSignals(False)

    def _combo_changed(self, level: Level) -> None:
        chosen = self.combos[level].currentData()
        below = [lv for lv in self.combos if lv > level]
        for lower in below:
            self._fill(lower, KodeWilayah.parse(chosen) if chosen and lower == level + 1 else None)
        deepest = self._deepest_chosen()
        self.kode_edit.setText(str(deepest) if deepest else "")
        self.suggestions.hide()
        self._update_selection()

    def _deepest_chosen(self) -> KodeWilayah | None:
        deepest = None
        for combo in self.combos.values():
            data = combo.currentData()
            if not data:
                break
            deepest = KodeWilayah.parse(data)
        return deepest

    def _typed(self, text: str) -> None:
        self.suggestions.clear()
        self.suggestions.hide()
        if not text.strip():
            self._show_status("")
            return
        try:
            kode = KodeWilayah.parse(text)
            if kode.level < self.target and len(kode.digits) < 10 and self.target is Level.DESA:
                self._show_status(translate("wilayah_picker", "Lanjutkan mengetik kode desa (10 angka)."))
                return
            if kode.level > self.target:
                kode = kode.at(self.target)
            if self.fixed is not None and not self.fixed.contains(kode):
                raise OutsideScope(str(kode), f"{self.fixed} {wilayah.name_of(self.fixed)}")
            wilayah.region(kode)
        except UnknownWilayah as exc:
            self._show_status(messages.unknown_kode(exc.kode), error=True)
            self._offer(exc.nearest)
            self._select_none()
            return
        except KksError as exc:
            self._show_status(messages.describe(exc), error=True)
            self._select_none()
            return
        for level in self.combos:
            if level > kode.level:
                break
            combo = self.combos[level]
            combo.setCurrentIndex(max(combo.findData(str(kode.at(level))), 0))
        self.kode_edit.setText(text)
        self._update_selection()

    def _offer(self, nearest: list[tuple[str, str]]) -> None:
        if not nearest:
            return
        for kode, nama in nearest:
            item = QListWidgetItem(f"{kode}  {nama}")
            item.setData(Qt.ItemDataRole.UserRole, kode)
            self.suggestions.addItem(item)
        self.suggestions.show()
        self.status.setText(self.status.text() + " " + translate(
            "wilayah_picker", "Mungkin yang Anda maksud (klik untuk memilih):"))

    def _suggestion_chosen(self, item: QListWidgetItem) -> None:
        self.set_kode(KodeWilayah.parse(item.data(Qt.ItemDataRole.UserRole)))
        self.suggestions.hide()

    def _select_none(self) -> None:
        combo = self.combos[self.target]
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        if self._selected is not None:
            self._selected = None
            self.selection_changed.emit(None)

    def _update_selection(self) -> None:
        deepest = self._deepest_chosen()
        chosen = deepest if deepest is not None and deepest.level is self.target else None
        if chosen is not None:
            names = [self.combos[lv].currentText().split("  (")[0] for lv in reversed(self.combos)]
            self._show_status(translate("wilayah_picker", "Terpilih: {wilayah}").format(
                wilayah=", ".join(names)))
        elif deepest is not None:
            self._show_status("")
        if chosen != self._selected:
            self._selected = chosen
            self.selection_changed.emit(chosen)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")


def _example(target: Level) -> str:
    return {
        Level.PROVINSI: translate("wilayah_picker", "mis. 33"),
        Level.KABKOTA: translate("wilayah_picker", "mis. 33.25"),
        Level.KECAMATAN: translate("wilayah_picker", "mis. 33.25.01"),
        Level.DESA: translate("wilayah_picker", "mis. 33.25.01.2001 atau 3325012001"),
    }[target]
