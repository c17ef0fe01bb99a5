"""Indonesian labels and sentences for sanitation: ladder, pillars, ODF path, Desa STBM (GUI and CLI)."""

from __future__ import annotations

from kks_desktop.domain.desa_stbm import PenilaianStbm, StatusStbm
from kks_desktop.domain.odf import Hasil, PosisiOdf, StatusOdf
from kks_desktop.domain.sanitasi import Pilar, Rung, Sumber

RUNG_LABELS = {
    Rung.AMAN: "Akses aman",
    Rung.LAYAK: "Akses layak",
    Rung.SHARING: "Layak bersama (sharing)",
    Rung.BELUM_LAYAK: "Belum layak",
    Rung.BABS_TERTUTUP: "BABS tertutup",
    Rung.BABS_TERBUKA: "BABS terbuka",
}

PILAR_LABELS = {
    Pilar.CTPS: "CTPS",
    Pilar.PAMM: "PAMM-RT",
    Pilar.PSRT: "PS-RT",
    Pilar.PLCRT: "PLC-RT",
}

PILAR_NAMES = {
    Pilar.CTPS: "Pilar 2 Cuci Tangan Pakai Sabun",
    Pilar.PAMM: "Pilar 3 Pengelolaan Air Minum dan Makanan Rumah Tangga",
    Pilar.PSRT: "Pilar 4 Pengamanan Sampah Rumah Tangga",
    Pilar.PLCRT: "Pilar 5 Pengamanan Limbah Cair Rumah Tangga",
}

SUMBER_LABELS = {Sumber.PENDATAAN: "Pendataan", Sumber.MONITORING: "Monitoring",
                 Sumber.VERIFIKASI: "Verifikasi"}

HASIL_LABELS = {Hasil.LULUS: "Lulus", Hasil.GAGAL: "Gagal"}

STATUS_ODF_LABELS = {
    StatusOdf.BELUM: "Belum ODF",
    StatusOdf.PEMICUAN: "Pemicuan",
    StatusOdf.MENUNGGU_VERIFIKASI: "Menunggu verifikasi",
    StatusOdf.TERVERIFIKASI: "Terverifikasi",
    StatusOdf.ODF: "ODF (deklarasi)",
}

STATUS_STBM_LABELS = {
    StatusStbm.DESA_STBM: "Desa STBM",
    StatusStbm.BELUM: "Belum Desa STBM",
    StatusStbm.TIDAK_DIKETAHUI: "Belum dapat dinilai",
}

_STBM_REASONS = {
    "no_report": "belum ada laporan sanitasi",
    "sbs_below": "masih ada {babs} KK BABS (belum 100% SBS)",
    "pillars_missing": "laporan terakhir belum mengisi semua pilar 2–5",
    "pillar_below": "pilar {pilar} belum mencapai ambang",
    "three_pillar_below": "{kk} KK menerapkan ≥3 pilar, belum mencapai ambang",
    "three_pillar_below_bound": "paling banyak {kk} KK dapat menerapkan ≥3 pilar, belum mencapai "
                                "ambang",
    "three_pillar_unknown": "KK yang menerapkan ≥3 pilar belum diisi (antara {low} dan {high} "
                            "menurut angka per pilar); isi angkanya dari pendataan",
    "met": "memenuhi aturan",
    "met_by_bound": "memenuhi aturan (sedikitnya {kk} KK menerapkan ≥3 pilar)",
}


def alasan_stbm(penilaian: PenilaianStbm) -> str:
    """Why a desa is (not) a Desa STBM, e.g. "masih ada 12 KK BABS (belum 100% SBS)"."""
    params = dict(penilaian.params)
    if "pilar" in params:
        params["pilar"] = ", ".join(PILAR_LABELS[Pilar(p)] for p in params["pilar"])  # type: ignore[attr-defined]
    shown = {k: f"{v:,}".replace(",", ".") if isinstance(v, int) else v for k, v in params.items()}
    return _STBM_REASONS.get(penilaian.alasan, penilaian.alasan).format(**shown)


def langkah_berikut(posisi: PosisiOdf) -> str:
    """The next step on the path to ODF, in the Pokja's words."""
    babs = posisi.babs
    if posisi.status is StatusOdf.ODF and babs:
        shown = f"{babs:,}".replace(",", ".")
        return (f"Laporan terakhir mencatat {shown} KK BABS sesudah deklarasi ODF. Segera "
                "dampingi KK itu (pemicuan ulang bila perlu) agar status ODF tetap terjaga.")
    if posisi.status is StatusOdf.ODF:
        return ("Pertahankan status ODF: kirim laporan tiap bulan dan pastikan tidak ada KK "
                "kembali BABS. Lanjutkan pilar 2–5 menuju Desa STBM.")
    if posisi.status is StatusOdf.TERVERIFIKASI:
        return "Verifikasi lulus. Siapkan deklarasi ODF bersama kecamatan dan Puskesmas."
    if posisi.status is StatusOdf.MENUNGGU_VERIFIKASI:
        again = " ulang" if posisi.verifikasi_gagal else ""
        return (f"Laporan terakhir mencatat 0 KK BABS. Ajukan verifikasi{again} ke Puskesmas/"
                "Dinas Kesehatan.")
    if posisi.status is StatusOdf.PEMICUAN and posisi.verifikasi_gagal:
        left = f" ({babs:,} KK masih BABS)".replace(",", ".") if babs else ""
        return (f"Verifikasi belum lulus. Tindak lanjuti temuan tim verifikasi{left}; setelah "
                "laporan bulan berikutnya mencatat 0 KK BABS, ajukan verifikasi ulang.")
    if posisi.status is StatusOdf.PEMICUAN:
        left = f"{babs:,}".replace(",", ".") + " KK masih BABS. " if babs else ""
        return (f"{left}Lanjutkan pemantauan dan pendampingan sampai semua KK tidak BABS, lalu "
                "ajukan verifikasi.")
    if babs == 0:
        return "Laporan terakhir mencatat 0 KK BABS, tetapi belum ada pemicuan tercatat. Catat " \
               "pemicuan yang pernah dilakukan, lalu ajukan verifikasi."
    return "Belum ada pemicuan tercatat. Rencanakan pemicuan STBM bersama Puskesmas."
