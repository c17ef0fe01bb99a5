"""The ODF gate chart: bar colours by gate met, clicks on bars, labels that fit, PNG export."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from kks_desktop.ui.formatting import percent
from kks_desktop.ui.gate_chart import (
    PNG_SIZE,
    TIER_COLORS,
    GateChart,
    gate_text,
    tier_color,
)

GATES_2025 = [("Padapa", 80.0), ("Wiwerda", 90.0), ("Wistara", 100.0)]
BARS = [("33.25.01", "Wonotunggal", 80.0), ("33.25.05", "Bawang", 60.0),
        ("33.25.13", "Kandeman", 92.3), ("33.25.99", "Penuh", 100.0),
        ("33.25.98", "Kosong", None), ("", "Total", 81.5)]


def make_chart(qtbot, bars=BARS, gates=GATES_2025, width=900, height=320) -> GateChart:
    chart = GateChart()
    qtbot.addWidget(chart)
    chart.set_data(bars, gates)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_percent_and_gate_texts_are_indonesian_and_never_overstate():
    assert percent(80.0) == "80%"
    assert percent(81.4516) == "81,5%"
    assert percent(99.96) == "99,9%"
    assert percent(99.7, 0) == "99%"
    assert percent(100.0) == "100%"
    assert percent(None) == "–"
    assert [gate_text(p) for _, p in GATES_2025] == ["≥80%", "≥90%", "100%"]


def test_a_bar_is_coloured_by_the_highest_gate_it_meets(qtbot):
    chart = make_chart(qtbot)
    assert [chart.tier(v) for _, _, v in BARS] == [1, 0, 2, 3, 0, 1]
    assert chart.tier(79.99) == 0
    assert tier_color(0, 3).name() == TIER_COLORS[0]
    assert tier_color(3, 3).name() == TIER_COLORS[-1]
    assert len({tier_color(t, 3).name() for t in range(4)}) == 4
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    for index in (0, 1, 2, 3):  # the kecamatan bars; sample inside each bar near its base
        point = chart.bar_center(index)
        color = image.pixelColor(QPoint(int(point.x() * ratio), int((point.y() - 6) * ratio)))
        assert color.name() == tier_color(chart.tier(BARS[index][2]), 3).name(), BARS[index]


def test_clicking_a_bar_emits_its_kode_and_empty_space_emits_nothing(qtbot):
    chart = make_chart(qtbot)
    for index, (kode, _, _) in enumerate(BARS):
        with qtbot.waitSignal(chart.bar_clicked, timeout=1000) as blocker:
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_center(index).toPoint())
        assert blocker.args == [kode]
    with qtbot.assertNotEmitted(chart.bar_clicked):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert chart.bar_at(QPointF(3, 3)) == -1


@pytest.mark.parametrize("count", [15, 20])
def test_many_kecamatan_at_900_px_each_keep_their_own_bar(qtbot, count):
    bars = [(f"33.25.{i:02d}", f"Kecamatan Panjang Sekali {i}", 50.0 + i) for i in range(1, count + 1)]
    chart = make_chart(qtbot, [*bars, ("", "Total", 75.0)], width=900)
    centers = [chart.bar_center(i) for i in range(count + 1)]
    assert [chart.bar_at(c) for c in centers] == list(range(count + 1))
    xs = [c.x() for c in centers]
    assert xs == sorted(xs) and min(b - a for a, b in itertools.pairwise(xs)) > 25
    assert max(xs) < 900 - 60  # room is left on the right for the gate labels


def test_save_png_renders_at_a_fixed_size_whatever_the_widget_size(qtbot, tmp_path):
    chart = make_chart(qtbot, width=400, height=200)
    chart.title = "Persentase desa ODF per kecamatan"
    target = tmp_path / "grafik.png"
    assert chart.save_png(str(target)) is True
    image = QImage(str(target))
    assert image.size() == PNG_SIZE
    assert image.pixelColor(2, 2).name() == "#ffffff"
    assert not chart.save_png(str(tmp_path / "no-such-folder" / "grafik.png"))


def test_an_empty_chart_draws_and_has_no_bars(qtbot, tmp_path):
    chart = make_chart(qtbot, bars=[], gates=[])
    assert chart.bar_at(QPointF(100, 100)) == -1
    assert chart.save_png(str(tmp_path / "kosong.png"))
