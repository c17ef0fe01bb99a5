"""The household register through its service: saves, checks, the history, and the report
computed from the register against an independent count of the stored rows."""

import datetime as dt
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rumah_tangga_uji import tangga_menurut_formulir

from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.domain.sanitasi import Pilar, Rung
from kks_desktop.services import desa_service, riwayat_service, sanitasi_service
from kks_desktop.services import rumah_tangga_service as service
from kks_desktop.services.workspace import Workspace

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
TODAY = dt.date(2026, 11, 22)
PILLAR_KEYS = {2: Pilar.CTPS, 3: Pilar.PAMM, 4: Pilar.PSRT, 5: Pilar.PLCRT}

answers = st.tuples(*[st.sampled_from((True, False, None))] * len(PERTANYAAN))
households = st.builds(RumahTangga, nama_kepala=st.sampled_from(("Sutrisno", "Siti Aminah", "Darto")),
                       rt=st.sampled_from(("001", "002")), jawaban=answers,
                       pembuangan=st.sampled_from((*Pembuangan, None)))


def _independent_counts(path: Path, kode: KodeWilayah) -> dict[str, object]:
    """The report's figures counted from the stored answers with sqlite3 and the test's own
    reading of the ladder and of "a pillar is practised when all its answers are Ya"."""
    conn = sqlite3.connect(path)
    rows = conn.execute(f"SELECT {', '.join(KUNCI_PERTANYAAN)}, pembuangan FROM rumah_tangga h "
                        "JOIN desa d ON d.id = h.desa_id WHERE d.kode = ?", [str(kode)]).fetchall()
    conn.close()
    rungs: Counter[Rung] = Counter()
    practised: Counter[Pilar] = Counter()
    three = 0
    for row in rows:
        value = {k: None if v is None else bool(v) for k, v in zip(KUNCI_PERTANYAAN, row[:-1], strict=True)}
        outlet = Pembuangan(row[-1]) if row[-1] else None
        rung = tangga_menurut_formulir(value["p1_bab_jamban"], value["p1_milik_sendiri"],
                       value["p1_leher_angsa"], outlet)
        if rung is not None:
            rungs[rung] += 1
        done = 0
        for number, pilar in PILLAR_KEYS.items():
            mine = [value[p.kunci] for p in PERTANYAAN if p.pilar == number]
            if all(v is True for v in mine):
                practised[pilar] += 1
                done += 1
        three += done >= 3
    return {"total": sum(rungs.values()), "rungs": rungs, "practised": practised, "three": three,
            "households": len(rows)}


@given(st.lists(households, max_size=40), st.lists(households, max_size=10))
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_report_from_register_matches_an_independent_count(tmp_path_factory, here, there):
    path = tmp_path_factory.mktemp("rt") / "kks.db"
    with Workspace.open(path) as ws:
        for kode, group in ((SILURAH, here), (SODONG, there)):
            desa_service.add_desa(ws, desa_service.new_desa(ws, kode))
            service.save(ws, kode, group, TODAY)
        got = service.laporan_dari_register(ws, SILURAH, Periode(2026, 10))
    expected = _independent_counts(path, SILURAH)
    lap = got.laporan
    assert lap.total_kk == expected["total"] == lap.ladder_sum
    assert {r: lap.rung(r) for r in Rung} == {r: expected["rungs"][r] for r in Rung}
    assert got.hitungan.total == expected["households"] == len(here)
    for pilar in Pilar:
        if lap.pilar_kk(pilar) is not None:
            assert lap.pilar_kk(pilar) == expected["practised"][pilar]
        else:
            assert expected["practised"][pilar] == 0
    if lap.kk_tiga_pilar is not None:
        assert lap.kk_tiga_pilar == expected["three"]


def test_a_computed_report_is_saved_over_the_typed_one_of_its_month(ws, make_desa, make_laporan):
    make_desa(ws)
    typed = sanitasi_service.save_report(ws, SILURAH, make_laporan("2026-10", total=3)).laporan
    yes = {p.kunci: True for p in PERTANYAAN}
    own = RumahTangga("Sutrisno", pembuangan=Pembuangan.SEPTIK).with_jawaban(**yes)
    shared = own.with_changes(nama_kepala="Darto").with_jawaban(p1_milik_sendiri=False)
    none = own.with_changes(nama_kepala="Siti").with_jawaban(p1_bab_jamban=False, p2_sabun=False)
    service.save(ws, SILURAH, [own, shared, none], TODAY)
    got = service.laporan_dari_register(ws, SILURAH, Periode(2026, 10))
    assert got.terakhir == typed
    assert got.laporan.uuid == typed.uuid
    assert (got.laporan.rung(Rung.LAYAK), got.laporan.rung(Rung.SHARING),
            got.laporan.rung(Rung.BABS_TERBUKA)) == (1, 1, 1)
    assert got.laporan.pilar_kk(Pilar.CTPS) == 2
    assert got.laporan.kk_tiga_pilar == 3
    differences = {s.kunci: s.beda for s in got.selisih}
    assert differences["total_kk"] == 3 - typed.total_kk
    saved = sanitasi_service.save_report(ws, SILURAH, got.laporan, TODAY).laporan
    assert [r.uuid for r in sanitasi_service.reports_for(ws, SILURAH)] == [typed.uuid]
    assert saved.rung(Rung.SHARING) == 1


