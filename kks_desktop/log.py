"""Logging to a rotating file in the data dir (and stderr when there is one)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kks_desktop.paths import log_dir

LOG_FILE = "kks-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(directory: Path | None = None, *, verbose: bool = False) -> Path:
    """Send log records to `<data dir>/log/kks-desktop.log` (5 files of 1 MB) and return its path.

    A windowed build has no stderr; then only the file is used.
    """
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "kks_owned", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler]
    if verbose and sys.stderr is not None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.kks_owned = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
