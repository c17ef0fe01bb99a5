"""Hypothesis mutators for the import fuzz test: bytes, zip members, cells and sheets of a valid workbook."""

from __future__ import annotations

import re
import string
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

DataObject = st.DataObject

_ROW = re.compile(r"<row\b[^>]*?(?:/>|>.*?</row>)", re.S)
_CELL = re.compile(r"<c\b[^>]*?(?:/>|>.*?</c>)", re.S)
_TEXT = re.compile(r"<t(?:\s[^>]*)?>([^<]*)</t>")
_SHEET = re.compile(r"<sheet\b[^>]*/>")
_REL = re.compile(r'<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"')
_REL_ALT = re.compile(r'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"')
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)

# Text people (and hostile senders) put in cells and sheet names.
ODD_TEXT = (
    "", "   ", "=1+1", '=HYPERLINK("http://contoh.invalid","klik")', "@SUM(A1)", "+62 812", "-5",
    "\t", "\r\n", "_x0007_", "Budi_x0000_", "NaN", "inf", "-inf", "1e309", "-0", "1.234,5",
    "1.234.567,89", "13/13/2013", "31/02/2024", "29/02/1900", "0001-01-01", "9999-12-31",
    "33.25.01.2001", "3325012001", "33.25.01.2002", "33.25.02.2001", "33.25.01", "JUMLAH", "No",
    "Ada", "Tidak Ada", "Ketua", "Lulus", "Pemicuan", "ﷺ محمد", "ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ", "😀👍🏽" * 5,
    "x" * 300, "y" * 33_000, "Siti\u200bAminah", "\u202eSiti", "Oktober 2025", "01/2025",
    "00000000-0000-0000-0000-000000000000",
)
ODD_NUMBERS = (0, -1, 1, 0.5, 60, 1e308, -1e308, 2958465, 2958466, -693594, 10**15, 2**63,
               -(2**63), 45475, 1e-300)
SHEET_NAMES = ("Sheet1", "Sheet2", "anggota pokja", "ANGGOTA  POKJA ", "Desa & Pokja", "Sanitasi (2)",
               "_meta", "Ringkasan", "Peserta", "RTL", "Kesiapan", "Pre Post", "x" * 31, "😀",
               "Daftar Kesalahan", "Petunjuk")
META_VALUES = ("kks-desktop-buku-desa", "kks-desktop-templat", "lain", "", "99",
               "desa_kode", "desa_kode,nama,uuid", "uuid,periode,total_kk", "abc", "-1")


@dataclass
class Anggota:
    """One member of the zip: its name, bytes and compression."""

    nama: str
    isi: bytes
    kompresi: int = zipfile.ZIP_DEFLATED


def baca_zip(path: Path) -> list[Anggota]:
    with zipfile.ZipFile(path) as archive:
        return [Anggota(e.filename, archive.read(e), e.compress_type) for e in archive.infolist()]


