"""record_table(): the read-only, row-selecting QTableView every record list in the program uses."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel
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
