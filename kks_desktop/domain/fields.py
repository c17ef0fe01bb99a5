"""Reading what a person typed into a field: whole numbers, phone numbers, and the rules for text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from kks_desktop.domain.problems import Problem

_PHONE_CHARS = frozenset("0123456789+-() ")
# No count any form takes comes near this; a longer number is a slip (and SQLite's INTEGER
# ends at 2**63 - 1).
BATAS_HITUNGAN = 999_999_999


class JenisTeks(Enum):
    """How much a text field holds and whether it may run over several lines.

    NAMA: a name, number or short label (one line, 200 characters). KALIMAT: a title, an
    address or a sentence in a table cell (one line, 1.000). CATATAN: notes and minutes
    (several lines, tabs allowed, 32.767: what one Excel cell holds, so the desa workbook
    carries the text whole).
    """

    NAMA = "nama"
    KALIMAT = "kalimat"
    CATATAN = "catatan"

    @property
    def maksimum(self) -> int:
        return {"nama": 200, "kalimat": 1_000, "catatan": 32_767}[self.value]

    @property
    def banyak_baris(self) -> bool:
        return self is JenisTeks.CATATAN


# Characters no field keeps: C0 and C1 control characters and DEL, lone surrogates, and the
# invisible ones that hide or reorder text (zero-width space, word joiner, byte order mark,
# bidi embeddings/overrides/isolates, invisible operators, interlinear marks, non-characters).
# Allowed: ZWJ/ZWNJ and variation selectors (emoji and scripts need them), LRM/RLM/ALM and the
# tag characters of subdivision flags.
_INVISIBLE = ("\u180e\u200b\u2060-\u2064\u202a-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb"
              "\ufffe\uffff")
# Every control character but tab and the line ends (LF, CR, CRLF), then the rest; a multi-line
# field refuses these, a one-line field refuses tab too and reports its line breaks apart.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029" + _INVISIBLE
_FORBIDDEN_BLOCK = re.compile(f"[{_CONTROL}]")
_FORBIDDEN_LINE = re.compile(f"[{_CONTROL}\t\r]")
_AROUND = " \t\r\n"
_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def panjang_teks(text: str) -> int:
    """Length as Excel counts it (UTF-16 units): an emoji outside the BMP counts twice."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF) if not text.isascii() else len(text)


def masalah_teks(text: str, field_name: str, jenis: JenisTeks, /,
                 **where: object) -> list[Problem]:
    """What keeps `text` out of a field of this kind: too long, a line break in a one-line
    field, a control or invisible character (named by its code and place). Any letters,
    digits and emoji of any script are fine; surrounding spaces are the form's to trim."""
    # The common case, at a third of the cost (a 300k-row import checks millions of texts):
    # printable text holds no control, invisible or line-break character, and at most half
    # the maximum in code points is within it in UTF-16 units too.
    if text.isprintable() and len(text) * 2 <= jenis.maksimum:
        return []
    found: list[Problem] = []
    length = panjang_teks(text)
    if length > jenis.maksimum:
        found.append(Problem.error(field_name, "too_long", maximum=jenis.maksimum,
                                   panjang=length, **where))
    # Spaces, tabs and line ends around the text are left for the form to trim, not refused.
    start, end = len(text) - len(text.lstrip(_AROUND)), len(text.rstrip(_AROUND))
    if not jenis.banyak_baris and _BREAK.search(text, start, max(start, end)):
        found.append(Problem.error(field_name, "line_break", **where))
    pattern = _FORBIDDEN_BLOCK if jenis.banyak_baris else _FORBIDDEN_LINE
    bad = next((m for m in pattern.finditer(text, start, max(start, end))
                if jenis.banyak_baris or not _BREAK.match(m.group())), None)
    if bad is not None:
        found.append(Problem.error(field_name, "control_char", karakter=f"U+{ord(bad.group()):04X}",
                                   posisi=bad.start() + 1, **where))
    return found


def masalah_isian(isian: Iterable[tuple[str, str, JenisTeks]], /,
                  **where: object) -> list[Problem]:
    """`masalah_teks` for each (text, field name, kind), in order."""
    return [p for text, name, jenis in isian for p in masalah_teks(text, name, jenis, **where)]


def parse_count(text: str, field_name: str,
                maximum: int = BATAS_HITUNGAN) -> tuple[int | None, list[Problem]]:
    """Read an optional whole number (`1.234` and `1234` both mean 1234) of at most `maximum`.

    Returns the value (None when empty) and the problems found.
    """
    cleaned = text.strip().replace(".", "").replace(" ", "")
    if not cleaned:
        return None, []
    if cleaned.startswith("-") and cleaned[1:].isdecimal():
        return None, [Problem.error(field_name, "negative")]
    if not cleaned.isdecimal():
        return None, [Problem.error(field_name, "not_whole_number", text=teks_tampil(text))]
    # Compared by length first: int() of thousands of digits is refused by Python itself.
    if len(cleaned.lstrip("0")) > len(str(maximum)) or int(cleaned) > maximum:
        return None, [Problem.error(field_name, "too_large", maximum=maximum)]
    return int(cleaned), []


def teks_tampil(text: str, panjang: int = 40) -> str:
    """Typed text safe to quote back in a message: trimmed, cut to `panjang` characters, and
    each control or invisible character shown as "�" (a right-to-left override would turn the
    rest of the sentence around)."""
    text = _FORBIDDEN_LINE.sub("\ufffd", _BREAK.sub(" ", text.strip()))
    return text if len(text) <= panjang else text[:panjang - 1] + "…"


def looks_like_phone(text: str) -> bool:
    """True for 8-15 digits with only the usual separators (`0812-3456-7890`, `+62 285 391234`)."""
    digits = sum(c.isdigit() for c in text)
    return set(text) <= _PHONE_CHARS and 8 <= digits <= 15
