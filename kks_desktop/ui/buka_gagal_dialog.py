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

from kks_desktop.domain import errors as e
from kks_desktop.services import cadangan, pulih_berkas
from kks_desktop.ui.cadangan_teks import dibuat_text
from kks_desktop.ui.dialogs import error_text, menunggu

logger = logging.getLogger(__name__)

PULIHKAN, LAIN, BARU, SALINAN, COBA = "pulihkan", "lain", "baru", "salinan", "coba"
# What went wrong (headline) and the ways out offered, best first, per kind of failure.
_CASES: dict[type[Exception], tuple[str, tuple[str, ...]]] = {
    e.NotADatabase: ("Berkas ini bukan berkas data KKS Desktop", (PULIHKAN, LAIN, BARU)),
    e.DatabaseDamaged: ("Berkas data rusak", (PULIHKAN, LAIN, BARU)),
    e.WorkspaceEmpty: ("Berkas data kosong", (PULIHKAN, BARU, LAIN)),
    e.NewerSchema: ("Berkas data dari versi KKS Desktop yang lebih baru", (LAIN, PULIHKAN)),
    e.WorkspaceReadOnly: ("Berkas data tidak dapat ditulisi", (SALINAN, LAIN)),
    e.WorkspaceLocked: ("Berkas data sedang dibuka program lain", (COBA, LAIN)),
}
_OTHER = ("Berkas data tidak dapat dibuka", (LAIN,))
_LABELS = {PULIHKAN: "&Pulihkan dari cadangan…", LAIN: "Pilih berkas &lain…",
           BARU: "Buat ruang kerja &baru…", SALINAN: "Buka &salinan", COBA: "&Coba lagi"}


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
        return (f"Belum ada cadangan di {folder}; Anda dapat memilih berkas cadangan dari tempat "
                "lain (misalnya flashdisk). Berkas ini tidak dihapus.")
    return (f"{len(found)} cadangan utuh di {folder}, terbaru "
            f"{dibuat_text(found[0], now)}. Berkas ini tidak dihapus.")


def offer_hint(offer: str, path: Path, now: dt.datetime) -> str:
    """One line under an offer's button: what choosing it will do."""
    if offer == PULIHKAN:
        return _backups_hint(path, now)
    if offer == SALINAN:
        try:
            where = str(pulih_berkas.folder_salinan(path))
        except OSError:
            where = "folder lain"
        return (f"Salin berkas ke {where} lalu buka salinannya. Perubahan tersimpan di "
                "salinan, bukan di berkas asli.")
    return {LAIN: "Buka berkas data lain, misalnya salinan di flashdisk.",
            BARU: "Mulai dengan data kosong. Berkas ini tidak dihapus: diberi nama lain atau "
                  "dibiarkan di tempatnya.",
            COBA: "Setelah KKS Desktop yang lain ditutup."}[offer]


class BukaGagalDialog(QDialog):
    """Accepted with `pilihan` set to the offer chosen; rejected when the user closes the
    program instead."""

    def __init__(self, exc: Exception, path: Path, parent: QWidget | None = None,
                 now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.pilihan = ""
        headline, offers = headline_and_offers(exc)
        self.setWindowTitle("Berkas data tidak dapat dibuka")
        self.setMinimumWidth(640)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        self.headline = QLabel(f"<b style='font-size: 13pt'>{escape(headline)}</b>")
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
            button = QPushButton("&Keluar" if offer == "keluar" else _LABELS[offer])
            hint = QLabel("Tutup KKS Desktop; tidak ada yang diubah." if offer == "keluar"
                          else offer_hint(offer, path, when))
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
        layout.addWidget(QLabel("Apa yang ingin Anda lakukan?"))
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
