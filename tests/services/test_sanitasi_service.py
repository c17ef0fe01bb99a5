"""Tests for the sanitation report use cases, the settings they read, and desa delete/undo with reports."""

import datetime as dt
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.desa_stbm import Cara, StatusStbm
from kks_desktop.domain.errors import DesaInUse, DesaNotFound, LaporanExists, ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pemeriksaan
from kks_desktop.services import desa_service, pengaturan, pokja_service
from kks_desktop.services import sanitasi_service as svc
from kks_desktop.services.reference import aturan_sanitasi
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
D = dt.date
MakeDesa = Callable[..., Desa]
MakeLaporan = Callable[..., LaporanSanitasi]
TODAY = D(2025, 11, 5)
TIM = (AnggotaTim("Retno"), AnggotaTim("Sugiyanto"), AnggotaTim("Hartono"))
LULUS = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 6, 1), tim=TIM, hasil=Hasil.LULUS, nomor_ba="BA/1")
DEKLARASI = OdfEvent(JenisOdf.DEKLARASI, D(2025, 6, 15), nomor_ba="BA/2")


def _count(ws: Workspace) -> int:
    return int(ws.laporan.db.execute("SELECT count(*) FROM laporan_sanitasi").fetchone()[0])


# --- reference data and settings -----------------------------------------------------------

def test_shipped_sanitation_rules_load() -> None:
    data = aturan_sanitasi()
    assert data.pemeriksaan == Pemeriksaan(selisih_kk_terdaftar=0.2, lonjakan_antar_periode=0.25)
    assert [(r.id, r.cara, r.min_sbs, r.min_kk) for r in data.desa_stbm] == [
        ("rpjmn_tiga_pilar", Cara.TIGA_PILAR, 1.0, 0.75),
        ("kemenkes_setiap_pilar", Cara.SETIAP_PILAR, 1.0, 0.5),
    ]
    assert data.bawaan.id == "rpjmn_tiga_pilar"
    assert data.aturan("kemenkes_setiap_pilar").cara is Cara.SETIAP_PILAR
    assert data.aturan("tidak_ada") == data.bawaan
    assert data.aturan(None) == data.bawaan
    assert all(r.nama and r.keterangan for r in data.desa_stbm)


def test_desa_stbm_rule_setting(ws: Workspace) -> None:
    assert pengaturan.aturan_stbm(ws).id == "rpjmn_tiga_pilar"
    assert pengaturan.set_aturan_stbm(ws, "kemenkes_setiap_pilar").id == "kemenkes_setiap_pilar"
    assert pengaturan.aturan_stbm(ws).cara is Cara.SETIAP_PILAR
    with pytest.raises(ValueError):
        pengaturan.set_aturan_stbm(ws, "semua_pilar")
    assert pengaturan.aturan_stbm(ws).id == "kemenkes_setiap_pilar"
    assert ws.settings.get(pengaturan.ATURAN_STBM_KEY) == "kemenkes_setiap_pilar"


def test_cycle_setting(ws: Workspace) -> None:
    assert pengaturan.siklus(ws).tahun == 2025
    chosen = pengaturan.set_siklus(ws, 2021)
    assert [t.min_odf for t in chosen.tingkat] == [0.6, 0.8, 1.0]
    assert pengaturan.siklus(ws) == chosen
    with pytest.raises(ValueError):
        pengaturan.set_siklus(ws, 2019)
    assert pengaturan.siklus(ws).tahun == 2021
    ws.settings.set_many({pengaturan.SIKLUS_KEY: "dua ribu"})
    assert pengaturan.siklus(ws).tahun == 2025


# --- check_report --------------------------------------------------------------------------

def test_clean_report_saves_with_no_warnings(ws: Workspace, make_desa: MakeDesa,
                                            make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws, jumlah_kk=200)
    lap = make_laporan("2025-10", total=200, babs=4, pilar=(150, 180, 120, 100))
    assert svc.check_report(ws, desa.kode, lap, TODAY) == []
    saved = svc.save_report(ws, desa.kode, lap, TODAY)
    assert saved.warnings == []
    assert saved.laporan.with_changes(uuid="", updated_at="") == lap
    assert svc.reports_for(ws, desa.kode) == [saved.laporan]


