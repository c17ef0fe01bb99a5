"""Opening a workbook someone sent: checked before parsing (size, bombs, type), read as plain values."""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import WorkbookUnreadable
from kks_desktop.services.excel_tulis import META_SHEET

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_EXPANDED_BYTES = 600 * 1024 * 1024
MAX_ROWS_PER_SHEET = 200_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and xlsx files under a password
_SHEET_XML = re.compile(r"xl/worksheets/[^/]+\.xml")
_DIMENSION = re.compile(r'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')
_XML_PART = re.compile(r".+\.(?:xml|rels|vml)", re.IGNORECASE)
_HEAD_BYTES = 64 * 1024  # a DOCTYPE can only stand before the root element
_DOCTYPE = re.compile(r"<!DOCTYPE(.*)", re.DOTALL)  # entities are declared only in it
_ENTITY = re.compile(r"""<!ENTITY\s+(?:%\s*)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(r"[&%]([^\s;&%]+);")
# What a damaged archive raises while its members are read (bad headers, data or methods).
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error,
               NotImplementedError, RuntimeError)


@dataclass
class BukuMentah:
    """A workbook's sheets as rows of plain values (dates as dates, numbers as numbers), in
    sheet order, and its `_meta` entries when it has that sheet."""

    path: Path
    lembar: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


def check_file(path: Path, max_bytes: int = MAX_FILE_BYTES,
               max_expanded: int = MAX_EXPANDED_BYTES) -> None:
    """Refuse, before any parsing, a file that is missing, too big, not an xlsx, an old .xls or
    password-protected, damaged, or whose parts would expand past `max_expanded` (a zip bomb,
    or an XML entity bomb in any part).

    Raises WorkbookUnreadable.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise WorkbookUnreadable(path, "tidak_ada") from None
    except OSError:
        raise WorkbookUnreadable(path, "rusak") from None
    if size > max_bytes:
        raise WorkbookUnreadable(path, "terlalu_besar", size, max_bytes)
    if head == _OLE_MAGIC:
        reason = "berkas_sandi" if path.suffix.lower() in (".xlsx", ".xlsm") else "xls_lama"
        raise WorkbookUnreadable(path, reason)
    if not zipfile.is_zipfile(path):
        raise WorkbookUnreadable(path, "bukan_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {e.filename for e in entries}
            if "xl/workbook.xml" not in names:
                raise WorkbookUnreadable(path, "bukan_xlsx")
            expanded = sum(e.file_size for e in entries)
            if expanded > max_expanded:
                raise WorkbookUnreadable(path, "bom", expanded, max_expanded)
            for _entry, text in _xml_heads(archive):
                _check_doctype(path, text, expanded, max_expanded)
    except _ZIP_ERRORS:
        raise WorkbookUnreadable(path, "rusak") from None


def _xml_heads(archive: zipfile.ZipFile) -> Iterator[tuple[zipfile.ZipInfo, str]]:
    """The start of each XML part, as text (UTF-8, or UTF-16 after its byte order mark)."""
    for entry in archive.infolist():
        if not _XML_PART.fullmatch(entry.filename):
            continue
        with archive.open(entry) as handle:
            raw = handle.read(_HEAD_BYTES)
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        yield entry, raw.decode("utf-16" if utf16 else "utf-8", "replace")


def _check_doctype(path: Path, head: str, expanded: int, max_expanded: int) -> None:
    """No program writes a DOCTYPE into a workbook (the format forbids it); one whose entities
    would expand past the limit is an entity bomb ("billion laughs"), any other is damage.
    Neither reader expands entities (calamine refuses them, openpyxl parses through
    defusedxml): this names the file for what it is before either is asked."""
    found = _DOCTYPE.search(head)
    if found is None:
        return
    size = expanded + entity_expansion(found.group(1))
    if size > max_expanded:
        raise WorkbookUnreadable(path, "bom", size, max_expanded)
    raise WorkbookUnreadable(path, "rusak")


def entity_expansion(dtd: str, cap: int = 1 << 50) -> int:
    """How many characters the largest entity declared in `dtd` stands for once every entity
    in it is expanded (nested references multiply: ten "&lol;" in each of nine levels make
    3,000,000,000); at most `cap`. Undeclared references and cycles count as nothing."""
    values = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) or ""
              for m in _ENTITY.finditer(dtd)}
    sizes: dict[str, int] = {}

    def size(name: str) -> int:
        if name in sizes or name not in values:
            return sizes.get(name, 0)
        sizes[name] = 0  # a cycle adds nothing
        text = values[name]
        total = len(_REFERENCE.sub("", text)) + sum(size(r) for r in _REFERENCE.findall(text))
        sizes[name] = min(total, cap)
        return sizes[name]

    return max((size(name) for name in values), default=0)


def read_workbook(path: Path, max_rows: int = MAX_ROWS_PER_SHEET) -> BukuMentah:
    """Every sheet's values (cached results for formulas), after `check_file`, read with
    python-calamine (about 2 ms for a desa workbook, against 46 ms with openpyxl). Rows start at
    Excel's row 1, blank cells are "". A sheet longer than `max_rows` is refused before it is
    read when its declared size says so, and after otherwise.

    Raises WorkbookUnreadable.
    """
    check_file(path)
    _check_declared_rows(path, max_rows)
    result = BukuMentah(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows: list[tuple[object, ...]] = [tuple(row) for row in book.get_sheet_by_name(
                name).to_python(skip_empty_area=False)]
            if len(rows) > max_rows:
                raise WorkbookUnreadable(path, "baris_terlalu_banyak", len(rows), max_rows)
            if name == META_SHEET:
                result.meta = {str(r[0]): _text(r[1]) if len(r) > 1 else "" for r in rows
                               if r and r[0] not in (None, "")}
            else:
                result.lembar[name] = _trim(rows)
    except WorkbookUnreadable:
        raise
    except Exception as exc:  # calamine raises its own kinds for a damaged file
        logger.info("unreadable workbook %s: %r", path, exc)
        raise WorkbookUnreadable(path, "rusak") from None
    return result


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_declared_rows(path: Path, max_rows: int) -> None:
    """Read each sheet's declared size (`<dimension ref="A1:O1048576"/>` near the start of its
    XML) without parsing it, so a sheet of a million rows is refused at once."""
    try:
        with zipfile.ZipFile(path) as archive:
            for entry, head in _xml_heads(archive):
                found = _DIMENSION.search(head[:4096])
                if (_SHEET_XML.fullmatch(entry.filename) and found and found.group(1)
                        and int(found.group(1)) > max_rows):
                    raise WorkbookUnreadable(path, "baris_terlalu_banyak", int(found.group(1)),
                                             max_rows)
    except _ZIP_ERRORS:
        raise WorkbookUnreadable(path, "rusak") from None


def _trim(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Without the empty rows a sheet's formatting may leave at its end."""
    end = len(rows)
    while end and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[end - 1]):
        end -= 1
    return rows[:end]
