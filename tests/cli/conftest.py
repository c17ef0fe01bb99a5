"""CLI tests write their logs into the test's own data dir, never the user's; the Batang demo
workspace is built once for the tests that only read it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KKS_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="session")
def batang(tmp_path_factory):
    """The Batang demo (248 desa, sessions included), built once; tests only read it."""
    from kks_desktop.cli import main

    folder = tmp_path_factory.mktemp("batang")
    path = folder / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KKS_DATA_DIR", str(folder / "data"))
        assert main(["--db", str(path), "demo", "--kabupaten", "33.25"]) == 0
    return path
