"""`kks-desktop screenshot`: render pages of the main window, or scenes of the user guide, into PNGs."""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kks_desktop.domain.errors import WorkspaceNotFound
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.app import application
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.screenshot_adegan import ADEGAN, PANDUAN
from kks_desktop.ui.screenshot_bantu import Panggung
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

BORDER = "#9aa5b1"  # a thin frame, so a grey dialog stands out on a grey page
TITLE_BAR, TITLE_TEXT = "#dfe5ec", "#1f2d3a"


def save_screenshot(db_path: Path, page: str, out: Path, size: str,
                    bahasa: str | None = None) -> int:
    """Open the workspace at `db_path` and `simpan` what `page` names, in the language `bahasa`
    (default: the one chosen in Pengaturan); 0 on success, 2 for a wrong request, 1 when a
    picture failed.

    Raises WorkspaceNotFound if the workspace does not exist, or its opening errors.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        print(f"kks-desktop: ukuran “{size}” tidak sah; contoh: 1280x800",  # teks-tetap: CLI
              file=sys.stderr)
        return 2
    if not db_path.exists():
        raise WorkspaceNotFound(db_path)
    application(bahasa)
    with Workspace.open(db_path) as ws:
        session = UiSession(ws)
        try:
            return simpan(session, page, out, (width, height))
        finally:
            session.undo_stack.clear()


def simpan(session: UiSession, page: str, out: Path, size: tuple[int, int]) -> int:
    """Render into PNG files; 0 on success, 2 for an unknown name (nothing written), 1 when a
    picture failed (the others are written).

    `page` is a page key of the main window (beranda, desa, sanitasi, ...), a scene of the
    user guide (ui/screenshot_adegan.py: a dialog, a tab, something chosen), several of them
    separated by commas, or "panduan" for every scene. One name is saved as `out`; several go
    into the folder `out` as NAME.png. The window is `size`; a dialog keeps its own size.
    The workspace is only read.
    """
    names = list(ADEGAN) if page == PANDUAN else [n.strip() for n in page.split(",") if n.strip()]
    if not names or not set(names) <= set(ADEGAN):  # page keys too: a window knows them
        keys = _page_keys(session)
        unknown = [n for n in names if n not in ADEGAN and n not in keys] or ([] if names else [page])
        if unknown:
            choices = ", ".join([*keys, *(n for n in ADEGAN if n not in keys), PANDUAN])
            print(f"kks-desktop: halaman “{unknown[0]}” tidak dikenal; pilihan: {choices}",  # teks-tetap: CLI
                  file=sys.stderr)
            return 2
    several = page == PANDUAN or len(names) > 1
    failed = [n for n in names if _render(session, n, out / f"{n}.png" if several else out, size)]
    return 1 if failed else 0


def _page_keys(session: UiSession) -> list[str]:
    stage = Panggung(session, (800, 600))
    try:
        return stage.jendela.view_keys
    finally:
        stage.bersihkan()


def _render(session: UiSession, name: str, out: Path, size: tuple[int, int]) -> int:
    """Play one scene or show one page, and save it; 0 saved, 1 failed."""
    stage = Panggung(session, size)
    try:
        try:
            widget = ADEGAN[name](stage) if name in ADEGAN else stage.halaman(name)
        except LookupError as exc:
            logger.info("scene %s not played: %r", name, exc)
            print(f"kks-desktop: gambar “{name}” memerlukan data contoh (desa, laporan, "  # teks-tetap: CLI
                  "kegiatan); buat dahulu dengan `kks-desktop demo`", file=sys.stderr)
            return 1
        QApplication.processEvents()
        dialog = widget.isWindow() and not isinstance(widget, MainWindow)
        picture = _framed(widget.grab().toImage(), widget.windowTitle() if dialog else "")
    finally:
        stage.bersihkan()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not _palette(picture).save(str(out)):
        print(f"kks-desktop: gambar tidak dapat disimpan ke {out}",  # teks-tetap: CLI
              file=sys.stderr)
        return 1
    print(f"Tersimpan: {out} ({name}, {picture.width()}x{picture.height()})")  # teks-tetap: CLI
    return 0


def _framed(picture: QImage, title: str) -> QImage:
    """`picture` with a thin frame over its edge; with `title`, under a title bar as a window
    shows it (the offscreen platform draws no window decorations)."""
    bar = QFontMetrics(QFont()).height() + 12 if title else 0
    framed = QImage(picture.width(), picture.height() + bar, QImage.Format.Format_RGB32)
    framed.fill(QColor(TITLE_BAR))
    painter = QPainter(framed)
    painter.drawImage(0, bar, picture)
    if title:
        font = QFont()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(TITLE_TEXT))
        painter.drawText(QRect(12, 1, picture.width() - 24, bar), Qt.AlignmentFlag.AlignVCenter,
                         title)
    painter.setPen(QColor(BORDER))
    painter.drawRect(0, 0, framed.width() - 1, framed.height() - 1)
    painter.end()
    return framed


def _palette(picture: QImage) -> QImage:
    """The picture in its 256 most used colours: a screen is mostly flat colour, so it looks
    the same at less than half the file size (rare edge shades take the nearest colour)."""
    picture = picture.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(picture.constBits()).cast("I"))
    table = [colour for colour, _n in counts.most_common(256)]
    return picture.convertToFormat(QImage.Format.Format_Indexed8, table,
                                   Qt.ImageConversionFlag.ThresholdDither
                                   | Qt.ImageConversionFlag.AvoidDither)
