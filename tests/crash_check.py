"""What a killed program must have left: the checks of the crash tests and bench, after each kill.

The workspace opens as the program opens it, passes `integrity_check` and `foreign_key_check`,
holds every write the worker reported as committed exactly as reported, holds a write it had
begun either whole or not at all, and holds the received workbook's records all or none.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crash_worker import SILURAH, isi, sidik
from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import KegiatanNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kegiatan_service, pokja_service, sanitasi_service
from kks_desktop.services.workspace import Workspace

Fakta = dict[str, str]
META_BERUBAH = ("ekspor_uuid", "waktu")  # differ between two exports of the same data


def baca(ws: Workspace, jenis: str, kunci: str) -> Any:
    """The record a worker line names, as stored now (None when there is none)."""
    if jenis == "laporan":
        kode, uuid = kunci.split("/")
        reports = sanitasi_service.reports_for(ws, KodeWilayah.parse(kode))
        return next((r for r in reports if r.uuid == uuid), None)
    if jenis == "kegiatan":
        try:
            return kegiatan_service.ambil(ws, kunci)
        except KegiatanNotFound:
            return None
    if jenis == "pokja":
        return pokja_service.pokja_for(ws, KodeWilayah.parse(kunci))
    raise ValueError(jenis)


@dataclass(frozen=True)
class KunciImpor:
    """The records the received workbook brings, and its checksum in the import ledger."""

    laporan: tuple[str, ...]  # "kode/uuid"
    kegiatan: str
    sha256: str

    def fakta(self, ws: Workspace) -> Fakta:
        """One value per record the import touches ("" when absent): equal to the state before
        the import, or after a whole one, or it is half an import."""
        found = {f"laporan {k}": _isi(baca(ws, "laporan", k)) for k in self.laporan}
        found["kegiatan"] = _isi(baca(ws, "kegiatan", self.kegiatan))
        found["pokja"] = _isi(baca(ws, "pokja", str(SILURAH)))
        found["desa"] = _isi(ws.desa.desa(SILURAH))
        found["ledger"] = "ya" if any(r.sha256 == self.sha256 for r in ws.pertukaran.imports()) \
            else ""
        return found


def _isi(record: Any) -> str:
    return "" if record is None else isi(record)


@dataclass
class Harapan:
    """What one workspace must hold: every confirmed write by (jenis, kunci), and the import."""

    sidik: dict[tuple[str, str], str] = field(default_factory=dict)
    baru: dict[tuple[str, str], int] = field(default_factory=dict)  # confirmed since last check
    impor_dilaporkan: bool = False

    def catat(self, jenis: str, kunci: str, nilai: str) -> None:
        """A write the worker reported as committed."""
        if jenis == "impor":
            self.impor_dilaporkan = True
            return
        self.sidik[(jenis, kunci)] = nilai
        self.baru[(jenis, kunci)] = self.baru.get((jenis, kunci), 0) + 1


@dataclass(frozen=True)
class Tertunda:
    """A write the worker began and did not report: what it meant (`isi`) and the record's
    `sidik` before it ("-" for a new record)."""

    jenis: str
    kunci: str
    maksud: str
    sebelum: str


@dataclass
class Temuan:
    """What one check found after a kill."""

    masalah: list[str] = field(default_factory=list)
    ditemukan: int = 0  # confirmed writes found as reported
    hilang: int = 0
    tertunda: str = ""  # a begun write: "" none, "utuh" committed whole, "tidak" not at all
    impor: str = ""  # lengkap | tidak ada | setengah
    buka: float = 0.0  # seconds Workspace.open took
    dasar: float = 0.0  # seconds plain sqlite3 open + integrity_check took on a copy


def dasar_sqlite(path: Path, scratch: Path) -> float:
    """Plain sqlite3 open + integrity_check of a copy of the file as the kill left it."""
    scratch.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copyfile(source, scratch / f"salinan.db{suffix}")
    start = time.perf_counter()
    conn = sqlite3.connect(scratch / "salinan.db")
    conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    seconds = time.perf_counter() - start
    shutil.rmtree(scratch)
    return seconds


def periksa_tulis(path: Path, harapan: Harapan, tertunda: Tertunda | None,
                  impor: KunciImpor, acuan: tuple[Fakta, Fakta], ukur: bool = False) -> Temuan:
    """Reopen the workspace after a kill and check it against what the worker reported.
    `acuan` holds the import's facts before and after a whole import. A begun write found
    whole is expected from then on."""
    temuan = Temuan()
    if ukur:
        temuan.dasar = dasar_sqlite(path, path.parent / "dasar")
    start = time.perf_counter()
    try:
        ws = Workspace.open(path)
    except Exception as exc:
        temuan.masalah.append(f"Workspace.open failed: {exc!r}")
        return temuan
    temuan.buka = time.perf_counter() - start
    try:
        _periksa(ws, temuan, harapan, tertunda, impor, acuan)
    finally:
        ws.close()
    return temuan


def _periksa(ws: Workspace, temuan: Temuan, harapan: Harapan,
             tertunda: Tertunda | None, impor: KunciImpor,
             acuan: tuple[Fakta, Fakta]) -> None:
    temuan.masalah += periksa_berkas(ws)
    if tertunda is not None and tertunda.jenis != "impor":
        t = tertunda
        now = baca(ws, t.jenis, t.kunci)
        if now is not None and isi(now) == t.maksud:
            temuan.tertunda = "utuh"  # committed; the kill only took the report
            harapan.sidik[(t.jenis, t.kunci)] = sidik(now)
        elif (now is None and t.sebelum == "-") or (now is not None and sidik(now) == t.sebelum):
            temuan.tertunda = "tidak"
        else:
            temuan.masalah.append(f"{t.jenis} {t.kunci} half written")
    for key, nilai in harapan.sidik.items():
        now = baca(ws, *key)
        count = harapan.baru.pop(key, 0)
        if now is not None and sidik(now) == nilai:
            temuan.ditemukan += count
        else:
            temuan.hilang += max(count, 1)
            temuan.masalah.append(f"{key[0]} {key[1]} reported committed but "
                                  f"{'absent' if now is None else 'changed'}")
    fakta = impor.fakta(ws)
    sebelum, sesudah = acuan
    temuan.impor = ("lengkap" if fakta == sesudah else "tidak ada" if fakta == sebelum
                    else "setengah")
    if temuan.impor == "setengah":
        beda = [k for k in fakta if fakta[k] not in (sebelum[k], sesudah[k])] or \
            [k for k in fakta if fakta[k] == sesudah[k]]
        temuan.masalah.append(f"half an import, these records differ: {beda}")
    elif harapan.impor_dilaporkan and temuan.impor != "lengkap":
        temuan.masalah.append("the import, reported (or found) committed, is absent")
    harapan.impor_dilaporkan |= temuan.impor == "lengkap"  # once in, it stays in


def periksa_berkas(ws: Workspace) -> list[str]:
    """`integrity_check` and `foreign_key_check` of an open workspace, as problems; and the
    settings a kill cannot test but a power cut needs (WAL, synchronous=FULL)."""
    db = ws.desa.db
    integrity = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    keys = db.execute("PRAGMA foreign_key_check").fetchall()
    mode = (db.execute("PRAGMA journal_mode").fetchone()[0],
            db.execute("PRAGMA synchronous").fetchone()[0])
    return ([f"integrity_check: {integrity}"] if integrity != ["ok"] else []) + \
        ([f"foreign_key_check: {keys[:5]}"] if keys else []) + \
        ([f"journal_mode, synchronous = {mode}, not wal, 2 (FULL)"] if mode != ("wal", 2) else [])


def baca_buku(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet of a workbook read with python-calamine, by sheet name, in order."""
    book = CalamineWorkbook.from_path(str(path))
    try:
        return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                for name in book.sheet_names}
    finally:
        book.close()


def _tanpa_cap(sheets: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    return {name: [row for row in rows if not (name == "_meta" and row and row[0] in META_BERUBAH)]
            for name, rows in sheets.items()}


def periksa_ekspor(target: Path, acuan: dict[str, list[list[Any]]]) -> tuple[str, list[str]]:
    """The exported workbook after a kill: "tidak ada", or "lengkap" when python-calamine reads
    every sheet and each holds what a whole export of the same data holds."""
    if not target.exists():
        return "tidak ada", []
    try:
        sheets = _tanpa_cap(baca_buku(target))
    except Exception as exc:
        return "rusak", [f"{target.name} unreadable: {exc!r}"]
    expected = _tanpa_cap(acuan)
    if list(sheets) != list(expected):
        return "rusak", [f"{target.name} has the sheets {list(sheets)}"]
    different = [name for name in expected if sheets[name] != expected[name]]
    return ("rusak", [f"{target.name} differs in {different}"]) if different else ("lengkap", [])
