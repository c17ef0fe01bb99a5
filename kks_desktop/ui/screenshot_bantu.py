"""What the screenshot scenes share: the stage (main window, temporary copies) and demo look-ups."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kegiatan import KegiatanRingkas
from kks_desktop.services import desa_service, kegiatan_service, odf_service, sanitasi_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

ORIENTASI = "orientasi_kks"


class Panggung:
    """The stage a scene is played on: the workspace's session and, when the scene needs it, a
    fresh main window at `size` (a dialog alone is shown without one: quicker).

    A scene never writes to the workspace it is given: what it must change to be shown (an
    edit for the history, a deletion, a workbook to import) is done on `salinan()`, a copy
    in a temporary folder, removed with everything else by `bersihkan()`.
    """

    def __init__(self, session: UiSession, size: tuple[int, int]) -> None:
        self.session = session
        self.size = size
        self._rapi = ExitStack()
        self._salinan: list[UiSession] = []
        self._jendela: MainWindow | None = None

    @property
    def jendela(self) -> MainWindow:
        """The main window, made on first use."""
        if self._jendela is None:
            self._jendela = MainWindow(self.session)
            self._jendela.resize(*self.size)
            self._rapi.callback(_buang, self._jendela)
        return self._jendela

    @property
    def ws(self) -> Workspace:
        return self.session.workspace

    def folder(self) -> Path:
        """A temporary folder, removed after the scene."""
        return Path(self._rapi.enter_context(tempfile.TemporaryDirectory(prefix="kks-adegan-")))

    def kosong(self) -> Workspace:
        """A new, empty workspace (as on the very first start)."""
        ws = Workspace.open(self.folder() / "kks.db")  # teks-tetap: a file name
        self._rapi.callback(ws.close)
        return ws

    def salinan(self) -> UiSession:
        """A session on a copy of the workspace, to change freely."""
        target = self.folder() / "kks.db"  # teks-tetap: a file name
        self.ws.backup_to(target, {})
        ws = Workspace.open(target)
        self._rapi.callback(ws.close)
        session = UiSession(ws)
        self._salinan.append(session)  # kept alive as long as what shows it
        return session

    def halaman(self, key: str) -> QWidget:
        """The main window showing page (or tab) `key`."""
        self.jendela.show_page(key)
        return self.tampil(self.jendela)

    def tampil(self, widget: QWidget, siapkan: Callable[[], object] | None = None) -> QWidget:
        """Show `widget` without blocking (a dialog is not run), let it lay out, then run
        `siapkan` (what the user would have typed or chosen) and let it settle again."""
        if widget is not self._jendela:
            self._rapi.callback(_buang, widget)
        widget.show()
        QApplication.processEvents()
        if siapkan is not None:
            siapkan()
            QApplication.processEvents()
        return widget

    def bersihkan(self) -> None:
        self._rapi.close()


def _buang(widget: QWidget) -> None:
    """Hide and delete without closeEvent: a scene's unsaved edits are not to be asked about."""
    widget.hide()
    widget.deleteLater()


def desa_pertama(ws: Workspace) -> Desa:
    """The first registered desa (by kode). Raises LookupError when there is none."""
    found = desa_service.desa_list(ws)
    if not found:
        raise LookupError("the workspace holds no desa")  # teks-tetap: internal, caught
    return found[0]


def desa_odf(ws: Workspace) -> Desa:
    """The desa that shows the ODF path best: the most steps recorded, then the most reports."""
    found = desa_service.desa_list(ws)
    if not found:
        raise LookupError("the workspace holds no desa")  # teks-tetap: internal, caught
    return max(found, key=lambda d: (len(odf_service.events_for(ws, d.kode)),
                                     len(sanitasi_service.reports_for(ws, d.kode)),
                                     -found.index(d)))


def orientasi(ws: Workspace) -> KegiatanRingkas:
    """The orientation with the most participants (any session when there is none)."""
    found = kegiatan_service.daftar(ws)
    if not found:
        raise LookupError("the workspace holds no session")  # teks-tetap: internal, caught
    return max(found, key=lambda k: (k.jenis == ORIENTASI, k.peserta, k.rtl))
