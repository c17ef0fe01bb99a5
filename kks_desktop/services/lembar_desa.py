"""The data sheets of the desa workbook (Laporan Pokja Desa Sehat), shared by export, templates, import."""

from __future__ import annotations

from functools import cache

from kks_desktop.domain.kegiatan import AsalNarasumber, JenisKelamin, StatusRtl
from kks_desktop.domain.kesiapan_fakta import NilaiJawaban
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom, Lembar
from kks_desktop.domain.odf import Hasil, JenisOdf
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.messages import JABATAN_LABELS, JENIS_ODF_LABELS
from kks_desktop.messages_kegiatan import ASAL_LABELS, STATUS_RTL_LABELS
from kks_desktop.messages_kesiapan import JAWABAN_LABELS
from kks_desktop.messages_sanitasi import HASIL_LABELS, RUNG_LABELS, SUMBER_LABELS
from kks_desktop.services.reference import acuan_kegiatan

FORMAT_NAME = "kks-desktop-buku-desa"
FORMAT_VERSION = "1"
YA_TIDAK = (("ya", "Ya"), ("tidak", "Tidak"))
# Separates the parts of one narasumber or team member on its line in a cell.
PEMISAH = " | "

SHEET_RINGKASAN = "Ringkasan"
SHEET_DESA = "Desa dan Pokja"
SHEET_ANGGOTA = "Anggota Pokja"
SHEET_SANITASI = "Sanitasi"
SHEET_ODF = "Jalur ODF"
SHEET_KEGIATAN = "Kegiatan"
SHEET_PESERTA = "Peserta"
SHEET_PREPOST = "Pre-Post"
SHEET_RTL = "RTL"
SHEET_KESIAPAN = "Kesiapan"


def _choices(labels: dict[object, str]) -> tuple[tuple[str, str], ...]:
    return tuple((getattr(k, "value", str(k)), v) for k, v in labels.items())


def _uuid(kunci: str = "uuid", judul: str = "uuid") -> Kolom:
    return Kolom(kunci, judul, J.UUID, 38)


def _desa_kode(wajib: bool = True) -> Kolom:
    return Kolom("desa_kode", "Kode Desa", J.KODE, 15, wajib=wajib, sinonim=("kode desa kelurahan",
                                                                            "kode wilayah"))


_DESA_NAMA = Kolom("desa_nama", "Desa/Kelurahan", J.TEKS, 20, baca=False,
                   sinonim=("desa", "nama desa", "kelurahan"))


def _count(kunci: str, judul: str, petunjuk: str = "") -> Kolom:
    return Kolom(kunci, judul, J.BULAT, 10, jumlah=True, petunjuk=petunjuk)


def _session_columns() -> tuple[Kolom, ...]:
    """The session a child row belongs to: its key, and its title and date repeated on every row."""
    return (_uuid("kegiatan_uuid", "uuid kegiatan"),
            Kolom("kegiatan_judul", "Kegiatan", J.TEKS, 30, wajib=True,
                  sinonim=("judul kegiatan", "nama kegiatan")),
            Kolom("kegiatan_tanggal", "Tanggal Kegiatan", J.TANGGAL, 12, wajib=True,
                  sinonim=("tanggal mulai",)))


