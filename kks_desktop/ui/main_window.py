"""The main window: the area list on the left, the pages, the Edit menu's undo, the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kks_desktop import __version__
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.formatting import size_text
from kks_desktop.ui.placeholder_page import PlaceholderPage
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# Page key (used by `screenshot --page`), label in the area list, what a coming area will hold.
COMING = {
    "sanitasi": ("Sanitasi", "Laporan sanitasi STBM per desa per bulan (tangga akses KK, "
                 "pilar 2–5) dan jalur ODF: pemicuan, verifikasi, deklarasi."),
    "kegiatan": ("Kegiatan", "Orientasi KKS, sosialisasi STBM, rapat Pokja dan pelatihan: peserta, "
                 "daftar hadir, pre/post test, rencana tindak lanjut."),
    "kesiapan": ("Kesiapan", "Daftar periksa kesiapan desa, kecamatan dan kabupaten untuk "
                 "penilaian KKS, beserta apa yang masih kurang."),
    "ekspor": ("Ekspor/Impor", "Buku kerja Excel yang diterima kabupaten, impor kembali, dan "
               "penggabungan data banyak desa."),
    "pengaturan": ("Pengaturan", "Bahasa, ukuran kertas (A4/F4), nama pengguna, aturan Desa STBM "
                   "dan cadangan otomatis."),
}


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        scope = session.workspace.scope()
        self.setWindowTitle(f"KKS Desktop — {scope.nama}" if scope else "KKS Desktop")
        self.pages: dict[str, QWidget] = {
            "beranda": BerandaPage(session),
            "desa": DesaPage(session),
        }
        labels = {"beranda": "Beranda", "desa": "Desa dan Pokja"}
        for key, (label, promise) in COMING.items():
            self.pages[key] = PlaceholderPage(label, promise)
            labels[key] = label
        self.nav = QListWidget()
        self.nav.setAccessibleName("Bagian program")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for number, (key, page) in enumerate(self.pages.items(), start=1):
            suffix = "" if key in ("beranda", "desa") else "  (segera)"
            self.nav.addItem(f"{labels[key]}{suffix}")
            self.stack.addWidget(page)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.file_label)
        # Bound methods, not lambdas: Qt drops them when the window is destroyed.
        session.data_changed.connect(self.update_status)
        session.undo_stack.indexChanged.connect(self.update_status)
        self.update_status()
        self.show_page("beranda")
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width()), min(800, available.height()))

    def _menus(self) -> None:
        berkas = self.menuBar().addMenu("&Berkas")
        quit_action = berkas.addAction("&Keluar")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit = self.menuBar().addMenu("&Edit")
        undo = self.session.undo_stack.createUndoAction(self, "&Urungkan")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, "U&langi")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        bantuan = self.menuBar().addMenu("Ba&ntuan")
        about = bantuan.addAction("&Tentang KKS Desktop")
        about.triggered.connect(self._about)

    def show_page(self, key: str) -> None:
        """Show a page by key: beranda, desa, sanitasi, kegiatan, kesiapan, ekspor, pengaturan."""
        self.nav.setCurrentRow(list(self.pages).index(key))

    def update_status(self, *_changed: object) -> None:
        ws = self.session.workspace
        self.file_label.setText(f"Berkas data: {ws.path}  ({size_text(ws.size_bytes())})")

    def _about(self) -> None:
        QMessageBox.information(
            self, "Tentang KKS Desktop",
            f"KKS Desktop {__version__}\nUntuk Pokja Desa/Kelurahan Sehat, Forum Kecamatan Sehat "
            f"dan Tim Pembina KKS.\n\nBerkas data: {self.session.workspace.path}")

    def closeEvent(self, event: QCloseEvent) -> None:
        desa_page = self.pages["desa"]
        assert isinstance(desa_page, DesaPage)
        if desa_page.is_modified() and not desa_page.resolve_unsaved():
            event.ignore()
            return
        event.accept()
