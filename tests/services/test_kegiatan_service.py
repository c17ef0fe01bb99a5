"""Tests for the session use cases: checked saves, desa links, people seen before, uuid lookup."""

import datetime as dt
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KegiatanAmbiguous, KegiatanNotFound, ValidationFailed
from kks_desktop.domain.kegiatan import Kegiatan, Peserta, Rtl, StatusRtl
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import kegiatan_service as svc
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
MakeDesa = Callable[..., Desa]
DAY = dt.date(2025, 9, 16)


def _session(**changes: object) -> Kegiatan:
    return Kegiatan(jenis="rapat_pokja", judul="Rapat Pokja", mulai=DAY, selesai=DAY,
                    wilayah=K("33.25.01"),
                    peserta=(Peserta("Siti Aminah", instansi="Pokja", hadir=(1,)),),
                    rtl=(Rtl("Pendataan", waktu=DAY, penanggung_jawab="Ketua"),)
                    ).with_changes(**changes)


def test_a_new_session_is_for_today_in_the_home_region_with_the_default_pass_mark(
        ws: Workspace, make_desa: MakeDesa) -> None:
    assert svc.baru(ws, DAY).wilayah == K("33")
    make_desa(ws, "33.25.01.2003")
    assert svc.baru(ws, DAY).wilayah == K("33.25.01.2003")
    ws.set_scope(Scope(ScopeLevel.KECAMATAN, K("33.25.01"), "Wonotunggal"))
    fresh = svc.baru(ws, DAY)
    assert (fresh.jenis, fresh.judul, fresh.mulai, fresh.selesai, fresh.wilayah,
            fresh.batas_lulus) == ("orientasi_kks", "", DAY, DAY, K("33.25.01"), 70.0)
    assert svc.periksa(fresh) and not svc.periksa(fresh.with_changes(judul="Orientasi"))


def test_save_returns_the_stored_session_and_its_warnings(ws: Workspace) -> None:
    saved, warnings = svc.simpan(ws, _session(rtl=(Rtl("Pendataan"),)))
    assert saved.uuid and saved.peserta[0].uuid
    assert svc.ambil(ws, saved.uuid) == saved
    assert [(w.field, w.code) for w in warnings] == [("rtl.waktu", "no_target_date"),
                                                     ("rtl.penanggung_jawab", "no_person_in_charge")]


def test_save_refuses_errors_and_writes_nothing(ws: Workspace) -> None:
    with pytest.raises(ValidationFailed) as refused:
        svc.simpan(ws, _session(judul="", peserta=(Peserta("Ani"), Peserta("", pre=101.0))))
    assert [(p.field, p.code, p.param("row")) for p in refused.value.problems if p.is_error] == [
        ("judul", "required", None), ("peserta.nama", "required", 2),
        ("peserta.pre", "score_range", 2)]
    assert ws.kegiatan.count() == 0
    assert ws.kegiatan.orang_terakhir() == []

    saved, _ = svc.simpan(ws, _session())
    with pytest.raises(ValidationFailed):
        svc.simpan(ws, saved.with_changes(judul="Diubah", selesai=DAY - dt.timedelta(days=1)))
    assert svc.ambil(ws, saved.uuid) == saved


