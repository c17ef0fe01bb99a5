"""Printout sheets to PDF with Qt: A4/F4, whole rows per page, page numbers, atomic file write."""

from __future__ import annotations

import errno
import functools
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from kks_desktop.domain.kertas import Kertas
from kks_desktop.services.cetak_html import Dokumen, Lembar, Tabel, bungkus, halaman

logger = logging.getLogger(__name__)

# The document is laid out in screen pixels at this resolution and scaled onto the printer.
LAYOUT_DPI = 96
MARGIN_MM = QMarginsF(25, 15, 15, 12)  # left (binding), top, right, bottom
FOOTER_MM = 8.0
FONT_FAMILIES = ["Arial", "Liberation Sans", "Nimbus Sans", "Helvetica", "DejaVu Sans"]  # teks-tetap: fonts
FONT_PT = 10.0
# The planner fills at most this share of a page; the rest absorbs rounding between measuring
# pieces apart and laying them out together.
FILL = 0.97
_MM_PER_INCH = 25.4


def ukuran_kertas(kertas: Kertas) -> QPageSize:
    """A4, or F4 as exactly 215 × 330 mm (Qt has no F4 of its own)."""
    if kertas is Kertas.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    width, height = kertas.mm
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, kertas.value,
                     QPageSize.SizeMatchPolicy.ExactMatch)


def tata_letak(kertas: Kertas, mendatar: bool = False) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if mendatar
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(ukuran_kertas(kertas), orientation, MARGIN_MM, QPageLayout.Unit.Millimeter)


def cetak_pdf(dokumen: Dokumen, path: Path, kertas: Kertas) -> int:
    """Write `dokumen` as a PDF at `path`; the number of pages. Needs a QGuiApplication.

    The file is written beside `path` and renamed into place, so a failure leaves no file
    under that name. Raises OSError when the folder is missing or the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("printing to PDF needs a QGuiApplication")  # teks-tetap: a programming error
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        pages = _tulis(dokumen, temporary, target, kertas)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    logger.info("PDF %s: %d pages on %s", target, pages, kertas.value)
    return pages


def _tulis(dokumen: Dokumen, temporary: Path, target: Path, kertas: Kertas) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(temporary))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setDocName(dokumen.judul)
    printer.setCreator("KKS Desktop")  # teks-tetap: the program's name
    printer.setPageLayout(tata_letak(kertas, dokumen.mendatar))
    body = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / LAYOUT_DPI
    footer = round(FOOTER_MM / _MM_PER_INCH * printer.resolution())
    page = QSizeF(body.width() / scale, (body.height() - footer) / scale)
    planned, html = susun(dokumen, page)
    doc = dokumen_qt(html, page.width())
    doc.setPageSize(page)
    pages = doc.pageCount()
    if pages != planned:
        logger.warning("planned %d pages, Qt laid out %d", planned, pages)
    painter = QPainter()
    if not painter.begin(printer):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    try:
        _gambar(painter, printer, doc, dokumen.judul, body, footer)
    finally:
        finished = painter.end()  # before the printer goes, whatever happened
    if not finished:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(target))
    return pages


def _gambar(painter: QPainter, printer: QPrinter, doc: QTextDocument, judul: str, body: QRect,
            footer: int) -> None:
    """Paint every page of the laid-out `doc`, scaled to the printer, with its footer.

    Raises OSError if the printer refuses a new page.
    """
    page = doc.pageSize()
    scale = printer.resolution() / LAYOUT_DPI
    pages = doc.pageCount()
    for index in range(pages):
        if index and not printer.newPage():
            raise OSError(errno.EIO, os.strerror(errno.EIO), printer.outputFileName())
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -index * page.height())
        doc.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
        painter.restore()
        _kaki(painter, QRect(0, body.height() - footer, body.width(), footer), judul,
              f"Halaman {index + 1} dari {pages}")  # teks-tetap: printed page number


def _kaki(painter: QPainter, rect: QRect, left: str, right: str) -> None:
    """The footer: the document's name on the left, the page number on the right."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    align = Qt.AlignmentFlag.AlignBottom
    number_width = painter.fontMetrics().horizontalAdvance(right) + rect.height()
    name = painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight,
                                            rect.width() - number_width)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignLeft, name)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignRight, right)


def dokumen_qt(html: str, width: float) -> QTextDocument:
    """A QTextDocument of `html` laid out `width` pixels wide at LAYOUT_DPI, in the print font."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_layout_device())
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


@functools.cache
def _layout_device() -> QImage:
    """A paint device at LAYOUT_DPI; kept for good, as a layout does not own its device."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / _MM_PER_INCH * 1000)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


@dataclass(frozen=True)
class _Ukuran:
    """Heights in layout pixels of a sheet's pieces."""

    atas: float
    kepala: float
    baris: tuple[float, ...]
    bawah: float


def susun(dokumen: Dokumen, page: QSizeF) -> tuple[int, str]:
    """Cut every sheet into pages of whole table rows: the head row on each page, the sheet's
    top on its first page and its foot on its last with at least one row (two if the page has
    more). Returns the number of pages planned and the HTML with the page breaks."""
    tinggi = _pengukur(page.width())
    parts: list[str] = []
    for lembar in dokumen.lembar:
        for rows, first, last in potong(_ukur(lembar, tinggi), page.height() * FILL):
            parts.append(halaman(lembar, rows, first, last, halaman_baru=bool(parts)))
    return len(parts), bungkus("".join(parts))


def _pengukur(width: float) -> Callable[[str], float]:
    """Height of an HTML piece at `width`, remembered (a sheet per day repeats the same rows)."""
    known: dict[str, float] = {}

    def tinggi(piece: str) -> float:
        if not piece:
            return 0.0
        if piece not in known:
            known[piece] = dokumen_qt(bungkus(piece), width).size().height()
        return known[piece]

    return tinggi


def _ukur(lembar: Lembar, tinggi: Callable[[str], float]) -> _Ukuran:
    atas, bawah = tinggi(lembar.atas), tinggi(lembar.bawah)
    tabel = lembar.tabel
    if tabel is None:
        return _Ukuran(atas, 0.0, (), bawah)
    kepala = tinggi(Tabel(tabel.kepala, ()).html())
    baris = tuple(tinggi(Tabel(tabel.kepala, (row,)).html()) - kepala for row in tabel.baris)
    return _Ukuran(atas, kepala, baris, bawah)


def potong(ukuran: _Ukuran, tinggi: float) -> list[tuple[range | None, bool, bool]]:
    """The pages of one sheet as (table rows on it or None, first page?, last page?)."""
    pages: list[list[int]] = [[]]
    used = ukuran.atas
    for index, height in enumerate(ukuran.baris):
        need = height + (0.0 if pages[-1] else ukuran.kepala)
        if used + need > tinggi and used > 0:
            pages.append([])
            used, need = 0.0, height + ukuran.kepala
        used += need
        pages[-1].append(index)
    if used + ukuran.bawah > tinggi and (len(pages) > 1 or pages[-1]):
        last = pages[-1]
        keep = len(last) - min(2, len(last) - 1) if len(last) > 1 else len(last)
        pages[-1], moved = last[:keep], last[keep:]
        pages.append(moved)
    result: list[tuple[range | None, bool, bool]] = []
    for number, rows in enumerate(pages):
        span = range(rows[0], rows[-1] + 1) if rows else None
        if span is None and len(pages) == 1:
            span = range(0)  # a table with no rows still shows its head
        result.append((span, number == 0, number == len(pages) - 1))
    return result
