"""Rows of a received desa workbook as domain records, in the export's forms, checked where they sit."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.impor_baris import BarisMasuk, LembarMasuk, Letak, MasalahImpor
from kks_desktop.domain.kegiatan import (
    AsalNarasumber,
    JenisKelamin,
    Kegiatan,
    Narasumber,
    Peserta,
    Rtl,
    StatusRtl,
)
from kks_desktop.domain.kesiapan_fakta import Jawaban, NilaiJawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.lembar import JenisKolom, Lembar
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber, TanggaLama
from kks_desktop.domain.sel import normal_judul
from kks_desktop.domain.sinkron import nilai_tukar
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.buku_desa_baris import baris_daftar, daftar
from kks_desktop.services.reference import acuan_kegiatan, tatanan_list

Nilai = dict[str, Any]
_OLD = ("jsp", "jssp", "sharing", "od")
_DAY_SPLIT = re.compile(r"[,;/\s]+")

# Where a domain validator's field lands on each sheet (the field itself when not listed).
_KOLOM_MASALAH: dict[str, dict[str, str]] = {
    ld.SHEET_ANGGOTA: {"anggota.nama": "nama", "anggota.aktif_sejak": "aktif_sejak",
                      "anggota.telepon": "telepon"},
    ld.SHEET_SANITASI: {"lama": "lama_jsp", "akses": "", "babs": ""},
    ld.SHEET_KEGIATAN: {"selesai": "tanggal_selesai", "narasumber.nama": "narasumber",
                       "peserta": "", "mulai": "tanggal_mulai"},
    ld.SHEET_PESERTA: {"peserta.nama": "nama", "peserta.kategori": "kategori",
                      "peserta.hadir": "hadir", "peserta.telepon": "telepon",
                      "peserta.jenis_kelamin": "jenis_kelamin", "peserta": "nama"},
    ld.SHEET_PREPOST: {"peserta.pre": "pre", "peserta.post": "post"},
    ld.SHEET_RTL: {"rtl.kegiatan": "kegiatan", "rtl.waktu": "waktu",
                  "rtl.penanggung_jawab": "penanggung_jawab"},
}


@dataclass
class Sheet:
    """A known sheet of the received workbook: its name there and what was read from it."""

    judul: str
    masuk: LembarMasuk

    @property
    def lembar(self) -> Lembar:
        return self.masuk.lembar

    @property
    def nama(self) -> str:
        return self.masuk.lembar.nama


def tandai(sheet: Sheet, baris: BarisMasuk, problem: Problem, kunci: str | None = None) -> None:
    """Attach a problem to a row, at the column of `kunci` (by default the column the problem's
    field maps to on this sheet; a row-wide problem when the field has no column)."""
    field_name = kunci if kunci is not None else _KOLOM_MASALAH.get(sheet.nama, {}).get(
        problem.field, problem.field)
    kolom = next((k for k in sheet.lembar.kolom if k.kunci == field_name), None)
    letak = Letak(sheet.judul, baris.nomor, kolom.judul if kolom else None,
                  sheet.masuk.huruf.get(field_name) if kolom else None)
    found = MasalahImpor(letak, problem)
    if found not in baris.masalah:
        baris.masalah.append(found)


def nilai_berkas(lembar: Lembar, nilai: Mapping[str, Any]) -> Nilai:
    """The values a row brings for comparison: only the columns the file has."""
    return {k: v for k, v in nilai_tukar(lembar, nilai).items() if k in nilai}


def dari_kanonik(lembar: Lembar, values: Mapping[str, Any]) -> Nilai:
    """Compared values (as the ledger keeps them) back in the forms a sheet row has."""
    result: Nilai = {}
    for key, value in values.items():
        jenis = lembar.kolom_of(key).jenis
        if jenis is JenisKolom.TANGGAL and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif jenis is JenisKolom.DAFTAR:
            value = tuple(value or ())
        elif jenis in (JenisKolom.TEKS, JenisKolom.KODE) and value is None:
            value = ""
        elif jenis is JenisKolom.DESIMAL and value is not None:
            value = float(value)
        result[key] = value
    return result


# --- putting a file row in the export's forms --------------------------------------------------
def rapikan(sheet: Sheet, baris: BarisMasuk) -> None:
    """Put a row's values in the forms an export writes (so equal data compares equal) and flag
    the multi-part cells that cannot be read back."""
    nilai = baris.nilai
    for kolom in sheet.lembar.kolom:
        if kolom.jenis is JenisKolom.DAFTAR and kolom.kunci in nilai:
            nilai[kolom.kunci] = daftar(nilai[kolom.kunci])
    tidy = _TIDY.get(sheet.nama)
    if tidy is not None:
        tidy(sheet, baris)


def _tidy_desa(sheet: Sheet, baris: BarisMasuk) -> None:
    if "tatanan" not in baris.nilai:
        return
    known = _tatanan_ids()
    names = []
    for line in baris.nilai["tatanan"]:
        found = known.get(normal_judul(line))
        if found is None:
            tandai(sheet, baris, Problem.error("tatanan", "unknown_tatanan", id=line))
        names.append(tatanan_list().nama(found) if found else line)
    baris.nilai["tatanan"] = tuple(names)


def _tidy_odf(sheet: Sheet, baris: BarisMasuk) -> None:
    if "tim" in baris.nilai:
        baris.nilai["tim"] = tuple(
            baris_daftar((parts[0], " | ".join(parts[1:]))) for parts in map(
                _parts, baris.nilai["tim"]))


def _tidy_kegiatan(sheet: Sheet, baris: BarisMasuk) -> None:
    nilai = baris.nilai
    if "tanggal_selesai" in nilai and nilai["tanggal_selesai"] is None:
        nilai["tanggal_selesai"] = nilai.get("tanggal_mulai")
    if "batas_lulus" in nilai and nilai["batas_lulus"] is None:
        del nilai["batas_lulus"]  # blank keeps the value here (or the default for a new one)
    if "narasumber" in nilai:
        lines = []
        for line in nilai["narasumber"]:
            parts = [*_parts(line), "", "", ""]
            asal = _asal(parts[2])
            if parts[2] and asal is None:
                tandai(sheet, baris, Problem.error("narasumber", "asal_tidak_dikenal",
                                                   teks=parts[2], pilihan=", ".join(
                                                       label for _, label in ld.ASAL_PILIHAN)))
            label = dict(ld.ASAL_PILIHAN)[asal.value] if asal else parts[2]
            lines.append(baris_daftar((parts[0], parts[1], label, " | ".join(
                p for p in parts[3:] if p))))
        nilai["narasumber"] = tuple(lines)


def _tidy_peserta(sheet: Sheet, baris: BarisMasuk) -> None:
    text = baris.nilai.get("hadir")
    if not text:
        return
    days = hari_hadir(text)
    if days is None:
        tandai(sheet, baris, Problem.error("hadir", "hadir_salah", teks=text))
    else:
        baris.nilai["hadir"] = ", ".join(str(d) for d in days)


_TIDY: dict[str, Callable[[Sheet, BarisMasuk], None]] = {
    ld.SHEET_DESA: _tidy_desa, ld.SHEET_ODF: _tidy_odf, ld.SHEET_KEGIATAN: _tidy_kegiatan,
    ld.SHEET_PESERTA: _tidy_peserta,
}


def _parts(line: str) -> list[str]:
    return [p.strip() for p in line.split("|")]


def _asal(text: str) -> AsalNarasumber | None:
    wanted = normal_judul(text)
    for value, label in ld.ASAL_PILIHAN:
        if wanted and wanted in (normal_judul(value), normal_judul(label)):
            return AsalNarasumber(value)
    return None


def _tatanan_ids() -> dict[str, str]:
    """Tatanan by id and by name, compared without case or punctuation."""
    items = tatanan_list().items
    return {**{normal_judul(t.nama): t.id for t in items},
            **{normal_judul(t.id.replace("_", " ")): t.id for t in items}}


def hari_hadir(text: str) -> tuple[int, ...] | None:
    """The days typed in "Hadir Hari ke-": "1, 2", "1;3", "2"; None when not read."""
    parts = [p for p in _DAY_SPLIT.split(text.strip()) if p]
    if not parts or not all(p.isdigit() and int(p) >= 1 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}))


# --- from a row to a domain record (`awal` is the record here, None for a new one) -------------
def _text(nilai: Mapping[str, Any], key: str, before: str) -> str:
    return str(nilai[key] or "") if key in nilai else before


def _take(nilai: Mapping[str, Any], key: str, before: Any) -> Any:
    return nilai.get(key, before)


def desa_dari(nilai: Mapping[str, Any], awal: Desa) -> Desa:
    counts = {k: _take(nilai, k, getattr(awal, k)) for k in
              ("jumlah_kk", "jumlah_jiwa", "jumlah_dusun", "jumlah_rw", "jumlah_rt")}
    texts = {k: _text(nilai, k, getattr(awal, k)) for k in
             ("alamat_sekretariat", "telepon", "catatan")}
    return awal.with_changes(**counts, **texts)


def pokja_dari(nilai: Mapping[str, Any], awal: Pokja) -> Pokja:
    """The Pokja fields of a Desa dan Pokja row (members come from their own sheet)."""
    ada = _take(nilai, "sekretariat_ada", None if awal.sekretariat_ada is None
                else ("ya" if awal.sekretariat_ada else "tidak"))
    known = _tatanan_ids()
    tatanan = (tuple(known.get(normal_judul(t), t) for t in nilai["tatanan"])
               if "tatanan" in nilai else awal.tatanan)
    return replace(awal, sk_nomor=_text(nilai, "sk_nomor", awal.sk_nomor),
                   sk_tanggal=_take(nilai, "sk_tanggal", awal.sk_tanggal),
                   sk_penandatangan=_text(nilai, "sk_penandatangan", awal.sk_penandatangan),
                   sekretariat_ada=None if ada is None else ada == "ya", tatanan=tatanan)


def anggota_dari(nilai: Mapping[str, Any], awal: Anggota | None, uuid: str) -> Anggota:
    a = awal or Anggota(nama="")
    return replace(a, nama=_text(nilai, "nama", a.nama),
                   jabatan=Jabatan(_take(nilai, "jabatan", a.jabatan.value)),
                   unsur=_text(nilai, "unsur", a.unsur), telepon=_text(nilai, "telepon", a.telepon),
                   aktif_sejak=_take(nilai, "aktif_sejak", a.aktif_sejak), uuid=uuid)


def laporan_dari(nilai: Mapping[str, Any], awal: LaporanSanitasi | None,
                 uuid: str) -> LaporanSanitasi:
    a = awal or LaporanSanitasi(Periode.parse(nilai["periode"]), 0, {})
    lama = a.lama
    if any(f"lama_{c}" in nilai for c in _OLD):
        counts = [_take(nilai, f"lama_{c}", getattr(a.lama, c) if a.lama else None) for c in _OLD]
        lama = None if all(c is None for c in counts) else TanggaLama(*(c or 0 for c in counts))
    return replace(
        a, periode=Periode.parse(_take(nilai, "periode", str(a.periode))),
        total_kk=_take(nilai, "total_kk", a.total_kk),
        sumber=Sumber(_take(nilai, "sumber", a.sumber.value)),
        tangga={r: _take(nilai, r.value, a.rung(r)) or 0 for r in Rung},
        pilar={p: _take(nilai, p.value, a.pilar_kk(p)) for p in Pilar},
        kk_tiga_pilar=_take(nilai, "kk_tiga_pilar", a.kk_tiga_pilar), lama=lama,
        petugas=_text(nilai, "petugas", a.petugas), catatan=_text(nilai, "catatan", a.catatan),
        uuid=uuid)


def lama_tidak_lengkap(nilai: Mapping[str, Any]) -> list[str]:
    """The old-scale columns left blank in a row that fills some of them."""
    given = [c for c in _OLD if nilai.get(f"lama_{c}") is not None]
    return [f"lama_{c}" for c in _OLD if given and nilai.get(f"lama_{c}") is None]


def odf_dari(nilai: Mapping[str, Any], awal: OdfEvent | None, uuid: str) -> OdfEvent:
    a = awal or OdfEvent(JenisOdf(nilai["jenis"]), nilai["tanggal"])
    tim = (tuple(AnggotaTim(*[*_parts(line), ""][:2]) for line in nilai["tim"])
           if "tim" in nilai else a.tim)
    hasil = _take(nilai, "hasil", a.hasil.value if a.hasil else None)
    return replace(a, jenis=JenisOdf(_take(nilai, "jenis", a.jenis.value)),
                   tanggal=_take(nilai, "tanggal", a.tanggal),
                   fasilitator=_text(nilai, "fasilitator", a.fasilitator), tim=tim,
                   hasil=Hasil(hasil) if hasil else None,
                   nomor_ba=_text(nilai, "nomor_ba", a.nomor_ba),
                   saksi=_text(nilai, "saksi", a.saksi), catatan=_text(nilai, "catatan", a.catatan),
                   uuid=uuid)


def kegiatan_dari(nilai: Mapping[str, Any], awal: Kegiatan | None, uuid: str) -> Kegiatan:
    """A session's own fields from its row (participants and RTL are joined by `rakit_sesi`).

    Raises InvalidKode for a wilayah code that cannot be read (checked before)."""
    if awal is None:
        mulai = nilai["tanggal_mulai"]
        awal = Kegiatan(jenis=nilai["jenis"], judul="", mulai=mulai, selesai=mulai,
                        wilayah=KodeWilayah.parse(nilai["wilayah_kode"]),
                        batas_lulus=acuan_kegiatan().batas_lulus)
    speakers = (tuple(_narasumber(line) for line in nilai["narasumber"])
                if "narasumber" in nilai else awal.narasumber)
    mulai = _take(nilai, "tanggal_mulai", awal.mulai)
    return awal.with_changes(
        jenis=_take(nilai, "jenis", awal.jenis), judul=_text(nilai, "judul", awal.judul),
        mulai=mulai, selesai=_take(nilai, "tanggal_selesai", awal.selesai) or mulai,
        wilayah=KodeWilayah.parse(nilai["wilayah_kode"]) if "wilayah_kode" in nilai
        else awal.wilayah,
        tempat=_text(nilai, "tempat", awal.tempat),
        penyelenggara=_text(nilai, "penyelenggara", awal.penyelenggara),
        materi=tuple(_take(nilai, "materi", awal.materi)), narasumber=speakers,
        batas_lulus=float(_take(nilai, "batas_lulus", awal.batas_lulus)),
        notulen=_text(nilai, "notulen", awal.notulen), catatan=_text(nilai, "catatan", awal.catatan),
        uuid=uuid)


def _narasumber(line: str) -> Narasumber:
    parts = [*_parts(line), "", "", ""]
    return Narasumber(parts[0], parts[1], _asal(parts[2]), " | ".join(p for p in parts[3:] if p))


def peserta_dari(nilai: Mapping[str, Any], awal: Peserta | None, uuid: str) -> Peserta:
    a = awal or Peserta(nama="")
    gender = _take(nilai, "jenis_kelamin", a.jenis_kelamin.value if a.jenis_kelamin else None)
    hadir = hari_hadir(str(nilai["hadir"] or "")) or () if "hadir" in nilai else a.hadir
    return a.with_changes(
        nama=_text(nilai, "nama", a.nama), jenis_kelamin=JenisKelamin(gender) if gender else None,
        jabatan=_text(nilai, "jabatan", a.jabatan), instansi=_text(nilai, "instansi", a.instansi),
        kategori=str(_take(nilai, "kategori", a.kategori) or ""),
        desa_kode=_text(nilai, "desa_kode", a.desa_kode),
        desa_nama=_text(nilai, "desa_nama", a.desa_nama),
        telepon=_text(nilai, "telepon", a.telepon), hadir=hadir, uuid=uuid)


def nilai_dari(nilai: Mapping[str, Any], awal: Peserta) -> Peserta:
    """A participant with the scores of a Pre-Post row (nothing else of that row is written)."""
    return awal.with_changes(pre=_take(nilai, "pre", awal.pre), post=_take(nilai, "post", awal.post))


def rtl_dari(nilai: Mapping[str, Any], awal: Rtl | None, uuid: str) -> Rtl:
    a = awal or Rtl(kegiatan="")
    return a.with_changes(
        kegiatan=_text(nilai, "kegiatan", a.kegiatan), tujuan=_text(nilai, "tujuan", a.tujuan),
        sasaran=_text(nilai, "sasaran", a.sasaran), waktu=_take(nilai, "waktu", a.waktu),
        tempat=_text(nilai, "tempat", a.tempat),
        penanggung_jawab=_text(nilai, "penanggung_jawab", a.penanggung_jawab),
        sumber_dana=_text(nilai, "sumber_dana", a.sumber_dana),
        indikator=_text(nilai, "indikator", a.indikator),
        status=StatusRtl(_take(nilai, "status", a.status.value)),
        catatan=_text(nilai, "catatan", a.catatan), uuid=uuid)


def jawaban_dari(nilai: Mapping[str, Any], awal: Jawaban | None) -> Jawaban:
    a = awal or Jawaban(NilaiJawaban(nilai["nilai"]))
    return replace(a, nilai=NilaiJawaban(_take(nilai, "nilai", a.nilai.value)),
                   nomor=_text(nilai, "nomor", a.nomor), tanggal=_take(nilai, "tanggal", a.tanggal),
                   catatan=_text(nilai, "catatan", a.catatan), oleh=_text(nilai, "oleh", a.oleh))


# --- whole records from the pieces a file brings -----------------------------------------------
@dataclass(frozen=True)
class Bagian:
    """One child row to join into its parent: the record key and its values."""

    uuid: str
    nilai: Mapping[str, Any]


def _gabung(items: Sequence[Any], bagian: Iterable[Bagian],
            make: Callable[[Mapping[str, Any], Any, str], Any]) -> list[Any]:
    """Children here updated by the file's rows with the same key, new ones appended; a child
    the file does not carry stays as it is (an import never deletes)."""
    result = list(items)
    where = {item.uuid: n for n, item in enumerate(result)}
    for part in bagian:
        if part.uuid in where:
            result[where[part.uuid]] = make(part.nilai, result[where[part.uuid]], part.uuid)
        else:
            where[part.uuid] = len(result)
            result.append(make(part.nilai, None, part.uuid))
    return result


def rakit_pokja(awal: Pokja, desa_nilai: Mapping[str, Any] | None,
                anggota: Iterable[Bagian]) -> Pokja:
    """The Pokja as it becomes: its fields from the Desa dan Pokja row, its members merged."""
    pokja = pokja_dari(desa_nilai, awal) if desa_nilai is not None else awal
    return replace(pokja, anggota=tuple(_gabung(pokja.anggota, anggota, anggota_dari)))


def rakit_sesi(awal: Kegiatan, peserta: Iterable[Bagian], nilai: Iterable[Bagian],
               rtl: Iterable[Bagian]) -> Kegiatan:
    """A session as it becomes: participants and RTL merged, then the Pre-Post scores set on
    the participants they name."""
    people = _gabung(awal.peserta, peserta, peserta_dari)
    where = {p.uuid: n for n, p in enumerate(people)}
    for part in nilai:
        if part.uuid in where:
            people[where[part.uuid]] = nilai_dari(part.nilai, people[where[part.uuid]])
    return awal.with_changes(peserta=tuple(people), rtl=tuple(_gabung(awal.rtl, rtl, rtl_dari)))
