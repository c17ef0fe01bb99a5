"""PesertaEditor: the participant grid of a session (fast entry, paste from Excel, double entries)."""

from __future__ import annotations

import datetime as dt
import logging
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Kegiatan, Peserta
from kks_desktop.domain.peserta import gabung_baris, kunci_instansi, kunci_nama, peserta_ganda
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tempel import KOLOM_PESERTA
from kks_desktop.messages import describe_problem
from kks_desktop.services import desa_service, kegiatan_service
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.formatting import number
from kks_desktop.ui.peserta_delegates import PesertaDelegate
from kks_desktop.ui.peserta_table_model import (
    COL_DESA,
    COL_HARI_1,
    COL_INSTANSI,
    COL_JABATAN,
    COL_JK,
    COL_KATEGORI,
    COL_NAMA,
    COL_NO,
    COL_TELEPON,
    PesertaTableModel,
)
from kks_desktop.ui.problem_label import ERROR_COLOUR
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.spreadsheet_view import SpreadsheetView, split_block
from kks_desktop.ui.tempel_dialog import TempelDialog, numbers_text

logger = logging.getLogger(__name__)

HINT = QT_TRANSLATE_NOOP(
    "peserta_editor", "Ketik langsung di tabel: Tab ke kanan, Enter ke bawah, F2 mengubah isi sel, "
    "Delete mengosongkan. Salin baris dari Excel lalu tekan Ctrl+V (Ctrl+Z mengurungkan tempelan).")
_KALI = {2: QT_TRANSLATE_NOOP("peserta_editor", "dua"), 3: QT_TRANSLATE_NOOP("peserta_editor", "tiga"),
         4: QT_TRANSLATE_NOOP("peserta_editor", "empat"), 5: QT_TRANSLATE_NOOP("peserta_editor", "lima")}
# A group of rows shown as one person, as the user dismissed it: the name and the institutions.
_GroupKey = tuple[str, tuple[str, ...]]


