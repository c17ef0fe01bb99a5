"""The JSON shapes of `kegiatan list` and `kegiatan show`: sessions and their figures as plain dicts.

Keys are Indonesian snake_case; enums become their stable keys (`L`, `provinsi`, `berjalan`),
dates ISO text, scores and means numbers rounded to two decimals, percentages numbers 0–100
rounded to one decimal; null where there is no value or nothing to divide by.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kks_desktop.cli.sanitasi_json import persen
from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan
from kks_desktop.domain.kegiatan import Kegiatan, KegiatanRingkas, Narasumber, Peserta, Rtl
from kks_desktop.domain.prepost import HasilPrePost, RingkasanNilai
from kks_desktop.messages_kegiatan import ASAL_LABELS, STATUS_RTL_LABELS, catatan_pasangan
from kks_desktop.services.identitas import Identitas


def nilai(value: float | None) -> float | None:
    """A score or a mean as JSON shows it: rounded to two decimals."""
    return None if value is None else round(value, 2)


def ringkas_json(r: KegiatanRingkas, acuan: AcuanKegiatan, wilayah_nama: str) -> dict[str, Any]:
    """One row of `kegiatan list --json`."""
    return {
        "uuid": r.uuid, "jenis": r.jenis, "jenis_label": acuan.label_jenis(r.jenis),
        "judul": r.judul, "tanggal_mulai": r.mulai.isoformat(),
        "tanggal_selesai": r.selesai.isoformat(), "wilayah_kode": str(r.wilayah),
        "wilayah": wilayah_nama, "tempat": r.tempat, "penyelenggara": r.penyelenggara,
        "peserta": r.peserta, "hadir_per_hari": list(r.hadir_per_hari), "dinilai": r.dinilai,
        "rtl": r.rtl, "rtl_terbuka": r.rtl_terbuka,
    }


def ringkasan_nilai_json(r: RingkasanNilai) -> dict[str, Any]:
    """The figures of one group; the paired ones count only `pasangan` participants."""
    return {
        "peserta": r.peserta, "pasangan": r.pasangan, "hanya_pre": r.hanya_pre,
        "hanya_post": r.hanya_post, "tanpa_nilai": r.tanpa_nilai,
        "rata_pre": nilai(r.rata_pre), "rata_post": nilai(r.rata_post),
        "rata_kenaikan": nilai(r.rata_kenaikan), "lulus_pre": r.lulus_pre,
        "lulus_post": r.lulus_post, "persen_lulus_pre": persen(r.persen_lulus_pre),
        "persen_lulus_post": persen(r.persen_lulus_post),
        "rata_pre_semua": nilai(r.rata_pre_semua), "rata_post_semua": nilai(r.rata_post_semua),
        "catatan": catatan_pasangan(r),
    }


def prepost_json(hasil: HasilPrePost, acuan: AcuanKegiatan) -> dict[str, Any]:
    return {
        "batas_lulus": hasil.batas_lulus,
        "total": ringkasan_nilai_json(hasil.total),
        "per_kategori": [{"kategori": k, "label": acuan.label_kategori(k) if k else "",
                          **ringkasan_nilai_json(r)} for k, r in hasil.per_kategori],
        "tidak_lengkap": [{"uuid": p.uuid, "nama": p.nama, "pre": nilai(p.pre),
                           "post": nilai(p.post)} for p in hasil.tidak_lengkap],
    }


def narasumber_json(s: Narasumber) -> dict[str, Any]:
    return {"nama": s.nama, "instansi": s.instansi, "asal": s.asal.value if s.asal else None,
            "asal_label": ASAL_LABELS[s.asal] if s.asal else "", "materi": s.materi}


def peserta_json(p: Peserta, acuan: AcuanKegiatan) -> dict[str, Any]:
    return {
        "uuid": p.uuid, "nama": p.nama,
        "jenis_kelamin": p.jenis_kelamin.value if p.jenis_kelamin else None,
        "jabatan": p.jabatan, "instansi": p.instansi, "kategori": p.kategori,
        "kategori_label": acuan.label_kategori(p.kategori) if p.kategori else "",
        "desa_kode": p.desa_kode or None, "desa_nama": p.desa_nama, "telepon": p.telepon,
        "hadir": list(p.hadir), "pre": nilai(p.pre), "post": nilai(p.post),
    }


def rtl_json(plan: Rtl, today: dt.date) -> dict[str, Any]:
    return {
        "uuid": plan.uuid, "kegiatan": plan.kegiatan, "tujuan": plan.tujuan,
        "sasaran": plan.sasaran, "waktu": plan.waktu.isoformat() if plan.waktu else None,
        "tempat": plan.tempat, "penanggung_jawab": plan.penanggung_jawab,
        "sumber_dana": plan.sumber_dana, "indikator": plan.indikator,
        "status": plan.status.value, "status_label": STATUS_RTL_LABELS[plan.status],
        "catatan": plan.catatan, "lewat_waktu": plan.lewat_waktu(today),
    }


def identitas_json(ident: Identitas) -> dict[str, Any]:
    return {"kode": str(ident.kode), "nama": ident.nama, "desa": ident.desa,
            "jenis_desa": ident.jenis_desa, "kecamatan": ident.kecamatan,
            "kabupaten": ident.kabupaten, "provinsi": ident.provinsi}


def kegiatan_json(k: Kegiatan, acuan: AcuanKegiatan, ident: Identitas, hasil: HasilPrePost,
                  today: dt.date) -> dict[str, Any]:
    """Everything about one session: `kegiatan show --json`."""
    return {
        "uuid": k.uuid, "jenis": k.jenis, "jenis_label": acuan.label_jenis(k.jenis),
        "judul": k.judul, "tanggal_mulai": k.mulai.isoformat(),
        "tanggal_selesai": k.selesai.isoformat(), "hari": k.hari,
        "wilayah_kode": str(k.wilayah), "wilayah": ident.nama,
        "identitas": identitas_json(ident), "tempat": k.tempat,
        "penyelenggara": k.penyelenggara, "materi": list(k.materi),
        "narasumber": [narasumber_json(s) for s in k.narasumber],
        "notulen": k.notulen, "catatan": k.catatan, "batas_lulus": k.batas_lulus,
        "hadir_per_hari": [k.hadir_pada(day) for day in range(1, k.hari + 1)],
        "peserta": [peserta_json(p, acuan) for p in k.peserta],
        "prepost": prepost_json(hasil, acuan),
        "rtl": [rtl_json(plan, today) for plan in k.rtl],
        "updated_at": k.updated_at,
    }
