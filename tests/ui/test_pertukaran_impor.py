"""The Impor tab with real services: dry run, errors, conflicts, commit, folders, the models."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from python_calamine import CalamineWorkbook

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages_excel import masalah_text
from kks_desktop.services import buku_desa, desa_service
from kks_desktop.services.lembar_desa import SHEET_ANGGOTA, SHEET_DESA
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.impor_panel import FOLDER, RENCANA, START, ImporPanel
from kks_desktop.ui.impor_rencana_model import COL_KELAS, COL_KOLOM, COL_LEMBAR, KELAS_TINTS
from kks_desktop.ui.konflik_dialog import FILE, KonflikDialog
from kks_desktop.ui.session import UiSession

BROKOH = KodeWilayah.parse("33.25.01.2007")
WAIT = 30_000


@pytest.fixture
def panel(qtbot, kecamatan_session):
    panel = ImporPanel(kecamatan_session)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    return panel


@pytest.fixture
def exported(kecamatan_session, tmp_path) -> Path:
    """Brokoh's workbook, exported from the session's workspace into tmp_path/kirim."""
    folder = tmp_path / "kirim"
    folder.mkdir()
    target = folder / buku_desa.nama_berkas_desa(BROKOH, "Brokoh")
    return buku_desa.ekspor_desa(kecamatan_session.workspace, [BROKOH], target).path


def edit_cell(path: Path, sheet: str, match: tuple[str, str], column: str, value: object) -> int:
    """Set `column` of the first row whose `match[0]` column holds `match[1]`; its row number."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    for header in ws.iter_rows(max_row=12):
        titles = {c.value: c.column for c in header if isinstance(c.value, str)}
        if match[0] in titles and column in titles:
            break
    for row in ws.iter_rows(min_row=header[0].row + 1):
        if row[titles[match[0]] - 1].value == match[1]:
            ws.cell(row[0].row, titles[column]).value = value
            book.save(path)
            return row[0].row
    raise AssertionError(f"no row with {match} in {sheet}")


def checked(qtbot, panel, path: Path) -> None:
    assert panel.buka([path]) is True
    qtbot.waitUntil(lambda: not panel._busy, timeout=WAIT)


def shown_rows(panel) -> list[tuple[str, ...]]:
    proxy = panel.view.proxy
    return [tuple(proxy.index(r, c).data() for c in range(proxy.columnCount()))
            for r in range(proxy.rowCount())]


def test_dry_run_of_an_edited_workbook_shows_the_changed_record_then_imports_it(
        qtbot, panel, exported, kecamatan_session):
    ws = kecamatan_session.workspace
    before = ws.desa.desa(BROKOH).jumlah_kk
    row = edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", before + 7)
    checked(qtbot, panel, exported)
    assert panel.stack.currentIndex() == RENCANA
    plan = panel.rencana
    assert plan is not None and not plan.ada_kesalahan
    changed = [c for c in plan.catatan if c.perbandingan.kelas is Kelas.BERUBAH]
    assert [(c.lembar, c.baris, c.perbandingan.berubah) for c in changed] == [
        (SHEET_DESA, row, ("jumlah_kk",))]
    berubah = panel.view.filters.button(1 + list(Kelas).index(Kelas.BERUBAH))
    assert berubah.text() == "Berubah (1)"
    berubah.click()
    assert shown_rows(panel) == [(SHEET_DESA, str(row), changed[0].label, "Berubah",
                                  "Jumlah KK")]
    tint = panel.view.proxy.index(0, COL_KELAS).data(Qt.ItemDataRole.BackgroundRole)
    assert tint == KELAS_TINTS[Kelas.BERUBAH]
    assert exported.name in panel.view.judul.text() and "1 berubah" in panel.view.judul.text()
    assert panel.view.status.text() == "Akan ditulis: 1 catatan."
    assert panel.view.impor_button.isEnabled()
    assert not panel.view.masalah_box.isVisibleTo(panel)
    assert ws.desa.desa(BROKOH).jumlah_kk == before  # a dry run writes nothing
    news: list[str] = []
    kecamatan_session.data_changed.connect(news.append)
    panel.view.impor_button.click()
    qtbot.waitUntil(lambda: panel.pesan.isVisible() and not panel._busy, timeout=WAIT)
    assert ws.desa.desa(BROKOH).jumlah_kk == before + 7
    assert panel.pesan.label.text().startswith(f"{exported.name}: Tersimpan 1 catatan (")
    assert panel.stack.currentIndex() == START and panel.rencana is None
    assert news == [""]  # every page reads its data again
    assert [i.nama_berkas for i in ws.pertukaran.imports()] == [exported.name]


