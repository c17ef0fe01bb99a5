"""Restoring from the main window: the workspace is closed and opened again in a new window whose
pages show the backup's data (an older backup brought up to date on the way)."""

from __future__ import annotations

from pathlib import Path

import pytest
from berkas_uji import make_older, scoped
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import cadangan, desa_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import SCHEMA_VERSION
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.pengendali import Pengendali
from kks_desktop.ui.pulih_dialog import PulihDialog

WAIT = 20_000


def _desa_rows(window: MainWindow) -> list[str]:
    model = window.desa_page.model
    return [str(model.desa_at(row).kode) for row in range(model.rowCount())]


@pytest.fixture
def controller(tmp_path):
    """A workspace with Silurah backed up, then Kalisari and Kayulandak added; its window open."""
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    with Workspace.open(path) as ws:
        saved = cadangan.buat(ws, tmp_path / "usb")
        for kode in ("33.25.01.2002", "33.25.01.2003"):
            desa_service.add_desa(ws, desa_service.new_desa(ws, KodeWilayah.parse(kode)))
    controller = Pengendali(path)
    controller.backup = saved.path
    assert controller.mulai()
    yield controller
    controller.tutup()


def _choose(monkeypatch, backup: Path) -> None:
    def exec_(dialog: PulihDialog) -> int:
        dialog.add_file(backup)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PulihDialog, "exec", exec_)


def _restore(qtbot, controller, monkeypatch, backup: Path) -> MainWindow:
    _choose(monkeypatch, backup)
    first = controller.window
    with qtbot.waitSignal(first.pulih_selesai, timeout=WAIT):
        first.restore_action.trigger()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not first,
                    timeout=WAIT)
    return controller.window


def test_after_a_restore_every_page_shows_the_backups_data(qtbot, controller, monkeypatch,
                                                           answer):
    first = controller.window
    assert _desa_rows(first) == ["33.25.01.2001", "33.25.01.2002", "33.25.01.2003"]
    window = _restore(qtbot, controller, monkeypatch, controller.backup)
    assert window.isVisible()
    qtbot.waitUntil(lambda: not isValid(first), timeout=WAIT)  # the old window is gone
    assert _desa_rows(window) == ["33.25.01.2001"]
    assert window.pages["beranda"].cards["desa"][0].text() == "1"
    assert controller.session.workspace.path == controller.db_path
    assert controller.session.undo_stack.count() == 0
    before = next(controller.db_path.parent.glob("cadangan/kks-sebelum-pulih-*.db"))
    assert answer.shown == [f"Data dipulihkan dari cadangan {controller.backup.name} (dibuat "
                            f"{answer.shown[0].split('(dibuat ')[1].split(')')[0]}). Keadaan "
                            f"sebelum pemulihan tersimpan sebagai cadangan {before.name} di "
                            f"{before.parent}."]
    assert cadangan.periksa(before).jumlah["desa"] == 3  # nothing is lost by restoring


def test_an_older_backup_is_brought_up_to_date_when_reopened(qtbot, controller, monkeypatch,
                                                             answer):
    older = controller.backup.with_name("lama.db")
    older.write_bytes(controller.backup.read_bytes())
    make_older(older)
    window = _restore(qtbot, controller, monkeypatch, older)
    assert _desa_rows(window) == ["33.25.01.2001"]
    health = controller.session.workspace.health()
    assert health.ok and health.schema_version == SCHEMA_VERSION
    assert controller.session.workspace.backup_before_migration is not None
    assert answer.shown[0].endswith(" Data cadangan sudah diperbarui ke versi program ini.")


def test_backing_up_to_a_folder_from_the_berkas_menu(qtbot, controller, monkeypatch, answer,
                                                     tmp_path):
    usb = tmp_path / "FLASHDISK E"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(usb)))
    controller.window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(answer.shown), timeout=WAIT)
    made = list(usb.glob("kks-manual-*.db"))
    assert len(made) == 1
    assert answer.shown == [f"Cadangan tersimpan dan diperiksa utuh:\n{made[0]}\n\nIsinya: 3 desa, "
                            "0 laporan sanitasi, 0 kegiatan."]
    assert cadangan.periksa(made[0]).utuh
    assert controller.window.backup_label.text().startswith("Cadangan terakhir: hari ini ")
