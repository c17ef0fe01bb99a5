"""The trend chart: its data, its gaps, its empty state and the PNG it writes."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QColor, QImage

from kks_desktop.ui.trend_chart import EMPTY_TEXT, STYLES, TrendChart, label_step

LABELS = ["Jul 2025", "Agu 2025", "Sep 2025", "Okt 2025", "Nov 2025"]


def make_chart(qtbot) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    return chart


def colour_columns(image: QImage, colour: str, tolerance: int = 40) -> set[int]:
    """The x positions where a pixel close to `colour` appears."""
    want = QColor(colour)
    found = set()
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            got = image.pixelColor(x, y)
            if (abs(got.red() - want.red()) + abs(got.green() - want.green())
                    + abs(got.blue() - want.blue())) < tolerance:
                found.add(x)
                break
    return found


def test_keeps_labels_and_series_as_given(qtbot):
    chart = make_chart(qtbot)
    chart.set_series(LABELS, [("Akses", [80.0, 90.0, None, 100.0, 100.0])])
    assert chart.labels() == LABELS
    assert chart.series() == [("Akses", [80.0, 90.0, None, 100.0, 100.0])]
    assert not chart.is_empty()


def test_refuses_a_series_of_the_wrong_length(qtbot):
    chart = make_chart(qtbot)
    with pytest.raises(ValueError, match="3 values for 5 labels"):
        chart.set_series(LABELS, [("Akses", [1.0, 2.0, 3.0])])


def test_png_has_the_fixed_size_and_draws_each_series_in_its_colour(qtbot, tmp_path):
    chart = make_chart(qtbot)
    chart.set_title("Tren sanitasi Silurah")
    chart.set_series(LABELS, [("Akses", [50.0] * 5), ("CTPS", [None, None, None, None, None]),
                              ("PAMM-RT", [20.0, 30.0, 40.0, 50.0, 60.0])])
    path = tmp_path / "grafik.png"
    assert chart.save_png(str(path)) is True
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1000, 500)
    first, second, third = (colour_columns(image, STYLES[n][0]) for n in range(3))
    # Lines run across most of the plot; a series with no values only has its legend entry.
    assert max(first) - min(first) > 800
    assert max(third) - min(third) > 800
    assert max(second) - min(second) < 300


def test_a_missing_value_leaves_a_gap_in_the_line(qtbot, tmp_path):
    chart = make_chart(qtbot)
    chart.set_series(LABELS, [("Akses", [50.0, 50.0, None, None, 50.0])])
    path = tmp_path / "gap.png"
    assert chart.save_png(str(path))
    image = QImage(str(path))
    # Scan only the row of the 50% line, below the legend.
    row = [x for x in range(image.width()) if _near_at_height(image, x, STYLES[0][0])]
    xs = sorted(row)
    gaps = [b - a for a, b in pairwise(xs)]
    assert max(gaps) > 300  # the two missing months


def _near_at_height(image: QImage, x: int, colour: str) -> bool:
    want = QColor(colour)
    for y in range(image.height() // 3, image.height() * 2 // 3):
        got = image.pixelColor(x, y)
        if abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(
                got.blue() - want.blue()) < 40:
            return True
    return False


def test_empty_state_is_still_an_image(qtbot, tmp_path):
    chart = make_chart(qtbot)
    chart.set_series([], [("Akses", [])])
    assert chart.is_empty()
    assert EMPTY_TEXT.startswith("Belum ada laporan")
    path = tmp_path / "kosong.png"
    assert chart.save_png(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 500)
    assert not colour_columns(image, STYLES[0][0])


def test_save_png_into_a_missing_folder_returns_false(qtbot, tmp_path):
    chart = make_chart(qtbot)
    chart.set_series(LABELS, [("Akses", [50.0] * 5)])
    assert chart.save_png(str(tmp_path / "tidak-ada" / "grafik.png")) is False


@pytest.mark.parametrize(("count", "width", "label", "step"), [
    (1, 500, 60, 1), (5, 600, 60, 1), (24, 600, 60, 3), (24, 240, 60, 6), (10, 0, 60, 1)])
def test_label_step_thins_crowded_labels(count, width, label, step):
    assert label_step(count, width, label) == step


def test_widget_paints_without_error(qtbot):
    chart = make_chart(qtbot)
    chart.resize(640, 280)
    chart.set_series(LABELS, [("Akses", [80.0, 90.0, None, 100.0, 100.0])])
    image = chart.grab().toImage()
    assert colour_columns(image, STYLES[0][0])
