"""The day's backup is made behind the shown main window: the status bar follows it, a failure
is told over the window, and closing waits for a backup under way."""

from __future__ import annotations

import datetime as dt

from berkas_uji import scoped

from kks_desktop.services import cadangan
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.cadangan_harian import CadanganHarian
from kks_desktop.ui.pengendali import Pengendali

WAIT = 20_000


def test_the_window_shows_first_and_the_days_backup_follows(qtbot, tmp_path) -> None:
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    controller = Pengendali(path)
    try:
        assert controller.mulai()
        assert controller.window is not None and controller.window.isVisible()
        assert controller.harian is not None
        with qtbot.waitSignal(controller.harian.selesai, timeout=WAIT) as done:
            pass
        info = done.args[0]
        assert info.jenis == "harian" and info.utuh
        assert info.path.parent == tmp_path / "cadangan"
        ws = controller.session.workspace
        assert cadangan.terakhir(ws) is not None
        assert cadangan.terakhir(ws).date() == dt.date.today()
        assert "hari ini" in controller.window.backup_label.text().lower()
        assert not controller.window.backup_label.text().startswith("⚠")
    finally:
        controller.tutup()
    # A second start the same day makes none.
    again = Pengendali(path)
    try:
        assert again.mulai()
        with qtbot.waitSignal(again.harian.selesai, timeout=WAIT) as done:
            pass
        assert done.args[0] is None
    finally:
        again.tutup()
    assert len(list((tmp_path / "cadangan").glob("kks-harian-*.db"))) == 1


def test_a_failed_backup_is_told_and_work_goes_on(qtbot, tmp_path, answer) -> None:
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    (tmp_path / "cadangan").write_text("bukan folder")  # the backups folder cannot be made
    controller = Pengendali(path)
    try:
        assert controller.mulai()
        with qtbot.waitSignal(controller.harian.gagal, timeout=WAIT):
            pass
        assert len(answer.shown) == 1
        assert controller.window.isVisible()
        assert cadangan.terakhir(controller.session.workspace) is None
    finally:
        controller.tutup()


def test_closing_waits_for_a_backup_under_way(qtbot, tmp_path) -> None:
    path = tmp_path / "kks.db"
    scoped(path, "33.25.01.2001")
    with Workspace.open(path) as ws:
        backup = CadanganHarian(ws)
        backup.mulai()
        backup.tunggu()
        assert list((tmp_path / "cadangan").glob("kks-harian-*.db"))
        assert not list((tmp_path / "cadangan").glob("*.partial"))
