"""The window part of `--self-test`: every page of the main window opened and drawn offscreen."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1280, 800


class HalamanGagal(Exception):
    """A page raised while it was shown, or drew nothing; `halaman` is its key."""

    def __init__(self, halaman: str, sebab: BaseException | None = None) -> None:
        super().__init__(f"{halaman}: {sebab!r}" if sebab else halaman)
        self.halaman = halaman
        self.sebab = sebab


def uji_jendela(db_path: Path, on_fatal: Callable[[str], None] | None = None) -> int:
    """Open the main window on the workspace at `db_path` (offscreen unless a platform is set),
    show and draw every page and tab `screenshot` knows; return how many were drawn. Qt aborts
    the process on a fatal error (no platform plugin in a broken bundle): `on_fatal` gets its
    text first.

    Raises HalamanGagal for the first page that raised (also inside a slot) or drew nothing, or
    what opening the workspace raises.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kks_desktop.ui.app import application
    from kks_desktop.ui.main_window import MainWindow
    from kks_desktop.ui.session import UiSession

    with _qt_messages_to_log(on_fatal), Workspace.open(db_path) as ws, _slot_errors() as errors:
        app = application()
        window = MainWindow()  # as the program starts: the frame first, then the workspace
        try:
            window.resize(WIDTH, HEIGHT)
            window.show()
            app.processEvents()
            window.pasang(UiSession(ws))
            for key in window.view_keys:
                try:
                    window.show_page(key)
                    app.processEvents()
                    drawn = window.grab()
                except Exception as exc:
                    raise HalamanGagal(key, exc) from exc
                if errors:
                    raise HalamanGagal(key, errors[0])
                if drawn.isNull() or drawn.width() < WIDTH // 2:
                    raise HalamanGagal(key)
        finally:
            window.close()
            app.processEvents()
    logger.info("self-test window: %d pages drawn", len(window.view_keys))
    return len(window.view_keys)


@contextmanager
def _qt_messages_to_log(on_fatal: Callable[[str], None] | None) -> Iterator[None]:
    """Qt's own notes (e.g. what the offscreen platform does not support) go to the log, so the
    self-test prints its one line and nothing else; a fatal one also goes to `on_fatal`."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        logger.info("Qt %s: %s", kind.name, text)
        if kind == QtMsgType.QtFatalMsg and on_fatal is not None:
            on_fatal(text)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _slot_errors() -> Iterator[list[BaseException]]:
    """Collect exceptions raised in Qt slots (which Qt would only print) while the pages are shown."""
    found: list[BaseException] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logger.error("self-test window: exception in a slot", exc_info=(kind, exc, tb))
        found.append(exc)

    sys.excepthook = hook
    try:
        yield found
    finally:
        sys.excepthook = previous
