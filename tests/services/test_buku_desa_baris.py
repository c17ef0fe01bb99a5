"""Rows of the desa workbook from a small real workspace: every column filled, sessions carried by
the inclusion rules, multi-part lines, the checklist per desa and item, keys and a stable order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound
from kks_desktop.domain.kegiatan import (
    AsalNarasumber,
    JenisKelamin,
    Kegiatan,
    Narasumber,
    Peserta,
    Rtl,
    StatusRtl,
)
from kks_desktop.domain.kesiapan_fakta import Berkas, Jawaban, NilaiJawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.services import kesiapan_jawaban, kesiapan_service, lembar_desa
from kks_desktop.services.buku_desa_baris import baris_buku, kunci_baris
from kks_desktop.services.pokja_service import save_pokja
from kks_desktop.services.workspace import Workspace

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
KECAMATAN = KodeWilayah.parse("33.25.01")
KABUPATEN = KodeWilayah.parse("33.25")
FORMULA = '=HYPERLINK("http://x","klik")'
SK_DATE = dt.date(2024, 7, 2)


@dataclass(frozen=True)
class Contoh:
    """The uuids of what `buat_contoh` stored, to find them in the rows."""

    rapat_silurah: str
    sosialisasi: str
    rapat_sodong: str
    orientasi_lain: str


def _person(nama: str, desa: KodeWilayah | None, desa_nama: str = "", **more: object) -> Peserta:
    return Peserta(nama=nama, desa_kode=str(desa) if desa else "", desa_nama=desa_nama,
                   **more)  # type: ignore[arg-type]


def buat_contoh(ws: Workspace, make_desa: Callable[..., Desa],
                make_laporan: Callable[..., LaporanSanitasi]) -> Contoh:
    """Two desa of Kec. Wonotunggal: Silurah with Pokja, reports, ODF path, an answered checklist
    item; Sodong bare. Sessions: a rapat in each desa, a kecamatan sosialisasi with people from
    both (and one from nowhere), and a kabupaten session nobody of them attended."""
    make_desa(ws, SILURAH, jumlah_kk=200, jumlah_jiwa=700, jumlah_dusun=3, jumlah_rw=4,
              jumlah_rt=12, alamat_sekretariat="Balai Desa Silurah", telepon="0285-334720",
              catatan="Catatan desa  \r\nbaris kedua ")
    make_desa(ws, SODONG)
    save_pokja(ws, SILURAH, Pokja(
        sk_nomor="141/05/2024", sk_tanggal=SK_DATE, sk_penandatangan="Kepala Desa Silurah",
        sekretariat_ada=True, tatanan=("pasar", "pariwisata"),
        anggota=(Anggota("Siti Aminah", Jabatan.KETUA, "PKK", "081234567890", SK_DATE),
                 Anggota("Budi Santoso", Jabatan.SEKRETARIS, "Pemerintah Desa"))))
    ws.laporan.put_report(SILURAH, make_laporan("2025-10", total=200, babs=10,
                                                pilar=(150, 180, 120, 100), petugas="Bidan"))
    ws.laporan.put_report(SILURAH, make_laporan("2025-09", total=200, babs=20))
    ws.odf.put_event(SILURAH, OdfEvent(JenisOdf.VERIFIKASI, dt.date(2025, 3, 1),
                                       tim=(AnggotaTim("Hartono", "Puskesmas"), AnggotaTim("Ani")),
                                       hasil=Hasil.LULUS, nomor_ba="BA/01"))
    ws.odf.put_event(SILURAH, OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 1, 10),
                                       fasilitator="Sanitarian"))
    rapat = ws.kegiatan.put(Kegiatan(
        "rapat_pokja", "Rapat Pokja Januari", dt.date(2025, 1, 20), dt.date(2025, 1, 20), SILURAH,
        tempat="Balai Desa", materi=("Evaluasi", " ", "Rencana"),
        narasumber=(Narasumber("Kades"),
                    Narasumber("dr. Ani", "Dinkes", AsalNarasumber.KABUPATEN),
                    Narasumber("Pak Camat", "", AsalNarasumber.KECAMATAN, "Kebijakan")),
        peserta=(_person("Siti Aminah", SILURAH, "Silurah", hadir=(1,),
                         jenis_kelamin=JenisKelamin.P, kategori="pokja_desa"),
                 _person(FORMULA, SILURAH, "Silurah")),
        rtl=(Rtl("Pendataan ulang", waktu=dt.date(2025, 2, 20), status=StatusRtl.SELESAI),)))
    sosialisasi = ws.kegiatan.put(Kegiatan(
        "sosialisasi_stbm", "Sosialisasi STBM", dt.date(2025, 6, 10), dt.date(2025, 6, 11),
        KECAMATAN, batas_lulus=75,
        peserta=(_person("Agus", SODONG, "Sodong", pre=50.0, post=80.0),
                 _person("Siti Aminah", SILURAH, "Silurah", hadir=(1, 2), pre=60.0, post=70.0),
                 _person("Kader PKK", None, "Kauman", pre=40.0),
                 _person("Budi Santoso", SILURAH, "Silurah", hadir=(2,))),
        rtl=(Rtl("Pemicuan di desa belum ODF"),)))
    rapat_sodong = ws.kegiatan.put(Kegiatan(
        "rapat_pokja", "Rapat Pokja Sodong", dt.date(2025, 2, 3), dt.date(2025, 2, 3), SODONG,
        peserta=(_person("Tamu dari Silurah", SILURAH, "Silurah"), _person("Agus", SODONG)),
        rtl=(Rtl("Kerja bakti"),)))
    lain = ws.kegiatan.put(Kegiatan(
        "orientasi_kks", "Orientasi KKS", dt.date(2025, 9, 16), dt.date(2025, 9, 17), KABUPATEN,
        peserta=(_person("Orang lain", None),), rtl=(Rtl("RTL kabupaten"),)))
    definisi = kesiapan_service.cari_definisi("pokja-desa-2025")
    kesiapan_jawaban.simpan(ws, definisi, SILURAH, "rencana_kerja", Jawaban(
        NilaiJawaban.ADA, "12/RK/2025", dt.date(2025, 2, 1), "Rencana kerja 2025", "Budi"),
        Berkas("rk.pdf", b"%PDF-1.4"))
    return Contoh(rapat.uuid, sosialisasi.uuid, rapat_sodong.uuid, lain.uuid)


@pytest.fixture
def contoh(ws: Workspace, make_desa: Callable[..., Desa],
           make_laporan: Callable[..., LaporanSanitasi]) -> Contoh:
    return buat_contoh(ws, make_desa, make_laporan)


def _every_column_present(rows: dict[str, list[dict[str, object]]]) -> None:
    for lembar in lembar_desa.data_sheets():
        for row in rows[lembar.nama]:
            assert set(row) == set(lembar.kunci), lembar.nama


def test_desa_pokja_members_reports_and_odf_rows_of_one_desa(ws: Workspace, contoh: Contoh) -> None:
    rows = baris_buku(ws, [SILURAH])
    _every_column_present(rows)
    desa_uuid = ws.desa.desa(SILURAH).uuid
    pokja = ws.pokja.pokja_for(SILURAH)
    assert rows[lembar_desa.SHEET_DESA] == [{
        "uuid": desa_uuid, "pokja_uuid": pokja.uuid, "kode": "33.25.01.2001", "nama": "Silurah",
        "kecamatan": "Wonotunggal", "jumlah_kk": 200, "jumlah_jiwa": 700, "jumlah_dusun": 3,
        "jumlah_rw": 4, "jumlah_rt": 12, "alamat_sekretariat": "Balai Desa Silurah",
        "telepon": "0285-334720", "sk_nomor": "141/05/2024", "sk_tanggal": SK_DATE,
        "sk_penandatangan": "Kepala Desa Silurah", "sekretariat_ada": "ya",
        "tatanan": ("Pasar", "Pariwisata"), "catatan": "Catatan desa  \nbaris kedua"}]
    anggota = rows[lembar_desa.SHEET_ANGGOTA]
    assert [(a["nama"], a["jabatan"], a["unsur"], a["telepon"], a["aktif_sejak"]) for a in anggota] == [
        ("Siti Aminah", "ketua", "PKK", "081234567890", SK_DATE),
        ("Budi Santoso", "sekretaris", "Pemerintah Desa", "", None)]
    assert [a["uuid"] for a in anggota] == [m.uuid for m in pokja.anggota]
    assert {a["desa_kode"] for a in anggota} == {"33.25.01.2001"}
    sanitasi = rows[lembar_desa.SHEET_SANITASI]
    assert [s["periode"] for s in sanitasi] == ["2025-09", "2025-10"]
    last = sanitasi[1]
    assert (last["total_kk"], last["babs_tertutup"], last["babs_terbuka"], last["ctps"],
            last["plcrt"], last["sumber"], last["petugas"], last["lama_jsp"]) == (
        200, 5, 5, 150, 100, "monitoring", "Bidan", None)
    assert last["persen_akses"] == pytest.approx(0.95)
    assert sanitasi[0]["ctps"] is None
    odf = rows[lembar_desa.SHEET_ODF]
    assert [(e["jenis"], e["tanggal"], e["tim"], e["hasil"]) for e in odf] == [
        ("pemicuan", dt.date(2025, 1, 10), (), None),
        ("verifikasi", dt.date(2025, 3, 1), ("Hartono | Puskesmas", "Ani"), "lulus")]
    assert odf[0]["fasilitator"] == "Sanitarian" and odf[1]["nomor_ba"] == "BA/01"


def test_a_desa_without_pokja_has_blank_pokja_columns(ws: Workspace, contoh: Contoh) -> None:
    (row,) = baris_buku(ws, [SODONG])[lembar_desa.SHEET_DESA]
    assert (row["pokja_uuid"], row["sk_nomor"], row["sk_tanggal"], row["sekretariat_ada"],
            row["tatanan"], row["jumlah_kk"]) == ("", "", None, None, (), None)
    assert baris_buku(ws, [SODONG])[lembar_desa.SHEET_ANGGOTA] == []


def test_one_desa_carries_its_sessions_and_the_higher_ones_its_people_attended(
        ws: Workspace, contoh: Contoh) -> None:
    rows = baris_buku(ws, [SILURAH])
    kegiatan = rows[lembar_desa.SHEET_KEGIATAN]
    # Kecamatan session first (region order), then the desa's own; Sodong's rapat (a Silurah
    # guest notwithstanding) and the kabupaten session nobody of Silurah attended stay out.
    assert [(k["uuid"], k["wilayah_kode"], k["wilayah_nama"], k["jumlah_peserta"]) for k in kegiatan] == [
        (contoh.sosialisasi, "33.25.01", "Kecamatan Wonotunggal", 2),
        (contoh.rapat_silurah, "33.25.01.2001", "Desa Silurah", 2)]
    peserta = rows[lembar_desa.SHEET_PESERTA]
    assert [(p["kegiatan_judul"], p["nama"], p["hadir"]) for p in peserta] == [
        ("Sosialisasi STBM", "Budi Santoso", "2"), ("Sosialisasi STBM", "Siti Aminah", "1, 2"),
        ("Rapat Pokja Januari", "Siti Aminah", "1"), ("Rapat Pokja Januari", FORMULA, "")]
    assert {p["kegiatan_tanggal"] for p in peserta[:2]} == {dt.date(2025, 6, 10)}
    assert (peserta[2]["jenis_kelamin"], peserta[2]["kategori"], peserta[3]["jenis_kelamin"],
            peserta[3]["kategori"]) == ("P", "pokja_desa", None, None)
    # Pre-Post: only the session with scores, only the people carried.
    assert [(p["nama"], p["pre"], p["post"], p["selisih"], p["lulus"])
            for p in rows[lembar_desa.SHEET_PREPOST]] == [
        ("Budi Santoso", None, None, None, None), ("Siti Aminah", 60.0, 70.0, 10.0, "tidak")]
    # RTL only of sessions held in the desa.
    assert [(r["kegiatan"], r["kegiatan_uuid"], r["status"], r["waktu"])
            for r in rows[lembar_desa.SHEET_RTL]] == [
        ("Pendataan ulang", contoh.rapat_silurah, "selesai", dt.date(2025, 2, 20))]


def test_two_desa_carry_both_desa_sessions_and_their_people_higher_up(
        ws: Workspace, contoh: Contoh) -> None:
    rows = baris_buku(ws, [SODONG, SILURAH, SODONG])
    _every_column_present(rows)
    assert [r["kode"] for r in rows[lembar_desa.SHEET_DESA]] == ["33.25.01.2001", "33.25.01.2002"]
    kegiatan = rows[lembar_desa.SHEET_KEGIATAN]
    assert [(k["uuid"], k["jumlah_peserta"]) for k in kegiatan] == [
        (contoh.sosialisasi, 3), (contoh.rapat_silurah, 2), (contoh.rapat_sodong, 2)]
    sos = [p["nama"] for p in rows[lembar_desa.SHEET_PESERTA]
           if p["kegiatan_uuid"] == contoh.sosialisasi]
    # Not the Kader from elsewhere; the shared list in name order.
    assert sos == ["Agus", "Budi Santoso", "Siti Aminah"]
    assert [(p["nama"], p["lulus"]) for p in rows[lembar_desa.SHEET_PREPOST]] == [
        ("Agus", "ya"), ("Budi Santoso", None), ("Siti Aminah", "tidak")]
    assert [r["kegiatan"] for r in rows[lembar_desa.SHEET_RTL]] == [
        "Pendataan ulang", "Kerja bakti"]
    kesiapan = rows[lembar_desa.SHEET_KESIAPAN]
    assert [r["desa_kode"] for r in kesiapan] == ["33.25.01.2001"] * 11 + ["33.25.01.2002"] * 11


def test_materi_and_narasumber_lines_read_back_part_by_part(ws: Workspace, contoh: Contoh) -> None:
    rapat = next(k for k in baris_buku(ws, [SILURAH])[lembar_desa.SHEET_KEGIATAN]
                 if k["uuid"] == contoh.rapat_silurah)
    assert rapat["materi"] == ("Evaluasi", "Rencana")
    assert rapat["narasumber"] == ("Kades", "dr. Ani | Dinkes | Kabupaten/Kota",
                                   "Pak Camat |  | Kecamatan | Kebijakan")
    parts = [tuple(p.strip() for p in line.split("|")) for line in rapat["narasumber"]]
    assert parts[2] == ("Pak Camat", "", "Kecamatan", "Kebijakan")
    assert (rapat["jenis"], rapat["batas_lulus"], rapat["tanggal_mulai"], rapat["notulen"]) == (
        "rapat_pokja", 70.0, dt.date(2025, 1, 20), "")


def test_the_desa_checklist_one_row_per_desa_and_item(ws: Workspace, contoh: Contoh) -> None:
    rows = baris_buku(ws, [SILURAH])[lembar_desa.SHEET_KESIAPAN]
    definisi = kesiapan_service.cari_definisi("pokja-desa-2025")
    assert [r["butir"] for r in rows] == [b.id for b in definisi.butir]
    assert {r["siklus"] for r in rows} == {2025}
    by_item = {r["butir"]: r for r in rows}
    manual = by_item["rencana_kerja"]
    assert {k: manual[k] for k in ("kelompok", "dinilai", "status", "bukti", "nilai", "nomor",
                                   "tanggal", "catatan", "oleh", "berkas")} == {
        "kelompok": "Kelembagaan", "dinilai": "Isian manual", "status": "Terpenuhi", "bukti": (),
        "nilai": "ada", "nomor": "12/RK/2025", "tanggal": dt.date(2025, 2, 1),
        "catatan": "Rencana kerja 2025", "oleh": "Budi", "berkas": "rk.pdf"}
    assert manual["alasan"].startswith("dijawab “Ada” oleh Budi")
    sk = by_item["sk_pokja"]
    assert (sk["dinilai"], sk["status"], sk["alasan"], sk["bukti"], sk["nilai"], sk["oleh"]) == (
        "Data", "Terpenuhi", "SK tercatat", ("SK 141/05/2024, 02/07/2024",), None, "")
    assert by_item["dana"]["status"] == "Tidak diketahui"
    assert by_item["dana"]["nilai"] is None


def test_record_keys_and_a_stable_order(ws: Workspace, contoh: Contoh) -> None:
    first = baris_buku(ws, [SILURAH, SODONG])
    assert baris_buku(ws, [SODONG, SILURAH]) == first
    kesiapan = lembar_desa.kesiapan()
    assert kunci_baris(kesiapan, first[lembar_desa.SHEET_KESIAPAN][0]) == (
        "2025:33.25.01.2001:sk_pokja")
    peserta = lembar_desa.peserta()
    keys = [kunci_baris(peserta, r) for r in first[lembar_desa.SHEET_PESERTA]]
    assert keys == [r["uuid"] for r in first[lembar_desa.SHEET_PESERTA]]
    assert len(set(keys)) == len(keys) and all(keys)


def test_an_unregistered_desa_is_refused(ws: Workspace, contoh: Contoh) -> None:
    with pytest.raises(DesaNotFound):
        baris_buku(ws, [SILURAH, KodeWilayah.parse("33.25.01.2003")])
