"""Tests for LaporanStore: reports round-trip, matched on uuid, one per month, latest per desa."""

import sqlite3
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound, LaporanExists
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber, TanggaLama
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import KNOWN_MIGRATIONS, SCHEMA_VERSION, TABLES

K = KodeWilayah.parse
MakeDesa = Callable[..., Desa]
MakeLaporan = Callable[..., LaporanSanitasi]


def _bare(lap: LaporanSanitasi) -> LaporanSanitasi:
    return lap.with_changes(uuid="", updated_at="")


def _count(ws: Workspace) -> int:
    return int(ws.laporan.db.execute("SELECT count(*) FROM laporan_sanitasi").fetchone()[0])


def test_schema_has_the_sanitation_tables() -> None:
    assert KNOWN_MIGRATIONS[3:5] == ("m004_sanitasi", "m005_odf")
    assert len(KNOWN_MIGRATIONS) == SCHEMA_VERSION
    assert TABLES[5:8] == ("laporan_sanitasi", "odf_event", "odf_tim")


def test_unregistered_desa_raises(ws: Workspace, make_laporan: MakeLaporan) -> None:
    kode = K("33.25.01.2001")
    with pytest.raises(DesaNotFound):
        ws.laporan.reports_for(kode)
    with pytest.raises(DesaNotFound):
        ws.laporan.put_report(kode, make_laporan())
    with pytest.raises(DesaNotFound):
        ws.laporan.delete_report(kode, "x")
    assert _count(ws) == 0


