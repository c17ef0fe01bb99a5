"""Tests for PokjaStore: a desa's Pokja read and saved whole, member uuids kept across saves."""

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.services.workspace import Workspace

MakeDesa = Callable[..., Desa]
NAMES = {"pasar": "Pasar", "pariwisata": "Pariwisata", "satuan_pendidikan": "Satuan Pendidikan"}
SITI = Anggota("Siti Wahyuni", Jabatan.KETUA, unsur="PKK", telepon="0812-3456-7890",
               aktif_sejak=dt.date(2024, 3, 1))
BUDI = Anggota("Budi Santoso", Jabatan.SEKRETARIS, unsur="BPD")
RINA = Anggota("Rina Lestari", Jabatan.ANGGOTA, unsur="Kader Posyandu")
FULL = Pokja(
    sk_nomor="141/07/2024", sk_tanggal=dt.date(2024, 2, 29), sk_penandatangan="Kepala Desa",
    sekretariat_ada=True, anggota=(SITI, BUDI, RINA), tatanan=("satuan_pendidikan", "pasar"),
)


def _member_rows(ws: Workspace) -> list[tuple[object, ...]]:
    return ws.pokja.db.execute(
        "SELECT id, uuid, urutan, nama FROM pokja_anggota ORDER BY urutan"
    ).fetchall()


def _strip_uuids(pokja: Pokja) -> Pokja:
    members = tuple(
        Anggota(m.nama, m.jabatan, m.unsur, m.telepon, m.aktif_sejak) for m in pokja.anggota
    )
    return Pokja(pokja.sk_nomor, pokja.sk_tanggal, pokja.sk_penandatangan,
                 pokja.sekretariat_ada, members, pokja.tatanan)


