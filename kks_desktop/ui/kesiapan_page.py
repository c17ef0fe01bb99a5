"""The Kesiapan page: choose a checklist and a region, see it judged, answer its manual items."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kks_desktop import messages
from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services import kesiapan_jawaban, kesiapan_service
from kks_desktop.services.identitas import identitas, nama_desa
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.kesiapan_commands import push_jawaban
from kks_desktop.ui.kesiapan_daftar import KesiapanDaftar
from kks_desktop.ui.kesiapan_jawaban_dialog import KesiapanJawabanDialog
from kks_desktop.ui.kesiapan_matriks import KesiapanMatriks
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "kesiapan_page", "Belum ada desa/kelurahan di berkas data ini. Tambahkan desa di halaman Desa dan "
    "Pokja; setelah itu kesiapan tiap desa, kecamatan dan kabupaten dinilai di sini dari data yang Anda "
    "isi.")
# Which checklist levels a workspace of each scope offers (desa checklists always).
_OFFERED = {ScopeLevel.KABUPATEN: {Tingkat.DESA, Tingkat.KECAMATAN, Tingkat.KABUPATEN},
            ScopeLevel.KECAMATAN: {Tingkat.DESA, Tingkat.KECAMATAN}}
# The last checklist ("" key) and region per checklist, per workspace file, while the program runs.
_INGAT: dict[str, dict[str, str]] = {}

Pilihan = list[tuple[str, str]]  # (label, kode)


def definisi_label(definisi: Definisi) -> str:
    """"Kesiapan Pokja Desa Sehat (siklus 2025)"; a title naming its cycle is left as it is."""
    judul = translate("acuan", definisi.judul)
    if f"siklus {definisi.siklus}" in definisi.judul:  # the checklist's own (Indonesian) title
        return judul
    return translate("kesiapan_page", "{judul} (siklus {siklus})").format(
        judul=judul, siklus=definisi.siklus)


def definisi_tersedia(ws: Workspace) -> list[Definisi]:
    scope = ws.scope()
    levels = _OFFERED.get(scope.level, {Tingkat.DESA}) if scope else {Tingkat.DESA}
    return [d for d in kesiapan_service.muat_definisi() if d.tingkat in levels]


def wilayah_pilihan(ws: Workspace, definisi: Definisi) -> Pilihan:
    """The regions a checklist can be judged for: the registered desa (with their kecamatan),
    the kecamatan that have registered desa, or the workspace's kabupaten."""
    desa = ws.desa.desa_list()
    if not desa:
        return []
    if definisi.tingkat is Tingkat.DESA:
        return [(translate("kesiapan_page", "{desa} (Kec. {kecamatan})").format(
            desa=nama_desa(d), kecamatan=d.wilayah.kecamatan), str(d.kode)) for d in desa]
    if definisi.tingkat is Tingkat.KECAMATAN:
        kecamatan = {str(d.kode.at(Level.KECAMATAN)): d.wilayah.kecamatan for d in desa}
        return [(translate("kesiapan_page", "Kecamatan {nama}").format(nama=nama), kode)
                for kode, nama in sorted(kecamatan.items())]
    scope = ws.scope()
    if scope is None or scope.level is not ScopeLevel.KABUPATEN:
        return []
    return [(identitas(ws, scope.kode).nama, str(scope.kode))]


