"""Bantuan ▸ Panduan (F1): the user guide of docs/panduan shown in a window, offline, with its pictures."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.paths import resources_dir

logger = logging.getLogger(__name__)

INDEX = "README.md"  # teks-tetap: a file name
PICTURE_WIDTH = 760  # pictures wider than this are shown scaled down to it


def folder_panduan() -> Path:
    """`docs/panduan` beside `resources/`: in the source tree and in the one-folder bundle."""
    return resources_dir().parent / "docs" / "panduan"


class PanduanBrowser(QTextBrowser):
    """Shows the guide's Markdown pages; links between them are followed here, links to the
    web open in the browser, and wide pictures are scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.source().resolved(url)
        if target.isLocalFile() and not Path(target.toLocalFile()).is_file():
            logger.info("guide link to a missing page: %s", target.toString())
            return
        self.setSource(target)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        data = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(bytes(data))
        if image.width() > PICTURE_WIDTH:
            image = image.scaledToWidth(PICTURE_WIDTH, mode=Qt.TransformationMode.SmoothTransformation)
        return image


class PanduanDialog(QDialog):
    """The guide's index first; Kembali goes back, Daftar isi returns to the index."""

    def __init__(self, index: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("panduan_dialog", "Panduan KKS Desktop"))
        self.browser = PanduanBrowser()
        self.browser.setAccessibleName(translate("panduan_dialog", "Isi panduan"))
        self.index = QUrl.fromLocalFile(str(index))
        back = QPushButton(translate("panduan_dialog", "← &Kembali"))
        back.setToolTip(translate("panduan_dialog", "Halaman sebelumnya (Alt+←)"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(translate("panduan_dialog", "&Daftar isi"))
        home.clicked.connect(lambda: self.browser.setSource(self.index))
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("panduan_dialog", "&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(home)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(PICTURE_WIDTH + 80, 680)
        self.browser.setSource(self.index)


def buka_panduan(parent: QWidget | None) -> PanduanDialog | None:
    """Open the guide beside the main window (not modal); None, after saying so, when the
    guide's files are missing."""
    index = folder_panduan() / INDEX
    if not index.is_file():
        QMessageBox.warning(parent, translate("panduan_dialog", "Panduan tidak ditemukan"),
                            translate("panduan_dialog", "Berkas panduan tidak ada di {folder}. Salin "
                                      "ulang folder program KKS Desktop secara utuh, lalu coba "
                                      "lagi.").format(folder=index.parent))
        return None
    dialog = PanduanDialog(index, parent)
    dialog.show()
    return dialog
