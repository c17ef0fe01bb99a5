"""Draws the program icon (kks-desktop.png, multi-size kks-desktop.ico) with Qt; run it after a change."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256
GREEN_TOP, GREEN_BOTTOM, CHECK = QColor("#2fa866"), QColor("#17733f"), QColor("#1c8a4b")


def draw(size: int) -> QImage:
    """The icon at `size` pixels: a green rounded square, a white house, a green tick inside it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # drawn on a 100 x 100 grid
    gradient = QLinearGradient(0, 0, 0, 100)
    gradient.setColorAt(0, GREEN_TOP)
    gradient.setColorAt(1, GREEN_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(2, 2, 96, 96), 20, 20)
    house = QPainterPath()
    house.moveTo(50, 16)
    for x, y in ((86, 48), (76, 48), (76, 84), (24, 84), (24, 48), (14, 48)):
        house.lineTo(x, y)
    house.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(house)
    tick = QPainterPath(QPointF(36, 64))
    tick.lineTo(46, 74)
    tick.lineTo(65, 53)
    pen = QPen(CHECK, 8.5 if size >= 32 else 11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read those at every size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    QGuiApplication(sys.argv)
    (HERE / "kks-desktop.png").write_bytes(png_bytes(draw(PNG_SIZE)))
    (HERE / "kks-desktop.ico").write_bytes(ico_bytes([png_bytes(draw(s)) for s in ICO_SIZES],
                                                     ICO_SIZES))
    print(f"Tersimpan: {HERE / 'kks-desktop.png'}, {HERE / 'kks-desktop.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
