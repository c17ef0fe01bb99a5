"""Tests for the desa use cases: register from the official list, scope, validation, undo."""

import datetime as dt
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import (
    DesaExists,
    DesaInUse,
    NotADesaCode,
    OutsideScope,
    UnknownWilayah,
    ValidationFailed,
)
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import desa_service, pokja_service, wilayah
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
MakeDesa = Callable[..., Desa]
WONOTUNGGAL = Scope(ScopeLevel.KECAMATAN, K("33.25.01"), "Wonotunggal")


def _figures(desa: Desa) -> tuple[object, ...]:
    return (desa.uuid, desa.wilayah, desa.jumlah_kk, desa.jumlah_jiwa, desa.jumlah_dusun,
            desa.jumlah_rw, desa.jumlah_rt, desa.alamat_sekretariat, desa.telepon, desa.catatan,
            desa.is_demo)


def test_new_desa_fills_official_names_without_saving(ws: Workspace) -> None:
    desa = desa_service.new_desa(ws, K("33.25.01.2001"))
    assert (desa.nama, desa.wilayah.kecamatan, desa.wilayah.kabupaten, desa.wilayah.provinsi) == (
        "Silurah", "Wonotunggal", "Kabupaten Batang", "Jawa Tengah",
    )
    assert desa.jenis is JenisDesa.DESA
    assert (desa.uuid, desa.jumlah_kk, desa.is_demo) == ("", None, False)
    assert ws.desa.count() == 0
    kelurahan = desa_service.new_desa(ws, K("33.25.11.1015"))
    assert (kelurahan.nama, kelurahan.jenis) == ("Kauman", JenisDesa.KELURAHAN)


def test_unknown_code_suggests_codes_of_the_same_kecamatan(ws: Workspace) -> None:
    with pytest.raises(UnknownWilayah) as info:
        desa_service.new_desa(ws, K("33.25.01.2099"))
    assert info.value.kode == "33.25.01.2099"
    assert info.value.nearest[0] == ("33.25.01.2009", "Brayo")
    assert len(info.value.nearest) == 5
    assert all(K(kode).at(K("33.25.01").level) == K("33.25.01") for kode, _ in info.value.nearest)


def test_swapped_digit_typo_suggests_the_intended_desa_first(ws: Workspace) -> None:
    with pytest.raises(UnknownWilayah) as info:
        desa_service.new_desa(ws, K("33.52.01.2001"))
    assert info.value.nearest[0] == ("33.25.01.2001", "Silurah")


def test_kecamatan_code_is_not_a_desa_code(ws: Workspace) -> None:
    with pytest.raises(NotADesaCode) as info:
        desa_service.new_desa(ws, K("33.25.01"))
    assert info.value.kode == "33.25.01"


def test_desa_outside_the_scope_is_refused(ws: Workspace) -> None:
    ws.set_scope(WONOTUNGGAL)
    assert desa_service.new_desa(ws, K("33.25.01.2002")).nama == "Sodong"
    with pytest.raises(OutsideScope) as info:
        desa_service.new_desa(ws, K("33.25.02.2001"))
    assert (info.value.kode, info.value.scope) == ("33.25.02.2001", "33.25.01 Wonotunggal")
    with pytest.raises(OutsideScope):
        desa_service.add_desa(ws, Desa(wilayah=wilayah.desa_wilayah(K("33.26.01.2001"))))
    assert ws.desa.count() == 0


def test_negative_counts_fail_validation_and_write_nothing(ws: Workspace) -> None:
    desa = desa_service.new_desa(ws, K("33.25.01.2001")).with_changes(jumlah_kk=-1, jumlah_rt=-2)
    with pytest.raises(ValidationFailed) as info:
        desa_service.add_desa(ws, desa)
    assert info.value.problems == [
        Problem.error("jumlah_kk", "negative"), Problem.error("jumlah_rt", "negative"),
    ]
    assert ws.desa.count() == 0


