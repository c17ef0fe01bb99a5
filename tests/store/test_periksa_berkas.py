"""The workspace file's check started ahead of opening it: used when the file is unchanged, a
damage found then or after it refused."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from berkas_uji import scoped, truncated

from kks_desktop.domain.errors import DatabaseDamaged
from kks_desktop.services.periksa_awal import periksa_dulu
from kks_desktop.services.workspace import Workspace
from kks_desktop.store import periksa_berkas


def test_the_check_started_ahead_is_used_when_the_file_is_unchanged(tmp_path,
                                                                    monkeypatch) -> None:
    path = tmp_path / "kks.db"
    scoped(path)
    checked: list[str] = []
    real = periksa_berkas.periksa_utuh

    def counted(p: Path) -> None:
        checked.append(threading.current_thread().name)
        real(p)
    monkeypatch.setattr(periksa_berkas, "periksa_utuh", counted)
    periksa_dulu(path)
    periksa_dulu(path)  # asked again (the command line, then the window): one check
    with Workspace.open(path) as ws:
        assert ws.scope() is not None
    assert checked == ["periksa-berkas"]


def test_a_file_damaged_after_its_early_check_is_still_refused(tmp_path) -> None:
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    periksa_dulu(path)
    assert periksa_berkas._DIPERIKSA[path.resolve()][1].result() is None  # whole, then cut
    truncated(path)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(path)


def test_a_damaged_file_checked_ahead_is_refused(tmp_path) -> None:
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    truncated(path)
    periksa_dulu(path)
    with pytest.raises(DatabaseDamaged):
        Workspace.open(path)
    periksa_dulu(tmp_path / "tidak-ada.db")  # nothing to check: nothing started
    assert not (tmp_path / "tidak-ada.db").exists()
