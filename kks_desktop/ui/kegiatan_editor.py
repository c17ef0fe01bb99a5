"""KegiatanEditor: one session in tabs (data, peserta, pre/post, RTL, notulen) with Simpan/Batal and Cetak."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError, ValidationFailed
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.services import kegiatan_service
from kks_desktop.services.identitas import identitas
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.cetak_dialog import cetak, cetak_menu
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.kegiatan_commands import SaveKegiatanCommand
from kks_desktop.ui.kegiatan_form import KegiatanForm
from kks_desktop.ui.kegiatan_list_model import tanggal_rentang
from kks_desktop.ui.peserta_editor import PesertaEditor
from kks_desktop.ui.prepost_view import PrePostView
from kks_desktop.ui.problem_label import ERROR_COLOUR, ProblemLabel
from kks_desktop.ui.rtl_editor import RtlEditor
from kks_desktop.ui.save_buttons import SaveButtons
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

NEW_TITLE = QT_TRANSLATE_NOOP("kegiatan_editor", "Kegiatan baru")
TAB_TEXTS = (QT_TRANSLATE_NOOP("kegiatan_editor", "&Data kegiatan"),
             QT_TRANSLATE_NOOP("kegiatan_editor", "&Peserta && nilai"),
             QT_TRANSLATE_NOOP("kegiatan_editor", "&Hasil pre/post"),
             QT_TRANSLATE_NOOP("kegiatan_editor", "&RTL"),
             QT_TRANSLATE_NOOP("kegiatan_editor", "N&otulen"))


class KegiatanEditor(QWidget):
    """Edits one session; the database changes only on Simpan (one undoable step).

    `back_requested` asks the page to show the list again (after `resolve_unsaved`)."""

    back_requested = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stored: Kegiatan | None = None
        self._base = kegiatan_service.baru(session.workspace)
        self._baseline = self._base
        self._loading = False
        self._build()
        self._connect()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(translate("kegiatan_editor", "← Daftar kegiatan"))
        self.back_button.setToolTip(translate("kegiatan_editor", "Kembali ke daftar kegiatan (Alt+←)"))
        self.title = QLabel(translate("kegiatan_editor", NEW_TITLE))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long judul wraps instead of widening the window
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5f6b76;")
        self.form = KegiatanForm()
        self.peserta_editor = PesertaEditor(self.session)
        self.prepost_view = PrePostView()
        self.rtl_editor = RtlEditor(self.session)
        self.notulen = QPlainTextEdit()
        self.notulen.setAccessibleName(translate("kegiatan_editor", "Notulen"))
        self.notulen.setPlaceholderText(translate(
            "kegiatan_editor",
            "Catat jalannya kegiatan: pembukaan, pokok bahasan, tanya jawab, kesepakatan."))
        self.tabs = QTabWidget()
        for widget, text in zip((self.form, self.peserta_editor, self.prepost_view,
                                 self.rtl_editor, self.notulen), TAB_TEXTS, strict=True):
            self.tabs.addTab(widget, translate("kegiatan_editor", text))
        self.problems = ProblemLabel()
        self.buttons = SaveButtons()
        self.buttons.ok_button.setToolTip(translate("kegiatan_editor", "Simpan kegiatan (Ctrl+S)"))
        self.cancel_button = self.buttons.button(self.buttons.StandardButton.Cancel)
        self.cancel_button.setToolTip(
            translate("kegiatan_editor", "Kembalikan isian ke data tersimpan"))
        self.cetak_button = QPushButton(translate("kegiatan_editor", "Ceta&k"))
        self.cetak_button.setToolTip(
            translate("kegiatan_editor", "Daftar hadir, rekap pre/post-test atau RTL sebagai PDF"))
        self.cetak_button.setMenu(cetak_menu(self.cetak_button, self.print_current))
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head = QHBoxLayout()
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addSpacing(12)
        head.addLayout(names, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cetak_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        for signal in (self.form.changed, self.peserta_editor.changed, self.rtl_editor.changed,
                       self.notulen.textChanged):
            signal.connect(self._edited)
        self.form.dates_changed.connect(self.peserta_editor.set_hari)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.back_button.clicked.connect(self.back_requested)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Back, self, self.back_requested.emit)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_current("daftar_hadir"))

    # -- showing --------------------------------------------------------------------------
    def load(self, kegiatan: Kegiatan, *, stored: bool = True) -> None:
        """Show `kegiatan` for editing; `stored=False` for a new session not yet saved."""
        self._loading = True
        try:
            self._stored = kegiatan if stored else None
            self._base = kegiatan
            self.form.set_choices(kegiatan_service.pilihan_wilayah(self.session.workspace, kegiatan.wilayah))
            self.form.load(kegiatan)
            self.peserta_editor.load(kegiatan)
            self.rtl_editor.load(kegiatan)
            self.notulen.setPlainText(kegiatan.notulen)
        finally:
            self._loading = False
        self._baseline = self.kegiatan()
        self.buttons.reset()
        self.show_problems([])
        self._edited()
        if self.tabs.currentWidget() is self.prepost_view:
            self.prepost_view.show_kegiatan(self._baseline)

    def stored(self) -> Kegiatan | None:
        """The session as the database held it when loaded (None for a new one)."""
        return self._stored

    def kegiatan(self) -> Kegiatan:
        """The session as edited in every tab."""
        return self.form.apply(self._base).with_changes(
            peserta=self.peserta_editor.peserta(), rtl=self.rtl_editor.rtl(),
            notulen=self.notulen.toPlainText())

    def is_modified(self) -> bool:
        return self.kegiatan() != self._baseline

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.buttons.reset()
        modified = self.is_modified()
        self.buttons.ok_button.setEnabled(modified)
        self.cancel_button.setEnabled(modified)
        self._show_title()

    def _show_title(self) -> None:
        edited = self.form.apply(self._base)
        self.title.setText(edited.judul or (translate("kegiatan_editor", NEW_TITLE)
                                            if self._stored is None
                                            else translate("kegiatan_editor", "(tanpa judul)")))
        self.subtitle.setText(
            f"{translate('acuan', acuan_kegiatan().label_jenis(edited.jenis))} · "
            f"{tanggal_rentang(edited.mulai, edited.selesai)} · "
            f"{identitas(self.session.workspace, edited.wilayah).nama}")

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.prepost_view:
            self.prepost_view.show_kegiatan(self.kegiatan())

    def show_problems(self, problems: list[Problem]) -> None:
        """List the problems under the tabs, hand each tab its own and mark tabs with errors."""
        self.problems.show_problems(problems)
        parts = {self.peserta_editor: [p for p in problems if _tab_key(p) == "peserta"],
                 self.rtl_editor: [p for p in problems if _tab_key(p) == "rtl"]}
        self.peserta_editor.set_problems(parts[self.peserta_editor])
        self.rtl_editor.set_problems(parts[self.rtl_editor])
        self.form.set_problems([p for p in problems if _tab_key(p) == ""])
        wrong = any(_tab_key(p) == "notulen" for p in errors_in(problems))
        self.notulen.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};" if wrong else "")
        bar = self.tabs.tabBar()
        for position in range(self.tabs.count()):
            wrong = any(self.tabs.widget(position) is self._tab_of(p) for p in errors_in(problems))
            bar.setTabTextColor(position, QColor(ERROR_COLOUR) if wrong else QColor())
            self.tabs.setTabText(position, ("⚠ " if wrong else "")
                                 + translate("kegiatan_editor", TAB_TEXTS[position]))

    def _tab_of(self, problem: Problem) -> QWidget:
        return {"peserta": self.peserta_editor, "rtl": self.rtl_editor,
                "notulen": self.notulen}.get(_tab_key(problem), self.form)

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Check and store the session as one undoable step; True when nothing is left unsaved.
        Errors block; warnings are shown and the next Simpan ("Tetap simpan") saves."""
        if not self.is_modified():
            return True
        edited = self.kegiatan()
        problems = kegiatan_service.periksa(edited)
        self.show_problems(problems)
        if not self.buttons.may_save(edited, problems):
            errors = errors_in(problems)
            if errors:
                self.tabs.setCurrentWidget(self._tab_of(errors[0]))
            return False
        try:
            saved, warnings = kegiatan_service.simpan(self.session.workspace, edited)
        except ValidationFailed as exc:
            self.show_problems(exc.problems)
            return False
        except KksError as exc:
            show_error(self, exc, translate("kegiatan_editor", "Tidak dapat menyimpan"))
            return False
        before = self._stored
        self.load(saved)
        self.show_problems(warnings)
        self.session.undo_stack.push(SaveKegiatanCommand(self.session, before, saved))
        return True

    def revert(self) -> None:
        """Show the stored session again (or an empty new one)."""
        self.load(self._stored or self._base, stored=self._stored is not None)

    def resolve_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        if not self.is_modified():
            return True
        judul = self.form.judul.text().strip()
        answer = QMessageBox.question(
            self, translate("kegiatan_editor", "Perubahan belum disimpan"),
            translate("kegiatan_editor", "Perubahan pada kegiatan “{judul}” belum disimpan. "
                      "Simpan sekarang?").format(judul=judul) if judul
            else translate("kegiatan_editor", "Kegiatan baru ini belum disimpan. Simpan sekarang?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def print_current(self, what: str) -> None:
        """Print the session as shown now (unsaved edits included)."""
        cetak(self, self.session, self.kegiatan(), what)


def _tab_key(problem: Problem) -> str:
    head = problem.field.split(".")[0]
    return head if head in ("peserta", "rtl", "notulen") else ""
