"""`kks-desktop`: the window when started bare (or with only `--db`), else a command (cli.perintah)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _window_db(argv: Sequence[str]) -> Path | bool | None:
    """For a bare start the workspace to open (None: the default one); False for a command.

    Opening the window should not wait for the modules of every command (Excel writers among
    them), so a start with no command skips the parser and its imports.
    """
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return Path(argv[0].removeprefix("--db="))
    return False


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The bundled program started as the child that reads a large workbook
        # (services.buku_anak) does that and exits here.
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    db = _window_db(args)
    if db is False:
        from kks_desktop.cli import perintah

        return perintah.main(args)
    from kks_desktop.paths import default_workspace
    from kks_desktop.services.periksa_awal import periksa_dulu

    path = db if isinstance(db, Path) else default_workspace()
    periksa_dulu(path)  # the file's check runs while the window shows and its modules load
    from kks_desktop.ui.app import run_gui

    return run_gui(path)
