"""Indonesian wording for the household register's workbooks: headers, import findings, export notes.

The tables hold Indonesian at run time: the services write them into the workbooks and the
import matches headers against them. A screen that shows one translates it with
`translate("messages_rumah_tangga_excel", …)`; the sentence functions translate themselves.
"""

from __future__ import annotations

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.problems import Problem

# Headers of the program's own register workbook, by column key (the questions' headers are
# PERTANYAAN_LABELS in messages_rumah_tangga). Also the Data KK grid's headers, translated there.
JUDUL_KOLOM = {
    "kode_desa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Kode desa"),
    "nama_desa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Desa/Kelurahan"),
    "dusun": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Dusun"),
    "rt": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "RT"),
    "rw": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "RW"),
    "no_kk": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "No. KK"),
    "nama_kepala": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Nama kepala keluarga"),
    "alamat": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Alamat"),
    "jumlah_jiwa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Jumlah jiwa"),
    "tanggal": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Tanggal kunjungan"),
    "petugas": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Petugas"),
    "pembuangan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Pembuangan tinja"),
    "tangga": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Akses jamban (dihitung)"),
    "ctps": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "CTPS (dihitung)"),
    "pamm": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "PAMM-RT (dihitung)"),
    "psrt": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "PS-RT (dihitung)"),
    "plcrt": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "PLC-RT (dihitung)"),
    "uuid": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "ID (jangan diubah)"),
}

# --- the register export and its empty template (services/rumah_tangga_ekspor, _templat) ---
# Sheet names and titles: only ever written into the workbooks (and sheet names read back).
LEMBAR_DATA = "Data KK"  # teks-tetap: sheet name; further sheets "Data KK (2)", "Data KK (3)", …
LEMBAR_KETERANGAN = "Keterangan"  # teks-tetap: sheet name
LEMBAR_PETUNJUK = "Petunjuk"  # teks-tetap: sheet name

JUDUL_EKSPOR = "DATA RUMAH TANGGA (KK) STBM"  # teks-tetap: workbook title
JUDUL_TEMPLAT = "PETUNJUK TEMPLAT DATA RUMAH TANGGA (KK) STBM"  # teks-tetap: workbook title
CATATAN_PRIBADI = (  # teks-tetap: workbook content
    "Data pribadi: buku kerja ini memuat No. KK dan nama kepala keluarga. Tangani dengan hati-hati: "
    "simpan dan kirim hanya kepada yang berhak dan memerlukannya, jangan dibagikan di grup atau "
    "media sosial, dan hapus bila tidak diperlukan lagi (UU 27/2022 tentang Pelindungan Data Pribadi).")
KETERANGAN_LABEL = {
    "isi": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Isi buku kerja"),
    "wilayah": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Wilayah"),
    "waktu": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Waktu ekspor"),
    "jumlah_kk": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Jumlah KK"),
    "jumlah_desa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Desa/kelurahan berisi data KK"),
    "program": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Dibuat dengan"),
}
KETERANGAN_ISI = (  # teks-tetap: workbook content
    "Daftar rumah tangga (KK) dengan jawaban formulir STBM per pilar, satu baris per KK, "
    "diekspor dari KKS Desktop.")
KETERANGAN_TABEL = (QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Sheet"),
                    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Jumlah KK"),
                    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Baris Excel"),
                    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "KK ke-"))
KETERANGAN_SATU = (  # teks-tetap: workbook content
    "Semua KK ada di sheet “{lembar}”, satu baris per KK di bawah judul kolom.")
KETERANGAN_PECAH = (  # teks-tetap: workbook content
    "Excel memuat paling banyak {batas} baris per sheet. Data ini dilanjutkan pada {jumlah} sheet "
    "berurutan ({daftar}); judul kolom diulang di baris pertama setiap sheet. Gabungkan semuanya "
    "bila menghitung atau menyaring.")
KETERANGAN_KOLOM = (  # teks-tetap: workbook content
    "Kolom bertanda (dihitung) diturunkan program dari jawaban dan tidak dibaca saat impor. "
    "Kolom ID menandai KK yang sama saat berkas ini diperbaiki lalu diimpor kembali: jangan "
    "diubah.")
KETERANGAN_KOSONG = "Belum ada data KK di wilayah ini."  # teks-tetap: workbook content
# The region of a workspace without one: in the workbook as written, on screen translated.
SEMUA_DESA = QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "semua desa")

