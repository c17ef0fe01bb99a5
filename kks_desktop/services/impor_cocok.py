"""A received workbook's rows matched to the records here, with the checks that need other rows or sheets."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from kks_desktop.domain.desa import Desa, validate_desa
from kks_desktop.domain.errors import InvalidKode, UnknownWilayah
from kks_desktop.domain.impor_baris import BarisMasuk
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kesiapan_fakta import Jawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.odf import OdfEvent, deklarasi_sah, validate_path
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.peserta import kunci_nama
from kks_desktop.domain.pokja import Pokja, validate_pokja
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import Konteks, LaporanSanitasi, validate_laporan
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services import wilayah
from kks_desktop.services.impor_baris_domain import (
    Sheet,
    anggota_dari,
    desa_dari,
    lama_tidak_lengkap,
    laporan_dari,
    odf_dari,
    pokja_dari,
    rapikan,
    tandai,
)
from kks_desktop.services.reference import aturan_sanitasi, tatanan_list
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid

T = TypeVar("T")


@dataclass
class Rekaman:
    """One record a row brings: its key, the desa or session it hangs on, whether it is here,
    and (for a new parent whose own row has errors) the row it depends on."""

    sheet: Sheet
    baris: BarisMasuk
    kunci: str
    induk: str
    ada: bool
    label: str = ""
    bergantung: tuple[str, int] | None = None


class Sini:
    """What the workspace holds that the file's rows are matched against, each part read once."""

    def __init__(self, ws: Workspace, today: dt.date | None = None) -> None:
        self.ws = ws
        self.scope = ws.scope()
        self.today = today or dt.date.today()
        self.desa: dict[str, Desa] = {str(d.kode): d for d in ws.desa.desa_list()}
        self.sesi = {k.uuid: k for k in ws.kegiatan.ringkasan()}
        self.uuid = ws.uuid
        self._cache: dict[tuple[str, str], Any] = {}

    def _get(self, kind: str, key: str, read: Callable[[], T]) -> T:
        if (kind, key) not in self._cache:
            self._cache[kind, key] = read()
        return cast(T, self._cache[kind, key])

    def pokja(self, kode: str) -> Pokja:
        if kode not in self.desa:
            return Pokja()
        return self._get("pokja", kode, lambda: self.ws.pokja.pokja_for(self.desa[kode].kode))

    def laporan(self, kode: str) -> list[LaporanSanitasi]:
        if kode not in self.desa:
            return []
        return self._get("laporan", kode,
                         lambda: self.ws.laporan.reports_for(self.desa[kode].kode))

    def odf(self, kode: str) -> list[OdfEvent]:
        if kode not in self.desa:
            return []
        return self._get("odf", kode, lambda: self.ws.odf.events_for(self.desa[kode].kode))

    def jawaban(self, siklus: int, kode: str) -> dict[str, Jawaban]:
        return self._get("jawaban", f"{siklus}:{kode}",
                         lambda: self.ws.kesiapan.jawaban(siklus, kode))

    def kegiatan(self, uuid: str) -> Kegiatan | None:
        if uuid not in self.sesi:
            return None
        return self._get("kegiatan", uuid, lambda: self.ws.kegiatan.get(uuid))


def nama_kunci(text: object) -> str:
    """A title or text compared without case or repeated spaces."""
    return " ".join(str(text or "").lower().split())


