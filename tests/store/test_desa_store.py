"""Tests for DesaStore: adding, listing, updating and deleting desa rows in one transaction each."""

import re
import sqlite3
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaExists, DesaInUse, DesaNotFound
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.services import desa_service
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
MakeDesa = Callable[..., Desa]
UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
POKJA = Pokja(
    sk_nomor="141/07/2024",
    anggota=(Anggota("Siti Wahyuni", Jabatan.KETUA), Anggota("Budi Santoso")),
    tatanan=("pasar", "pariwisata"),
)
NAMES = {"pasar": "Pasar", "pariwisata": "Pariwisata"}


def _fresh(ws: Workspace, kode: str, **fields: object) -> Desa:
    return desa_service.new_desa(ws, K(kode)).with_changes(**fields)


def _rows(ws: Workspace, table: str) -> list[tuple[object, ...]]:
    return ws.desa.db.execute(f"SELECT * FROM {table}").fetchall()


def test_add_desa_stores_names_figures_and_a_fresh_uuid(ws: Workspace) -> None:
    stored = ws.desa.add_desa(_fresh(ws, "33.25.01.2001", jumlah_kk=612, jumlah_jiwa=2150,
                                     jumlah_rw=4, jumlah_rt=17, telepon="0285-391234"))
    assert str(stored.kode) == "33.25.01.2001"
    assert (stored.nama, stored.wilayah.kecamatan, stored.wilayah.kabupaten,
            stored.wilayah.provinsi) == ("Silurah", "Wonotunggal", "Kabupaten Batang",
                                         "Jawa Tengah")
    assert stored.jenis is JenisDesa.DESA
    assert (stored.jumlah_kk, stored.jumlah_jiwa, stored.jumlah_dusun, stored.jumlah_rw,
            stored.jumlah_rt) == (612, 2150, None, 4, 17)
    assert stored.telepon == "0285-391234"
    assert UUID7.fullmatch(stored.uuid)
    assert stored.is_demo is False
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", stored.updated_at)
    assert ws.desa.desa(K("3325012001")) == stored


def test_add_desa_keeps_a_given_uuid_and_demo_flag(ws: Workspace) -> None:
    desa = _fresh(ws, "33.25.01.2002", uuid="0b7e6c1c-2f7a-4d55-9a8e-1d2c3b4a5f60", is_demo=True)
    stored = ws.desa.add_desa(desa)
    assert stored.uuid == "0b7e6c1c-2f7a-4d55-9a8e-1d2c3b4a5f60"
    assert stored.is_demo is True


def test_desa_list_is_ordered_by_kode_and_filters_within(ws: Workspace) -> None:
    for kode in ("33.26.01.2001", "33.25.10.2001", "33.25.01.2002", "33.25.11.1015",
                 "33.25.01.2001"):
        ws.desa.add_desa(_fresh(ws, kode))

    def listed(within: str | None = None) -> list[tuple[str, str]]:
        return [(str(d.kode), d.nama) for d in ws.desa.desa_list(K(within) if within else None)]

    assert listed() == [
        ("33.25.01.2001", "Silurah"), ("33.25.01.2002", "Sodong"),
        ("33.25.10.2001", "Wringingintung"), ("33.25.11.1015", "Kauman"),
        ("33.26.01.2001", "Klesem"),
    ]
    assert listed("33.25") == listed()[:4]
    assert listed("33.25.01") == [("33.25.01.2001", "Silurah"), ("33.25.01.2002", "Sodong")]
    assert listed("33.25.11") == [("33.25.11.1015", "Kauman")]
    assert listed("33.25.01.2002") == [("33.25.01.2002", "Sodong")]
    assert listed("33.27") == []
    assert listed("34") == []
    assert ws.desa.count() == 5


def test_add_existing_kode_raises_desa_exists(ws: Workspace) -> None:
    first = ws.desa.add_desa(_fresh(ws, "33.25.01.2001", jumlah_kk=10))
    with pytest.raises(DesaExists) as info:
        ws.desa.add_desa(_fresh(ws, "33.25.01.2001", jumlah_kk=99))
    assert (info.value.kode, info.value.nama) == ("33.25.01.2001", "Silurah")
    assert ws.desa.desa_list() == [first]


def test_update_desa_writes_editable_fields_only(ws: Workspace, make_desa: MakeDesa) -> None:
    before = make_desa(ws, jumlah_kk=500, jumlah_jiwa=1800, catatan="lama")
    edited = before.with_changes(jumlah_kk=510, jumlah_jiwa=1810, jumlah_dusun=3,
                                 alamat_sekretariat="Balai Desa Silurah", catatan="baru",
                                 uuid="ignored", is_demo=True)
    after = ws.desa.update_desa(edited)
    assert (after.jumlah_kk, after.jumlah_jiwa, after.jumlah_dusun) == (510, 1810, 3)
    assert (after.alamat_sekretariat, after.catatan) == ("Balai Desa Silurah", "baru")
    assert after.uuid == before.uuid
    assert after.is_demo is False
    assert after.wilayah == before.wilayah
    assert after.updated_at >= before.updated_at
    assert ws.desa.desa_list() == [after]