def test_every_field_round_trips(ws: Workspace, make_desa: MakeDesa,
                                 make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    assert ws.laporan.reports_for(desa.kode) == []
    lap = make_laporan("2025-10", total=200, babs=10, pilar=(150, 180, 120, 100),
                       kk_tiga_pilar=110, sumber=Sumber.VERIFIKASI, petugas="  Sanitarian  ",
                       catatan="Dusun Krajan belum lengkap", lama=TanggaLama(100, 60, 30, 10))
    lap = lap.with_changes(pilar={**lap.pilar, Pilar.PLCRT: None})
    saved = ws.laporan.put_report(desa.kode, lap)
    assert _bare(saved) == lap.with_changes(petugas="Sanitarian")
    assert saved.uuid and saved.updated_at
    assert saved.tangga == {Rung.AMAN: 38, Rung.LAYAK: 95, Rung.SHARING: 19,
                            Rung.BELUM_LAYAK: 38, Rung.BABS_TERTUTUP: 5, Rung.BABS_TERBUKA: 5}
    assert saved.pilar_kk(Pilar.PLCRT) is None
    assert ws.laporan.reports_for(desa.kode) == [saved]
    row = ws.laporan.db.execute(
        "SELECT periode, sumber, lama_od, plcrt, kk_tiga_pilar FROM laporan_sanitasi").fetchone()
    assert row == ("2025-10", "verifikasi", 10, None, 110)
    plain = ws.laporan.put_report(desa.kode, make_laporan("2025-09"))
    assert (plain.lama, plain.kk_tiga_pilar, plain.pilar_lengkap) == (None, None, False)
    assert plain.pilar == dict.fromkeys(Pilar)


def test_put_with_a_stored_uuid_replaces_that_report(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    first = ws.laporan.put_report(desa.kode, make_laporan("2025-09", total=200))
    ids = ws.laporan.db.execute("SELECT id, uuid, created_at FROM laporan_sanitasi").fetchall()
    changed = ws.laporan.put_report(desa.kode, make_laporan("2025-08", total=210, babs=4,
                                                            uuid=first.uuid))
    assert changed.uuid == first.uuid
    assert (changed.periode, changed.total_kk, changed.babs) == (Periode(2025, 8), 210, 4)
    assert ws.laporan.db.execute(
        "SELECT id, uuid, created_at FROM laporan_sanitasi").fetchall() == ids
    assert ws.laporan.reports_for(desa.kode) == [changed]


def test_unknown_uuid_is_added_under_that_uuid(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    saved = ws.laporan.put_report(desa.kode, make_laporan(uuid="uuid-dari-laptop-lain"))
    assert saved.uuid == "uuid-dari-laptop-lain"


def test_a_second_report_for_the_same_month_is_refused(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    other = make_desa(ws, "33.25.01.2002")
    october = ws.laporan.put_report(desa.kode, make_laporan("2025-10", total=200))
    september = ws.laporan.put_report(desa.kode, make_laporan("2025-09", total=190))
    with pytest.raises(LaporanExists) as info:
        ws.laporan.put_report(desa.kode, make_laporan("2025-10", total=300))
    assert (info.value.kode, info.value.periode) == ("33.25.01.2001", "2025-10")
    with pytest.raises(LaporanExists):
        ws.laporan.put_report(desa.kode, make_laporan("2025-10", uuid=september.uuid))
    assert ws.laporan.reports_for(desa.kode) == [september, october]
    # the same month in another desa is fine
    ws.laporan.put_report(other.kode, make_laporan("2025-10"))
    assert _count(ws) == 3


def test_reports_come_oldest_first(ws: Workspace, make_desa: MakeDesa,
                                   make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    for periode in ("2025-03", "2024-11", "2025-10", "2025-01"):
        ws.laporan.put_report(desa.kode, make_laporan(periode))
    assert [str(r.periode) for r in ws.laporan.reports_for(desa.kode)] == [
        "2024-11", "2025-01", "2025-03", "2025-10"]


def test_latest_within_picks_each_desas_latest_month_inside_the_region(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    a, b = make_desa(ws, "33.25.01.2001"), make_desa(ws, "33.25.01.2002")
    c = make_desa(ws, "33.25.02.2001")
    make_desa(ws, "33.25.01.2003")  # no reports
    for periode, total in (("2025-08", 100), ("2025-10", 120), ("2025-09", 110)):
        ws.laporan.put_report(a.kode, make_laporan(periode, total=total))
    ws.laporan.put_report(b.kode, make_laporan("2025-07", total=70))
    ws.laporan.put_report(b.kode, make_laporan("2024-12", total=60))
    ws.laporan.put_report(c.kode, make_laporan("2025-10", total=300))

    def figures(found: dict[str, LaporanSanitasi]) -> dict[str, tuple[str, int]]:
        return {k: (str(v.periode), v.total_kk) for k, v in found.items()}

    assert figures(ws.laporan.latest_within(None)) == {
        "33.25.01.2001": ("2025-10", 120), "33.25.01.2002": ("2025-07", 70),
        "33.25.02.2001": ("2025-10", 300)}
    assert figures(ws.laporan.latest_within(K("33.25.01"))) == {
        "33.25.01.2001": ("2025-10", 120), "33.25.01.2002": ("2025-07", 70)}
    assert figures(ws.laporan.latest_within(K("33.25.02"))) == {"33.25.02.2001": ("2025-10", 300)}
    assert figures(ws.laporan.latest_within(K("33.25.01.2002"))) == {
        "33.25.01.2002": ("2025-07", 70)}
    assert ws.laporan.latest_within(K("33.24")) == {}
    assert ws.laporan.latest_within(None)["33.25.01.2001"] == ws.laporan.reports_for(a.kode)[-1]


def test_delete_removes_only_that_report(ws: Workspace, make_desa: MakeDesa,
                                         make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    other = make_desa(ws, "33.25.01.2002")
    keep = ws.laporan.put_report(desa.kode, make_laporan("2025-09"))
    gone = ws.laporan.put_report(desa.kode, make_laporan("2025-10"))
    foreign = ws.laporan.put_report(other.kode, make_laporan("2025-10"))
    ws.laporan.delete_report(desa.kode, gone.uuid)
    ws.laporan.delete_report(desa.kode, gone.uuid)  # already gone: nothing
    ws.laporan.delete_report(desa.kode, foreign.uuid)  # belongs to another desa: nothing
    assert ws.laporan.reports_for(desa.kode) == [keep]
    assert ws.laporan.reports_for(other.kode) == [foreign]


def test_add_many_keeps_uuids_in_one_go(ws: Workspace, make_desa: MakeDesa,
                                        make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    ws.laporan.add_many(desa.kode, [make_laporan("2025-09", uuid="u-9"),
                                    make_laporan("2025-08"), make_laporan("2025-10", uuid="u-10")])
    stored = ws.laporan.reports_for(desa.kode)
    assert [(str(r.periode), r.uuid) for r in stored][::2] == [("2025-08", stored[0].uuid),
                                                               ("2025-10", "u-10")]
    assert stored[1].uuid == "u-9"
    assert stored[0].uuid not in ("", "u-9", "u-10")
    with pytest.raises(sqlite3.IntegrityError):
        ws.laporan.add_many(desa.kode, [make_laporan("2025-01"), make_laporan("2025-09")])
    assert len(ws.laporan.reports_for(desa.kode)) == 3


def test_deleting_the_desa_removes_its_reports(ws: Workspace, make_desa: MakeDesa,
                                               make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    other = make_desa(ws, "33.25.01.2002")
    ws.laporan.put_report(desa.kode, make_laporan("2025-09"))
    ws.laporan.put_report(desa.kode, make_laporan("2025-10"))
    kept = ws.laporan.put_report(other.kode, make_laporan("2025-10"))
    assert ws.desa.dependents(desa.kode) == {"laporan_sanitasi": 2}
    ws.desa.delete_desa(desa.kode, force=True)
    assert _count(ws) == 1
    assert ws.laporan.latest_within(None) == {"33.25.01.2002": kept}


def test_database_refuses_a_ladder_that_does_not_add_up(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    desa_id = ws.desa.desa_id(desa.kode)
    insert = """INSERT INTO laporan_sanitasi (desa_id, periode, total_kk, aman, layak, sharing,
                    belum_layak, babs_tertutup, babs_terbuka, sumber, uuid, created_at, updated_at)
                VALUES (?, '2025-10', ?, 10, 20, 30, 40, 0, 0, 'monitoring', ?, 'x', 'x')"""
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        ws.laporan.db.execute(insert, [desa_id, 101, "u1"])
    ws.laporan.db.execute(insert, [desa_id, 100, "u2"])  # the same row adding up is accepted
    assert [r.uuid for r in ws.laporan.reports_for(desa.kode)] == ["u2"]
    bad = make_laporan("2025-09", total=200).with_changes(total_kk=201)
    with pytest.raises(sqlite3.IntegrityError):
        ws.laporan.put_report(desa.kode, bad)
    assert [r.uuid for r in ws.laporan.reports_for(desa.kode)] == ["u2"]
