"""The headers and answers people write in household (KK) workbooks, mapped onto the register's fields."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, Pembuangan
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.domain.sel import normal_judul
from kks_desktop.domain.tangga_lama import PEMETAAN
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, PERTANYAAN_LABELS
from kks_desktop.messages_sanitasi import RUNG_LABELS
from kks_desktop.services.rumah_tangga_kolom import KOLOM, Peran

# Targets that are not a field of the register on their own.
RT_RW = "rt_rw"  # "001/002" in one cell
AKSES = "akses"  # the pillar 1 rung as a word (kader books): mapped onto the fewest answers
KECAMATAN = "kecamatan"  # tells apart desa of the same name
TANDA_PEMBUANGAN = "tanda_pembuangan"  # the form's "bangunan bawah": one Ya/Tidak column per outlet
WAKTU_KRITIS = "waktu_kritis"  # the form's four critical times; knowing three is "Ya"
SUMBER_AIR = "sumber_air"  # the form's drinking water sources, each Ya/Tidak, layak or not
PANGAN = "pangan"  # the form's three food items; all Ya is "Ya"
TURUNAN = "turunan"  # a column the program computes: known, never read


@dataclass(frozen=True)
class Sasaran:
    """What a column carries: a field key of `KOLOM` or one of the targets above; `bagian` is
    the outlet of a TANDA_PEMBUANGAN column, or whether a SUMBER_AIR source is layak."""

    kunci: str
    bagian: Pembuangan | bool | None = None


def _s(kunci: str, *judul: str, bagian: Pembuangan | bool | None = None) -> dict[str, Sasaran]:
    return {normal_judul(j): Sasaran(kunci, bagian) for j in judul}


# Headers seen in kader books, Puskesmas sheets and the national monitoring ("moniver") form.
_LAIN: dict[str, Sasaran] = {
    **_s("kode_desa", "Kode desa", "Kode desa/kelurahan", "Kode kelurahan", "Kode wilayah",
         "Kode Kemendagri", "Kode"),
    **_s("nama_desa", "Desa", "Kelurahan", "Desa/Kelurahan", "Nama desa", "Nama kelurahan",
         "Nama desa/kelurahan", "Desa/Kel", "Desa Kel"),
    **_s(KECAMATAN, "Kecamatan", "Kec", "Nama kecamatan"),
    **_s("dusun", "Dusun", "Dusun/Lingkungan", "Lingkungan", "Dukuh", "Dusun/Posyandu", "Banjar",
         "Nama dusun"),
    **_s("rt", "RT", "No RT", "Nomor RT", "Rukun Tetangga"),
    **_s("rw", "RW", "No RW", "Nomor RW", "Rukun Warga"),
    **_s(RT_RW, "RT/RW", "RT RW", "RT-RW", "No RT/RW"),
    **_s("no_kk", "No KK", "No. KK", "Nomor KK", "No. Kartu Keluarga", "Nomor Kartu Keluarga",
         "NKK", "Kartu Keluarga", "No KK (16 digit)", "Nomor KK (16 digit)"),
    **_s("nama_kepala", "Nama KK", "Nama Kepala Keluarga", "Kepala Keluarga", "Nama Kepala KK",
         "Nama", "Nama Kepala Rumah Tangga", "Nama KRT", "Nama Keluarga"),
    **_s("alamat", "Alamat", "Alamat rumah", "Alamat lengkap"),
    **_s("jumlah_jiwa", "Jumlah jiwa", "Jml jiwa", "Jumlah Anggota Keluarga", "Jml Anggota Keluarga",
         "Jumlah anggota", "Jml ART", "Jumlah ART", "Jumlah penghuni", "Jiwa"),
    **_s("tanggal", "Tanggal", "Tgl", "Tanggal kunjungan", "Tgl kunjungan", "Tanggal Monitoring",
         "Tanggal Monitoring/Verifikasi", "Tanggal pendataan", "Tanggal verifikasi",
         "Tanggal survei"),
    **_s("petugas", "Petugas", "Nama petugas", "Nama Petugas Moniver", "Petugas moniver", "Kader",
         "Nama kader", "Pendata", "Enumerator"),
    **_s("pembuangan", "Pembuangan", "Pembuangan tinja", "Pembuangan akhir", "Bangunan bawah",
         "Tempat pembuangan tinja", "Saluran pembuangan tinja", "Penampungan tinja"),
    **_s(AKSES, "Akses jamban", "Akses", "Akses sanitasi", "Status akses", "Kategori akses",
         "Kategori jamban", "Jenis akses jamban", "Tangga akses", "Status jamban",
         "Akses BAB", "Status BAB"),
    # The form's questions, word for word (the explanation in brackets may differ).
    **_s("p1_bab_jamban", "Buang Air Besar Di Jamban", "BAB di jamban", "BAB jamban"),
    **_s("p1_milik_sendiri", "Jamban Milik Sendiri", "Milik sendiri"),
    **_s("p1_leher_angsa", "Kloset Leher Angsa/Teknologi lain yang mencegah vektor dan binatang "
         "pengganggu masuk", "Kloset leher angsa", "Leher angsa"),
    **_s("p2_sarana", "Memiliki Sarana", "Memiliki sarana CTPS", "Sarana cuci tangan"),
    **_s("p2_air_mengalir", "Memiliki Air Mengalir", "Air mengalir"),
    **_s("p2_sabun", "Memiliki Sabun", "Sabun"),
    **_s("p2_mampu", "Mampu mempraktekkan cara cuci tangan pakai sabun",
         "Mampu mempraktikkan cara cuci tangan pakai sabun", "Mampu CTPS"),
    **_s("p2_waktu_kritis", "Mengetahui waktu-waktu kritis cuci tangan pakai sabun",
         "Mengetahui waktu kritis", "Waktu kritis"),
    **_s("p3_sumber_layak", "Sumber air minum layak", "Sumber air layak", "Air minum layak"),
    **_s("p3_olah_air", "Yang melalui proses pengolahan", "Pengolahan air minum", "Air diolah"),
    **_s("p3_wadah_aman", "Menyimpan air minum di dalam wadah yang tertutup rapat, kuat",
         "Menyimpan air minum di dalam wadah yang tertutup", "Wadah air minum aman"),
    **_s("p3_pangan_aman", "Pengelolaan pangan aman", "Pangan aman"),
    **_s("p4_tidak_berserakan", "Tidak ada sampah berserakan di lingkungan sekitar rumah",
         "Tidak ada sampah berserakan"),
    **_s("p4_tempat_tertutup", "Ada tempat sampah yang tertutup, kuat dan mudah dibersihkan",
         "Tempat sampah tertutup"),
    **_s("p4_olah_aman", "Ada perlakuan yang aman", "Sampah diolah aman"),
    **_s("p4_pilah", "Telah melakukan pemilahan sampah", "Pemilahan sampah", "Memilah sampah"),
    **_s("p5_tidak_tergenang", "Tidak terlihat genangan air di sekitar rumah karena limbah cair "
         "domestik", "Tidak ada genangan air limbah", "Tidak ada genangan"),
    **_s("p5_saluran_tertutup", "Ada saluran pembuangan limbah cair rumah tangga (non kakus) yang "
         "kedap dan tertutup", "Saluran limbah tertutup", "SPAL tertutup"),
    **_s("p5_resapan", "Terhubung dengan sumur resapan dan atau sistem pengolahan limbah",
         "Sumur resapan", "Resapan/IPAL"),
    # The form's "bangunan bawah (pilih hanya satu)": one column per outlet.
    **_s(TANDA_PEMBUANGAN, "Tangki septik disedot setidaknya sekali dalam 3-5 tahun terakhir atau "
         "disalurkan ke Sistem Pengolahan Air Limbah Domestik", "Tangki septik disedot",
         bagian=Pembuangan.SEPTIK_AMAN),
    **_s(TANDA_PEMBUANGAN, "Tangki septik yang tidak pernah disedot, atau disedot lebih dari 5 "
         "tahun terakhir, atau termasuk rumah baru dibangun", "Tangki septik tidak pernah disedot",
         bagian=Pembuangan.SEPTIK),
    **_s(TANDA_PEMBUANGAN, "Cubluk / Lubang Tanah", "Cubluk", bagian=Pembuangan.CUBLUK),
    **_s(TANDA_PEMBUANGAN, "Dibuang langsung ke drainase/kolam/ sawah/ sungai/danau/laut dan "
         "pantai/ tanah lapang/kebun", "Dibuang langsung", bagian=Pembuangan.LANGSUNG),
    **_s(WAKTU_KRITIS, "Sebelum makan", "Sebelum mengolah dan menghidangkan makanan",
         "Sebelum menyusui anak, Sebelum memberi makan bayi / Balita", "Setelah BAB /Kecil",
         "Setelah BAB"),
    **_s(SUMBER_AIR, "Layak : Perpipaan", "Layak : Kran Umum",
         "Layak : Sumur Bor / Pompa / Sumur Gali Yang Terlindungi", "Layak : Mata Air Terlindung",
         "Layak : Air Hujan", bagian=True),
    **_s(SUMBER_AIR, "Tidak Layak : Sungai / Mata Air Tidak Terlindungi",
         "Tidak Layak : Danau / Kolam / Sumur Gali Tidak Terlindungi", "Tidak Layak : Waduk",
         "Tidak Layak : Kolam", "Tidak Layak : Irigasi", bagian=False),
    **_s(PANGAN, "pangan tertutup dengan baik dengan penutup yang bersih",
         "pangan tidak berdekatan bahan berbahaya dan beracun",
         "melakukan praktik penanganan pangan yang baik dan benar, sesuai 5 Kunci Keamanan Pangan"),
}
# The program's own workbook first: its headers, its questions as asked, its outlet labels.
SINONIM: dict[str, Sasaran] = {
    **_LAIN,
    **{normal_judul(q): Sasaran(k) for k in KUNCI_PERTANYAAN for q in PERTANYAAN_LABELS[k]},
    **{normal_judul(label): Sasaran(TANDA_PEMBUANGAN, p) for p, label in PEMBUANGAN_LABELS.items()},
    **{normal_judul(k.judul): Sasaran(TURUNAN if k.peran is Peran.TURUNAN else k.kunci)
       for k in KOLOM},
}


def sasaran_judul(judul: object) -> Sasaran | None:
    """The target of a header, whatever its case, spacing and punctuation; a header with an
    explanation in brackets or after a question mark is also known by the part before it."""
    text = str(judul or "")
    for candidate in (text, text.split("(")[0], text.split("?")[0]):
        found = SINONIM.get(normal_judul(candidate))
        if found is not None:
            return found
    return None


# --- answers ---------------------------------------------------------------------------------

_YA = ("ya", "y", "1", "√", "✓", "✔", "v", "ada", "yes", "benar")
_TIDAK = ("tidak", "t", "tdk", "0", "x", "✗", "✘", "tidak ada", "no", "salah")
JAWABAN: dict[object, bool | None] = {
    **dict.fromkeys(_YA, True), **dict.fromkeys(_TIDAK, False),
    **{w.upper(): True for w in _YA}, **{w.upper(): False for w in _TIDAK},
    **{w.capitalize(): True for w in _YA}, **{w.capitalize(): False for w in _TIDAK},
    # True and False also stand for the numbers 1 and 0 (1.0 and 0.0 too: equal keys).
    "": None, None: None, True: True, False: False,
}
PILIHAN_JAWABAN = "Ya, Tidak (juga Y/T, 1/0, √/x; kosong = belum dijawab)"


def jawaban_sel(value: object) -> bool | None:
    """A Ya/Tidak cell: Ya/Tidak, Y/T, 1/0, √ or v / x, Ada/Tidak ada; blank is no answer.

    Raises ValueError for anything else.
    """
    try:
        return JAWABAN[value]
    except (KeyError, TypeError):
        pass
    if isinstance(value, str):
        found = JAWABAN.get(" ".join(value.strip().lower().split()), "?")
        if found != "?":
            return found  # type: ignore[return-value]
    raise ValueError(value)


# --- outlets (the form's "bangunan bawah") ---------------------------------------------------

_PEMBUANGAN_TEKS = {normal_judul(label): p for p, label in PEMBUANGAN_LABELS.items()} | {
    p.value: p for p in Pembuangan}
# Words tried in this order: "belum/tidak pernah disedot" before "disedot".
_PEMBUANGAN_KATA = (
    (("belum pernah", "tidak pernah", "belum disedot", "tidak disedot", "lebih dari 5"),
     Pembuangan.SEPTIK),
    (("disedot", "spald", "ipal", "sewer", "riol", "perpipaan limbah"), Pembuangan.SEPTIK_AMAN),
    (("septik", "septic", "septi tank", "tangki"), Pembuangan.SEPTIK),
    (("cubluk", "lubang", "cemplung", "galian"), Pembuangan.CUBLUK),
    (("langsung", "sungai", "sawah", "kolam", "laut", "pantai", "kebun", "drainase", "got",
      "selokan", "saluran", "danau", "tanah lapang"), Pembuangan.LANGSUNG),
)
PILIHAN_PEMBUANGAN = "; ".join(PEMBUANGAN_LABELS.values())


def pembuangan_teks(value: object) -> Pembuangan | None:
    """The outlet named in a cell: the program's labels, or the usual words (disedot / SPALD,
    septik, cubluk, langsung ke sungai...); blank is no answer. Raises ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = normal_judul(value)
    found = _PEMBUANGAN_TEKS.get(text)
    if found is not None:
        return found
    for words, outlet in _PEMBUANGAN_KATA:
        if any(w in text for w in words):
            return outlet
    raise ValueError(value)