def test_missing_desa_raises_desa_not_found(ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")
    missing = _fresh(ws, "33.25.01.2002")
    with pytest.raises(DesaNotFound) as info:
        ws.desa.desa(missing.kode)
    assert info.value.kode == "33.25.01.2002"
    with pytest.raises(DesaNotFound):
        ws.desa.update_desa(missing)
    with pytest.raises(DesaNotFound):
        ws.desa.delete_desa(missing.kode)
    with pytest.raises(DesaNotFound):
        ws.desa.dependents(missing.kode)
    assert [str(d.kode) for d in ws.desa.desa_list()] == ["33.25.01.2001"]


def test_delete_desa_without_dependents(ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")
    keep = make_desa(ws, "33.25.01.2002")
    assert ws.desa.dependents(K("33.25.01.2001")) == {}
    ws.desa.delete_desa(K("33.25.01.2001"))
    assert ws.desa.desa_list() == [keep]


def test_delete_desa_in_use_reports_counts_and_keeps_everything(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    ws.pokja.save_pokja(desa.kode, POKJA, NAMES)
    with pytest.raises(DesaInUse) as info:
        ws.desa.delete_desa(desa.kode)
    assert info.value.kode == "33.25.01.2001"
    assert info.value.counts == {"pokja": 1, "pokja_anggota": 2}
    assert ws.desa.desa_list() == [desa]
    assert [m.nama for m in ws.pokja.pokja_for(desa.kode).anggota] == [
        "Siti Wahyuni", "Budi Santoso",
    ]


def test_force_delete_cascades_to_pokja_members_and_tatanan(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    gone = make_desa(ws, "33.25.01.2001")
    ws.pokja.save_pokja(gone.kode, POKJA, NAMES)
    ws.desa.delete_desa(gone.kode, force=True)
    assert ws.desa.desa_list() == []
    for table in ("pokja", "pokja_anggota", "pokja_tatanan"):
        assert _rows(ws, table) == [], table


def test_force_delete_leaves_other_desa_records(ws: Workspace, make_desa: MakeDesa) -> None:
    gone = make_desa(ws, "33.25.01.2001")
    kept = make_desa(ws, "33.25.01.2002")
    ws.pokja.save_pokja(gone.kode, POKJA, NAMES)
    saved = ws.pokja.save_pokja(kept.kode, POKJA, NAMES)
    ws.desa.delete_desa(gone.kode, force=True)
    assert ws.desa.desa_list() == [kept]
    assert ws.pokja.pokja_for(kept.kode) == saved
    assert ws.health().counts == {"settings": 0, "desa": 1, "pokja": 1, "pokja_anggota": 2,
                                  "pokja_tatanan": 2, "laporan_sanitasi": 0, "odf_event": 0,
                                  "odf_tim": 0, "kegiatan": 0, "kegiatan_materi": 0,
                                  "kegiatan_narasumber": 0, "kegiatan_peserta": 0,
                                  "kegiatan_hadir": 0, "kegiatan_rtl": 0,
                                  "kesiapan_jawaban": 0, "kesiapan_berkas": 0,
                                  "ekspor_log": 0, "impor_log": 0, "sinkron_dasar": 0,
                                  "aksi": 5, "riwayat": 18, "rumah_tangga": 0}


def test_add_many_writes_all_in_order(ws: Workspace) -> None:
    records = [_fresh(ws, k) for k in ("33.25.01.2003", "33.25.01.2001", "33.25.01.2002")]
    assert ws.desa.add_many(records) == 3
    assert [d.nama for d in ws.desa.desa_list()] == ["Silurah", "Sodong", "Gringgingsari"]


def test_add_many_is_all_or_nothing(ws: Workspace, make_desa: MakeDesa) -> None:
    a, b = _fresh(ws, "33.25.01.2001"), _fresh(ws, "33.25.01.2002")
    with pytest.raises(DesaExists) as info:
        ws.desa.add_many([b, a, a])
    assert info.value.kode == "33.25.01.2001"
    assert ws.desa.count() == 0
    existing = make_desa(ws, "33.25.01.2003")
    with pytest.raises(DesaExists):
        ws.desa.add_many([a, b, _fresh(ws, "33.25.01.2003")])
    assert ws.desa.desa_list() == [existing]


def test_failed_write_inside_a_transaction_leaves_data_as_it_was(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    before = make_desa(ws, jumlah_kk=500, jumlah_jiwa=1800)
    with pytest.raises(DesaExists), ws.atomic():
        ws.desa.update_desa(before.with_changes(jumlah_kk=1, jumlah_jiwa=2))
        ws.desa.add_desa(_fresh(ws, "33.25.01.2002"))
        ws.desa.add_desa(_fresh(ws, "33.25.01.2001"))
    assert ws.desa.desa_list() == [before]


def test_check_constraint_failure_rolls_back_the_update(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    before = make_desa(ws, jumlah_kk=500)
    with pytest.raises(sqlite3.IntegrityError):
        ws.desa.update_desa(before.with_changes(jumlah_kk=-1, catatan="tidak tersimpan"))
    assert ws.desa.desa_list() == [before]
    assert ws.desa.db.conn.in_transaction is False
