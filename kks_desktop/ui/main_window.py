"""The main window: the area list and pages, the Berkas menu's backups, Edit's undo, the status bar."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, cast

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
from kks_desktop.bahasa import translate
from kks_desktop.ui.formatting import size_text
from kks_desktop.ui.halaman_malas import HalamanMalas

# Modules that need the workspace (the services among them) are imported where they are used,
# so that the window's frame shows at once while the program starts (ui.app).
if TYPE_CHECKING:
    from kks_desktop.ui.cadangan_aksi import CadanganAksi
    from kks_desktop.ui.desa_page import DesaPage
    from kks_desktop.ui.kegiatan_page import KegiatanPage
    from kks_desktop.ui.kesiapan_page import KesiapanPage
    from kks_desktop.ui.rumah_tangga_page import RumahTanggaPage
    from kks_desktop.ui.sanitasi_page import SanitasiPage
    from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

# Views that are a tab of a page rather than a page of their own: key -> the page.
TAB_VIEWS = {"sanitasi": "desa", "kesiapan-matriks": "kesiapan"}


def _labels() -> dict[str, str]:
    """Page key (used by `screenshot --page`) -> its name in the area list."""
    return {
        "beranda": translate("main_window", "Beranda"),
        "desa": translate("main_window", "Desa dan Pokja"),
        "sanitasi-ringkasan": translate("main_window", "Sanitasi"),
        "data-kk": translate("main_window", "Data KK"),
        "kegiatan": translate("main_window", "Kegiatan"),
        "kesiapan": translate("main_window", "Kesiapan"),
        "ekspor-impor": translate("main_window", "Ekspor/Impor"),
        "pengaturan": translate("main_window", "Pengaturan"),
    }


class MainWindow(QMainWindow):
    """`pulih_selesai(message)`: a backup was restored into the workspace; whoever opened the
    window closes it and the workspace and opens both again.

    Made without a session, the window is its frame: the area list (not yet usable), the
    menus' titles and "Membuka data…", painted while the workspace is opened; `pasang` then
    fills it. Beranda is built then; every other page (and its module) the first time it is
    shown or asked for through `pages`, so the window appears quickly on a large workspace.
    """

    pulih_selesai = Signal(str)
    session: UiSession
    cadangan: CadanganAksi
    pages: HalamanMalas

    def __init__(self, session: UiSession | None = None) -> None:
        super().__init__()
        self.setWindowTitle("KKS Desktop")  # teks-tetap: the program's name
        self.stack = QStackedWidget()
        self.membuka: QLabel | None = QLabel(translate("main_window", "Membuka data…"))
        self.membuka.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.membuka)
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("main_window", "Bagian program"))
        self.nav.setFixedWidth(170)
        self.nav.addItems(list(_labels().values()))
        self.nav.setEnabled(False)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.berkas_menu = self.menuBar().addMenu(translate("main_window", "&Berkas"))
        self.edit_menu = self.menuBar().addMenu(translate("main_window", "&Edit"))
        self.bantuan_menu = self.menuBar().addMenu(translate("main_window", "Ba&ntuan"))
        for menu in (self.berkas_menu, self.edit_menu, self.bantuan_menu):
            menu.setEnabled(False)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width()), min(800, available.height()))
        if session is not None:
            self.pasang(session)

    def pasang(self, session: UiSession) -> None:
        """Fill the frame for the open workspace of `session`: its pages, menus and status."""
        from kks_desktop.ui.cadangan_aksi import CadanganAksi

        self.session = session
        self.cadangan = CadanganAksi(session, self)
        self.cadangan.dipulihkan.connect(self.pulih_selesai)
        scope = session.workspace.scope()
        self.setWindowTitle(translate("main_window", "KKS Desktop — {wilayah}").format(
            wilayah=scope.nama) if scope else "KKS Desktop")  # teks-tetap: the program's name
        if self.membuka is not None:
            self.stack.removeWidget(self.membuka)
            self.membuka.deleteLater()
            self.membuka = None
        self.pages = HalamanMalas({
            "beranda": self._beranda,
            "desa": self._desa,
            "sanitasi-ringkasan": self._sanitasi,
            "data-kk": self._rumah_tangga,
            "kegiatan": self._kegiatan,
            "kesiapan": self._kesiapan,
            "ekspor-impor": self._pertukaran,
            "pengaturan": self._pengaturan,
        }, self.stack)
        for number, key in enumerate(self.pages, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(action)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setEnabled(True)
        self._menus()
        for menu in (self.berkas_menu, self.edit_menu, self.bantuan_menu):
            menu.setEnabled(True)
        # Bound methods, not lambdas: Qt drops them when the window is destroyed.
        session.data_changed.connect(self.update_status)
        session.undo_stack.indexChanged.connect(self.update_status)
        self.update_status()
        self.show_page("beranda")

    # The page makers: each imports its page's module only when the page is first needed.

    def _beranda(self) -> QWidget:
        from kks_desktop.ui.beranda_page import BerandaPage
        beranda = BerandaPage(self.session)
        beranda.cadangan_panel.cadangkan_diminta.connect(self.cadangan.cadangkan_ke)
        beranda.cadangan_panel.pulihkan_diminta.connect(self.pulihkan)
        return beranda

    def _desa(self) -> QWidget:
        from kks_desktop.ui.desa_page import DesaPage
        return DesaPage(self.session)

    def _sanitasi(self) -> QWidget:
        from kks_desktop.ui.sanitasi_page import SanitasiPage
        page = SanitasiPage(self.session)
        page.desa_requested.connect(self.open_desa_sanitasi)
        return page

    def _rumah_tangga(self) -> QWidget:
        from kks_desktop.ui.rumah_tangga_page import RumahTanggaPage
        return RumahTanggaPage(self.session)

    def _kegiatan(self) -> QWidget:
        from kks_desktop.ui.kegiatan_page import KegiatanPage
        return KegiatanPage(self.session)

    def _kesiapan(self) -> QWidget:
        from kks_desktop.ui.kesiapan_page import KesiapanPage
        return KesiapanPage(self.session)

    def _pertukaran(self) -> QWidget:
        from kks_desktop.ui.pertukaran_page import PertukaranPage
        return PertukaranPage(self.session)

    def _pengaturan(self) -> QWidget:
        from kks_desktop.ui.pengaturan_page import PengaturanPage
        return PengaturanPage(self.session)

    def _menus(self) -> None:
        berkas = self.berkas_menu
        backup = berkas.addAction(translate("main_window", "&Cadangkan ke…"))
        backup.setToolTip(translate("main_window", "Simpan salinan data ke folder pilihan Anda, "
                                    "misalnya flashdisk"))
        backup.triggered.connect(self.cadangan.cadangkan_ke)
        restore = berkas.addAction(translate("main_window", "&Pulihkan dari cadangan…"))
        restore.triggered.connect(self.pulihkan)
        self.backup_action, self.restore_action = backup, restore
        berkas.addSeparator()
        quit_action = berkas.addAction(translate("main_window", "&Keluar"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit = self.edit_menu
        undo = self.session.undo_stack.createUndoAction(self, translate("main_window", "&Urungkan"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, translate("main_window", "U&langi"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self.terhapus_action = edit.addAction(translate("main_window", "Data &terhapus…"))
        self.terhapus_action.triggered.connect(self._data_terhapus)
        bantuan = self.bantuan_menu
        panduan = bantuan.addAction(translate("main_window", "&Panduan"))
        panduan.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        panduan.triggered.connect(self._panduan)
        about = bantuan.addAction(translate("main_window", "&Tentang KKS Desktop"))
        about.triggered.connect(self._about)

    def _data_terhapus(self) -> None:
        from kks_desktop.ui.data_terhapus import DataTerhapusDialog
        DataTerhapusDialog.tampilkan(self, self.session)

    def _panduan(self) -> None:
        from kks_desktop.ui.panduan_dialog import buka_panduan
        buka_panduan(self)

    def show_page(self, key: str) -> None:
        """Show a page by key (beranda, desa, sanitasi-ringkasan, data-kk, kegiatan, kesiapan,
        ekspor-impor, pengaturan), or a tab: `sanitasi` (the Sanitasi tab of the desa shown on
        the Desa page), `kesiapan-matriks` (the desa × item matrix; the checklist where a
        workspace has none)."""
        self.nav.setCurrentRow(list(self.pages).index(TAB_VIEWS.get(key, key)))
        if key == "sanitasi":
            self.desa_page.tabs.setCurrentWidget(self.desa_page.sanitasi_tab)
        elif key == "kesiapan-matriks" and self.kesiapan_page.matriks is not None:
            self.kesiapan_page.tabs.setCurrentWidget(self.kesiapan_page.matriks)

    def _nav_changed(self, row: int) -> None:
        """Switch pages (building the one asked for, the first time); leaving a session with
        unsaved edits asks first (Batal stays)."""
        if (self.pages.dibangun("kegiatan") and self.stack.currentWidget() is self.kegiatan_page
                and row != self.stack.currentIndex() and self.kegiatan_page.is_modified()
                and not self.kegiatan_page.resolve_unsaved()):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.pages[list(self.pages)[row]])

    @property
    def view_keys(self) -> list[str]:
        """Every key `show_page` accepts."""
        return [*self.pages, *TAB_VIEWS]

    @property
    def desa_page(self) -> DesaPage:
        return cast("DesaPage", self.pages["desa"])

    @property
    def sanitasi_page(self) -> SanitasiPage:
        return cast("SanitasiPage", self.pages["sanitasi-ringkasan"])

    @property
    def rumah_tangga_page(self) -> RumahTanggaPage:
        return cast("RumahTanggaPage", self.pages["data-kk"])

    @property
    def kegiatan_page(self) -> KegiatanPage:
        return cast("KegiatanPage", self.pages["kegiatan"])

    @property
    def kesiapan_page(self) -> KesiapanPage:
        return cast("KesiapanPage", self.pages["kesiapan"])

    def open_desa_sanitasi(self, kode: str) -> None:
        """Click-through from the Sanitasi overview: that desa's reports and ODF path."""
        self.show_page("desa")
        self.desa_page.show_sanitasi(kode)

    def update_status(self, *_changed: object) -> None:
        from kks_desktop.services import cadangan
        from kks_desktop.ui.cadangan_teks import status_cadangan

        ws = self.session.workspace
        self.file_label.setText(translate("main_window", "Berkas data: {berkas}  ({ukuran})").format(
            berkas=ws.path, ukuran=size_text(ws.size_bytes())))
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
            self, translate("main_window", "Tentang KKS Desktop"),
            translate("main_window", "KKS Desktop {versi}\nUntuk Pokja Desa/Kelurahan Sehat, "
                      "Forum Kecamatan Sehat dan Tim Pembina KKS.\n\nBerkas data: {berkas}").format(
                versi=__version__, berkas=self.session.workspace.path))

    def unsaved_settled(self) -> bool:
        """Ask about unsaved edits on the pages that hold them (if built); False when the user
        stays."""
        if self.membuka is not None:
            return True  # the frame alone: nothing opened, nothing to settle
        pages: list[DesaPage | KegiatanPage] = []
        if self.pages.dibangun("desa"):
            pages.append(self.desa_page)
        if self.pages.dibangun("kegiatan"):
            pages.append(self.kegiatan_page)
        return all(not page.is_modified() or page.resolve_unsaved() for page in pages)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved_settled():
            event.accept()
        else:
            event.ignore()
