"""The Pulihkan dialog: choose a backup and see what it holds against the current data first."""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kks_desktop import __version__, messages
from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import DatabaseDamaged, KksError, NewerSchema
from kks_desktop.services import cadangan
from kks_desktop.services.cadangan import InfoCadangan
from kks_desktop.store.schema import SCHEMA_VERSION
from kks_desktop.ui.cadangan_teks import dibuat_text, jenis_text
from kks_desktop.ui.dialogs import error_text, menunggu
from kks_desktop.ui.formatting import number

logger = logging.getLogger(__name__)

# Translated where shown (context "pulih_dialog").
BACKUP_FILTER = QT_TRANSLATE_NOOP("pulih_dialog", "Berkas cadangan KKS Desktop (*.db);;Semua berkas (*)")
LIST_HEADERS = (QT_TRANSLATE_NOOP("pulih_dialog", "Dibuat"), QT_TRANSLATE_NOOP("pulih_dialog", "Jenis"),
                QT_TRANSLATE_NOOP("pulih_dialog", "Program"), QT_TRANSLATE_NOOP("pulih_dialog", "Skema"),
                QT_TRANSLATE_NOOP("pulih_dialog", "Keutuhan"), QT_TRANSLATE_NOOP("pulih_dialog", "Desa"),
                QT_TRANSLATE_NOOP("pulih_dialog", "Berkas"))
FEWER = QColor("#b35c00")  # the backup holds fewer records of an area than the data now
NOTE_BEFORE = QT_TRANSLATE_NOOP(
    "pulih_dialog", "Sebelum memulihkan, keadaan data sekarang dicadangkan dahulu ke folder "
    "cadangan, jadi tidak ada yang hilang. Setelah dipulihkan, KKS Desktop menutup lalu membuka "
    "ulang data ini.")


def refusal_text(info: InfoCadangan) -> str:
    """Why this backup cannot be restored, or "" when it can."""
    refused = cadangan.penolakan(info)
    if isinstance(refused, NewerSchema):
        made_by = (translate("pulih_dialog", "versi {versi}").format(versi=info.versi_program)
                   if info.versi_program else translate("pulih_dialog", "versi yang lebih baru"))
        return translate(
            "pulih_dialog", "Cadangan ini dibuat oleh KKS Desktop {versi_cadangan} (skema "
            "{skema_cadangan}); program ini versi {versi} hanya mengenal skema {skema}. Perbarui "
            "KKS Desktop dahulu untuk memulihkannya. Tidak ada yang diubah.").format(
            versi_cadangan=made_by, skema_cadangan=info.versi_skema, versi=__version__,
            skema=SCHEMA_VERSION)
    if isinstance(refused, DatabaseDamaged):
        return translate(
            "pulih_dialog", "Cadangan ini rusak: pemeriksaan keutuhan menemukan {jumlah} masalah. "
            "Cadangan yang rusak tidak dipulihkan; pilih cadangan lain. Tidak ada yang "
            "diubah.").format(jumlah=number(len(info.masalah)))
    return ""


def verdict_text(info: InfoCadangan) -> str:
    """What restoring this backup will do (its schema against the program's)."""
    if info.versi_skema < SCHEMA_VERSION:
        return translate(
            "pulih_dialog", "Cadangan utuh, dari versi lama (skema {skema_cadangan}; program ini "
            "skema {skema}). Setelah dipulihkan, datanya diperbarui ke versi ini secara otomatis; "
            "sebelum pembaruan, berkasnya dicadangkan lagi.").format(
            skema_cadangan=info.versi_skema, skema=SCHEMA_VERSION)
    return translate("pulih_dialog", "Cadangan utuh dan dapat dipulihkan.")


