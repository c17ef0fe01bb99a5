"""Indonesian for workbook imports: each problem at its place, the classes, a plan's and a file's outcome."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.domain.lembar import JenisKolom
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import KODE_REASONS, PROBLEM_TEXTS, describe_problem, problem_text

KELAS_LABELS: dict[Kelas, str] = {
    Kelas.BARU: "Baru",
    Kelas.BERUBAH: "Berubah",
    Kelas.SAMA: "Sama",
    Kelas.LEBIH_BARU: "Lebih baru di sini",
    Kelas.KONFLIK: "Konflik",
}

HASIL_LABELS = {"diterima": "diterima", "diperbarui": "diperbarui", "sama": "sama",
                "konflik": "konflik", "ditolak": "ditolak"}

_JENIS_SEL = {
    JenisKolom.TANGGAL.value: "tanggal (contoh: 13/11/2023 atau 13 November 2023)",
    JenisKolom.BULAN.value: "bulan dan tahun (contoh: 01/2025)",
    JenisKolom.BULAT.value: "bilangan bulat (contoh: 1.234)",
    JenisKolom.DESIMAL.value: "angka (contoh: 85 atau 72,5)",
    JenisKolom.PERSEN.value: "persen (contoh: 85%)",
}

# Problems the workbook reading and the import find (the domain's own are in messages).
IMPOR_TEXTS = {
    "wajib": "wajib diisi",
    "sel_bukan_tanggal": "bukan tanggal (“{teks}”); tulis misalnya 13/11/2023 atau 13 November 2023",
    "sel_bukan_angka": "bukan angka (“{teks}”); tulis misalnya 1.234 atau 72,5",
    "sel_bukan_bulat": "harus bilangan bulat (“{teks}”)",
    "sel_bukan_bulan": "bukan bulan dan tahun (“{teks}”); tulis misalnya 01/2025 atau Januari 2025",
    "sel_bukan_pilihan": "“{teks}” tidak ada dalam pilihan ({pilihan})",
    "sel_salah": "isinya tidak dapat dibaca (“{teks}”)",
    "tanpa_header": "baris judul kolom tidak ditemukan; sheet ini tidak dibaca",
    "kolom_hilang": "kolom ini tidak ada; sheet ini tidak dibaca. Tambahkan kolom dengan judul "
                    "tersebut",
    "lembar_tidak_dikenal": "nama sheet tidak dikenali, jadi isinya tidak dibaca. Nama sheet yang "
                            "dikenali: {dikenal}",
    "lembar_ganda": "sheet {lembar} sudah ada; sheet dengan nama serupa ini tidak dibaca",
    "tanpa_lembar": "tidak ada sheet yang dikenali; buku kerja ini berisi: {ada}. Pakai buku "
                    "kerja atau templat dari KKS Desktop",
    "kode_salah": "kode “{teks}” tidak sah: {alasan}",
    "kode_tidak_dikenal": "kode {kode} tidak ada dalam daftar resmi Kemendagri",
    "bukan_kode_desa": "kode {kode} bukan kode desa/kelurahan (harus 10 angka)",
    "luar_wilayah": "desa {kode} berada di luar wilayah kerja ({lingkup})",
    "wilayah_luar": "wilayah {kode} berada di luar wilayah kerja ({lingkup})",
    "desa_tidak_dikenal": "desa {kode} tidak terdaftar di sini dan tidak ada di sheet "
                          "Desa dan Pokja",
    "kegiatan_tidak_dikenal": "kegiatan “{judul}” tanggal {tanggal} tidak ada di sheet "
                              "Kegiatan maupun di data ini",
    "peserta_tidak_dikenal": "peserta “{nama}” tidak ada di sheet Peserta maupun di kegiatan "
                             "itu di data ini",
    "duplikat": "sama dengan baris {baris} ({apa}); baris ini tidak dibaca",
    "hadir_salah": "“{teks}” bukan nomor hari (tulis misalnya 1, 2)",
    "asal_tidak_dikenal": "asal narasumber “{teks}” tidak dikenal (pilihan: {pilihan})",
    "siklus_tidak_dikenal": "tidak ada daftar periksa desa untuk siklus {siklus}",
    "butir_tidak_dikenal": "butir “{butir}” tidak ada di daftar periksa siklus {siklus}",
    "butir_otomatis": "butir “{butir}” dinilai otomatis dari data; isian Jawaban diabaikan",
    "lama_tidak_lengkap": "skala lama diisi sebagian; isi keempat kolom skala lama atau "
                          "kosongkan semuanya",
    "induk_ditolak": "ikut dilewati karena {lembar} baris {baris} berisi kesalahan",
}


def _shown(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")
    return value


def temuan_text(problem: Problem) -> str:
    """What is wrong, without the place: the import's own codes, then the domain's."""
    template = IMPOR_TEXTS.get(problem.code)
    if template is None:
        return problem_text(problem)
    params = {k: _shown(v) for k, v in problem.params}
    if problem.code == "kode_salah":
        params["alasan"] = KODE_REASONS.get(str(params.get("alasan")), str(params.get("alasan")))
    if problem.code in ("sel_bukan_angka", "sel_salah") and params.get("jenis") in _JENIS_SEL:
        template = "“{teks}” bukan " + _JENIS_SEL[str(params["jenis"])]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def tempat_text(m: MasalahImpor) -> str:
    """"Sheet Peserta, baris 12, kolom Tanggal Kegiatan"."""
    where = f"Sheet {m.letak.lembar}" if m.letak.lembar else "Buku kerja"
    if m.letak.baris is not None:
        where += f", baris {m.letak.baris}"
    if m.letak.kolom:
        where += f", kolom {m.letak.kolom}"
    return where


def temuan_masalah(m: MasalahImpor) -> str:
    """The finding of a problem without its place; a warning ends with "(peringatan)"."""
    known = m.problem.code in IMPOR_TEXTS or m.problem.code in PROBLEM_TEXTS
    if m.letak.kolom or not known or m.problem.code in IMPOR_TEXTS:
        finding = temuan_text(m.problem)
    else:  # a finding about a field without its own column: name the field
        finding = describe_problem(m.problem)
    return finding if m.is_error else finding + " (peringatan)"


def masalah_text(m: MasalahImpor) -> str:
    """"Sheet Peserta, baris 12, kolom Tanggal Kegiatan: bukan tanggal (“32/13/2023”)"."""
    return f"{tempat_text(m)}: {temuan_masalah(m)}"


def jumlah_text(jumlah: Mapping[Kelas, int]) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 konflik" (classes with none left out)."""
    parts = [f"{_shown(jumlah.get(k, 0))} {KELAS_LABELS[k].lower()}" for k in Kelas
             if jumlah.get(k, 0)]
    return ", ".join(parts) if parts else "tidak ada data"