class PesertaEditor(QWidget):
    """The participants of one session; `peserta()` gives the rows, `changed` tells of edits."""

    changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._acuan = acuan_kegiatan()
        self._dismissed: set[_GroupKey] = set()
        self._group: tuple[int, ...] = ()
        # The rows before and after the last paste, how many it added, and whether it is undone.
        self._tempelan: tuple[list[Peserta], list[Peserta], int] | None = None
        self._tempelan_diurungkan = False
        self._build()
        self._connect()
        self.table.installEventFilter(self)
        self._refresh()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.tambah_button = QPushButton(translate("peserta_editor", "Tambah &baris"))
        self.tambah_button.setToolTip(
            translate("peserta_editor", "Sisipkan baris kosong di atas baris yang dipilih"))
        self.hapus_button = QPushButton(translate("peserta_editor", "Hapus baris &terpilih"))
        self.tempel_button = QPushButton(translate("peserta_editor", "Te&mpel dari Excel"))
        self.tempel_button.setToolTip(
            translate("peserta_editor", "Tempel baris peserta yang disalin dari Excel (Ctrl+V)"))
        hint = QLabel(translate("peserta_editor", HINT))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        toolbar = QHBoxLayout()
        for button in (self.tambah_button, self.hapus_button, self.tempel_button):
            toolbar.addWidget(button)
        toolbar.addWidget(hint, 1)

        self.banner = QFrame()
        self.banner.setObjectName("gandaBanner")
        self.banner.setStyleSheet("QFrame#gandaBanner { background: #fde2c4; "
                                  "border: 1px solid #e0a060; border-radius: 4px; }")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.gabung_button = QPushButton(translate("peserta_editor", "&Gabungkan"))
        self.bukan_button = QPushButton(translate("peserta_editor", "B&ukan orang yang sama"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.gabung_button)
        banner_row.addWidget(self.bukan_button)

        self.model = PesertaTableModel(self._acuan, self)
        self.table = SpreadsheetView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("peserta_editor", "Daftar peserta"))
        self.delegate = PesertaDelegate(self._acuan, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.paste_handler = self.tempel

        self.ringkasan_label = QLabel()
        self.pesan_label = QLabel()
        self.pesan_label.setWordWrap(True)
        self.pesan_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pesan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer = QHBoxLayout()
        footer.addWidget(self.ringkasan_label)
        footer.addWidget(self.pesan_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(metrics.horizontalAdvance("L/P") + 16)
        widest_kategori = max(metrics.horizontalAdvance(translate("acuan", k.label))
                              for k in self._acuan.kategori)
        for column, sample in ((COL_NO, "000"),  # teks-tetap: width samples
                               (COL_NAMA, "Muhammad Sutrisno Rahmat"),
                               (COL_JK, "L/P"), (COL_JABATAN, "Kepala Seksi Kesling"),
                               (COL_INSTANSI, "Puskesmas Wonotunggal II"),
                               (COL_DESA, "Kalibeluk Wetan"), (COL_TELEPON, "081234567890")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.resizeSection(COL_JK, metrics.horizontalAdvance("L/P") + 36)  # room for the list
        header.resizeSection(COL_KATEGORI, widest_kategori + 36)
        self._size_day_columns()

    def _size_day_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in range(COL_HARI_1, self.model.col_pre()):
            header.resizeSection(column, metrics.horizontalAdvance("H10 00/00") + 10)
        for column in (self.model.col_pre(), self.model.col_post()):
            header.resizeSection(column, metrics.horizontalAdvance("100,5") + 14)

    def _connect(self) -> None:
        self.model.edited.connect(self._on_edited)
        self.model.refused.connect(lambda text: self._say(text, error=True))
        self.tambah_button.clicked.connect(self.tambah_baris)
        self.hapus_button.clicked.connect(self.hapus_baris_terpilih)
        self.tempel_button.clicked.connect(lambda: self.tempel())
        self.gabung_button.clicked.connect(self.gabungkan)
        self.bukan_button.clicked.connect(self.bukan_orang_sama)

    # -- public API -----------------------------------------------------------------------

    def load(self, kegiatan: Kegiatan) -> None:
        """Show the participants of `kegiatan` (without emitting `changed`)."""
        ws = self._session.workspace
        self.delegate.set_orang_later(
            lambda: kegiatan_service.orang_dikenal(ws, kecuali=kegiatan.uuid))
        self.delegate.set_desa(d.nama for d in desa_service.desa_list(ws))
        self._dismissed.clear()
        self._tempelan = None
        self.model.set_rows(kegiatan.peserta, kegiatan.hari, kegiatan.mulai)
        self._size_day_columns()
        self._say("")
        self._refresh()

    def set_hari(self, hari: int, mulai: dt.date | None = None) -> None:
        """The session now lasts `hari` days: later days' attendance is dropped; `mulai` (the
        first day, when it moved too) dates the column headers."""
        self.table.commit_editor()
        self.model.set_hari(hari, mulai)
        self._size_day_columns()
        self._refresh()

    def peserta(self) -> tuple[Peserta, ...]:
        """The rows as entered: blank rows left out, uuids kept."""
        self.table.commit_editor()
        return tuple(self.model.rows())

    def set_problems(self, problems: list[Problem]) -> None:
        """Tint the cells the problems name (field "peserta.<col>", param row = the shown
        number); the tooltip says what is wrong, errors tinted over warnings."""
        marks: dict[tuple[int, int], tuple[QColor, str]] = {}
        for problem in problems:
            cell = self._cell_of(problem)
            if cell is None:
                continue
            tint, tip = marks.get(cell, (TINTS[problem.is_error], ""))
            tint = TINTS[True] if problem.is_error else tint
            marks[cell] = (tint, "\n".join(t for t in (tip, describe_problem(problem)) if t))
        self.model.set_marks(marks)

    def _cell_of(self, problem: Problem) -> tuple[int, int] | None:
        prefix, _, name = problem.field.partition(".")
        nomor = problem.param("row")
        if prefix != "peserta" or not isinstance(nomor, int):
            return None
        row, column = self.model.row_of_nomor(nomor), self.model.column_of(name)
        return (row, column if column is not None else COL_NAMA) if row >= 0 else None

    # -- rows -----------------------------------------------------------------------------

    def tambah_baris(self) -> None:
        """A blank row above the current one (or the blank row at the end), ready to type."""
        self.table.commit_editor()
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount() - 1
        if not self.model.insertRows(row, 1):
            row = self.model.rowCount() - 1
        self.table.go_to(row, COL_NAMA)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def hapus_baris_terpilih(self) -> None:
        """Remove every row holding a selected cell."""
        self.table.commit_editor()
        rows = self.table.selected_rows()
        filled = sum(1 for row in rows if self.model.nomor(row) is not None)
        for row in reversed(rows):
            self.model.removeRows(row, 1)
        if rows:
            self.table.go_to(min(rows[0], self.model.rowCount() - 1), COL_NAMA)
            self._say(translate("peserta_editor", "{jumlah} baris dihapus.").format(jumlah=filled)
                      if filled else "")

    # -- paste ----------------------------------------------------------------------------

    def tempel(self, text: str | None = None) -> None:
        """Paste clipboard text (or `text`): one value into the current cell, a block of rows
        through the preview dialog, appended after the last filled row."""
        self.table.commit_editor()
        if text is None:
            text = QApplication.clipboard().text()
        block = split_block(text) if text.strip() else []
        if not block:
            self._say(translate("peserta_editor",
                                "Papan klip kosong: salin dulu baris peserta dari Excel."), error=True)
            return
        if len(block) == 1 and len(block[0]) == 1:
            self._paste_one(block[0][0].strip())
            return
        field = self.model.field_of(self.table.currentIndex().column())
        dialog = TempelDialog(text, self._acuan, self.model.hari, self.model.rows(),
                              KOLOM_PESERTA.index(field) if field in KOLOM_PESERTA else 0, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        people = dialog.peserta_baru()
        before = self.model.all_rows()
        first = self.model.append_rows(people)
        self._tempelan, self._tempelan_diurungkan = (before, self.model.all_rows(), len(people)), False
        self.table.go_to(first, COL_NAMA)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        left_out = dialog.tidak_ditambahkan()
        text = translate("peserta_editor", "{jumlah} peserta ditambahkan dari tempelan.").format(
            jumlah=len(people))
        if left_out:
            text += " " + translate("peserta_editor", "{jumlah} baris tidak ditambahkan karena ada "
                                    "kesalahan (baris {baris} tempelan).").format(
                jumlah=len(left_out), baris=numbers_text(left_out))
        self._say(text, error=bool(left_out))

    def urungkan_tempel(self) -> bool:
        """Take the rows of the last paste out again (Ctrl+Z in the grid); False when nothing
        was pasted or the grid changed since (the main Urungkan then applies)."""
        if self._tempelan is None or not self._bisa_tempel(urungkan=True):
            return False
        before, _after, count = self._tempelan
        self.model.replace_all(before)
        self._tempelan_diurungkan = True
        self._say(translate("peserta_editor", "Tempelan diurungkan: {jumlah} peserta dikeluarkan "
                            "lagi (Ctrl+Y mengulanginya).").format(jumlah=count))
        return True

    def ulangi_tempel(self) -> bool:
        """Put the rows of an undone paste back (Ctrl+Y in the grid)."""
        if self._tempelan is None or not self._bisa_tempel(urungkan=False):
            return False
        _before, after, count = self._tempelan
        self.model.replace_all(after)
        self._tempelan_diurungkan = False
        self._say(translate("peserta_editor", "{jumlah} peserta ditambahkan lagi dari tempelan.").format(
            jumlah=count))
        return True

    def _bisa_tempel(self, *, urungkan: bool) -> bool:
        if self._tempelan is None or self._tempelan_diurungkan != (not urungkan):
            return False
        return self.model.all_rows() == self._tempelan[0 if not urungkan else 1]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z / Ctrl+Y in the grid undo and redo the last paste while the grid is as the
        paste (or its undo) left it; otherwise the keys reach the main Urungkan/Ulangi."""
        if (watched is self.table and isinstance(event, QKeyEvent)
                and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)):
            urungkan = event.matches(QKeySequence.StandardKey.Undo)
            ulangi = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
            if (urungkan or ulangi) and self._bisa_tempel(urungkan=urungkan):
                if event.type() == QEvent.Type.KeyPress and urungkan:
                    self.urungkan_tempel()
                elif event.type() == QEvent.Type.KeyPress:
                    self.ulangi_tempel()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _paste_one(self, value: str) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self._say(translate("peserta_editor", "Pilih sel isian (bukan kolom No atau Hadir) untuk "
                                "menempel satu nilai."), error=True)
            return
        self.model.setData(index, value, Qt.ItemDataRole.EditRole)

    # -- same person twice ----------------------------------------------------------------

    def gabungkan(self) -> None:
        """Merge the rows the banner names into the first of them."""
        if not self._group:
            return
        self.table.commit_editor()
        first = self._group[0]
        names = numbers_text([self.model.nomor(r) or 0 for r in self._group])
        self.model.replace_all(gabung_baris(self.model.all_rows(), self._group))
        self.table.go_to(first, COL_NAMA)
        self._say(translate("peserta_editor", "Baris {baris} digabungkan.").format(baris=names))

    def bukan_orang_sama(self) -> None:
        """Stop flagging the rows the banner names (until the session is loaded again)."""
        if self._group:
            self._dismissed.add(self._group_key(self._group))
            self._refresh()

    def _group_key(self, group: tuple[int, ...]) -> _GroupKey:
        people = [self.model.person(r) for r in group]
        return (kunci_nama(people[0].nama),
                tuple(sorted(kunci_instansi(p.instansi) for p in people)))

    # -- showing --------------------------------------------------------------------------

    def _on_edited(self) -> None:
        self._say("")
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        groups = [g for g in peserta_ganda(self.model.all_rows())
                  if self._group_key(g) not in self._dismissed]
        self.model.set_ganda(r for g in groups for r in g)
        self._group = groups[0] if groups else ()
        self.banner.setVisible(bool(groups))
        if groups:
            self.banner_label.setText(self._banner_text(groups))
        self.ringkasan_label.setText(self._summary())
        self.hapus_button.setEnabled(self.model.rowCount() > 1)

    def _banner_text(self, groups: list[tuple[int, ...]]) -> str:
        group = groups[0]
        nama = self.model.person(group[0]).nama.strip()
        kali = len(group)
        kali_text = translate("peserta_editor", _KALI[kali]) if kali in _KALI else str(kali)
        rows = numbers_text([self.model.nomor(r) or 0 for r in group])
        text = translate("peserta_editor", "<b>{nama}</b> tampaknya tercatat {kali} kali (baris "
                         "{baris}).").format(nama=escape(nama), kali=kali_text, baris=rows)
        if len(groups) > 1:
            text += " " + translate("peserta_editor", "Masih ada {jumlah} kemungkinan lain setelah "
                                    "ini.").format(jumlah=len(groups) - 1)
        return text

    def _summary(self) -> str:
        rows = self.model.filled_rows()
        days = ", ".join(translate("peserta_editor", "H{hari}: {hadir}").format(
            hari=d, hadir=number(sum(1 for p in rows if d in p.hadir)))
            for d in range(1, self.model.hari + 1))
        lengkap = sum(1 for p in rows if p.pre is not None and p.post is not None)
        return translate("peserta_editor", "{jumlah} peserta · hadir {hari} · pre/post lengkap: "
                         "{lengkap}").format(jumlah=number(len(rows)), hari=days,
                                             lengkap=number(lengkap))

    def _say(self, text: str, error: bool = False) -> None:
        self.pesan_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.pesan_label.setText(text)
