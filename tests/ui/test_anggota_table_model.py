"""AnggotaTableModel: model checks, roles per column, edits, row moves; no widget needed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from kks_desktop.domain.pokja import Anggota, Jabatan
from kks_desktop.ui.anggota_table_model import (
    ANGGOTA_ROLE,
    COL_AKTIF_SEJAK,
    COL_JABATAN,
    COL_NAMA,
    COL_TELEPON,
    COL_UNSUR,
    HEADERS,
    AnggotaTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole

SITI = Anggota("Siti Aminah", Jabatan.KETUA, "PKK", "081234567890", dt.date(2023, 11, 13), "u-siti")
BUDI = Anggota("Budi", Jabatan.SEKRETARIS, "Perangkat desa", "", None, "u-budi")
AGUS = Anggota("Agus", Jabatan.KOORDINATOR, "", "0856", dt.date(2024, 1, 5), "u-agus")


@pytest.fixture
def model() -> AnggotaTableModel:
    m = AnggotaTableModel()
    m.set_members((SITI, BUDI, AGUS))
    return m


def column(model: AnggotaTableModel, col: int, role: Qt.ItemDataRole) -> list[object]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_model_tester_empty_and_filled(qtmodeltester, model: AnggotaTableModel) -> None:
    qtmodeltester.check(AnggotaTableModel())
    qtmodeltester.check(model)


def test_headers_in_order(model: AnggotaTableModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    shown = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert shown == ["Nama", "Jabatan", "Unsur/Instansi", "Telepon", "Aktif sejak"]
    assert tuple(shown) == HEADERS
    assert model.headerData(2, Qt.Orientation.Vertical) == "3"


def test_display_role_is_indonesian_text(model: AnggotaTableModel) -> None:
    assert column(model, COL_NAMA, DISPLAY) == ["Siti Aminah", "Budi", "Agus"]
    assert column(model, COL_JABATAN, DISPLAY) == ["Ketua", "Sekretaris", "Koordinator Bidang"]
    assert column(model, COL_UNSUR, DISPLAY) == ["PKK", "Perangkat desa", ""]
    assert column(model, COL_TELEPON, DISPLAY) == ["081234567890", "", "0856"]
    assert column(model, COL_AKTIF_SEJAK, DISPLAY) == ["13/11/2023", "", "05/01/2024"]


def test_edit_role_is_the_raw_value(model: AnggotaTableModel) -> None:
    assert column(model, COL_NAMA, EDIT) == ["Siti Aminah", "Budi", "Agus"]
    assert column(model, COL_JABATAN, EDIT) == [Jabatan.KETUA, Jabatan.SEKRETARIS,
                                                Jabatan.KOORDINATOR]
    assert column(model, COL_AKTIF_SEJAK, EDIT) == [dt.date(2023, 11, 13), None,
                                                    dt.date(2024, 1, 5)]
    assert column(model, COL_NAMA, ANGGOTA_ROLE) == [SITI, BUDI, AGUS]
    assert model.members() == (SITI, BUDI, AGUS)


@pytest.mark.parametrize(("col", "value", "field", "shown"), [
    (COL_NAMA, "Siti A.", "nama", "Siti A."),
    (COL_JABATAN, Jabatan.BENDAHARA, "jabatan", "Bendahara"),
    (COL_UNSUR, "Bidan desa", "unsur", "Bidan desa"),
    (COL_TELEPON, "0812 1111 2222", "telepon", "0812 1111 2222"),
    (COL_AKTIF_SEJAK, dt.date(2022, 2, 3), "aktif_sejak", "03/02/2022"),
    (COL_AKTIF_SEJAK, None, "aktif_sejak", ""),
])
def test_set_data_round_trip(qtbot, model: AnggotaTableModel, col: int, value: object,
                             field: str, shown: str) -> None:
    index = model.index(0, col)
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as blocker:
        assert model.setData(index, value, EDIT) is True
    assert blocker.args[0] == index and blocker.args[1] == index
    assert index.data(EDIT) == value
    assert index.data(DISPLAY) == shown
    edited = model.members()[0]
    assert getattr(edited, field) == value
    assert edited.uuid == "u-siti"
    assert model.members()[1:] == (BUDI, AGUS)


def test_set_data_accepts_qdate_and_jabatan_value(model: AnggotaTableModel) -> None:
    assert model.setData(model.index(1, COL_AKTIF_SEJAK), QDate(2021, 7, 8), EDIT)
    assert model.setData(model.index(1, COL_JABATAN), "bendahara", EDIT)
    assert model.members()[1] == Anggota("Budi", Jabatan.BENDAHARA, "Perangkat desa", "",
                                         dt.date(2021, 7, 8), "u-budi")


def test_set_data_refuses_bad_values_and_roles(model: AnggotaTableModel) -> None:
    assert model.setData(model.index(0, COL_JABATAN), "presiden", EDIT) is False
    assert model.setData(model.index(0, COL_AKTIF_SEJAK), "kemarin", EDIT) is False
    assert model.setData(model.index(0, COL_NAMA), "X", DISPLAY) is False
    assert model.members() == (SITI, BUDI, AGUS)


def test_insert_rows_adds_empty_members_in_place(qtmodeltester, model: AnggotaTableModel) -> None:
    assert model.insertRows(1, 2)
    rows = model.members()
    assert rows[0] == SITI and rows[3:] == (BUDI, AGUS)
    assert rows[1] == rows[2] == Anggota(nama="")
    assert column(model, COL_JABATAN, DISPLAY)[1] == "Anggota"
    assert model.insertRows(5, 1)
    assert model.members()[5] == Anggota(nama="")
    assert not model.insertRows(9, 1)
    qtmodeltester.check(model)


def test_remove_rows(model: AnggotaTableModel) -> None:
    assert model.removeRows(0, 1)
    assert model.members() == (BUDI, AGUS)
    assert not model.removeRows(1, 5)
    assert model.removeRows(1, 1)
    assert model.members() == (BUDI,)


def test_move_row_keeps_uuids_and_order(qtbot, model: AnggotaTableModel) -> None:
    with qtbot.waitSignal(model.rowsMoved, timeout=1000):
        assert model.move_row(0, 1)
    assert [m.uuid for m in model.members()] == ["u-budi", "u-siti", "u-agus"]
    assert model.move_row(2, -2)
    assert model.members() == (AGUS, BUDI, SITI)
    assert model.move_row(0, 2)
    assert model.members() == (BUDI, SITI, AGUS)
    assert not model.move_row(0, -1)
    assert not model.move_row(2, 1)
    assert model.members() == (BUDI, SITI, AGUS)


def test_set_members_resets(qtbot, model: AnggotaTableModel) -> None:
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_members([AGUS])
    assert model.rowCount() == 1
    assert model.members() == (AGUS,)
