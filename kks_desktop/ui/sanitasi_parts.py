"""Pieces of the Sanitasi tab that need no widget state: chart series, default month, table layout."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar
from kks_desktop.messages_sanitasi import PILAR_LABELS
from kks_desktop.ui.trend_chart import Series

logger = logging.getLogger(__name__)

AKSES_SERIES = QT_TRANSLATE_NOOP("sanitasi_parts", "% KK akses (tidak BABS)")


def chart_data(reports: list[LaporanSanitasi]) -> tuple[list[str], Series]:
    """Every month from the first report to the last (a month without a report is a gap)."""
    akses = translate("sanitasi_parts", AKSES_SERIES)
    pilar = {p: translate("messages_sanitasi", PILAR_LABELS[p]) for p in Pilar}
    if not reports:
        empty: Series = [(akses, [])]
        return [], empty + [(pilar[p], []) for p in Pilar]
    by_month = {r.periode: r for r in reports}
    months = [min(by_month)]
    while months[-1] < max(by_month):
        months.append(months[-1].next())
    shown = [by_month.get(m) for m in months]
    series: Series = [(akses, [r.persen_akses if r else None for r in shown])]
    series += [(pilar[p], [r.persen_pilar(p) if r else None for r in shown]) for p in Pilar]
    return [m.short_label for m in months], series


def default_periode(reports: list[LaporanSanitasi], today: dt.date) -> Periode:
    """The month after the latest report, but never a month that has not begun."""
    this_month = Periode.of(today)
    if not reports:
        return this_month
    return min(max(r.periode for r in reports).next(), this_month)


def fit_columns(table: QTableView, samples: tuple[str, ...]) -> None:
    """Widths from the font and the widest of header and sample text, not from every row."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    for column, sample in enumerate(samples):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in (sample, title)) + 14)


def section_header(title: str) -> QHBoxLayout:
    """A section heading with its buttons on the same line (saves height at 1280x800)."""
    row = QHBoxLayout()
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold;")
    row.addWidget(label)
    row.addStretch(1)
    return row


def section(header: QHBoxLayout, body: QWidget, footer: QWidget | None = None) -> QWidget:
    section = QWidget()
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(3)
    layout.addLayout(header)
    layout.addWidget(body, 1)
    if footer is not None:
        layout.addWidget(footer)
    return section
