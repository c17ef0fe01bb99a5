"""The window part of `--self-test`: a page that raises, directly or in a slot, is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.uji_jendela import HalamanGagal, uji_jendela


@pytest.fixture(scope="module")
def wonotunggal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("uji") / "kks.db"
    with Workspace.open(path) as ws:
        build_demo(ws, KodeWilayah.parse("33.25.01"))
    return path


def test_a_page_that_raises_while_drawn_is_named(wonotunggal, qapp, monkeypatch) -> None:
    def broken(self, *args):
        raise ValueError("gambar rusak")

    monkeypatch.setattr(MainWindow, "grab", broken)

    with pytest.raises(HalamanGagal) as failed:
        uji_jendela(wonotunggal)

    assert failed.value.halaman == "beranda"
    assert isinstance(failed.value.sebab, ValueError)
    assert str(failed.value.sebab) == "gambar rusak"


def test_an_exception_in_a_slot_is_caught_and_named(wonotunggal, qapp, monkeypatch) -> None:
    shown = MainWindow.show_page
    calls: list[str] = []

    def show_then_fail_later(self, key):  # the window's own first call is its constructor's
        calls.append(key)
        shown(self, key)
        if len(calls) == 3:
            QTimer.singleShot(0, lambda: (_ for _ in ()).throw(RuntimeError("slot rusak")))

    monkeypatch.setattr(MainWindow, "show_page", show_then_fail_later)

    with pytest.raises(HalamanGagal) as failed:
        uji_jendela(wonotunggal)

    assert failed.value.halaman == calls[-1] == "desa"
    assert str(failed.value.sebab) == "slot rusak"
