"""record_table(): the read-only, row-selecting QTableView every record list in the program uses."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

logger = logging.getLogger(__name__)


def record_table(model: QAbstractItemModel, name: str, *, sortable: bool = False) -> QTableView:
    """A table showing `model` one record per row: whole rows selected, no editing in place,
    rows as high as the font needs, `name` read out by screen readers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSortingEnabled(sortable)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    return table


def select_source_row(table: QTableView, proxy: QSortFilterProxyModel, row: int) -> bool:
    """Make the model row `row` (-1: none) current in `table`, shown through `proxy`; False
    when the filters hide it."""
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0)) if row >= 0 else None
    if index is None or not index.isValid():
        return False
    table.selectRow(index.row())
    table.setCurrentIndex(index)
    table.scrollTo(index)
    return True