def test_check_compares_with_the_latest_earlier_report(ws: Workspace, make_desa: MakeDesa,
                                                       make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    for periode, ctps in (("2025-07", 150), ("2025-09", 100), ("2025-11", 150)):
        svc.save_report(ws, desa.kode, make_laporan(periode, pilar=(ctps, 100, 100, 100)), TODAY)
    lap = make_laporan("2025-10", pilar=(151, 100, 100, 100))
    assert svc.check_report(ws, desa.kode, lap, TODAY) == [
        Problem.warning("ctps", "jump_from_previous", sebelumnya=100, sekarang=151,
                        periode="September 2025", persen=25)]
    first = make_laporan("2025-01", pilar=(10, 100, 100, 100))
    assert svc.check_report(ws, desa.kode, first, TODAY) == []


def test_check_ignores_the_stored_version_of_the_report_being_edited(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    stored = svc.save_report(ws, desa.kode, make_laporan("2025-09", total=200), TODAY).laporan
    edited = make_laporan("2025-10", total=400, uuid=stored.uuid)
    assert svc.check_report(ws, desa.kode, edited, TODAY) == []


def test_check_against_the_registered_kk(ws: Workspace, make_desa: MakeDesa,
                                         make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws, jumlah_kk=150)
    assert svc.check_report(ws, desa.kode, make_laporan(total=200), TODAY) == [
        Problem.warning("total_kk", "far_from_registered", terdaftar=150, persen=20)]
    unknown = make_desa(ws, "33.25.01.2002")
    assert svc.check_report(ws, unknown.kode, make_laporan(total=200), TODAY) == []


def test_check_against_a_valid_declaration(ws: Workspace, make_desa: MakeDesa,
                                           make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    ws.odf.put_event(desa.kode, DEKLARASI)
    lap = make_laporan("2025-07", babs=3)
    assert svc.check_report(ws, desa.kode, lap, TODAY) == []  # no passed verifikasi before it
    ws.odf.put_event(desa.kode, LULUS)
    assert svc.check_report(ws, desa.kode, lap, TODAY) == [
        Problem.warning("babs", "babs_after_odf", babs=3, tanggal="15/06/2025")]


def test_a_taken_month_is_the_first_error(ws: Workspace, make_desa: MakeDesa,
                                          make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    october = svc.save_report(ws, desa.kode, make_laporan("2025-10"), TODAY).laporan
    september = svc.save_report(ws, desa.kode, make_laporan("2025-09"), TODAY).laporan
    again = make_laporan("2025-10", total=200).with_changes(total_kk=201)
    assert svc.check_report(ws, desa.kode, again, TODAY) == [
        Problem.error("periode", "period_taken", periode="Oktober 2025"),
        Problem.error("total_kk", "ladder_sum_mismatch", jumlah=200, total=201)]
    moved = make_laporan("2025-10", uuid=september.uuid)
    assert svc.check_report(ws, desa.kode, moved, TODAY)[0].code == "period_taken"
    same = make_laporan("2025-10", uuid=october.uuid)
    assert svc.check_report(ws, desa.kode, same, TODAY) == []


def test_save_with_errors_raises_and_writes_nothing(ws: Workspace, make_desa: MakeDesa,
                                                    make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws, jumlah_kk=100)
    stored = svc.save_report(ws, desa.kode, make_laporan("2025-09"), TODAY).laporan
    cases = [
        make_laporan("2025-12"),
        make_laporan("2025-09"),
        make_laporan("2025-08", pilar=(201, 0, 0, 0)),
        make_laporan("2025-09", uuid=stored.uuid, kk_tiga_pilar=-1),
    ]
    for lap in cases:
        with pytest.raises(ValidationFailed) as info:
            svc.save_report(ws, desa.kode, lap, TODAY)
        assert info.value.problems == svc.check_report(ws, desa.kode, lap, TODAY)
        assert any(p.is_error for p in info.value.problems)
    assert svc.reports_for(ws, desa.kode) == [stored]


def test_save_returns_warnings_and_replaces_by_uuid(ws: Workspace, make_desa: MakeDesa,
                                                    make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws, jumlah_kk=100)
    first = svc.save_report(ws, desa.kode, make_laporan("2025-09", total=200), TODAY)
    assert first.warnings == [Problem.warning("total_kk", "far_from_registered", terdaftar=100,
                                              persen=20)]
    second = svc.save_report(ws, desa.kode, make_laporan("2025-09", total=110, babs=2,
                                                         uuid=first.laporan.uuid), TODAY)
    assert second.warnings == []
    assert second.laporan.uuid == first.laporan.uuid
    assert _count(ws) == 1
    assert svc.latest_report(ws, desa.kode) == second.laporan
    assert svc.report_for(ws, desa.kode, Periode(2025, 9)) == second.laporan
    assert svc.report_for(ws, desa.kode, Periode(2025, 10)) is None


def test_the_future_depends_on_today(ws: Workspace, make_desa: MakeDesa,
                                     make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    with pytest.raises(ValidationFailed):
        svc.save_report(ws, desa.kode, make_laporan("2025-12"), TODAY)
    assert svc.save_report(ws, desa.kode, make_laporan("2025-12"), D(2025, 12, 1)).warnings == []


def test_delete_and_put_back(ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    lap = svc.save_report(ws, desa.kode, make_laporan("2025-09"), TODAY).laporan
    assert svc.delete_report(ws, desa.kode, lap) == lap
    assert svc.reports_for(ws, desa.kode) == []
    assert svc.latest_report(ws, desa.kode) is None
    back = svc.put_report(ws, desa.kode, lap)
    assert back.with_changes(updated_at="") == lap.with_changes(updated_at="")
    svc.save_report(ws, desa.kode, make_laporan("2025-10"), TODAY)
    with pytest.raises(LaporanExists):
        svc.put_report(ws, desa.kode, lap.with_changes(uuid="", periode=Periode(2025, 10)))


def test_unregistered_desa(ws: Workspace, make_laporan: MakeLaporan) -> None:
    with pytest.raises(DesaNotFound):
        svc.check_report(ws, K("33.25.01.2001"), make_laporan(), TODAY)
    with pytest.raises(DesaNotFound):
        svc.save_report(ws, K("33.25.01.2001"), make_laporan(), TODAY)


def test_penilaian_follows_the_chosen_rule(ws: Workspace, make_laporan: MakeLaporan) -> None:
    lap = make_laporan(total=200, pilar=(100, 100, 100, 100), kk_tiga_pilar=100)
    assert svc.penilaian_stbm(ws, lap).status is StatusStbm.BELUM
    pengaturan.set_aturan_stbm(ws, "kemenkes_setiap_pilar")
    assert svc.penilaian_stbm(ws, lap).status is StatusStbm.DESA_STBM
    assert svc.penilaian_stbm(ws, None).status is StatusStbm.TIDAK_DIKETAHUI


# --- desa delete and undo carry the sanitation records -------------------------------------

def test_undo_of_a_desa_delete_brings_back_reports_and_path(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws, jumlah_kk=200)
    other = make_desa(ws, "33.25.01.2002")
    pokja_service.save_pokja(ws, desa.kode, Pokja(anggota=(Anggota("Siti", Jabatan.KETUA),)))
    reports = [svc.save_report(ws, desa.kode, make_laporan(p), TODAY).laporan
               for p in ("2025-09", "2025-10")]
    events = [ws.odf.put_event(desa.kode, e) for e in (LULUS, DEKLARASI)]
    svc.save_report(ws, other.kode, make_laporan("2025-10"), TODAY)
    with pytest.raises(DesaInUse) as info:
        desa_service.delete_desa(ws, desa.kode)
    assert info.value.counts == {"pokja": 1, "pokja_anggota": 1, "laporan_sanitasi": 2,
                                 "odf_event": 2}
    removed = desa_service.delete_desa(ws, desa.kode, force=True)
    assert removed.laporan == tuple(reports)
    assert removed.odf == tuple(events)
    assert ws.laporan.latest_within(None).keys() == {"33.25.01.2002"}
    assert ws.odf.events_within(None) == {}
    desa_service.restore_desa(ws, removed)
    back = svc.reports_for(ws, desa.kode)
    assert [r.uuid for r in back] == [r.uuid for r in reports]
    assert [r.with_changes(updated_at="") for r in back] == [
        r.with_changes(updated_at="") for r in reports]
    path = ws.odf.events_for(desa.kode)
    assert [e.with_changes(updated_at="") for e in path] == [
        e.with_changes(updated_at="") for e in events]
    assert [m.nama for m in path[0].tim] == ["Retno", "Sugiyanto", "Hartono"]
    assert ws.pokja.pokja_for(desa.kode).anggota[0].nama == "Siti"


def test_old_scale_report_gets_its_ladder_from_the_mapping(ws: Workspace, make_desa: MakeDesa,
                                                           make_laporan: MakeLaporan) -> None:
    from kks_desktop.domain.sanitasi import Rung, TanggaLama

    desa = make_desa(ws, jumlah_kk=200)
    typed = make_laporan("2019-03", total=200, babs=0, lama=TanggaLama(120, 50, 20, 10))
    saved = svc.save_report(ws, desa.kode, typed, TODAY).laporan
    assert saved.lama == TanggaLama(120, 50, 20, 10)
    assert [saved.rung(r) for r in Rung] == [0, 120, 20, 50, 0, 10]
    assert (saved.akses, saved.babs) == (190, 10)