def test_an_unchanged_workbook_says_there_is_nothing_to_import(qtbot, panel, exported):
    checked(qtbot, panel, exported)
    assert panel.rencana.jumlah().get(Kelas.SAMA, 0) == len(panel.rencana.catatan) > 0
    assert not panel.view.impor_button.isEnabled()
    assert panel.view.status.text().startswith("Tidak ada yang perlu diimpor")


def test_a_workbook_with_errors_lists_them_and_keeps_impor_disabled(
        qtbot, panel, exported, kecamatan_session, monkeypatch, tmp_path):
    ws = kecamatan_session.workspace
    before = ws.desa.desa(BROKOH).jumlah_kk
    bad_row = edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", "banyak")
    member = ws.pokja.pokja_for(BROKOH).anggota[0]
    edit_cell(exported, SHEET_ANGGOTA, ("Nama", member.nama), "Telepon", "0812-3456-7890")
    checked(qtbot, panel, exported)
    plan = panel.rencana
    assert plan.ada_kesalahan and plan.baris_ditolak() == [(SHEET_DESA, bad_row)]
    texts = [panel.view.masalah.item(i).text() for i in range(panel.view.masalah.count())]
    assert texts == [("✖ " if m.is_error else "⚠ ") + masalah_text(m) for m in plan.masalah]
    assert texts[0].startswith(f"✖ Sheet {SHEET_DESA}, baris {bad_row}, kolom Jumlah KK: ")
    assert panel.view.masalah_box.isVisibleTo(panel)
    assert not panel.view.impor_button.isEnabled()
    assert panel.view.status.text().startswith("Berkas berisi 1 kesalahan; tidak ada yang diimpor")
    panel.hanya_sah.setChecked(True)
    assert panel.view.impor_button.isEnabled()
    assert panel.view.status.text() == ("Akan ditulis: 1 catatan; 1 baris berkesalahan "
                                        "dilewati.")
    bertanda = tmp_path / "bertanda.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(bertanda), "")))
    panel.view.anotasi_button.click()
    qtbot.waitUntil(lambda: panel.pesan.isVisible() and not panel._busy, timeout=WAIT)
    assert panel.pesan.label.text().startswith("Salinan bertanda tersimpan: bertanda.xlsx.")
    assert SHEET_DESA in CalamineWorkbook.from_path(str(bertanda)).sheet_names
    panel.view.impor_button.click()
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == START and not panel._busy,
                    timeout=WAIT)
    assert ws.desa.desa(BROKOH).jumlah_kk == before
    assert ws.pokja.pokja_for(BROKOH).anggota[0].telepon == "0812-3456-7890"
    assert f"dilewati karena berisi kesalahan: {SHEET_DESA} baris {bad_row}." in (
        panel.pesan.label.text())


def test_conflict_choices_reach_the_database(qtbot, panel, exported, kecamatan_session,
                                             monkeypatch):
    ws = kecamatan_session.workspace
    desa = ws.desa.desa(BROKOH)
    edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", desa.jumlah_kk + 5)
    edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah Jiwa",
              desa.jumlah_jiwa + 50)
    desa_service.update_desa(ws, desa.with_changes(jumlah_kk=desa.jumlah_kk + 1,
                                                   jumlah_jiwa=desa.jumlah_jiwa + 10))
    checked(qtbot, panel, exported)
    konflik = [c for c in panel.rencana.catatan if c.perbandingan.kelas is Kelas.KONFLIK]
    assert [set(c.perbandingan.konflik) for c in konflik] == [{"jumlah_kk", "jumlah_jiwa"}]
    assert panel.view.konflik_button.isVisibleTo(panel)
    assert panel.view.konflik_button.text() == "Li&hat konflik (1)…"
    seen: list[list[tuple[str, str, str]]] = []

    def choose(dialog):
        seen.append([(kunci, sorted(groups)) for kunci, groups in dialog.groups.items()])
        dialog.pilih(konflik[0].kunci, "jumlah_kk", FILE)  # the file's KK, this jiwa
        return KonflikDialog.DialogCode.Accepted

    monkeypatch.setattr(KonflikDialog, "exec", choose)
    panel.view.impor_button.click()  # conflicts unresolved: the dialog comes first
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == START and not panel._busy,
                    timeout=WAIT)
    assert seen == [[(konflik[0].kunci, ["jumlah_jiwa", "jumlah_kk"])]]
    after = ws.desa.desa(BROKOH)
    assert (after.jumlah_kk, after.jumlah_jiwa) == (desa.jumlah_kk + 5, desa.jumlah_jiwa + 10)


