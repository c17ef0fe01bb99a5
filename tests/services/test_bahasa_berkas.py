"""Workbooks stay Indonesian whatever language the screen speaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from kks_desktop import bahasa
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.demo import build_demo
from kks_desktop.services.rekap_excel import ekspor_rekap
from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk

KECAMATAN = KodeWilayah.parse("33.25.01")


@pytest.fixture
def inggris() -> Iterator[None]:
    bahasa.pasang(lambda context, text: f"EN:{text}")
    yield
    bahasa.pasang(None)


def texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    found = [sheet.title for sheet in book.worksheets]
    for sheet in book.worksheets:
        found += [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    book.close()
    return found


def test_workbooks_written_while_the_screen_is_english_hold_no_translated_text(ws, tmp_path, inggris):
    build_demo(ws, KECAMATAN, households=True)
    desa = [d.kode for d in ws.desa.desa_list(KECAMATAN)][:2]
    written = [ekspor_desa(ws, desa, tmp_path / "desa.xlsx").path,
               ekspor_rekap(ws, tmp_path / "rekap.xlsx", KECAMATAN).path,
               ekspor_kk(ws, tmp_path / "kk.xlsx", desa[0]).path]
    for path in written:
        found = texts(path)
        assert found, path
        assert not [t for t in found if "EN:" in t], path
