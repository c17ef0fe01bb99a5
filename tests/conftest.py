"""Shared non-Qt fixtures: a fresh workspace file per test and a desa factory."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import desa_service
from kks_desktop.services.workspace import Workspace

MakeDesa = Callable[..., Desa]


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "kks.db"


@pytest.fixture
def ws(workspace_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(workspace_path)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def make_desa() -> MakeDesa:
    """A factory: `make_desa(ws, kode="33.25.01.2001", **fields)` registers and returns a desa."""

    def make(ws: Workspace, kode: str | KodeWilayah = "33.25.01.2001", **fields: object) -> Desa:
        code = kode if isinstance(kode, KodeWilayah) else KodeWilayah.parse(kode)
        desa = desa_service.new_desa(ws, code).with_changes(**fields)
        return desa_service.add_desa(ws, desa).desa

    return make
