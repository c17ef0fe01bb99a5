"""Indonesian labels for the household (KK) register: the form's questions, outlets, duplicates.

The tables hold Indonesian (the workbooks' headings and the import's matching read them as
they are); a screen shows them through `translate("messages_rumah_tangga", …)`.
"""

from __future__ import annotations

from kks_desktop.bahasa import QT_TRANSLATE_NOOP
from kks_desktop.domain.rumah_tangga import Pembuangan

# Each question of the household form: (short column header, the question as asked).
PERTANYAAN_LABELS = {
    "p1_bab_jamban": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "BAB di jamban"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Anggota keluarga buang air besar di jamban?")),
    "p1_milik_sendiri": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Jamban sendiri"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Jamban milik sendiri (tidak bersama KK lain)?")),
    "p1_leher_angsa": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Leher angsa"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Kloset leher angsa atau rancangan lain yang kedap vektor?")),
    "p2_sarana": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sarana CTPS"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Memiliki sarana cuci tangan?")),
    "p2_air_mengalir": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Air mengalir"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Ada air mengalir di sarana cuci tangan?")),
    "p2_sabun": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sabun"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Ada sabun di sarana cuci tangan?")),
    "p2_mampu": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Mampu CTPS"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Mampu mempraktikkan cuci tangan pakai sabun dengan benar?")),
    "p2_waktu_kritis": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Tahu waktu kritis"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Mengetahui paling sedikit 3 waktu kritis cuci tangan?")),
    "p3_sumber_layak": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sumber air layak"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Sumber air minum layak (perpipaan, sumur terlindung, "
                          "mata air terlindung, air hujan)?")),
    "p3_olah_air": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Air diolah"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Air minum diolah (direbus, klorin, filter, SODIS, dan sebagainya)?")),
    "p3_wadah_aman": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Wadah aman"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Air minum disimpan dalam wadah tertutup yang aman?")),
    "p3_pangan_aman": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Pangan aman"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Makanan tertutup, jauh dari bahan berbahaya, "
                          "mengikuti 5 kunci keamanan pangan?")),
    "p4_tidak_berserakan": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Tak ada sampah"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Tidak ada sampah berserakan di sekitar rumah?")),
    "p4_tempat_tertutup": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Tempat sampah"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Ada tempat sampah yang tertutup dan kuat?")),
    "p4_olah_aman": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sampah diolah aman"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Sampah diolah dengan aman (tidak dibakar, "
                          "tidak dibuang sembarangan)?")),
    "p4_pilah": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sampah dipilah"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Sampah dipilah?")),
    "p5_tidak_tergenang": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Tak ada genangan"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Tidak ada genangan air limbah di sekitar rumah?")),
    "p5_saluran_tertutup": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Saluran tertutup"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Saluran air limbah tertutup dan kedap?")),
    "p5_resapan": (
        QT_TRANSLATE_NOOP("messages_rumah_tangga", "Resapan/IPAL"),
        QT_TRANSLATE_NOOP("messages_rumah_tangga",
                          "Air limbah dialirkan ke sumur resapan atau IPAL/riol?")),
}

PEMBUANGAN_LABELS = {
    Pembuangan.SEPTIK_AMAN: QT_TRANSLATE_NOOP("messages_rumah_tangga",
                                              "Tangki septik disedot (3–5 tahun) / SPALD"),
    Pembuangan.SEPTIK: QT_TRANSLATE_NOOP("messages_rumah_tangga",
                                         "Tangki septik belum pernah disedot"),
    Pembuangan.CUBLUK: QT_TRANSLATE_NOOP("messages_rumah_tangga", "Cubluk / lubang tanah"),
    Pembuangan.LANGSUNG: QT_TRANSLATE_NOOP("messages_rumah_tangga",
                                           "Langsung ke saluran, sawah, sungai, laut, kebun"),
}

# The answers as the workbooks write them (and the import reads them); shown translated.
YA = QT_TRANSLATE_NOOP("messages_rumah_tangga", "Ya")
TIDAK = QT_TRANSLATE_NOOP("messages_rumah_tangga", "Tidak")

GANDA_LABELS = {
    "no_kk": QT_TRANSLATE_NOOP("messages_rumah_tangga", "No. KK ini juga tercatat pada KK lain"),
    "nama_rt": QT_TRANSLATE_NOOP("messages_rumah_tangga",
                                 "Nama, RT dan RW sama dengan KK lain di desa ini"),
}

# The note stored with a report computed from the register (data, kept as written).
CATATAN_DIHITUNG = "Dihitung dari data KK"  # teks-tetap: stored in the database as the report's note
