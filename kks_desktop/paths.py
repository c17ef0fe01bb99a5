"""Where KKS Desktop keeps its files: the workspace, logs and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "KKS-Desktop"
APP_AUTHOR = "KKS"
DATA_DIR_ENV = "KKS_DATA_DIR"
WORKSPACE_FILE = "kks.db"


def data_dir() -> Path:
    """The folder for the workspace and logs: `KKS_DATA_DIR` if set, else the user's data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


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