# Input prompts and dropdown messages of the workbook columns (Excel keeps 32 characters of a
# title and 255 of a message).
VALIDASI_SALAH = "Isian tidak sesuai"  # teks-tetap: workbook content
PETUNJUK_KOLOM = {
    "kode_desa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                   "Kode desa dengan titik, mis. 33.25.01.2001. Sudah terisi; "
                                   "jangan diubah."),
    "nama_desa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                   "Nama desa/kelurahan, hanya petunjuk (kode desa yang dibaca)."),
    "dusun": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Nama dusun/lingkungan. Boleh kosong."),
    "rt": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                            "Nomor RT seperti tertulis, mis. 001 (nol di depan tetap tersimpan)."),
    "rw": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                            "Nomor RW seperti tertulis, mis. 002 (nol di depan tetap tersimpan)."),
    "no_kk": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                               "16 angka No. KK, ditulis sebagai teks (jangan sebagai angka). "
                               "Boleh kosong."),
    "nama_kepala": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                     "Nama kepala keluarga. Wajib diisi."),
    "alamat": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Alamat rumah. Boleh kosong."),
    "jumlah_jiwa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                     "Jumlah anggota keluarga, 1 sampai {maks}. Boleh kosong."),
    "tanggal": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                 "Tanggal kunjungan terakhir, mis. 13/11/2025. Boleh kosong."),
    "petugas": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                 "Nama petugas/kader yang mendata. Boleh kosong."),
    "pertanyaan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                    "{pertanyaan} Pilih Ya atau Tidak; kosongkan bila tidak "
                                    "ditanyakan."),
    "pembuangan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                    "Ke mana tinja dari jamban dibuang. Pilih dari daftar; "
                                    "kosongkan bila tidak berjamban."),
    "turunan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                 "Dihitung program dari jawaban. Tidak perlu diisi; isian di kolom "
                                 "ini tidak dibaca."),
    "uuid": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                              "Tanda pengenal KK di program. Kosong untuk KK baru; pada data hasil "
                              "ekspor jangan diubah atau disalin ke baris lain."),
}
SALAH_KOLOM = {
    "pertanyaan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                    "Isi Ya atau Tidak (atau kosongkan)."),
    "pembuangan": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                    "Pilih salah satu isian dari daftar."),
    "jumlah_jiwa": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                     "Jumlah jiwa harus bilangan bulat 1 sampai {maks}."),
    "tanggal": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                 "Tanggal harus antara {awal} dan {akhir}, mis. 13/11/2025."),
    "no_kk": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "No. KK harus tepat 16 angka."),
}
PETUNJUK_ATURAN = (
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Isi sheet “{lembar}” mulai baris 2, satu baris untuk satu KK. Jangan "
                      "mengubah judul kolom dan nama sheet."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Kode desa dan nama desa sudah terisi untuk setiap desa; baris yang hanya "
                      "berisi kode dan nama desa tidak dibaca. Salin baris bila memerlukan baris "
                      "lagi."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "No. KK ditulis lengkap 16 angka sebagai teks (kolomnya sudah berformat "
                      "teks). Bila diketik sebagai angka, Excel membulatkan angka terakhir "
                      "menjadi 0."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Jawaban formulir diisi Ya atau Tidak dari daftar tarik-turun; kosongkan "
                      "bila tidak ditanyakan."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Akses jamban (tangga sanitasi) dan pilar 2–5 yang dipraktikkan dihitung "
                      "program dari jawaban; kolom bertanda (dihitung) tidak perlu diisi."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Kolom ID (jangan diubah) dibiarkan kosong untuk KK baru. Pada berkas hasil "
                      "ekspor, ID menandai KK yang sama: jangan diubah atau disalin ke baris "
                      "lain."),
    QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                      "Simpan sebagai .xlsx, lalu impor di program (atau: kks-desktop kk impor "
                      "BERKAS). Pratinjau menunjukkan setiap masalah sebelum ada yang disimpan."),
)
PETUNJUK_TABEL = (QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Kolom"),
                  QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Wajib"),
                  QT_TRANSLATE_NOOP("messages_rumah_tangga_excel", "Isian"))

