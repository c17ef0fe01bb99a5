"""Where KKS Desktop keeps its files: the workspace, logs and the bundled resources."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "KKS-Desktop"
APP_AUTHOR = "KKS"
DATA_DIR_ENV = "KKS_DATA_DIR"
WORKSPACE_FILE = "kks.db"
# A folder of this name beside the bundled program turns on the portable mode (USB stick).
PORTABLE_DIR = "data"


def data_dir() -> Path:
    """The folder for the workspace and logs: `KKS_DATA_DIR` if set, else `data/` beside the
    bundled program if that folder exists (portable mode), else the user's data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return portable_dir() or user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def program_dir() -> Path | None:
    """The folder holding the bundled program (KKS-Desktop.exe), or None when run from Python."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """`data/` beside the bundled program when it exists: the workspace, logs and backups then
    travel with the program (a USB stick); None otherwise."""
    home = program_dir()
    if home is None:
        return None
    folder = home / PORTABLE_DIR
    return folder if folder.is_dir() else None


def default_workspace() -> Path:
    return data_dir() / WORKSPACE_FILE


def log_dir() -> Path:
    return data_dir() / "log"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the one-folder bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# A temporary file untouched this long belongs to a save that was cut off (power loss, a kill).
STALE_AFTER_S = 600


def remove_stale(folder: Path, pattern: str, now: float | None = None) -> list[Path]:
    """Remove the temporary files matching `pattern` in `folder` that saves cut off midway left
    behind (hidden files that would otherwise pile up on a stick); returns what was removed."""
    moment = time.time() if now is None else now
    removed = []
    for stale in folder.glob(pattern) if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if moment - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()
                removed.append(stale)
    return removed
