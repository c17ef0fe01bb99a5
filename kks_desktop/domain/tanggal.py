"""Dates the Indonesian way: "16 September 2025", "Selasa, 16 September 2025", and typed dates read.

Month and day names follow the screen's language (`bahasa.translate`); files and the command
line get the Indonesian ones, and typed dates are read with the Indonesian names.
"""

from __future__ import annotations

import datetime as dt
import re

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.problems import Problem

BULAN = (QT_TRANSLATE_NOOP("tanggal", "Januari"), QT_TRANSLATE_NOOP("tanggal", "Februari"),
         QT_TRANSLATE_NOOP("tanggal", "Maret"), QT_TRANSLATE_NOOP("tanggal", "April"),
         QT_TRANSLATE_NOOP("tanggal", "Mei"), QT_TRANSLATE_NOOP("tanggal", "Juni"),
         QT_TRANSLATE_NOOP("tanggal", "Juli"), QT_TRANSLATE_NOOP("tanggal", "Agustus"),
         QT_TRANSLATE_NOOP("tanggal", "September"), QT_TRANSLATE_NOOP("tanggal", "Oktober"),
         QT_TRANSLATE_NOOP("tanggal", "November"), QT_TRANSLATE_NOOP("tanggal", "Desember"))
HARI = (QT_TRANSLATE_NOOP("tanggal", "Senin"), QT_TRANSLATE_NOOP("tanggal", "Selasa"),
        QT_TRANSLATE_NOOP("tanggal", "Rabu"), QT_TRANSLATE_NOOP("tanggal", "Kamis"),
        QT_TRANSLATE_NOOP("tanggal", "Jumat"), QT_TRANSLATE_NOOP("tanggal", "Sabtu"),
        QT_TRANSLATE_NOOP("tanggal", "Minggu"))
# The dates these records can carry: nothing they describe predates the Republic, and a year
# past 2100 is a slip of the keyboard (31/12/9999 is one keystroke from 31/12/2025).
TANGGAL_AWAL = dt.date(1945, 1, 1)
TANGGAL_AKHIR = dt.date(2100, 12, 31)


def nama_bulan(month: int) -> str:
    """"Oktober" for 10, in the screen's language."""
    return translate("tanggal", BULAN[month - 1])


def tanggal_panjang(day: dt.date) -> str:
    """"16 September 2025", as dates are written in letters and reports."""
    return f"{day.day} {nama_bulan(day.month)} {day.year}"


def hari_tanggal(day: dt.date) -> str:
    """"Selasa, 16 September 2025"."""
    return f"{translate('tanggal', HARI[day.weekday()])}, {tanggal_panjang(day)}"


def rentang_tanggal(mulai: dt.date, selesai: dt.date) -> str:
    """"16 September 2025", "16–17 September 2025", "30 September – 1 Oktober 2025"."""
    if selesai <= mulai:
        return tanggal_panjang(mulai)
    if (mulai.year, mulai.month) == (selesai.year, selesai.month):
        return f"{mulai.day}–{tanggal_panjang(selesai)}"
    if mulai.year == selesai.year:
        return f"{mulai.day} {nama_bulan(mulai.month)} – {tanggal_panjang(selesai)}"
    return f"{tanggal_panjang(mulai)} – {tanggal_panjang(selesai)}"


def tanggal_angka(day: dt.date) -> str:
    """"16/09/2025", the year always in four digits (also for the year 1)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def di_luar_rentang(day: dt.date) -> bool:
    return not TANGGAL_AWAL <= day <= TANGGAL_AKHIR


def luar_rentang(field_name: str, nilai: str, /, **where: object) -> Problem:
    """The error for a date (or month, shown as `nilai`) outside TANGGAL_AWAL..TANGGAL_AKHIR."""
    return Problem.error(field_name, "date_out_of_range", nilai=nilai,
                         awal=tanggal_angka(TANGGAL_AWAL), akhir=tanggal_angka(TANGGAL_AKHIR),
                         **where)


def masalah_tanggal(day: dt.date | None, field_name: str, hari_ini: dt.date | None = None, /,
                    **where: object) -> list[Problem]:
    """An error for a date outside TANGGAL_AWAL..TANGGAL_AKHIR, or else (given `hari_ini`) for a
    date after today; nothing for no date."""
    if day is None:
        return []
    if di_luar_rentang(day):
        return [luar_rentang(field_name, tanggal_angka(day), **where)]
    if hari_ini is not None and day > hari_ini:
        return [Problem.error(field_name, "future_date", **where)]
    return []


def tanggal_dari_teks(text: str) -> dt.date | None:
    """A date typed in a cell: 16/09/2025, 16-9-2025, 16.9.25, 2025-09-16, 16092025, 16 Sep 2025,
    16 September 2025; None for blank text.

    Raises ValueError when the text is not a date.
    """
    parts = [p for p in re.split(r"[\s/.\-,]+", text.strip().lower()) if p]
    if not parts:
        return None
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():
        parts = [parts[0][:2], parts[0][2:4], parts[0][4:]]
    if len(parts) != 3:
        raise ValueError(text)
    if len(parts[0]) == 4:  # ISO order: year first
        parts = [parts[2], parts[1], parts[0]]
    day, month, year = parts
    if not month.isdigit():
        found = [n for n, name in enumerate(BULAN, start=1) if name.lower().startswith(month[:3])]
        if len(month) < 3 or not found:
            raise ValueError(text)
        month = str(found[0])
    if not (day.isdigit() and year.isdigit() and len(year) in (2, 4)):
        raise ValueError(text)
    return dt.date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