@dataclass
class Pencocok:
    """Checks and matches the rows of the known sheets, sheet by sheet (desa first, sessions
    after), leaving each problem on its row."""

    sini: Sini
    sheets: dict[str, Sheet]
    rekaman: list[Rekaman] = field(default_factory=list)
    desa_berkas: dict[str, tuple[Sheet, BarisMasuk]] = field(default_factory=dict)
    pokja_uuid: dict[str, str] = field(default_factory=dict)
    _seen: dict[tuple[str, Hashable], BarisMasuk] = field(default_factory=dict)
    _dipakai: set[str] = field(default_factory=set)
    _salinan: set[int] = field(default_factory=set)  # rows copying an earlier row's uuid
    _diklaim: frozenset[str] | None = None

    # --- shared helpers ---------------------------------------------------------------------------
    def rows(self, nama: str) -> list[BarisMasuk]:
        sheet = self.sheets.get(nama)
        return [b for b in sheet.masuk.baris if id(b) not in self._salinan] if sheet else []

    def duplikat(self, sheet: Sheet, baris: BarisMasuk, key: Hashable, apa: str,
                 lapor: bool = True) -> bool:
        """True (and a problem on this row) when an earlier row of the sheet had the same key;
        with `lapor` False the key is only remembered (a row with its own uuid may share a
        natural key with another: two people of the same name)."""
        first = self._seen.setdefault((sheet.nama, key), baris)
        if first is baris or not lapor:
            return False
        tandai(sheet, baris, Problem.error("", "duplikat", baris=first.nomor, apa=apa), "")
        return True

    def periksa_uuid_ganda(self) -> None:
        """A row repeating an earlier row's uuid (copied in Excel) is refused, then not read."""
        for sheet in self.sheets.values():
            for baris in sheet.masuk.baris:
                uuid = str(baris.nilai.get("uuid") or "")
                if uuid and self.duplikat(sheet, baris, ("uuid", uuid), "uuid yang sama"):
                    self._salinan.add(id(baris))

    def cocok(self, tabel: str, uuid: str, alami: Hashable, di_sini: Mapping[str, Hashable],
              sama: Callable[[Hashable, Hashable], bool] = operator.eq) -> tuple[str, bool]:
        """The key of the record a row is: the one here with its uuid (under the same parent),
        else the one here with its natural key (`sama` compares them) that no row of the file
        claims by uuid, else a new one keeping the row's uuid unless another record holds it."""
        if uuid and uuid in di_sini:
            return uuid, True
        found = next((u for u, k in di_sini.items() if u not in self.diklaim and sama(k, alami)),
                     None)
        if found is not None:
            return found, True
        if uuid and uuid not in self._dipakai and not self.sini.uuid.pemilik(tabel, [uuid]):
            self._dipakai.add(uuid)
            return uuid, False
        fresh = new_uuid()
        self._dipakai.add(fresh)
        return fresh, False

    @property
    def diklaim(self) -> frozenset[str]:
        """Every uuid the file's rows carry: records here that a row names by uuid are not
        matched to another row by name."""
        if self._diklaim is None:
            self._diklaim = frozenset(str(b.nilai["uuid"]) for s in self.sheets.values()
                                      for b in s.masuk.baris if b.nilai.get("uuid"))
        return self._diklaim

    def tambah(self, sheet: Sheet, baris: BarisMasuk, kunci: str, induk: str, ada: bool,
               label: str) -> Rekaman:
        rec = Rekaman(sheet, baris, kunci, induk, ada, f"{sheet.nama}: {label}")
        self.rekaman.append(rec)
        return rec

    def kode(self, sheet: Sheet, baris: BarisMasuk, kunci: str) -> KodeWilayah | None:
        """The kode wilayah of a cell, or None with a problem on it."""
        text = baris.nilai.get(kunci)
        if not text:
            return None
        try:
            return KodeWilayah.parse(str(text))
        except InvalidKode as exc:
            tandai(sheet, baris, Problem.error(kunci, "kode_salah", teks=exc.text,
                                               alasan=exc.reason), kunci)
            return None

    def desa_ref(self, sheet: Sheet, baris: BarisMasuk, kunci: str = "desa_kode") -> str | None:
        """The desa a row hangs on: registered here or on the file's Desa dan Pokja sheet."""
        kode = self.kode(sheet, baris, kunci)
        if kode is None:
            return None
        if str(kode) not in self.sini.desa and str(kode) not in self.desa_berkas:
            tandai(sheet, baris, Problem.error(kunci, "desa_tidak_dikenal", kode=str(kode)), kunci)
            return None
        return str(kode)

    def nama_desa(self, kode: str) -> str:
        if kode in self.sini.desa:
            return self.sini.desa[kode].nama
        try:
            return wilayah.region(KodeWilayah.parse(kode)).nama
        except (InvalidKode, UnknownWilayah):
            return kode

    def in_scope(self, kode: KodeWilayah) -> bool:
        scope = self.sini.scope
        return scope is None or scope.covers(kode) or kode.contains(scope.kode)

    def lingkup(self) -> str:
        scope = self.sini.scope
        return f"{scope.kode} {scope.nama}" if scope else ""

    # --- Desa dan Pokja ---------------------------------------------------------------------------
    def periksa_desa(self) -> None:
        sheet = self.sheets.get(ld.SHEET_DESA)
        for baris in self.rows(ld.SHEET_DESA):
            assert sheet is not None
            rapikan(sheet, baris)
            kode = self.kode(sheet, baris, "kode")
            if kode is None:
                continue
            text = str(kode)
            if self.duplikat(sheet, baris, text, f"kode desa {text}"):
                continue
            # Rows of other sheets for this desa follow this row: left out with it on errors.
            self.desa_berkas[text] = (sheet, baris)
            if not self._desa_sah(sheet, baris, kode):
                continue
            here = self.sini.desa.get(text)
            pokja = self.sini.pokja(text)
            given = baris.nilai.get("pokja_uuid", "")
            self.pokja_uuid[text] = pokja.uuid or (self._uuid_baru("pokja", given) if given
                                                   else "")
            if not baris.ok:
                continue
            awal = here or Desa(wilayah=wilayah.desa_wilayah(kode))
            for problem in validate_desa(desa_dari(baris.nilai, awal)):
                tandai(sheet, baris, problem)
            for problem in validate_pokja(pokja_dari(baris.nilai, pokja), self.sini.today,
                                          tatanan_list().ids):
                tandai(sheet, baris, problem)
            kunci = here.uuid if here else self._uuid_baru("desa", baris.nilai.get("uuid", ""))
            self.tambah(sheet, baris, kunci, text, here is not None,
                        f"{text} {self.nama_desa(text)}")

    def _desa_sah(self, sheet: Sheet, baris: BarisMasuk, kode: KodeWilayah) -> bool:
        if kode.level is not Level.DESA:
            tandai(sheet, baris, Problem.error("kode", "bukan_kode_desa", kode=str(kode)), "kode")
            return False
        if not self.in_scope(kode):
            tandai(sheet, baris, Problem.error("kode", "luar_wilayah", kode=str(kode),
                                               lingkup=self.lingkup()), "kode")
            return False
        if str(kode) not in self.sini.desa:
            try:
                wilayah.desa_wilayah(kode)
            except UnknownWilayah:
                tandai(sheet, baris, Problem.error("kode", "kode_tidak_dikenal", kode=str(kode)),
                       "kode")
                return False
        return True

    def _uuid_baru(self, tabel: str, uuid: str) -> str:
        return self.cocok(tabel, str(uuid or ""), object(), {})[0]

    # --- Anggota Pokja ----------------------------------------------------------------------------
    def periksa_anggota(self) -> None:
        sheet = self.sheets.get(ld.SHEET_ANGGOTA)
        for baris in self.rows(ld.SHEET_ANGGOTA):
            assert sheet is not None
            rapikan(sheet, baris)
            kode = self.desa_ref(sheet, baris)
            if kode is None or not baris.ok:
                continue
            nama = kunci_nama(baris.nilai["nama"])
            here = {m.uuid: kunci_nama(m.nama) for m in self.sini.pokja(kode).anggota}
            kunci, ada = self.cocok("pokja_anggota", baris.nilai.get("uuid", ""), nama, here)
            if (self.duplikat(sheet, baris, (kode, kunci), "anggota yang sama")
                    or self.duplikat(sheet, baris, (kode, nama), f"nama {baris.nilai['nama']}",
                                     not baris.nilai.get("uuid"))):
                continue
            member = anggota_dari(baris.nilai, None, kunci)
            for problem in validate_pokja(Pokja(anggota=(member,)), self.sini.today, frozenset()):
                if problem.field.startswith("anggota."):
                    tandai(sheet, baris, Problem(problem.field, problem.code, problem.severity,
                                                 tuple(p for p in problem.params if p[0] != "row")))
            self.tambah(sheet, baris, kunci, kode, ada,
                        f"{baris.nilai['nama']} ({self.nama_desa(kode)})")

    # --- Sanitasi and Jalur ODF -------------------------------------------------------------------
    def periksa_sanitasi_odf(self) -> None:
        reports = self._desa_rows(ld.SHEET_SANITASI, "laporan_sanitasi", self.sini.laporan,
                                  lambda r: str(r.periode), lambda n: str(n["periode"]))
        events = self._desa_rows(ld.SHEET_ODF, "odf_event", self.sini.odf,
                                 lambda e: (e.jenis.value, e.tanggal),
                                 lambda n: (n["jenis"], n["tanggal"]))
        file_reports = {rec.kunci: laporan_dari(rec.baris.nilai, self._lap(rec), rec.kunci)
                        for rec in reports}
        file_events = {rec.kunci: odf_dari(rec.baris.nilai, self._event(rec), rec.kunci)
                       for rec in events}
        for kode in sorted({r.induk for r in [*reports, *events]}):
            laps = _merged(self.sini.laporan(kode), file_reports, [r for r in reports
                                                                  if r.induk == kode])
            evs = _merged(self.sini.odf(kode), file_events, [e for e in events if e.induk == kode])
            self._check_reports(kode, [r for r in reports if r.induk == kode], laps, evs)
            self._check_events(kode, [e for e in events if e.induk == kode], laps, evs)

    def _desa_rows(self, nama: str, tabel: str, here_of: Callable[[str], Sequence[Any]],
                   natural: Callable[[Any], Hashable],
                   natural_row: Callable[[dict[str, Any]], Hashable]) -> list[Rekaman]:
        sheet = self.sheets.get(nama)
        found = []
        for baris in self.rows(nama):
            assert sheet is not None
            rapikan(sheet, baris)
            kode = self.desa_ref(sheet, baris)
            for missing in lama_tidak_lengkap(baris.nilai) if nama == ld.SHEET_SANITASI else ():
                tandai(sheet, baris, Problem.error(missing, "lama_tidak_lengkap"), missing)
            if kode is None or not baris.ok:
                continue
            alami = natural_row(baris.nilai)
            here = {x.uuid: natural(x) for x in here_of(kode)}
            kunci, ada = self.cocok(tabel, baris.nilai.get("uuid", ""), alami, here)
            if (nama == ld.SHEET_SANITASI and ada and here.get(kunci) != alami
                    and alami in here.values()):
                tandai(sheet, baris, Problem.error("periode", "period_taken",
                                                   periode=str(alami)), "periode")
                continue
            what = "periode yang sama" if nama == ld.SHEET_SANITASI else "tahap dan tanggal sama"
            if (self.duplikat(sheet, baris, (kode, kunci), "catatan yang sama")
                    or self.duplikat(sheet, baris, (kode, alami), what,
                                     nama == ld.SHEET_SANITASI or not baris.nilai.get("uuid"))):
                continue
            found.append(self.tambah(sheet, baris, kunci, kode, ada,
                                     f"{self.nama_desa(kode)}, {_label_alami(alami)}"))
        return found

    def _lap(self, rec: Rekaman) -> LaporanSanitasi | None:
        return next((r for r in self.sini.laporan(rec.induk) if r.uuid == rec.kunci), None)

    def _event(self, rec: Rekaman) -> OdfEvent | None:
        return next((e for e in self.sini.odf(rec.induk) if e.uuid == rec.kunci), None)

    def _check_reports(self, kode: str, recs: list[Rekaman], laps: list[LaporanSanitasi],
                       evs: list[OdfEvent]) -> None:
        terdaftar = self.sini.desa[kode].jumlah_kk if kode in self.sini.desa else None
        if kode in self.desa_berkas and "jumlah_kk" in self.desa_berkas[kode][1].nilai:
            terdaftar = self.desa_berkas[kode][1].nilai["jumlah_kk"]
        declared = deklarasi_sah(evs)
        for rec in recs:
            lap = next(r for r in laps if r.uuid == rec.kunci)
            earlier = [r for r in laps if r.periode < lap.periode]
            ctx = Konteks(self.sini.today, terdaftar,
                          max(earlier, key=lambda r: r.periode) if earlier else None, declared)
            for problem in validate_laporan(lap, ctx, aturan_sanitasi().pemeriksaan):
                tandai(rec.sheet, rec.baris, problem)

    def _check_events(self, kode: str, recs: list[Rekaman], laps: list[LaporanSanitasi],
                      evs: list[OdfEvent]) -> None:
        if not recs:
            return
        before = set(validate_path(self.sini.odf(kode), self.sini.today, laps))
        by_event = {(e.jenis.value, e.tanggal.strftime("%d/%m/%Y")): e.uuid for e in evs}
        by_key = {rec.kunci: rec for rec in recs}
        for problem in validate_path(evs, self.sini.today, laps):
            event = (str(problem.param("jenis")), str(problem.param("tanggal")))
            where = by_key.get(by_event.get(event, ""))
            if where is not None:
                tandai(where.sheet, where.baris, problem)
            elif problem.is_error and problem not in before:  # a record here the file breaks
                tandai(recs[0].sheet, recs[0].baris, problem, "")

    # --- rows that need a new parent whose own row has errors -------------------------------------
    def tandai_bergantung(self, induk_baris: Callable[[Rekaman], BarisMasuk | None]) -> None:
        for rec in self.rekaman:
            parent = induk_baris(rec)
            if parent is not None and parent is not rec.baris and not parent.ok:
                sheet = next(s for s in self.sheets.values() if parent in s.masuk.baris)
                rec.bergantung = (sheet.judul, parent.nomor)

    def induk_desa(self, rec: Rekaman) -> BarisMasuk | None:
        if rec.sheet.nama in (ld.SHEET_DESA, ld.SHEET_KEGIATAN) or rec.induk in self.sini.desa:
            return None
        found = self.desa_berkas.get(rec.induk)
        return found[1] if found else None


def _merged(here: Sequence[Any], from_file: dict[str, Any], recs: list[Rekaman]) -> list[Any]:
    """Records here with the file's versions in place of the ones it matched, and its new ones."""
    keys = {r.kunci for r in recs}
    return [x for x in here if x.uuid not in keys] + [from_file[r.kunci] for r in recs]


def _label_alami(alami: Hashable) -> str:
    if isinstance(alami, tuple):
        jenis, tanggal = alami
        return f"{ld.odf().kolom_of('jenis').label_of(str(jenis))} {tanggal:%d/%m/%Y}"
    return Periode.parse(str(alami)).label
