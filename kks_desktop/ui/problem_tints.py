"""The background colours grids give a cell: red/amber for a problem, one per readiness status."""

from __future__ import annotations

from PySide6.QtGui import QColor

from kks_desktop.domain.kesiapan_fakta import StatusButir

TINTS = {True: QColor("#f8d7da"), False: QColor("#fff3cd")}  # keyed by Problem.is_error
# Readiness status: light tints that differ in lightness too, so a grey print still tells them
# apart; the symbol shown with each carries the meaning for readers who do not see colours.
STATUS_TINTS = {
    StatusButir.TERPENUHI: QColor("#d1e7dd"),
    StatusButir.SEBAGIAN: TINTS[False],
    StatusButir.BELUM: TINTS[True],
    StatusButir.TIDAK_DIKETAHUI: QColor("#e2e3e5"),
}