@cache
def desa() -> Lembar:
    return Lembar(SHEET_DESA, "DATA DESA DAN POKJA DESA SEHAT", (
        _uuid(), _uuid("pokja_uuid", "uuid pokja"),
        Kolom("kode", "Kode Desa", J.KODE, 15, wajib=True, sinonim=("kode wilayah", "kode")),
        Kolom("nama", "Desa/Kelurahan", J.TEKS, 20, baca=False, sinonim=("nama desa", "desa")),
        Kolom("kecamatan", "Kecamatan", J.TEKS, 16, baca=False),
        _count("jumlah_kk", "Jumlah KK", "Jumlah kepala keluarga"),
        _count("jumlah_jiwa", "Jumlah Jiwa"), _count("jumlah_dusun", "Dusun"),
        _count("jumlah_rw", "RW"), _count("jumlah_rt", "RT"),
        Kolom("alamat_sekretariat", "Alamat Sekretariat", J.TEKS, 26),
        Kolom("telepon", "Telepon", J.TEKS, 14),
        Kolom("sk_nomor", "Nomor SK Pokja", J.TEKS, 22, sinonim=("nomor sk", "sk pokja")),
        Kolom("sk_tanggal", "Tanggal SK Pokja", J.TANGGAL, 12, sinonim=("tanggal sk",)),
        Kolom("sk_penandatangan", "Penandatangan SK", J.TEKS, 18),
        Kolom("sekretariat_ada", "Sekretariat Ada", J.PILIHAN, 11, pilihan=YA_TIDAK),
        Kolom("tatanan", "Tatanan Dipilih", J.DAFTAR, 30, petunjuk="Satu tatanan per baris"),
        Kolom("catatan", "Catatan", J.TEKS, 24),
    ))


@cache
def anggota() -> Lembar:
    return Lembar(SHEET_ANGGOTA, "ANGGOTA POKJA DESA SEHAT", (
        _uuid(), _desa_kode(), _DESA_NAMA,
        Kolom("nama", "Nama", J.TEKS, 26, wajib=True, sinonim=("nama anggota", "nama lengkap")),
        Kolom("jabatan", "Jabatan", J.PILIHAN, 18, wajib=True,
              pilihan=_choices(JABATAN_LABELS)),  # type: ignore[arg-type]
        Kolom("unsur", "Unsur", J.TEKS, 22, sinonim=("instansi", "unsur instansi")),
        Kolom("telepon", "Telepon", J.TEKS, 14, sinonim=("no hp", "hp")),
        Kolom("aktif_sejak", "Aktif Sejak", J.TANGGAL, 12),
    ))


@cache
def sanitasi() -> Lembar:
    rungs = tuple(Kolom(r.value, RUNG_LABELS[r], J.BULAT, 11, wajib=True) for r in Rung)
    pillars = tuple(Kolom(k, j, J.BULAT, 10) for k, j in (
        ("ctps", "KK CTPS"), ("pamm", "KK PAMM-RT"), ("psrt", "KK PS-RT"), ("plcrt", "KK PLC-RT"),
        ("kk_tiga_pilar", "KK Pilar 1–3")))
    old = tuple(Kolom(f"lama_{k}", f"{j} (skala lama)", J.BULAT, 10) for k, j in (
        ("jsp", "JSP"), ("jssp", "JSSP"), ("sharing", "Sharing"), ("od", "OD")))
    return Lembar(SHEET_SANITASI, "LAPORAN SANITASI (STBM) PER PERIODE", (
        _uuid(), _desa_kode(), _DESA_NAMA,
        Kolom("periode", "Periode", J.BULAN, 10, wajib=True, petunjuk="Bulan/tahun, mis. 01/2025",
              sinonim=("bulan", "periode laporan")),
        Kolom("sumber", "Sumber Data", J.PILIHAN, 12, wajib=True,
              pilihan=_choices(SUMBER_LABELS)),  # type: ignore[arg-type]
        Kolom("total_kk", "Total KK", J.BULAT, 10, wajib=True, sinonim=("jumlah kk",)),
        *rungs,
        Kolom("persen_akses", "% Akses Layak", J.PERSEN, 10, baca=False),
        *pillars, *old,
        Kolom("petugas", "Petugas", J.TEKS, 18),
        Kolom("catatan", "Catatan", J.TEKS, 24),
    ))


