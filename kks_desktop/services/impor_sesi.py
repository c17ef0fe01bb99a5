"""Sessions of a received workbook: Kegiatan rows matched here, and their participants, scores and RTL."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kks_desktop.domain.errors import InvalidKode, UnknownWilayah
from kks_desktop.domain.impor_baris import BarisMasuk
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kegiatan_rules import validate_kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.peserta import kunci_instansi, kunci_nama
from kks_desktop.domain.problems import Problem
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services import wilayah
from kks_desktop.services.impor_baris_domain import (
    Bagian,
    Sheet,
    kegiatan_dari,
    rakit_sesi,
    rapikan,
    tandai,
)
from kks_desktop.services.impor_cocok import Pencocok, Rekaman, nama_kunci
from kks_desktop.services.reference import acuan_kegiatan


@dataclass
class SesiBerkas:
    """A session the file names on its Kegiatan sheet."""

    kunci: str
    baris: BarisMasuk
    rekaman: Rekaman | None = None


@dataclass
class PencocokSesi:
    """Checks the Kegiatan, Peserta, Pre-Post and RTL sheets on top of a `Pencocok`."""

    p: Pencocok
    berkas: dict[str, SesiBerkas] = field(default_factory=dict)
    _uuid_berkas: dict[str, str] = field(default_factory=dict)
    _judul: dict[tuple[str, dt.date], str] = field(default_factory=dict)
    _judul_sini: dict[tuple[str, dt.date], str] = field(default_factory=dict)
    # (session, uuid in the file or record key) -> participant record key; and by name
    _peserta: dict[tuple[str, str], str] = field(default_factory=dict)
    _peserta_nama: dict[tuple[str, str], str] = field(default_factory=dict)
    _anak: dict[str, dict[str, list[Rekaman]]] = field(default_factory=dict)
    # participants whose Peserta row has errors, by (session, uuid or name)
    _ditolak: dict[tuple[str, str], tuple[Sheet, BarisMasuk]] = field(default_factory=dict)

    def periksa(self) -> None:
        for uuid, k in sorted(self.p.sini.sesi.items(), key=lambda s: s[1].mulai):
            self._judul_sini.setdefault((nama_kunci(k.judul), k.mulai), uuid)
        self._kegiatan()
        self._peserta_rows()
        self._prepost_rows()
        self._rtl_rows()
        for kunci in sorted({*self.berkas, *self._anak}):
            self._validasi(kunci)

    def induk(self, rec: Rekaman) -> BarisMasuk | None:
        """The Kegiatan row a child row needs: only for a session that is not here yet."""
        if rec.sheet.nama not in (ld.SHEET_PESERTA, ld.SHEET_PREPOST, ld.SHEET_RTL):
            return None
        if rec.induk in self.p.sini.sesi or rec.induk not in self.berkas:
            return None
        return self.berkas[rec.induk].baris

    # --- Kegiatan -----------------------------------------------------------------------------
    def _kegiatan(self) -> None:
        sheet = self.p.sheets.get(ld.SHEET_KEGIATAN)
        here: dict[str, Hashable] = {u: (nama_kunci(k.judul), k.mulai, str(k.wilayah))
                                     for u, k in self.p.sini.sesi.items()}
        for baris in self.p.rows(ld.SHEET_KEGIATAN):
            assert sheet is not None
            rapikan(sheet, baris)
            kode = self.p.kode(sheet, baris, "wilayah_kode")
            if kode is not None:
                self._wilayah_sah(sheet, baris, kode)
            judul, mulai = baris.nilai.get("judul"), baris.nilai.get("tanggal_mulai")
            if kode is None or not judul or not isinstance(mulai, dt.date):
                continue
            alami = (nama_kunci(judul), mulai, str(kode))
            uuid = baris.nilai.get("uuid", "")
            kunci, ada = self.p.cocok("kegiatan", uuid, alami, here)
            if (self.p.duplikat(sheet, baris, kunci, "kegiatan yang sama")
                    or self.p.duplikat(sheet, baris, alami, "judul, tanggal dan wilayah sama",
                                       not uuid)):
                continue
            found = self.berkas[kunci] = SesiBerkas(kunci, baris)
            if uuid:
                self._uuid_berkas[uuid] = kunci
            self._judul.setdefault((nama_kunci(judul), mulai), kunci)
            if baris.ok:
                found.rekaman = self.p.tambah(sheet, baris, kunci, "", ada,
                                              f"{judul}, {mulai:%d/%m/%Y}")

    def _wilayah_sah(self, sheet: Sheet, baris: BarisMasuk, kode: KodeWilayah) -> None:
        text = str(kode)
        if kode.level is Level.DESA:
            if text not in self.p.sini.desa and text not in self.p.desa_berkas:
                tandai(sheet, baris, Problem.error("wilayah_kode", "desa_tidak_dikenal",
                                                   kode=text), "wilayah_kode")
            return
        try:
            wilayah.region(kode)
        except UnknownWilayah:
            tandai(sheet, baris, Problem.error("wilayah_kode", "kode_tidak_dikenal", kode=text),
                   "wilayah_kode")
            return
        if not self.p.in_scope(kode):
            tandai(sheet, baris, Problem.error("wilayah_kode", "wilayah_luar", kode=text,
                                               lingkup=self.p.lingkup()), "wilayah_kode")

    def _sesi_ref(self, sheet: Sheet, baris: BarisMasuk) -> str | None:
        """The session a child row belongs to: by its uuid, else by title and date, on the
        Kegiatan sheet first and then here."""
        uuid = baris.nilai.get("kegiatan_uuid", "")
        if uuid in self._uuid_berkas:
            return self._uuid_berkas[uuid]
        if uuid and uuid in self.p.sini.sesi:
            return str(uuid)
        judul, tanggal = baris.nilai.get("kegiatan_judul"), baris.nilai.get("kegiatan_tanggal")
        if not judul or not isinstance(tanggal, dt.date):
            return None
        key = (nama_kunci(judul), tanggal)
        found = self._judul.get(key) or self._judul_sini.get(key)
        if found is None:
            tandai(sheet, baris, Problem.error("kegiatan_judul", "kegiatan_tidak_dikenal",
                                               judul=judul, tanggal=f"{tanggal:%d/%m/%Y}"),
                   "kegiatan_judul")
        return found

    def _child(self, sheet: Sheet, baris: BarisMasuk) -> str | None:
        rapikan(sheet, baris)
        sesi = self._sesi_ref(sheet, baris)
        if sesi is not None and not baris.ok and sheet.nama == ld.SHEET_PESERTA:
            for key in (baris.nilai.get("uuid"), kunci_nama(baris.nilai.get("nama") or "")):
                if key:
                    self._ditolak.setdefault((sesi, key), (sheet, baris))
        return sesi if sesi is not None and baris.ok else None

    def _add(self, sheet: Sheet, baris: BarisMasuk, kunci: str, sesi: str, ada: bool,
             what: str) -> Rekaman:
        judul, when = baris.nilai["kegiatan_judul"], baris.nilai["kegiatan_tanggal"]
        own, here = self.berkas.get(sesi), self.p.sini.sesi.get(sesi)
        if own is not None:  # the session as its own row names it
            judul, when = own.baris.nilai["judul"], own.baris.nilai["tanggal_mulai"]
        elif here is not None:
            judul, when = here.judul, here.mulai
        rec = self.p.tambah(sheet, baris, kunci, sesi, ada, f"{what} ({judul}, {when:%d/%m/%Y})")
        self._anak.setdefault(sesi, {}).setdefault(sheet.nama, []).append(rec)
        return rec

    # --- Peserta, Pre-Post, RTL ---------------------------------------------------------------
    def _peserta_rows(self) -> None:
        for sesi, baris, kunci in self._matched(ld.SHEET_PESERTA, "kegiatan_peserta", "nama",
                                                _orang, _orang, lambda k: k.peserta, _sama_orang):
            self._peserta[sesi, baris.nilai.get("uuid") or kunci] = self._peserta[sesi, kunci] = kunci
            self._peserta_nama.setdefault((sesi, kunci_nama(baris.nilai["nama"])), kunci)

    def _matched(self, nama: str, tabel: str, label: str,
                 alami_row: Callable[[Mapping[str, Any]], Hashable],
                 alami_item: Callable[[Any], Hashable], items: Callable[[Kegiatan], Sequence[Any]],
                 sama: Callable[[Hashable, Hashable], bool] = operator.eq,
                 ) -> Iterator[tuple[str, BarisMasuk, str]]:
        """Match a child sheet's rows (participants, RTL) by uuid, else by their natural key
        within their session; each matched row's record added. Yields (session, row, key)."""
        sheet = self.p.sheets.get(nama)
        for baris in self.p.rows(nama):
            assert sheet is not None
            sesi = self._child(sheet, baris)
            if sesi is None:
                continue
            here_k = self.p.sini.kegiatan(sesi)
            here = {x.uuid: alami_item(x) for x in (items(here_k) if here_k else ())}
            alami, uuid = alami_row(baris.nilai), baris.nilai.get("uuid", "")
            kunci, ada = self.p.cocok(tabel, uuid, alami, here, sama)
            if (self.p.duplikat(sheet, baris, (sesi, kunci), "catatan yang sama")
                    or self.p.duplikat(sheet, baris, (sesi, alami),
                                       f"{sheet.lembar.kolom_of(label).judul} sama", not uuid)):
                continue
            self._add(sheet, baris, kunci, sesi, ada, baris.nilai[label])
            yield sesi, baris, kunci

    def _prepost_rows(self) -> None:
        sheet = self.p.sheets.get(ld.SHEET_PREPOST)
        for baris in self.p.rows(ld.SHEET_PREPOST):
            assert sheet is not None
            sesi = self._child(sheet, baris)
            if sesi is None:
                continue
            here_k = self.p.sini.kegiatan(sesi)
            people = here_k.peserta if here_k else ()
            uuid, nama = baris.nilai.get("uuid", ""), kunci_nama(baris.nilai["nama"])
            if uuid:  # the participant it names: on the Peserta sheet, or here
                kunci = self._peserta.get((sesi, uuid)) or next(
                    (x.uuid for x in people if x.uuid == uuid), None)
            else:  # a filled template: by name
                kunci = self._peserta_nama.get((sesi, nama)) or next(
                    (x.uuid for x in people if kunci_nama(x.nama) == nama), None)
            rejected = self._ditolak.get((sesi, uuid)) or self._ditolak.get((sesi, nama))
            if kunci is None and rejected is not None:  # left out with the participant's row
                rec = self._add(sheet, baris, uuid or self.p.cocok(
                    "kegiatan_peserta", "", object(), {})[0], sesi, False, baris.nilai["nama"])
                rec.bergantung = (rejected[0].judul, rejected[1].nomor)
                continue
            if kunci is None:
                tandai(sheet, baris, Problem.error("nama", "peserta_tidak_dikenal",
                                                   nama=baris.nilai["nama"]), "nama")
                continue
            if self.p.duplikat(sheet, baris, (sesi, kunci), "peserta yang sama"):
                continue
            self._add(sheet, baris, kunci, sesi, any(x.uuid == kunci for x in people),
                      baris.nilai["nama"])

    def _rtl_rows(self) -> None:
        for _ in self._matched(ld.SHEET_RTL, "kegiatan_rtl", "kegiatan",
                               lambda n: nama_kunci(n["kegiatan"]),
                               lambda r: nama_kunci(r.kegiatan), lambda k: k.rtl):
            pass

    # --- a session checked whole, as it would be stored ---------------------------------------
    def _validasi(self, kunci: str) -> None:
        here = self.p.sini.kegiatan(kunci)
        own = self.berkas.get(kunci)
        awal: Kegiatan | None = here
        if own is not None and own.baris.ok:
            try:
                awal = kegiatan_dari(own.baris.nilai, here, kunci)
            except InvalidKode:
                return
        if awal is None:
            return  # a new session whose row has errors: its rows are left out with it
        anak = self._anak.get(kunci, {})
        recs = {n: anak.get(n, []) for n in (ld.SHEET_PESERTA, ld.SHEET_PREPOST, ld.SHEET_RTL)}
        sesi = rakit_sesi(awal, *([Bagian(r.kunci, r.baris.nilai) for r in recs[n]]
                                  for n in (ld.SHEET_PESERTA, ld.SHEET_PREPOST, ld.SHEET_RTL)))
        acuan = acuan_kegiatan()
        people = {r.kunci: r for r in recs[ld.SHEET_PESERTA]}
        scores = {r.kunci: r for r in recs[ld.SHEET_PREPOST]}
        plans = {r.kunci: r for r in recs[ld.SHEET_RTL]}
        for problem in validate_kegiatan(sesi, acuan.jenis_ids, acuan.kategori_ids):
            row = problem.param("row")
            plain = Problem(problem.field, problem.code, problem.severity,
                            tuple(p for p in problem.params if p[0] != "row"))
            target: Rekaman | None
            if problem.field == "peserta":
                self._same_person(sesi, problem, people)
                continue
            if problem.field.startswith("peserta.") and isinstance(row, int):
                uid = sesi.peserta[row - 1].uuid
                target = (scores.get(uid) or people.get(uid) if problem.field in (
                    "peserta.pre", "peserta.post") else people.get(uid))
            elif problem.field.startswith("rtl.") and isinstance(row, int):
                target = plans.get(sesi.rtl[row - 1].uuid)
            else:
                target = own.rekaman if own is not None else None
            if target is not None:
                tandai(target.sheet, target.baris, plain)

    def _same_person(self, sesi: Kegiatan, problem: Problem,
                     people: dict[str, Rekaman]) -> None:
        indices = [int(n) - 1 for n in str(problem.param("rows")).split(",")]
        recs = [people[sesi.peserta[i].uuid] for i in indices if sesi.peserta[i].uuid in people]
        if not recs:
            return
        rows = ", ".join(str(r.baris.nomor) for r in recs)
        if len(recs) < len(indices):
            rows += " dan peserta yang sudah ada"
        tandai(recs[-1].sheet, recs[-1].baris,
               Problem.warning("peserta", "same_person", nama=problem.param("nama"), rows=rows))


def _orang(person: Any) -> Hashable:
    """A participant compared by name, institution and desa (a row's values or a Peserta)."""
    get = person.get if isinstance(person, Mapping) else lambda k: getattr(person, k, "")
    return (kunci_nama(str(get("nama") or "")), kunci_instansi(str(get("instansi") or "")),
            str(get("desa_kode") or ""))


def _sama_orang(a: Hashable, b: Hashable) -> bool:
    """The same name, and institution and desa the same or left empty on one side (the rule
    domain.peserta.sama_orang applies to the institution)."""
    assert isinstance(a, tuple) and isinstance(b, tuple)
    return a[0] == b[0] and all(x == y or not x or not y for x, y in zip(a[1:], b[1:],
                                                                        strict=True))
