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
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_refuse))


@pytest.fixture
def kecamatan_session(tmp_path, qtbot):
    """A UiSession on a workspace holding the 15 demo desa of Kec. Wonotunggal (33.25.01)."""
    from kks_desktop.domain.kode_wilayah import KodeWilayah
    from kks_desktop.services.demo import build_demo
    from kks_desktop.services.workspace import Workspace
    from kks_desktop.ui.session import UiSession

    ws = Workspace.open(tmp_path / "kks.db")
    build_demo(ws, KodeWilayah.parse("33.25.01"))
    session = UiSession(ws)
    yield session
    ws.close()


@pytest.fixture(scope="session")
def batang(tmp_path_factory, qapp):
    """The Batang kabupaten demo (248 desa in 15 kecamatan), built once; tests only read it."""
    from kks_desktop.domain.kode_wilayah import KodeWilayah
    from kks_desktop.services.demo import build_demo
    from kks_desktop.services.workspace import Workspace

    ws = Workspace.open(tmp_path_factory.mktemp("batang") / "kks.db")
    build_demo(ws, KodeWilayah.parse("33.25"))
    yield ws
    ws.close()


@pytest.fixture
def answer(monkeypatch):
    """Patch QMessageBox.question/critical: `answer.question = Yes` chooses the reply; shown texts
    are collected in `answer.shown`."""

    class Answers:
        def __init__(self) -> None:
            self.question = QMessageBox.StandardButton.Yes
            self.shown: list[str] = []

    answers = Answers()

    def ask(parent, title, text, *args, **kwargs):
        answers.shown.append(text)
        return answers.question

    def tell(parent, title, text, *args, **kwargs):
        answers.shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(tell))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(tell))
    return answers


@pytest.fixture
def session(ws):
    """A UiSession on a fresh, empty workspace."""
    from kks_desktop.ui.session import UiSession

    return UiSession(ws)


@pytest.fixture
def desa(ws, make_desa):
    """Desa Silurah (33.25.01.2001) with 200 registered KK, nothing else recorded."""
    return make_desa(ws, "33.25.01.2001", jumlah_kk=200)

