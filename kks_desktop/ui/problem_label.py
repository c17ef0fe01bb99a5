"""A label listing validation problems, errors first, headed so colour is not the only cue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kks_desktop.bahasa import translate
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
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        text = (_block(translate("problem_label", "Harus diperbaiki:"), errors, ERROR_COLOUR)
                + _block(translate("problem_label", "Perlu diperiksa:"), warnings, WARNING_COLOUR))
        self.setText(text)
        self.setVisible(bool(text))


def _block(title: str, problems: list[Problem], colour: str) -> str:
    if not problems:
        return ""
    lines = "".join(f"<li>{escape(describe_problem(p))}</li>" for p in problems)
    return (f'<div style="color:{colour}"><b>{escape(title)}</b>'  # teks-tetap: markup
            f'<ul style="margin:0">{lines}</ul></div>')
