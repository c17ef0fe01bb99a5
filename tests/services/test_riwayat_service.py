"""The change history: every write recorded with who and what, undo/redo, deleted records brought
back, earlier versions put back; all checked against a dump of the real workspace tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from riwayat_uji import dump

from kks_desktop.domain.errors import RiwayatBentrok
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages import describe
from kks_desktop.services import (
    desa_service,
    kegiatan_service,
    pokja_service,
    riwayat_service,
    sanitasi_service,
)
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.riwayat_pemicu import NAMA_PENGGUNA_KEY

KECAMATAN = KodeWilayah.parse("33.25.13")


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    build_demo(ws, KECAMATAN)
    ws.settings.set_many({NAMA_PENGGUNA_KEY: "Sri Wahyuni"})
    return ws


def first_desa(ws: Workspace) -> KodeWilayah:
    return desa_service.desa_list(ws)[0].kode


def test_every_write_is_filed_under_a_signed_action(demo: Workspace, make_laporan) -> None:
    kode = first_desa(demo)
    before = riwayat_service.aksi_terakhir(demo)
    saved = sanitasi_service.save_report(demo, kode, make_laporan("2026-09", total=300, babs=4))
    aksi = riwayat_service.aksi_terakhir(demo)
    assert aksi is not None and before is not None and aksi.id > before.id
    assert aksi.pengguna == "Sri Wahyuni"
    entries = demo.riwayat.entri_aksi(aksi.id)
    assert [(e.tabel, e.operasi) for e in entries] == [("laporan_sanitasi", "tambah")]
    assert entries[0].uuid == saved.laporan.uuid
    assert entries[0].baru is not None and entries[0].baru["total_kk"] == 300
    orphans = demo.riwayat.db.execute("SELECT count(*) FROM riwayat WHERE aksi_id IS NULL")
    assert orphans.fetchone()[0] == 0


def test_saving_unchanged_values_records_nothing(demo: Workspace) -> None:
    kode = first_desa(demo)
    last = riwayat_service.aksi_terakhir(demo)
    desa_service.update_desa(demo, desa_service.desa_list(demo)[0])
    pokja_service.save_pokja(demo, kode, pokja_service.pokja_for(demo, kode))
    assert riwayat_service.aksi_terakhir(demo) == last


def test_a_field_edit_shows_old_and_new_value(demo: Workspace) -> None:
    desa = desa_service.desa_list(demo)[0]
    desa_service.update_desa(demo, desa.with_changes(telepon="0812-1111-2222", jumlah_kk=999))
    (aksi, entries), *_older = riwayat_service.rekaman(demo, desa.uuid)
    assert [e.kolom_berubah() for e in entries] == [
        [("jumlah_kk", desa.jumlah_kk, 999), ("telepon", desa.telepon, "0812-1111-2222")]]
    assert riwayat_service.judul(demo, aksi) == "Desa “" + desa.nama + "” diubah"


def test_undo_and_redo_of_a_delete_restore_everything(demo: Workspace, workspace_path: Path) -> None:
    kode = first_desa(demo)
    before = dump(workspace_path)
    desa_service.delete_desa(demo, kode, force=True)
    deleted = riwayat_service.aksi_terakhir(demo)
    assert deleted is not None
    assert dump(workspace_path) != before
    undo = riwayat_service.urungkan(demo, deleted.id)
    assert dump(workspace_path) == before
    undone = demo.riwayat.aksi(undo)
    assert undone is not None and undone.membalik == deleted.id
    assert undone.judul.startswith("Urungkan: ")
    redo = riwayat_service.urungkan(demo, undo)
    assert desa_service.desa_list(demo)[0].kode != kode
    redone = demo.riwayat.aksi(redo)
    assert redone is not None and redone.judul.startswith("Ulangi: ")
    riwayat_service.urungkan(demo, redo)
    assert dump(workspace_path) == before


def test_undo_refuses_when_the_record_changed_since(demo: Workspace, workspace_path: Path) -> None:
    desa = desa_service.desa_list(demo)[0]
    desa_service.update_desa(demo, desa.with_changes(telepon="1"))
    first = riwayat_service.aksi_terakhir(demo)
    assert first is not None
    desa_service.update_desa(demo, desa_service.desa_list(demo)[0].with_changes(telepon="2"))
    before = dump(workspace_path)
    with pytest.raises(RiwayatBentrok) as caught:
        riwayat_service.urungkan(demo, first.id)
    assert caught.value.alasan == "sudah_berubah"
    assert describe(caught.value).startswith("Data itu sudah diubah lagi sesudahnya")
    assert dump(workspace_path) == before


def test_a_deleted_desa_is_listed_once_and_comes_back_whole(demo: Workspace,
                                                             workspace_path: Path) -> None:
    kode = first_desa(demo)
    before = dump(workspace_path)
    desa_service.delete_desa(demo, kode, force=True)
    listed = riwayat_service.terhapus(demo)
    assert [(e.tabel, e.lama["kode"]) for _a, e in listed if e.lama] == [("desa", str(kode))]
    riwayat_service.pulihkan_terhapus(demo, listed[0][1])
    after = dump(workspace_path)
    assert after == before
    assert riwayat_service.terhapus(demo) == []
    with pytest.raises(RiwayatBentrok):
        riwayat_service.pulihkan_terhapus(demo, listed[0][1])


def test_a_deleted_session_comes_back_after_its_ids_were_reused(demo: Workspace) -> None:
    sesi = kegiatan_service.daftar(demo)[-1]
    whole = kegiatan_service.ambil(demo, sesi.uuid)
    kegiatan_service.hapus(demo, sesi.uuid)
    # A new session takes the freed ids of the deleted one.
    copy = whole.with_changes(uuid="", judul="Sesi baru", peserta=tuple(
        p.with_changes(uuid="") for p in whole.peserta), rtl=())
    kegiatan_service.simpan(demo, copy)
    (_aksi, entry), *_ = [x for x in riwayat_service.terhapus(demo) if x[1].tabel == "kegiatan"]
    riwayat_service.pulihkan_terhapus(demo, entry)
    back = kegiatan_service.ambil(demo, sesi.uuid)
    assert back.peserta == whole.peserta and back.rtl == whole.rtl
    assert back.materi == whole.materi and back.judul == whole.judul


def test_an_earlier_version_can_be_put_back(demo: Workspace, make_laporan) -> None:
    kode = first_desa(demo)
    lap = sanitasi_service.reports_for(demo, kode)[-1]
    sanitasi_service.save_report(demo, kode, lap.with_changes(petugas="Budi"))
    (_aksi, (entry,)), *_ = riwayat_service.rekaman(demo, lap.uuid)
    riwayat_service.kembalikan_versi(demo, entry)
    again = sanitasi_service.reports_for(demo, kode)[-1]
    assert again.petugas == lap.petugas and again.uuid == lap.uuid
    history = riwayat_service.rekaman(demo, lap.uuid)
    assert [a.judul.split(" ")[0] for a, _e in history[:1]] == ["Kembalikan"]


def test_a_failed_write_leaves_no_action(demo: Workspace) -> None:
    last = riwayat_service.aksi_terakhir(demo)
    with pytest.raises(sqlite3.IntegrityError), demo.atomic("gagal"):
        desa_service.update_desa(demo, desa_service.desa_list(demo)[0].with_changes(telepon="x"))
        demo.riwayat.db.execute("INSERT INTO desa (kode) VALUES ('x')")
    assert riwayat_service.aksi_terakhir(demo) == last


def test_a_worker_connection_records_too(demo: Workspace) -> None:
    worker = demo.for_thread()
    try:
        desa = desa_service.desa_list(worker)[0]
        with worker.atomic("Ubah dari latar"):
            desa_service.update_desa(worker, desa.with_changes(catatan="latar"))
    finally:
        worker.close()
    aksi = riwayat_service.aksi_terakhir(demo)
    assert aksi is not None and aksi.judul == "Ubah dari latar"