class KesiapanPage(RefreshWhenShown):
    """Reads the checklist again when `session.data_changed` fires (at once if shown, else on
    show). `tabs` holds the checklist view and, for a kecamatan or kabupaten workspace, the
    desa × item matrix (`matriks`; a desa chosen there opens its checklist here)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._filling = False
        self.definisi_combo = QComboBox()
        self.definisi_combo.setAccessibleName(translate("kesiapan_page", "Daftar periksa"))
        self.definisi_combo.currentIndexChanged.connect(self._definisi_changed)
        self.wilayah_combo = self._make_wilayah_combo()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 11pt; color: #5f6b76;")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.hide()
        self.daftar = KesiapanDaftar()
        self.daftar.jawab_requested.connect(self.jawab)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(self._daftar_tab(), translate("kesiapan_page", "Daftar periksa"))
        self.matriks: KesiapanMatriks | None = None
        scope = session.workspace.scope()
        if scope is not None and scope.level in _OFFERED:
            self.matriks = KesiapanMatriks(session)
            self.matriks.desa_dipilih.connect(self._buka_desa)
            self.tabs.addTab(self.matriks, translate("kesiapan_page", "Matriks desa"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        session.data_changed.connect(self._data_changed)
        self.refresh()

    def _make_wilayah_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate("kesiapan_page", "Wilayah"))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(34)
        edit = QLineEdit()
        edit.setPlaceholderText(translate("kesiapan_page", "Ketik sebagian nama…"))
        combo.setLineEdit(edit)
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.currentIndexChanged.connect(self._wilayah_changed)
        edit.editingFinished.connect(self._wilayah_typed)
        return combo

    def _daftar_tab(self) -> QWidget:
        """The chooser above the judged checklist (or the hint in its place)."""
        top = QHBoxLayout()
        for text, widget in ((translate("kesiapan_page", "&Daftar periksa:"), self.definisi_combo),
                             (translate("kesiapan_page", "&Wilayah:"), self.wilayah_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.hint, 1)  # takes the room of the hidden checklist, text at the top
        layout.addWidget(self.daftar, 1)
        return tab

    def _buka_desa(self, definisi_id: str, kode: str) -> None:
        """Click-through from the matrix: that desa's checklist."""
        self.tabs.setCurrentIndex(0)
        self.tampilkan(definisi_id, kode)

    # --- what is chosen -----------------------------------------------------------------------
    def current_definisi(self) -> Definisi | None:
        found = self.definisi_combo.currentData()
        return found if isinstance(found, Definisi) else None

    def current_kode(self) -> str:
        return str(self.wilayah_combo.currentData() or "")

    def _ingat(self) -> dict[str, str]:
        return _INGAT.setdefault(str(self.session.workspace.path), {})

    def tampilkan(self, definisi_id: str, kode: str) -> bool:
        """Show that checklist for that region; False when either is not on offer here."""
        found = self.definisi_combo.findData(definisi_id, Qt.ItemDataRole.UserRole + 1)
        if found < 0:
            return False
        self._ingat()[definisi_id] = kode
        if found == self.definisi_combo.currentIndex():
            self._fill_wilayah()
        else:
            self.definisi_combo.setCurrentIndex(found)
        return self.current_kode() == kode

    # --- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the checklists, the regions and the judgement again, keeping the choices."""
        self._dirty = False
        keep = self._ingat().get("", "")
        current = self.current_definisi()
        wanted = current.id if current is not None else keep
        self._filling = True
        self.definisi_combo.clear()
        for definisi in definisi_tersedia(self.session.workspace):
            self.definisi_combo.addItem(definisi_label(definisi), definisi)
            self.definisi_combo.setItemData(self.definisi_combo.count() - 1, definisi.id,
                                            Qt.ItemDataRole.UserRole + 1)
        found = self.definisi_combo.findData(wanted, Qt.ItemDataRole.UserRole + 1)
        self.definisi_combo.setCurrentIndex(max(0, found))
        self._filling = False
        self._fill_wilayah()

    def _definisi_changed(self, *_args: object) -> None:
        if not self._filling:
            self._fill_wilayah()

    def _fill_wilayah(self) -> None:
        definisi = self.current_definisi()
        choices = wilayah_pilihan(self.session.workspace, definisi) if definisi else []
        if definisi is not None:
            self._ingat()[""] = definisi.id
        wanted = self._ingat().get(definisi.id, "") if definisi else ""
        self._filling = True
        self.wilayah_combo.clear()
        for label, kode in choices:
            self.wilayah_combo.addItem(label, kode)
        self.wilayah_combo.setCurrentIndex(max(0, self.wilayah_combo.findData(wanted)))
        self._filling = False
        self.wilayah_combo.setEnabled(len(choices) > 1)
        self._judge()

    def _wilayah_changed(self, *_args: object) -> None:
        if self._filling:
            return
        definisi = self.current_definisi()
        if definisi is not None and self.current_kode():
            self._ingat()[definisi.id] = self.current_kode()
        self._judge()

    def _wilayah_typed(self) -> None:
        """Enter or leaving the field: a text matching one region chooses it; anything else
        goes back to the region shown."""
        combo = self.wilayah_combo
        typed = combo.currentText().strip().casefold()
        matches = [r for r in range(combo.count()) if typed in combo.itemText(r).casefold()]
        if typed and len(matches) == 1:
            combo.setCurrentIndex(matches[0])
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _judge(self) -> None:
        definisi, kode = self.current_definisi(), self.current_kode()
        if definisi is None or not kode:
            self._show_hint(translate("kesiapan_page", EMPTY_HINT))
            return
        try:
            wilayah = KodeWilayah.parse(kode)
            hasil = kesiapan_service.nilai(self.session.workspace, definisi, wilayah)
            nama = identitas(self.session.workspace, wilayah).nama
        except KksError as exc:
            logger.info("checklist %s for %s not judged: %r", definisi.id, kode, exc)
            self._show_hint(messages.describe(exc))
            return
        self.hint.hide()
        self.daftar.show()
        self.daftar.set_hasil(hasil, nama)

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()
        self.daftar.hide()
        self.daftar.set_hasil(None)

    # --- answering ----------------------------------------------------------------------------
    def jawab(self, butir_id: str) -> bool:
        """Open the answer form for a manual item of the shown checklist; True when the answer
        was saved or removed (and put on the undo stack)."""
        definisi, kode, hasil = self.current_definisi(), self.current_kode(), self.daftar.hasil
        found = next((h for h in hasil.butir if h.butir.id == butir_id), None) if hasil else None
        if definisi is None or not kode or found is None or not found.butir.manual:
            return False
        ws, wilayah = self.session.workspace, KodeWilayah.parse(kode)
        nama = identitas(ws, wilayah).nama
        before = kesiapan_jawaban.simpanan(ws, definisi, wilayah, butir_id)
        if KesiapanJawabanDialog.ask(self, self.session, definisi, wilayah, found, nama) is None:
            return False
        push_jawaban(self.session, definisi, wilayah, found.butir, nama, before)
        return True