@cache
def odf() -> Lembar:
    return Lembar(SHEET_ODF, "JALUR ODF: PEMICUAN, VERIFIKASI, DEKLARASI", (
        _uuid(), _desa_kode(), _DESA_NAMA,
        Kolom("jenis", "Tahap", J.PILIHAN, 12, wajib=True,
              pilihan=tuple((j.value, JENIS_ODF_LABELS[j.value]) for j in JenisOdf),
              sinonim=("jenis", "langkah")),
        Kolom("tanggal", "Tanggal", J.TANGGAL, 12, wajib=True),
        Kolom("fasilitator", "Fasilitator", J.TEKS, 20),
        Kolom("tim", "Tim Verifikasi", J.DAFTAR, 30,
              petunjuk=f"Satu orang per baris: Nama{PEMISAH}Instansi"),
        Kolom("hasil", "Hasil", J.PILIHAN, 9,
              pilihan=tuple((h.value, HASIL_LABELS[h]) for h in Hasil)),
        Kolom("nomor_ba", "Nomor Berita Acara", J.TEKS, 20, sinonim=("nomor ba",)),
        Kolom("saksi", "Saksi", J.TEKS, 20),
        Kolom("catatan", "Catatan", J.TEKS, 24),
    ))


@cache
def kegiatan() -> Lembar:
    acuan = acuan_kegiatan()
    return Lembar(SHEET_KEGIATAN, "KEGIATAN (ORIENTASI, RAPAT, SOSIALISASI)", (
        _uuid(),
        Kolom("judul", "Judul Kegiatan", J.TEKS, 34, wajib=True, sinonim=("kegiatan", "judul")),
        Kolom("jenis", "Jenis", J.PILIHAN, 18, wajib=True,
              pilihan=tuple((p.id, p.label) for p in acuan.jenis)),
        Kolom("tanggal_mulai", "Tanggal Mulai", J.TANGGAL, 12, wajib=True, sinonim=("tanggal",)),
        Kolom("tanggal_selesai", "Tanggal Selesai", J.TANGGAL, 12),
        Kolom("wilayah_kode", "Kode Wilayah", J.KODE, 15, wajib=True),
        Kolom("wilayah_nama", "Wilayah", J.TEKS, 18, baca=False),
        Kolom("tempat", "Tempat", J.TEKS, 22),
        Kolom("penyelenggara", "Penyelenggara", J.TEKS, 22),
        Kolom("materi", "Materi", J.DAFTAR, 30, petunjuk="Satu materi per baris"),
        Kolom("narasumber", "Narasumber", J.DAFTAR, 34,
              petunjuk=f"Satu orang per baris: Nama{PEMISAH}Instansi{PEMISAH}Asal{PEMISAH}Materi"),
        Kolom("batas_lulus", "Batas Lulus", J.DESIMAL, 8),
        Kolom("jumlah_peserta", "Peserta dalam Buku Ini", J.BULAT, 10, baca=False, jumlah=True),
        Kolom("notulen", "Notulen", J.TEKS, 40),
        Kolom("catatan", "Catatan", J.TEKS, 24),
    ))


@cache
def peserta() -> Lembar:
    acuan = acuan_kegiatan()
    return Lembar(SHEET_PESERTA, "DAFTAR HADIR PESERTA", (
        _uuid(), *_session_columns(),
        Kolom("nama", "Nama", J.TEKS, 26, wajib=True, sinonim=("nama peserta", "nama lengkap")),
        Kolom("jenis_kelamin", "L/P", J.PILIHAN, 6,
              pilihan=tuple((j.value, j.value) for j in JenisKelamin), sinonim=("jenis kelamin",)),
        Kolom("jabatan", "Jabatan", J.TEKS, 18),
        Kolom("instansi", "Instansi/Unsur", J.TEKS, 24, sinonim=("instansi", "unsur")),
        Kolom("kategori", "Kategori", J.PILIHAN, 16,
              pilihan=tuple((p.id, p.label) for p in acuan.kategori)),
        _desa_kode(wajib=False),
        Kolom("desa_nama", "Asal Desa", J.TEKS, 18, sinonim=("desa", "desa kelurahan")),
        Kolom("telepon", "Telepon", J.TEKS, 14, sinonim=("no hp", "hp")),
        Kolom("hadir", "Hadir Hari ke-", J.TEKS, 10, petunjuk="Mis. 1, 2 (kosong = tidak hadir)",
              sinonim=("hadir", "hari hadir")),
    ))