def pembuangan_tanda(tanda: Sequence[tuple[Pembuangan, bool | None]]) -> Pembuangan | None:
    """The outlet of the form's one-column-per-outlet layout: the one marked Ya; None when none
    is. Raises ValueError (with the outlets marked) when more than one is."""
    chosen = [p for p, ya in tanda if ya]
    if len(chosen) > 1:
        raise ValueError(chosen)
    return chosen[0] if chosen else None


# --- the form's composite questions ----------------------------------------------------------

def tahu_waktu_kritis(jawaban: Sequence[bool | None]) -> bool | None:
    """Knows at least 3 critical times: Ya when 3 are Ya, Tidak when 3 can no longer be."""
    ya = sum(1 for j in jawaban if j)
    if ya >= 3:
        return True
    return False if ya + sum(1 for j in jawaban if j is None) < 3 else None


def sumber_layak(layak: Sequence[bool | None], tidak_layak: Sequence[bool | None]) -> bool | None:
    """A safe drinking water source: any layak source Ya; Tidak when a source that is not layak
    is Ya, or every layak source is answered Tidak; otherwise not known."""
    if any(layak):
        return True
    if any(tidak_layak) or (layak and all(j is False for j in layak)):
        return False
    return None


def semua_ya(jawaban: Sequence[bool | None]) -> bool | None:
    """Ya when every item is Ya, Tidak when one is Tidak, otherwise not known."""
    if False in jawaban:
        return False
    return True if jawaban and None not in jawaban else None


