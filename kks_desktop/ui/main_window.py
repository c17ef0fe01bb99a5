"""The main window: the area list and pages, the Berkas menu's backups, Edit's undo, the status bar."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal
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
from kks_desktop.services import cadangan
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.cadangan_aksi import CadanganAksi
from kks_desktop.ui.cadangan_teks import status_cadangan
from kks_desktop.ui.data_terhapus import DataTerhapusDialog
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.formatting import size_text
from kks_desktop.ui.kegiatan_page import KegiatanPage
from kks_desktop.ui.kesiapan_page import KesiapanPage
from kks_desktop.ui.panduan_dialog import buka_panduan
from kks_desktop.ui.pengaturan_page import PengaturanPage
from kks_desktop.ui.pertukaran_page import PertukaranPage
from kks_desktop.ui.placeholder_page import PlaceholderPage
from kks_desktop.ui.rumah_tangga_page import RumahTanggaPage
from kks_desktop.ui.sanitasi_page import SanitasiPage
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# Page key (used by `screenshot --page`), label in the area list, what a coming area will hold.
COMING: dict[str, tuple[str, str]] = {}
# Views that are a tab of a page rather than a page of their own: key -> the page.
TAB_VIEWS = {"sanitasi": "desa", "kesiapan-matriks": "kesiapan"}


class MainWindow(QMainWindow):
    """`pulih_selesai(message)`: a backup was restored into the workspace; whoever opened the
    window closes it and the workspace and opens both again."""

    pulih_selesai = Signal(str)

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.cadangan = CadanganAksi(session, self)
        self.cadangan.dipulihkan.connect(self.pulih_selesai)
        scope = session.workspace.scope()
        self.setWindowTitle(f"KKS Desktop — {scope.nama}" if scope else "KKS Desktop")
        self.sanitasi_page = SanitasiPage(session)
        self.kegiatan_page = KegiatanPage(session)
        self.kesiapan_page = KesiapanPage(session)
        self.rumah_tangga_page = RumahTanggaPage(session)
        self.pages: dict[str, QWidget] = {
            "beranda": BerandaPage(session),
            "desa": DesaPage(session),
            "sanitasi-ringkasan": self.sanitasi_page,
            "data-kk": self.rumah_tangga_page,
            "kegiatan": self.kegiatan_page,
            "kesiapan": self.kesiapan_page,
            "ekspor-impor": PertukaranPage(session),
        }
        labels = {"beranda": "Beranda", "desa": "Desa dan Pokja", "sanitasi-ringkasan": "Sanitasi",
                  "data-kk": "Data KK", "kegiatan": "Kegiatan", "kesiapan": "Kesiapan",
                  "ekspor-impor": "Ekspor/Impor"}
        for key, (label, promise) in COMING.items():
            self.pages[key] = PlaceholderPage(label, promise)
            labels[key] = f"{label}  (segera)"
        self.pages["pengaturan"] = PengaturanPage(session)
        labels["pengaturan"] = "Pengaturan"
        self.sanitasi_page.desa_requested.connect(self.open_desa_sanitasi)
        beranda = self.pages["beranda"]
        assert isinstance(beranda, BerandaPage)
        beranda.cadangan_panel.cadangkan_diminta.connect(self.cadangan.cadangkan_ke)
        beranda.cadangan_panel.pulihkan_diminta.connect(self.pulihkan)
        self.nav = QListWidget()
        self.nav.setAccessibleName("Bagian program")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for number, (key, page) in enumerate(self.pages.items(), start=1):
            self.nav.addItem(labels[key])
            self.stack.addWidget(page)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        # Bound methods, not lambdas: Qt drops them when the window is destroyed.
        session.data_changed.connect(self.update_status)
        session.undo_stack.indexChanged.connect(self.update_status)
        self.update_status()
        self.show_page("beranda")
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width()), min(800, available.height()))

    def _menus(self) -> None:
        berkas = self.menuBar().addMenu("&Berkas")
        backup = berkas.addAction("&Cadangkan ke…")
        backup.setToolTip("Simpan salinan data ke folder pilihan Anda, misalnya flashdisk")
        backup.triggered.connect(self.cadangan.cadangkan_ke)
        restore = berkas.addAction("&Pulihkan dari cadangan…")
        restore.triggered.connect(self.pulihkan)
        self.backup_action, self.restore_action = backup, restore
        berkas.addSeparator()
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
        edit.addSeparator()
        self.terhapus_action = edit.addAction("Data &terhapus…")
        self.terhapus_action.triggered.connect(
            lambda: DataTerhapusDialog.tampilkan(self, self.session))
        bantuan = self.menuBar().addMenu("Ba&ntuan")
        panduan = bantuan.addAction("&Panduan")
        panduan.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        panduan.triggered.connect(lambda: buka_panduan(self))
        about = bantuan.addAction("&Tentang KKS Desktop")
        about.triggered.connect(self._about)

    def show_page(self, key: str) -> None:
        """Show a page by key (beranda, desa, sanitasi-ringkasan, data-kk, kegiatan, kesiapan,
        ekspor-impor, pengaturan), or a tab: `sanitasi` (the Sanitasi tab of the desa shown on the Desa page),
        `kesiapan-matriks` (the desa × item matrix; the checklist where a workspace has none)."""
        self.nav.setCurrentRow(list(self.pages).index(TAB_VIEWS.get(key, key)))
        if key == "sanitasi":
            self.desa_page.tabs.setCurrentWidget(self.desa_page.sanitasi_tab)
        elif key == "kesiapan-matriks" and self.kesiapan_page.matriks is not None:
            self.kesiapan_page.tabs.setCurrentWidget(self.kesiapan_page.matriks)

    def _nav_changed(self, row: int) -> None:
        """Switch pages; leaving a session with unsaved edits asks first (Batal stays)."""
        leaving = self.stack.currentWidget()
        if (leaving is self.kegiatan_page and self.stack.widget(row) is not leaving
                and self.kegiatan_page.is_modified()
                and not self.kegiatan_page.resolve_unsaved()):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    @property
    def view_keys(self) -> list[str]:
        """Every key `show_page` accepts."""
        return [*self.pages, *TAB_VIEWS]

    @property
    def desa_page(self) -> DesaPage:
        page = self.pages["desa"]
        assert isinstance(page, DesaPage)
        return page

    def open_desa_sanitasi(self, kode: str) -> None:
        """Click-through from the Sanitasi overview: that desa's reports and ODF path."""
        self.show_page("desa")
        self.desa_page.show_sanitasi(kode)

    def update_status(self, *_changed: object) -> None:
        ws = self.session.workspace
        self.file_label.setText(f"Berkas data: {ws.path}  ({size_text(ws.size_bytes())})")
        text, warning = status_cadangan(cadangan.terakhir(ws), dt.datetime.now(),
                                        cadangan.angka(ws, cadangan.PERINGATAN_KEY))
        self.backup_label.setText(f"⚠ {text}" if warning else text)
        self.backup_label.setStyleSheet("color: #b35c00; font-weight: bold;" if warning else "")

    def pulihkan(self) -> None:
        """Restore a backup, once unsaved edits are saved or given up (as when closing)."""
        if self.unsaved_settled():
            self.cadangan.pulihkan()

    def _about(self) -> None:
        QMessageBox.information(
            self, "Tentang KKS Desktop",
            f"KKS Desktop {__version__}\nUntuk Pokja Desa/Kelurahan Sehat, Forum Kecamatan Sehat "
            f"dan Tim Pembina KKS.\n\nBerkas data: {self.session.workspace.path}")

    def unsaved_settled(self) -> bool:
        """Ask about unsaved edits on the pages that hold them; False when the user stays."""
        return all(not page.is_modified() or page.resolve_unsaved()
                   for page in (self.desa_page, self.kegiatan_page))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved_settled():
            event.accept()
        else:
            event.ignore()
