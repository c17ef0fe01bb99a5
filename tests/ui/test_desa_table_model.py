"""The desa list model: Indonesian display, raw edit values, order, and Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kks_desktop.domain.desa import Desa, Wilayah
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.ui.desa_table_model import (
    COL_JIWA,
    COL_KK,
    COL_KODE,
    COL_NAMA,
    DESA_ROLE,
    HEADERS,
    DesaTableModel,
)
from kks_desktop.ui.sort_proxy import SortProxy

D, E = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def _desa(kode: str, nama: str, kk: int | None, jiwa: int | None) -> Desa:
    w = Wilayah(KodeWilayah.parse(kode), nama, "Wonotunggal", "Kabupaten Batang", "Jawa Tengah")
    return Desa(wilayah=w, jumlah_kk=kk, jumlah_jiwa=jiwa)


ROWS = [
    _desa("33.25.01.2001", "Silurah", 1145, 3537),
    _desa("33.25.01.1002", "Kauman", None, None),
    _desa("33.25.01.2003", "Gringgingsari", 980, 12345),
]


def test_model_passes_qt_model_checks(qtmodeltester):
    model = DesaTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_rows_show_indonesian_text_and_keep_raw_values():
    model = DesaTableModel()
    model.set_rows(ROWS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == list(HEADERS)
    assert HEADERS == ("Kode", "Nama", "Kecamatan", "KK", "Jiwa")
    assert [model.index(r, COL_NAMA).data(D) for r in range(3)] == ["Silurah", "Kauman", "Gringgingsari"]
    tips = [model.index(r, COL_NAMA).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert tips == ["Desa Silurah", "Kelurahan Kauman", "Desa Gringgingsari"]
    assert model.index(2, COL_JIWA).data(D) == "12.345"
    assert model.index(2, COL_JIWA).data(E) == 12345
    assert model.index(1, COL_KK).data(D) == ""
    assert model.index(0, COL_KODE).data(DESA_ROLE) is ROWS[0]
    assert model.row_of("33.25.01.2003") == 2
    assert model.row_of("33.25.01.2999") == -1


def test_proxy_sorts_numbers_by_value_not_text():
    model = DesaTableModel()
    model.set_rows(ROWS)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_JIWA, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, COL_NAMA).data(D) for r in range(3)] == ["Gringgingsari", "Silurah", "Kauman"]
    proxy.sort(COL_JIWA, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_NAMA).data(D) for r in range(3)] == ["Kauman", "Silurah", "Gringgingsari"]
    proxy.sort(COL_NAMA, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_NAMA).data(D) for r in range(3)] == ["Gringgingsari", "Kauman", "Silurah"]


def test_proxy_passes_qt_model_checks(qtmodeltester):
    model = DesaTableModel()
    model.set_rows(ROWS)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
