"""The sort/filter proxy every list uses: sorts on a model's SORT_ROLE, filters on every column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

# Models answer this role with a value Qt compares natively (so sorting never calls Python):
# numbers as numbers with empty as -1, text casefolded. See `sort_key`.
SORT_ROLE = Qt.ItemDataRole.UserRole + 50


def sort_key(value: Any) -> Any:
    """The SORT_ROLE value for a raw cell value: empty lowest, text without case."""
    if value is None:
        return -1
    if isinstance(value, str):
        return value.casefold()
    return value


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
