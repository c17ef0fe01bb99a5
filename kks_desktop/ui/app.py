"""Starting the GUI: the application, then the main window's frame painted at once, then the workspace
opened into it (ui.pengendali), so a slow laptop shows the program before it reads the data."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kks_desktop import __version__
from kks_desktop.log import setup_logging
from kks_desktop.paths import resource
from kks_desktop.ui.bahasa_qt import bahasa_terpasang, bahasa_tersimpan, pasang_bahasa
from kks_desktop.ui.error_dialog import install_excepthook
from kks_desktop.ui.formatting import INDONESIAN
from kks_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from kks_desktop.ui.pengendali import Pengendali

logger = logging.getLogger(__name__)

# A frame that does not paint (a start minimised) has the workspace opened after this long.
PALING_LAMA_MS = 1000


def application(bahasa: str | None = None) -> QApplication:
    """The one QApplication, in `bahasa` (default: the language chosen in Pengaturan).

    Numbers and dates keep the Indonesian format in every language, as in the workbooks.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QCoreApplication.setOrganizationName("KKS")
    QCoreApplication.setApplicationName("KKS Desktop")  # teks-tetap: the program's name
    QCoreApplication.setApplicationVersion(__version__)
    QLocale.setDefault(INDONESIAN)
    app.setWindowIcon(QIcon(str(resource("icons", "kks-desktop.png"))))
    if bahasa is not None or bahasa_terpasang(app) is None:
        pasang_bahasa(app, bahasa or bahasa_tersimpan())
    return app


class SetelahTampil(QObject):
    """Calls `lanjut` once, as soon as `window` has first painted (and its pixels are out), or
    PALING_LAMA_MS after this is made if the window has not painted by then."""

    def __init__(self, window: QWidget, lanjut: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._lanjut: Callable[[], None] | None = lanjut
        window.installEventFilter(self)
        QTimer.singleShot(PALING_LAMA_MS, self, self._sekali)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # After the paint has reached the screen: the next turn of the event loop.
            QTimer.singleShot(0, self, self._sekali)
        return False

    def _sekali(self) -> None:
        lanjut, self._lanjut = self._lanjut, None
        if lanjut is not None:
            lanjut()


def run_gui(db_path: Path) -> int:
    """The program's window on the workspace at `db_path`; 1 when the user gave up opening one.

    The frame shows first; the services load and the workspace opens once it has painted
    (the file's check, started by the caller, runs meanwhile).
    """
    log_path = setup_logging()
    app = application()
    install_excepthook(log_path)
    logger.info("KKS Desktop %s starting with %s", __version__, db_path)
    window = MainWindow()
    window.show()
    controllers: list[Pengendali] = []

    def lanjut() -> None:
        from kks_desktop.ui.pengendali import Pengendali

        controller = Pengendali(db_path)
        controllers.append(controller)
        try:
            opened = controller.mulai(jendela=window)
        except Exception as exc:  # logged and shown; the program cannot go on
            sys.excepthook(type(exc), exc, exc.__traceback__)
            opened = False
        if not opened:
            app.exit(1)

    SetelahTampil(window, lanjut)
    try:
        return app.exec()
    finally:
        for controller in controllers:
            controller.tutup()
