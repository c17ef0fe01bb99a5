"""Shared non-Qt fixtures: a fresh workspace file per test and a desa factory."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test, not even a module-scoped fixture, writes logs or data into the user's own folders.
os.environ["KKS_DATA_DIR"] = tempfile.mkdtemp(prefix="kks-test-data-")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sanitasi import LaporanSanitasi
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


MakeLaporan = Callable[..., LaporanSanitasi]


@pytest.fixture
def make_laporan() -> MakeLaporan:
    """A factory for reports that pass every check: `make_laporan("2025-10", total=200, babs=10,
    pilar=(150, 180, 120, 100), **changes)`; access KK are spread over the four ODF rungs."""
    from kks_desktop.domain.periode import Periode
    from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung

    def make(periode: str = "2025-10", total: int = 200, babs: int = 0,
             pilar: tuple[int, int, int, int] | None = None, **changes: object) -> LaporanSanitasi:
        akses = total - babs
        aman, layak, sharing = akses // 5, akses // 2, akses // 10
        tangga = {Rung.AMAN: aman, Rung.LAYAK: layak, Rung.SHARING: sharing,
                  Rung.BELUM_LAYAK: akses - aman - layak - sharing,
                  Rung.BABS_TERTUTUP: babs // 2, Rung.BABS_TERBUKA: babs - babs // 2}
        pillars = dict(zip(Pilar, pilar, strict=True)) if pilar else {}
        lap = LaporanSanitasi(periode=Periode.parse(periode), total_kk=total, tangga=tangga,
                              pilar=pillars)
        return lap.with_changes(**changes) if changes else lap

    return make