# --- the rung typed as a word (kader books) --------------------------------------------------

_TANGGA_TEKS: dict[str, Rung] = {
    **{normal_judul(label): r for r, label in RUNG_LABELS.items()},
    **{r.value.replace("_", " "): r for r in Rung},
    **{name: r for name, r in PEMETAAN.items()},  # the older JSP / JSSP / sharing / OD scale
    "akses layak bersama": Rung.SHARING, "layak bersama": Rung.SHARING, "numpang": Rung.SHARING,
    "sharing numpang": Rung.SHARING, "akses belum layak": Rung.BELUM_LAYAK,
    "jamban sehat permanen": PEMETAAN["jsp"], "jamban sehat semi permanen": PEMETAAN["jssp"],
    "open defecation": PEMETAAN["od"],
}  # "BABS" alone names no rung: tertutup or terbuka must be said
PILIHAN_TANGGA = ", ".join(RUNG_LABELS.values()) + " (atau JSP, JSSP, Sharing, OD)"

# The fewest answers from which `tangga_dari` derives exactly each rung; the other pillar 1
# answers stay blank. A septic tank not known to be emptied is "septik" (akses layak, not aman).
JAWABAN_TANGGA: dict[Rung, tuple[dict[str, bool], Pembuangan | None]] = {
    Rung.AMAN: ({"p1_bab_jamban": True, "p1_milik_sendiri": True, "p1_leher_angsa": True},
                Pembuangan.SEPTIK_AMAN),
    Rung.LAYAK: ({"p1_bab_jamban": True, "p1_milik_sendiri": True, "p1_leher_angsa": True},
                 Pembuangan.SEPTIK),
    Rung.SHARING: ({"p1_bab_jamban": True, "p1_milik_sendiri": False, "p1_leher_angsa": True},
                   Pembuangan.SEPTIK),
    Rung.BELUM_LAYAK: ({"p1_bab_jamban": True}, Pembuangan.CUBLUK),
    Rung.BABS_TERTUTUP: ({"p1_bab_jamban": True}, Pembuangan.LANGSUNG),
    Rung.BABS_TERBUKA: ({"p1_bab_jamban": False}, None),
}


def tangga_teks(value: object) -> Rung | None:
    """The rung a cell names (either scale); blank is none. Raises ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = _TANGGA_TEKS.get(normal_judul(value))
    if found is None:
        raise ValueError(value)
    return found
