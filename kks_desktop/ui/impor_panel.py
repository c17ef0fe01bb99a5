"""ImporPanel: choose workbooks, see the dry run, resolve conflicts, import; or a whole folder."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, indonesia, translate
from kks_desktop.domain.errors import Cancelled
from kks_desktop.messages_excel import hasil_impor_text
from kks_desktop.services import (
    impor_anotasi,
    impor_buku,
    impor_folder,
    impor_terap,
    riwayat_kelompok,
)
from kks_desktop.services.impor_buku import RencanaImpor
from kks_desktop.services.impor_folder import HasilBerkas
from kks_desktop.services.impor_terap import HasilImpor
from kks_desktop.ui.aksi_command import push_aksi
from kks_desktop.ui.dialogs import confirm
from kks_desktop.ui.ekspor_panel import (
    XLSX_FILTER,
    PesanBar,
    folder_awal,
    ingat_folder,
    tanya_simpan,
)
from kks_desktop.ui.formatting import number
from kks_desktop.ui.impor_rencana_model import RencanaView
from kks_desktop.ui.konflik_dialog import KonflikDialog
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.riwayat_pertukaran import HasilFolderView
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.worker import Job, failure_text, jalankan_tugas

logger = logging.getLogger(__name__)

START, RENCANA, FOLDER = range(3)
INTRO = QT_TRANSLATE_NOOP(
    "impor_panel", "<p><b>Impor buku kerja</b> yang dibuat KKS Desktop (buku kerja desa, atau templat "
    "yang sudah diisi). Pilih satu berkas (Ctrl+O) untuk melihat dahulu apa yang akan berubah — tidak "
    "ada yang ditulis sebelum Anda menekan <b>Impor</b>. Pilih sebuah folder (atau beberapa berkas) "
    "untuk menggabungkan buku kerja banyak desa sekaligus.</p><p>Berkas juga dapat diseret ke halaman "
    "ini.</p>")
BATAL_FOLDER = QT_TRANSLATE_NOOP(
    "impor_panel", "Dibatalkan. Buku kerja yang sudah selesai diimpor sebelum Batal tetap tersimpan, "
    "masing-masing utuh (lihat tab Riwayat); yang sedang diperiksa tidak diubah.")


class ImporPanel(RefreshWhenShown):
    """The start view, the dry run of one workbook (`view`) or the per-file results of many.
    A dry run shown when the data changes (an edit elsewhere, an export) is run again."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rencana: RencanaImpor | None = None
        self.ambil_berkas: dict[str, frozenset[str]] | None = None
        self.hasil_folder: list[HasilBerkas] = []
        self.pilih_button = QPushButton(translate("impor_panel", "&Pilih berkas…"))
        self.pilih_button.setToolTip(translate("impor_panel", "Pilih satu buku kerja untuk diperiksa "
                                               "(Ctrl+O), atau beberapa sekaligus"))
        self.pilih_button.clicked.connect(self.pilih_berkas)
        self.folder_button = QPushButton(translate("impor_panel", "Pilih &folder…"))
        self.folder_button.setToolTip(translate("impor_panel",
                                                "Impor semua buku kerja .xlsx di sebuah folder"))
        self.folder_button.clicked.connect(self.pilih_folder)
        self.hanya_sah = QCheckBox(translate("impor_panel", "Impor baris yang &sah saja"))
        self.hanya_sah.setToolTip(translate("impor_panel", "Baris berkesalahan dilewati (dan disebutkan "
                                            "di hasil); baris lain diimpor. Berlaku juga untuk impor "
                                            "folder."))
        top = QHBoxLayout()
        for widget in (self.pilih_button, self.folder_button):
            top.addWidget(widget)
        top.addSpacing(16)
        top.addWidget(self.hanya_sah)
        top.addStretch(1)
        self.pesan = PesanBar()
        self.stack = QStackedWidget()
        intro = QLabel(translate("impor_panel", INTRO))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.view = RencanaView()
        self.view.impor_button.clicked.connect(self.impor)
        self.view.konflik_button.clicked.connect(self.lihat_konflik)
        self.view.anotasi_button.clicked.connect(self.simpan_anotasi)
        self.view.tutup_button.clicked.connect(self.tutup)
        self.hanya_sah.toggled.connect(self._update)
        self.stack.addWidget(intro)
        self.stack.addWidget(self.view)
        self.folder_view = HasilFolderView()
        self.stack.addWidget(self.folder_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pesan)
        layout.addWidget(self.stack, 1)
        self.setAcceptDrops(True)
        session.data_changed.connect(self._data_changed)

    def refresh(self) -> None:
        """The data changed since the dry run shown: check the workbook again."""
        self._dirty = False
        if self.rencana is not None and not self._busy:
            path = self.rencana.path
            self.tutup()
            self.periksa(path, ulang=True)

    # -- choosing -------------------------------------------------------------------------
    def pilih_berkas(self) -> bool:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, translate("impor_panel", "Pilih buku kerja untuk diimpor"),
            str(folder_awal(self.session)), translate("ekspor_panel", XLSX_FILTER))
        return self.buka([Path(c) for c in chosen])

    def pilih_folder(self) -> bool:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("impor_panel", "Pilih folder berisi buku kerja desa"),
            str(folder_awal(self.session)))
        return self.buka([Path(chosen)]) if chosen else False

    def buka(self, paths: Sequence[Path]) -> bool:
        """One file: its dry run; several files or a folder: import them all (after asking).
        False when nothing was started."""
        if not paths:
            return False
        ingat_folder(self.session, paths[0] if paths[0].is_dir() else paths[0].parent)
        if len(paths) == 1 and not paths[0].is_dir():
            return self.periksa(paths[0])
        return self.impor_banyak(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self._busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.buka(paths)

    # -- running --------------------------------------------------------------------------
    _busy = False
    _ulang = False

    def _run(self, job: Job, label: str, selesai: object, batal_text: str = "") -> bool:
        """Start `job`; `batal_text` replaces the plain "Dibatalkan…" when Batal can leave
        some of the work done (files imported before it)."""
        self._busy, self._batal_text = True, batal_text
        self.pesan.hide()
        for button in (self.pilih_button, self.folder_button):
            button.setEnabled(False)
        self._update()
        self.tugas = jalankan_tugas(self, self.session.workspace, job, label,
                                    selesai, self._gagal)  # type: ignore[arg-type]
        return True

    def _idle(self) -> None:
        self._busy = False
        for button in (self.pilih_button, self.folder_button):
            button.setEnabled(True)
        self._update()

    def _gagal(self, exc: object) -> None:
        self._idle()
        if isinstance(exc, Cancelled) and self._batal_text:
            self._bisa_diurungkan()
            self.pesan.tell(self._batal_text, error=True)
            self.session.notify("")
            return
        self.pesan.tell(failure_text(exc), error=True)

    # -- one workbook ---------------------------------------------------------------------
    def periksa(self, path: Path, *, ulang: bool = False) -> bool:
        """The dry run of `path` in the background; nothing is written. `ulang`: again, because
        the data changed since the last one (said above the new result)."""
        self._ulang = ulang
        return self._run(lambda w, p, b: impor_buku.rencanakan(w, path, progress=p, batal=b),
                         translate("impor_panel", "Memeriksa {berkas}…").format(berkas=path.name),
                         self._diperiksa)

    def _diperiksa(self, rencana: object) -> None:
        assert isinstance(rencana, RencanaImpor)
        self.rencana, self.ambil_berkas = rencana, None
        self.view.set_rencana(rencana)
        self.stack.setCurrentIndex(RENCANA)
        self._idle()
        if self._ulang:
            self.pesan.tell(translate("impor_panel", "Data di sini berubah setelah pemeriksaan tadi, "
                                      "jadi berkas diperiksa ulang. Pilihan konflik sebelumnya perlu "
                                      "dibuat lagi."))

    def _update(self, *_args: object) -> None:
        self.view.update_actions(self.rencana, self.hanya_sah.isChecked(), self._busy)

    def lihat_konflik(self) -> bool:
        """Choose, field by field, the values of the conflicting records; True when chosen."""
        if self.rencana is None:
            return False
        choices = KonflikDialog.ask(self.rencana, self)
        if choices is None:
            return False
        self.ambil_berkas = choices
        self.view.set_pilihan(choices)
        return True

    def impor(self) -> bool:
        """Commit the dry run (after the conflicts are chosen); False when nothing started."""
        rencana = self.rencana
        if rencana is None or not self.view.impor_button.isEnabled():
            return False
        if self.view.konflik_count and self.ambil_berkas is None and not self.lihat_konflik():
            return False
        sah, ambil = self.hanya_sah.isChecked(), dict(self.ambil_berkas or {})
        name = rencana.path.name
        self._mulai_impor(lambda: translate("impor_panel", "impor {berkas}").format(berkas=name))
        return self._run(lambda w, _p, _b: impor_terap.terapkan(
            w, rencana, hanya_baris_sah=sah, ambil_berkas=ambil),
            translate("impor_panel", "Mengimpor {berkas}…").format(berkas=name), self._diimpor)

    def _diimpor(self, hasil: object) -> None:
        assert isinstance(hasil, HasilImpor) and self.rencana is not None
        name = self.rencana.path.name
        self.tutup()
        self._idle()
        text = f"{name}: {hasil_impor_text(hasil)}"
        if self._bisa_diurungkan():
            text += " " + translate("impor_panel", "Dapat diurungkan dengan Ctrl+Z.")
        self.pesan.tell(text,
                        error=hasil.ditulis == 0 and bool(hasil.dilewati))
        self.session.notify("")

    def tutup(self) -> None:
        """Leave the dry run without importing."""
        self.rencana, self.ambil_berkas = None, None
        self.view.set_rencana(None)
        self.stack.setCurrentIndex(START)
        self._update()

    def simpan_anotasi(self) -> bool:
        """Save a copy of the workbook with the bad cells marked and a Kesalahan column."""
        rencana = self.rencana
        if rencana is None:
            return False
        usul = rencana.path.with_name(f"{rencana.path.stem} (bertanda).xlsx")  # teks-tetap: file name
        target = tanya_simpan(self, self.session, translate("impor_panel", "Simpan salinan bertanda"), usul)
        if target is None:
            return False
        return self._run(lambda _w, _p, _b: impor_anotasi.simpan_anotasi(rencana, target),
                         translate("impor_panel", "Menyimpan salinan bertanda…"),
                         self._anotasi_tersimpan)

    def _anotasi_tersimpan(self, path: object) -> None:
        self._idle()
        assert isinstance(path, Path)
        self.pesan.tell(translate("impor_panel", "Salinan bertanda tersimpan: {berkas}. Sel yang salah "
                                  "diberi warna dan tiap baris bermasalah diberi keterangan di kolom "
                                  "Kesalahan.").format(berkas=path.name), path.parent)

    # -- many workbooks -------------------------------------------------------------------
    def impor_banyak(self, paths: Sequence[Path]) -> bool:
        """Import every workbook in `paths` (files and folders) after asking; per-file results."""
        files = impor_folder.berkas_di(paths)
        if not files:
            self.pesan.tell(translate("impor_panel", "Tidak ada buku kerja Excel (.xlsx) di sana. Data "
                                      "tidak berubah."), error=True)
            return False
        sah = self.hanya_sah.isChecked()
        where = paths[0] if len(paths) == 1 else paths[0].parent
        if sah:
            question = translate("impor_panel", "Impor {jumlah} buku kerja dari {folder}?\n\nSetiap "
                                 "berkas diperiksa dahulu: baris yang berkesalahan dilewati; catatan "
                                 "yang bertentangan dengan data di sini tidak ditimpa (hasilnya "
                                 "“konflik”; impor berkas itu sendiri untuk memilih nilainya).")
        else:
            question = translate("impor_panel", "Impor {jumlah} buku kerja dari {folder}?\n\nSetiap "
                                 "berkas diperiksa dahulu: berkas yang berkesalahan ditolak seluruhnya; "
                                 "catatan yang bertentangan dengan data di sini tidak ditimpa (hasilnya "
                                 "“konflik”; impor berkas itu sendiri untuk memilih nilainya).")
        if not confirm(self, translate("impor_panel", "Impor banyak buku kerja"),
                       question.format(jumlah=number(len(files)), folder=where)):
            return False
        self.tutup()
        self._mulai_impor(lambda: translate("impor_panel", "impor {jumlah} buku kerja dari {folder}")
                          .format(jumlah=number(len(files)), folder=where.name))
        return self._run(lambda w, p, b: impor_folder.impor_folder(
            w, files, hanya_baris_sah=sah, progress=p, batal=b),
            translate("impor_panel", "Mengimpor {jumlah} buku kerja…").format(jumlah=number(len(files))),
            self._folder_selesai, translate("impor_panel", BATAL_FOLDER))

    def _folder_selesai(self, hasil: object) -> None:
        assert isinstance(hasil, list)
        self.hasil_folder = hasil
        self.folder_view.set_hasil(hasil)
        self.stack.setCurrentIndex(FOLDER)
        self._idle()
        self._bisa_diurungkan()
        self.session.notify("")

    # -- undo -----------------------------------------------------------------------------
    _aksi_awal = 0
    _judul_impor = ""
    _judul_riwayat = ""

    def _mulai_impor(self, judul: Callable[[], str]) -> None:
        """Remember where the change history stood, so what the import saves can be undone;
        `judul` makes the undo step's title (shown in the screen's language, stored by the
        history in Indonesian)."""
        self._aksi_awal = riwayat_kelompok.nomor_terakhir(self.session.workspace)
        self._judul_impor = judul()
        with indonesia():
            self._judul_riwayat = judul()

    def _bisa_diurungkan(self) -> bool:
        """Put what the import saved (every workbook of a folder as one) on the undo stack;
        False when it saved nothing."""
        ws = self.session.workspace
        return push_aksi(self.session, riwayat_kelompok.aksi_sesudah(ws, self._aksi_awal),
                         self._judul_impor, judul=self._judul_riwayat)