def tulis_zip(members: list[Anggota], target: Path) -> Path:
    """The members written as a zip (duplicate names kept, as a hostile sender could)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        with zipfile.ZipFile(target, "w") as archive:
            for m in members:
                info = zipfile.ZipInfo(m.nama, date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = m.kompresi
                archive.writestr(info, m.isi)
    return target


def _get(members: list[Anggota], name: str) -> Anggota | None:
    return next((m for m in members if m.nama == name), None)


def lembar_part(members: list[Anggota]) -> dict[str, str]:
    """Each sheet's name in the workbook and the zip member holding it."""
    book, rels = _get(members, "xl/workbook.xml"), _get(members, "xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return {}
    text = rels.isi.decode("utf-8", "replace")
    targets = dict(_REL.findall(text)) | {i: t for t, i in _REL_ALT.findall(text)}
    found = {}
    for element in _SHEET.findall(book.isi.decode("utf-8", "replace")):
        name, rid = _attr(element, "name"), _attr(element, "r:id")
        target = targets.get(rid or "")
        if name is not None and target:
            found[_unescape(name)] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return found


def _attr(element: str, name: str) -> str | None:
    found = re.search(rf'\s{re.escape(name)}="([^"]*)"', element)
    return found.group(1) if found else None


def escape(text: str) -> str:
    """Text as XML character data; control characters the OOXML way (_x0007_)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return "".join(f"_x{ord(c):04X}_" if (ord(c) < 32 and c not in "\t\n\r") or 0xFFFE <= ord(c) <= 0xFFFF
                   else c for c in text)


def _unescape(text: str) -> str:
    return text.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# -- strategies -------------------------------------------------------------------------------

def teks() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(ODD_TEXT),
                     st.text(st.characters(exclude_categories=("Cs",)), max_size=60))


def angka() -> st.SearchStrategy[float | int]:
    return st.one_of(st.sampled_from(ODD_NUMBERS), st.integers(-(10**12), 10**12),
                     st.floats(allow_nan=True, allow_infinity=True))


def _cell_xml(data: DataObject, ref: str, style: str, known: list[str]) -> str:
    """A new cell at `ref` holding a value of a random type."""
    s = f' s="{style}"' if style else ""
    kind = data.draw(st.sampled_from(("teks", "dikenal", "angka", "bool", "tanggal", "rumus",
                                      "galat", "kosong", "string_bersama")), label="jenis sel")
    if kind in ("teks", "dikenal"):  # "dikenal": a value from elsewhere in the workbook
        value = data.draw(st.sampled_from(known) if kind == "dikenal" and known else teks())
        return (f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(value)}'
                "</t></is></c>")
    if kind == "angka":  # kept with the cell's style: a date column gets a date out of range
        return f'<c r="{ref}"{s} t="n"><v>{data.draw(angka())!r}</v></c>'
    if kind == "bool":
        return f'<c r="{ref}"{s} t="b"><v>{data.draw(st.sampled_from(("0", "1", "2", "ya")))}</v></c>'
    if kind == "tanggal":
        value = data.draw(st.one_of(st.dates().map(str), st.sampled_from((
            "2025-13-45", "0000-01-01", "99999-01-01", "2024-02-30T25:61:00", "kemarin"))))
        return f'<c r="{ref}"{s} t="d"><v>{value}</v></c>'
    if kind == "rumus":
        formula = escape(data.draw(st.sampled_from(("1/0", "SUM(A1:A3)", 'HYPERLINK("x")',
                                                    "NOW()", "A1", "'Sheet1'!A1"))))
        cached = data.draw(st.sampled_from(("", "<v>7</v>", "<v>#DIV/0!</v>")))
        t = ' t="e"' if "#" in cached else ""
        return f'<c r="{ref}"{s}{t}><f>{formula}</f>{cached}</c>'
    if kind == "galat":
        return f'<c r="{ref}"{s} t="e"><v>{data.draw(st.sampled_from(("#N/A", "#REF!", "#VALUE!")))}</v></c>'
    if kind == "string_bersama":  # points into a shared strings part the file does not have
        return f'<c r="{ref}"{s} t="s"><v>{data.draw(st.integers(-1, 5))}</v></c>'
    return f'<c r="{ref}"{s}/>'


def _column(ref: str) -> str:
    return ref.rstrip(string.digits)


def _renumber(row: str, number: int) -> str:
    row = re.sub(r'^<row\b([^>]*?)\sr="\d+"', rf'<row\1 r="{number}"', row)
    return re.sub(r'(<c\b[^>]*?\sr="[A-Z]+)\d+"', rf'\g<1>{number}"', row)


def _texts(members: list[Anggota]) -> list[str]:
    """Every short text in the workbook's sheets: the values a mutation may move around."""
    found: set[str] = set()
    for m in members:
        if m.nama.startswith("xl/worksheets/"):
            found.update(t for t in _TEXT.findall(m.isi.decode("utf-8", "replace")) if len(t) < 60)
    return sorted(found)


def ubah_sel(data: DataObject, members: list[Anggota], sheets: dict[str, str]) -> str:
    """One cell-level change in one sheet: a cell set to a random type, a row duplicated or
    removed, a header cell changed. Returns what was done."""
    names = sorted(n for n in sheets if _get(members, sheets[n]) is not None)
    if not names:
        return "tanpa lembar"
    sheet = data.draw(st.sampled_from(names), label="lembar")
    part = _get(members, sheets[sheet])
    assert part is not None
    xml = part.isi.decode("utf-8", "replace")
    rows = [(m.start(), m.end()) for m in _ROW.finditer(xml)]
    if not rows:
        return f"{sheet}: tanpa baris"
    op = data.draw(st.sampled_from(("sel", "sel", "sel", "judul", "gandakan", "hapus", "banyak")),
                   label="ubah sel")
    header = next((i for i, (a, b) in enumerate(rows) if ">No<" in xml[a:b]), 0)
    index = header if op == "judul" else data.draw(st.integers(0, len(rows) - 1), label="baris")
    start, end = rows[index]
    row = xml[start:end]
    if op == "hapus":
        new = ""
    elif op == "gandakan":
        if data.draw(st.booleans(), label="di akhir"):  # the copy numbered after the last row
            last = max(int(n) for n in re.findall(r'<row\b[^>]*?\sr="(\d+)"', xml))
            tail = rows[-1][1]
            part.isi = (xml[:tail] + _renumber(row, last + 1) + xml[tail:]).encode()
            return f"{sheet}: baris {index} digandakan di akhir"
        new = row + row  # the same row number twice
    elif op == "banyak":  # the same row many times: duplicates at scale
        times = data.draw(st.integers(2, 400), label="kali")
        new = row * times
    else:
        cells = list(_CELL.finditer(row))
        number = _attr(row[:row.find(">") + 1], "r") or str(index + 1)
        position = data.draw(st.integers(0, len(cells)), label="sel")
        known = _texts(members)
        if position < len(cells):
            old = cells[position].group(0)
            ref = _attr(old, "r") or f"A{number}"
            new_cell = _cell_xml(data, ref, _attr(old, "s") or "", known)
            new = row[:cells[position].start()] + new_cell + row[cells[position].end():]
        else:  # a cell right of the others
            last_col = _column(_attr(cells[-1].group(0), "r") or "A") if cells else "A"
            ref = ("Z" if last_col < "Z" else "AZ") + number
            new_cell = _cell_xml(data, ref, "", known)
            new = row.replace("</row>", new_cell + "</row>") if row.endswith("</row>") else row
    part.isi = (xml[:start] + new + xml[end:]).encode()
    return f"{sheet}: {op} baris {index}"


def ubah_lembar(data: DataObject, members: list[Anggota]) -> str:
    """One sheet-level change in workbook.xml: renamed, deleted, reordered, added, hidden."""
    book = _get(members, "xl/workbook.xml")
    if book is None:
        return "tanpa workbook.xml"
    xml = book.isi.decode("utf-8", "replace")
    elements = _SHEET.findall(xml)
    if not elements:
        return "tanpa sheet"
    op = data.draw(st.sampled_from(("ganti_nama", "hapus", "urutan", "tambah", "tambah_putus",
                                    "sembunyi")), label="ubah lembar")
    index = data.draw(st.integers(0, len(elements) - 1), label="sheet")
    chosen = elements[index]
    if op == "ganti_nama":
        name = data.draw(st.one_of(st.sampled_from(SHEET_NAMES), teks()), label="nama")
        changed = [re.sub(r'\sname="[^"]*"', f' name="{escape(name)}"', chosen)]
    elif op == "hapus":
        changed = []
    elif op == "urutan":
        elements = data.draw(st.permutations(elements), label="urutan")
        changed = [elements[index]]
    elif op in ("tambah", "tambah_putus"):
        name = data.draw(st.one_of(st.sampled_from(SHEET_NAMES), teks()), label="nama baru")
        extra = re.sub(r'\sname="[^"]*"', f' name="{escape(name)}"', chosen)
        extra = re.sub(r'\ssheetId="\d+"', f' sheetId="{90 + index}"', extra)
        if op == "tambah_putus":
            extra = re.sub(r'\sr:id="[^"]*"', ' r:id="rId999"', extra)
        changed = [chosen, extra]
    else:
        state = data.draw(st.sampled_from(("hidden", "veryHidden", "visible")))
        changed = [re.sub(r'\sstate="[^"]*"', f' state="{state}"', chosen)]
    elements[index:index + 1] = changed
    body = "".join(elements)
    book.isi = re.sub(r"<sheets>.*?</sheets>", lambda _: f"<sheets>{body}</sheets>", xml,
                      flags=re.S).encode()
    return f"{op} sheet {index}"


def ubah_meta(data: DataObject, members: list[Anggota], sheets: dict[str, str]) -> str:
    """A `_meta` entry changed, added or emptied."""
    part = _get(members, sheets.get("_meta", ""))
    if part is None:
        return "tanpa _meta"
    xml = part.isi.decode("utf-8", "replace")
    rows = list(_ROW.finditer(xml))
    if not rows:
        return "_meta kosong"
    target = rows[data.draw(st.integers(0, len(rows) - 1), label="baris meta")]
    row = target.group(0)
    number = _attr(row[:row.find(">") + 1], "r") or "1"
    value = escape(data.draw(st.one_of(st.sampled_from(META_VALUES), teks()), label="nilai meta"))
    key = escape(data.draw(st.sampled_from(("format", "isian_awal", "jenis", "uuid",
                                            "baris:Anggota Pokja", "desa_kode", "versi_format"))))
    new = (f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{key}</t></is></c>'
           f'<c r="B{number}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c></row>')
    part.isi = (xml[:target.start()] + new + xml[target.end():]).encode()
    return f"_meta {key}={value[:20]!r}"


DOCTYPES = {
    "entitas": '<!DOCTYPE x [<!ENTITY nama "Siti">]>',
    "bom": '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
        + "]>",
    "luar": '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    "parameter": '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://contoh.invalid/p.dtd"> %p;]>',
    "kosong": "<!DOCTYPE worksheet>",
}
_USE = {"entitas": "&nama;", "bom": "&lol9;", "luar": "&xxe;", "parameter": "", "kosong": ""}


def with_doctype(xml: str, kind: str) -> str:
    """The part's XML with a DOCTYPE before its root and, where it declares one, the entity used
    in its first text."""
    body = re.sub(r"^<\?xml[^>]*\?>\s*", "", xml)
    if _USE[kind]:
        body = re.sub(r"<t(\s[^>]*)?>", lambda m: m.group(0) + _USE[kind], body, count=1)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPES[kind] + "\n" + body


def ubah_zip(data: DataObject, members: list[Anggota]) -> str:
    """One zip-level change: a member removed, renamed, duplicated, replaced with junk, with
    malformed or huge XML or XML carrying a DOCTYPE, or stored with another compression."""
    op = data.draw(st.sampled_from(("hapus", "ganti_nama", "gandakan", "sampah", "rusak_xml",
                                    "doctype", "besar", "kompresi")), label="ubah zip")
    index = data.draw(st.integers(0, len(members) - 1), label="anggota")
    m = members[index]
    if op == "hapus":
        del members[index]
    elif op == "ganti_nama":
        m.nama = data.draw(st.one_of(
            st.sampled_from([x.nama for x in members] + [m.nama.upper(), "/" + m.nama,
                                                          "../" + m.nama, m.nama + "x", ""]),
            st.text(st.characters(exclude_categories=("Cs",)), max_size=30)), label="nama")
    elif op == "gandakan":
        junk = data.draw(st.booleans(), label="salinan sampah")
        members.insert(index + 1, Anggota(m.nama, data.draw(st.binary(max_size=200)) if junk
                                          else m.isi, m.kompresi))
    elif op == "sampah":
        m.isi = data.draw(st.binary(max_size=400), label="sampah")
    elif op == "rusak_xml":
        cut = data.draw(st.integers(0, max(0, len(m.isi) - 1)), label="potong")
        tail = data.draw(st.sampled_from((b"", b"<", b"<x>", b"&", b"\x01", b"\xff\xfe", b"]]>")))
        m.isi = m.isi[:cut] + tail
    elif op == "doctype":
        kind = data.draw(st.sampled_from(sorted(DOCTYPES)), label="doctype")
        m.isi = with_doctype(m.isi.decode("utf-8", "replace"), kind).encode()
    elif op == "besar":  # a big part that stays under the limits
        size = data.draw(st.integers(1, 3), label="MB") * 1024 * 1024
        text = m.isi.decode("utf-8", "replace")
        pad = data.draw(st.sampled_from(("spasi", "komentar", "teks")), label="isi besar")
        if pad == "teks" and "<t>" in text:
            m.isi = text.replace("<t>", "<t>" + "w" * size, 1).encode()
        else:
            filler = " " * size if pad == "spasi" else f"<!--{'k' * size}-->"
            at = text.find(">", text.find("<", 1 if text.startswith("<?") else 0)) + 1
            m.isi = (text[:at] + filler + text[at:]).encode()
    else:
        m.kompresi = data.draw(st.sampled_from(_COMPRESSIONS), label="kompresi")
    return f"{op} {m.nama!r}"


def ubah_byte(data: DataObject, raw: bytes) -> tuple[bytes, str]:
    """Flip, insert or delete bytes, or truncate: anywhere, or where a zip keeps its
    directory (the end) and first header (the start)."""
    if not raw:
        return raw, "kosong"
    op = data.draw(st.sampled_from(("balik", "sisip", "hapus", "potong")), label="ubah byte")
    where = data.draw(st.sampled_from(("mana saja", "awal", "akhir")), label="letak")
    low, high = {"mana saja": (0, len(raw) - 1), "awal": (0, min(len(raw) - 1, 120)),
                 "akhir": (max(0, len(raw) - 1600), len(raw) - 1)}[where]
    at = data.draw(st.integers(low, high), label="posisi")
    if op == "balik":
        mask = data.draw(st.integers(1, 255), label="xor")
        return raw[:at] + bytes([raw[at] ^ mask]) + raw[at + 1:], f"balik {at}"
    if op == "sisip":
        extra = data.draw(st.binary(min_size=1, max_size=16), label="sisipan")
        return raw[:at] + extra + raw[at:], f"sisip {len(extra)} di {at}"
    if op == "hapus":
        length = data.draw(st.integers(1, 64), label="panjang")
        return raw[:at] + raw[at + length:], f"hapus {length} di {at}"
    return raw[:at], f"potong di {at}"