def test_the_conflict_dialog_shows_both_values_field_by_field(qtbot, panel, exported,
                                                              kecamatan_session):
    from PySide6.QtWidgets import QGroupBox, QLabel

    ws = kecamatan_session.workspace
    desa = ws.desa.desa(BROKOH)
    edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", 1234)
    desa_service.update_desa(ws, desa.with_changes(jumlah_kk=1300))
    checked(qtbot, panel, exported)
    dialog = KonflikDialog(panel.rencana, panel)
    qtbot.addWidget(dialog)
    boxes = dialog.findChildren(QGroupBox)
    assert len(boxes) == 1
    texts = [w.text() for w in boxes[0].findChildren(QLabel)]
    assert texts[:7] == ["Kolom", "Nilai di sini", "Nilai di berkas", "Dipakai",
                         "Jumlah KK", "1.300", "1.234"]
    kunci = dialog.catatan[0].kunci
    assert dialog.pilihan() == {}
    dialog.pilih_semua(FILE)
    assert dialog.pilihan() == {kunci: frozenset({"jumlah_kk"})}
    dialog.pilih_semua(0)
    assert dialog.pilihan() == {}


def test_a_folder_of_workbooks_is_imported_with_a_row_per_file(qtbot, qtmodeltester, tmp_path,
                                                               kecamatan_session, answer):
    source = kecamatan_session.workspace
    folder = tmp_path / "masuk"
    folder.mkdir()
    codes = buku_desa.desa_dalam_lingkup(source)[:3]
    written = buku_desa.ekspor_per_desa(source, codes, folder)
    (folder / "catatan.xlsx").write_text("bukan buku kerja")
    with Workspace.open(tmp_path / "kabupaten.db") as ws:
        ws.set_scope(Scope(ScopeLevel.KABUPATEN, KodeWilayah.parse("33.25"), "Kabupaten Batang"))
        panel = ImporPanel(UiSession(ws))
        qtbot.addWidget(panel)
        answer.question = QMessageBox.StandardButton.Yes
        assert panel.buka([folder]) is True
        qtbot.waitUntil(lambda: panel.stack.currentIndex() == FOLDER and not panel._busy,
                        timeout=WAIT)
        assert answer.shown[0].startswith(f"Impor 4 buku kerja dari {folder}?")
        model = panel.folder_view.model
        rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
        names = sorted([h.path.name for h in written] + ["catatan.xlsx"])
        assert [r[0] for r in rows] == names
        status = {r[0]: r[1] for r in rows}
        assert status == {**{h.path.name: "Diterima" for h in written},
                          "catatan.xlsx": "Ditolak"}
        assert "bukan buku kerja" in rows[names.index("catatan.xlsx")][2]
        assert panel.folder_view.summary.text().startswith("<b>4 berkas</b>: ")
        assert sorted(str(d.kode) for d in ws.desa.desa_list()) == [str(k) for k in codes]
        qtmodeltester.check(model)
        qtmodeltester.check(panel.folder_view.proxy)
        panel.close()


def test_a_folder_without_workbooks_says_so(qtbot, panel, tmp_path):
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert panel.buka([empty]) is False
    assert panel.pesan.label.text().startswith("Tidak ada buku kerja Excel (.xlsx) di sana.")


def test_an_unreadable_file_is_refused_with_its_reason(qtbot, panel, tmp_path):
    bad = tmp_path / "laporan.xlsx"
    bad.write_text("ini bukan excel")
    checked(qtbot, panel, bad)
    assert panel.stack.currentIndex() == START and panel.rencana is None
    assert panel.pesan.label.text().startswith("Berkas laporan.xlsx tidak dibaca: ")


def test_the_plan_model_passes_qtmodeltester(qtbot, qtmodeltester, panel, exported):
    from kks_desktop.services.lembar_desa import data_sheets

    edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", "banyak")
    checked(qtbot, panel, exported)
    model = panel.view.model
    assert model.rowCount() == len(panel.rencana.catatan) > 5
    order = [lembar.nama for lembar in data_sheets()]
    shown = [order.index(model.index(r, COL_LEMBAR).data()) for r in range(model.rowCount())]
    assert shown == sorted(shown)  # workbook order
    qtmodeltester.check(model)
    qtmodeltester.check(panel.view.proxy)
    panel.view.filters.button(1 + list(Kelas).index(Kelas.SAMA)).click()
    qtmodeltester.check(panel.view.proxy)


