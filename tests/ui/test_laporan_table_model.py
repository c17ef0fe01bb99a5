"""The report history model: newest month first, Indonesian text, the report behind each row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.sanitasi import Sumber
from kks_desktop.ui.formatting import percent
from kks_desktop.ui.laporan_table_model import (
    COL_AKSES,
    COL_BABS,
    COL_CTPS,
    COL_PERIODE,
    COL_PLCRT,
    COL_SUMBER,
    COL_TOTAL,
    HEADERS,
    LAPORAN_ROLE,
    LaporanTableModel,
)
from kks_desktop.ui.odf_event_table_model import EVENT_ROLE, OdfEventTableModel


def row_texts(model, row):
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_passes_the_model_tester(qtmodeltester, make_laporan):
    model = LaporanTableModel()
    model.set_rows([make_laporan("2025-08", 200, 20, pilar=(150, 180, 120, 100)),
                    make_laporan("2025-09", 1234, 0)])
    qtmodeltester.check(model, force_py=True)


def test_rows_are_newest_first_with_indonesian_text(make_laporan):
    model = LaporanTableModel()
    older = make_laporan("2025-08", 200, 25, pilar=(150, 175, 120, 99), petugas="Bu Sri",
                         sumber=Sumber.PENDATAAN)
    newer = make_laporan("2025-10", 1234, 0)
    model.set_rows([older, newer])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Periode"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))][-2:] == [
        "Sumber", "Petugas"]
    assert row_texts(model, 0) == ["Oktober 2025", "1.234", "100%", "0", "", "", "", "",
                                   "Monitoring", ""]
    assert row_texts(model, 1) == ["Agustus 2025", "200", "87,5%", "25", "75%", "87,5%",
                                   "60%", "49,5%", "Pendataan", "Bu Sri"]
    assert model.index(1, COL_PERIODE).data(LAPORAN_ROLE) == older
    assert model.index(0, COL_AKSES).data(Qt.ItemDataRole.EditRole) == 100.0
    assert model.index(0, COL_CTPS).data(Qt.ItemDataRole.EditRole) is None
    assert model.index(1, COL_PLCRT).data(Qt.ItemDataRole.EditRole) == 49.5
    assert model.index(1, COL_BABS).data(Qt.ItemDataRole.EditRole) == 25
    assert model.index(0, COL_TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, COL_SUMBER).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_row_of_finds_a_report_by_uuid(make_laporan):
    model = LaporanTableModel()
    model.set_rows([make_laporan("2025-08", uuid="a"), make_laporan("2025-09", uuid="b")])
    assert (model.row_of("b"), model.row_of("a"), model.row_of("c")) == (0, 1, -1)
    assert model.laporan_at(1).uuid == "a"


def test_percent_is_written_the_indonesian_way_and_never_rounds_up_to_complete():
    assert (percent(87.5), percent(100.0), percent(None, missing=""), percent(2 / 3 * 100),
            percent(99.96)) == ("87,5%", "100%", "", "66,7%", "99,9%")


def events():
    return [
        OdfEvent(JenisOdf.DEKLARASI, dt.date(2025, 10, 20), nomor_ba="BA/ODF/1", saksi="Camat",
                 uuid="c"),
        OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 6, 10), fasilitator="Sanitarian", uuid="a"),
        OdfEvent(JenisOdf.VERIFIKASI, dt.date(2025, 10, 5), hasil=Hasil.LULUS,
                 tim=(AnggotaTim("Hartono", "Kecamatan"), AnggotaTim("Siti")), nomor_ba="BA/V/2",
                 uuid="b"),
    ]


def test_event_model_passes_the_model_tester(qtmodeltester):
    model = OdfEventTableModel()
    model.set_rows(events())
    qtmodeltester.check(model, force_py=True)


def test_event_model_shows_the_path_in_date_order():
    model = OdfEventTableModel()
    model.set_rows(events())
    assert [row_texts(model, r) for r in range(3)] == [
        ["10/06/2025", "Pemicuan", "", "", "", "Fasilitator: Sanitarian"],
        ["05/10/2025", "Verifikasi", "Lulus", "BA/V/2", "2 orang", ""],
        ["20/10/2025", "Deklarasi", "", "BA/ODF/1", "", "Saksi: Camat"],
    ]
    assert model.index(1, 0).data(EVENT_ROLE).uuid == "b"
    assert "• Hartono (Kecamatan)" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of("c") == 2


def test_one_kk_still_babs_never_shows_as_complete(make_laporan):
    model = LaporanTableModel()
    model.set_rows([make_laporan("2025-10", total=2000, babs=1)])
    assert model.index(0, COL_AKSES).data() == "99,9%"
    assert model.index(0, COL_BABS).data() == "1"
