"""Hostile workspace files: each is refused with its typed error and left exactly as it was found
(bytes, modification time, no file made beside it); a path with spaces and non-ASCII just works."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from berkas_uji import (
    OLD_MTIME_NS,
    hostile,
    newer,
    not_sqlite,
    read_only_file,
    read_only_folder,
    truncated,
    workspace,
    writable_again,
    zero_bytes,
)

from kks_desktop.domain.errors import (
    DatabaseDamaged,
    NewerSchema,
    NotADatabase,
    WorkspaceEmpty,
    WorkspaceLocked,
    WorkspaceReadOnly,
)
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import cadangan, desa_service, pulih_berkas
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.connection import open_database

REPO = Path(__file__).resolve().parents[2]


CASES: list[tuple[Callable[[Path], None], type[Exception]]] = [
    (not_sqlite, NotADatabase), (truncated, DatabaseDamaged), (zero_bytes, WorkspaceEmpty),
    (newer, NewerSchema), (read_only_file, WorkspaceReadOnly),
    (read_only_folder, WorkspaceReadOnly),
]


@pytest.fixture
def hostile_file(tmp_path: Path) -> Iterator[Callable[[Callable[[Path], None]], Path]]:
    """`hostile_file(make)`: a hostile file made by `make`, as `berkas_uji.hostile` leaves it."""
    made: list[Path] = []

    def make_file(case: Callable[[Path], None]) -> Path:
        path = tmp_path / case.__name__ / "kks.db"
        made.append(path)
        hostile(path, case)
        return path

    yield make_file
    for path in made:
        writable_again(path)


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize(("case", "error"), CASES, ids=[c.__name__ for c, _e in CASES])
def test_a_hostile_file_is_refused_and_left_as_it_was(hostile_file, case, error) -> None:
    path = hostile_file(case)
    before = path.read_bytes()
    with pytest.raises(error) as info:
        open_database(path)
    assert info.value.path == path
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == OLD_MTIME_NS
    assert _siblings(path) == ["kks.db"]  # no lock, no -wal/-shm, no backup folder


def test_zero_bytes_is_not_taken_for_a_new_workspace(hostile_file) -> None:
    path = hostile_file(zero_bytes)
    with pytest.raises(WorkspaceEmpty):
        Workspace.open(path)
    assert path.stat().st_size == 0


def test_read_only_says_whether_the_file_or_its_folder_is_the_reason(hostile_file) -> None:
    with pytest.raises(WorkspaceReadOnly) as file_case:
        open_database(hostile_file(read_only_file))
    assert file_case.value.folder is None
    folder_path = hostile_file(read_only_folder)
    with pytest.raises(WorkspaceReadOnly) as folder_case:
        open_database(folder_path)
    assert folder_case.value.folder == folder_path.parent


def test_a_new_workspace_in_a_read_only_folder_is_refused_before_anything_is_written(
        tmp_path: Path) -> None:
    folder = tmp_path / "CD-ROM"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(WorkspaceReadOnly):
            open_database(folder / "kks.db")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_damaged_file_in_a_read_only_folder_is_called_damaged_first(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "kks.db"
    path.parent.mkdir()
    truncated(path)
    path.parent.chmod(0o555)
    try:
        with pytest.raises(DatabaseDamaged):
            open_database(path)
    finally:
        path.parent.chmod(0o755)


def test_a_path_with_spaces_and_non_ascii_characters_simply_works(tmp_path: Path) -> None:
    folder = tmp_path / "Data Pokja Désa – Sëlurah ꦱꦶꦭꦸꦫ" / "Cadangan 2026 (ñ)"
    path = folder / "berkas data kabupatén.db"
    workspace(path)
    with Workspace.open(path) as ws:
        assert [str(d.kode) for d in ws.desa.desa_list()] == ["33.25.01.2001"]
        saved = cadangan.buat(ws)
        assert saved.path.parent == folder / "cadangan"
        desa_service.add_desa(ws, desa_service.new_desa(ws, KodeWilayah.parse("33.25.01.2002")))
        cadangan.pulihkan(ws, saved.path)
        assert [str(d.kode) for d in ws.desa.desa_list()] == ["33.25.01.2001"]
    listed = cadangan.daftar(folder / "cadangan")
    assert [b.jenis for b in listed] == ["sebelum-pulih", "manual"]
    assert all(b.utuh for b in listed)


CHILD_HOLD = """
import sys
from pathlib import Path
from kks_desktop.services.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
print("READY", flush=True)
sys.stdin.read()
ws.close()
"""


def test_a_workspace_held_by_another_program_is_refused_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "kks.db"
    workspace(path)
    child = subprocess.Popen([sys.executable, "-c", CHILD_HOLD, str(path)], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        files = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()
                 if p.is_file()}
        with pytest.raises(WorkspaceLocked) as info:
            open_database(path)
        assert info.value.path == path
        assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()
                if p.is_file()} == files
    finally:
        child.communicate("", timeout=60)
    assert child.returncode == 0, child.stderr


def test_a_read_only_folder_with_unsaved_wal_is_refused_and_its_copy_keeps_the_wal(
        tmp_path: Path) -> None:
    live = tmp_path / "laptop" / "kks.db"
    workspace(live)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    with Workspace.open(live) as ws:  # copied while open: the last change is still in the WAL
        desa_service.add_desa(ws, desa_service.new_desa(ws, KodeWilayah.parse("33.25.01.2002")))
        for name in ("kks.db", "kks.db-wal"):
            shutil.copyfile(live.with_name(name), stick / name)
    path = stick / "kks.db"
    assert path.with_name("kks.db-wal").stat().st_size > 0
    stick.chmod(0o555)
    try:
        files = {p.name: p.read_bytes() for p in stick.iterdir()}
        with pytest.raises(WorkspaceReadOnly):
            open_database(path)
        assert {p.name: p.read_bytes() for p in stick.iterdir()} == files  # no -shm either
        copy = pulih_berkas.buat_salinan(path, tmp_path / "salinan")
    finally:
        stick.chmod(0o755)
    with Workspace.open(copy) as opened:
        assert [str(d.kode) for d in opened.desa.desa_list()] == ["33.25.01.2001", "33.25.01.2002"]
