"""When the workspace file cannot be opened: what is wrong, in Indonesian, and the ways out that fit."""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain import errors as e
from kks_desktop.services import cadangan, pulih_berkas
from kks_desktop.ui.cadangan_teks import dibuat_text
from kks_desktop.ui.dialogs import error_text, menunggu

logger = logging.getLogger(__name__)

PULIHKAN, LAIN, BARU, SALINAN, COBA = "pulihkan", "lain", "baru", "salinan", "coba"
# What went wrong (headline) and the ways out offered, best first, per kind of failure.
# The headlines and labels are translated where they are shown (context "buka_gagal_dialog").
_CASES: dict[type[Exception], tuple[str, tuple[str, ...]]] = {
    e.NotADatabase: (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas ini bukan berkas data KKS Desktop"),
                     (PULIHKAN, LAIN, BARU)),
    e.DatabaseDamaged: (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas data rusak"),
                        (PULIHKAN, LAIN, BARU)),
    e.WorkspaceEmpty: (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas data kosong"),
                       (PULIHKAN, BARU, LAIN)),
    e.NewerSchema: (QT_TRANSLATE_NOOP("buka_gagal_dialog",
                                      "Berkas data dari versi KKS Desktop yang lebih baru"),
                    (LAIN, PULIHKAN)),
    e.WorkspaceReadOnly: (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas data tidak dapat ditulisi"),
                          (SALINAN, LAIN)),
    e.WorkspaceLocked: (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas data sedang dibuka program lain"),
                        (COBA, LAIN)),
}
_OTHER = (QT_TRANSLATE_NOOP("buka_gagal_dialog", "Berkas data tidak dapat dibuka"), (LAIN,))
_LABELS = {PULIHKAN: QT_TRANSLATE_NOOP("buka_gagal_dialog", "&Pulihkan dari cadangan…"),
           LAIN: QT_TRANSLATE_NOOP("buka_gagal_dialog", "Pilih berkas &lain…"),
           BARU: QT_TRANSLATE_NOOP("buka_gagal_dialog", "Buat ruang kerja &baru…"),
           SALINAN: QT_TRANSLATE_NOOP("buka_gagal_dialog", "Buka &salinan"),
           COBA: QT_TRANSLATE_NOOP("buka_gagal_dialog", "&Coba lagi")}


def headline_and_offers(exc: Exception) -> tuple[str, tuple[str, ...]]:
    """The headline and the offers for a failure to open a workspace."""
    for kind in type(exc).__mro__:
        if kind in _CASES:
            return _CASES[kind]
    return _OTHER


def _backups_hint(path: Path, now: dt.datetime) -> str:
    folder = cadangan.folder_cadangan_berkas(path)
    with menunggu():
        found = [b for b in cadangan.daftar(folder) if b.utuh]
    if not found:
        return translate(
            "buka_gagal_dialog", "Belum ada cadangan di {folder}; Anda dapat memilih berkas "
            "cadangan dari tempat lain (misalnya flashdisk). Berkas ini tidak dihapus.").format(
            folder=folder)
    return translate(
        "buka_gagal_dialog", "{jumlah} cadangan utuh di {folder}, terbaru {kapan}. Berkas ini "
        "tidak dihapus.").format(jumlah=len(found), folder=folder, kapan=dibuat_text(found[0], now))


def offer_hint(offer: str, path: Path, now: dt.datetime) -> str:
    """One line under an offer's button: what choosing it will do."""
    if offer == PULIHKAN:
        return _backups_hint(path, now)
    if offer == SALINAN:
        try:
            where = str(pulih_berkas.folder_salinan(path))
        except OSError:
            where = translate("buka_gagal_dialog", "folder lain")
        return translate("buka_gagal_dialog", "Salin berkas ke {folder} lalu buka salinannya. "
                         "Perubahan tersimpan di salinan, bukan di berkas asli.").format(folder=where)
    return {LAIN: translate("buka_gagal_dialog", "Buka berkas data lain, misalnya salinan di "
                            "flashdisk."),
            BARU: translate("buka_gagal_dialog", "Mulai dengan data kosong. Berkas ini tidak "
                            "dihapus: diberi nama lain atau dibiarkan di tempatnya."),
            COBA: translate("buka_gagal_dialog", "Setelah KKS Desktop yang lain ditutup.")}[offer]


class BukaGagalDialog(QDialog):
    """Accepted with `pilihan` set to the offer chosen; rejected when the user closes the
    program instead."""

    def __init__(self, exc: Exception, path: Path, parent: QWidget | None = None,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.pilihan = ""
        headline, offers = headline_and_offers(exc)
        self.setWindowTitle(translate("buka_gagal_dialog", "Berkas data tidak dapat dibuka"))
        self.setMinimumWidth(640)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        shown = escape(translate("buka_gagal_dialog", headline))
        self.headline = QLabel(f"<b style='font-size: 13pt'>{shown}</b>")  # teks-tetap: markup
        self.message = QLabel(error_text(exc))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QGridLayout()
        top.addWidget(icon, 0, 0, 2, 1)
        top.addWidget(self.headline, 0, 1)
        top.addWidget(self.message, 1, 1)
        top.setColumnStretch(1, 1)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.hints: dict[str, QLabel] = {}
        when = now or dt.datetime.now()
        for row, offer in enumerate((*offers, "keluar")):
            button = QPushButton(translate("buka_gagal_dialog", "&Keluar") if offer == "keluar"
                                 else translate("buka_gagal_dialog", _LABELS[offer]))
            hint = QLabel(translate("buka_gagal_dialog", "Tutup KKS Desktop; tidak ada yang diubah.")
                          if offer == "keluar" else offer_hint(offer, path, when))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #5f6b76;")
            button.clicked.connect(lambda _c=False, o=offer: self.choose(o))
            grid.addWidget(button, row, 0)
            grid.addWidget(hint, row, 1)
            self.buttons[offer], self.hints[offer] = button, hint
        grid.setColumnStretch(1, 1)
        self.buttons[offers[0]].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate("buka_gagal_dialog", "Apa yang ingin Anda lakukan?")))
        layout.addLayout(grid)
        layout.addStretch(1)

    @property
    def offers(self) -> list[str]:
        """The offers shown, in order (without Keluar)."""
        return [o for o in self.buttons if o != "keluar"]

    def choose(self, offer: str) -> None:
        if offer == "keluar":
            self.reject()
            return
        self.pilihan = offer
        self.accept()
