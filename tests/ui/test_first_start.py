"""First start: choosing the workspace scope (desa, kabupaten, demo) and opening a workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import cadangan, desa_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui import pengendali
from kks_desktop.ui.first_start import FirstStartDialog
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.wilayah_picker import WilayahPicker

SILURAH = KodeWilayah.parse("33.25.01.2001")
BATANG = KodeWilayah.parse("33.25")


def fresh_workspace(tmp_path) -> Workspace:
    return Workspace.open(tmp_path / "kks.db")


def make_dialog(qtbot, ws) -> FirstStartDialog:
    dialog = FirstStartDialog(ws)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def codes(desa: list[Desa]) -> list[str]:
    return [str(d.kode) for d in desa]


def test_default_level_is_desa_and_mulai_waits_for_a_desa(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        assert dialog.level() is ScopeLevel.DESA
        assert dialog.levels.checkedId() == 0
        assert dialog.picker.target is Level.DESA
        assert not dialog.start_button.isEnabled()
        dialog.picker.set_kode(KodeWilayah.parse("33.25.01"))
        assert not dialog.start_button.isEnabled()
        click(qtbot, dialog.start_button)
        assert dialog.isVisible()
        assert ws.scope() is None


def test_picking_a_desa_and_mulai_starts_a_desa_workspace(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        dialog.picker.set_kode(SILURAH)
        assert dialog.start_button.isEnabled()
        with qtbot.waitSignal(dialog.accepted):
            click(qtbot, dialog.start_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert ws.scope() == Scope(ScopeLevel.DESA, SILURAH, "Silurah")
        registered = ws.desa.desa_list()
        assert codes(registered) == ["33.25.01.2001"]
        assert (registered[0].nama, registered[0].wilayah.kecamatan, registered[0].wilayah.kabupaten) == (
            "Silurah", "Wonotunggal", "Kabupaten Batang")
        assert registered[0].is_demo is False


def test_undoing_the_desa_choice_disables_mulai_again(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        dialog.picker.set_kode(SILURAH)
        assert dialog.start_button.isEnabled()
        dialog.picker.combos[Level.DESA].setCurrentIndex(0)
        assert not dialog.start_button.isEnabled()


def test_kabupaten_level_rebuilds_the_picker_and_registers_no_desa(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        old_picker = dialog.picker
        dialog.picker.set_kode(SILURAH)
        click(qtbot, dialog.levels.button(2))
        assert dialog.level() is ScopeLevel.KABUPATEN
        assert dialog.picker is not old_picker
        assert isinstance(dialog.picker, WilayahPicker)
        assert dialog.picker.target is Level.KABKOTA
        assert list(dialog.picker.combos) == [Level.PROVINSI, Level.KABKOTA]
        assert dialog.findChildren(WilayahPicker) == [dialog.picker]
        assert not dialog.start_button.isEnabled()
        dialog.picker.set_kode(BATANG)
        assert dialog.start_button.isEnabled()
        click(qtbot, dialog.start_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert ws.scope() == Scope(ScopeLevel.KABUPATEN, BATANG, "Kabupaten Batang")
        assert ws.desa.desa_list() == []


def test_kecamatan_level_uses_a_kecamatan_picker(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        click(qtbot, dialog.levels.button(1))
        assert dialog.picker.target is Level.KECAMATAN
        dialog.picker.set_kode(KodeWilayah.parse("33.25.01"))
        click(qtbot, dialog.start_button)
        assert ws.scope() == Scope(ScopeLevel.KECAMATAN, KodeWilayah.parse("33.25.01"), "Wonotunggal")
        assert ws.desa.desa_list() == []


def test_demo_button_fills_kabupaten_batang(qtbot, tmp_path):
    with fresh_workspace(tmp_path) as ws:
        dialog = make_dialog(qtbot, ws)
        assert "248 desa/kelurahan Kabupaten Batang" in dialog.demo_button.toolTip()
        with qtbot.waitSignal(dialog.accepted):
            click(qtbot, dialog.demo_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert ws.scope() == Scope(ScopeLevel.KABUPATEN, BATANG, "Kabupaten Batang")
        registered = ws.desa.desa_list()
        assert len(registered) == 248
        assert codes(registered) == sorted(codes(registered))
        assert codes(registered)[0].startswith("33.25.")
        assert all(str(d.kode).startswith("33.25.") and d.is_demo for d in registered)
        assert desa_service.desa_list(ws) == registered
        # Households for the desa of one kecamatan only, each desa its registered KK.
        counts = ws.rumah_tangga.hitungan()
        assert sorted(counts) == [str(d.kode) for d in registered
                                  if str(d.kode).startswith("33.25.01.")]
        assert all(counts[str(d.kode)].total == d.jumlah_kk for d in registered
                   if str(d.kode) in counts)


# --- open_session -------------------------------------------------------------------------------


def test_open_session_on_a_fresh_file_runs_first_start_and_gives_up_on_cancel(
        qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kks.db"
    ran: list[FirstStartDialog] = []

    def rejected(self):
        ran.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstStartDialog, "exec", rejected)
    assert pengendali.open_session(path) is None
    assert len(ran) == 1
    with Workspace.open(path) as again:
        assert again.scope() is None


def test_open_session_on_a_fresh_file_accepted_returns_a_session(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kks.db"

    def choose_silurah(self):
        self.picker.set_kode(SILURAH)
        self.start_button.click()
        return self.result()

    monkeypatch.setattr(FirstStartDialog, "exec", choose_silurah)
    session = pengendali.open_session(path)
    try:
        assert isinstance(session, UiSession)
        assert session.workspace.scope() == Scope(ScopeLevel.DESA, SILURAH, "Silurah")
    finally:
        session.workspace.close()


def test_open_session_with_a_scope_asks_nothing(qtbot, tmp_path):
    path = tmp_path / "kks.db"
    with Workspace.open(path) as ws:
        desa_service.start_workspace(ws, desa_service.home_scope(ScopeLevel.KABUPATEN, BATANG))
    session = pengendali.open_session(path)
    try:
        assert isinstance(session, UiSession)
        assert session.workspace.path == path
        assert session.workspace.scope() == Scope(ScopeLevel.KABUPATEN, BATANG, "Kabupaten Batang")
        assert session.undo_stack.count() == 0
        # Opening made the day's backup beside the file, once.
        backups = list((tmp_path / "cadangan").glob("kks-harian-*.db"))
        assert len(backups) == 1 and cadangan.terakhir(session.workspace) is not None
    finally:
        session.workspace.close()


def _leave_on_the_way_out(monkeypatch) -> list[str]:
    """The dialog for a file that cannot be opened: its messages are collected, Keluar chosen."""
    from kks_desktop.ui.buka_gagal_dialog import BukaGagalDialog

    shown: list[str] = []

    def leave(dialog):
        shown.append(dialog.message.text())
        dialog.buttons["keluar"].click()
        return dialog.result()

    monkeypatch.setattr(BukaGagalDialog, "exec", leave)
    return shown


def test_open_session_on_a_text_file_says_so(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "catatan.txt"
    path.write_text("Rapat Pokja hari Senin\n", encoding="utf-8")
    shown = _leave_on_the_way_out(monkeypatch)
    assert pengendali.open_session(path) is None
    assert len(shown) == 1
    assert f"Berkas {path} bukan berkas data KKS Desktop" in shown[0]
    assert path.read_text(encoding="utf-8") == "Rapat Pokja hari Senin\n"


def test_open_session_on_a_workspace_open_elsewhere_says_so(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kks.db"
    shown = _leave_on_the_way_out(monkeypatch)
    with Workspace.open(path) as other:
        desa_service.start_workspace(other, desa_service.home_scope(ScopeLevel.DESA, SILURAH))
        assert pengendali.open_session(path) is None
    assert len(shown) == 1
    assert "sedang dibuka oleh KKS Desktop lain" in shown[0]
    assert str(path) in shown[0]
