"""Data terhapus on a real workspace: a deleted desa listed with who, when and what went with
it, brought back whole (the Desa page lists it again with its reports), undoable, refusals
worded; a deleted report names its desa; the main window's Edit menu opens it."""

from __future__ import annotations

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.services import desa_service, odf_service, pokja_service, sanitasi_service
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.riwayat_pemicu import NAMA_PENGGUNA_KEY
from kks_desktop.ui.data_terhapus import KOSONG, DataTerhapusDialog
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.formatting import waktu_lokal
from kks_desktop.ui.main_window import MainWindow
from kks_desktop.ui.riwayat_model import TerhapusModel


@pytest.fixture
def signed(kecamatan_session):
    kecamatan_session.workspace.settings.set_many({NAMA_PENGGUNA_KEY: "Sri Wahyuni"})
    return kecamatan_session


def by_name(ws: Workspace, nama: str) -> Desa:
    return next(d for d in desa_service.desa_list(ws) if d.nama == nama)


def rows(dialog: DataTerhapusDialog) -> list[tuple[str, ...]]:
    m = dialog.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount()))
            for r in range(m.rowCount())]


def test_a_deleted_desa_is_listed_with_its_counts_and_comes_back_whole(qtbot, signed) -> None:
    ws = signed.workspace
    desa = by_name(ws, "Silurah")
    reports = sanitasi_service.reports_for(ws, desa.kode)
    members = pokja_service.pokja_for(ws, desa.kode).anggota
    events = odf_service.events_for(ws, desa.kode)
    assert reports and members and events
    page = DesaPage(signed)
    qtbot.addWidget(page)
    desa_service.delete_desa(ws, desa.kode, force=True)
    signed.notify(str(desa.kode))
    assert page.model.row_of(str(desa.kode)) < 0
    dialog = DataTerhapusDialog(signed)
    qtbot.addWidget(dialog)
    deleted_at = dialog.model.baris(0).aksi.waktu
    assert rows(dialog) == [(
        waktu_lokal(deleted_at), "Sri Wahyuni", "Desa", "“Silurah”",
        f"{len(reports)} laporan, 1 Pokja, {len(members)} anggota, {len(events)} catatan jalur ODF")]
    assert dialog.pulihkan_button.isEnabled()
    news: list[str] = []
    signed.data_changed.connect(news.append)
    assert dialog.pulihkan() is True
    assert dialog.pesan.text() == (
        f"Dipulihkan: desa “Silurah” beserta {len(reports)} laporan, 1 Pokja, {len(members)} "
        f"anggota, {len(events)} catatan jalur ODF.")
    assert news == [str(desa.kode)]
    assert rows(dialog) == [] and dialog.kosong.text() == KOSONG
    assert not dialog.kosong.isHidden() and not dialog.pulihkan_button.isEnabled()
    # The Desa page shows it again, selected, with its reports and members.
    assert page.model.row_of(str(desa.kode)) >= 0
    assert page._current is not None and page._current.uuid == desa.uuid
    assert page.sanitasi_tab.model.rowCount() == len(reports)
    assert sanitasi_service.reports_for(ws, desa.kode) == reports
    assert pokja_service.pokja_for(ws, desa.kode).anggota == members
    # Bringing it back is a step of Urungkan/Ulangi.
    assert signed.undo_stack.undoText() == "pulihkan desa “Silurah”"
    signed.undo_stack.undo()
    assert page.model.row_of(str(desa.kode)) < 0
    signed.undo_stack.redo()
    assert page.model.row_of(str(desa.kode)) >= 0
    assert sanitasi_service.reports_for(ws, desa.kode) == reports


def test_a_record_back_already_is_refused_in_words(qtbot, signed, answer) -> None:
    ws = signed.workspace
    desa = by_name(ws, "Silurah")
    desa_service.delete_desa(ws, desa.kode, force=True)
    dialog = DataTerhapusDialog(signed)
    qtbot.addWidget(dialog)
    other = DataTerhapusDialog(signed)
    qtbot.addWidget(other)
    assert other.pulihkan() is True
    assert dialog.pulihkan() is False
    assert answer.shown == ["Data itu sudah ada lagi (dipulihkan atau diimpor kembali). "
                            "Tidak ada yang diubah."]
    assert rows(dialog) == []  # read again: nothing left to bring back
    assert signed.undo_stack.count() == 1


def test_a_deleted_report_names_its_desa_and_the_newest_comes_first(qtbot, signed) -> None:
    ws = signed.workspace
    silurah, brokoh = by_name(ws, "Silurah"), by_name(ws, "Brokoh")
    lap = sanitasi_service.reports_for(ws, silurah.kode)[0]
    sanitasi_service.delete_report(ws, silurah.kode, lap)
    desa_service.delete_desa(ws, brokoh.kode, force=True)
    dialog = DataTerhapusDialog(signed)
    qtbot.addWidget(dialog)
    assert [r[2:4] for r in rows(dialog)] == [
        ("Desa", "“Brokoh”"), ("Laporan sanitasi", f"“{lap.periode}” · Silurah")]
    assert rows(dialog)[1][4] == ""
    model = TerhapusModel()
    model.set_rows([dialog.model.baris(r) for r in range(dialog.model.rowCount())])
    assert model.rowCount() == 2


def test_the_model_passes_qtmodeltester(qtbot, qtmodeltester, signed) -> None:
    desa_service.delete_desa(signed.workspace, by_name(signed.workspace, "Silurah").kode,
                             force=True)
    dialog = DataTerhapusDialog(signed)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)


def test_the_edit_menu_opens_data_terhapus(qtbot, signed, monkeypatch) -> None:
    seen: list[DataTerhapusDialog] = []
    monkeypatch.setattr(DataTerhapusDialog, "exec", lambda d: seen.append(d) or 0)
    window = MainWindow(signed)
    qtbot.addWidget(window)
    assert window.terhapus_action.text() == "Data &terhapus…"
    window.terhapus_action.trigger()
    assert len(seen) == 1 and seen[0].windowTitle() == "Data terhapus"
