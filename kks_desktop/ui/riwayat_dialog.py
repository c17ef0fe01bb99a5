"""RiwayatDialog: a record's change history (when, who, what, each field old → new) and putting
back the version before a change, itself a recorded and undoable change."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, indonesia, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.riwayat import Entri
from kks_desktop.messages_riwayat import judul_entri, kalimat_entri
from kks_desktop.services import riwayat_kelompok, riwayat_service
from kks_desktop.ui.aksi_command import push_aksi
from kks_desktop.ui.dialogs import confirm, show_error
from kks_desktop.ui.formatting import waktu_lokal
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.riwayat_model import WAKTU_SAMPLE, BarisRiwayat, RiwayatModel, oleh
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

ENTRI_ROLE = Qt.ItemDataRole.UserRole + 1
# Translated where shown (context "riwayat_dialog").
HINT = QT_TRANSLATE_NOOP(
    "riwayat_dialog", "Setiap perubahan yang tersimpan, terbaru di atas, dengan waktu dan nama "
    "pengguna (diatur di Pengaturan). Pilih satu untuk melihat rinciannya.")
BISA_KEMBALI = QT_TRANSLATE_NOOP(
    "riwayat_dialog", "Pilih baris “diubah” di rincian untuk mengembalikan isinya ke versi sebelum "
    "perubahan itu.")


class RiwayatDialog(QDialog):
    """The history of the record `uuid` (with what hangs on it: a desa's Pokja and members, a
    session's participants). `kode` is the desa told to the pages after a change ("" = all)."""

    def __init__(self, session: UiSession, uuid: str, judul: str, kode: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.uuid, self.kode = session, uuid, kode
        heading = translate("riwayat_dialog", "Riwayat {judul}").format(judul=judul)
        self.setWindowTitle(heading)
        title = QLabel(heading)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        hint = QLabel(translate("riwayat_dialog", HINT))
        hint.setWordWrap(True)
        self.model = RiwayatModel(self)
        self.table = record_table(self.model, translate("riwayat_dialog", "Perubahan tersimpan"))
        fit_columns(self.table, (WAKTU_SAMPLE, "Sri Wahyuni Rahayu"))  # teks-tetap: a width sample
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._aksi_changed)
        self.kepala = QLabel()
        self.kepala.setWordWrap(True)
        self.kepala.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rincian = QListWidget()
        self.rincian.setAccessibleName(translate("riwayat_dialog", "Rincian perubahan"))
        self.rincian.setWordWrap(True)
        self.rincian.currentItemChanged.connect(self._update_button)
        self.kembalikan_button = QPushButton(translate("riwayat_dialog",
                                                       "&Kembalikan ke versi sebelum perubahan ini…"))
        self.kembalikan_button.clicked.connect(self.kembalikan)
        self.pesan = QLabel()
        self.pesan.setWordWrap(True)
        self.pesan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("riwayat_dialog", "&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self._layout(title, hint, buttons)
        self.resize(900, 620)
        self.reload()

    def _layout(self, title: QLabel, hint: QLabel, buttons: QDialogButtonBox) -> None:
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.kepala)
        lower_layout.addWidget(self.rincian, 1)
        row = QHBoxLayout()
        row.addWidget(self.pesan, 1)
        row.addWidget(self.kembalikan_button)
        lower_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    @classmethod
    def tampilkan(cls, parent: QWidget, session: UiSession, uuid: str, judul: str,
                  kode: str = "") -> None:
        dialog = cls(session, uuid, judul, kode, parent)
        dialog.exec()
        dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the record's history again and select the newest action."""
        ws = self.session.workspace
        self.model.set_rows([BarisRiwayat(a, riwayat_service.judul(ws, a), tuple(entries))
                             for a, entries in riwayat_service.rekaman(ws, self.uuid)])
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._aksi_changed(QModelIndex())

    def _aksi_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self.rincian.clear()
        if not current.isValid():
            self.kepala.setText(translate("riwayat_dialog", "Belum ada perubahan tercatat untuk data ini."))
            self._update_button()
            return
        baris = self.model.baris(current.row())
        self.kepala.setText(f"<b>{waktu_lokal(baris.aksi.waktu)}</b> · "
                            f"{escape(oleh(baris.aksi))} · {escape(baris.judul)}")
        for entri in baris.entri:
            item = QListWidgetItem(_kalimat(entri))
            item.setData(ENTRI_ROLE, entri)
            item.setToolTip(item.text())
            self.rincian.addItem(item)
        ubah = next((i for i in range(self.rincian.count())
                     if _bisa_kembali(self.rincian.item(i).data(ENTRI_ROLE))), 0)
        self.rincian.setCurrentRow(ubah)
        self._update_button()

    def entri_terpilih(self) -> Entri | None:
        item = self.rincian.currentItem()
        found = item.data(ENTRI_ROLE) if item is not None else None
        return found if isinstance(found, Entri) else None

    def kalimat(self) -> list[str]:
        """The sentences shown for the selected action, in order."""
        return [self.rincian.item(i).text() for i in range(self.rincian.count())]

    def _update_button(self, *_args: object) -> None:
        entri = self.entri_terpilih()
        self.kembalikan_button.setEnabled(entri is not None and _bisa_kembali(entri))
        self.kembalikan_button.setToolTip(translate("riwayat_dialog", BISA_KEMBALI))

    # -- putting back ---------------------------------------------------------------------
    def kembalikan(self) -> bool:
        """Put the selected changed record back as it was before that change (after asking);
        True when something was written (and put on the undo stack)."""
        entri, current = self.entri_terpilih(), self.table.currentIndex()
        if entri is None or not _bisa_kembali(entri) or not current.isValid():
            return False
        when = waktu_lokal(self.model.baris(current.row()).aksi.waktu)
        what = judul_entri(entri, tampil=True)
        if not confirm(self, translate("riwayat_dialog", "Kembalikan versi"),
                       translate("riwayat_dialog", "Kembalikan {data} ke isinya sebelum perubahan "
                                 "{kapan}?\n\n{rincian}\n\nPengembalian ini dicatat sebagai "
                                 "perubahan baru dan dapat diurungkan (Ctrl+Z).").format(
                           data=what, kapan=when, rincian=_kalimat(entri))):
            return False
        ws = self.session.workspace
        try:
            made = riwayat_service.kembalikan_versi(ws, entri)
        except KksError as exc:
            show_error(self, exc, translate("riwayat_dialog", "Tidak dapat mengembalikan"))
            return False
        if not riwayat_kelompok.ada(ws, made):
            self.pesan.setText(translate("riwayat_dialog", "Isi {data} sudah sama dengan versi itu; "
                                         "tidak ada yang diubah.").format(data=what))
            return False

        def title() -> str:
            return translate("riwayat_dialog", "kembalikan versi lama {data}").format(
                data=judul_entri(entri, tampil=True))

        with indonesia():  # the history stores the titles of its undo and redo in Indonesian
            stored = title()
        push_aksi(self.session, [made], title(), self.kode, judul=stored)
        self.session.notify(self.kode)
        self.reload()
        self.pesan.setText(translate("riwayat_dialog", "{data} dikembalikan ke isinya sebelum "
                                     "perubahan {kapan}.").format(data=what[:1].upper() + what[1:],
                                                                   kapan=when))
        return True


def _bisa_kembali(entri: object) -> bool:
    """A change of a record still identified by its uuid (an addition has no earlier version;
    a deleted record comes back through Data terhapus)."""
    return (isinstance(entri, Entri) and entri.operasi == "ubah" and bool(entri.uuid)
            and entri.lama is not None)


def _kalimat(entri: Entri) -> str:
    text = kalimat_entri(entri)
    return text[:1].upper() + text[1:]
