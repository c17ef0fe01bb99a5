"""The Ekspor/Impor page: desa workbooks, rekap and templates out; workbooks in; the history."""

from __future__ import annotations

import logging

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.ui.ekspor_panel import EksporPanel
from kks_desktop.ui.impor_panel import ImporPanel
from kks_desktop.ui.riwayat_pertukaran import RiwayatPertukaran
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


class PertukaranPage(QWidget):
    """Three tabs: Ekspor, Impor, Riwayat. Ctrl+E writes the desa workbook, Ctrl+O chooses a
    workbook to import (while the page is shown). An import announces itself through
    `session.notify`, so every other page reads its data again."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ekspor = EksporPanel(session)
        self.impor = ImporPanel(session)
        self.riwayat = RiwayatPertukaran(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ekspor, translate("pertukaran_page", "E&kspor"))
        self.tabs.addTab(self.impor, translate("pertukaran_page", "&Impor"))
        self.tabs.addTab(self.riwayat, translate("pertukaran_page", "&Riwayat"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+E"), self, self._ekspor_shortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self._impor_shortcut)

    def show_tab(self, which: QWidget) -> None:
        self.tabs.setCurrentWidget(which)

    def _ekspor_shortcut(self) -> None:
        self.show_tab(self.ekspor)
        self.ekspor.ekspor_buku()

    def _impor_shortcut(self) -> None:
        self.show_tab(self.impor)
        self.impor.pilih_berkas()
