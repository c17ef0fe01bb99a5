"""Indonesian wording for the household register's workbooks: headers, import findings, export notes."""

from __future__ import annotations

# Headers of the program's own register workbook, by column key (the questions' headers are
# PERTANYAAN_LABELS in messages_rumah_tangga).
JUDUL_KOLOM = {
    "kode_desa": "Kode desa", "nama_desa": "Desa/Kelurahan", "dusun": "Dusun", "rt": "RT",
    "rw": "RW", "no_kk": "No. KK", "nama_kepala": "Nama kepala keluarga", "alamat": "Alamat",
    "jumlah_jiwa": "Jumlah jiwa", "tanggal": "Tanggal kunjungan", "petugas": "Petugas",
    "pembuangan": "Pembuangan tinja", "tangga": "Akses jamban (dihitung)",
    "ctps": "CTPS (dihitung)", "pamm": "PAMM-RT (dihitung)", "psrt": "PS-RT (dihitung)",
    "plcrt": "PLC-RT (dihitung)", "uuid": "ID (jangan diubah)",
}

# --- the register export and its empty template (services/rumah_tangga_ekspor, _templat) ---
LEMBAR_DATA = "Data KK"  # further sheets of a long register: "Data KK (2)", "Data KK (3)", …
LEMBAR_KETERANGAN = "Keterangan"
LEMBAR_PETUNJUK = "Petunjuk"

JUDUL_EKSPOR = "DATA RUMAH TANGGA (KK) STBM"
JUDUL_TEMPLAT = "PETUNJUK TEMPLAT DATA RUMAH TANGGA (KK) STBM"
CATATAN_PRIBADI = (
    "Data pribadi: buku kerja ini memuat No. KK dan nama kepala keluarga. Tangani dengan hati-hati: "
    "simpan dan kirim hanya kepada yang berhak dan memerlukannya, jangan dibagikan di grup atau "
    "media sosial, dan hapus bila tidak diperlukan lagi (UU 27/2022 tentang Pelindungan Data Pribadi).")
KETERANGAN_LABEL = {
    "isi": "Isi buku kerja", "wilayah": "Wilayah", "waktu": "Waktu ekspor",
    "jumlah_kk": "Jumlah KK", "jumlah_desa": "Desa/kelurahan berisi data KK", "program": "Dibuat dengan",
}
KETERANGAN_ISI = ("Daftar rumah tangga (KK) dengan jawaban formulir STBM per pilar, satu baris "
                  "per KK, diekspor dari KKS Desktop.")
KETERANGAN_TABEL = ("Sheet", "Jumlah KK", "Baris Excel", "KK ke-")
KETERANGAN_SATU = "Semua KK ada di sheet “{lembar}”, satu baris per KK di bawah judul kolom."
KETERANGAN_PECAH = (
    "Excel memuat paling banyak {batas} baris per sheet. Data ini dilanjutkan pada {jumlah} sheet "
    "berurutan ({daftar}); judul kolom diulang di baris pertama setiap sheet. Gabungkan semuanya "
    "bila menghitung atau menyaring.")
KETERANGAN_KOLOM = (
    "Kolom bertanda (dihitung) diturunkan program dari jawaban dan tidak dibaca saat impor. "
    "Kolom ID menandai KK yang sama saat berkas ini diperbaiki lalu diimpor kembali: jangan "
    "diubah.")
KETERANGAN_KOSONG = "Belum ada data KK di wilayah ini."
SEMUA_DESA = "semua desa"

