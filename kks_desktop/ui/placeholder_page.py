"""A page for an area that is not built yet: says so plainly and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        body = QLabel(f"<p><b>Bagian ini belum tersedia di versi ini.</b></p><p>{promise}</p>"
                      "<p>Data desa dan Pokja yang Anda isi sekarang akan langsung dipakai "
                      "di bagian ini setelah tersedia.</p>")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
