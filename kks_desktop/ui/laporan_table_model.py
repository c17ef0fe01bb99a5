"""LaporanTableModel: a desa's monthly sanitation reports, newest month first, for the Sanitasi tab."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar
from kks_desktop.messages_sanitasi import SUMBER_LABELS
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import number, percent

logger = logging.getLogger(__name__)

(COL_PERIODE, COL_TOTAL, COL_AKSES, COL_BABS, COL_CTPS, COL_PAMM, COL_PSRT, COL_PLCRT,
 COL_SUMBER, COL_PETUGAS) = range(10)
HEADERS = (QT_TRANSLATE_NOOP("laporan_table_model", "Periode"),
           QT_TRANSLATE_NOOP("laporan_table_model", "Total KK"),
           QT_TRANSLATE_NOOP("laporan_table_model", "Akses %"),
           QT_TRANSLATE_NOOP("laporan_table_model", "KK BABS"),
           QT_TRANSLATE_NOOP("laporan_table_model", "CTPS %"),
           QT_TRANSLATE_NOOP("laporan_table_model", "PAMM %"),
           QT_TRANSLATE_NOOP("laporan_table_model", "PS-RT %"),
           QT_TRANSLATE_NOOP("laporan_table_model", "PLC-RT %"),
           QT_TRANSLATE_NOOP("laporan_table_model", "Sumber"),
           QT_TRANSLATE_NOOP("laporan_table_model", "Petugas"))
TOOLTIPS = (QT_TRANSLATE_NOOP("laporan_table_model", "Bulan laporan"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Jumlah KK yang didata"),
            QT_TRANSLATE_NOOP("laporan_table_model", "KK dengan akses jamban (tidak BABS)"),
            QT_TRANSLATE_NOOP("laporan_table_model", "KK yang masih BABS (tertutup dan terbuka)"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Pilar 2 Cuci Tangan Pakai Sabun"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Pilar 3 Pengelolaan Air Minum dan Makanan RT"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Pilar 4 Pengamanan Sampah RT"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Pilar 5 Pengamanan Limbah Cair RT"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Asal angka laporan"),
            QT_TRANSLATE_NOOP("laporan_table_model", "Yang mengisi laporan"))
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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("laporan_table_model", value) if isinstance(value, str) else value

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
    return (*cells, translate("messages_sanitasi", SUMBER_LABELS[lap.sumber]), lap.petugas)
