"""Participant and RTL rows as stored: to and from the columns of their tables."""

from __future__ import annotations

from typing import Any

from kks_desktop.domain.kegiatan import JenisKelamin, Peserta, Rtl, StatusRtl
from kks_desktop.store.clock import date_text, date_value


def peserta_values(person: Peserta) -> dict[str, Any]:
    return {
        "nama": person.nama.strip(),
        "jenis_kelamin": person.jenis_kelamin.value if person.jenis_kelamin else None,
        "jabatan": person.jabatan.strip(), "instansi": person.instansi.strip(),
        "kategori": person.kategori, "desa_kode": person.desa_kode,
        "desa_nama": person.desa_nama.strip(), "telepon": person.telepon.strip(),
        "nilai_pre": person.pre, "nilai_post": person.post,
    }


def to_peserta(row: dict[str, Any], hadir: tuple[int, ...]) -> Peserta:
    gender = row["jenis_kelamin"]
    return Peserta(
        nama=row["nama"], jenis_kelamin=JenisKelamin(gender) if gender else None,
        jabatan=row["jabatan"], instansi=row["instansi"], kategori=row["kategori"],
        desa_kode=row["desa_kode"], desa_nama=row["desa_nama"], telepon=row["telepon"],
        hadir=hadir, pre=row["nilai_pre"], post=row["nilai_post"], uuid=row["uuid"])


def rtl_values(plan: Rtl) -> dict[str, Any]:
    return {
        "kegiatan": plan.kegiatan.strip(), "tujuan": plan.tujuan.strip(),
        "sasaran": plan.sasaran.strip(), "waktu": date_text(plan.waktu),
        "tempat": plan.tempat.strip(), "penanggung_jawab": plan.penanggung_jawab.strip(),
        "sumber_dana": plan.sumber_dana.strip(), "indikator": plan.indikator.strip(),
        "status": plan.status.value, "catatan": plan.catatan,
    }


def to_rtl(row: dict[str, Any]) -> Rtl:
    return Rtl(
        kegiatan=row["kegiatan"], tujuan=row["tujuan"], sasaran=row["sasaran"],
        waktu=date_value(row["waktu"]), tempat=row["tempat"],
        penanggung_jawab=row["penanggung_jawab"], sumber_dana=row["sumber_dana"],
        indikator=row["indikator"], status=StatusRtl(row["status"]), catatan=row["catatan"],
        uuid=row["uuid"])
