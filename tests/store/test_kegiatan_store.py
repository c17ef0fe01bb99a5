"""Tests for KegiatanStore: sessions round-trip whole, keep row uuids, count, list late RTL."""

import datetime as dt
import sqlite3

import pytest

from kks_desktop.domain.errors import KegiatanNotFound
from kks_desktop.domain.kegiatan import (
    AsalNarasumber,
    JenisKelamin,
    Kegiatan,
    Narasumber,
    Peserta,
    Rtl,
    StatusRtl,
)
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import TABLES

K = KodeWilayah.parse
DAY = dt.date(2025, 9, 16)
CHILD_TABLES = ("kegiatan_materi", "kegiatan_narasumber", "kegiatan_peserta", "kegiatan_hadir",
                "kegiatan_rtl")


def _session(**changes: object) -> Kegiatan:
    return Kegiatan(
        jenis="orientasi_kks", judul="Orientasi KKS", mulai=DAY, selesai=DAY + dt.timedelta(days=2),
        wilayah=K("33.25"), tempat="Aula Bappeda", penyelenggara="Tim Pembina",
        materi=("Kebijakan KKS", "STBM"),
        narasumber=(Narasumber("dr. Yulianto", "Dinkes Provinsi", AsalNarasumber.PROVINSI, "KKS"),
                    Narasumber("Sri", "", None, "")),
        notulen="Hari 1: pembukaan.\nHari 2: kerja kelompok.", catatan="Catatan", batas_lulus=72.5,
        peserta=(
            Peserta("Budi Santoso", JenisKelamin.L, "Kabid", "Dinkes", "opd", "", "", "0812345678",
                    hadir=(1, 2, 3), pre=55.0, post=80.5),
            Peserta("Siti Aminah", JenisKelamin.P, "Ketua", "Pokja Silurah", "pokja_desa",
                    "33.25.01.2001", "Silurah", hadir=(1, 3), pre=60.0),
            Peserta("Agus", hadir=()),
        ),
        rtl=(Rtl("Rapat forum", "Rencana kerja", "Forum", DAY + dt.timedelta(days=30), "Kecamatan",
                 "Camat", "APBD", "Notulen", StatusRtl.BERJALAN, "lanjut"),
             Rtl("Pemicuan")),
    ).with_changes(**changes)