def test_a_household_with_an_error_stops_the_whole_save(ws, make_desa):
    make_desa(ws)
    good, bad = RumahTangga("Sutrisno"), RumahTangga("Darto", no_kk="12345")
    with pytest.raises(ValidationFailed) as refused:
        service.save(ws, SILURAH, [good, bad], TODAY)
    assert [(p.field, p.code, p.param("row")) for p in refused.value.problems] == [
        ("no_kk", "no_kk_bentuk", 2)]
    assert ws.rumah_tangga.jumlah() == 0


def test_saved_households_read_back_equal(ws, make_desa):
    make_desa(ws)
    rt = RumahTangga("Siti Aminah", no_kk="3325010101200001", dusun="Krajan", rt="002",
                     rw="001", alamat="Jl. Mawar 3", jumlah_jiwa=5, tanggal=dt.date(2026, 10, 3),
                     petugas="Bidan Rina", pembuangan=Pembuangan.CUBLUK).with_jawaban(
        p1_bab_jamban=True, p2_sabun=False, p5_resapan=True)
    saved = service.save(ws, SILURAH, [rt], TODAY)
    (stored,) = saved.rumah_tangga
    assert saved.warnings == []
    assert stored.with_changes(uuid="", updated_at="") == rt
    assert stored.tangga is Rung.BELUM_LAYAK
    changed = stored.with_changes(jumlah_jiwa=6)
    service.save(ws, SILURAH, [changed], TODAY)
    assert ws.rumah_tangga.ambil(stored.uuid).jumlah_jiwa == 6
    assert ws.rumah_tangga.jumlah() == 1


def test_duplicates_are_flagged(ws, make_desa):
    make_desa(ws)
    make_desa(ws, SODONG)
    service.save(ws, SILURAH, [RumahTangga("Sutrisno", rt="001", no_kk="3325010101200001"),
                               RumahTangga("sutrisno ", rt="001"), RumahTangga("Sutrisno", rt="002"),
                               RumahTangga("Darto", no_kk="3325010101200002")], TODAY)
    service.save(ws, SODONG, [RumahTangga("Darto", no_kk="3325010101200002")], TODAY)
    did = service.desa_id(ws, SILURAH)
    ids = list(ws.rumah_tangga.id_urut(did))
    rows = ws.rumah_tangga.baris(ids)
    flagged = {rows[i][1].nama_kepala + rows[i][1].rt: why
               for i, why in ws.rumah_tangga.ganda(did).items()}
    assert flagged == {"Sutrisno001": "nama_rt", "sutrisno 001": "nama_rt", "Darto": "no_kk"}


def test_search_by_name_or_no_kk(ws, make_desa):
    make_desa(ws)
    service.save(ws, SILURAH, [RumahTangga("Siti Aminah", no_kk="3325010101200001"),
                               RumahTangga("Aminah_2%"), RumahTangga("Darto")], TODAY)
    def names(cari: str) -> list[str]:
        ids = ws.rumah_tangga.id_urut(cari=cari)
        found = ws.rumah_tangga.baris(list(ids))
        return [found[i][1].nama_kepala for i in ids]
    assert names("amin") == ["Aminah_2%", "Siti Aminah"]
    assert names("332501") == ["Siti Aminah"]
    assert names("_2%") == ["Aminah_2%"]
    assert names("0101200001") == []  # a No. KK is found by its beginning


def test_bulk_loads_are_unrecorded_but_a_deleted_desa_brings_its_households_back(
        ws, make_desa, workspace_path):
    make_desa(ws)
    did = service.desa_id(ws, SILURAH)
    with ws.atomic("Impor data KK"), ws.rumah_tangga.tanpa_riwayat():
        ws.rumah_tangga.tambah_banyak(did, [RumahTangga(f"KK {i}") for i in range(50)])
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("SELECT count(*) FROM riwayat WHERE tabel = 'rumah_tangga'").fetchone() == (0,)
    service.save(ws, SILURAH, [RumahTangga("Darto")], TODAY)
    assert conn.execute("SELECT count(*) FROM riwayat WHERE tabel = 'rumah_tangga'").fetchone() == (1,)
    table = conn.execute("SELECT * FROM rumah_tangga ORDER BY id").fetchall()
    conn.close()
    assert desa_service.dependents(ws, SILURAH) == {"rumah_tangga": 51}
    desa_service.delete_desa(ws, SILURAH, force=True)
    assert ws.rumah_tangga.jumlah() == 0
    (_aksi, entry), = riwayat_service.terhapus(ws)
    riwayat_service.pulihkan_terhapus(ws, entry)
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("SELECT * FROM rumah_tangga ORDER BY id").fetchall() == table
    conn.close()