def test_records_hanging_on_a_rejected_row_are_marked(qtbot, qtmodeltester):
    from kks_desktop.domain.impor_baris import Letak, MasalahImpor
    from kks_desktop.domain.problems import Problem
    from kks_desktop.domain.sinkron import bandingkan
    from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor
    from kks_desktop.ui.impor_rencana_model import RencanaModel, akan_ditulis, impor_status

    desa = CatatanRencana(SHEET_ANGGOTA, 5, "u-1", "Anggota Pokja: Siti (Brokoh)",
                          bandingkan({"nama": "Siti"}, None, None), "33.25.01.2099",
                          (SHEET_DESA, 4))
    other = CatatanRencana(SHEET_ANGGOTA, 6, "u-2", "Anggota Pokja: Budi (Brokoh)",
                           bandingkan({"nama": "Budi"}, None, None), "33.25.01.2007")
    masalah = [MasalahImpor(Letak(SHEET_DESA, 4, "Jumlah KK", "F"),
                            Problem.error("jumlah_kk", "sel_bukan_bulat", teks="banyak"))]
    plan = RencanaImpor(Path("x.xlsx"), "0" * 64, {}, "buku_desa", [desa, other], masalah, (),
                        {SHEET_DESA: SHEET_DESA, SHEET_ANGGOTA: SHEET_ANGGOTA})
    model = RencanaModel()
    model.set_rencana(plan)
    qtmodeltester.check(model)
    assert [model.index(r, COL_KELAS).data() for r in range(2)] == ["Baru · ada kesalahan", "Baru"]
    assert model.index(0, COL_KOLOM).data() == "(catatan baru)"
    assert [c.kunci for c in akan_ditulis(plan)] == ["u-2"]
    assert impor_status(plan, True, 0) == (
        "Akan ditulis: 1 catatan; 1 baris berkesalahan dilewati.", True, False)
    text, allowed, blocked = impor_status(plan, False, 0)
    assert (allowed, blocked) == (False, True) and text.startswith("Berkas berisi 1 kesalahan")


def test_a_dry_run_shown_is_run_again_when_the_data_changes(qtbot, panel, exported,
                                                             kecamatan_session):
    ws = kecamatan_session.workspace
    desa = ws.desa.desa(BROKOH)
    edit_cell(exported, SHEET_DESA, ("Kode Desa", str(BROKOH)), "Jumlah KK", desa.jumlah_kk + 7)
    checked(qtbot, panel, exported)
    assert panel.rencana.jumlah()[Kelas.BERUBAH] == 1
    desa_service.update_desa(ws, desa.with_changes(jumlah_kk=desa.jumlah_kk + 1))
    kecamatan_session.notify(str(BROKOH))  # what a save on the Desa page announces
    qtbot.waitUntil(lambda: not panel._busy and panel.rencana is not None, timeout=WAIT)
    assert panel.rencana.jumlah()[Kelas.KONFLIK] == 1
    assert panel.rencana.jumlah()[Kelas.BERUBAH] == 0
    assert panel.pesan.label.text().startswith("Data di sini berubah setelah pemeriksaan tadi")


def test_pilih_berkas_one_file_is_checked_several_are_imported_together(
        qtbot, panel, exported, monkeypatch, answer, kecamatan_session):
    chosen: list[list[str]] = [[str(exported)]]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a: (chosen.pop(0), "")))
    assert panel.pilih_berkas() is True
    qtbot.waitUntil(lambda: not panel._busy, timeout=WAIT)
    assert panel.stack.currentIndex() == RENCANA and panel.rencana.path == exported
    other = buku_desa.ekspor_desa(kecamatan_session.workspace, [KodeWilayah.parse(
        "33.25.01.2001")], exported.with_name("silurah.xlsx")).path
    chosen.append([str(exported), str(other)])
    answer.question = QMessageBox.StandardButton.No
    assert panel.pilih_berkas() is False  # asked first; No imports nothing
    assert answer.shown[-1].startswith("Impor 2 buku kerja dari ")
    assert panel.stack.currentIndex() == RENCANA
