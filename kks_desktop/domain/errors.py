"""Typed errors raised by every layer; they carry data only, `messages` turns them into sentences."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kks_desktop.domain.problems import Problem


class KksError(Exception):
    """Base of every expected failure the user should be told about."""


class InvalidKode(KksError):
    """Text that is not a well-formed kode wilayah; `reason` is a stable key."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason


class UnknownWilayah(KksError):
    """A well-formed code that the official list does not have; `nearest` holds suggestions."""

    def __init__(self, kode: str, nearest: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(kode)
        self.kode = kode
        self.nearest = list(nearest)


class NotADesaCode(KksError):
    """A code of a higher level where a desa/kelurahan was needed."""

    def __init__(self, kode: str) -> None:
        super().__init__(kode)
        self.kode = kode


class OutsideScope(KksError):
    """A desa outside the workspace's kecamatan or kabupaten."""

    def __init__(self, kode: str, scope: str) -> None:
        super().__init__(f"{kode} not in {scope}")
        self.kode = kode
        self.scope = scope


class ValidationFailed(KksError):
    """A record with errors was refused; `problems` lists every finding."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = list(problems)


class DesaNotFound(KksError):
    def __init__(self, kode: str) -> None:
        super().__init__(kode)
        self.kode = kode


class DesaExists(KksError):
    def __init__(self, kode: str, nama: str) -> None:
        super().__init__(kode)
        self.kode = kode
        self.nama = nama


class DesaInUse(KksError):
    """A desa that still has records hanging on it; `counts` maps area to number of records."""

    def __init__(self, kode: str, counts: dict[str, int]) -> None:
        super().__init__(f"{kode}: {counts}")
        self.kode = kode
        self.counts = counts


class RecordChanged(KksError):
    """The record changed or vanished since it was read (another window or an undo)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class NewerSchema(KksError):
    """The workspace was written by a newer program; nothing is written to it."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(f"{path}: schema {found} > {supported}")
        self.path = path
        self.found = found
        self.supported = supported


class NotADatabase(KksError):
    """The file is not a SQLite database (or not one of ours)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class DatabaseDamaged(KksError):
    """`PRAGMA quick_check` found damage; `details` are SQLite's own lines."""

    def __init__(self, path: Path, details: Sequence[str]) -> None:
        super().__init__(f"{path}: {details[:3]}")
        self.path = path
        self.details = list(details)


class WorkspaceLocked(KksError):
    """Another copy of the program has this workspace open for writing."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class WorkspaceNotFound(KksError):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ReferenceDataInvalid(KksError):
    """A reference file in resources/ is broken; names the file and the entry."""

    def __init__(self, file: str, entry: str, reason: str) -> None:
        super().__init__(f"{file}: {entry}: {reason}")
        self.file = file
        self.entry = entry
        self.reason = reason


class LaporanExists(KksError):
    """A desa already has a report for that month."""

    def __init__(self, kode: str, periode: str) -> None:
        super().__init__(f"{kode} {periode}")
        self.kode = kode
        self.periode = periode


class KegiatanNotFound(KksError):
    """No session with this uuid (or uuid beginning) in the workspace."""

    def __init__(self, uuid: str) -> None:
        super().__init__(uuid)
        self.uuid = uuid


class RumahTanggaNotFound(KksError):
    """No household with this uuid in the register (deleted since it was shown)."""

    def __init__(self, uuid: str) -> None:
        super().__init__(uuid)
        self.uuid = uuid


class KegiatanAmbiguous(KksError):
    """A uuid beginning that fits more than one session; `matches` are (uuid, judul) pairs."""

    def __init__(self, text: str, matches: Sequence[tuple[str, str]]) -> None:
        super().__init__(text)
        self.text = text
        self.matches = list(matches)


class ChecklistInvalid(KksError):
    """A readiness checklist definition that cannot be used: the file, the item (or "-") and
    what is wrong, already in the words of the person who wrote the file (Indonesian)."""

    def __init__(self, file: str, item: str, reason: str) -> None:
        super().__init__(f"{file}: {item}: {reason}")
        self.file = file
        self.item = item
        self.reason = reason


class ChecklistNotFound(KksError):
    def __init__(self, checklist_id: str, known: Sequence[str]) -> None:
        super().__init__(checklist_id)
        self.checklist_id = checklist_id
        self.known = list(known)


class ChecklistWrongLevel(KksError):
    """A checklist of one level asked about a region of another (a desa list for a kecamatan)."""

    def __init__(self, checklist_id: str, tingkat: str, kode: str) -> None:
        super().__init__(f"{checklist_id}: {tingkat} != {kode}")
        self.checklist_id = checklist_id
        self.tingkat = tingkat
        self.kode = kode


class ChecklistNeedsRegion(KksError):
    """A checklist of a lower level than the workspace, asked for without saying which region."""

    def __init__(self, checklist_id: str, tingkat: str) -> None:
        super().__init__(checklist_id)
        self.checklist_id = checklist_id
        self.tingkat = tingkat


class ChecklistItemNotManual(KksError):
    """An answer given for an item the checklist does not have, or one judged from data."""

    def __init__(self, checklist_id: str, item: str, exists: bool) -> None:
        super().__init__(f"{checklist_id}: {item}")
        self.checklist_id = checklist_id
        self.item = item
        self.exists = exists


class EvidenceTooLarge(KksError):
    """An evidence file over the size kept inside the workspace."""

    def __init__(self, name: str, size: int, limit: int) -> None:
        super().__init__(f"{name}: {size} > {limit}")
        self.name = name
        self.size = size
        self.limit = limit


class WorkbookUnreadable(KksError):
    """A file offered for import that cannot be read safely as a workbook.

    `reason` is a stable key: `terlalu_besar` (the file), `bom` (what its parts expand to),
    `bukan_xlsx`, `xls_lama`, `berkas_sandi` (password-protected), `rusak`, `tidak_ada`,
    `baris_terlalu_banyak` (a sheet longer than the limit);
    `size` and `limit` are bytes where they apply.
    """

    def __init__(self, path: Path, reason: str, size: int = 0, limit: int = 0) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.size = size
        self.limit = limit


class Cancelled(KksError):
    """Long work stopped because the user pressed Batal; nothing was left half done."""


class ImportBlocked(KksError):
    """An import asked to commit while its workbook still has errors (`count` of them) and the
    user did not choose to import the valid rows only."""

    def __init__(self, count: int) -> None:
        super().__init__(str(count))
        self.count = count


class RiwayatBentrok(KksError):
    """A change that cannot be undone or brought back as asked; `alasan` is a stable key:
    "sudah_berubah" (changed again since), "sudah_ada" (back already), "tidak_ada" (gone), or
    "bentrok_data" (it would clash with a record entered since; `detail` says how)."""

    def __init__(self, tabel: str, uuid: str, alasan: str, detail: str = "") -> None:
        super().__init__(f"{tabel} {uuid}: {alasan} {detail}".strip())
        self.tabel = tabel
        self.uuid = uuid
        self.alasan = alasan
        self.detail = detail


class WorkspaceEmpty(KksError):
    """The workspace file exists but holds zero bytes: no program of ours leaves such a file,
    so whatever was expected in it is not there; it is not taken as a new workspace."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class WorkspaceReadOnly(KksError):
    """The workspace cannot be written: the file is read-only, or (`folder` set) the folder
    holding it is, where the lock and the backups must be written."""

    def __init__(self, path: Path, folder: Path | None = None) -> None:
        super().__init__(f"{path} (folder {folder})" if folder else str(path))
        self.path = path
        self.folder = folder
