"""Indonesian labels for sessions: gender, speaker origin, RTL status and paired score notes."""

from __future__ import annotations

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import AsalNarasumber, JenisKelamin, StatusRtl
from kks_desktop.domain.prepost import RingkasanNilai

# Label tables stay Indonesian at run time (Excel, printouts, the CLI use them); the GUI shows
# them through translate("messages_kegiatan", label).
JK_LABELS = {JenisKelamin.L: QT_TRANSLATE_NOOP("messages_kegiatan", "Laki-laki"),
             JenisKelamin.P: QT_TRANSLATE_NOOP("messages_kegiatan", "Perempuan")}

ASAL_LABELS = {
    AsalNarasumber.PUSAT: QT_TRANSLATE_NOOP("messages_kegiatan", "Pusat"),
    AsalNarasumber.PROVINSI: QT_TRANSLATE_NOOP("messages_kegiatan", "Provinsi"),
    AsalNarasumber.KABUPATEN: QT_TRANSLATE_NOOP("messages_kegiatan", "Kabupaten/Kota"),
    AsalNarasumber.KECAMATAN: QT_TRANSLATE_NOOP("messages_kegiatan", "Kecamatan"),
    AsalNarasumber.DESA: QT_TRANSLATE_NOOP("messages_kegiatan", "Desa/Kelurahan"),
    AsalNarasumber.LAINNYA: QT_TRANSLATE_NOOP("messages_kegiatan", "Lainnya"),
}

STATUS_RTL_LABELS = {
    StatusRtl.BELUM: QT_TRANSLATE_NOOP("messages_kegiatan", "Belum"),
    StatusRtl.BERJALAN: QT_TRANSLATE_NOOP("messages_kegiatan", "Berjalan"),
    StatusRtl.SELESAI: QT_TRANSLATE_NOOP("messages_kegiatan", "Selesai"),
    StatusRtl.BATAL: QT_TRANSLATE_NOOP("messages_kegiatan", "Batal"),
}


def catatan_pasangan(ringkasan: RingkasanNilai) -> str:
    """The sentence under the figures saying who is counted: "Dihitung dari 57 peserta yang
    memiliki nilai pre dan post; 2 hanya pre, 1 hanya post, tidak ikut dihitung"."""
    text = translate("messages_kegiatan", "Dihitung dari {jumlah} peserta yang memiliki nilai "
                     "pre-test dan post-test").format(jumlah=ringkasan.pasangan)
    left = []
    if ringkasan.hanya_pre:
        left.append(translate("messages_kegiatan", "{jumlah} hanya pre-test").format(
            jumlah=ringkasan.hanya_pre))
    if ringkasan.hanya_post:
        left.append(translate("messages_kegiatan", "{jumlah} hanya post-test").format(
            jumlah=ringkasan.hanya_post))
    if ringkasan.tanpa_nilai:
        left.append(translate("messages_kegiatan", "{jumlah} tanpa nilai").format(
            jumlah=ringkasan.tanpa_nilai))
    if left:
        text = translate("messages_kegiatan", "{kalimat}; {daftar} tidak ikut dihitung").format(
            kalimat=text, daftar=", ".join(left))
    return text + "."
