"""Starting the program: the main window's frame paints before the workspace is read, then the
workspace opens into that same window; giving up, or a fault while opening, ends with code 1."""

from __future__ import annotations

import sys

import pytest
from berkas_uji import scoped
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kks_desktop.services.workspace import Workspace
from kks_desktop.ui import app as app_module
from kks_desktop.ui import pengendali
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.session import UiSession


class Lukisan(QObject):
    """Counts the paints of every MainWindow."""

    def __init__(self) -> None:
        super().__init__()
        self.jumlah = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            self.jumlah += 1
        return False


@pytest.fixture
def lukisan(qapp):
    watch = Lukisan()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)


@pytest.fixture
def tanpa_kait(monkeypatch):
    """run_gui's uncaught-error dialog replaced by a list of what it would have shown."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def install(_log_path) -> None:
        sys.excepthook = lambda _type, exc, _tb: caught.append(exc)
    monkeypatch.setattr(app_module, "install_excepthook", install)
    return caught


def _keluar_bila_terisi() -> QTimer:
    """Ends the event loop once a filled main window shows."""
    timer = QTimer()

    def check() -> None:
        if any(isinstance(w, MainWindow) and w.isVisible() and w.membuka is None
               for w in QApplication.topLevelWidgets()):
            timer.stop()
            QApplication.instance().quit()
    timer.timeout.connect(check)
    timer.start(20)
    return timer


def test_the_frame_lists_the_areas_and_waits_for_the_workspace(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "KKS Desktop"
    assert window.nav.count() == 8 and not window.nav.isEnabled()
    assert window.nav.item(0).text() == "Beranda"
    assert window.stack.currentWidget() is window.membuka
    assert window.membuka.text() == "Membuka data…"
    assert not window.berkas_menu.isEnabled() and not window.bantuan_menu.isEnabled()
    assert window.close()  # nothing opened, nothing to settle


def test_a_session_fills_the_frame(qtbot, tmp_path):
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with Workspace.open(path) as ws:
        window.pasang(UiSession(ws))
        assert window.membuka is None
        assert window.nav.isEnabled() and window.nav.count() == 8
        assert isinstance(window.stack.currentWidget(), BerandaPage)
        assert window.stack.count() == 8
        assert window.windowTitle() == "KKS Desktop — Wonotunggal"  # the kecamatan scoped
        assert window.berkas_menu.isEnabled() and window.restore_action.isEnabled()
        window.show_page("desa")
        assert window.stack.currentWidget() is window.desa_page
        window.close()


def test_run_gui_paints_the_frame_before_it_reads_the_workspace(qtbot, tmp_path, monkeypatch,
                                                               lukisan, tanpa_kait):
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    real = pengendali.open_session
    seen: list[tuple[bool, int]] = []

    def watched(db_path, parent=None, harian=True):
        seen.append((parent is not None and parent.isVisible(), lukisan.jumlah))
        return real(db_path, parent, harian)
    monkeypatch.setattr(pengendali, "open_session", watched)
    timer = _keluar_bila_terisi()
    assert app_module.run_gui(path) == 0
    timer.stop()
    assert len(seen) == 1
    shown_over_frame, paints_before = seen[0]
    assert shown_over_frame and paints_before >= 1
    assert tanpa_kait == []
    with Workspace.open(path) as ws:  # run_gui closed it on the way out
        assert ws.scope() is not None


def test_giving_up_on_the_workspace_ends_with_code_1(qtbot, tmp_path, monkeypatch, tanpa_kait):
    monkeypatch.setattr(pengendali, "open_session", lambda *_a, **_k: None)
    assert app_module.run_gui(tmp_path / "kks.db") == 1
    assert not any(isinstance(w, MainWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert tanpa_kait == []


def test_a_fault_while_opening_is_shown_and_ends_with_code_1(qtbot, tmp_path, monkeypatch,
                                                            tanpa_kait):
    def broken(*_a, **_k):
        raise RuntimeError("rusak")
    monkeypatch.setattr(pengendali, "open_session", broken)
    assert app_module.run_gui(tmp_path / "kks.db") == 1
    assert [str(exc) for exc in tanpa_kait] == ["rusak"]


def test_a_window_that_never_paints_goes_on_after_a_while(qtbot, monkeypatch):
    monkeypatch.setattr(app_module, "PALING_LAMA_MS", 50)
    hidden = QWidget()
    qtbot.addWidget(hidden)
    called: list[int] = []
    app_module.SetelahTampil(hidden, lambda: called.append(1))
    qtbot.waitUntil(lambda: called == [1], timeout=2000)


def test_after_the_first_paint_the_next_step_runs_once(qtbot, monkeypatch):
    monkeypatch.setattr(app_module, "PALING_LAMA_MS", 300)
    window = QWidget()
    qtbot.addWidget(window)
    called: list[int] = []
    app_module.SetelahTampil(window, lambda: called.append(1))
    window.show()
    qtbot.waitUntil(lambda: called == [1], timeout=250)  # by the paint, before the fallback
    qtbot.wait(400)
    window.update()
    qtbot.wait(50)
    assert called == [1]
