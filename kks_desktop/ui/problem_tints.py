"""The background colours grids give a cell with a problem: red for an error, amber for a warning."""

from __future__ import annotations

from PySide6.QtGui import QColor

TINTS = {True: QColor("#f8d7da"), False: QColor("#fff3cd")}  # keyed by Problem.is_error
