"""A way out for a workspace file that cannot be opened: set it aside, restore a backup into a
new file, or copy a read-only one to a place where it can be worked on. Nothing is deleted."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import shutil
import tempfile
from pathlib import Path

from kks_desktop.paths import data_dir
from kks_desktop.services.cadangan import InfoCadangan, penolakan, periksa
from kks_desktop.store.backup import copy_database
from kks_desktop.store.periksa_berkas import writable

logger = logging.getLogger(__name__)

_STAMP = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm")  # SQLite's files beside a workspace; they travel with it
SALINAN_FOLDER = "salinan"


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem + suffix`, or with -2, -3... when that (or a side file of it) exists."""
    target, n = folder / f"{stem}{suffix}", 1
    while any(p.exists() for p in (target, *(target.with_name(target.name + s)
                                            for s in _SIDE_FILES))):
        n += 1
        target = folder / f"{stem}-{n}{suffix}"
    return target


def _stamp(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now()).strftime(_STAMP)


def sisihkan(path: Path, now: dt.datetime | None = None) -> Path:
    """Give a workspace file that cannot be used another name in the same folder
    (`kks-disisihkan-20261122-081502.db`), with its -wal/-shm files, so a new or restored
    workspace can take its place; its bytes are not touched. Returns the new name.
    Raises OSError (e.g. in a read-only folder)."""
    target = _free_name(path.parent, f"{path.stem}-disisihkan-{_stamp(now)}", path.suffix)
    _move(path, target)
    logger.info("set %s aside as %s", path, target)
    return target


def _move(source: Path, target: Path) -> None:
    """Rename a database file and the -wal/-shm files beside it."""
    source.rename(target)
    for side in _SIDE_FILES:
        extra = source.with_name(source.name + side)
        if extra.exists():
            extra.rename(target.with_name(target.name + side))


def pulihkan_ke_berkas(backup: Path, target: Path) -> InfoCadangan:
    """Restore a backup into a workspace file that does not exist yet (an older backup is
    brought to the current schema when it is opened). Returns what the backup holds.
    Raises NotADatabase, NewerSchema, DatabaseDamaged (nothing written then), or OSError
    (FileExistsError when `target` exists: nothing is ever overwritten)."""
    info = periksa(backup)
    refused = penolakan(info)
    if refused is not None:
        raise refused
    if target.exists():
        raise FileExistsError(errno.EEXIST, "berkas sudah ada", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(backup, target)
    logger.info("restored %s into %s", backup, target)
    return info


def pulihkan_di_tempat(backup: Path, path: Path,
                       now: dt.datetime | None = None) -> tuple[InfoCadangan, Path]:
    """Restore a backup in place of a workspace file that cannot be opened: the backup is
    checked, the file set aside (`sisihkan`), the backup restored under the file's name.
    Returns what the backup holds and where the old file went; if the restore fails, the old
    file is put back as it was. Raises what `pulihkan_ke_berkas` raises."""
    refused = penolakan(periksa(backup))
    if refused is not None:
        raise refused
    aside = sisihkan(path, now)
    try:
        return pulihkan_ke_berkas(backup, path), aside
    except BaseException:
        if not path.exists():
            _move(aside, path)
        raise


def folder_salinan(path: Path) -> Path:
    """Where the copy of a read-only workspace goes: the program's own data folder, else the
    home folder, else the temporary folder; the first that can be written and is not the
    read-only file's own folder."""
    own = path.resolve().parent
    for folder in (data_dir() / SALINAN_FOLDER, Path.home() / "KKS-Desktop-salinan",
                   Path(tempfile.gettempdir()) / "KKS-Desktop-salinan"):
        existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if existing is not None and writable(existing) and folder.resolve() != own:
            return folder
    raise PermissionError(errno.EACCES, "tidak ada folder yang dapat ditulisi", str(own))


def buat_salinan(path: Path, folder: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Copy a read-only workspace (with its -wal file) to `folder` (`folder_salinan` by
    default) as `kks-salinan-20261122-081502.db`, writable, to be opened instead. The original
    is only read. Raises OSError."""
    folder = folder or folder_salinan(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{path.stem}-salinan-{_stamp(now)}", path.suffix)
    shutil.copyfile(path, target)  # the bytes only: the copy does not inherit "read-only"
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    logger.info("copied read-only %s to %s", path, target)
    return target
