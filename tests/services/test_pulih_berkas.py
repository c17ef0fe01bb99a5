"""The ways out for a workspace that cannot be opened, on real files: set aside, restore into a new
file or in place, copy a read-only file; and the backup settings the daily rotation follows."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from berkas_uji import damage, mark_newer

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DatabaseDamaged, NewerSchema
from kks_desktop.services import cadangan, pulih_berkas
from kks_desktop.services.pengaturan import nama_pengguna, set_nama_pengguna
from kks_desktop.services.workspace import Workspace

MakeDesa = Callable[..., Desa]
NOW = dt.datetime(2026, 11, 22, 8, 15, 2)
OLD_MTIME_NS = 1_600_000_000_000_000_000


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _broken(path: Path) -> tuple[bytes, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    path.with_name(path.name + "-wal").write_bytes(b"wal yang tertinggal")
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return _snapshot(path)


def _desa_in(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return [str(d.kode) for d in ws.desa.desa_list()]


@pytest.fixture
def backup(ws: Workspace, make_desa: MakeDesa, tmp_path: Path) -> cadangan.InfoCadangan:
    """A backup on a USB stick holding Silurah and Kalisari."""
    make_desa(ws, "33.25.01.2001")
    make_desa(ws, "33.25.01.2002")
    return cadangan.buat(ws, tmp_path / "usb", now=NOW)


def test_setting_aside_renames_the_file_and_its_wal_and_changes_no_byte(tmp_path: Path) -> None:
    path = tmp_path / "kks.db"
    before = _broken(path)
    aside = pulih_berkas.sisihkan(path, NOW)
    assert aside == tmp_path / "kks-disisihkan-20261122-081502.db"
    assert _snapshot(aside) == before
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal yang tertinggal"
    assert not path.exists() and not path.with_name("kks.db-wal").exists()
    path.write_bytes(b"")  # a second one in the same second gets a name of its own
    assert pulih_berkas.sisihkan(path, NOW).name == "kks-disisihkan-20261122-081502-2.db"


def test_restoring_into_a_new_file_never_overwrites(backup, tmp_path: Path) -> None:
    target = tmp_path / "baru" / "kks pulih.db"
    info = pulih_berkas.pulihkan_ke_berkas(backup.path, target)
    assert info.path == backup.path
    assert _desa_in(target) == ["33.25.01.2001", "33.25.01.2002"]
    taken = tmp_path / "ada.db"
    taken.write_bytes(b"jangan ditimpa")
    with pytest.raises(FileExistsError):
        pulih_berkas.pulihkan_ke_berkas(backup.path, taken)
    assert taken.read_bytes() == b"jangan ditimpa"


def test_restoring_in_place_keeps_the_broken_file_aside(backup, tmp_path: Path) -> None:
    path = tmp_path / "kantor" / "kks.db"
    before = _broken(path)
    info, aside = pulih_berkas.pulihkan_di_tempat(backup.path, path, NOW)
    assert info.jumlah["desa"] == 2
    assert _snapshot(aside) == before
    assert _desa_in(path) == ["33.25.01.2001", "33.25.01.2002"]


def _newer_copy(backup: cadangan.InfoCadangan, tmp_path: Path) -> Path:
    newer = tmp_path / "usb" / "dari-versi-baru.db"
    newer.write_bytes(backup.path.read_bytes())
    mark_newer(newer)
    return newer


def test_a_newer_or_damaged_backup_is_refused_and_the_broken_file_stays(
        backup, tmp_path: Path) -> None:
    path = tmp_path / "kantor" / "kks.db"
    before = _broken(path)
    damaged = tmp_path / "usb" / "rusak.db"
    damage(shutil.copyfile(backup.path, damaged))
    assert not cadangan.periksa(damaged).utuh
    for bad, error in ((_newer_copy(backup, tmp_path), NewerSchema), (damaged, DatabaseDamaged)):
        with pytest.raises(error):
            pulih_berkas.pulihkan_di_tempat(bad, path, NOW)
        with pytest.raises(error):
            pulih_berkas.pulihkan_ke_berkas(bad, tmp_path / "baru.db")
    assert _snapshot(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["kks.db", "kks.db-wal"]


def test_a_failed_restore_in_place_puts_the_old_file_back(backup, tmp_path: Path,
                                                          monkeypatch) -> None:
    path = tmp_path / "kantor" / "kks.db"
    before = _broken(path)

    def disk_full(source: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(pulih_berkas, "copy_database", disk_full)
    with pytest.raises(OSError):
        pulih_berkas.pulihkan_di_tempat(backup.path, path, NOW)
    assert _snapshot(path) == before
    assert path.with_name("kks.db-wal").read_bytes() == b"wal yang tertinggal"
    assert sorted(p.name for p in path.parent.iterdir()) == ["kks.db", "kks.db-wal"]


def test_a_read_only_workspace_is_copied_somewhere_writable(ws: Workspace, make_desa: MakeDesa,
                                                            tmp_path: Path) -> None:
    make_desa(ws, "33.25.01.2001")
    ws.close()
    path = ws.path
    path.chmod(stat.S_IRUSR)
    before = _snapshot(path)
    target = tmp_path / "salinan"
    copy = pulih_berkas.buat_salinan(path, target, NOW)
    assert copy == target / "kks-salinan-20261122-081502.db"
    assert copy.stat().st_mode & stat.S_IWUSR
    assert _snapshot(path) == before
    assert _desa_in(copy) == ["33.25.01.2001"]
    # The default place is the program's data folder, never the read-only file's own folder.
    assert pulih_berkas.folder_salinan(path).name == pulih_berkas.SALINAN_FOLDER
    path.chmod(0o644)


def test_a_backup_too_damaged_to_read_is_listed_as_damaged(backup, tmp_path: Path) -> None:
    usb = backup.path.parent
    broken = usb / "kks-harian-20261120-090000.db"
    good = backup.path.read_bytes()
    broken.write_bytes(good[:4096] + b"\x00" * (len(good) - 4096))
    listed = {b.path.name: b for b in cadangan.daftar(usb)}
    assert listed[broken.name].utuh is False
    assert listed[backup.path.name].utuh is True


def test_backup_settings_have_defaults_ranges_and_drive_the_rotation(
        ws: Workspace, make_desa: MakeDesa) -> None:
    keys = (cadangan.SIMPAN_HARIAN_KEY, cadangan.SIMPAN_BULANAN_KEY, cadangan.PERINGATAN_KEY)
    assert [cadangan.angka(ws, k) for k in keys] == [14, 12, 7]
    ws.settings.set_many({cadangan.PERINGATAN_KEY: "tujuh"})
    assert cadangan.angka(ws, cadangan.PERINGATAN_KEY) == 7
    with pytest.raises(ValueError):
        cadangan.set_angka(ws, cadangan.SIMPAN_HARIAN_KEY, 0)
    assert cadangan.set_angka(ws, cadangan.SIMPAN_HARIAN_KEY, 3) == 3
    cadangan.set_angka(ws, cadangan.SIMPAN_BULANAN_KEY, 0)
    make_desa(ws, "33.25.01.2001")
    for day in range(10):
        cadangan.harian(ws, NOW - dt.timedelta(days=9 - day))
    kept = [b.dibuat.date() for b in cadangan.daftar(cadangan.folder_cadangan(ws))]
    assert kept == [NOW.date() - dt.timedelta(days=n) for n in range(3)]


def test_the_user_name_is_tidied_and_signs_every_change(ws: Workspace,
                                                        make_desa: MakeDesa) -> None:
    assert nama_pengguna(ws) == ""
    assert set_nama_pengguna(ws, "  Siti\tAminah \n(Sekretaris)\x00 ") == "Siti Aminah (Sekretaris)"
    make_desa(ws, "33.25.01.2001")
    last = ws.riwayat.aksi_terakhir()
    assert last is not None and last.pengguna == "Siti Aminah (Sekretaris)"
    assert len(set_nama_pengguna(ws, "Bu " + "a" * 200)) == 60
    assert set_nama_pengguna(ws, "   ") == ""


def test_a_damaged_daily_backup_does_not_stop_the_next_ones(ws: Workspace,
                                                            make_desa: MakeDesa) -> None:
    make_desa(ws, "33.25.01.2001")
    first = cadangan.harian(ws, NOW - dt.timedelta(days=1))
    assert first is not None
    good = first.path.read_bytes()
    first.path.write_bytes(good[:4096] + b"\x00" * (len(good) - 4096))
    made = cadangan.harian(ws, NOW)
    assert made is not None and made.utuh
    assert first.path.exists()  # the damaged one is kept for whoever wants to look at it