def _rows(ws: Workspace, table: str) -> int:
    return int(ws.kegiatan.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _bare(k: Kegiatan) -> Kegiatan:
    """Without the uuids and stamp the store adds."""
    return k.with_changes(uuid="", updated_at="",
                          peserta=tuple(p.with_changes(uuid="") for p in k.peserta),
                          rtl=tuple(r.with_changes(uuid="") for r in k.rtl))


def test_schema_lists_the_session_tables() -> None:
    assert TABLES[8:14] == ("kegiatan", *CHILD_TABLES)


def test_a_session_round_trips_whole(ws: Workspace) -> None:
    saved = ws.kegiatan.put(_session())
    assert _bare(saved) == _session()
    assert saved.uuid and saved.updated_at
    assert all(p.uuid for p in saved.peserta) and all(r.uuid for r in saved.rtl)
    assert len({p.uuid for p in saved.peserta}) == 3
    assert ws.kegiatan.get(saved.uuid) == saved
    assert [saved.hadir_pada(d) for d in (1, 2, 3)] == [2, 1, 2]


def test_blank_topics_are_dropped_and_text_is_trimmed(ws: Workspace) -> None:
    saved = ws.kegiatan.put(_session(judul="  Orientasi  ", materi=(" KKS ", "  ", "STBM"),
                                     peserta=(Peserta("  Budi  ", instansi=" Dinkes "),)))
    assert (saved.judul, saved.materi) == ("Orientasi", ("KKS", "STBM"))
    assert (saved.peserta[0].nama, saved.peserta[0].instansi) == ("Budi", "Dinkes")


def test_saving_again_keeps_row_uuids_follows_the_new_order_and_drops_removed_rows(
        ws: Workspace) -> None:
    first = ws.kegiatan.put(_session())
    budi, siti, agus = first.peserta
    new_person = Peserta("Dewi", hadir=(2,))
    edited = first.with_changes(
        judul="Orientasi KKS (ubah)",
        peserta=(siti.with_changes(hadir=(2,), post=90.0), new_person, budi),
        rtl=(first.rtl[1].with_changes(status=StatusRtl.SELESAI),))
    second = ws.kegiatan.put(edited)
    assert second.uuid == first.uuid
    assert second.judul == "Orientasi KKS (ubah)"
    assert [p.nama for p in second.peserta] == ["Siti Aminah", "Dewi", "Budi Santoso"]
    assert [p.uuid for p in second.peserta][::2] == [siti.uuid, budi.uuid]
    assert second.peserta[1].uuid not in (budi.uuid, siti.uuid, agus.uuid, "")
    assert [(p.hadir, p.post) for p in second.peserta] == [((2,), 90.0), ((2,), None),
                                                          ((1, 2, 3), 80.5)]
    assert [(r.uuid, r.status) for r in second.rtl] == [(first.rtl[1].uuid, StatusRtl.SELESAI)]
    assert (_rows(ws, "kegiatan"), _rows(ws, "kegiatan_peserta"), _rows(ws, "kegiatan_hadir"),
            _rows(ws, "kegiatan_rtl")) == (1, 3, 5, 1)


def test_a_session_with_a_new_uuid_is_added_beside_the_old(ws: Workspace) -> None:
    ws.kegiatan.put(_session(uuid="aaaa-1"))
    ws.kegiatan.put(_session(uuid="bbbb-2", judul="Lain"))
    assert ws.kegiatan.count() == 2
    assert ws.kegiatan.get("aaaa-1").judul == "Orientasi KKS"


def test_a_row_the_database_refuses_leaves_nothing_behind(ws: Workspace) -> None:
    kept = ws.kegiatan.put(_session())
    broken = _session(peserta=(Peserta("Ani", hadir=(1,)), Peserta("Budi", pre=150.0)))
    with pytest.raises(sqlite3.IntegrityError):
        ws.kegiatan.put(broken)
    with pytest.raises(sqlite3.IntegrityError):
        ws.kegiatan.put(kept.with_changes(judul="Diubah", peserta=broken.peserta))
    assert ws.kegiatan.count() == 1
    assert ws.kegiatan.get(kept.uuid) == kept
    assert _rows(ws, "kegiatan_peserta") == 3


def test_delete_removes_the_session_and_everything_on_it(ws: Workspace) -> None:
    gone = ws.kegiatan.put(_session())
    kept = ws.kegiatan.put(_session(judul="Tetap", peserta=(Peserta("Ani", hadir=(1,)),), rtl=()))
    ws.kegiatan.delete(gone.uuid)
    ws.kegiatan.delete(gone.uuid)  # a second time changes nothing
    with pytest.raises(KegiatanNotFound):
        ws.kegiatan.get(gone.uuid)
    assert [_rows(ws, t) for t in CHILD_TABLES] == [2, 2, 1, 1, 0]
    assert ws.kegiatan.get(kept.uuid).peserta[0].hadir == (1,)


def test_unknown_uuid_raises(ws: Workspace) -> None:
    with pytest.raises(KegiatanNotFound):
        ws.kegiatan.get("tidak-ada")


def test_ringkasan_counts_people_attendance_scores_and_open_rtl_newest_first(
        ws: Workspace) -> None:
    orientasi = ws.kegiatan.put(_session())
    rapat = ws.kegiatan.put(_session(
        jenis="rapat_pokja", judul="Rapat", mulai=DAY + dt.timedelta(days=10),
        selesai=DAY + dt.timedelta(days=10), wilayah=K("33.25.01.2001"),
        peserta=(Peserta("Ani", hadir=(1,), pre=50.0, post=70.0),),
        rtl=(Rtl("A", status=StatusRtl.BATAL), Rtl("B", status=StatusRtl.SELESAI))))
    empty = ws.kegiatan.put(_session(judul="Kosong", mulai=DAY - dt.timedelta(days=1),
                                     selesai=DAY, peserta=(), rtl=(), wilayah=K("33.25.02")))
    rows = ws.kegiatan.ringkasan()
    assert [(r.uuid, r.peserta, r.hadir_per_hari, r.dinilai, r.rtl, r.rtl_terbuka) for r in rows] == [
        (rapat.uuid, 1, (1,), 1, 2, 0),
        (orientasi.uuid, 3, (2, 1, 2), 1, 2, 2),
        (empty.uuid, 0, (0, 0), 0, 0, 0),
    ]
    first = rows[1]
    assert (first.jenis, first.judul, first.mulai, first.selesai, first.wilayah, first.tempat,
            first.penyelenggara) == ("orientasi_kks", "Orientasi KKS", DAY,
                                     DAY + dt.timedelta(days=2), K("33.25"), "Aula Bappeda",
                                     "Tim Pembina")
    assert [r.judul for r in ws.kegiatan.ringkasan(K("33.25.01"))] == ["Rapat"]
    assert [r.judul for r in ws.kegiatan.ringkasan(K("33.25"))] == ["Rapat", "Orientasi KKS",
                                                                     "Kosong"]


def test_uuids_starting_finds_by_prefix_only(ws: Workspace) -> None:
    ws.kegiatan.put(_session(uuid="abcd-0001", judul="Satu"))
    ws.kegiatan.put(_session(uuid="abcd-0002", judul="Dua"))
    ws.kegiatan.put(_session(uuid="xabcd-0003", judul="Tiga"))
    assert ws.kegiatan.uuids_starting("abcd") == [("abcd-0001", "Satu"), ("abcd-0002", "Dua")]
    assert ws.kegiatan.uuids_starting("abcd-0002") == [("abcd-0002", "Dua")]
    assert ws.kegiatan.uuids_starting("zz") == []


def test_people_once_each_as_at_their_latest_session(ws: Workspace) -> None:
    old = ws.kegiatan.put(_session(peserta=(
        Peserta("Lama", hadir=(1,), pre=50.0), Peserta("Budi", jabatan="Kader", instansi="PKK"))))
    new = ws.kegiatan.put(_session(mulai=DAY + dt.timedelta(days=40),
                                   selesai=DAY + dt.timedelta(days=40),
                                   peserta=(Peserta("Baru", uuid="u-baru"),
                                            Peserta("BUDI", jabatan="Ketua", instansi="pkk"))))
    people = ws.kegiatan.orang_terakhir()
    assert sorted((p.nama, p.jabatan) for p in people) == [
        ("BUDI", "Ketua"), ("Baru", ""), ("Lama", "")]
    assert all((p.uuid, p.hadir, p.pre, p.post) == ("", (), None, None) for p in people)
    assert {p.nama for p in ws.kegiatan.orang_terakhir(kecuali=new.uuid)} == {"Lama", "Budi"}
    assert {p.nama for p in ws.kegiatan.orang_terakhir(kecuali=old.uuid)} == {"Baru", "BUDI"}


def test_late_rtl_are_open_rows_before_today_oldest_first(ws: Workspace) -> None:
    plans = (Rtl("Belum lewat", waktu=dt.date(2025, 11, 1)),
             Rtl("Lewat berjalan", waktu=dt.date(2025, 10, 1), status=StatusRtl.BERJALAN),
             Rtl("Lewat belum", waktu=dt.date(2025, 9, 1)),
             Rtl("Selesai", waktu=dt.date(2025, 8, 1), status=StatusRtl.SELESAI),
             Rtl("Batal", waktu=dt.date(2025, 8, 1), status=StatusRtl.BATAL),
             Rtl("Tanpa waktu"),
             Rtl("Tepat hari ini", waktu=dt.date(2025, 10, 15)))
    kab = ws.kegiatan.put(_session(rtl=plans))
    desa = ws.kegiatan.put(_session(wilayah=K("33.25.01.2001"), judul="Rapat desa",
                                    rtl=(Rtl("Desa", waktu=dt.date(2025, 9, 20)),)))
    late = ws.kegiatan.rtl_lewat_waktu("2025-10-15")
    assert [(r.kegiatan_uuid, r.kegiatan_judul, r.rtl.kegiatan) for r in late] == [
        (kab.uuid, "Orientasi KKS", "Lewat belum"), (desa.uuid, "Rapat desa", "Desa"),
        (kab.uuid, "Orientasi KKS", "Lewat berjalan")]
    assert late[1].wilayah == K("33.25.01.2001")
    assert [r.rtl.kegiatan for r in ws.kegiatan.rtl_lewat_waktu("2025-10-15", K("33.25.01"))] == [
        "Desa"]
