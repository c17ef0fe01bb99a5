"""Qt fixtures: fail (never hang) on an unpatched modal dialog; a workspace for widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox


class UnexpectedDialog(AssertionError):
    """A test reached a modal dialog it did not patch."""


def _refuse(*args: object, **kwargs: object) -> object:
    raise UnexpectedDialog(f"modal dialog opened in a test: {args[:2]!r}")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every static dialog and QDialog.exec raises unless the test patches it itself."""
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse))
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    monkeypatch.setattr(QDialog, "exec", _refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_refuse))
