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