# Input prompts and dropdown messages of the workbook columns (Excel keeps 32 characters of a
# title and 255 of a message).
VALIDASI_SALAH = "Isian tidak sesuai"
PETUNJUK_KOLOM = {
    "kode_desa": "Kode desa dengan titik, mis. 33.25.01.2001. Sudah terisi; jangan diubah.",
    "nama_desa": "Nama desa/kelurahan, hanya petunjuk (kode desa yang dibaca).",
    "dusun": "Nama dusun/lingkungan. Boleh kosong.",
    "rt": "Nomor RT seperti tertulis, mis. 001 (nol di depan tetap tersimpan).",
    "rw": "Nomor RW seperti tertulis, mis. 002 (nol di depan tetap tersimpan).",
    "no_kk": "16 angka No. KK, ditulis sebagai teks (jangan sebagai angka). Boleh kosong.",
    "nama_kepala": "Nama kepala keluarga. Wajib diisi.",
    "alamat": "Alamat rumah. Boleh kosong.",
    "jumlah_jiwa": "Jumlah anggota keluarga, 1 sampai {maks}. Boleh kosong.",
    "tanggal": "Tanggal kunjungan terakhir, mis. 13/11/2025. Boleh kosong.",
    "petugas": "Nama petugas/kader yang mendata. Boleh kosong.",
    "pertanyaan": "{pertanyaan} Pilih Ya atau Tidak; kosongkan bila tidak ditanyakan.",
    "pembuangan": "Ke mana tinja dari jamban dibuang. Pilih dari daftar; kosongkan bila tidak "
                  "berjamban.",
    "turunan": "Dihitung program dari jawaban. Tidak perlu diisi; isian di kolom ini tidak dibaca.",
    "uuid": "Tanda pengenal KK di program. Kosong untuk KK baru; pada data hasil ekspor jangan "
            "diubah atau disalin ke baris lain.",
}
SALAH_KOLOM = {
    "pertanyaan": "Isi Ya atau Tidak (atau kosongkan).",
    "pembuangan": "Pilih salah satu isian dari daftar.",
    "jumlah_jiwa": "Jumlah jiwa harus bilangan bulat 1 sampai {maks}.",
    "tanggal": "Tanggal harus antara {awal} dan {akhir}, mis. 13/11/2025.",
    "no_kk": "No. KK harus tepat 16 angka.",
}
PETUNJUK_ATURAN = (
    "Isi sheet “{lembar}” mulai baris 2, satu baris untuk satu KK. Jangan mengubah judul kolom "
    "dan nama sheet.",
    "Kode desa dan nama desa sudah terisi untuk setiap desa; baris yang hanya berisi kode dan "
    "nama desa tidak dibaca. Salin baris bila memerlukan baris lagi.",
    "No. KK ditulis lengkap 16 angka sebagai teks (kolomnya sudah berformat teks). Bila diketik "
    "sebagai angka, Excel membulatkan angka terakhir menjadi 0.",
    "Jawaban formulir diisi Ya atau Tidak dari daftar tarik-turun; kosongkan bila tidak "
    "ditanyakan.",
    "Akses jamban (tangga sanitasi) dan pilar 2–5 yang dipraktikkan dihitung program dari "
    "jawaban; kolom bertanda (dihitung) tidak perlu diisi.",
    "Kolom ID (jangan diubah) dibiarkan kosong untuk KK baru. Pada berkas hasil ekspor, ID "
    "menandai KK yang sama: jangan diubah atau disalin ke baris lain.",
    "Simpan sebagai .xlsx, lalu impor di program (atau: kks-desktop kk impor BERKAS). "
    "Pratinjau menunjukkan setiap masalah sebelum ada yang disimpan.",
)
PETUNJUK_TABEL = ("Kolom", "Wajib", "Isian")