def test_unregistered_desa_raises_and_a_new_desa_has_an_empty_pokja(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    with pytest.raises(DesaNotFound):
        ws.pokja.pokja_for(KodeWilayah.parse("33.25.01.2001"))
    with pytest.raises(DesaNotFound):
        ws.pokja.save_pokja(KodeWilayah.parse("33.25.01.2001"), FULL, NAMES)
    desa = make_desa(ws)
    pokja = ws.pokja.pokja_for(desa.kode)
    assert pokja == Pokja()
    assert pokja.is_empty


def test_save_round_trips_every_field_in_order(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    saved = ws.pokja.save_pokja(desa.kode, FULL, NAMES)
    assert _strip_uuids(saved) == FULL
    assert saved.sk_tanggal == dt.date(2024, 2, 29)
    assert [m.nama for m in saved.anggota] == ["Siti Wahyuni", "Budi Santoso", "Rina Lestari"]
    assert saved.anggota[0].aktif_sejak == dt.date(2024, 3, 1)
    assert saved.tatanan == ("satuan_pendidikan", "pasar")
    assert saved.uuid and all(m.uuid for m in saved.anggota)
    assert len({m.uuid for m in saved.anggota}) == 3
    assert ws.pokja.pokja_for(desa.kode) == saved
    db = ws.pokja.db
    assert db.execute("SELECT sk_tanggal FROM pokja").fetchall() == [("2024-02-29",)]
    assert db.execute("SELECT tatanan_id, nama FROM pokja_tatanan ORDER BY rowid").fetchall() == [
        ("satuan_pendidikan", "Satuan Pendidikan"), ("pasar", "Pasar"),
    ]


@pytest.mark.parametrize("sekretariat", [True, False, None])
def test_optional_fields_round_trip(
    ws: Workspace, make_desa: MakeDesa, sekretariat: bool | None
) -> None:
    desa = make_desa(ws)
    pokja = Pokja(sk_nomor="", sk_tanggal=None, sekretariat_ada=sekretariat, anggota=(BUDI,))
    saved = ws.pokja.save_pokja(desa.kode, pokja, NAMES)
    assert saved.sekretariat_ada is sekretariat
    assert saved.sk_tanggal is None
    assert saved.anggota[0].aktif_sejak is None
    assert saved.tatanan == ()


def test_resave_keeps_member_uuids_drops_removed_and_follows_new_order(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    first = ws.pokja.save_pokja(desa.kode, FULL, NAMES)
    siti, budi, rina = first.anggota
    rows_before = {uuid: row_id for row_id, uuid, _, _ in _member_rows(ws)}
    dewi = Anggota("Dewi Handayani", Jabatan.BENDAHARA)
    edited = Pokja(
        sk_nomor="141/08/2025", sk_tanggal=dt.date(2025, 1, 6), anggota=(
            rina, dewi, Anggota(siti.nama, Jabatan.KETUA, "Pemerintah Desa", uuid=siti.uuid),
        ), tatanan=("pariwisata",), uuid=first.uuid,
    )
    second = ws.pokja.save_pokja(desa.kode, edited, NAMES)
    assert second.uuid == first.uuid
    assert [(m.nama, m.uuid) for m in second.anggota] == [
        ("Rina Lestari", rina.uuid), ("Dewi Handayani", second.anggota[1].uuid),
        ("Siti Wahyuni", siti.uuid),
    ]
    assert second.anggota[1].uuid not in {siti.uuid, budi.uuid, rina.uuid, ""}
    assert second.anggota[2].unsur == "Pemerintah Desa"
    assert second.anggota[2].aktif_sejak is None
    rows = _member_rows(ws)
    assert [(urutan, nama) for _, _, urutan, nama in rows] == [
        (1, "Rina Lestari"), (2, "Dewi Handayani"), (3, "Siti Wahyuni"),
    ]
    assert budi.uuid not in {uuid for _, uuid, _, _ in rows}
    assert rows_before[rina.uuid] == rows[0][0]
    assert rows_before[siti.uuid] == rows[2][0]
    assert second.tatanan == ("pariwisata",)
    assert ws.pokja.db.execute("SELECT count(*) FROM pokja").fetchone()[0] == 1


def test_saving_no_members_removes_them_all(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    first = ws.pokja.save_pokja(desa.kode, FULL, NAMES)
    emptied = ws.pokja.save_pokja(desa.kode, Pokja(sk_nomor="141/07/2024", uuid=first.uuid),
                                  NAMES)
    assert emptied.anggota == ()
    assert emptied.tatanan == ()
    assert _member_rows(ws) == []


def test_given_uuids_are_kept_on_first_save(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    pokja = Pokja(anggota=(Anggota("Ani", uuid="11111111-1111-4111-8111-111111111111"),),
                  uuid="22222222-2222-4222-8222-222222222222")
    saved = ws.pokja.save_pokja(desa.kode, pokja, NAMES)
    assert saved.uuid == "22222222-2222-4222-8222-222222222222"
    assert [m.uuid for m in saved.anggota] == ["11111111-1111-4111-8111-111111111111"]


def test_each_desa_has_its_own_pokja(ws: Workspace, make_desa: MakeDesa) -> None:
    a = make_desa(ws, "33.25.01.2001")
    b = make_desa(ws, "33.25.01.2002")
    saved_a = ws.pokja.save_pokja(a.kode, FULL, NAMES)
    saved_b = ws.pokja.save_pokja(b.kode, Pokja(anggota=(BUDI,)), NAMES)
    assert ws.pokja.pokja_for(a.kode) == saved_a
    assert [m.nama for m in ws.pokja.pokja_for(b.kode).anggota] == ["Budi Santoso"]
    assert saved_a.uuid != saved_b.uuid


def test_failed_save_leaves_the_pokja_as_it_was(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    before = ws.pokja.save_pokja(desa.kode, FULL, NAMES)
    broken = Pokja(sk_nomor="baru", anggota=(before.anggota[0], Anggota("   ")),
                   tatanan=("pasar",), uuid=before.uuid)
    with pytest.raises(sqlite3.IntegrityError):
        ws.pokja.save_pokja(desa.kode, broken, NAMES)
    assert ws.pokja.pokja_for(desa.kode) == before
    assert ws.pokja.db.conn.in_transaction is False


def test_failed_save_of_a_first_pokja_writes_nothing(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    with pytest.raises(sqlite3.IntegrityError):
        ws.pokja.save_pokja(desa.kode, Pokja(sk_nomor="1", anggota=(Anggota("   "),),
                                             tatanan=("pasar",)), NAMES)
    assert ws.pokja.pokja_for(desa.kode) == Pokja()
    assert ws.health().counts["pokja"] == 0
