"""Backups of a workspace: made on request and once a day with a rotation, listed, restored."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from kks_desktop import __version__
from kks_desktop.domain.errors import (
    DatabaseDamaged,
    NewerSchema,
    NotADatabase,
    WorkspaceNotFound,
)
from kks_desktop.domain.rotasi import disimpan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.backup import read_backup, read_backup_settings
from kks_desktop.store.connection import BACKUP_DIR_NAME
from kks_desktop.store.schema import SCHEMA_VERSION

logger = logging.getLogger(__name__)

HARIAN = "harian"
_STAMP = "%Y%m%d-%H%M%S"
_DIBUAT, _VERSI, _JENIS = "cadangan.dibuat", "cadangan.versi_program", "cadangan.jenis"
_TERAKHIR = "cadangan.terakhir"  # in the workspace: when its last good backup was made


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
    return ws.path.resolve().parent / BACKUP_DIR_NAME


def buat(ws: Workspace, folder: Path | None = None, jenis: str = "manual",
         now: dt.datetime | None = None) -> InfoCadangan:
    """Write a checked backup into `folder` (the backups folder by default) and remember it as
    the workspace's last good backup. Raises DatabaseDamaged (nothing kept) or OSError."""
    when = (now or dt.datetime.now()).replace(microsecond=0)
    base = (folder or folder_cadangan(ws)) / f"{ws.path.stem}-{jenis}-{when.strftime(_STAMP)}"
    target, n = base.with_suffix(".db"), 1
    while target.exists():  # a second backup within the same second
        n += 1
        target = base.with_name(f"{base.name}-{n}.db")
    ws.backup_to(target, {_DIBUAT: when.isoformat(), _VERSI: __version__, _JENIS: jenis})
    ws.settings.set_many({_TERAKHIR: when.isoformat()})
    logger.info("backup %s made", target)
    return periksa(target)


def periksa(path: Path) -> InfoCadangan:
    """Read a backup without changing it. Raises WorkspaceNotFound, or NotADatabase for a file
    that is no workspace."""
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
    """The backups in a folder, newest first; files that are no workspace are left out."""
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        try:
            found.append(periksa(path))
        except (NotADatabase, OSError):  # a stray file in the folder is no backup
            logger.info("not a backup: %s", path)
    return sorted(found, key=lambda b: (b.dibuat or dt.datetime.min, b.path.name), reverse=True)


def terakhir(ws: Workspace) -> dt.datetime | None:
    """When the workspace's last good backup was made."""
    text = ws.settings.get(_TERAKHIR)
    return dt.datetime.fromisoformat(text) if text else None


def harian(ws: Workspace, now: dt.datetime | None = None, simpan_hari: int = 14,
           simpan_bulan: int = 12) -> InfoCadangan | None:
    """Once a day (on open): a backup unless one of today's is there, then the rotation removes
    the daily backups it no longer keeps. Other backups are never removed."""
    when = now or dt.datetime.now()
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
        except NotADatabase:
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
    if info.versi_skema > SCHEMA_VERSION:
        raise NewerSchema(backup, info.versi_skema, SCHEMA_VERSION)
    if not info.utuh:
        raise DatabaseDamaged(backup, list(info.masalah))
    before = buat(ws, jenis="sebelum-pulih", now=now)
    ws.restore_from(backup)
    return before
