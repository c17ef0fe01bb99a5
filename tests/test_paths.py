"""Where the data lives: KKS_DATA_DIR, else a `data/` folder beside the bundle, else the user's folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kks_desktop import paths


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-folder bundle on a "USB stick": the program's folder, with sys set as when frozen."""
    folder = tmp_path / "USB" / "KKS-Desktop"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "KKS-Desktop.exe"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return folder


def test_a_data_folder_beside_the_program_keeps_workspace_and_logs(bundle: Path) -> None:
    (bundle / "data").mkdir()

    assert paths.program_dir() == bundle.resolve()
    assert paths.data_dir() == bundle.resolve() / "data"
    assert paths.default_workspace() == bundle.resolve() / "data" / "kks.db"
    assert paths.log_dir() == bundle.resolve() / "data" / "log"


def test_without_the_folder_the_users_data_folder_is_used(bundle: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.data_dir() == paths.user_data_path(paths.APP_NAME, paths.APP_AUTHOR,
                                                    roaming=False)
    assert not (bundle / "data").exists()


def test_a_file_named_data_is_no_portable_mode(bundle: Path) -> None:
    (bundle / "data").write_text("bukan folder")

    assert paths.portable_dir() is None


def test_kks_data_dir_wins_over_the_portable_folder(bundle: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (bundle / "data").mkdir()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "lain"))

    assert paths.data_dir() == tmp_path / "lain"


def test_run_from_python_a_data_folder_beside_the_interpreter_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)

    assert paths.program_dir() is None
    assert paths.portable_dir() is None
    assert paths.data_dir() != tmp_path / "data"