class _Rencana(Protocol):
    @property
    def masalah(self) -> Sequence[MasalahImpor]: ...

    def jumlah(self) -> dict[Kelas, int]: ...


def ringkasan_rencana(r: _Rencana) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 konflik; 2 kesalahan, 1 peringatan"."""
    errors = sum(1 for m in r.masalah if m.is_error)
    warnings = len(r.masalah) - errors
    text = jumlah_text(r.jumlah())
    found = [f"{_shown(n)} {word}" for n, word in ((errors, "kesalahan"), (warnings, "peringatan"))
             if n]
    return text + ("; " + ", ".join(found) if found else "")


def baris_text(baris: Sequence[tuple[str, int]]) -> str:
    """"Peserta baris 7, 9; RTL baris 4": rows grouped by sheet, in the order given."""
    groups: dict[str, list[int]] = {}
    for sheet, row in baris:
        groups.setdefault(sheet, []).append(row)
    return "; ".join(f"{sheet} baris {', '.join(str(r) for r in rows)}"
                     for sheet, rows in groups.items())


class _Hasil(Protocol):
    @property
    def jumlah(self) -> Mapping[Kelas, int]: ...
    @property
    def ditulis(self) -> int: ...
    @property
    def dilewati(self) -> Sequence[tuple[str, int]]: ...


def hasil_impor_text(h: _Hasil) -> str:
    """What a commit did. Writing nothing is never called a success."""
    konflik = h.jumlah.get(Kelas.KONFLIK, 0)
    if h.ditulis == 0:
        text = "Tidak ada data yang disimpan: "
        if konflik:
            text += f"{_shown(konflik)} konflik, nilai di sini dipertahankan."
        elif h.jumlah.get(Kelas.LEBIH_BARU, 0):
            text += "data di sini lebih baru daripada isi berkas."
        else:
            text += "isi berkas sama dengan data di sini."
    else:
        text = (f"Tersimpan {_shown(h.ditulis)} catatan ({jumlah_text(h.jumlah)}).")
        if konflik:
            text += f" {_shown(konflik)} konflik diselesaikan menurut pilihan Anda."
    if h.dilewati:
        text += (f" {_shown(len(h.dilewati))} baris dilewati karena berisi kesalahan: "
                 f"{baris_text(h.dilewati)}.")
    return text


class _Berkas(Protocol):
    @property
    def path(self) -> Path: ...
    @property
    def status(self) -> str: ...
    @property
    def alasan(self) -> str: ...
    @property
    def hasil(self) -> _Hasil | None: ...


def hasil_berkas_text(h: _Berkas) -> str:
    """One line per received file: "Laporan ... .xlsx: diterima. Tersimpan 40 catatan (...)"."""
    head = f"{h.path.name}: {HASIL_LABELS.get(h.status, h.status)}"
    if h.status == "ditolak" or h.hasil is None:
        return f"{head}. {h.alasan}".rstrip()
    return f"{head}. {hasil_impor_text(h.hasil)}"
