"""Indonesian labels for sessions: gender, speaker origin, RTL status and paired score notes."""

from __future__ import annotations

from kks_desktop.domain.kegiatan import AsalNarasumber, JenisKelamin, StatusRtl
from kks_desktop.domain.prepost import RingkasanNilai

JK_LABELS = {JenisKelamin.L: "Laki-laki", JenisKelamin.P: "Perempuan"}

ASAL_LABELS = {
    AsalNarasumber.PUSAT: "Pusat",
    AsalNarasumber.PROVINSI: "Provinsi",
    AsalNarasumber.KABUPATEN: "Kabupaten/Kota",
    AsalNarasumber.KECAMATAN: "Kecamatan",
    AsalNarasumber.DESA: "Desa/Kelurahan",
    AsalNarasumber.LAINNYA: "Lainnya",
}

STATUS_RTL_LABELS = {
    StatusRtl.BELUM: "Belum",
    StatusRtl.BERJALAN: "Berjalan",
    StatusRtl.SELESAI: "Selesai",
    StatusRtl.BATAL: "Batal",
}


def catatan_pasangan(ringkasan: RingkasanNilai) -> str:
    """The sentence under the figures saying who is counted: "Dihitung dari 57 peserta yang
    memiliki nilai pre dan post; 2 hanya pre, 1 hanya post, tidak ikut dihitung"."""
    text = f"Dihitung dari {ringkasan.pasangan} peserta yang memiliki nilai pre-test dan post-test"
    left = []
    if ringkasan.hanya_pre:
        left.append(f"{ringkasan.hanya_pre} hanya pre-test")
    if ringkasan.hanya_post:
        left.append(f"{ringkasan.hanya_post} hanya post-test")
    if ringkasan.tanpa_nilai:
        left.append(f"{ringkasan.tanpa_nilai} tanpa nilai")
    if left:
        text += "; " + ", ".join(left) + " tidak ikut dihitung"
    return text + "."
