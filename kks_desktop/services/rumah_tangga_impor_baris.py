"""One sheet of a household (KK) workbook: its columns mapped to the register, its rows made households."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from kks_desktop.domain.impor_baris import Letak, MasalahImpor, column_letter
from kks_desktop.domain.lembar import JenisKolom, Kolom
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.domain.rumah_tangga_aturan import PANJANG_NO_KK, rapikan_no_kk, validate_rumah_tangga
from kks_desktop.domain.sel import baca_sel
from kks_desktop.services import rumah_tangga_sinonim as sn

_TEKS = ("dusun", "rt", "rw", "nama_kepala", "alamat", "petugas")
_POSISI = {k: i for i, k in enumerate(KUNCI_PERTANYAAN)}
_P1 = ("p1_bab_jamban", "p1_milik_sendiri", "p1_leher_angsa")
KOLOM_DESA = ("kode_desa", "nama_desa", sn.KECAMATAN)
_KELOMPOK = (sn.TANDA_PEMBUANGAN, sn.WAKTU_KRITIS, sn.SUMBER_AIR, sn.PANGAN)
_DARI_KELOMPOK = {sn.TANDA_PEMBUANGAN: "pembuangan", sn.WAKTU_KRITIS: "p2_waktu_kritis",
                  sn.SUMBER_AIR: "p3_sumber_layak", sn.PANGAN: "p3_pangan_aman"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_KOLOM_JIWA = Kolom("jumlah_jiwa", "", JenisKolom.BULAT)
_KOLOM_TANGGAL = Kolom("tanggal", "", JenisKolom.TANGGAL)
_GAGAL = object()  # a value that could not be read
Tempat = tuple[str | None, str | None]  # the header and letter of a column, when known


@dataclass(frozen=True)
class KolomBaca:
    """A column of the file that is read: its target, position (0-based), header and letter."""

    sasaran: sn.Sasaran
    indeks: int
    judul: str
    huruf: str


@dataclass(frozen=True)
class KolomDiabaikan:
    """A column of the file that maps to nothing in the register (or repeats one that does)."""

    lembar: str
    judul: str
    huruf: str


@dataclass
class LembarKK:
    """A sheet read as part of the register: where its header is and what its columns carry.
    `isian` names the register fields the sheet speaks for (its columns); `akses`: pillar 1
    comes from a rung written as a word."""

    nama: str
    baris_header: int
    kolom: list[KolomBaca]
    isian: frozenset[str]
    akses: bool = False
    punya_desa: bool = False


# A household row kept from the dry run to the commit: an exact tuple of plain values (text,
# numbers, dates, the answers as a tuple, the outlet's key), which Python's cycle collector
# stops tracking. 300k objects it tracked would be scanned again at every full collection,
# each scan holding the interpreter lock and stalling the window for a second.
BarisKK = tuple[Any, ...]
LEMBAR, NOMOR, SALAH, DESA, KECAMATAN = range(5)  # sheet index, Excel row, has an error, desa
# cell (column key, value) or None, kecamatan; then the household's fields, in this order:
_ISI = ("nama_kepala", "no_kk", "dusun", "rt", "rw", "alamat", "jumlah_jiwa", "tanggal",
        "petugas", "jawaban", "pembuangan", "uuid")
NAMA, NO_KK, _DUSUN, RT, RW, _ALAMAT, _JIWA, _TANGGAL, _PETUGAS, _JAWABAN, _OUTLET, UUID = (
    range(5, 5 + len(_ISI)))
_OUTLETS = {p.value: p for p in Pembuangan}


def baris_kk(lembar: int, nomor: int, salah: bool, desa: tuple[str, object] | None,
             kecamatan: str, rt: RumahTangga) -> BarisKK:
    """One row as kept: where it is, whether it has an error, its desa cells, the household."""
    outlet = rt.pembuangan
    return (lembar, nomor, salah, desa, kecamatan, rt.nama_kepala, rt.no_kk, rt.dusun, rt.rt,
            rt.rw, rt.alamat, rt.jumlah_jiwa, rt.tanggal, rt.petugas, rt.jawaban,
            outlet.value if outlet is not None else None, rt.uuid)


def rumah_tangga(b: BarisKK) -> RumahTangga:
    """The household a kept row holds."""
    return RumahTangga(
        nama_kepala=b[NAMA], no_kk=b[NO_KK], dusun=b[_DUSUN], rt=b[RT], rw=b[RW],
        alamat=b[_ALAMAT], jumlah_jiwa=b[_JIWA], tanggal=b[_TANGGAL], petugas=b[_PETUGAS],
        jawaban=b[_JAWABAN], pembuangan=_OUTLETS.get(b[_OUTLET]), uuid=b[UUID])


def petakan(nama: str, header: Sequence[object], targets: Sequence[sn.Sasaran | None],
            offset: int) -> tuple[list[KolomBaca], list[KolomDiabaikan]]:
    """The columns of a header row that are read, and those that are not: unknown, a repeat of
    a column already read, or a typed rung beside the answers it would stand for (the answers
    win). Columns the program computes are neither."""
    columns: list[KolomBaca] = []
    ignored: list[KolomDiabaikan] = []
    taken: set[str] = set()
    for i, (judul, target) in enumerate(zip(header, targets, strict=False)):
        letter = column_letter(offset + i)
        text = str(judul).strip() if judul is not None else ""
        if target is None or (target.kunci in taken and target.kunci not in _KELOMPOK):
            if text:
                ignored.append(KolomDiabaikan(nama, text, letter))
        elif target.kunci != sn.TURUNAN:
            taken.add(target.kunci)
            columns.append(KolomBaca(target, i, text, letter))
    if sn.AKSES in taken and taken & {*_P1, "pembuangan", sn.TANDA_PEMBUANGAN}:
        akses = next(k for k in columns if k.sasaran.kunci == sn.AKSES)
        columns.remove(akses)
        ignored.append(KolomDiabaikan(nama, akses.judul, akses.huruf))
    return columns, ignored


class PembacaBaris:
    """Turns the rows of one sheet into households, each problem at its sheet, row and column.
    Kept lean: a register of 300k rows passes through `baca` once per row."""

    def __init__(self, lembar: LembarKK, nomor_lembar: int, day: dt.date,
                 masalah: list[MasalahImpor], baris: list[BarisKK]) -> None:
        self.lembar, self.nomor_lembar, self.day = lembar, nomor_lembar, day
        self.masalah, self.baris = masalah, baris
        by = {k.sasaran.kunci: k for k in lembar.kolom}
        self.letak: dict[str, Tempat] = {key: (k.judul, k.huruf) for key, k in by.items()}
        for key in ("rt", "rw"):
            if sn.RT_RW in by:
                self.letak.setdefault(key, self.letak[sn.RT_RW])
        # Each row gets one blank cell at its end: an absent column reads that one (index -1).
        self.i = {key: by[key].indeks if key in by else -1
                  for key in (*_TEKS, "no_kk", "jumlah_jiwa", "tanggal", "uuid", "pembuangan",
                              sn.RT_RW, sn.AKSES, sn.KECAMATAN)}
        self.teks = itemgetter(*(self.i[k] for k in _TEKS))
        self.tanya = itemgetter(*(by[k].indeks if k in by else -1 for k in KUNCI_PERTANYAAN))
        self.tanya_kolom = {_POSISI[k]: by[k] for k in KUNCI_PERTANYAAN if k in by}
        self.kelompok = {g: [k for k in lembar.kolom if k.sasaran.kunci == g] for g in _KELOMPOK}
        self.kelompok = {g: cols for g, cols in self.kelompok.items() if cols}
        self.desa_i = [(key, by[key].indeks) for key in ("kode_desa", "nama_desa") if key in by]
        self.isi = [k.indeks for k in lembar.kolom if k.sasaran.kunci not in KOLOM_DESA]
        self.width = 1 + max((k.indeks for k in lembar.kolom), default=0)
        self.cache: dict[object, object] = {}
        self.no_kk_angka: list[int] = []

    @staticmethod
    def isian(kolom: Sequence[KolomBaca]) -> frozenset[str]:
        """The register fields a sheet with these columns speaks for."""
        keys = {k.sasaran.kunci for k in kolom}
        found = keys - {*KOLOM_DESA, sn.RT_RW, sn.AKSES, *_KELOMPOK, "uuid"}
        found |= {"rt", "rw"} if sn.RT_RW in keys else set()
        found |= {_DARI_KELOMPOK[g] for g in _KELOMPOK if g in keys}
        return frozenset(found | ({*_P1, "pembuangan"} if sn.AKSES in keys else set()))

    def baca(self, row: list[object], nomor: int) -> None:
        """Read one row (a list of the sheet's cells) as the household of Excel row `nomor`."""
        if len(row) < self.width:
            row.extend([""] * (self.width - len(row)))
        for c in self.isi:
            v = row[c]
            if v != "" and v is not None and not (type(v) is str and v.isspace()):
                break
        else:
            return  # a blank row (or one with only its desa filled in beforehand)
        row.append("")
        found: list[tuple[Tempat, Problem]] = []
        keep = self.cache.setdefault
        dusun, rt, rw, nama, alamat, petugas = [
            v.strip() if type(v) is str else _teks(v) for v in self.teks(row)]
        same = self.satu
        dusun, rt, rw, petugas = same(dusun), same(rt), same(rw), same(petugas)
        i = self.i
        if i[sn.RT_RW] >= 0:
            rt, rw = self._rt_rw(row[i[sn.RT_RW]], found)
        v = row[i["no_kk"]]
        no_kk = (v if v.isdecimal() else rapikan_no_kk(v)) if type(v) is str else self._no_kk(
            v, nomor, found)
        v = row[i["jumlah_jiwa"]]
        jiwa = int(v) if type(v) is float and v.is_integer() else self._sel(
            v, _KOLOM_JIWA, found)
        v = row[i["tanggal"]]
        tanggal = v if type(v) is dt.date else self._sel(v, _KOLOM_TANGGAL, found)
        v = row[i["uuid"]]
        household = RumahTangga(
            nama_kepala=nama, no_kk=no_kk, dusun=dusun, rt=rt, rw=rw, alamat=alamat,
            jumlah_jiwa=jiwa, tanggal=tanggal, petugas=petugas, jawaban=self._jawaban(row, found),
            pembuangan=self._pembuangan(row, found), uuid="" if v == "" else self._uuid(v, found))
        if self.kelompok or i[sn.AKSES] >= 0:
            household = self._gabungan(row, household, found)
        problems = validate_rumah_tangga(household, self.day)
        if problems:
            found += [(self.letak.get(p.field, (None, None)), p) for p in problems]
        salah = False
        for (judul, huruf), problem in found:
            self.masalah.append(MasalahImpor(Letak(self.lembar.nama, nomor, judul, huruf), problem))
            salah = salah or problem.is_error
        desa = None
        for key, c in self.desa_i:
            v = row[c]
            if v != "" and v is not None:
                desa = keep((key, v), (key, v))
                break
        kecamatan = _teks(row[i[sn.KECAMATAN]])
        self.baris.append(baris_kk(self.nomor_lembar, nomor, salah, desa,  # type: ignore[arg-type]
                                   self.satu(kecamatan), household))

    def satu(self, text: str) -> str:
        """One object for a text many rows repeat (RT, dusun): 300k rows stay small."""
        return self.cache.setdefault(text, text)  # type: ignore[return-value]

    def _sel(self, value: object, kolom: Kolom, found: list[tuple[Tempat, Problem]]) -> Any:
        """A whole number or a date typed some other way (text, a serial); None for blank."""
        if value == "" or value is None:
            return None
        got, problem = baca_sel(kolom, value)
        if problem is not None:
            found.append((self.letak.get(kolom.kunci, (None, None)), problem))
        return got

    def _pilih(self, value: object, reader: Callable[[object], object]) -> object:
        """`reader(value)` through the cache; _GAGAL when the value cannot be read."""
        key = (reader, value)
        got = self.cache.get(key, _GAGAL)
        if got is _GAGAL:
            try:
                got = reader(value)
            except ValueError:
                got = _GAGAL
            self.cache[key] = _GAGAL if got is _GAGAL else got
        return got

    def _jawaban(self, row: list[object], found: list[tuple[Tempat, Problem]]
                 ) -> tuple[bool | None, ...]:
        answers = [sn.JAWABAN.get(v, _GAGAL) for v in self.tanya(row)]
        if _GAGAL in answers:
            for position, value in enumerate(answers):
                if value is _GAGAL:
                    kolom = self.tanya_kolom[position]
                    got = self._pilih(row[kolom.indeks], sn.jawaban_sel)
                    if got is _GAGAL:
                        found.append(_bukan_pilihan(kolom, row[kolom.indeks], sn.PILIHAN_JAWABAN))
                        got = None
                    answers[position] = got
        key = tuple(answers)
        return self.cache.setdefault(key, key)  # type: ignore[return-value]

    def _pembuangan(self, row: list[object], found: list[tuple[Tempat, Problem]]
                    ) -> Pembuangan | None:
        value = row[self.i["pembuangan"]]
        if value == "":
            return None
        got = self._pilih(value, sn.pembuangan_teks)
        if got is _GAGAL:
            found.append(_bukan_pilihan(self._kolom("pembuangan"), value, sn.PILIHAN_PEMBUANGAN))
            return None
        return got  # type: ignore[return-value]

    def _kolom(self, key: str) -> KolomBaca:
        return next(k for k in self.lembar.kolom if k.sasaran.kunci == key)

    def _gabungan(self, row: list[object], rt: RumahTangga,
                  found: list[tuple[Tempat, Problem]]) -> RumahTangga:
        """The form's composite questions (one column per outlet, the critical times, the water
        sources, the food items), and a rung typed as a word, folded into the household."""
        answers: dict[str, bool | None] = {}
        outlet = rt.pembuangan
        read: dict[str, list[tuple[KolomBaca, bool | None]]] = {}
        for group, columns in self.kelompok.items():
            for kolom in columns:
                got = self._pilih(row[kolom.indeks], sn.jawaban_sel)
                if got is _GAGAL:
                    found.append(_bukan_pilihan(kolom, row[kolom.indeks], sn.PILIHAN_JAWABAN))
                    got = None
                read.setdefault(group, []).append((kolom, got))  # type: ignore[arg-type]
        if sn.TANDA_PEMBUANGAN in read:
            marks = read[sn.TANDA_PEMBUANGAN]
            try:
                outlet = sn.pembuangan_tanda([(k.sasaran.bagian, j)  # type: ignore[misc]
                                              for k, j in marks])
            except ValueError:
                first = next(k for k, j in marks if j)
                found.append(((first.judul, first.huruf), Problem.error(
                    "pembuangan", "kk_pembuangan_ganda",
                    kolom=", ".join(k.judul[:30] for k, j in marks if j))))
        if sn.WAKTU_KRITIS in read:
            answers["p2_waktu_kritis"] = sn.tahu_waktu_kritis([j for _, j in read[sn.WAKTU_KRITIS]])
        if sn.SUMBER_AIR in read:
            sources = read[sn.SUMBER_AIR]
            answers["p3_sumber_layak"] = sn.sumber_layak(
                [j for k, j in sources if k.sasaran.bagian],
                [j for k, j in sources if not k.sasaran.bagian])
        if sn.PANGAN in read:
            answers["p3_pangan_aman"] = sn.semua_ya([j for _, j in read[sn.PANGAN]])
        if self.i[sn.AKSES] >= 0:
            value = row[self.i[sn.AKSES]]
            rung = self._pilih(value, sn.tangga_teks)
            if rung is _GAGAL:
                found.append(_bukan_pilihan(self._kolom(sn.AKSES), value, sn.PILIHAN_TANGGA))
            elif rung is not None:
                given, outlet = sn.JAWABAN_TANGGA[rung]  # type: ignore[index]
                answers.update(given)
        rt = rt.with_jawaban(**answers).with_changes(pembuangan=outlet)
        return rt.with_changes(jawaban=self.cache.setdefault(rt.jawaban, rt.jawaban))

    def _rt_rw(self, value: object, found: list[tuple[Tempat, Problem]]) -> tuple[str, str]:
        got = self._pilih(_teks(value), _rt_rw)
        if got is _GAGAL:
            found.append((self.letak[sn.RT_RW], Problem.error("rt", "kk_rt_rw", teks=_teks(value))))
            return "", ""
        return got  # type: ignore[return-value]

    def _no_kk(self, value: object, nomor: int, found: list[tuple[Tempat, Problem]]) -> str:
        """A No. KK that is not text. Excel keeps 15 significant digits of a number: a 16-digit
        No. KK typed into a cell not formatted as Teks has lost its last digit."""
        if isinstance(value, float | int) and not isinstance(value, bool):
            number = float(value)
            text = str(int(number)) if number.is_integer() and number >= 0 else str(value)
            if len(text) == PANJANG_NO_KK and text.isdigit():
                self.no_kk_angka.append(nomor)
                return text
            found.append((self.letak["no_kk"], Problem.error("no_kk", "kk_no_kk_angka_rusak",
                                                             teks=text)))
            return ""
        return rapikan_no_kk(_teks(value))

    def _uuid(self, value: object, found: list[tuple[Tempat, Problem]]) -> str:
        text = _teks(value).lower()
        if text and not _UUID.fullmatch(text):
            found.append((self.letak["uuid"], Problem.error("uuid", "kk_id_salah", teks=text[:40])))
            return ""
        return text

    def ringkas(self) -> list[MasalahImpor]:
        """Findings said once for the sheet: No. KK stored as numbers."""
        if not self.no_kk_angka:
            return []
        judul, huruf = self.letak["no_kk"]
        rows = self.no_kk_angka
        return [MasalahImpor(Letak(self.lembar.nama, rows[0], judul, huruf), Problem.warning(
            "no_kk", "kk_no_kk_angka", jumlah=len(rows),
            contoh=", ".join(str(r) for r in rows[:5]) + (", …" if len(rows) > 5 else "")))]


def _teks(value: object) -> str:
    """A cell as text: a whole number without ".0", a date as DD/MM/YYYY."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _bukan_pilihan(kolom: KolomBaca, value: object, pilihan: str) -> tuple[Tempat, Problem]:
    text = str(value).strip()
    return (kolom.judul, kolom.huruf), Problem.error(
        kolom.sasaran.kunci, "sel_bukan_pilihan", teks=text if len(text) <= 40 else text[:39] + "…",
        pilihan=pilihan)


def _rt_rw(text: object) -> tuple[str, str]:
    """"001/002" (or "001-002", "1 2") as RT and RW; blank as none. Raises ValueError otherwise."""
    if not text:
        return "", ""
    parts = [p for p in re.split(r"\s*[/\\-]\s*|\s+", str(text)) if p]
    if len(parts) != 2:
        raise ValueError(text)
    return parts[0], parts[1]
