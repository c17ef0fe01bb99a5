"""Checking the workspace file ahead, on a thread, before the program's own modules are loaded."""

from __future__ import annotations

from pathlib import Path

from kks_desktop.store.periksa_berkas import periksa_di_latar


def periksa_dulu(path: Path) -> None:
    """Start checking the file at `path` in the background, so that `Workspace.open` a moment
    later (after the window's modules are loaded) finds it checked. Imports the standard
    library only, so the window's frame is not kept waiting for it."""
    periksa_di_latar(path)
