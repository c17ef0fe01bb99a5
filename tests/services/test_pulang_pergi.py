"""The round trip the kabupaten relies on: every Batang desa exported, consolidated, exported again, equal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services.buku_desa import desa_dalam_lingkup, ekspor_per_desa
from kks_desktop.services.demo import build_demo
from kks_desktop.services.excel_tulis import META_SHEET
from kks_desktop.services.impor_folder import impor_folder
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import TABLES

BATANG = KodeWilayah.parse("33.25")
# Tables whose rows travel in desa workbooks (the ledger and settings are the workspace's own;
# the household register leaves the laptop only in its own export).
_CARRIED = [t for t in TABLES if t not in ("settings", "ekspor_log", "impor_log", "sinkron_dasar",
                                         "aksi", "riwayat", "rumah_tangga")]


def _sheets(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet but `_meta`, read by the independent reader."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python()
            for name in book.sheet_names if name != META_SHEET}


def _dump(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every carried table's rows without ids and timestamps, sorted."""
    result = {}
    for table in _CARRIED:
        cursor = ws.desa.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        # Ids differ between workspaces; is_demo marks desa the demo made here, not data.
        keep = [i for i, n in enumerate(names)
                if n not in ("id", "created_at", "updated_at", "is_demo") and not n.endswith("_id")]
        result[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return result


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("pulang-pergi")
    source = Workspace.open(root / "sumber.db")
    target = Workspace.open(root / "kabupaten.db")
    try:
        build_demo(source, BATANG)
        first = ekspor_per_desa(source, desa_dalam_lingkup(source), root / "kirim")
        target.set_scope(Scope(ScopeLevel.KABUPATEN, BATANG, "Kabupaten Batang"))
        received = impor_folder(target, [root / "kirim"])
        again = ekspor_per_desa(target, desa_dalam_lingkup(target), root / "ulang")
        yield {"source": source, "target": target, "first": first, "again": again,
               "received": received, "root": root}
    finally:
        source.close()
        target.close()


def test_every_desa_workbook_is_received(trip: dict[str, Any]) -> None:
    assert len(trip["first"]) == 248
    assert [(r.path.name, r.status) for r in trip["received"]] == [
        (e.path.name, "diterima") for e in sorted(trip["first"], key=lambda e: e.path.name)]


def test_exporting_again_gives_equal_values_on_every_sheet(trip: dict[str, Any]) -> None:
    names = sorted(e.path.name for e in trip["first"])
    assert sorted(e.path.name for e in trip["again"]) == names
    for name in names:
        before = _sheets(trip["root"] / "kirim" / name)
        after = _sheets(trip["root"] / "ulang" / name)
        assert list(after) == list(before), name
        for sheet, rows in before.items():
            assert after[sheet] == rows, f"{name}: {sheet}"


def test_the_consolidated_workspace_holds_what_the_desa_sent(trip: dict[str, Any]) -> None:
    source, target = trip["source"], trip["target"]
    assert [d.kode for d in target.desa.desa_list()] == [d.kode for d in source.desa.desa_list()]
    for table in ("desa", "pokja", "pokja_anggota", "pokja_tatanan", "laporan_sanitasi",
                  "odf_event", "odf_tim"):
        assert _dump(target)[table] == _dump(source)[table], table


def test_importing_the_same_workbooks_again_changes_nothing(trip: dict[str, Any]) -> None:
    target = trip["target"]
    before = _dump(target)
    again = impor_folder(target, [trip["root"] / "kirim"])
    assert {r.status for r in again} == {"sama"}
    assert all(r.hasil is not None and r.hasil.ditulis == 0 for r in again)
    assert _dump(target) == before
