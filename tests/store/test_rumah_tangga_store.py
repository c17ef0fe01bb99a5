"""The household store's fast paths: stored values against the domain's rules, time-ordered
uuids, bulk loads (larger cache, indexes made at the end), the table's rules and its search index,
and the file check started ahead of opening."""

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kks_desktop.domain.rumah_tangga import PERTANYAAN, Pembuangan, RumahTangga, tangga_dari
from kks_desktop.domain.sanitasi import Pilar
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.rumah_tangga_store import _nilai

answers = st.tuples(*[st.sampled_from((True, False, None))] * len(PERTANYAAN))
outlets = st.sampled_from((*Pembuangan, None))
STORED = {True: 1, False: 0, None: None}


def _desa_id(ws: Workspace, kode: str = "33.25.01.2001") -> int:
    found = ws.rumah_tangga.conn.execute("SELECT id FROM desa WHERE kode = ?", [kode]).fetchone()
    return int(found[0])


def _indexes(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                            "tbl_name = 'rumah_tangga' ORDER BY name").fetchall()
    finally:
        conn.close()


@given(answers, outlets)
@settings(max_examples=300, deadline=None)
def test_stored_values_are_the_domains_rules_as_exact_ints(jawaban, outlet) -> None:
    rt = RumahTangga("Sutrisno", no_kk="3325010101200001", rt="001", rw="002", jumlah_jiwa=4,
                     tanggal=dt.date(2025, 9, 1), jawaban=jawaban, pembuangan=outlet)
    rung = tangga_dari(jawaban, outlet)
    practised = [rt.praktik(p) for p in Pilar]
    expected = ("3325010101200001", "Sutrisno", "", "001", "002", "", 4, "2025-09-01", "",
                *(STORED[v] for v in jawaban), outlet.value if outlet else None,
                rung.value if rung else None, *(STORED[v] for v in practised))
    got = _nilai(rt)
    assert got == expected
    # bools are bound ~10× slower than ints: none may slip through
    assert [type(v) for v in got] == [type(v) for v in expected]


def test_households_added_together_get_ascending_time_ordered_uuids(ws, make_desa) -> None:
    make_desa(ws)
    did = _desa_id(ws)
    before = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    with ws.atomic():
        made = ws.rumah_tangga.tambah_banyak(did, [RumahTangga(f"KK {i}") for i in range(300)])
        kept = ws.rumah_tangga.tambah_banyak(did, [RumahTangga("Darto", uuid="kept-uuid")])
    after = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    assert kept == ["kept-uuid"]
    assert made == sorted(made) and len(set(made)) == 300
    parsed = [uuid.UUID(u) for u in made]
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    assert all(before <= u.int >> 80 <= after for u in parsed)  # the first 48 bits: Unix ms
    assert [ws.rumah_tangga.ambil(u).nama_kepala for u in made[:3]] == ["KK 0", "KK 1", "KK 2"]


def test_a_bulk_load_into_an_empty_register_makes_its_indexes_at_the_end(
        ws, make_desa, workspace_path) -> None:
    make_desa(ws)
    did = _desa_id(ws)
    before = _indexes(workspace_path)
    conn = ws.rumah_tangga.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    with ws.atomic("Impor data KK"), ws.rumah_tangga.tanpa_riwayat():
        inside = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name = 'rumah_tangga'").fetchall()
        assert inside == [("sqlite_autoindex_rumah_tangga_1",)]  # the uuid's, a constraint
        assert conn.execute("PRAGMA cache_size").fetchone()[0] <= -65_536
        ws.rumah_tangga.tambah_banyak(did, [RumahTangga(f"KK {i}", rt=f"{i % 7:03d}",
                                                        no_kk=f"33250101012000{i:02d}")
                                            for i in range(60)])
    assert _indexes(workspace_path) == before
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(ws.rumah_tangga.id_urut(cari="3325010101200")) == 60


def test_a_bulk_load_into_a_register_with_households_keeps_its_indexes(ws, make_desa) -> None:
    make_desa(ws)
    did = _desa_id(ws)
    conn = ws.rumah_tangga.conn
    with ws.atomic():
        ws.rumah_tangga.tambah_banyak(did, [RumahTangga("Darto")])
    with ws.atomic(), ws.rumah_tangga.tanpa_riwayat():
        names = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = 'rumah_tangga'").fetchone()
        ws.rumah_tangga.tambah_banyak(did, [RumahTangga("Sutrisno")])
    assert names == (4,)
    assert ws.rumah_tangga.jumlah(did) == 2


def test_a_failed_bulk_load_leaves_the_register_and_its_indexes_as_they_were(
        ws, make_desa, workspace_path) -> None:
    make_desa(ws)
    did = _desa_id(ws)
    before = _indexes(workspace_path)
    with pytest.raises(sqlite3.IntegrityError), ws.atomic(), ws.rumah_tangga.tanpa_riwayat():
        ws.rumah_tangga.tambah_banyak(did, [RumahTangga("Darto"), RumahTangga("")])
    assert _indexes(workspace_path) == before
    assert ws.rumah_tangga.jumlah() == 0


def test_the_register_keeps_its_rules_and_searches_on_the_listing_index(ws, make_desa) -> None:
    make_desa(ws)
    ws.rumah_tangga.simpan(_desa_id(ws), RumahTangga("Sutrisno"))
    (uuid,) = ws.rumah_tangga.conn.execute("SELECT uuid FROM rumah_tangga").fetchone()
    conn = ws.rumah_tangga.conn
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'rumah_tangga'")
    assert "IN ('" not in table.fetchone()[0]
    for column, bad in (("pembuangan", "sungai"), ("tangga", "baik"), ("ctps", 2)):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"UPDATE rumah_tangga SET {column} = ? WHERE uuid = ?", [bad, uuid])
    conn.execute("UPDATE rumah_tangga SET pembuangan = 'cubluk', tangga = 'aman' WHERE uuid = ?",
                 [uuid])
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM rumah_tangga WHERE "
                        "(nama_kepala LIKE '%a%' OR no_kk LIKE 'a%') "
                        "ORDER BY desa_id, rw, rt, nama_kepala").fetchall()
    assert [p[-1] for p in plan] == ["SCAN rumah_tangga USING COVERING INDEX "
                                     "rumah_tangga_urut"]
