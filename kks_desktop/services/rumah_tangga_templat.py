"""The empty household (KK) register template for one desa or several: the export's columns and
dropdowns, the desa prefilled on the rows to fill, and a Petunjuk sheet explaining every column."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from xlsxwriter.workbook import Workbook

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages_rumah_tangga_excel import (
    JUDUL_TEMPLAT,
    LEMBAR_PETUNJUK,
    PETUNJUK_ATURAN,
    PETUNJUK_TABEL,
)
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.excel_tulis import save_atomically
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.rekap_excel import meta_ekspor
from kks_desktop.services.rumah_tangga_kolom import KOLOM, POSISI
from kks_desktop.services.rumah_tangga_lembar import (
    FORMAT_NAME,
    FORMAT_VERSION,
    PAPER,
    Gaya,
    buku_kerja,
    gaya,
    lembar_meta,
    nama_lembar_data,
    petunjuk,
    saring,
    siapkan_cetak,
    siapkan_lembar,
    tulis_daftar,
    tulis_meta,
    tulis_teks,
)
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanEkspor

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]

JENIS_LEDGER = "templat"
BARIS_TANPA_KK = 100  # rows prepared for a desa whose number of KK is not recorded
BARIS_MAKS_DESA = 5_000  # at most this many per desa; the Petunjuk says to copy rows for more
WAJIB = frozenset({"kode_desa", "nama_kepala"})
_LEBAR_PETUNJUK = (26, 8, 90)


def baris_desa(desa: Desa) -> int:
    """The rows prepared for a desa: one per KK it has registered (at most BARIS_MAKS_DESA)."""
    return min(desa.jumlah_kk or BARIS_TANPA_KK, BARIS_MAKS_DESA)


def _tulis_data(wb: Workbook, g: Gaya, desa: Sequence[Desa], paper: Kertas,
                progress: Progress | None, batal: Batal | None) -> int:
    sheet = wb.add_worksheet(nama_lembar_data(1))
    siapkan_lembar(sheet, g)
    col_kode, col_nama = POSISI["kode_desa"], POSISI["nama_desa"]
    row = 0
    for done, d in enumerate(desa):
        if batal is not None and batal():
            raise Cancelled()
        if progress is not None:
            progress(done, len(desa))
        kode = str(d.kode)
        for _ in range(baris_desa(d)):
            row += 1
            sheet.write_string(row, col_kode, kode)
            tulis_teks(sheet, row, col_nama, d.nama, g, g.petunjuk)
    saring(sheet, row)
    siapkan_cetak(sheet, paper)
    sheet.activate()
    return row


def _tulis_petunjuk(wb: Workbook, g: Gaya, paper: Kertas) -> None:
    sheet = wb.add_worksheet(LEMBAR_PETUNJUK)
    for col, width in enumerate(_LEBAR_PETUNJUK):
        sheet.set_column(col, col, width)
    sheet.write_string(0, 0, JUDUL_TEMPLAT, g.tebal)
    row = 1
    for number, line in enumerate(PETUNJUK_ATURAN, start=1):
        row += 1
        sheet.set_row(row, 32)
        text = f"{number}. {line.format(lembar=nama_lembar_data(1))}"
        sheet.merge_range(row, 0, row, len(_LEBAR_PETUNJUK) - 1, text, g.kiri)
    row += 2
    for col, head in enumerate(PETUNJUK_TABEL):
        sheet.write_string(row, col, head, g.judul)
    for kolom in KOLOM:
        row += 1
        text = petunjuk(kolom)
        sheet.set_row(row, 15 * max(1, -(-len(text) // 95)) + 2)
        sheet.write_string(row, 0, kolom.judul, g.bungkus)
        sheet.write_string(row, 1, "Ya" if kolom.kunci in WAJIB else "", g.bungkus)
        sheet.write_string(row, 2, text, g.kiri)
    sheet.set_landscape()
    sheet.set_paper(PAPER[paper])
    sheet.fit_to_pages(1, 0)


@tetap_indonesia
def buat_templat_kk(ws: Workspace, target: Path, desa: Sequence[KodeWilayah], *,
                    progress: Progress | None = None, batal: Batal | None = None) -> HasilEkspor:
    """Write the empty register template for these desa (in kode order; none: the header
    alone) to `target`, saved atomically, and record it in the ledger.

    Raises DesaNotFound for a desa not registered; Cancelled when `batal()` turns True (no
    file, nothing recorded); OSError when the file cannot be written.
    """
    chosen = [ws.desa.desa(k) for k in sorted(set(desa), key=str)]
    paper = kertas(ws)
    uuid, waktu = new_uuid(), now_text()
    codes = tuple(str(d.kode) for d in chosen)
    scope = ws.scope()
    lingkup = scope.nama if scope else ""
    rows = {nama_lembar_data(1): 0}

    class _Berkas:
        def save(self, path: Path) -> None:
            with buku_kerja(path) as wb:
                g = gaya(wb)
                rows[nama_lembar_data(1)] = _tulis_data(wb, g, chosen, paper, progress, batal)
                _tulis_petunjuk(wb, g, paper)
                tulis_daftar(wb)
                tulis_meta(lembar_meta(wb), meta_ekspor(
                    FORMAT_NAME, FORMAT_VERSION, uuid, waktu, lingkup, codes, rows, paper,
                    isi="kosong", isian_awal="kode_desa,nama_desa"))

    sha256 = save_atomically(_Berkas(), target)
    with ws.atomic():
        ws.pertukaran.add_export(CatatanEkspor(uuid, waktu, JENIS_LEDGER, target.name, sha256,
                                               lingkup, codes, rows))
    logger.info("household template for %d desa written to %s (%s)", len(codes), target, rows)
    return HasilEkspor(target, sha256, uuid, codes, rows)