# --- the register import (services/rumah_tangga_impor*) ---
# Findings of the household import, by problem code (the cell and form findings it shares with
# the other imports are in messages_excel and messages).
TEMUAN_KK = {
    "kk_tanpa_lembar": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "tidak ada sheet berisi data KK; buku kerja ini berisi: {ada}. Sheet data KK memuat baris "
        "judul kolom (dalam 10 baris pertama) dengan kolom Nama kepala keluarga"),
    "kk_tanpa_kolom_nama": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "kolom Nama kepala keluarga (wajib) tidak ditemukan di baris judul; sheet ini tidak "
        "dibaca. Tambahkan kolom itu, misalnya berjudul “Nama KK” atau “Nama Kepala Keluarga”"),
    "kk_tanpa_desa": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "sheet ini tidak menyebut desa. Pilih desa/kelurahan untuk seluruh isinya (di baris "
        "perintah: --desa KODE)"),
    "kk_desa_kosong": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "desa belum diisi; isi kode atau nama desa, atau pilih desa untuk baris yang kosong"),
    "kk_desa_tidak_dikenal": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "desa “{teks}” tidak terdaftar di data ini; daftarkan desanya dahulu atau perbaiki "
        "isiannya"),
    "kk_desa_ganda": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "nama desa “{teks}” ada lebih dari satu: {pilihan}. Tulis kode desanya, atau tambahkan "
        "kolom Kecamatan"),
    "kk_no_kk_angka": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "No. KK di {jumlah} baris (mis. baris {contoh}) tersimpan sebagai angka, bukan teks. Excel "
        "hanya menyimpan 15 angka pertama sebuah angka, sehingga angka terakhir No. KK yang "
        "diketik di Excel menjadi 0. Periksa angka terakhirnya; agar utuh, format kolom No. KK "
        "sebagai Teks lalu ketik ulang nomornya"),
    "kk_no_kk_angka_rusak": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "No. KK tersimpan sebagai angka ({teks}) dan tidak lagi 16 angka (Excel menyimpan paling "
        "banyak 15 angka). Format kolom No. KK sebagai Teks lalu ketik ulang nomornya"),
    "kk_rt_rw": QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                  "“{teks}” bukan RT/RW; tulis misalnya 001/002"),
    "kk_pembuangan_ganda": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "lebih dari satu pilihan bangunan bawah bertanda Ya ({kolom}); pilih satu saja"),
    "kk_id_salah": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "“{teks}” bukan ID dari KKS Desktop; kosongkan sel ini untuk KK baru"),
    "kk_id_desa_lain": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "KK dengan ID ini terdaftar di desa {desa}; baris ini tidak dibaca. Perbaiki kode desanya, "
        "atau kosongkan ID bila memang KK lain"),
    "kk_ganda_id": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "ID sama dengan {baris} (baris yang disalin?); baris ini tidak dibaca"),
    "kk_ganda_no_kk": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "No. KK sama dengan {baris}; baris ini tidak dibaca. Satu KK cukup satu baris"),
    "kk_ganda_no_kk_id": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "No. KK sama dengan {baris}, tetapi ID-nya berbeda: dibaca sebagai dua KK; periksa apakah "
        "KK yang sama tercatat dua kali"),
    "kk_ganda_nama": QT_TRANSLATE_NOOP(
        "messages_rumah_tangga_excel",
        "nama, RT dan RW sama dengan {baris}; periksa apakah KK yang sama tercatat dua kali"),
}

KOLOM_DIABAIKAN = QT_TRANSLATE_NOOP("messages_rumah_tangga_excel",
                                    "Kolom yang tidak dibaca (tidak dikenali sebagai kolom data KK)")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _shown(value: object) -> object:
    return _n(value) if isinstance(value, int) and not isinstance(value, bool) else value


def temuan_kk(problem: Problem, is_error: bool) -> str | None:
    """What is wrong for the register's own finding codes (TEMUAN_KK), in the language shown; a
    warning ends with "(peringatan)". None for a code shared with the other imports (those are
    messages_excel's)."""
    template = TEMUAN_KK.get(problem.code)
    if template is None:
        return None
    params = {k: _shown(v) for k, v in problem.params}
    try:
        text = translate("messages_rumah_tangga_excel", template).format(**params)
    except (KeyError, IndexError):
        text = template.format(**params)
    if is_error:
        return text
    return translate("messages_rumah_tangga_excel", "{temuan} (peringatan)").format(temuan=text)


def jumlah_kk_text(baru: int, berubah: int, sama: int, salah: int = 0) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 baris berkesalahan" (parts with none left out)."""
    parts = []
    if baru:
        parts.append(translate("messages_rumah_tangga_excel", "{jumlah} baru").format(jumlah=_n(baru)))
    if berubah:
        parts.append(translate("messages_rumah_tangga_excel", "{jumlah} berubah").format(
            jumlah=_n(berubah)))
    if sama:
        parts.append(translate("messages_rumah_tangga_excel", "{jumlah} sama").format(jumlah=_n(sama)))
    if salah:
        parts.append(translate("messages_rumah_tangga_excel", "{jumlah} baris berkesalahan").format(
            jumlah=_n(salah)))
    return ", ".join(parts) or translate("messages_rumah_tangga_excel", "tidak ada KK")


def hasil_impor_kk_text(baru: int, berubah: int, sama: int, dilewati: int) -> str:
    """What a household import saved; writing nothing is never called a success."""
    if baru + berubah == 0:
        text = (translate("messages_rumah_tangga_excel", "Tidak ada data KK yang disimpan: isi "
                          "berkas sama dengan data di sini.") if sama else
                translate("messages_rumah_tangga_excel", "Tidak ada data KK yang disimpan: berkas "
                          "tidak berisi KK yang sah."))
    else:
        text = translate("messages_rumah_tangga_excel", "Tersimpan {jumlah} KK ({rincian}).").format(
            jumlah=_n(baru + berubah), rincian=jumlah_kk_text(baru, berubah, sama))
    if dilewati:
        text += " " + translate("messages_rumah_tangga_excel",
                                "{jumlah} baris berkesalahan dilewati.").format(jumlah=_n(dilewati))
    return text
