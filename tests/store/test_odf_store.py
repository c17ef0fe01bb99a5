"""Tests for OdfStore: events with their team round-trip, matched on uuid, per desa and region."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
D = dt.date
MakeDesa = Callable[..., Desa]
TIM = (AnggotaTim("  dr. Retno Wulandari ", " Dinas Kesehatan "), AnggotaTim("Hartono"),
       AnggotaTim("Siti Aminah", "Pokja desa tetangga"))
PEMICUAN = OdfEvent(JenisOdf.PEMICUAN, D(2025, 1, 10), fasilitator=" Sanitarian ",
                    catatan="Di balai desa.")
VERIFIKASI = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 6, 10), tim=TIM, hasil=Hasil.LULUS,
                      nomor_ba=" BA/VER/2025/07 ", catatan="Seluruh KK akses.")
DEKLARASI = OdfEvent(JenisOdf.DEKLARASI, D(2025, 7, 1), nomor_ba="BA/ODF/2025/01",
                     saksi="Camat, Kepala Puskesmas")


def _bare(event: OdfEvent) -> OdfEvent:
    return event.with_changes(uuid="", updated_at="")


def _rows(ws: Workspace, table: str) -> int:
    return int(ws.odf.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_unregistered_desa_raises(ws: Workspace) -> None:
    kode = K("33.25.01.2001")
    with pytest.raises(DesaNotFound):
        ws.odf.events_for(kode)
    with pytest.raises(DesaNotFound):
        ws.odf.put_event(kode, PEMICUAN)
    with pytest.raises(DesaNotFound):
        ws.odf.delete_event(kode, "x")


def test_every_field_and_the_team_order_round_trip(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    assert ws.odf.events_for(desa.kode) == []
    saved = ws.odf.put_event(desa.kode, VERIFIKASI)
    assert _bare(saved) == VERIFIKASI.with_changes(
        nomor_ba="BA/VER/2025/07",
        tim=(AnggotaTim("dr. Retno Wulandari", "Dinas Kesehatan"), AnggotaTim("Hartono", ""),
             AnggotaTim("Siti Aminah", "Pokja desa tetangga")))
    assert [m.nama for m in saved.tim] == ["dr. Retno Wulandari", "Hartono", "Siti Aminah"]
    assert saved.uuid and saved.updated_at
    pemicuan = ws.odf.put_event(desa.kode, PEMICUAN)
    assert _bare(pemicuan) == PEMICUAN.with_changes(fasilitator="Sanitarian")
    assert (pemicuan.hasil, pemicuan.tim) == (None, ())
    assert ws.odf.events_for(desa.kode) == [pemicuan, saved]
    assert ws.odf.db.execute("SELECT tanggal, hasil FROM odf_event ORDER BY tanggal").fetchall() == [
        ("2025-01-10", None), ("2025-06-10", "lulus")]


def test_team_order_is_kept_as_entered(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    reversed_team = tuple(reversed([AnggotaTim(n) for n in ("Ani", "Budi", "Citra", "Dedi")]))
    saved = ws.odf.put_event(desa.kode, VERIFIKASI.with_changes(tim=reversed_team))
    assert [m.nama for m in saved.tim] == ["Dedi", "Citra", "Budi", "Ani"]
    assert [m.nama for m in ws.odf.events_for(desa.kode)[0].tim] == ["Dedi", "Citra", "Budi", "Ani"]


def test_put_with_a_stored_uuid_replaces_the_event_and_its_team(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    first = ws.odf.put_event(desa.kode, VERIFIKASI)
    before = ws.odf.db.execute("SELECT id, uuid, created_at FROM odf_event").fetchall()
    changed = first.with_changes(hasil=Hasil.GAGAL, tanggal=D(2025, 5, 2),
                                 tim=(AnggotaTim("Bambang Riyadi", "TP PKK"),))
    stored = ws.odf.put_event(desa.kode, changed)
    assert stored.uuid == first.uuid
    assert (stored.hasil, stored.tanggal, stored.tim) == (
        Hasil.GAGAL, D(2025, 5, 2), (AnggotaTim("Bambang Riyadi", "TP PKK"),))
    assert ws.odf.db.execute("SELECT id, uuid, created_at FROM odf_event").fetchall() == before
    assert _rows(ws, "odf_tim") == 1
    assert ws.odf.events_for(desa.kode) == [stored]
    foreign = ws.odf.put_event(desa.kode, PEMICUAN.with_changes(uuid="dari-laptop-lain"))
    assert foreign.uuid == "dari-laptop-lain"


def test_events_come_by_date(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    for event in (DEKLARASI, PEMICUAN, VERIFIKASI):
        ws.odf.put_event(desa.kode, event)
    assert [e.jenis for e in ws.odf.events_for(desa.kode)] == [
        JenisOdf.PEMICUAN, JenisOdf.VERIFIKASI, JenisOdf.DEKLARASI]


def test_events_within_groups_by_desa_inside_the_region(ws: Workspace, make_desa: MakeDesa) -> None:
    a, b = make_desa(ws, "33.25.01.2002"), make_desa(ws, "33.25.01.2001")
    c = make_desa(ws, "33.25.02.2001")
    make_desa(ws, "33.25.01.2003")  # no events
    ws.odf.put_event(a.kode, VERIFIKASI)
    ws.odf.put_event(a.kode, PEMICUAN)
    ws.odf.put_event(b.kode, PEMICUAN.with_changes(tanggal=D(2024, 3, 1)))
    ws.odf.put_event(c.kode, DEKLARASI)

    def shape(found: dict[str, list[OdfEvent]]) -> dict[str, list[tuple[str, dt.date, int]]]:
        return {k: [(e.jenis.value, e.tanggal, len(e.tim)) for e in v] for k, v in found.items()}

    everything = ws.odf.events_within(None)
    assert list(everything) == ["33.25.01.2001", "33.25.01.2002", "33.25.02.2001"]
    assert shape(everything) == {
        "33.25.01.2001": [("pemicuan", D(2024, 3, 1), 0)],
        "33.25.01.2002": [("pemicuan", D(2025, 1, 10), 0), ("verifikasi", D(2025, 6, 10), 3)],
        "33.25.02.2001": [("deklarasi", D(2025, 7, 1), 0)],
    }
    assert everything["33.25.01.2002"] == ws.odf.events_for(a.kode)
    assert list(ws.odf.events_within(K("33.25.01"))) == ["33.25.01.2001", "33.25.01.2002"]
    assert list(ws.odf.events_within(K("33.25.02"))) == ["33.25.02.2001"]
    assert ws.odf.events_within(K("33.24")) == {}


def test_delete_removes_the_event_and_its_team_only(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    other = make_desa(ws, "33.25.01.2002")
    keep = ws.odf.put_event(desa.kode, PEMICUAN)
    gone = ws.odf.put_event(desa.kode, VERIFIKASI)
    foreign = ws.odf.put_event(other.kode, VERIFIKASI)
    assert _rows(ws, "odf_tim") == 6
    ws.odf.delete_event(desa.kode, gone.uuid)
    ws.odf.delete_event(desa.kode, gone.uuid)
    ws.odf.delete_event(desa.kode, foreign.uuid)  # not this desa's: nothing
    assert ws.odf.events_for(desa.kode) == [keep]
    assert ws.odf.events_for(other.kode) == [foreign]
    assert _rows(ws, "odf_tim") == 3


def test_deleting_the_desa_removes_its_path(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    other = make_desa(ws, "33.25.01.2002")
    ws.odf.put_event(desa.kode, PEMICUAN)
    ws.odf.put_event(desa.kode, VERIFIKASI)
    kept = ws.odf.put_event(other.kode, VERIFIKASI)
    assert ws.desa.dependents(desa.kode) == {"odf_event": 2}
    ws.desa.delete_desa(desa.kode, force=True)
    assert ws.odf.events_within(None) == {"33.25.01.2002": [kept]}
    assert (_rows(ws, "odf_event"), _rows(ws, "odf_tim")) == (1, 3)


def test_database_refuses_bad_rows(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    db = ws.odf.db
    insert = """INSERT INTO odf_event (desa_id, jenis, tanggal, hasil, uuid, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'x', 'x')"""
    desa_id = ws.desa.desa_id(desa.kode)
    for jenis, tanggal, hasil in (("lomba", "2025-01-01", None), ("verifikasi", "1/1/2025", None),
                                  ("verifikasi", "2025-01-01", "lulus bersyarat")):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute(insert, [desa_id, jenis, tanggal, hasil, f"u-{jenis}-{tanggal}"])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        ws.odf.put_event(desa.kode, VERIFIKASI.with_changes(tim=(AnggotaTim("  "),)))
    assert ws.odf.events_for(desa.kode) == []
