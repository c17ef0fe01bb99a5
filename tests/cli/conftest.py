"""CLI tests write their logs into the test's own data dir, never the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KKS_DATA_DIR", str(tmp_path / "data"))
