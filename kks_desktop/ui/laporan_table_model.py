"""LaporanTableModel: a desa's monthly sanitation reports, newest month first, for the Sanitasi tab."""

from __future__ import annotations

import logging
from typing import Any

from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar
from kks_desktop.messages_sanitasi import SUMBER_LABELS
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import number, percent

logger = logging.getLogger(__name__)

(COL_PERIODE, COL_TOTAL, COL_AKSES, COL_BABS, COL_CTPS, COL_PAMM, COL_PSRT, COL_PLCRT,
 COL_SUMBER, COL_PETUGAS) = range(10)
HEADERS = ("Periode", "Total KK", "Akses %", "KK BABS", "CTPS %", "PAMM %", "PS-RT %",
           "PLC-RT %", "Sumber", "Petugas")
TOOLTIPS = ("Bulan laporan", "Jumlah KK yang didata", "KK dengan akses jamban (tidak BABS)",
            "KK yang masih BABS (tertutup dan terbuka)", "Pilar 2 Cuci Tangan Pakai Sabun",
            "Pilar 3 Pengelolaan Air Minum dan Makanan RT", "Pilar 4 Pengamanan Sampah RT",
            "Pilar 5 Pengamanan Limbah Cair RT", "Asal angka laporan", "Yang mengisi laporan")
LAPORAN_ROLE = RECORD_ROLE
_NUMERIC = (COL_TOTAL, COL_AKSES, COL_BABS, COL_CTPS, COL_PAMM, COL_PSRT, COL_PLCRT)
_PERCENT = (COL_AKSES, COL_CTPS, COL_PAMM, COL_PSRT, COL_PLCRT)


class LaporanTableModel(CellTableModel):
    """Rows are `LaporanSanitasi` values handed in by the tab, shown newest month first.

    EditRole is the raw value (percentages as floats 0–100, None when not reported).
    """

    HEADERS = HEADERS
    HEADER_TIPS = TOOLTIPS
    NUMERIC = _NUMERIC

    def set_rows(self, rows: list[LaporanSanitasi]) -> None:
        """Show `rows` (any order); they are sorted newest month first."""
        records = sorted(rows, key=lambda r: r.periode, reverse=True)
        raw = [_raw(lap) for lap in records]
        self._reset(records, raw, [_shown(lap, cells) for lap, cells in zip(records, raw, strict=True)])

    def laporan_at(self, row: int) -> LaporanSanitasi:
        return self._records[row]  # type: ignore[no-any-return]

    def row_of(self, uuid: str) -> int:
        """The row of the report with this uuid, or -1."""
        return next((i for i, lap in enumerate(self._records) if lap.uuid == uuid), -1)

    def tooltip(self, row: int, col: int) -> str | None:
        return (self._records[row].catatan or None) if col == COL_PERIODE else None


def _raw(lap: LaporanSanitasi) -> tuple[Any, ...]:
    pillars = tuple(lap.persen_pilar(p) for p in Pilar)  # CTPS, PAMM, PS-RT, PLC-RT: column order
    return (str(lap.periode), lap.total_kk, lap.persen_akses, lap.babs, *pillars,
            lap.sumber.value, lap.petugas)


def _shown(lap: LaporanSanitasi, raw: tuple[Any, ...]) -> tuple[str, ...]:
    cells = [lap.periode.label]
    for column, value in enumerate(raw[1:COL_SUMBER], start=1):
        cells.append(percent(value, missing="") if column in _PERCENT else number(value))
    return (*cells, SUMBER_LABELS[lap.sumber], lap.petugas)