def test_participants_desa_are_linked_to_the_register_by_name(ws: Workspace,
                                                              make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")  # Silurah
    make_desa(ws, "33.25.01.2005")  # Sendang
    make_desa(ws, "33.25.06.2002")  # another Sendang
    people = (Peserta("A", desa_nama="silurah"), Peserta("B", desa_nama="  SILURAH "),
              Peserta("C", desa_nama="Sendang"),
              Peserta("D", desa_nama="Sendang", desa_kode="33.25.06.2002"),
              Peserta("E", desa_nama="Kalibeluk"), Peserta("F"),
              Peserta("G", desa_nama="Kalibeluk", desa_kode="33.25.01.2001"))
    saved, _ = svc.simpan(ws, _session(peserta=people))
    assert [(p.nama, p.desa_kode) for p in saved.peserta] == [
        ("A", "33.25.01.2001"), ("B", "33.25.01.2001"),
        ("C", ""),  # two registered desa of that name: the user picks
        ("D", "33.25.06.2002"),  # a picked code that fits the typed name is kept
        ("E", ""), ("F", ""),
        ("G", ""),  # the typed name no longer fits the code: the link goes
    ]
    assert saved.peserta[1].desa_nama == "SILURAH"


def test_people_seen_before_come_once_each_without_scores_and_not_from_the_session_edited(
        ws: Workspace) -> None:
    old, _ = svc.simpan(ws, _session(
        mulai=DAY, selesai=DAY, peserta=(
            Peserta("Budi Santoso", jabatan="Staf", instansi="Dinkes", hadir=(1,), pre=50.0),
            Peserta("Ani", instansi="Pokja", telepon="081234567890"))))
    new, _ = svc.simpan(ws, _session(
        mulai=DAY + dt.timedelta(days=30), selesai=DAY + dt.timedelta(days=30), peserta=(
            Peserta("dr. Budi Santoso, M.Kes", jabatan="Kabid", instansi="DINKES", hadir=(1,),
                    post=90.0),
            Peserta("Budi Santoso", instansi="Bappeda"), Peserta("Cici"))))
    known = svc.orang_dikenal(ws)
    assert [(p.nama, p.jabatan, p.instansi) for p in known] == [
        ("Ani", "", "Pokja"), ("dr. Budi Santoso, M.Kes", "Kabid", "DINKES"),
        ("Budi Santoso", "", "Bappeda"), ("Cici", "", "")]
    assert all((p.uuid, p.hadir, p.pre, p.post) == ("", (), None, None) for p in known)
    assert known[0].telepon == "081234567890"
    editing_new = svc.orang_dikenal(ws, kecuali=new.uuid)
    assert [(p.nama, p.jabatan) for p in editing_new] == [("Ani", ""), ("Budi Santoso", "Staf")]
    assert [p.nama for p in svc.orang_dikenal(ws, kecuali=old.uuid)] == [
        "dr. Budi Santoso, M.Kes", "Budi Santoso", "Cici"]


@pytest.fixture
def three(ws: Workspace) -> Workspace:
    for uuid, judul in (("abcd1234-0000", "Satu"), ("abcd1234-1111", "Dua"), ("abce0000", "Tiga"),
                        ("abcd", "Empat")):
        svc.simpan(ws, _session(uuid=uuid, judul=judul))
    return ws


@pytest.mark.parametrize(("text", "uuid"), [
    ("abcd1234-0000", "abcd1234-0000"), ("abcd1234-1", "abcd1234-1111"),
    (" ABCE ", "abce0000"), ("abcd", "abcd"),  # an exact uuid wins over longer ones
])
def test_a_uuid_or_its_beginning_finds_the_session(three: Workspace, text: str, uuid: str) -> None:
    assert svc.cari_uuid(three, text) == uuid


def test_an_ambiguous_beginning_lists_the_sessions_that_fit(three: Workspace) -> None:
    with pytest.raises(KegiatanAmbiguous) as ambiguous:
        svc.cari_uuid(three, "abcd1")
    assert ambiguous.value.matches == [("abcd1234-0000", "Satu"), ("abcd1234-1111", "Dua")]


@pytest.mark.parametrize("text", ["abc", "  ", "ffff", "abcd1234-2"])
def test_too_short_or_unknown_codes_are_not_found(three: Workspace, text: str) -> None:
    with pytest.raises(KegiatanNotFound):
        svc.cari_uuid(three, text)


@pytest.mark.parametrize("text", ["abc%", "ab__", "a%%%"])
def test_sql_wildcards_do_not_stand_for_characters(three: Workspace, text: str) -> None:
    """No uuid begins with "abc%": the four-character minimum is not bypassed by wildcards."""
    with pytest.raises(KegiatanNotFound):
        svc.cari_uuid(three, text)


def test_delete_returns_the_whole_session_and_putting_it_back_restores_it_exactly(
        ws: Workspace) -> None:
    saved, _ = svc.simpan(ws, _session(peserta=(Peserta("Ani", hadir=(1,), pre=60.0, post=80.0),
                                                Peserta("Budi"))))
    removed = svc.hapus(ws, saved.uuid)
    assert removed == saved
    assert ws.kegiatan.count() == 0
    with pytest.raises(KegiatanNotFound):
        svc.hapus(ws, saved.uuid)
    back = svc.pasang(ws, removed)
    assert back.with_changes(updated_at="") == saved.with_changes(updated_at="")
    assert [p.uuid for p in svc.ambil(ws, saved.uuid).peserta] == [p.uuid for p in saved.peserta]


def test_list_and_late_rtl_within_a_region(ws: Workspace) -> None:
    svc.simpan(ws, _session(judul="Kecamatan", rtl=(
        Rtl("Lewat", waktu=DAY, penanggung_jawab="X"),
        Rtl("Selesai", waktu=DAY, penanggung_jawab="X", status=StatusRtl.SELESAI))))
    svc.simpan(ws, _session(judul="Kabupaten", wilayah=K("33.25"), rtl=(
        Rtl("Kab", waktu=DAY + dt.timedelta(days=5), penanggung_jawab="Y"),)))
    assert [r.judul for r in svc.daftar(ws, K("33.25.01"))] == ["Kecamatan"]
    assert len(svc.daftar(ws)) == 2
    today = DAY + dt.timedelta(days=6)
    assert [r.rtl.kegiatan for r in svc.rtl_lewat_waktu(ws, today)] == ["Lewat", "Kab"]
    assert [r.rtl.kegiatan for r in svc.rtl_lewat_waktu(ws, today, K("33.25.01"))] == ["Lewat"]
    assert svc.rtl_lewat_waktu(ws, DAY) == []
