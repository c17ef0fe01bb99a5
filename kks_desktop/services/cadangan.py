"""Backups of a workspace: made on request and once a day with a rotation, listed, restored."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from kks_desktop import __version__
from kks_desktop.domain.errors import (
    DatabaseDamaged,
    KksError,
    NewerSchema,
    NotADatabase,
    WorkspaceNotFound,
)
from kks_desktop.domain.rotasi import disimpan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.backup import copy_database, read_backup, read_backup_settings
from kks_desktop.store.connection import BACKUP_DIR_NAME
from kks_desktop.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

HARIAN = "harian"
_STAMP = "%Y%m%d-%H%M%S"
_DIBUAT, _VERSI, _JENIS = "cadangan.dibuat", "cadangan.versi_program", "cadangan.jenis"
_TERAKHIR = "cadangan.terakhir"  # in the workspace: when its last good backup was made
SIMPAN_HARIAN_KEY = "cadangan.simpan_harian"  # daily backups kept (the last N days)
SIMPAN_BULANAN_KEY = "cadangan.simpan_bulanan"  # and one per month for N months
PERINGATAN_KEY = "cadangan.peringatan_hari"  # warn when the last backup is older than N days
# Setting key -> (default, lowest, highest accepted).
_ANGKA = {SIMPAN_HARIAN_KEY: (14, 1, 365), SIMPAN_BULANAN_KEY: (12, 0, 120),
          PERINGATAN_KEY: (7, 1, 365)}


@dataclass(frozen=True)
class InfoCadangan:
    """A backup file and what it holds."""

    path: Path
    jenis: str  # "harian", "manual", "sebelum-pulih", "sebelum-skema" ("" for a plain copy)
    dibuat: dt.datetime | None  # local time it was made (None for a copy made elsewhere)
    versi_program: str
    versi_skema: int
    masalah: tuple[str, ...]  # what `integrity_check` found; empty when the copy is whole
    jumlah: dict[str, int]

    @property
    def utuh(self) -> bool:
        return not self.masalah


def folder_cadangan(ws: Workspace) -> Path:
    """The backups folder beside the workspace file."""
    return folder_cadangan_berkas(ws.path)


def folder_cadangan_berkas(path: Path) -> Path:
    """The backups folder beside a workspace file, also one that cannot be opened."""
    return path.resolve().parent / BACKUP_DIR_NAME


def angka(ws: Workspace, key: str) -> int:
    """A backup setting (SIMPAN_HARIAN_KEY, SIMPAN_BULANAN_KEY or PERINGATAN_KEY); its default
    until one is chosen or when the stored text is no usable number."""
    default, low, high = _ANGKA[key]
    text = ws.settings.get(key) or ""
    return int(text) if text.isdigit() and low <= int(text) <= high else default


def batas_angka(key: str) -> tuple[int, int, int]:
    """(default, lowest, highest) of a backup setting."""
    return _ANGKA[key]


def set_angka(ws: Workspace, key: str, value: int) -> int:
    """Choose a backup setting. Raises ValueError for a value outside its range."""
    _default, low, high = _ANGKA[key]
    if not low <= value <= high:
        raise ValueError(f"{key} must be {low}..{high}, not {value}")
    ws.settings.set_many({key: str(value)})
    return value


def penolakan(info: InfoCadangan) -> KksError | None:
    """Why a backup cannot be restored (NewerSchema, DatabaseDamaged), or None when it can."""
    if info.versi_skema > SCHEMA_VERSION:
        return NewerSchema(info.path, info.versi_skema, SCHEMA_VERSION)
    if not info.utuh:
        return DatabaseDamaged(info.path, list(info.masalah))
    return None


def buat(ws: Workspace, folder: Path | None = None, jenis: str = "manual",
         now: dt.datetime | None = None) -> InfoCadangan:
    """Write a checked backup into `folder` (the backups folder by default) and remember it as
    the workspace's last good backup. Raises DatabaseDamaged (nothing kept) or OSError."""
    when = (now or dt.datetime.now()).replace(microsecond=0)
    target = _target(folder or folder_cadangan(ws), ws.path.stem, jenis, when)
    ws.backup_to(target, _meta(jenis, when))
    ws.settings.set_many({_TERAKHIR: when.isoformat()})
    logger.info("backup %s made", target)
    return periksa(target)


def buat_dari_berkas(path: Path, folder: Path | None = None, jenis: str = "manual",
                     now: dt.datetime | None = None) -> InfoCadangan:
    """A checked backup of the workspace file at `path` while another program (the window) has
    it open: read through a read-only connection, consistent as the program writes. The
    workspace is not written, so its "last backup" does not change. Raises WorkspaceNotFound,
    NotADatabase, DatabaseDamaged or OSError."""
    if not path.is_file():
        raise WorkspaceNotFound(path)
    read_backup_settings(path)  # NotADatabase for a file that is no workspace
    when = (now or dt.datetime.now()).replace(microsecond=0)
    target = _target(folder or folder_cadangan_berkas(path), path.stem, jenis, when)
    copy_database(path, target, _meta(jenis, when))
    logger.info("backup %s made from the file of an open workspace", target)
    return periksa(target)


