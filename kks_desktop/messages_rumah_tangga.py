"""Indonesian labels for the household (KK) register: the form's questions, outlets, duplicates."""

from __future__ import annotations

from kks_desktop.domain.rumah_tangga import Pembuangan

# Each question of the household form: (short column header, the question as asked).
PERTANYAAN_LABELS = {
    "p1_bab_jamban": ("BAB di jamban", "Anggota keluarga buang air besar di jamban?"),
    "p1_milik_sendiri": ("Jamban sendiri", "Jamban milik sendiri (tidak bersama KK lain)?"),
    "p1_leher_angsa": ("Leher angsa", "Kloset leher angsa atau rancangan lain yang kedap vektor?"),
    "p2_sarana": ("Sarana CTPS", "Memiliki sarana cuci tangan?"),
    "p2_air_mengalir": ("Air mengalir", "Ada air mengalir di sarana cuci tangan?"),
    "p2_sabun": ("Sabun", "Ada sabun di sarana cuci tangan?"),
    "p2_mampu": ("Mampu CTPS", "Mampu mempraktikkan cuci tangan pakai sabun dengan benar?"),
    "p2_waktu_kritis": ("Tahu waktu kritis", "Mengetahui paling sedikit 3 waktu kritis cuci tangan?"),
    "p3_sumber_layak": ("Sumber air layak", "Sumber air minum layak (perpipaan, sumur terlindung, "
                        "mata air terlindung, air hujan)?"),
    "p3_olah_air": ("Air diolah", "Air minum diolah (direbus, klorin, filter, SODIS, dan sebagainya)?"),
    "p3_wadah_aman": ("Wadah aman", "Air minum disimpan dalam wadah tertutup yang aman?"),
    "p3_pangan_aman": ("Pangan aman", "Makanan tertutup, jauh dari bahan berbahaya, "
                       "mengikuti 5 kunci keamanan pangan?"),
    "p4_tidak_berserakan": ("Tak ada sampah", "Tidak ada sampah berserakan di sekitar rumah?"),
    "p4_tempat_tertutup": ("Tempat sampah", "Ada tempat sampah yang tertutup dan kuat?"),
    "p4_olah_aman": ("Sampah diolah aman", "Sampah diolah dengan aman (tidak dibakar, "
                     "tidak dibuang sembarangan)?"),
    "p4_pilah": ("Sampah dipilah", "Sampah dipilah?"),
    "p5_tidak_tergenang": ("Tak ada genangan", "Tidak ada genangan air limbah di sekitar rumah?"),
    "p5_saluran_tertutup": ("Saluran tertutup", "Saluran air limbah tertutup dan kedap?"),
    "p5_resapan": ("Resapan/IPAL", "Air limbah dialirkan ke sumur resapan atau IPAL/riol?"),
}

PEMBUANGAN_LABELS = {
    Pembuangan.SEPTIK_AMAN: "Tangki septik disedot (3–5 tahun) / SPALD",
    Pembuangan.SEPTIK: "Tangki septik belum pernah disedot",
    Pembuangan.CUBLUK: "Cubluk / lubang tanah",
    Pembuangan.LANGSUNG: "Langsung ke saluran, sawah, sungai, laut, kebun",
}

YA, TIDAK = "Ya", "Tidak"

GANDA_LABELS = {
    "no_kk": "No. KK ini juga tercatat pada KK lain",
    "nama_rt": "Nama, RT dan RW sama dengan KK lain di desa ini",
}

CATATAN_DIHITUNG = "Dihitung dari data KK"
