"""OdfEventDialog: record or correct one step on a desa's path to ODF (pemicuan, verifikasi, deklarasi)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KksError, ValidationFailed
from kks_desktop.domain.odf import MIN_TIM, AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.problems import Problem
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.messages_sanitasi import HASIL_LABELS
from kks_desktop.services import odf_service
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.problem_label import ProblemLabel
from kks_desktop.ui.save_buttons import SaveButtons
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

NO_HASIL = QT_TRANSLATE_NOOP("odf_event_dialog", "— pilih —")
Saved = tuple[OdfEvent, list[Problem]]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OdfEventDialog(QDialog):
    """Fill the fields, then `accept_if_valid()` checks, asks once about warnings and saves.

    After a save `saved` holds the stored event and its warnings.
    """

    def __init__(self, session: UiSession, desa: Desa, event: OdfEvent | None = None,
                 jenis: JenisOdf = JenisOdf.PEMICUAN, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session, self.desa, self.original = session, desa, event
        self.today = today or dt.date.today()
        self.saved: Saved | None = None
        title = (translate("odf_event_dialog", "Ubah langkah ODF · {desa}") if event
                 else translate("odf_event_dialog", "Catat langkah ODF · {desa}"))
        self.setWindowTitle(title.format(desa=desa.nama))
        self.setMinimumWidth(520)
        self._build()
        self._load(event, jenis)
        self._connect()
        self._jenis_changed()
        self.tanggal.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.jenis = QComboBox()
        for jenis in JenisOdf:
            self.jenis.addItem(translate("messages", JENIS_ODF_LABELS[jenis.value]), jenis)
        self.tanggal = QDateEdit()
        self.tanggal.setDisplayFormat("dd/MM/yyyy")
        self.tanggal.setCalendarPopup(True)
        self.fasilitator = QLineEdit()
        self.fasilitator.setPlaceholderText(translate("odf_event_dialog", "mis. Sanitarian Puskesmas"))
        self.hasil = QComboBox()
        self.hasil.addItem(translate("odf_event_dialog", NO_HASIL), None)
        for hasil in Hasil:
            self.hasil.addItem(translate("messages_sanitasi", HASIL_LABELS[hasil]), hasil)
        self.nomor_ba = QLineEdit()
        self.nomor_ba.setPlaceholderText(translate("odf_event_dialog", "mis. BA/VER/2025/07"))
        self.tim = QTableWidget(0, 2)
        self.tim.setHorizontalHeaderLabels([translate("odf_event_dialog", "Nama"),
                                            translate("odf_event_dialog", "Instansi")])
        self.tim.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tim.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tim.verticalHeader().hide()
        self.tim.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tim.setAccessibleName(translate("odf_event_dialog", "Tim verifikasi"))
        self.tim.setMinimumHeight(120)
        self.add_member_button = QPushButton(translate("odf_event_dialog", "Tambah &anggota"))
        self.remove_member_button = QPushButton(translate("odf_event_dialog", "Hapus angg&ota"))
        self.tim_box = QWidget()
        tim_layout = QVBoxLayout(self.tim_box)
        tim_layout.setContentsMargins(0, 0, 0, 0)
        tim_layout.addWidget(self.tim)
        tim_buttons = QHBoxLayout()
        tim_buttons.addWidget(self.add_member_button)
        tim_buttons.addWidget(self.remove_member_button)
        guide = translate("odf_event_dialog", "Pedoman: {paling_sedikit}–5 orang.")
        tim_buttons.addWidget(QLabel(guide.format(paling_sedikit=MIN_TIM)), 1)
        tim_layout.addLayout(tim_buttons)
        self.saksi = QLineEdit()
        self.saksi.setPlaceholderText(translate("odf_event_dialog",
                                                "mis. Camat, Kepala Puskesmas, Kepala Desa"))
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setMaximumHeight(70)
        self.form = QFormLayout()
        for text, widget in ((translate("odf_event_dialog", "&Jenis langkah:"), self.jenis),
                             (translate("odf_event_dialog", "&Tanggal:"), self.tanggal),
                             (translate("odf_event_dialog", "&Fasilitator:"), self.fasilitator),
                             (translate("odf_event_dialog", "&Hasil:"), self.hasil),
                             (translate("odf_event_dialog", "&Nomor Berita Acara:"), self.nomor_ba),
                             (translate("odf_event_dialog", "T&im verifikasi:"), self.tim_box),
                             (translate("odf_event_dialog", "Sa&ksi:"), self.saksi),
                             (translate("odf_event_dialog", "&Catatan:"), self.catatan)):
            label = QLabel(text)
            label.setBuddy(self.tim if widget is self.tim_box else widget)
            self.form.addRow(label, widget)
        self.problems = ProblemLabel()
        self.buttons = SaveButtons()
        self.ok_button = self.buttons.ok_button
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        # The member buttons sit below the table in reading order; auto-default would make
        # Enter in a field press them, so only the Simpan button is a default.
        for button in (self.add_member_button, self.remove_member_button):
            button.setAutoDefault(False)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.jenis.currentIndexChanged.connect(self._jenis_changed)
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_members)
        for signal in (self.tanggal.dateChanged, self.hasil.currentIndexChanged,
                       self.fasilitator.textChanged, self.nomor_ba.textChanged,
                       self.saksi.textChanged, self.catatan.textChanged, self.tim.itemChanged):
            signal.connect(self._on_edit)

    def _load(self, event: OdfEvent | None, jenis: JenisOdf) -> None:
        shown = event.jenis if event else jenis
        self.jenis.setCurrentIndex(self.jenis.findData(shown))
        self.tanggal.setDate(_qdate(event.tanggal if event else self.today))
        if event is None:
            return
        self.fasilitator.setText(event.fasilitator)
        self.hasil.setCurrentIndex(self.hasil.findData(event.hasil) if event.hasil else 0)
        self.nomor_ba.setText(event.nomor_ba)
        self.saksi.setText(event.saksi)
        self.catatan.setPlainText(event.catatan)
        for member in event.tim:
            self._append_member(member.nama, member.instansi)

    # -- team -----------------------------------------------------------------------------
    def _append_member(self, nama: str = "", instansi: str = "") -> int:
        row = self.tim.rowCount()
        self.tim.insertRow(row)
        self.tim.setItem(row, 0, QTableWidgetItem(nama))
        self.tim.setItem(row, 1, QTableWidgetItem(instansi))
        return row

    def add_member(self) -> None:
        """A new empty row, with the name cell being edited."""
        row = self._append_member()
        self.tim.setCurrentCell(row, 0)
        self.tim.setFocus()
        item = self.tim.item(row, 0)
        if item is not None:
            self.tim.editItem(item)

    def remove_members(self) -> None:
        rows = sorted({i.row() for i in self.tim.selectedIndexes()}
                      or ({self.tim.currentRow()} - {-1}), reverse=True)
        for row in rows:
            self.tim.removeRow(row)
        self._on_edit()

    def members(self) -> tuple[AnggotaTim, ...]:
        """The team as typed; rows left wholly empty are ignored."""
        found = []
        for row in range(self.tim.rowCount()):
            nama, instansi = (self._cell(row, c) for c in (0, 1))
            if nama or instansi:
                found.append(AnggotaTim(nama, instansi))
        return tuple(found)

    def _cell(self, row: int, column: int) -> str:
        item = self.tim.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- reading --------------------------------------------------------------------------
    def current_jenis(self) -> JenisOdf:
        jenis: JenisOdf = self.jenis.currentData()
        return jenis

    def edited(self) -> OdfEvent:
        """The event as typed; fields that do not belong to its kind are left empty."""
        jenis = self.current_jenis()
        qdate = self.tanggal.date()
        values: dict[str, object] = dict(
            jenis=jenis, tanggal=dt.date(qdate.year(), qdate.month(), qdate.day()),
            fasilitator=self.fasilitator.text().strip() if jenis is JenisOdf.PEMICUAN else "",
            tim=self.members() if jenis is JenisOdf.VERIFIKASI else (),
            hasil=self.hasil.currentData() if jenis is JenisOdf.VERIFIKASI else None,
            nomor_ba=self.nomor_ba.text().strip() if jenis is not JenisOdf.PEMICUAN else "",
            saksi=self.saksi.text().strip() if jenis is JenisOdf.DEKLARASI else "",
            catatan=self.catatan.toPlainText().strip())
        base = self.original or OdfEvent(jenis, dt.date.today())
        return base.with_changes(**values)

    def _jenis_changed(self) -> None:
        jenis = self.current_jenis()
        self.form.setRowVisible(self.fasilitator, jenis is JenisOdf.PEMICUAN)
        self.form.setRowVisible(self.hasil, jenis is JenisOdf.VERIFIKASI)
        self.form.setRowVisible(self.tim_box, jenis is JenisOdf.VERIFIKASI)
        self.form.setRowVisible(self.nomor_ba, jenis is not JenisOdf.PEMICUAN)
        self.form.setRowVisible(self.saksi, jenis is JenisOdf.DEKLARASI)
        self._on_edit()
        self.adjustSize()

    def _on_edit(self) -> None:
        self.buttons.reset()

    # -- saving ---------------------------------------------------------------------------
    def accept_if_valid(self) -> bool:
        """Check and save; errors keep the dialog open, warnings are shown once to confirm."""
        event = self.edited()
        ws, kode = self.session.workspace, self.desa.kode
        try:
            problems = odf_service.check_event(ws, kode, event, self.today)
            self.problems.show_problems(problems)
            if not self.buttons.may_save(event, problems):
                return False
            self.saved = odf_service.save_event(ws, kode, event, self.today)
        except ValidationFailed as exc:
            self.problems.show_problems(exc.problems)
            return False
        except KksError as exc:
            show_error(self, exc, translate("odf_event_dialog", "Tidak dapat menyimpan"))
            return False
        logger.info("saved ODF %s of %s", event.jenis.value, kode)
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: UiSession, desa: Desa,
            event: OdfEvent | None = None, jenis: JenisOdf = JenisOdf.PEMICUAN) -> Saved | None:
        """Show the dialog; the saved event with its warnings, or None when cancelled."""
        dialog = cls(session, desa, event, jenis, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved if accepted else None
