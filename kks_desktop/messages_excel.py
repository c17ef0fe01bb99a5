"""Indonesian for workbook imports: each problem at its place, the classes, a plan's and a file's outcome."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.domain.lembar import JenisKolom
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import KODE_REASONS, PROBLEM_TEXTS, describe_problem, problem_text

KELAS_LABELS: dict[Kelas, str] = {
    Kelas.BARU: QT_TRANSLATE_NOOP("messages_excel", "Baru"),
    Kelas.BERUBAH: QT_TRANSLATE_NOOP("messages_excel", "Berubah"),
    Kelas.SAMA: QT_TRANSLATE_NOOP("messages_excel", "Sama"),
    Kelas.LEBIH_BARU: QT_TRANSLATE_NOOP("messages_excel", "Lebih baru di sini"),
    Kelas.KONFLIK: QT_TRANSLATE_NOOP("messages_excel", "Konflik"),
}
# "12 baru": how many of a class, in a sentence.
_KELAS_JUMLAH: dict[Kelas, str] = {
    Kelas.BARU: QT_TRANSLATE_NOOP("messages_excel", "{jumlah} baru"),
    Kelas.BERUBAH: QT_TRANSLATE_NOOP("messages_excel", "{jumlah} berubah"),
    Kelas.SAMA: QT_TRANSLATE_NOOP("messages_excel", "{jumlah} sama"),
    Kelas.LEBIH_BARU: QT_TRANSLATE_NOOP("messages_excel", "{jumlah} lebih baru di sini"),
    Kelas.KONFLIK: QT_TRANSLATE_NOOP("messages_excel", "{jumlah} konflik"),
}

HASIL_LABELS = {
    "diterima": QT_TRANSLATE_NOOP("messages_excel", "diterima"),
    "diperbarui": QT_TRANSLATE_NOOP("messages_excel", "diperbarui"),
    "sama": QT_TRANSLATE_NOOP("messages_excel", "sama"),
    "konflik": QT_TRANSLATE_NOOP("messages_excel", "konflik"),
    "ditolak": QT_TRANSLATE_NOOP("messages_excel", "ditolak"),
}

_JENIS_SEL = {
    JenisKolom.TANGGAL.value: QT_TRANSLATE_NOOP(
        "messages_excel", "tanggal (contoh: 13/11/2023 atau 13 November 2023)"),
    JenisKolom.BULAN.value: QT_TRANSLATE_NOOP("messages_excel", "bulan dan tahun (contoh: 01/2025)"),
    JenisKolom.BULAT.value: QT_TRANSLATE_NOOP("messages_excel", "bilangan bulat (contoh: 1.234)"),
    JenisKolom.DESIMAL.value: QT_TRANSLATE_NOOP("messages_excel", "angka (contoh: 85 atau 72,5)"),
    JenisKolom.PERSEN.value: QT_TRANSLATE_NOOP("messages_excel", "persen (contoh: 85%)"),
}

# Problems the workbook reading and the import find (the domain's own are in messages).
IMPOR_TEXTS = {
    "wajib": QT_TRANSLATE_NOOP("messages_excel", "wajib diisi"),
    "sel_bukan_tanggal": QT_TRANSLATE_NOOP(
        "messages_excel", "bukan tanggal (“{teks}”); tulis misalnya 13/11/2023 atau 13 November 2023"),
    "sel_bukan_angka": QT_TRANSLATE_NOOP(
        "messages_excel", "bukan angka (“{teks}”); tulis misalnya 1.234 atau 72,5"),
    "sel_bukan_bulat": QT_TRANSLATE_NOOP("messages_excel", "harus bilangan bulat (“{teks}”)"),
    "sel_bukan_bulan": QT_TRANSLATE_NOOP(
        "messages_excel", "bukan bulan dan tahun (“{teks}”); tulis misalnya 01/2025 atau Januari 2025"),
    "sel_bukan_pilihan": QT_TRANSLATE_NOOP("messages_excel", "“{teks}” tidak ada dalam pilihan ({pilihan})"),
    "sel_salah": QT_TRANSLATE_NOOP("messages_excel", "isinya tidak dapat dibaca (“{teks}”)"),
    "tanpa_header": QT_TRANSLATE_NOOP(
        "messages_excel", "baris judul kolom tidak ditemukan; sheet ini tidak dibaca"),
    "kolom_hilang": QT_TRANSLATE_NOOP(
        "messages_excel", "kolom ini tidak ada; sheet ini tidak dibaca. Tambahkan kolom dengan judul "
                          "tersebut"),
    "lembar_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "nama sheet tidak dikenali, jadi isinya tidak dibaca. Nama sheet yang dikenali: "
                          "{dikenal}"),
    "lembar_ganda": QT_TRANSLATE_NOOP(
        "messages_excel", "sheet {lembar} sudah ada; sheet dengan nama serupa ini tidak dibaca"),
    "tanpa_lembar": QT_TRANSLATE_NOOP(
        "messages_excel", "tidak ada sheet yang dikenali; buku kerja ini berisi: {ada}. Pakai buku kerja "
                          "atau templat dari KKS Desktop"),
    "kode_salah": QT_TRANSLATE_NOOP("messages_excel", "kode “{teks}” tidak sah: {alasan}"),
    "kode_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "kode {kode} tidak ada dalam daftar resmi Kemendagri"),
    "bukan_kode_desa": QT_TRANSLATE_NOOP(
        "messages_excel", "kode {kode} bukan kode desa/kelurahan (harus 10 angka)"),
    "luar_wilayah": QT_TRANSLATE_NOOP(
        "messages_excel", "desa {kode} berada di luar wilayah kerja ({lingkup})"),
    "wilayah_luar": QT_TRANSLATE_NOOP(
        "messages_excel", "wilayah {kode} berada di luar wilayah kerja ({lingkup})"),
    "desa_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "desa {kode} tidak terdaftar di sini dan tidak ada di sheet Desa dan Pokja"),
    "kegiatan_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "kegiatan “{judul}” tanggal {tanggal} tidak ada di sheet Kegiatan maupun di data "
                          "ini"),
    "peserta_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "peserta “{nama}” tidak ada di sheet Peserta maupun di kegiatan itu di data ini"),
    "duplikat": QT_TRANSLATE_NOOP(
        "messages_excel", "sama dengan baris {baris} ({apa}); baris ini tidak dibaca"),
    "hadir_salah": QT_TRANSLATE_NOOP("messages_excel", "“{teks}” bukan nomor hari (tulis misalnya 1, 2)"),
    "asal_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "asal narasumber “{teks}” tidak dikenal (pilihan: {pilihan})"),
    "siklus_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "tidak ada daftar periksa desa untuk siklus {siklus}"),
    "butir_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_excel", "butir “{butir}” tidak ada di daftar periksa siklus {siklus}"),
    "butir_otomatis": QT_TRANSLATE_NOOP(
        "messages_excel", "butir “{butir}” dinilai otomatis dari data; isian Jawaban diabaikan"),
    "lama_tidak_lengkap": QT_TRANSLATE_NOOP(
        "messages_excel", "skala lama diisi sebagian; isi keempat kolom skala lama atau kosongkan semuanya"),
    "induk_ditolak": QT_TRANSLATE_NOOP(
        "messages_excel", "ikut dilewati karena {lembar} baris {baris} berisi kesalahan"),
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
        alasan = str(params.get("alasan"))
        params["alasan"] = translate("messages", KODE_REASONS[alasan]) if alasan in KODE_REASONS \
            else alasan
    if problem.code in ("sel_bukan_angka", "sel_salah") and params.get("jenis") in _JENIS_SEL:
        params["jenis"] = translate("messages_excel", _JENIS_SEL[str(params["jenis"])])
        template = QT_TRANSLATE_NOOP("messages_excel", "“{teks}” bukan {jenis}")
    text = translate("messages_excel", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def tempat_text(m: MasalahImpor) -> str:
    """"Sheet Peserta, baris 12, kolom Tanggal Kegiatan"."""
    if m.letak.lembar:
        where = translate("messages_excel", "Sheet {lembar}").format(lembar=m.letak.lembar)
    else:
        where = translate("messages_excel", "Buku kerja")
    if m.letak.baris is not None:
        where = translate("messages_excel", "{tempat}, baris {baris}").format(
            tempat=where, baris=m.letak.baris)
    if m.letak.kolom:
        where = translate("messages_excel", "{tempat}, kolom {kolom}").format(
            tempat=where, kolom=m.letak.kolom)
    return where


def temuan_masalah(m: MasalahImpor) -> str:
    """The finding of a problem without its place; a warning ends with "(peringatan)"."""
    known = m.problem.code in IMPOR_TEXTS or m.problem.code in PROBLEM_TEXTS
    if m.letak.kolom or not known or m.problem.code in IMPOR_TEXTS:
        finding = temuan_text(m.problem)
    else:  # a finding about a field without its own column: name the field
        finding = describe_problem(m.problem)
    if m.is_error:
        return finding
    return translate("messages_excel", "{temuan} (peringatan)").format(temuan=finding)


def masalah_text(m: MasalahImpor) -> str:
    """"Sheet Peserta, baris 12, kolom Tanggal Kegiatan: bukan tanggal (“32/13/2023”)"."""
    return f"{tempat_text(m)}: {temuan_masalah(m)}"


def jumlah_text(jumlah: Mapping[Kelas, int]) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 konflik" (classes with none left out)."""
    parts = [translate("messages_excel", _KELAS_JUMLAH[k]).format(jumlah=_shown(jumlah.get(k, 0)))
             for k in Kelas if jumlah.get(k, 0)]
    return ", ".join(parts) if parts else translate("messages_excel", "tidak ada data")


