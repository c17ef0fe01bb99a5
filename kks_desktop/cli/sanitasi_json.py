"""The JSON shapes of `sanitasi history` and `sanitasi summary`: the sanitation dataclasses as plain dicts.

Keys are Indonesian snake_case; enums become their stable keys (`odf`, `aman`, `ctps`), dates ISO
text, months `YYYY-MM`, percentages numbers 0–100 rounded to one decimal (null when there is
nothing to divide by).
"""

from __future__ import annotations

from typing import Any

from kks_desktop.domain.award import Tingkat
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.desa_stbm import AturanDesaStbm, PenilaianStbm
from kks_desktop.domain.kode_wilayah import Level
from kks_desktop.domain.odf import OdfEvent, PosisiOdf, StatusOdf
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung
from kks_desktop.messages_sanitasi import (
    STATUS_ODF_LABELS,
    STATUS_STBM_LABELS,
    alasan_stbm,
    langkah_berikut,
)
from kks_desktop.services.sanitasi_summary import Rekap, RingkasanSanitasi


def persen(value: float | None) -> float | None:
    """A percentage as JSON shows it: rounded to one decimal."""
    return None if value is None else round(value, 1)


def desa_json(desa: Desa) -> dict[str, Any]:
    return {"kode": str(desa.kode), "nama": desa.nama, "jenis": desa.jenis.value,
            "kecamatan_kode": str(desa.kode.at(Level.KECAMATAN)), "kecamatan": desa.wilayah.kecamatan,
            "kabupaten": desa.wilayah.kabupaten, "jumlah_kk": desa.jumlah_kk}


def posisi_json(posisi: PosisiOdf) -> dict[str, Any]:
    return {
        "status": posisi.status.value, "label": STATUS_ODF_LABELS[posisi.status],
        "sejak": posisi.sejak.isoformat() if posisi.sejak else None,
        "deklarasi": posisi.deklarasi.isoformat() if posisi.deklarasi else None,
        "babs": posisi.babs, "verifikasi_gagal": posisi.verifikasi_gagal,
        "langkah_berikut": langkah_berikut(posisi),
    }


def penilaian_json(penilaian: PenilaianStbm, aturan: AturanDesaStbm) -> dict[str, Any]:
    return {"status": penilaian.status.value, "label": STATUS_STBM_LABELS[penilaian.status],
            "alasan": penilaian.alasan, "keterangan": alasan_stbm(penilaian),
            "aturan": aturan.id}


def event_json(event: OdfEvent) -> dict[str, Any]:
    return {
        "jenis": event.jenis.value, "tanggal": event.tanggal.isoformat(),
        "hasil": event.hasil.value if event.hasil else None, "nomor_ba": event.nomor_ba,
        "tim": [{"nama": m.nama, "instansi": m.instansi} for m in event.tim],
        "fasilitator": event.fasilitator, "saksi": event.saksi, "catatan": event.catatan,
        "uuid": event.uuid,
    }


def laporan_json(lap: LaporanSanitasi) -> dict[str, Any]:
    """Every stored count of a report, then the figures derived from them."""
    lama = lap.lama
    return {
        "periode": str(lap.periode), "total_kk": lap.total_kk,
        "tangga": {r.value: lap.rung(r) for r in Rung},
        "pilar": {p.value: lap.pilar_kk(p) for p in Pilar},
        "kk_tiga_pilar": lap.kk_tiga_pilar, "sumber": lap.sumber.value, "petugas": lap.petugas,
        "catatan": lap.catatan,
        "lama": None if lama is None else {"jsp": lama.jsp, "jssp": lama.jssp,
                                           "sharing": lama.sharing, "od": lama.od},
        "uuid": lap.uuid,
        "akses": lap.akses, "babs": lap.babs, "persen_akses": persen(lap.persen_akses),
        "persen_pilar": {p.value: persen(lap.persen_pilar(p)) for p in Pilar},
    }


def history_json(desa: Desa, posisi: PosisiOdf, penilaian: PenilaianStbm, aturan: AturanDesaStbm,
                 events: list[OdfEvent], reports: list[LaporanSanitasi]) -> dict[str, Any]:
    return {"desa": desa_json(desa), "odf": posisi_json(posisi),
            "desa_stbm": penilaian_json(penilaian, aturan),
            "odf_events": [event_json(e) for e in events],
            "laporan": [laporan_json(r) for r in reports]}


def rekap_json(rekap: Rekap) -> dict[str, Any]:
    """Totals of a group of desa; KK figures add up each desa's latest report."""
    return {
        "kode": rekap.kode, "nama": rekap.nama, "desa": rekap.desa,
        "per_status": {s.value: rekap.per_status.get(s, 0) for s in StatusOdf},
        "desa_odf": rekap.desa_odf, "persen_desa_odf": persen(rekap.persen_desa_odf),
        "desa_dengan_laporan": rekap.desa_dengan_laporan, "desa_stbm": rekap.desa_stbm,
        "total_kk": rekap.total_kk, "kk_akses": rekap.kk_akses,
        "persen_kk_akses": persen(rekap.persen_kk_akses), "kk_babs": rekap.kk_babs,
        "kk_pilar": {p.value: rekap.kk_pilar.get(p, 0) for p in Pilar},
        "kk_pilar_dasar": rekap.kk_pilar_dasar,
        "persen_pilar": {p.value: persen(rekap.persen_pilar(p)) for p in Pilar},
    }


def aturan_json(aturan: AturanDesaStbm) -> dict[str, Any]:
    return {"id": aturan.id, "nama": aturan.nama, "keterangan": aturan.keterangan,
            "cara": aturan.cara.value, "min_sbs": aturan.min_sbs, "min_kk": aturan.min_kk}


def tingkat_json(ringkasan: RingkasanSanitasi, tingkat: Tingkat) -> dict[str, Any]:
    return {"id": tingkat.id, "nama": tingkat.nama, "min_odf": tingkat.min_odf,
            "persen_min_odf": persen(100 * tingkat.min_odf),
            "terpenuhi": tingkat in ringkasan.tingkat_terbuka,
            "desa_lagi": ringkasan.desa_lagi(tingkat)}


def summary_json(ringkasan: RingkasanSanitasi, by_kecamatan: bool) -> dict[str, Any]:
    nxt = ringkasan.tingkat_berikutnya
    data: dict[str, Any] = {
        "wilayah": {"kode": ringkasan.total.kode, "nama": ringkasan.total.nama},
        "aturan_desa_stbm": aturan_json(ringkasan.aturan),
        "total": rekap_json(ringkasan.total),
        "siklus": {
            "tahun": ringkasan.siklus.tahun,
            "tingkat": [tingkat_json(ringkasan, t) for t in ringkasan.siklus.tingkat],
            "tingkat_terbuka": [t.id for t in ringkasan.tingkat_terbuka],
            "tingkat_berikutnya": None if nxt is None else {
                "id": nxt.id, "nama": nxt.nama, "desa_lagi": ringkasan.desa_lagi(nxt)},
        },
    }
    if by_kecamatan:
        data["kecamatan"] = [rekap_json(r) for r in ringkasan.kecamatan]
    return data
