"""Indonesian labels and sentences for sanitation: ladder, pillars, ODF path, Desa STBM (GUI and CLI)."""

from __future__ import annotations

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa_stbm import PenilaianStbm, StatusStbm
from kks_desktop.domain.odf import Hasil, PosisiOdf, StatusOdf
from kks_desktop.domain.sanitasi import Pilar, Rung, Sumber

RUNG_LABELS = {
    Rung.AMAN: QT_TRANSLATE_NOOP("messages_sanitasi", "Akses aman"),
    Rung.LAYAK: QT_TRANSLATE_NOOP("messages_sanitasi", "Akses layak"),
    Rung.SHARING: QT_TRANSLATE_NOOP("messages_sanitasi", "Layak bersama (sharing)"),
    Rung.BELUM_LAYAK: QT_TRANSLATE_NOOP("messages_sanitasi", "Belum layak"),
    Rung.BABS_TERTUTUP: QT_TRANSLATE_NOOP("messages_sanitasi", "BABS tertutup"),
    Rung.BABS_TERBUKA: QT_TRANSLATE_NOOP("messages_sanitasi", "BABS terbuka"),
}

PILAR_LABELS = {
    Pilar.CTPS: QT_TRANSLATE_NOOP("messages_sanitasi", "CTPS"),
    Pilar.PAMM: QT_TRANSLATE_NOOP("messages_sanitasi", "PAMM-RT"),
    Pilar.PSRT: QT_TRANSLATE_NOOP("messages_sanitasi", "PS-RT"),
    Pilar.PLCRT: QT_TRANSLATE_NOOP("messages_sanitasi", "PLC-RT"),
}

PILAR_NAMES = {
    Pilar.CTPS: QT_TRANSLATE_NOOP("messages_sanitasi", "Pilar 2 Cuci Tangan Pakai Sabun"),
    Pilar.PAMM: QT_TRANSLATE_NOOP("messages_sanitasi",
                                  "Pilar 3 Pengelolaan Air Minum dan Makanan Rumah Tangga"),
    Pilar.PSRT: QT_TRANSLATE_NOOP("messages_sanitasi", "Pilar 4 Pengamanan Sampah Rumah Tangga"),
    Pilar.PLCRT: QT_TRANSLATE_NOOP("messages_sanitasi",
                                   "Pilar 5 Pengamanan Limbah Cair Rumah Tangga"),
}

SUMBER_LABELS = {Sumber.PENDATAAN: QT_TRANSLATE_NOOP("messages_sanitasi", "Pendataan"),
                 Sumber.MONITORING: QT_TRANSLATE_NOOP("messages_sanitasi", "Monitoring"),
                 Sumber.VERIFIKASI: QT_TRANSLATE_NOOP("messages_sanitasi", "Verifikasi")}

HASIL_LABELS = {Hasil.LULUS: QT_TRANSLATE_NOOP("messages_sanitasi", "Lulus"),
                Hasil.GAGAL: QT_TRANSLATE_NOOP("messages_sanitasi", "Gagal")}

STATUS_ODF_LABELS = {
    StatusOdf.BELUM: QT_TRANSLATE_NOOP("messages_sanitasi", "Belum ODF"),
    StatusOdf.PEMICUAN: QT_TRANSLATE_NOOP("messages_sanitasi", "Pemicuan"),
    StatusOdf.MENUNGGU_VERIFIKASI: QT_TRANSLATE_NOOP("messages_sanitasi", "Menunggu verifikasi"),
    StatusOdf.TERVERIFIKASI: QT_TRANSLATE_NOOP("messages_sanitasi", "Terverifikasi"),
    StatusOdf.ODF: QT_TRANSLATE_NOOP("messages_sanitasi", "ODF (deklarasi)"),
}

STATUS_STBM_LABELS = {
    StatusStbm.DESA_STBM: QT_TRANSLATE_NOOP("messages_sanitasi", "Desa STBM"),
    StatusStbm.BELUM: QT_TRANSLATE_NOOP("messages_sanitasi", "Belum Desa STBM"),
    StatusStbm.TIDAK_DIKETAHUI: QT_TRANSLATE_NOOP("messages_sanitasi", "Belum dapat dinilai"),
}

