"""A QPainter bar chart of % desa ODF per kecamatan against the award gates, for the Sanitasi page."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QImageWriter,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.ui.formatting import percent

logger = logging.getLogger(__name__)

Bar = tuple[str, str, float | None]  # kode ("" for the total), label, percent 0–100 or None
Gate = tuple[str, float]  # level name, percent 0–100

# Colour by how many gates a bar meets: none (red) ... all (deep green).
TIER_COLORS = ("#c8553d", "#e3a33b", "#8fb84a", "#3d8b40", "#1f6424")
_GRID = QColor("#e3e7ec")
_AXIS = QColor("#8a949e")
_TEXT = QColor("#2b2f33")
_GATE = QColor("#5a4a8a")
_SELECTED = QColor("#1f4e79")
_LABEL_CHARS = 14
PNG_SIZE = QSize(1200, 560)


def gate_text(gate_percent: float) -> str:
    """`≥80%`, or `100%` for the top gate."""
    return "100%" if gate_percent >= 100 - 1e-9 else f"≥{percent(gate_percent)}"


def tier_color(tier: int, gates: int) -> QColor:
    """The colour of a bar meeting `tier` of `gates` gates."""
    if tier <= 0:
        return QColor(TIER_COLORS[0])
    if tier >= gates:
        return QColor(TIER_COLORS[-1])
    middle = TIER_COLORS[1:-1]
    return QColor(middle[min(len(middle) - 1, (tier - 1) * len(middle) // max(1, gates - 1))])


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[:_LABEL_CHARS - 1] + "…"


class GateChart(QWidget):
    """One bar per kecamatan (and a total bar, kode ""), dashed lines at the award gates.

    Clicking a bar emits `bar_clicked(kode)`; `set_selected(kode)` outlines one bar.
    """

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._gates: list[Gate] = []
        self._selected: str | None = None
        self.empty_text = translate("gate_chart", "Belum ada data desa untuk digambar.")
        self.title = ""  # drawn above the chart in the saved PNG only
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setAccessibleName(translate("gate_chart", "Grafik persentase desa ODF per kecamatan"))

    # --- data ---------------------------------------------------------------------------------
    def set_data(self, bars: list[Bar], gates: list[Gate]) -> None:
        self._bars = list(bars)
        self._gates = sorted(gates, key=lambda g: g[1])
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def gates(self) -> list[Gate]:
        return list(self._gates)

    def set_selected(self, kode: str | None) -> None:
        self._selected = kode
        self.update()

    def tier(self, value: float | None) -> int:
        """How many gates a percent meets."""
        if value is None:
            return 0
        return sum(value + 1e-9 >= g for _, g in self._gates)

    def sizeHint(self) -> QSize:
        return QSize(900, 320)

    # --- geometry -----------------------------------------------------------------------------
    def _layout(self, rect: QRectF, fm: QFontMetricsF) -> tuple[QRectF, list[QRectF], bool]:
        """Plot area, one slot per bar, and whether the axis labels are rotated."""
        rect = rect.adjusted(8, 6, -8, -4)
        gate_width = max((fm.horizontalAdvance(f"{n} {gate_text(p)}") for n, p in self._gates),
                         default=0.0)
        left = rect.left() + fm.horizontalAdvance("100%") + 12
        right = rect.right() - max(gate_width + 14, 12)
        top = rect.top() + fm.height() * 2.4  # legend line, then value labels
        count = max(1, len(self._bars))
        gap_total = 1 if any(k == "" for k, _, _ in self._bars) and count > 1 else 0
        slot = (right - left) / (count + gap_total * 0.5)
        widest = max((fm.horizontalAdvance(_short(lbl)) for _, lbl, _ in self._bars), default=0.0)
        rotated = widest + 6 > slot
        label_height = (widest * math.sin(math.radians(40)) + fm.height() if rotated
                        else fm.height()) + 8
        plot = QRectF(QPointF(left, top), QPointF(right, rect.bottom() - label_height))
        slots = []
        x = left
        for kode, _, _ in self._bars:
            if kode == "" and gap_total:
                x += slot * 0.5
            slots.append(QRectF(x, plot.top(), slot, plot.height()))
            x += slot
        return plot, slots, rotated

    def _bar_rect(self, slot: QRectF, plot: QRectF, value: float | None) -> QRectF:
        width = min(slot.width() * 0.7, 60.0)
        height = plot.height() * max(0.0, min(100.0, value or 0.0)) / 100
        return QRectF(slot.center().x() - width / 2, plot.bottom() - height, width, height)

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / 100

    def bar_at(self, pos: QPointF) -> int:
        """Index of the bar under a point (the whole column counts), or -1."""
        plot, slots, _ = self._layout(QRectF(self.rect()), QFontMetricsF(self.font()))
        for i, slot in enumerate(slots):
            column = QRectF(slot.left(), plot.top() - 20, slot.width(), self.height())
            if column.contains(pos):
                return i
        return -1

    def bar_center(self, index: int) -> QPointF:
        """Where to click to hit a bar (for tests and keyboard-less automation)."""
        plot, slots, _ = self._layout(QRectF(self.rect()), QFontMetricsF(self.font()))
        return QPointF(slots[index].center().x(), plot.bottom() - 4)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.render_chart(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_chart(self, painter: QPainter, rect: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        fm = QFontMetricsF(self.font())
        if not self._bars:
            painter.setPen(_AXIS)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot, slots, rotated = self._layout(rect, fm)
        self._draw_legend(painter, rect.adjusted(8, 6, -8, -4), fm)
        self._draw_grid(painter, plot, fm)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        small_fm = QFontMetricsF(small)
        for (kode, label, value), slot in zip(self._bars, slots, strict=True):
            bar = self._bar_rect(slot, plot, value)
            color = tier_color(self.tier(value), len(self._gates))
            if value is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color if kode else color.darker(115))
                painter.drawRect(bar)
            if kode == self._selected:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(_SELECTED, 2.5))
                painter.drawRect(bar.adjusted(-2, -2, 2, 0) if value else
                                 QRectF(bar.left(), plot.bottom() - 4, bar.width(), 4))
            painter.setFont(self._label_font(kode))
            self._draw_label(painter, slot, plot, _short(label), rotated, fm)
        painter.setFont(self.font())
        self._draw_gates(painter, plot, fm)
        painter.setFont(small)
        painter.setPen(_TEXT)
        decimals = 0 if slots[0].width() < small_fm.horizontalAdvance("88,8%") + 4 else 1
        for (_, _, value), slot in zip(self._bars, slots, strict=True):
            top = self._bar_rect(slot, plot, value).top()
            painter.drawText(QRectF(slot.left() - 10, top - small_fm.height() - 1,
                                    slot.width() + 20, small_fm.height()),
                             Qt.AlignmentFlag.AlignCenter, percent(value, decimals))

    def _label_font(self, kode: str) -> QFont:
        font = QFont(self.font())
        font.setBold(kode == "")
        return font

    def _draw_label(self, painter: QPainter, slot: QRectF, plot: QRectF, text: str,
                    rotated: bool, fm: QFontMetricsF) -> None:
        painter.setPen(_TEXT)
        if not rotated:
            painter.drawText(QRectF(slot.left() - 4, plot.bottom() + 4, slot.width() + 8,
                                    fm.height()), Qt.AlignmentFlag.AlignHCenter, text)
            return
        painter.save()
        painter.translate(slot.center().x() + fm.ascent() / 3, plot.bottom() + 6)
        painter.rotate(-40)
        width = QFontMetricsF(painter.font()).horizontalAdvance(text) + 2
        painter.drawText(QRectF(-width, 0, width, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()

    def _draw_grid(self, painter: QPainter, plot: QRectF, fm: QFontMetricsF) -> None:
        for value in range(0, 101, 20):
            y = self._y(plot, value)
            painter.setPen(QPen(_GRID if value else _AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS)
            painter.drawText(QRectF(plot.left() - fm.horizontalAdvance("100%") - 10,
                                    y - fm.height() / 2, fm.horizontalAdvance("100%") + 4,
                                    fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value}%")

    def _draw_gates(self, painter: QPainter, plot: QRectF, fm: QFontMetricsF) -> None:
        pen = QPen(_GATE, 1.4, Qt.PenStyle.DashLine)
        last_y = None
        for name, value in self._gates:
            y = self._y(plot, value)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right() + 4, y))
            text_y = y - fm.height() / 2
            if last_y is not None and last_y - text_y < fm.height():
                text_y = last_y - fm.height()  # keep close gates' labels apart
            painter.setPen(_GATE)
            painter.drawText(QRectF(plot.right() + 8, text_y, 400, fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{name} {gate_text(value)}")
            last_y = text_y

    def _draw_legend(self, painter: QPainter, rect: QRectF, fm: QFontMetricsF) -> None:
        names = [n for n, _ in self._gates]
        entries = [(translate("gate_chart", "Belum memenuhi syarat"), tier_color(0, len(names)))]
        entries += [(translate("gate_chart", "Syarat {tingkat}").format(tingkat=n),
                     tier_color(i, len(names))) for i, n in enumerate(names, 1)]
        x = rect.left() + fm.horizontalAdvance("100%") + 12
        box = fm.height() * 0.7
        for text, color in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(x, rect.top() + (fm.height() - box) / 2, box, box))
            painter.setPen(_TEXT)
            painter.drawText(QPointF(x + box + 5, rect.top() + fm.ascent()), text)
            x += box + 5 + fm.horizontalAdvance(text) + 16

    # --- interaction --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        index = self.bar_at(event.position())
        if index >= 0:
            self.bar_clicked.emit(self._bars[index][0])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.bar_at(event.position()) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(QPointF(event.pos()))
            if index < 0:
                QToolTip.hideText()
                return True
            _, label, value = self._bars[index]
            tip = translate("gate_chart", "{kecamatan}: {persen} desa ODF — klik untuk melihat "
                            "desanya").format(kecamatan=label, persen=percent(value))
            QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)

    # --- export -------------------------------------------------------------------------------
    def save_png(self, path: str) -> bool:
        """Draw the chart at a fixed size (whatever the widget's size) into a PNG file."""
        image = QImage(PNG_SIZE, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            rect = QRectF(0, 0, PNG_SIZE.width(), PNG_SIZE.height())
            if self.title:
                font = QFont(self.font())
                font.setBold(True)
                font.setPointSizeF(self.font().pointSizeF() * 1.25)
                painter.setFont(font)
                painter.setPen(_TEXT)
                height = QFontMetricsF(font).height() + 10
                painter.drawText(rect.adjusted(16, 8, -16, 0),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
                rect.setTop(height + 8)
            self.render_chart(painter, rect)
        finally:
            painter.end()
        writer = QImageWriter(path, QByteArray(b"png"))
        saved = bool(writer.write(image))
        if not saved:
            logger.warning("could not write chart image %s: %s", path, writer.errorString())
        return saved