# --- the register import (services/rumah_tangga_impor*) ---
# Findings of the household import, by problem code (the cell and form findings it shares with
# the other imports are in messages_excel and messages).
TEMUAN_KK = {
    "kk_tanpa_lembar": "tidak ada sheet berisi data KK; buku kerja ini berisi: {ada}. Sheet data "
                       "KK memuat baris judul kolom (dalam 10 baris pertama) dengan kolom Nama "
                       "kepala keluarga",
    "kk_tanpa_kolom_nama": "kolom Nama kepala keluarga (wajib) tidak ditemukan di baris judul; "
                           "sheet ini tidak dibaca. Tambahkan kolom itu, misalnya berjudul "
                           "“Nama KK” atau “Nama Kepala Keluarga”",
    "kk_tanpa_desa": "sheet ini tidak menyebut desa. Pilih desa/kelurahan untuk seluruh isinya "
                     "(di baris perintah: --desa KODE)",
    "kk_desa_kosong": "desa belum diisi; isi kode atau nama desa, atau pilih desa untuk baris "
                      "yang kosong",
    "kk_desa_tidak_dikenal": "desa “{teks}” tidak terdaftar di data ini; daftarkan desanya dahulu "
                             "atau perbaiki isiannya",
    "kk_desa_ganda": "nama desa “{teks}” ada lebih dari satu: {pilihan}. Tulis kode desanya, "
                     "atau tambahkan kolom Kecamatan",
    "kk_no_kk_angka": "No. KK di {jumlah} baris (mis. baris {contoh}) tersimpan sebagai angka, "
                      "bukan teks. Excel hanya menyimpan 15 angka pertama sebuah angka, sehingga "
                      "angka terakhir No. KK yang diketik di Excel menjadi 0. Periksa angka "
                      "terakhirnya; agar utuh, format kolom No. KK sebagai Teks lalu ketik ulang "
                      "nomornya",
    "kk_no_kk_angka_rusak": "No. KK tersimpan sebagai angka ({teks}) dan tidak lagi 16 angka "
                            "(Excel menyimpan paling banyak 15 angka). Format kolom No. KK "
                            "sebagai Teks lalu ketik ulang nomornya",
    "kk_rt_rw": "“{teks}” bukan RT/RW; tulis misalnya 001/002",
    "kk_pembuangan_ganda": "lebih dari satu pilihan bangunan bawah bertanda Ya ({kolom}); pilih "
                           "satu saja",
    "kk_id_salah": "“{teks}” bukan ID dari KKS Desktop; kosongkan sel ini untuk KK baru",
    "kk_id_desa_lain": "KK dengan ID ini terdaftar di desa {desa}; baris ini tidak dibaca. "
                       "Perbaiki kode desanya, atau kosongkan ID bila memang KK lain",
    "kk_ganda_id": "ID sama dengan {baris} (baris yang disalin?); baris ini tidak dibaca",
    "kk_ganda_no_kk": "No. KK sama dengan {baris}; baris ini tidak dibaca. Satu KK cukup satu "
                      "baris",
    "kk_ganda_no_kk_id": "No. KK sama dengan {baris}, tetapi ID-nya berbeda: dibaca sebagai dua "
                         "KK; periksa apakah KK yang sama tercatat dua kali",
    "kk_ganda_nama": "nama, RT dan RW sama dengan {baris}; periksa apakah KK yang sama tercatat "
                     "dua kali",
}

KOLOM_DIABAIKAN = "Kolom yang tidak dibaca (tidak dikenali sebagai kolom data KK)"


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def jumlah_kk_text(baru: int, berubah: int, sama: int, salah: int = 0) -> str:
    """"12 baru, 3 berubah, 240 sama, 1 baris berkesalahan" (parts with none left out)."""
    parts = [f"{_n(n)} {word}" for n, word in ((baru, "baru"), (berubah, "berubah"), (sama, "sama"),
                                               (salah, "baris berkesalahan")) if n]
    return ", ".join(parts) or "tidak ada KK"


def hasil_impor_kk_text(baru: int, berubah: int, sama: int, dilewati: int) -> str:
    """What a household import saved; writing nothing is never called a success."""
    if baru + berubah == 0:
        text = "Tidak ada data KK yang disimpan: " + (
            "isi berkas sama dengan data di sini." if sama else "berkas tidak berisi KK yang sah.")
    else:
        text = f"Tersimpan {_n(baru + berubah)} KK ({jumlah_kk_text(baru, berubah, sama)})."
    if dilewati:
        text += f" {_n(dilewati)} baris berkesalahan dilewati."
    return text
