"""What the Data KK page says: its hints, the count line and the line naming the current row."""

from __future__ import annotations

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.ui.formatting import number

# Shown through translate("rumah_tangga_teks", …) where they are used.
SEMUA_DESA = QT_TRANSLATE_NOOP("rumah_tangga_teks", "Semua desa (hanya dilihat)")
CARI_TEKS = QT_TRANSLATE_NOOP("rumah_tangga_teks", "Cari nama atau No. KK… (Ctrl+F)")
CARI_JEDA_MS = 250  # the search runs this long after the last key
HINT_DESA = QT_TRANSLATE_NOOP(
    "rumah_tangga_teks",
    "Ketik langsung di tabel: Tab ke kanan, Enter ke bawah, F2 mengubah isi sel, Delete "
    "mengosongkan. Jawaban Ya/Tidak: tekan Y atau T (spasi berganti). KK baru: baris ＋ "
    "paling bawah. Salin baris dari Excel lalu Ctrl+V. Setiap isian langsung tersimpan; "
    "Ctrl+Z mengurungkan.")
HINT_SEMUA = QT_TRANSLATE_NOOP(
    "rumah_tangga_teks",
    "Semua desa hanya untuk melihat dan mencari. Pilih satu desa untuk mengisi, "
    "mengubah, menghapus KK atau menghitung laporannya.")
BELUM_LENGKAP_TIP = QT_TRANSLATE_NOOP(
    "rumah_tangga_teks",
    "KK yang jawaban pilar 1-nya belum lengkap tidak punya tangga akses dan "
    "tidak ikut dihitung dalam laporan.")
PILIH_DESA = QT_TRANSLATE_NOOP("rumah_tangga_teks", "Pilih satu desa dahulu.")


def teks_jumlah(jumlah: tuple[int, int, int], *, satu_desa: bool, cocok: int | None,
                ganda: int) -> str:
    """"1.204 KK · 37 belum lengkap · 3 mungkin ganda" for one desa; "301.204 KK di 248 desa ·
    …" for every desa; with a search (`cocok` matches) "12 KK cocok dari 1.204 KK · …".
    `jumlah` is (KK, KK without a rung, desa with KK)."""
    total, incomplete, desa = jumlah
    if satu_desa:
        text = translate("rumah_tangga_teks", "{jumlah} KK").format(jumlah=number(total))
    else:
        text = translate("rumah_tangga_teks", "{jumlah} KK di {desa} desa").format(
            jumlah=number(total), desa=number(desa))
    if cocok is not None:
        text = translate("rumah_tangga_teks", "{cocok} KK cocok dari {semua}").format(
            cocok=number(cocok), semua=text)
    text += " · " + translate("rumah_tangga_teks", "{jumlah} belum lengkap").format(
        jumlah=number(incomplete))
    if satu_desa:
        text += " · " + translate("rumah_tangga_teks", "{jumlah} mungkin ganda").format(
            jumlah=number(ganda))
    return text


def teks_baris(row: int, rt: RumahTangga | None, baru: bool) -> str:
    """"Baris 161: Siti Aminah (Dusun Kaliputih, RT 002/RW 02)", for when the name has scrolled
    out of view; "" for no row."""
    if baru:
        return translate("rumah_tangga_teks", "Baris ＋: KK baru")
    if rt is None:
        return ""
    parts = []
    if rt.dusun:
        parts.append(translate("rumah_tangga_teks", "Dusun {dusun}").format(dusun=rt.dusun))
    if rt.rt or rt.rw:
        parts.append(translate("rumah_tangga_teks", "RT {rt}/RW {rw}").format(rt=rt.rt, rw=rt.rw))
    text = translate("rumah_tangga_teks", "Baris {baris}: {nama}").format(
        baris=number(row + 1), nama=rt.nama_kepala)
    return f"{text} ({', '.join(parts)})" if parts else text
