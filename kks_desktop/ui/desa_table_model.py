"""Qt table model exposing the desa register to the Desa page's QTableView."""

from __future__ import annotations

import logging
from typing import Any

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa import Desa
from kks_desktop.messages import JENIS_LABELS
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import number

logger = logging.getLogger(__name__)

COL_KODE, COL_NAMA, COL_KECAMATAN, COL_KK, COL_JIWA = range(5)
HEADERS = (QT_TRANSLATE_NOOP("desa_table_model", "Kode"),
           QT_TRANSLATE_NOOP("desa_table_model", "Nama"),
           QT_TRANSLATE_NOOP("desa_table_model", "Kecamatan"),
           QT_TRANSLATE_NOOP("desa_table_model", "KK"),
           QT_TRANSLATE_NOOP("desa_table_model", "Jiwa"))
DESA_ROLE = RECORD_ROLE
_NUMERIC = (COL_KK, COL_JIWA)


class DesaTableModel(CellTableModel):
    """Rows are `Desa` values handed in by the page; cell texts and sort keys are computed once."""

    HEADERS = HEADERS
    KONTEKS = "desa_table_model"
    NUMERIC = _NUMERIC

    def set_rows(self, rows: list[Desa]) -> None:
        raw = [self._cells(desa) for desa in rows]
        shown = [tuple(number(v) if c in _NUMERIC else v for c, v in enumerate(cells))
                 for cells in raw]
        self._reset(rows, raw, shown)

    def desa_at(self, row: int) -> Desa:
        return self._records[row]  # type: ignore[no-any-return]

    def row_of(self, kode: str) -> int:
        """The row showing the desa with this kode, or -1."""
        return next((i for i, d in enumerate(self._records) if str(d.kode) == kode), -1)

    def tooltip(self, row: int, col: int) -> str | None:
        desa = self._records[row]
        text = f"{translate('messages', JENIS_LABELS[desa.jenis])} {desa.nama}"
        return text + " " + translate("desa_table_model", "(data contoh)") if desa.is_demo else text

    @staticmethod
    def _cells(desa: Desa) -> tuple[Any, ...]:
        return (
            str(desa.kode), desa.nama, desa.wilayah.kecamatan, desa.jumlah_kk, desa.jumlah_jiwa,
        )
