"""Rows read from a workbook sheet for import, each problem tied to its sheet, row and column."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kks_desktop.domain.lembar import Kolom, Lembar
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sel import baca_sel, kosong, normal_judul

LABEL_JUMLAH = "jumlah"
HEADER_SEARCH_ROWS = 12


@dataclass(frozen=True)
class Letak:
    """Where in the workbook: a sheet, and a row (as Excel numbers it) and column when known."""

    lembar: str
    baris: int | None = None
    kolom: str | None = None   # the header text
    huruf: str | None = None   # the column letter


@dataclass(frozen=True)
class MasalahImpor:
    """One problem found in a workbook, at its place."""

    letak: Letak
    problem: Problem

    @property
    def is_error(self) -> bool:
        return self.problem.is_error


@dataclass
class BarisMasuk:
    """One data row: its Excel row number, its values by field and the problems in it."""

    nomor: int
    nilai: dict[str, Any]
    masalah: list[MasalahImpor] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(m.is_error for m in self.masalah)


@dataclass
class LembarMasuk:
    """A sheet read against its expected shape: rows, sheet-level problems, and where each
    field's column was found (letter) so problems and annotations can point at it."""

    lembar: Lembar
    baris: list[BarisMasuk] = field(default_factory=list)
    masalah: list[MasalahImpor] = field(default_factory=list)
    huruf: dict[str, str] = field(default_factory=dict)
    baris_header: int = 0

    def semua_masalah(self) -> list[MasalahImpor]:
        return [*self.masalah, *(m for b in self.baris for m in b.masalah)]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _matches(kolom: Kolom) -> set[str]:
    return {normal_judul(kolom.judul), normal_judul(kolom.kunci.replace("_", " ")),
            *(normal_judul(s) for s in kolom.sinonim)}


def find_header(rows: Sequence[Sequence[object]], lembar: Lembar) -> tuple[int, dict[int, Kolom]]:
    """The index of the header row among the first rows and, for each cell index in it, the
    column it names; (-1, {}) when no row names any column. Header case, spacing and
    punctuation do not matter; unknown headers are ignored."""
    wanted: dict[str, Kolom] = {}
    for each in lembar.kolom:
        for text in _matches(each):
            wanted.setdefault(text, each)
    # A column's own header wins over another column's key or synonym ("Kegiatan" on RTL).
    wanted.update({normal_judul(each.judul): each for each in lembar.kolom})
    best, best_map = -1, dict[int, Kolom]()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found: dict[int, Kolom] = {}
        for position, value in enumerate(row):
            kolom = wanted.get(normal_judul(value))
            if kolom is not None and kolom not in found.values():
                found[position] = kolom
        if len(found) > len(best_map):
            best, best_map = index, found
    return best, best_map


def read_rows(nama_lembar: str, rows: Sequence[Sequence[object]], lembar: Lembar,
              first_row_number: int = 1, isian_awal: frozenset[str] = frozenset()) -> LembarMasuk:
    """Read a sheet's rows (values as a workbook reader gives them) against `lembar`.

    Blank rows, the JUMLAH row and notes under the table are skipped; columns the program
    computes are not read; a required column missing from the header is one sheet problem.
    `isian_awal` names the fields a template filled in beforehand (the desa code of each row):
    a row holding nothing else was left untouched and is skipped too.
    """
    result = LembarMasuk(lembar)
    header, mapping = find_header(rows, lembar)
    if header < 0:
        result.masalah.append(MasalahImpor(Letak(nama_lembar), Problem.error("", "tanpa_header")))
        return result
    result.baris_header = header + first_row_number
    result.huruf = {k.kunci: column_letter(i) for i, k in mapping.items()}
    present = set(result.huruf)
    for kolom in lembar.kolom:
        if kolom.wajib and kolom.baca and kolom.kunci not in present:
            result.masalah.append(MasalahImpor(Letak(nama_lembar, result.baris_header, kolom.judul),
                                               Problem.error(kolom.kunci, "kolom_hilang")))
    readable = {i: k for i, k in mapping.items() if k.baca}
    missing_required = [k for k in lembar.kolom if k.wajib and k.baca and k.kunci not in present]
    for offset, row in enumerate(rows[header + 1:], start=header + 1):
        cells = {i: row[i] if i < len(row) else None for i in readable}
        typed = [v for i, v in cells.items() if readable[i].kunci not in isian_awal]
        if all(kosong(v) for v in typed) or _is_total(row):
            continue
        number = offset + first_row_number
        baris = BarisMasuk(number, {})
        for index, kolom in readable.items():
            value, problem = baca_sel(kolom, cells[index])
            baris.nilai[kolom.kunci] = value
            if problem is not None:
                baris.masalah.append(MasalahImpor(
                    Letak(nama_lembar, number, kolom.judul, column_letter(index)), problem))
        if missing_required:
            continue  # already said once for the sheet
        result.baris.append(baris)
    return result


def _is_total(row: Sequence[object]) -> bool:
    """The JUMLAH row the program writes under a table: its label sits in the first cells."""
    return any(normal_judul(v) == LABEL_JUMLAH for v in row[:3] if isinstance(v, str))


def problems_of(sheets: Iterable[LembarMasuk]) -> list[MasalahImpor]:
    """Every problem of every sheet, in sheet then row order."""
    return [m for s in sheets for m in s.semua_masalah()]
