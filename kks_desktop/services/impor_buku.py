"""The dry run of an import: a received workbook read, checked, matched and classified; nothing written."""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.impor_baris import Letak, MasalahImpor, problems_of, read_rows
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.lembar import Lembar
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sel import normal_judul
from kks_desktop.domain.sinkron import Kelas, Perbandingan, bandingkan, kunci_dasar, nilai_tukar
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.buku_desa_baris import PembacaBuku, baris_buku, kunci_baris, teks
from kks_desktop.services.excel_baca import read_workbook
from kks_desktop.services.impor_baris_domain import Sheet, nilai_berkas
from kks_desktop.services.impor_cocok import Pencocok, Rekaman, Sini
from kks_desktop.services.impor_kesiapan import periksa_kesiapan
from kks_desktop.services.impor_sesi import PencocokSesi
from kks_desktop.services.templat import SHEET_DAFTAR as SHEET_DAFTAR_TEMPLAT
from kks_desktop.services.templat import SHEET_PETUNJUK
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]
JENIS_TEMPLAT = "templat"
SHEET_DAFTAR_KESALAHAN = "Daftar Kesalahan"
# The program's sheets that carry no records: a workbook's summary, a template's help and
# lists, an annotated copy's list of problems.
_LEMBAR_LAIN = frozenset(normal_judul(name) for name in (
    ld.SHEET_RINGKASAN, SHEET_PETUNJUK, SHEET_DAFTAR_TEMPLAT, SHEET_DAFTAR_KESALAHAN))


@dataclass(frozen=True)
class CatatanRencana:
    """One record of the file: where it is, its key, how it reads, and how it compares.

    `induk` is the desa kode or session uuid the record hangs on ("" for a session);
    `bergantung` the row (sheet as named in the file, row) of a new parent whose own row has
    errors: when only valid rows are imported, this record is left out with it.
    """

    lembar: str
    baris: int
    kunci: str
    label: str
    perbandingan: Perbandingan
    induk: str = ""
    bergantung: tuple[str, int] | None = None

    @property
    def kunci_dasar(self) -> str:
        return f"{self.lembar}:{self.kunci}"


@dataclass
class RencanaImpor:
    """What importing a workbook would do. `lembar_berkas` maps each known sheet to its name in
    the file, `baris_header` each of those names to its header row; `pokja_uuid` gives the uuid
    a Pokja new here would get, per desa kode."""

    path: Path
    sha256: str
    meta: dict[str, str]
    jenis: str
    catatan: list[CatatanRencana]
    masalah: list[MasalahImpor]
    desa_kode: tuple[str, ...]
    lembar_berkas: dict[str, str] = field(default_factory=dict)
    pokja_uuid: dict[str, str] = field(default_factory=dict)
    baris_header: dict[str, int] = field(default_factory=dict)

    def jumlah(self) -> dict[Kelas, int]:
        """How many records of each class, every class present (0 when none)."""
        counts = Counter(c.perbandingan.kelas for c in self.catatan)
        return {k: counts.get(k, 0) for k in Kelas}

    @property
    def ada_kesalahan(self) -> bool:
        return any(m.is_error for m in self.masalah)

    def baris_ditolak(self) -> list[tuple[str, int]]:
        """(sheet, row) of every row with an error, in workbook order."""
        order = {name: n for n, name in enumerate(self.lembar_berkas.values())}
        rows = {(m.letak.lembar, m.letak.baris) for m in self.masalah
                if m.is_error and m.letak.baris is not None}
        return sorted(((s, r) for s, r in rows if r is not None),
                      key=lambda x: (order.get(x[0], len(order)), x[1]))


def _lembar_dikenal(names: list[str]) -> tuple[dict[str, Lembar], list[MasalahImpor]]:
    """The file's sheets that are data sheets of the desa workbook, by their name in the file,
    and a warning for each other sheet left unread: one whose name is not known (a tab renamed
    in Excel) or that only resembles the name of a sheet the file already has (the exact name
    wins, then the first). The program's own other sheets (Ringkasan, Petunjuk...) are no news."""
    known = {normal_judul(lembar.nama): lembar for lembar in ld.data_sheets()}
    exact = {lembar.nama for lembar in known.values()}
    chosen: dict[str, str] = {}
    for name in sorted(names, key=lambda n: n not in exact):
        lembar = known.get(normal_judul(name))
        if lembar is not None:
            chosen.setdefault(lembar.nama, name)
    found = {name: known[normal_judul(name)] for name in names if name in chosen.values()}
    if not found:
        return found, []
    masalah: list[MasalahImpor] = []
    for name in names:
        lembar = known.get(normal_judul(name))
        if lembar is not None and name not in found:
            masalah.append(MasalahImpor(Letak(name), Problem.warning(
                "", "lembar_ganda", lembar=chosen[lembar.nama])))
        elif lembar is None and normal_judul(name) not in _LEMBAR_LAIN:
            masalah.append(MasalahImpor(Letak(name), Problem.warning(
                "", "lembar_tidak_dikenal",
                dikenal=", ".join(k.nama for k in ld.data_sheets()))))
    return found, masalah


def jenis_buku(meta: Mapping[str, str]) -> str:
    """"buku_desa" for a workbook this program exported, "templat" for one of its templates
    filled in, "lain" for anything else with the same sheets."""
    fmt = meta.get("format", "")
    if fmt == ld.FORMAT_NAME:
        return "buku_desa"
    return JENIS_TEMPLAT if JENIS_TEMPLAT in fmt or meta.get("jenis") == JENIS_TEMPLAT else "lain"


