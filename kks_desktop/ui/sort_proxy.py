"""The sort/filter proxy every list uses: compares raw values, empty ones lowest, text case-blind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex


class SortProxy(QSortFilterProxyModel):
    """Sorts by EditRole (numbers as numbers, dates as dates) and filters on every column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.EditRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: Index, right: Index) -> bool:
        return _key(left.data(self.sortRole())) < _key(right.data(self.sortRole()))


def _key(value: Any) -> tuple[int, Any]:
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, str):
        return (2, value.casefold())
    return (1, value)
