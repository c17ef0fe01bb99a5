"""A cell read back from a workbook: the value a column expects, tolerant of how people type."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kks_desktop.domain.lembar import JenisKolom, Kolom
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tanggal import BULAN, tanggal_dari_teks

# Day 0 of Excel's 1900 date system, taking its phantom 29 February 1900 into account.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL, _LAST_SERIAL = 1, 2958465  # 1900-01-01 .. 9999-12-31


def normal_judul(text: object) -> str:
    """A header compared without case, punctuation or repeated spaces: "No. KK" → "no kk"."""
    words = re.sub(r"[^0-9a-z%]+", " ", str(text or "").lower())
    return " ".join(words.split())


def kosong(value: object) -> bool:
    """True for a cell with nothing in it (None, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def baca_sel(kolom: Kolom, value: object) -> tuple[Any, Problem | None]:
    """The value of one cell for `kolom`, or None and the problem found.

    A blank cell gives the column's empty value ("" for text, None otherwise); a blank
    required cell is a problem.
    """
    if kosong(value):
        if kolom.wajib:
            return None, Problem.error(kolom.kunci, "wajib")
        return _EMPTY.get(kolom.jenis), None
    try:
        return _READERS[kolom.jenis](kolom, value), None
    except (ValueError, OverflowError) as exc:
        code = exc.args[0] if exc.args and str(exc.args[0]).startswith("sel_") else "sel_salah"
        return None, Problem.error(kolom.kunci, code, teks=_shown(value), jenis=kolom.jenis.value,
                                   **({"pilihan": ", ".join(label for _, label in kolom.pilihan)}
                                      if kolom.pilihan else {}))


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _text(_: Kolom, value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).replace("\r\n", "\n").strip()


def _kode(kolom: Kolom, value: object) -> str:
    """A code typed as a number loses its dots: 3325012001 is read back as 33.25.01.2001."""
    text = _text(kolom, value)
    if text.isdigit() and len(text) in (4, 6, 10):
        cuts = (2, 4, 6)[: (len(text) > 4) + (len(text) > 6) + 1]
        parts, start = [], 0
        for cut in cuts:
            parts.append(text[start:cut])
            start = cut
        parts.append(text[start:])
        return ".".join(p for p in parts if p)
    return text


def _date(_: Kolom, value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("sel_bukan_tanggal")
    if isinstance(value, int | float):
        serial = int(value)
        if serial != value or not _FIRST_SERIAL <= serial <= _LAST_SERIAL:
            raise ValueError("sel_bukan_tanggal")
        return _EXCEL_EPOCH + dt.timedelta(days=serial)
    try:
        day = tanggal_dari_teks(str(value))
    except ValueError:
        raise ValueError("sel_bukan_tanggal") from None
    if day is None:
        raise ValueError("sel_bukan_tanggal")
    return day


def _month(kolom: Kolom, value: object) -> str:
    """A reporting month as "YYYY-MM", from 01/2025, 1-2025, 2025-01, Januari 2025 or a date;
    a year before 1900 (a date typed with a short year) is no reporting month."""
    if isinstance(value, dt.date):
        year, month = str(value.year), str(value.month)
    else:
        parts = [p for p in re.split(r"[\s/.\-,]+", _text(kolom, value).lower()) if p]
        if len(parts) != 2:
            raise ValueError("sel_bukan_bulan")
        month, year = (parts[1], parts[0]) if len(parts[0]) == 4 else parts
    if not month.isdigit():
        found = [n for n, name in enumerate(BULAN, start=1) if name.lower().startswith(month[:3])]
        if len(month) < 3 or not found:
            raise ValueError("sel_bukan_bulan")
        month = str(found[0])
    if not (year.isdigit() and len(year) == 4):
        raise ValueError("sel_bukan_bulan")
    try:
        return str(Periode(int(year), int(month)))
    except ValueError:
        raise ValueError("sel_bukan_bulan") from None


def angka_dari_teks(text: str) -> float:
    """A number typed the Indonesian way or the English way: 1.234 / 1.234,5 / 85,5 / 85.5.

    Raises ValueError when the text is not a number.
    """
    cleaned = text.strip().replace(" ", "").rstrip("%")
    if cleaned.count(",") > 1:
        raise ValueError("sel_bukan_angka")
    if "," in cleaned:  # the comma is the decimal mark; dots group thousands
        whole, _, frac = cleaned.partition(",")
        if "." in whole and not re.fullmatch(r"-?\d{1,3}(\.\d{3})+", whole):
            raise ValueError("sel_bukan_angka")
        cleaned = whole.replace(".", "") + "." + frac
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", cleaned):  # 1.234 or 1.234.567: thousands
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError("sel_bukan_angka") from None


def _number(_: Kolom, value: object) -> float:
    if isinstance(value, bool | dt.date):
        raise ValueError("sel_bukan_angka")
    number = float(value) if isinstance(value, int | float) else angka_dari_teks(str(value))
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("sel_bukan_angka")
    return number


def _whole(kolom: Kolom, value: object) -> int:
    number = _number(kolom, value)
    if not number.is_integer():
        raise ValueError("sel_bukan_bulat")
    return int(number)


def _share(kolom: Kolom, value: object) -> float:
    number = _number(kolom, value)
    percent = isinstance(value, str) and value.strip().endswith("%")
    return number / 100 if percent or number > 1 else number


def _choice(kolom: Kolom, value: object) -> str:
    wanted = normal_judul(_text(kolom, value))
    for stored, label in kolom.pilihan:
        if wanted in (normal_judul(stored), normal_judul(label)):
            return stored
    raise ValueError("sel_bukan_pilihan")


def _lines(kolom: Kolom, value: object) -> tuple[str, ...]:
    return tuple(line.strip() for line in _text(kolom, value).split("\n") if line.strip())


_READERS: dict[JenisKolom, Any] = {
    JenisKolom.TEKS: _text, JenisKolom.KODE: _kode, JenisKolom.TANGGAL: _date,
    JenisKolom.BULAN: _month, JenisKolom.BULAT: _whole, JenisKolom.DESIMAL: _number,
    JenisKolom.PERSEN: _share, JenisKolom.PILIHAN: _choice, JenisKolom.DAFTAR: _lines,
    JenisKolom.UUID: lambda k, v: _text(k, v).lower(),
}
_EMPTY: dict[JenisKolom, Any] = {JenisKolom.TEKS: "", JenisKolom.KODE: "", JenisKolom.UUID: "",
                                 JenisKolom.DAFTAR: ()}