_STBM_REASONS = {
    "no_report": QT_TRANSLATE_NOOP("messages_sanitasi", "belum ada laporan sanitasi"),
    "sbs_below": QT_TRANSLATE_NOOP("messages_sanitasi", "masih ada {babs} KK BABS (belum 100% SBS)"),
    "pillars_missing": QT_TRANSLATE_NOOP("messages_sanitasi",
                                         "laporan terakhir belum mengisi semua pilar 2–5"),
    "pillar_below": QT_TRANSLATE_NOOP("messages_sanitasi", "pilar {pilar} belum mencapai ambang"),
    "three_pillar_below": QT_TRANSLATE_NOOP(
        "messages_sanitasi", "{kk} KK menerapkan ≥3 pilar, belum mencapai ambang"),
    "three_pillar_below_bound": QT_TRANSLATE_NOOP(
        "messages_sanitasi", "paling banyak {kk} KK dapat menerapkan ≥3 pilar, belum mencapai "
                             "ambang"),
    "three_pillar_unknown": QT_TRANSLATE_NOOP(
        "messages_sanitasi", "KK yang menerapkan ≥3 pilar belum diisi (antara {low} dan {high} "
                             "menurut angka per pilar); isi angkanya dari pendataan"),
    "met": QT_TRANSLATE_NOOP("messages_sanitasi", "memenuhi aturan"),
    "met_by_bound": QT_TRANSLATE_NOOP("messages_sanitasi",
                                      "memenuhi aturan (sedikitnya {kk} KK menerapkan ≥3 pilar)"),
}


def _ribuan(value: int) -> str:
    """`12.345`: thousands with a dot, as the rest of the program writes them."""
    return f"{value:,}".replace(",", ".")


def alasan_stbm(penilaian: PenilaianStbm) -> str:
    """Why a desa is (not) a Desa STBM, e.g. "masih ada 12 KK BABS (belum 100% SBS)"."""
    params = dict(penilaian.params)
    if "pilar" in params:
        params["pilar"] = ", ".join(translate("messages_sanitasi", PILAR_LABELS[Pilar(p)])
                                    for p in params["pilar"])  # type: ignore[attr-defined]
    shown = {k: _ribuan(v) if isinstance(v, int) else v for k, v in params.items()}
    reason = penilaian.alasan
    text = translate("messages_sanitasi", _STBM_REASONS[reason]) if reason in _STBM_REASONS \
        else reason
    return text.format(**shown)


def langkah_berikut(posisi: PosisiOdf) -> str:
    """The next step on the path to ODF, in the Pokja's words."""
    babs = posisi.babs
    if posisi.status is StatusOdf.ODF and babs:
        return translate(
            "messages_sanitasi", "Laporan terakhir mencatat {babs} KK BABS sesudah deklarasi ODF. "
            "Segera dampingi KK itu (pemicuan ulang bila perlu) agar status ODF tetap terjaga."
        ).format(babs=_ribuan(babs))
    if posisi.status is StatusOdf.ODF:
        return translate("messages_sanitasi", "Pertahankan status ODF: kirim laporan tiap bulan "
                         "dan pastikan tidak ada KK kembali BABS. Lanjutkan pilar 2–5 menuju "
                         "Desa STBM.")
    if posisi.status is StatusOdf.TERVERIFIKASI:
        return translate("messages_sanitasi", "Verifikasi lulus. Siapkan deklarasi ODF bersama "
                         "kecamatan dan Puskesmas.")
    if posisi.status is StatusOdf.MENUNGGU_VERIFIKASI:
        if posisi.verifikasi_gagal:
            return translate("messages_sanitasi", "Laporan terakhir mencatat 0 KK BABS. Ajukan "
                             "verifikasi ulang ke Puskesmas/Dinas Kesehatan.")
        return translate("messages_sanitasi", "Laporan terakhir mencatat 0 KK BABS. Ajukan "
                         "verifikasi ke Puskesmas/Dinas Kesehatan.")
    if posisi.status is StatusOdf.PEMICUAN and posisi.verifikasi_gagal:
        if babs:
            return translate(
                "messages_sanitasi", "Verifikasi belum lulus. Tindak lanjuti temuan tim verifikasi "
                "({babs} KK masih BABS); setelah laporan bulan berikutnya mencatat 0 KK BABS, "
                "ajukan verifikasi ulang.").format(babs=_ribuan(babs))
        return translate("messages_sanitasi", "Verifikasi belum lulus. Tindak lanjuti temuan tim "
                         "verifikasi; setelah laporan bulan berikutnya mencatat 0 KK BABS, ajukan "
                         "verifikasi ulang.")
    if posisi.status is StatusOdf.PEMICUAN:
        if babs:
            return translate(
                "messages_sanitasi", "{babs} KK masih BABS. Lanjutkan pemantauan dan pendampingan "
                "sampai semua KK tidak BABS, lalu ajukan verifikasi.").format(babs=_ribuan(babs))
        return translate("messages_sanitasi", "Lanjutkan pemantauan dan pendampingan sampai semua "
                         "KK tidak BABS, lalu ajukan verifikasi.")
    if babs == 0:
        return translate("messages_sanitasi", "Laporan terakhir mencatat 0 KK BABS, tetapi belum "
                         "ada pemicuan tercatat. Catat pemicuan yang pernah dilakukan, lalu ajukan "
                         "verifikasi.")
    return translate("messages_sanitasi", "Belum ada pemicuan tercatat. Rencanakan pemicuan STBM "
                     "bersama Puskesmas.")