@cache
def prepost() -> Lembar:
    return Lembar(SHEET_PREPOST, "NILAI PRE-TEST DAN POST-TEST", (
        _uuid(), *_session_columns(),
        Kolom("nama", "Nama", J.TEKS, 26, wajib=True, sinonim=("nama peserta",)),
        Kolom("instansi", "Instansi/Unsur", J.TEKS, 24, baca=False),
        Kolom("pre", "Pre-test", J.DESIMAL, 9, sinonim=("pre", "nilai pre")),
        Kolom("post", "Post-test", J.DESIMAL, 9, sinonim=("post", "nilai post")),
        Kolom("selisih", "Selisih", J.DESIMAL, 9, baca=False),
        Kolom("lulus", "Lulus", J.PILIHAN, 7, baca=False, pilihan=YA_TIDAK),
    ))


@cache
def rtl() -> Lembar:
    return Lembar(SHEET_RTL, "RENCANA TINDAK LANJUT (RTL)", (
        _uuid(), *_session_columns(),
        Kolom("kegiatan", "Rencana Kegiatan", J.TEKS, 30, wajib=True, sinonim=("rtl",)),
        Kolom("tujuan", "Tujuan", J.TEKS, 22),
        Kolom("sasaran", "Sasaran", J.TEKS, 18),
        Kolom("waktu", "Waktu", J.TANGGAL, 12),
        Kolom("tempat", "Tempat", J.TEKS, 16),
        Kolom("penanggung_jawab", "Penanggung Jawab", J.TEKS, 18, sinonim=("pj",)),
        Kolom("sumber_dana", "Sumber Dana", J.TEKS, 14),
        Kolom("indikator", "Indikator", J.TEKS, 20),
        Kolom("status", "Status", J.PILIHAN, 10, wajib=True,
              pilihan=tuple((s.value, STATUS_RTL_LABELS[s]) for s in StatusRtl)),
        Kolom("catatan", "Catatan", J.TEKS, 22),
    ))


@cache
def kesiapan() -> Lembar:
    return Lembar(SHEET_KESIAPAN, "KESIAPAN PENILAIAN KKS (DAFTAR PERIKSA DESA)", (
        _desa_kode(), _DESA_NAMA,
        Kolom("siklus", "Siklus", J.BULAT, 8, wajib=True),
        Kolom("butir", "Kode Butir", J.TEKS, 14, wajib=True),
        Kolom("kelompok", "Kelompok", J.TEKS, 18, baca=False),
        Kolom("label", "Butir", J.TEKS, 36, baca=False),
        Kolom("dinilai", "Dinilai dari", J.TEKS, 10, baca=False),
        Kolom("status", "Status", J.TEKS, 14, baca=False),
        Kolom("alasan", "Alasan", J.TEKS, 36, baca=False),
        Kolom("bukti", "Bukti", J.DAFTAR, 30, baca=False),
        Kolom("nilai", "Jawaban", J.PILIHAN, 11,
              pilihan=tuple((n.value, JAWABAN_LABELS[n]) for n in NilaiJawaban),
              petunjuk="Hanya untuk butir yang dijawab manual"),
        Kolom("nomor", "Nomor Dokumen", J.TEKS, 18),
        Kolom("tanggal", "Tanggal Dokumen", J.TANGGAL, 12),
        Kolom("catatan", "Catatan", J.TEKS, 24),
        Kolom("oleh", "Dijawab Oleh", J.TEKS, 16),
        Kolom("berkas", "Berkas Bukti", J.TEKS, 18, baca=False),
    ))


def data_sheets() -> tuple[Lembar, ...]:
    """Every data sheet of the desa workbook, in workbook order (after Ringkasan)."""
    return (desa(), anggota(), sanitasi(), odf(), kegiatan(), peserta(), prepost(), rtl(),
            kesiapan())


# The origins a narasumber line may name (its third part).
ASAL_PILIHAN = tuple((a.value, ASAL_LABELS[a]) for a in AsalNarasumber)
