"""TrendChart: a QPainter line chart of percentages over months, for the Sanitasi tab and PNG export."""

from __future__ import annotations

import logging
import math
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

# One colour and dash pattern per series, in series order: distinct on screen, in grey print
# and for colour-blind readers (blue, orange, green, purple, brown; solid, dashed, dotted...).
STYLES: tuple[tuple[str, Qt.PenStyle], ...] = (
    ("#1f4e99", Qt.PenStyle.SolidLine),
    ("#d9480f", Qt.PenStyle.DashLine),
    ("#2b8a3e", Qt.PenStyle.DotLine),
    ("#7b2d9c", Qt.PenStyle.DashDotLine),
    ("#8d6e00", Qt.PenStyle.DashDotDotLine),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP("trend_chart", "Belum ada laporan sanitasi untuk digambarkan.")
PNG_SIZE = QSize(1000, 500)
_GRID = QColor("#d0d0d0")
_TEXT = QColor("#202020")
_BACKGROUND = QColor("#ffffff")

Series = list[tuple[str, list[float | None]]]


class TrendChart(QWidget):
    """Y axis 0–100 %, one x position per label; a None value leaves a gap in its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: Series = []
        self._title = ""
        self.setMinimumSize(320, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("trend_chart", "Grafik tren sanitasi"))

    # -- data -----------------------------------------------------------------------------
    def set_series(self, labels: list[str], series: Series) -> None:
        """Show `series` (name, one value or None per label) over the x labels."""
        for name, values in series:
            if len(values) != len(labels):
                raise ValueError(  # teks-tetap: a programmer's error, never shown
                    f"series {name!r} has {len(values)} values for {len(labels)} labels")
        self._labels = list(labels)
        self._series = [(name, list(values)) for name, values in series]
        self.update()

    def set_title(self, title: str) -> None:
        """A heading drawn above the legend in the PNG, so the file says what it shows (on screen
        the surrounding page says it)."""
        self._title = title
        self.update()

    def labels(self) -> list[str]:
        return list(self._labels)

    def series(self) -> Series:
        return [(name, list(values)) for name, values in self._series]

    def title(self) -> str:
        return self._title

    def is_empty(self) -> bool:
        return not self._labels or all(v is None for _n, vs in self._series for v in vs)

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    # -- output ---------------------------------------------------------------------------
    def save_png(self, path: str, size: QSize = PNG_SIZE) -> bool:
        """Render the chart at `size` into a PNG file; False when the file cannot be written."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(_BACKGROUND)
        painter = QPainter(image)
        try:
            font = QFont(self.font())
            font.setPointSizeF(max(font.pointSizeF(), 10.0))
            painter.setFont(font)
            self._paint(painter, QRectF(0, 0, size.width(), size.height()), with_title=True)
        finally:
            painter.end()
        saved = bool(image.save(path, "PNG"))  # type: ignore[call-overload]  # stubs say bytes
        if not saved:
            logger.warning("could not write chart to %s", path)
        return saved

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()), with_title=False)
        finally:
            painter.end()

    # -- drawing --------------------------------------------------------------------------
    def _paint(self, painter: QPainter, area: QRectF, with_title: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, _BACKGROUND)
        painter.setPen(_TEXT)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = area.top() + 6
        if with_title and self._title:
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(QRectF(area.left(), top, area.width(), line),
                             Qt.AlignmentFlag.AlignHCenter, self._title)
            painter.restore()
            top += line + 4
        if self.is_empty():
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             translate("trend_chart", EMPTY_TEXT))
            return
        top = self._paint_legend(painter, QRectF(area.left() + 8, top, area.width() - 16, 0))
        left = area.left() + metrics.horizontalAdvance("100%") + 20
        plot = QRectF(left, top + line / 2 + 4, area.right() - 28 - left,
                      area.bottom() - line - 10 - (top + line / 2 + 4))
        if plot.width() < 20 or plot.height() < 20:
            return
        self._paint_axes(painter, plot)
        for number, (_name, values) in enumerate(self._series):
            self._paint_line(painter, plot, values, STYLES[number % len(STYLES)])

    def _paint_legend(self, painter: QPainter, box: QRectF) -> float:
        """Draw the legend in as many rows as it needs; returns the y below it."""
        metrics = painter.fontMetrics()
        line = metrics.height()
        x, y = box.left(), box.top()
        for number, (name, _values) in enumerate(self._series):
            width = 34 + metrics.horizontalAdvance(name) + 18
            if x > box.left() and x + width > box.right():
                x, y = box.left(), y + line + 2
            colour, style = STYLES[number % len(STYLES)]
            painter.setPen(_pen(colour, style))
            middle = y + line / 2
            painter.drawLine(QPointF(x, middle), QPointF(x + 26, middle))
            _marker(painter, QPointF(x + 13, middle), colour)
            painter.setPen(_TEXT)
            painter.drawText(QRectF(x + 32, y, width, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += width
        return y + line + 6

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        for percent in range(0, 101, 20):
            y = _y(plot, percent)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_TEXT)
            text = f"{percent}%"
            painter.drawText(QRectF(plot.left() - metrics.horizontalAdvance(text) - 8,
                                    y - metrics.height() / 2, metrics.horizontalAdvance(text) + 2,
                                    metrics.height()), Qt.AlignmentFlag.AlignRight, text)
        painter.setPen(QPen(_TEXT, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        step = label_step(len(self._labels), plot.width(),
                          max(metrics.horizontalAdvance(t) for t in self._labels) + 12)
        last = len(self._labels) - 1
        for i, text in enumerate(self._labels):
            x = _x(plot, i, len(self._labels))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            if (last - i) % step == 0:
                width = metrics.horizontalAdvance(text) + 4
                left = min(max(x - width / 2, plot.left() - 20), plot.right() + 20 - width)
                painter.drawText(QRectF(left, plot.bottom() + 4, width, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, text)

    def _paint_line(self, painter: QPainter, plot: QRectF, values: list[float | None],
                    style: tuple[str, Qt.PenStyle]) -> None:
        colour, pen_style = style
        count = len(values)
        points = [None if v is None else QPointF(_x(plot, i, count), _y(plot, v))
                  for i, v in enumerate(values)]
        painter.setPen(_pen(colour, pen_style))
        for a, b in pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        # Markers on every point while there is room; always on a point with no neighbour,
        # which would otherwise be invisible.
        for i, point in enumerate(points):
            lonely = ((i == 0 or points[i - 1] is None)
                      and (i == count - 1 or points[i + 1] is None))
            if point is not None and (count <= 40 or lonely):
                _marker(painter, point, colour)


def label_step(count: int, width: float, label_width: float) -> int:
    """Label every n-th x position so labels do not overlap (counted back from the newest)."""
    if count <= 1 or width <= 0:
        return 1
    fits = max(1, int(width // max(label_width, 1.0)))
    return max(1, math.ceil(count / fits))


def _x(plot: QRectF, i: int, count: int) -> float:
    if count <= 1:
        return plot.center().x()
    return plot.left() + plot.width() * i / (count - 1)


def _y(plot: QRectF, percent: float) -> float:
    clamped = min(100.0, max(0.0, percent))
    return plot.bottom() - plot.height() * clamped / 100.0


def _pen(colour: str, style: Qt.PenStyle) -> QPen:
    pen = QPen(QColor(colour), 2.2)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _marker(painter: QPainter, point: QPointF, colour: str) -> None:
    painter.save()
    painter.setPen(QPen(QColor(colour), 1.5))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(point, 2.8, 2.8)
    painter.restore()
