"""A label that lists validation problems in Indonesian: errors red, warnings amber."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kks_desktop.domain.problems import Problem
from kks_desktop.messages import describe_problem

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"


class ProblemLabel(QLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        lines = [
            f'<span style="color:{ERROR_COLOUR if p.is_error else WARNING_COLOUR}">'
            f'{"✖" if p.is_error else "⚠"} {escape(describe_problem(p))}</span>'
            for p in problems
        ]
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))
