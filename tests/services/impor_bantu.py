"""Helpers for the import tests: a demo source workspace, exported workbooks, cell edits, table dumps."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import TABLES

KECAMATAN = KodeWilayah.parse("33.25.01")
SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
SCOPE = Scope(ScopeLevel.KECAMATAN, KECAMATAN, "Wonotunggal")


def build_source(folder: Path) -> Path:
    """A closed workspace file holding the demo of Kec. Wonotunggal (15 desa)."""
    path = folder / "sumber.db"
    with Workspace.open(path) as ws:
        build_demo(ws, KECAMATAN)
    return path


@contextmanager
def copy_of(source: Path, folder: Path, name: str = "salinan.db") -> Iterator[Workspace]:
    """A workspace opened on a fresh copy of `source`."""
    target = folder / name
    shutil.copyfile(source, target)
    ws = Workspace.open(target)
    try:
        yield ws
    finally:
        ws.close()


def empty_target(folder: Path, name: str = "tujuan.db") -> Workspace:
    """A new workspace for the same kecamatan, holding nothing yet."""
    ws = Workspace.open(folder / name)
    ws.set_scope(SCOPE)
    return ws


def export(ws: Workspace, folder: Path, *kode: KodeWilayah, name: str = "buku.xlsx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return ekspor_desa(ws, list(kode or (SILURAH,)), folder / name).path


def dump(ws: Workspace, tables: tuple[str, ...] = TABLES,
         waktu: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: what "nothing changed" is checked against; without
    `waktu`, the created_at/updated_at stamps are left out."""
    result = {}
    for table in tables:
        cursor = ws.desa.db.execute(f"SELECT * FROM {table}")
        keep = [i for i, d in enumerate(cursor.description)
                if waktu or d[0] not in ("created_at", "updated_at")]
        result[table] = sorted((tuple(r[i] for i in keep) for r in cursor), key=repr)
    return result


DATA_TABLES = tuple(t for t in TABLES if t not in ("settings", "ekspor_log", "impor_log",
                                                   "sinkron_dasar", "aksi", "riwayat"))


def header_map(ws: Worksheet) -> tuple[int, dict[str, int]]:
    """The header row of a data sheet the program wrote and its columns by header text."""
    for row in ws.iter_rows(min_row=1, max_row=12):
        names = {str(c.value): c.column for c in row if c.value}
        if "No" in names:
            return row[0].row, names
    raise AssertionError(f"no header on {ws.title}")


def rows_where(ws: Worksheet, column: str, value: Any) -> list[int]:
    """The row numbers whose cell under `column` holds `value`."""
    header, names = header_map(ws)
    return [r for r in range(header + 1, ws.max_row + 1)
            if ws.cell(r, names[column]).value == value]


def edit(path: Path, changes: list[tuple[str, int, str, Any]], target: Path | None = None) -> Path:
    """Change cells (sheet, row, header, value) as a person in Excel would, saved at `target`."""
    wb = load_workbook(path)
    for sheet, row, column, value in changes:
        ws = wb[sheet]
        ws.cell(row, header_map(ws)[1][column]).value = value
    out = target or path
    wb.save(out)
    return out


def cell(path: Path, sheet: str, row: int, column: str) -> Any:
    ws = load_workbook(path)[sheet]
    return ws.cell(row, header_map(ws)[1][column]).value


def first_row(path: Path, sheet: str) -> int:
    return header_map(load_workbook(path)[sheet])[0] + 1
