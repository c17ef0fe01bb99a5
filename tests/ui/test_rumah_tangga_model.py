"""The lazy household table model without a view: pages read on demand, few kept, shown cells,
duplicates, the new-KK line, cell reading and the rows kept in place after a save."""

from __future__ import annotations

import datetime as dt
from array import array

import pytest
from PySide6.QtCore import Qt

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.domain.sanitasi import Pilar
from kks_desktop.messages_rumah_tangga import GANDA_LABELS
from kks_desktop.ui.formatting import table_date
from kks_desktop.ui.rumah_tangga_model import (
    BARU_TEKS,
    GANDA_BRUSH,
    MAX_PAGES,
    PAGE,
    TURUNAN_BRUSH,
    RumahTanggaModel,
)
from kks_desktop.ui.rumah_tangga_sel import PEMBUANGAN_SINGKAT

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
NAMA = ("Sutrisno", "Siti Aminah", "Darto", "Rohmat", "Sri Wahyuni", "Slamet", "Kasmini", "Tarjo")
# Pillar 1 answers (BAB di jamban, own, gooseneck) that reach every rung with the outlets.
_PILAR1 = ((True, True, True), (True, False, True), (False, None, None), (True, True, False),
           (None, True, True))
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def kk_contoh(n: int, awal: int = 0) -> list[RumahTangga]:
    """`n` households with every kind of cell filled in a varied, repeatable way; names and
    No. KK unique (numbered from `awal`)."""
    found = []
    for i in range(awal, awal + n):
        pilar1 = _PILAR1[i % len(_PILAR1)]
        answers = pilar1 + tuple((True, True, False, None, True)[(i + q) % 5]
                                 for q in range(len(pilar1), len(PERTANYAAN)))
        found.append(RumahTangga(
            nama_kepala=f"{NAMA[i % len(NAMA)]} {i:05d}", no_kk=f"33250115038{i:05d}",
            dusun=("Krajan", "Kaliputih")[i % 2], rt=f"{i % 7 + 1:03d}", rw=f"{i % 3 + 1:02d}",
            jumlah_jiwa=i % 6 + 1, tanggal=dt.date(2025, 10, i % 28 + 1), petugas="Kader Siti",
            jawaban=answers, pembuangan=(*Pembuangan, None)[i // 5 % 5]))
    return found


def isi_register(ws, kode: KodeWilayah, households: list[RumahTangga]) -> int:
    """Load households as a bulk import does (one transaction, no row-by-row history)."""
    desa_id = ws.rumah_tangga.desa_id(kode)
    with ws.atomic(), ws.rumah_tangga.tanpa_riwayat():
        ws.rumah_tangga.tambah_banyak(desa_id, households)
    return desa_id


@pytest.fixture
def register(ws, make_desa):
    """Silurah with 3,000 KK and Sodong with 40; returns the two desa ids."""
    make_desa(ws, SILURAH)
    make_desa(ws, SODONG)
    return isi_register(ws, SILURAH, kk_contoh(3000)), isi_register(ws, SODONG, kk_contoh(40, 5000))


class Counting:
    """ws.rumah_tangga.baris, counting the queries."""

    def __init__(self, ws) -> None:
        self.ws, self.calls = ws, 0

    def __call__(self, ids):
        self.calls += 1
        return self.ws.rumah_tangga.baris(ids)


def shown(model: RumahTanggaModel, row: int) -> dict[str, str]:
    return {k.kunci: model.index(row, c).data() for c, k in enumerate(model.kolom)}


def test_rows_are_read_a_page_at_a_time_and_only_a_few_pages_are_kept(qapp, ws, register):
    silurah, _sodong = register
    reader = Counting(ws)
    model = RumahTanggaModel(reader)
    ids = ws.rumah_tangga.id_urut(silurah)
    model.set_rows(ids)
    assert model.rowCount() == 3000 and reader.calls == 0  # nothing read before it is shown
    stored = ws.rumah_tangga.baris(ids)
    for row in range(3000):  # every row, top to bottom, as a scroll through would
        rt = stored[ids[row]][1]
        cells = shown(model, row)
        assert cells["nama_kepala"] == rt.nama_kepala and cells["no_kk"] == rt.no_kk
        assert cells["rt"] == rt.rt and cells["rw"] == rt.rw and cells["dusun"] == rt.dusun
        assert cells["jumlah_jiwa"] == str(rt.jumlah_jiwa)
        assert cells["tanggal"] == table_date(rt.tanggal)
        assert [cells[k] for k in KUNCI_PERTANYAAN] == [
            {True: "Ya", False: "Tidak", None: ""}[v] for v in rt.jawaban]
        assert cells["pembuangan"] == ("" if rt.pembuangan is None
                                       else PEMBUANGAN_SINGKAT[rt.pembuangan])
        assert model.halaman_dimuat() <= MAX_PAGES
    assert reader.calls == -(-3000 // PAGE)  # one query per page
    model.index(2999, 0).data()
    model.index(2990, 5).data()
    assert reader.calls == -(-3000 // PAGE)  # a page still held is not read again
    model.index(0, 0).data()
    assert reader.calls == -(-3000 // PAGE) + 1  # the first page was dropped long ago


def test_rows_follow_the_order_of_the_register(qapp, ws, register):
    silurah, _ = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    model.set_rows(ws.rumah_tangga.id_urut(silurah), editable=True)
    keys = [(shown(model, r)["rw"], shown(model, r)["rt"], shown(model, r)["nama_kepala"])
            for r in range(0, 3000, 37)]
    assert keys == sorted(keys)


def test_derived_rung_and_pillars_are_shown_read_only_and_shaded(qapp, ws, register):
    silurah, _ = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    ids = ws.rumah_tangga.id_urut(silurah)
    model.set_rows(ids, editable=True)
    column = model.column_of("tangga")
    rows = {shown(model, r)["tangga"] for r in range(200)}
    assert {"Akses aman", "Akses layak", "Belum layak", "BABS terbuka", ""} <= rows
    index = model.index(0, column)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.BackgroundRole) == TURUNAN_BRUSH
    ctps = model.column_of("ctps")
    rt = ws.rumah_tangga.baris(ids[:1])[ids[0]][1]
    assert model.index(0, ctps).data() == {True: "Ya", False: "Tidak", None: ""}[
        rt.praktik(Pilar.CTPS)]


def test_every_desa_shows_the_desa_column_and_is_read_only(qapp, ws, register):
    silurah, sodong = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    model.set_rows(ws.rumah_tangga.id_urut(None), semua_desa=True,
                   nama_desa={silurah: "Silurah", sodong: "Sodong"})
    assert model.rowCount() == 3040  # no new-KK line
    assert [k.kunci for k in model.kolom[:3]] == ["no", "desa", "dusun"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Desa/Kelurahan"
    assert model.index(0, 1).data() == "Silurah" and model.index(3039, 1).data() == "Sodong"
    assert [model.index(r, 0).data() for r in (0, 255, 256, 3039)] == ["1", "256", "257", "3040"]
    assert not model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 5), "Budi", EDIT) is False


def test_duplicates_are_tinted_with_the_reason(qapp, ws, register):
    silurah, _ = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    ids = ws.rumah_tangga.id_urut(silurah)
    model.set_rows(ids, editable=True, ganda={ids[3]: "no_kk", ids[4]: "nama_rt"})
    assert model.index(3, 2).data(Qt.ItemDataRole.BackgroundRole) == GANDA_BRUSH
    assert model.index(3, 2).data(Qt.ItemDataRole.ToolTipRole) == GANDA_LABELS["no_kk"]
    assert model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole) == GANDA_LABELS["nama_rt"]
    assert model.index(5, 2).data(Qt.ItemDataRole.BackgroundRole) != GANDA_BRUSH
    assert model.index(5, 2).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_new_line_holds_a_draft_and_cells_are_read_before_saving(qapp, ws, register):
    _, sodong = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    model.set_rows(ws.rumah_tangga.id_urut(sodong), editable=True)
    asked: list[tuple[int, RumahTangga]] = []
    refused: list[str] = []
    model.refused.connect(refused.append)
    model.penyimpan = lambda row, rt: asked.append((row, rt)) or True
    new = model.baris_baru
    assert new == 40 and model.rowCount() == 41
    assert model.index(new, model.column_of("nama_kepala")).data() == BARU_TEKS
    assert model.index(new, model.column_of("nama_kepala")).data(EDIT) == ""
    assert model.index(new, 0).data() == "＋" and model.index(new - 1, 0).data() == "40"
    assert not model.flags(model.index(3, 0)) & Qt.ItemFlag.ItemIsSelectable  # Tab skips it
    assert model.setData(model.index(new, model.column_of("tanggal")), "16-9-2025", EDIT)
    assert asked[-1] == (new, RumahTangga(nama_kepala="", tanggal=dt.date(2025, 9, 16)))
    assert model.setData(model.index(2, model.column_of("p2_sabun")), "t", EDIT)
    assert asked[-1][1].jawab("p2_sabun") is False
    assert model.setData(model.index(2, model.column_of("pembuangan")), "cubluk", EDIT)
    assert asked[-1][1].pembuangan is Pembuangan.CUBLUK
    assert model.setData(model.index(2, model.column_of("no_kk")), "3325 0115 0380 0001", EDIT)
    assert asked[-1][1].no_kk == "3325011503800001"
    count = len(asked)
    assert not model.setData(model.index(2, model.column_of("jumlah_jiwa")), "empat", EDIT)
    assert not model.setData(model.index(2, model.column_of("tanggal")), "32/13/2025", EDIT)
    assert not model.setData(model.index(2, model.column_of("p1_bab_jamban")), "mungkin", EDIT)
    assert len(asked) == count  # nothing handed on to be saved
    assert refused == [
        "Jiwa baris 3: “empat” bukan bilangan bulat (contoh: 1.234)",
        "Tanggal kunjungan baris 3: bukan tanggal (“32/13/2025”); tulis misalnya 13/11/2023 "
        "atau 13 November 2023",
        "BAB di jamban baris 3: “mungkin” tidak ada dalam pilihan (Ya, Tidak)",
    ]


def test_rows_stay_in_place_when_some_go_and_new_ones_come(qapp, ws, register):
    _, sodong = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    ids = ws.rumah_tangga.id_urut(sodong)
    model.set_rows(ids, editable=True)
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    kept = array("q", [i for n, i in enumerate(ids) if n not in (2, 3, 10)])
    model.ganti_ids(array("q", [*kept, 90001, 90002]))
    assert removed == [(10, 10), (2, 3)] and inserted == [(37, 38)] and not resets
    assert list(model.ids()) == [*kept, 90001, 90002]
    model.ganti_ids(array("q", reversed(kept)))  # another order: reset
    assert resets == [1]


def test_passes_the_model_tester(qtmodeltester, ws, register):
    _, sodong = register
    model = RumahTanggaModel(ws.rumah_tangga.baris)
    model.set_rows(ws.rumah_tangga.id_urut(sodong), editable=True)
    qtmodeltester.check(model)
