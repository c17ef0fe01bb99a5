"""The Data KK page: a desa's household register entered like a spreadsheet, or every desa browsed."""

from __future__ import annotations

import logging
from array import array

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga_hitung import HitunganKK
from kks_desktop.messages_rumah_tangga import GANDA_LABELS
from kks_desktop.services import desa_service, rumah_tangga_service
from kks_desktop.ui.problem_label import ERROR_COLOUR
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.rumah_tangga_grid import GridKK
from kks_desktop.ui.rumah_tangga_hitung_dialog import HitungDialog
from kks_desktop.ui.rumah_tangga_latar import BacaLatar, SetelahGambar
from kks_desktop.ui.rumah_tangga_model import RumahTanggaModel
from kks_desktop.ui.rumah_tangga_penyunting import PenyuntingKK
from kks_desktop.ui.rumah_tangga_sel import KOLOM_SEMUA
from kks_desktop.ui.rumah_tangga_teks import (
    BELUM_LENGKAP_TIP,
    CARI_JEDA_MS,
    CARI_TEKS,
    HINT_DESA,
    HINT_SEMUA,
    PILIH_DESA,
    SEMUA_DESA,
    teks_baris,
    teks_jumlah,
)
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

class RumahTanggaPage(RefreshWhenShown):
    """Reads the register again when `session.data_changed` fires (at once if shown, else on
    show); after its own saves only the counts and the flagged duplicates are read again, so
    rows keep their places while a kader types."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._desa: dict[str, Desa] = {}
        self._desa_ids: dict[str, int] = {}
        self._nama_by_id: dict[int, str] = {}
        # (KK, KK without a rung, desa with KK) of what is chosen; None: to be read again.
        self._jumlah: tuple[int, int, int] | None = None
        self._jumlah_diminta = False  # a background count over every desa is on its way
        ws = session.workspace
        self.model = RumahTanggaModel(ws.rumah_tangga.baris, self)
        self.table = GridKK()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("rumah_tangga_page", "Data KK"))
        self.penyunting = PenyuntingKK(session, self.model, self)
        self.penyunting.pesan.connect(self.say)
        self.table.paste_handler = self._tempel
        self.table.kosongkan_handler = self.penyunting.kosongkan
        self._cari_timer = QTimer(self)
        self._cari_timer.setSingleShot(True)
        self._cari_timer.setInterval(CARI_JEDA_MS)
        self._cari_timer.timeout.connect(self._muat_baris)
        self._baca_ids = BacaLatar(ws, self)
        self._baca_jumlah = BacaLatar(ws, self)
        self._cari_tampil = ""  # the search the rows shown answer
        self._semua_ids: array[int] | None = None  # every desa, no search, as last read
        self._awal_saja = False  # the rows shown are the first desa's, read just now
        self._tempat: tuple[int | None, int] = (None, 0)  # the KK and column to keep current
        self._build()
        self._tunda = SetelahGambar(self.table.viewport())  # reads started once it is drawn
        session.data_changed.connect(self._data_changed)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.desa_combo = QComboBox()
        self.desa_combo.setAccessibleName(translate("rumah_tangga_page", "Desa"))
        self.desa_combo.setMinimumContentsLength(24)
        self.desa_combo.setMaxVisibleItems(20)
        self.desa_combo.currentIndexChanged.connect(self._desa_dipilih)
        desa_label = QLabel(translate("rumah_tangga_page", "&Desa:"))
        desa_label.setBuddy(self.desa_combo)
        self.search = QLineEdit()
        cari_teks = translate("rumah_tangga_teks", CARI_TEKS)
        self.search.setPlaceholderText(cari_teks)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("rumah_tangga_page", "Cari KK"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance(cari_teks) + 40)
        self.search.textChanged.connect(lambda _t: self._cari_timer.start())
        self.search.returnPressed.connect(self._cari_sekarang)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.count = QLabel()
        self.count.setToolTip(translate("rumah_tangga_teks", BELUM_LENGKAP_TIP))
        top = QHBoxLayout()
        top.addWidget(desa_label)
        top.addWidget(self.desa_combo)
        top.addSpacing(12)
        top.addWidget(self.search)
        top.addSpacing(12)
        top.addWidget(self.count, 1)

        self.tambah_button = QPushButton(translate("rumah_tangga_page", "&Tambah KK"))
        self.tambah_button.setToolTip(translate(
            "rumah_tangga_page", "Ke baris ＋ paling bawah untuk mengetik KK baru"))
        self.tambah_button.clicked.connect(self.tambah)
        self.hapus_button = QPushButton(translate("rumah_tangga_page", "&Hapus KK…"))
        self.hapus_button.setToolTip(translate(
            "rumah_tangga_page", "Hapus KK pada baris yang dipilih (ditanya dulu)"))
        self.hapus_button.clicked.connect(self.hapus)
        self.hitung_button = QPushButton(translate("rumah_tangga_page", "Hitung &laporan dari data KK…"))
        self.hitung_button.setToolTip(translate(
            "rumah_tangga_page", "Hitung laporan sanitasi bulanan desa dari data KK dan "
            "bandingkan dengan laporan yang diketik"))
        self.hitung_button.clicked.connect(self.hitung)
        self.impor_button = QPushButton(translate("rumah_tangga_page", "&Impor dari Excel…"))
        self.impor_button.clicked.connect(self.impor)
        self.ekspor_button = QPushButton(translate("rumah_tangga_page", "&Ekspor ke Excel…"))
        self.ekspor_button.clicked.connect(self.ekspor)
        self.templat_button = QPushButton(translate("rumah_tangga_page", "Tem&plat Excel…"))
        self.templat_button.clicked.connect(self.templat)
        self.templat_button.setToolTip(translate(
            "rumah_tangga_page", "Buku kerja kosong untuk mengisi data KK di Excel: desa "
            "yang dipilih, atau semua desa"))
        # Buttons that need one desa, with their tooltip while one is chosen.
        self._tips = {b: b.toolTip() for b in (self.tambah_button, self.hapus_button,
                                               self.hitung_button)}
        buttons = QHBoxLayout()
        for button in (self.tambah_button, self.hapus_button, self.hitung_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.impor_button, self.ekspor_button, self.templat_button):
            buttons.addWidget(button)

        self.pesan = QLabel()
        self.pesan.setWordWrap(True)
        self.pesan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pesan.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        # Whose row the cursor is on, for when the name has scrolled out of view.
        self.baris_label = QLabel()
        self.baris_label.setStyleSheet("font-weight: bold;")
        self.table.selectionModel().currentChanged.connect(self._baris_sekarang)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.pesan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.baris_label)
        layout.addWidget(self.hint)

    # -- what is shown --------------------------------------------------------------------

    @property
    def kode(self) -> KodeWilayah | None:
        """The desa chosen (None: every desa, read-only)."""
        value = self.desa_combo.currentData()
        return KodeWilayah.parse(value) if value else None

    def pilih_desa(self, kode: KodeWilayah | str | None) -> bool:
        """Show one desa's register (None: every desa); False when it is not in the list."""
        found = self.desa_combo.findData(str(kode) if kode is not None else None)
        if found < 0:
            return False
        self.desa_combo.setCurrentIndex(found)
        return True

    def refresh(self) -> None:
        self._dirty = False
        self._lupakan_jumlah()
        self._semua_ids = None
        self._muat_desa()
        self._muat_baris()

    def _muat_desa(self) -> None:
        """The desa list (kept when unchanged, so the choice stays)."""
        ws = self.session.workspace
        desa = sorted(desa_service.desa_list(ws), key=lambda d: (d.nama, str(d.kode)))
        if self.desa_combo.count() and [str(d.kode) for d in desa] == list(self._desa):
            return
        chosen = self.desa_combo.currentData()
        self._desa = {str(d.kode): d for d in desa}
        self._desa_ids = {k: rumah_tangga_service.desa_id(ws, d.kode) for k, d in self._desa.items()}
        self._nama_by_id = {self._desa_ids[k]: d.nama for k, d in self._desa.items()}
        self.desa_combo.blockSignals(True)
        self.desa_combo.clear()
        self.desa_combo.addItem(translate("rumah_tangga_teks", SEMUA_DESA), None)
        for key, d in self._desa.items():
            self.desa_combo.addItem(f"{d.nama} ({d.wilayah.kecamatan})", key)
        if chosen is None and len(desa) == 1 and self.desa_combo.count() == 2:
            chosen = str(desa[0].kode)  # a desa's own workspace opens on its register
        self.desa_combo.setCurrentIndex(max(self.desa_combo.findData(chosen), 0))
        self.desa_combo.blockSignals(False)

    def _desa_dipilih(self, _index: int) -> None:
        self.say("")
        self._lupakan_jumlah()
        self._muat_baris(tetap_di_tempat=False)

    def _cari_sekarang(self) -> None:
        self._cari_timer.stop()
        self._muat_baris()

    def _muat_baris(self, tetap_di_tempat: bool = True) -> None:
        """Read the ids shown again, the current KK kept current: one desa at once; every desa
        on a pool thread once the table is drawn (its first desa drawn at once)."""
        self._cari_timer.stop()
        kode, cari = self.kode, self.search.text()
        current = self.table.currentIndex()
        self._tempat = ((self.model.id_at(current.row()), current.column()) if tetap_di_tempat
                        else (None, 0))
        self._baca_ids.batal()
        self._tunda.lupakan("ids")
        self._awal_saja = False
        if kode is None:
            self.penyunting.set_desa(None, None)
            if not cari.strip() and self._semua_ids is not None:
                self._tampilkan(self._semua_ids[:], cari)  # read since the data last changed
            else:
                def baca() -> None:
                    self._baca_ids.mulai(lambda w: w.rumah_tangga.id_urut(None, cari),
                                         lambda ids: self._semua_siap(ids, cari))
                if not self._semua_tampil() or (cari.strip() != self._cari_tampil.strip()
                                                and not cari.strip()):
                    self._tampilkan(self._baris_awal() if not cari.strip() else array("q"), "")
                    self._awal_saja = True  # the rest only adds rows below these
                    self._tunda.tunda("ids", baca)  # the first rows are drawn first
                else:
                    baca()  # a search: the rows shown stay until the answer comes
        else:
            ws = self.session.workspace
            desa_id = self._desa_ids[str(kode)]
            self.penyunting.set_desa(kode, desa_id, self._desa[str(kode)].nama)
            self._tampilkan(ws.rumah_tangga.id_urut(desa_id, cari), cari,
                            ws.rumah_tangga.ganda(desa_id))
        self._update_buttons()

    def _semua_siap(self, ids: array[int], cari: str) -> None:
        if not cari.strip():
            self._semua_ids = ids
        self._tampilkan(ids, cari)

    @property
    def sedang_memuat(self) -> bool:
        """Rows or counts over every desa are still being read in the background."""
        return bool(self._tunda) or self._baca_ids.sibuk or self._baca_jumlah.sibuk

    def _ids_dibaca(self) -> bool:
        return "ids" in self._tunda or self._baca_ids.sibuk

    def _semua_tampil(self) -> bool:
        return self.model.kolom is KOLOM_SEMUA

    def _baris_awal(self) -> array[int]:
        """The first rows over every desa, enough for a screen: the first desa's, read at once."""
        ws = self.session.workspace
        found: array[int] = array("q")
        for desa_id in sorted(self._nama_by_id):
            found.extend(ws.rumah_tangga.id_urut(desa_id))
            if len(found) >= 200:
                break
        return found

    def _tampilkan(self, ids: array[int], cari: str, ganda: dict[int, str] | None = None) -> None:
        """Show `ids`; rows over every desa read again for the same search keep their places."""
        columns_before = self.model.kolom
        if self.kode is None and self._semua_tampil() and cari == self._cari_tampil:
            self.model.ganti_ids(ids, baca_lagi=not self._awal_saja)  # the cell stays current
        else:
            self.model.set_rows(ids, semua_desa=self.kode is None, nama_desa=self._nama_by_id,
                                editable=self.kode is not None, ganda=ganda)
            hid, column = self._tempat
            if hid is not None and (row := self.model.row_of_id(hid)) >= 0:
                self.table.go_to(row, column)
        self._cari_tampil, self._awal_saja = cari, False
        if self.model.kolom is not columns_before or self._tempat[0] is None:
            self.table.size_columns()
        self._tulis_jumlah()

    def _segarkan_ringan(self) -> None:
        """After this page's own save: duplicates and counts (the rows are in the model)."""
        desa_id = self.penyunting.desa_id
        if desa_id is not None:
            before = self.model.ganda
            ganda = self.session.workspace.rumah_tangga.ganda(desa_id)
            self.model.set_ganda(ganda)
            self._sebut_ganda_baru({h: why for h, why in ganda.items() if h not in before})
        self._lupakan_jumlah()
        self._semua_ids = None
        self._tulis_jumlah()

    def _sebut_ganda_baru(self, baru: dict[int, str]) -> None:
        """Add to the message which rows a save has just made look entered twice."""
        rows = sorted(r + 1 for h in baru if (r := self.model.row_of_id(h)) >= 0)
        if rows:
            reason = next(iter(baru.values()))
            why = translate("messages_rumah_tangga", GANDA_LABELS[reason]) \
                if reason in GANDA_LABELS else ""
            note = translate("rumah_tangga_page", "Mungkin ganda (baris {baris}): {alasan}.").format(
                baris=", ".join(map(str, rows)), alasan=why)
            self.say("\n".join(t for t in (self.pesan.text(), note) if t))

    def _tulis_jumlah(self) -> None:
        """"1.204 KK · 37 belum lengkap · 3 mungkin ganda" (with a search: how many match).
        The counts are read once per change of data or desa; over every desa on a pool
        thread after the table is drawn (a pass over the whole register)."""
        if self._jumlah is None:
            if self.kode is not None:
                self._jumlah_siap(rumah_tangga_service.hitungan(self.session.workspace, self.kode))
            else:
                self.count.setText(translate("rumah_tangga_page", "Menghitung jumlah KK…"))
            if self.kode is None and not self._jumlah_diminta and not self._ids_dibaca():
                self._jumlah_diminta = True  # after the rows: one reader at a time
                self._tunda.tunda("jumlah", lambda: self._baca_jumlah.mulai(
                    lambda w: rumah_tangga_service.hitungan(w, None), self._jumlah_siap))
            return
        self.count.setText(teks_jumlah(
            self._jumlah, satu_desa=self.kode is not None,
            cocok=self.model.jumlah() if self.search.text().strip() else None,
            ganda=len(self.model.ganda)))

    def _lupakan_jumlah(self) -> None:
        """The data or the desa changed: the counts are to be read again."""
        self._jumlah, self._jumlah_diminta = None, False
        self._baca_jumlah.batal()
        self._tunda.lupakan("jumlah")

    def _jumlah_siap(self, counts: dict[str, HitunganKK]) -> None:
        self._jumlah = (sum(h.total for h in counts.values()),
                        sum(h.tanpa_tangga for h in counts.values()), len(counts))
        self._tulis_jumlah()

    def _update_buttons(self) -> None:
        per_desa = self.kode is not None
        for button, tip in self._tips.items():
            button.setEnabled(per_desa)
            button.setToolTip(tip if per_desa else translate("rumah_tangga_teks", PILIH_DESA))
        self.hint.setText(translate("rumah_tangga_teks", HINT_DESA if per_desa else HINT_SEMUA))

    def _baris_sekarang(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.baris_label.setText(teks_baris(row, self.model.household(row) if row >= 0 else None,
                                            row == self.model.baris_baru))

    def say(self, text: str, error: bool = False) -> None:
        """A sentence above the table (red for a refusal); empty hides it."""
        self.pesan.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.pesan.setText(text)
        self.pesan.setVisible(bool(text))

    def _data_changed(self, kode: str = "") -> None:
        if self.penyunting.sedang_menyimpan:
            self._segarkan_ringan()
        else:
            super()._data_changed(kode)

    # -- actions --------------------------------------------------------------------------

    def tambah(self) -> None:
        """To the new-KK line, first column, ready to type."""
        if self.model.baris_baru < 0:
            return
        self.table.go_to(self.model.baris_baru, self.model.column_of("dusun"))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.say(translate("rumah_tangga_page", "Ketik KK baru di baris ＋. KK tersimpan "
                           "setelah nama kepala keluarga diisi."))

    def _tempel(self, text: str) -> None:
        self.penyunting.tempel(text, self.table.currentIndex())

    def hapus(self) -> None:
        self.table.commit_editor()
        self.penyunting.hapus(self.table.selected_rows())

    def hitung(self) -> None:
        kode = self.kode
        if kode is not None:
            HitungDialog.tampilkan(self, self.session, self._desa[str(kode)])

    def impor(self) -> None:
        from kks_desktop.ui.rumah_tangga_impor_dialog import impor_kk

        if impor_kk(self, self.session, self.kode):
            self.session.notify(str(self.kode) if self.kode else "")

    def ekspor(self) -> None:
        from kks_desktop.ui.rumah_tangga_ekspor_aksi import ekspor_kk

        ekspor_kk(self, self.session, self.kode)

    def templat(self) -> None:
        from kks_desktop.ui.rumah_tangga_ekspor_aksi import templat_kk

        templat_kk(self, self.session, self.kode)