class _Rencana(Protocol):
    @property
    def masalah(self) -> Sequence[MasalahImpor]: ...

    def jumlah(self) -> dict[Kelas, int]: ...


def ringkasan_rencana(r: _Rencana) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 konflik; 2 kesalahan, 1 peringatan"."""
    errors = sum(1 for m in r.masalah if m.is_error)
    warnings = len(r.masalah) - errors
    text = jumlah_text(r.jumlah())
    found = []
    if errors:
        found.append(translate("messages_excel", "{jumlah} kesalahan").format(jumlah=_shown(errors)))
    if warnings:
        found.append(translate("messages_excel", "{jumlah} peringatan").format(jumlah=_shown(warnings)))
    return text + ("; " + ", ".join(found) if found else "")


def baris_text(baris: Sequence[tuple[str, int]]) -> str:
    """"Peserta baris 7, 9; RTL baris 4": rows grouped by sheet, in the order given."""
    groups: dict[str, list[int]] = {}
    for sheet, row in baris:
        groups.setdefault(sheet, []).append(row)
    return "; ".join(translate("messages_excel", "{lembar} baris {nomor}").format(
        lembar=sheet, nomor=", ".join(str(r) for r in rows)) for sheet, rows in groups.items())


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
        if konflik:
            text = translate("messages_excel", "Tidak ada data yang disimpan: {jumlah} konflik, nilai "
                             "di sini dipertahankan.").format(jumlah=_shown(konflik))
        elif h.jumlah.get(Kelas.LEBIH_BARU, 0):
            text = translate("messages_excel", "Tidak ada data yang disimpan: data di sini lebih baru "
                             "daripada isi berkas.")
        else:
            text = translate("messages_excel", "Tidak ada data yang disimpan: isi berkas sama dengan "
                             "data di sini.")
    else:
        text = translate("messages_excel", "Tersimpan {jumlah} catatan ({rincian}).").format(
            jumlah=_shown(h.ditulis), rincian=jumlah_text(h.jumlah))
        if konflik:
            text += " " + translate("messages_excel", "{jumlah} konflik diselesaikan menurut pilihan "
                                    "Anda.").format(jumlah=_shown(konflik))
    if h.dilewati:
        text += " " + translate("messages_excel", "{jumlah} baris dilewati karena berisi kesalahan: "
                                "{baris}.").format(jumlah=_shown(len(h.dilewati)),
                                                   baris=baris_text(h.dilewati))
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
    status = translate("messages_excel", HASIL_LABELS[h.status]) if h.status in HASIL_LABELS \
        else h.status
    head = f"{h.path.name}: {status}"
    if h.status == "ditolak" or h.hasil is None:
        return f"{head}. {h.alasan}".rstrip()
    return f"{head}. {hasil_impor_text(h.hasil)}"