class PulihDialog(QDialog):
    """The backups of `folder` (newest first) and any backup file the user picks; for the one
    chosen: when and by which version it was made, its integrity and its records per area,
    beside `sekarang` (the current workspace's rows per table; None when there is none to
    compare with). `note` (translated) is the line above the buttons, NOTE_BEFORE when None.
    `exec()` is Accepted only for a backup that can be restored: `terpilih()`."""

    def __init__(self, folder: Path, sekarang: dict[str, int] | None,
                 parent: QWidget | None = None, note: str | None = None,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.now = now or dt.datetime.now()
        self.sekarang = messages.area_counts(sekarang) if sekarang is not None else None
        with menunggu():  # each backup is checked whole: ~70 ms for a 9 MB kabupaten file
            self.backups: list[InfoCadangan] = cadangan.daftar(folder)
        self.setWindowTitle(translate("pulih_dialog", "Pulihkan dari cadangan"))
        self.resize(820, 680)
        intro = QLabel(translate("pulih_dialog", "Pilih cadangan dari folder cadangan (<b>{folder}</b>), "
                                 "atau berkas cadangan lain, misalnya dari flashdisk.").format(
            folder=escape(str(folder))))
        intro.setWordWrap(True)
        self.empty_label = QLabel(translate("pulih_dialog", "Belum ada cadangan di folder ini."))
        self.empty_label.setStyleSheet("color: #5f6b76;")
        self.list = QTableWidget(0, len(LIST_HEADERS))
        self.list.setAccessibleName(translate("pulih_dialog", "Daftar cadangan"))
        self.list.setHorizontalHeaderLabels([translate("pulih_dialog", h) for h in LIST_HEADERS])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.pick_button = QPushButton(translate("pulih_dialog", "Pilih &berkas cadangan lain…"))
        self.pick_button.clicked.connect(self.pick_file)
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.empty_label)
        pick_row.addStretch(1)
        pick_row.addWidget(self.pick_button)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns = [translate("pulih_dialog", "Data"), translate("pulih_dialog", "Di cadangan")] + (
            [translate("pulih_dialog", "Sekarang")] if self.sekarang is not None else [])
        self.compare = QTableWidget(len(messages.BACKUP_AREAS), len(columns))
        self.compare.setAccessibleName(translate("pulih_dialog", "Isi cadangan dibandingkan data sekarang"))
        self.compare.setHorizontalHeaderLabels(columns)
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setDefaultSectionSize(24)
        self.compare.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.compare.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.note = QLabel(translate("pulih_dialog", NOTE_BEFORE) if note is None else note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(translate("pulih_dialog", "&Pulihkan"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("pulih_dialog", "Bata&l"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(pick_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.compare)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._fill_list()
        if self.backups:
            self.list.selectRow(0)
        else:
            self._show(None)

    def terpilih(self) -> InfoCadangan | None:
        rows = self.list.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def accept(self) -> None:
        info = self.terpilih()
        if info is not None and not refusal_text(info):
            super().accept()

    def pick_file(self) -> None:
        start = str(self.folder if self.folder.is_dir() else Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("pulih_dialog", "Pilih berkas cadangan"), start,
            translate("pulih_dialog", BACKUP_FILTER))
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> None:
        """Read a backup file the user picked and select it; say so when it is none."""
        try:
            info = cadangan.periksa(path)
        except (KksError, OSError) as exc:
            logger.info("picked file is no backup: %r", exc)
            self._refuse(error_text(exc))
            return
        known = [b.path.resolve() for b in self.backups]
        if path.resolve() in known:
            self.list.selectRow(known.index(path.resolve()))
            return
        self.backups.insert(0, info)
        self._fill_list()
        self.list.selectRow(0)

    def _fill_list(self) -> None:
        self.empty_label.setVisible(not self.backups)
        self.list.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            values = (dibuat_text(info, self.now), jenis_text(info), info.versi_program or "–",
                      str(info.versi_skema),
                      translate("pulih_dialog", "utuh") if info.utuh else translate("pulih_dialog", "RUSAK"),
                      number(info.jumlah.get("desa", 0)), info.path.name)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(row, col, item)
        self.list.resizeColumnsToContents()

    def _selection_changed(self) -> None:
        self._show(self.terpilih())

    def _show(self, info: InfoCadangan | None) -> None:
        self.compare.setVisible(info is not None)
        if info is None:
            self.facts.setText("")
            self._refuse("")
            return
        skema = (translate("pulih_dialog", "skema {skema}").format(skema=info.versi_skema)
                 if info.versi_skema == SCHEMA_VERSION
                 else translate("pulih_dialog", "skema {skema_cadangan} (program ini: skema {skema})")
                 .format(skema_cadangan=info.versi_skema, skema=SCHEMA_VERSION))
        keutuhan = (translate("pulih_dialog", "utuh (pemeriksaan keutuhan lulus)") if info.utuh
                    else translate("pulih_dialog", "<b>RUSAK</b>: pemeriksaan keutuhan menemukan "
                                   "{jumlah} masalah").format(jumlah=number(len(info.masalah))))
        # SQLite's own lines, for the IT staff a damaged backup may be shown to.
        self.facts.setToolTip("" if info.utuh else translate("pulih_dialog", "Rincian teknis (SQLite):")
                              + "\n" + "\n".join(info.masalah[:10]))
        self.facts.setText(translate(
            "pulih_dialog", "<b>{berkas}</b><br>Dibuat: {kapan} · {jenis}<br>Program: KKS Desktop "
            "{versi}, {skema}<br>Keutuhan: {keutuhan}").format(
            berkas=escape(info.path.name), kapan=dibuat_text(info, self.now),
            jenis=escape(jenis_text(info)),
            versi=escape(info.versi_program or translate("pulih_dialog", "tidak diketahui")),
            skema=skema, keutuhan=keutuhan))
        backup = messages.area_counts(info.jumlah)
        for row, (area, count) in enumerate(backup.items()):
            values = [translate("messages", area), number(count)]
            if self.sekarang is not None:
                values.append(number(self.sekarang[area]))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 1 and self.sekarang is not None and count < self.sekarang[area]:
                    item.setForeground(FEWER)
                    item.setToolTip(translate("pulih_dialog", "Cadangan berisi lebih sedikit data "
                                              "daripada sekarang"))
                self.compare.setItem(row, col, item)
        refused = refusal_text(info)
        if refused:
            self._refuse(refused)
        else:
            self.verdict.setStyleSheet("color: #2e5d2e;")
            self.verdict.setText(verdict_text(info))
            self.restore_button.setEnabled(True)

    def _refuse(self, text: str) -> None:
        self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
        self.verdict.setText(text)
        self.restore_button.setEnabled(False)