def test_warnings_are_returned_and_the_desa_is_saved(ws: Workspace) -> None:
    desa = desa_service.new_desa(ws, K("33.25.01.2001")).with_changes(jumlah_kk=900,
                                                                      jumlah_jiwa=800)
    saved = desa_service.add_desa(ws, desa)
    assert saved.warnings == [Problem.warning("jumlah_kk", "kk_more_than_jiwa", kk=900, jiwa=800)]
    assert ws.desa.desa_list() == [saved.desa]
    assert (saved.desa.jumlah_kk, saved.desa.jumlah_jiwa) == (900, 800)


def test_update_validates_before_writing(ws: Workspace, make_desa: MakeDesa) -> None:
    stored = make_desa(ws, jumlah_kk=500, jumlah_jiwa=1800)
    with pytest.raises(ValidationFailed):
        desa_service.update_desa(ws, stored.with_changes(jumlah_jiwa=-5))
    assert ws.desa.desa_list() == [stored]
    saved = desa_service.update_desa(ws, stored.with_changes(jumlah_rw=6, jumlah_rt=5))
    assert saved.warnings == [Problem.warning("jumlah_rt", "rt_fewer_than_rw")]
    assert (saved.desa.jumlah_rw, saved.desa.jumlah_rt) == (6, 5)


def test_desa_list_follows_the_scope(ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.02.2001")
    make_desa(ws, "33.25.01.2002")
    make_desa(ws, "33.25.01.2001")
    assert [str(d.kode) for d in desa_service.desa_list(ws)] == [
        "33.25.01.2001", "33.25.01.2002", "33.25.02.2001",
    ]
    ws.set_scope(WONOTUNGGAL)
    assert ws.scope() == WONOTUNGGAL
    assert [d.nama for d in desa_service.desa_list(ws)] == ["Silurah", "Sodong"]


def test_delete_and_restore_bring_back_the_same_records(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws, jumlah_kk=612, jumlah_jiwa=2150, jumlah_rw=4, jumlah_rt=17,
                     telepon="0285-391234", catatan="dekat hutan")
    pokja = pokja_service.save_pokja(ws, desa.kode, Pokja(
        sk_nomor="141/07/2024", sk_tanggal=dt.date(2024, 3, 1), sekretariat_ada=False,
        anggota=(Anggota("Siti Wahyuni", Jabatan.KETUA), Anggota("Budi Santoso")),
        tatanan=("pasar", "pariwisata"),
    ), today=dt.date(2025, 1, 1)).pokja
    with pytest.raises(DesaInUse):
        desa_service.delete_desa(ws, desa.kode)
    removed = desa_service.delete_desa(ws, desa.kode, force=True)
    assert ws.desa.desa_list() == []
    assert removed.pokja == pokja
    restored = desa_service.restore_desa(ws, removed)
    assert _figures(restored) == _figures(desa)
    assert ws.pokja.pokja_for(desa.kode) == pokja
    assert [m.uuid for m in ws.pokja.pokja_for(desa.kode).anggota] == [
        m.uuid for m in pokja.anggota
    ]
    names = ws.desa.db.execute("SELECT nama FROM pokja_tatanan ORDER BY rowid").fetchall()
    assert names == [("Pasar",), ("Pariwisata",)]


def test_restore_without_pokja_and_after_reregistering(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws, jumlah_kk=10)
    removed = desa_service.delete_desa(ws, desa.kode)
    assert removed.pokja == Pokja()
    assert _figures(desa_service.restore_desa(ws, removed)) == _figures(desa)
    assert ws.pokja.pokja_for(desa.kode) == Pokja()
    removed = desa_service.delete_desa(ws, desa.kode)
    make_desa(ws, jumlah_kk=20)
    with pytest.raises(DesaExists):
        desa_service.restore_desa(ws, removed)
    assert [d.jumlah_kk for d in ws.desa.desa_list()] == [20]


def test_add_registered_desa_raises_desa_exists(ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws)
    with pytest.raises(DesaExists) as info:
        make_desa(ws)
    assert info.value.nama == "Silurah"
