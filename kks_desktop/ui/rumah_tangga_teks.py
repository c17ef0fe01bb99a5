"""What the Data KK page says: its hints, the count line and the line naming the current row."""

from __future__ import annotations

from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.ui.formatting import number

SEMUA_DESA = "Semua desa (hanya dilihat)"
CARI_TEKS = "Cari nama atau No. KK… (Ctrl+F)"
CARI_JEDA_MS = 250  # the search runs this long after the last key
HINT_DESA = ("Ketik langsung di tabel: Tab ke kanan, Enter ke bawah, F2 mengubah isi sel, Delete "
             "mengosongkan. Jawaban Ya/Tidak: tekan Y atau T (spasi berganti). KK baru: baris ＋ "
             "paling bawah. Salin baris dari Excel lalu Ctrl+V. Setiap isian langsung tersimpan; "
             "Ctrl+Z mengurungkan.")
HINT_SEMUA = ("Semua desa hanya untuk melihat dan mencari. Pilih satu desa untuk mengisi, "
              "mengubah, menghapus KK atau menghitung laporannya.")
BELUM_LENGKAP_TIP = ("KK yang jawaban pilar 1-nya belum lengkap tidak punya tangga akses dan "
                     "tidak ikut dihitung dalam laporan.")
PILIH_DESA = "Pilih satu desa dahulu."


def teks_jumlah(jumlah: tuple[int, int, int], *, satu_desa: bool, cocok: int | None,
                ganda: int) -> str:
    """"1.204 KK · 37 belum lengkap · 3 mungkin ganda" for one desa; "301.204 KK di 248 desa ·
    …" for every desa; with a search (`cocok` matches) "12 KK cocok dari 1.204 KK · …".
    `jumlah` is (KK, KK without a rung, desa with KK)."""
    total, incomplete, desa = jumlah
    text = f"{number(total)} KK" if satu_desa else f"{number(total)} KK di {number(desa)} desa"
    if cocok is not None:
        text = f"{number(cocok)} KK cocok dari {text}"
    text += f" · {number(incomplete)} belum lengkap"
    if satu_desa:
        text += f" · {number(ganda)} mungkin ganda"
    return text


def teks_baris(row: int, rt: RumahTangga | None, baru: bool) -> str:
    """"Baris 161: Siti Aminah (Dusun Kaliputih, RT 002/RW 02)", for when the name has scrolled
    out of view; "" for no row."""
    if baru:
        return "Baris ＋: KK baru"
    if rt is None:
        return ""
    where = ", ".join(p for p in (f"Dusun {rt.dusun}" if rt.dusun else "",
                                  f"RT {rt.rt}/RW {rt.rw}" if rt.rt or rt.rw else "") if p)
    return f"Baris {number(row + 1)}: {rt.nama_kepala}" + (f" ({where})" if where else "")