def rencanakan(ws: Workspace, path: Path, *, progress: Progress | None = None,
               batal: Batal | None = None) -> RencanaImpor:
    """Read a workbook, check every row with the rules the forms use, match its records to the
    ones here and classify each (new, changed, unchanged, newer here, conflict). Writes nothing.

    Raises WorkbookUnreadable (a file that cannot be read safely), Cancelled.
    """
    total = 6

    def step(done: int) -> None:
        if batal is not None and batal():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    step(0)
    buku = read_workbook(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    step(1)
    dikenal, masalah = _lembar_dikenal(list(buku.lembar))
    prefilled = frozenset(k for k in buku.meta.get("isian_awal", "").split(",") if k)
    sheets = {lembar.nama: Sheet(name, read_rows(name, buku.lembar[name], lembar,
                                                 isian_awal=prefilled))
              for name, lembar in dikenal.items()}
    if not sheets:
        masalah.append(MasalahImpor(Letak(""), Problem.error(
            "", "tanpa_lembar", ada=", ".join(buku.lembar) or "-")))
    step(2)
    p = Pencocok(Sini(ws), sheets)
    p.periksa_uuid_ganda()
    p.periksa_desa()
    p.periksa_anggota()
    p.periksa_sanitasi_odf()
    step(3)
    sesi = PencocokSesi(p)
    sesi.periksa()
    periksa_kesiapan(p)
    p.tandai_bergantung(lambda rec: p.induk_desa(rec) or sesi.induk(rec))
    step(4)
    catatan = _klasifikasi(ws, p, sheets)
    step(5)
    masalah += problems_of(s.masuk for s in sheets.values())
    kode = {r.induk for r in p.rekaman if r.sheet.nama not in _SESI_SHEETS} | set(p.desa_berkas)
    result = RencanaImpor(path, digest, dict(buku.meta), jenis_buku(buku.meta), catatan, masalah,
                          tuple(sorted(kode)), {s.nama: s.judul for s in sheets.values()},
                          dict(p.pokja_uuid),
                          {s.judul: s.masuk.baris_header for s in sheets.values()})
    step(total)
    logger.info("import plan %s: %s", path.name, {k.value: n for k, n in result.jumlah().items()})
    return result


_SESI_SHEETS = (ld.SHEET_KEGIATAN, ld.SHEET_PESERTA, ld.SHEET_PREPOST, ld.SHEET_RTL)
_NAMA_SESI = ("kegiatan_judul", "kegiatan_tanggal")


def _klasifikasi(ws: Workspace, p: Pencocok, sheets: dict[str, Sheet]) -> list[CatatanRencana]:
    """Each record compared field by field with the record here and the values it was last
    exchanged with."""
    here = _di_sini(ws, p)
    keys = [kunci_dasar(r.sheet.lembar, r.kunci) for r in p.rekaman]
    base = ws.pertukaran.dasar(keys)
    result = []
    for rec, key in zip(p.rekaman, keys, strict=True):
        if not rec.baris.ok:  # a row with errors is no record to classify or write
            continue
        lembar = rec.sheet.lembar
        incoming = nilai_berkas(lembar, rec.baris.nilai)
        for name in _NAMA_SESI:  # they name the session; a participant's own fields are compared
            incoming.pop(name, None)
        found = here.get((lembar.nama, rec.kunci))
        sini = nilai_tukar(lembar, found) if found is not None else None
        result.append(CatatanRencana(lembar.nama, rec.baris.nomor, rec.kunci, rec.label,
                                     bandingkan(incoming, sini, base.get(key)), rec.induk,
                                     rec.bergantung))
    return result


def _di_sini(ws: Workspace, p: Pencocok) -> dict[tuple[str, str], Mapping[str, Any]]:
    """The rows a re-export would write for the records the file matched here, by sheet and key:
    the desa rows of the registered desa it carries, the whole of each session it matched, and
    the answers of the checklist items it answers."""
    found: dict[tuple[str, str], Mapping[str, Any]] = {}
    registered = sorted({r.induk for r in p.rekaman
                         if r.ada and r.sheet.nama not in (*_SESI_SHEETS, ld.SHEET_KESIAPAN)})
    if registered:
        rows = baris_buku(ws, [KodeWilayah.parse(k) for k in registered])
        for nama in (ld.SHEET_DESA, ld.SHEET_ANGGOTA, ld.SHEET_SANITASI, ld.SHEET_ODF):
            lembar = _lembar(nama)
            found.update(((nama, kunci_baris(lembar, row)), row) for row in rows.get(nama, ()))
    sessions = sorted({r.induk or r.kunci for r in p.rekaman
                       if r.sheet.nama in _SESI_SHEETS and (r.induk or r.kunci) in p.sini.sesi})
    if sessions:
        reader = PembacaBuku(ws)
        whole = [(k, k.peserta) for k in (p.sini.kegiatan(u) for u in sessions) if k is not None]
        for nama, rows_of in reader.baris_kegiatan(whole).items():
            found.update(((nama, str(row["uuid"])), row) for row in rows_of)
    for rec in p.rekaman:
        if rec.sheet.nama == ld.SHEET_KESIAPAN and rec.ada:
            found[ld.SHEET_KESIAPAN, rec.kunci] = _jawaban_row(p, rec)
    return found


def _jawaban_row(p: Pencocok, rec: Rekaman) -> dict[str, Any]:
    siklus, kode, butir = rec.kunci.split(":", 2)
    j = p.sini.jawaban(int(siklus), kode)[butir]
    return {"desa_kode": kode, "siklus": int(siklus), "butir": butir, "nilai": j.nilai.value,
            "nomor": teks(j.nomor), "tanggal": j.tanggal, "catatan": teks(j.catatan),
            "oleh": teks(j.oleh)}


def _lembar(nama: str) -> Lembar:
    return next(lembar for lembar in ld.data_sheets() if lembar.nama == nama)