def _target(folder: Path, stem: str, jenis: str, when: dt.datetime) -> Path:
    """`folder/kks-manual-20261122-081502.db`, or -2, -3... for a second one that second."""
    base = folder / f"{stem}-{jenis}-{when.strftime(_STAMP)}"
    target, n = base.with_suffix(".db"), 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}.db")
    return target


def _meta(jenis: str, when: dt.datetime) -> dict[str, str]:
    """What a backup says about itself, in its settings."""
    return {_DIBUAT: when.isoformat(), _VERSI: __version__, _JENIS: jenis}


def periksa(path: Path) -> InfoCadangan:
    """Read a backup without changing it. Raises WorkspaceNotFound, NotADatabase for a file that
    is no workspace, or DatabaseDamaged for one too damaged to be read at all."""
    if not path.is_file():
        raise WorkspaceNotFound(path)
    found = read_backup(path)
    made = found.settings.get(_DIBUAT)
    jenis = found.settings.get(_JENIS) or ("sebelum-skema" if "-sebelum-skema-" in path.name
                                           else "")
    return InfoCadangan(path, jenis, dt.datetime.fromisoformat(made) if made else None,
                        found.settings.get(_VERSI, ""), found.schema_version,
                        tuple(x for x in found.integrity if x != "ok"), found.counts)


def daftar(folder: Path) -> list[InfoCadangan]:
    """The backups in a folder, newest first; files that are no workspace are left out, one too
    damaged to be read is listed with what SQLite said (and nothing else known)."""
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        try:
            found.append(periksa(path))
        except DatabaseDamaged as exc:
            found.append(InfoCadangan(path, "", None, "", 0, tuple(exc.details) or ("rusak",),
                                      {}))
        except (NotADatabase, OSError):  # a stray file in the folder is no backup
            logger.info("not a backup: %s", path)
    return sorted(found, key=lambda b: (b.dibuat or dt.datetime.min, b.path.name), reverse=True)


def terakhir(ws: Workspace) -> dt.datetime | None:
    """When the workspace's last good backup was made."""
    text = ws.settings.get(_TERAKHIR)
    return dt.datetime.fromisoformat(text) if text else None


def harian(ws: Workspace, now: dt.datetime | None = None, simpan_hari: int | None = None,
           simpan_bulan: int | None = None) -> InfoCadangan | None:
    """Once a day (on open): a backup unless one of today's is there, then the rotation (the
    workspace's settings unless given) removes the daily backups it no longer keeps. Other
    backups are never removed."""
    when = now or dt.datetime.now()
    if simpan_hari is None:
        simpan_hari = angka(ws, SIMPAN_HARIAN_KEY)
    if simpan_bulan is None:
        simpan_bulan = angka(ws, SIMPAN_BULANAN_KEY)
    folder = folder_cadangan(ws)
    daily = _harian_di(folder)  # only their settings are read: opening stays quick
    made = None
    if not any(made_at.date() == when.date() for _path, made_at in daily):
        made = buat(ws, folder, HARIAN, when)
        daily.append((made.path, when))
    keep = disimpan([made_at for _path, made_at in daily], simpan_hari, simpan_bulan)
    for n, (path, _made_at) in enumerate(daily):
        if n not in keep:
            path.unlink(missing_ok=True)
            logger.info("rotation removed %s", path)
    return made


def _harian_di(folder: Path) -> list[tuple[Path, dt.datetime]]:
    """The daily backups in a folder with the time each was made."""
    found = []
    for path in folder.glob(f"*-{HARIAN}-*.db") if folder.is_dir() else ():
        try:
            settings = read_backup_settings(path)
        except (NotADatabase, DatabaseDamaged):  # left alone, never rotated away
            continue
        if settings.get(_JENIS) == HARIAN and settings.get(_DIBUAT):
            found.append((path, dt.datetime.fromisoformat(settings[_DIBUAT])))
    return found


def pulihkan(ws: Workspace, backup: Path, now: dt.datetime | None = None) -> InfoCadangan:
    """Put the backup's content in place of the workspace's, after a backup of the current state
    ("sebelum-pulih", returned). An older backup is brought to the current schema when the
    workspace is next opened. Raises NotADatabase, DatabaseDamaged (a backup that fails its
    check) or NewerSchema; the workspace is unchanged then."""
    info = periksa(backup)
    refused = penolakan(info)
    if refused is not None:
        raise refused
    before = buat(ws, jenis="sebelum-pulih", now=now)
    ws.restore_from(backup)
    return before
