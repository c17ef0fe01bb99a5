"""Beranda's backup strip: when the last good backup was made (a warning when it is old), with the
"Cadangkan ke…" and "Pulihkan…" buttons."""

from __future__ import annotations

import datetime as dt
import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.ui.cadangan_teks import status_cadangan
from kks_desktop.ui.formatting import number

logger = logging.getLogger(__name__)

_CALM = ("QFrame#cadanganPanel { background: #f6f8fb; "  # teks-tetap: a style sheet
         "border: 1px solid #d5dde6; border-radius: 6px; }")
_WARN = ("QFrame#cadanganPanel { background: #fff4e0; "  # teks-tetap: a style sheet
         "border: 1px solid #e0a84a; border-radius: 6px; }")


class PanelCadangan(QFrame):
    """Shows `tampilkan(...)`; the buttons only ask (`cadangkan_diminta`, `pulihkan_diminta`):
    the main window carries the actions out."""

    cadangkan_diminta = Signal()
    pulihkan_diminta = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cadanganPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.backup_button = QPushButton(translate("cadangan_panel", "Cadangkan &ke…"))
        self.backup_button.setToolTip(translate(
            "cadangan_panel", "Simpan salinan data yang diperiksa utuh ke folder pilihan Anda, "
            "misalnya flashdisk"))
        self.restore_button = QPushButton(translate("cadangan_panel", "&Pulihkan…"))
        self.restore_button.setToolTip(translate(
            "cadangan_panel", "Kembalikan data dari sebuah cadangan; keadaan sekarang dicadangkan "
            "dahulu"))
        self.backup_button.clicked.connect(self.cadangkan_diminta)
        self.restore_button.clicked.connect(self.pulihkan_diminta)
        texts = QVBoxLayout()
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.backup_button)
        layout.addWidget(self.restore_button)
        self.warning = False

    def tampilkan(self, last: dt.datetime | None, now: dt.datetime, peringatan_hari: int,
                  folder: Path) -> None:
        """The last backup's time; calm, or a warning when there is none or it is older than
        `peringatan_hari` days."""
        text, self.warning = status_cadangan(last, now, peringatan_hari)
        self.headline.setText(("⚠ " if self.warning else "") + text)
        self.setStyleSheet(_WARN if self.warning else _CALM)
        where = escape(str(folder))
        if self.warning:
            self.detail.setText(
                translate("cadangan_panel", "Sudah lebih dari {hari} hari tanpa cadangan. Buat "
                          "cadangan sekarang, sebaiknya ke flashdisk yang disimpan terpisah dari "
                          "laptop: tekan <b>Cadangkan ke…</b>.").format(hari=number(peringatan_hari))
                if last is not None else
                translate("cadangan_panel", "Buat cadangan sekarang, sebaiknya ke flashdisk yang "
                          "disimpan terpisah dari laptop: tekan <b>Cadangkan ke…</b>."))
        else:
            self.detail.setText(translate(
                "cadangan_panel", "Cadangan harian dibuat otomatis saat program dibuka, di folder "
                "{folder}. Sesekali simpan juga ke flashdisk: <b>Cadangkan ke…</b>.").format(
                folder=where))
