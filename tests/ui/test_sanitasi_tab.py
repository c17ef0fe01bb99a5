"""The Sanitasi tab as a Pokja secretary uses it: reports and the ODF path, status, chart, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import Hasil, JenisOdf
from kks_desktop.domain.periode import Periode
from kks_desktop.messages_sanitasi import STATUS_ODF_LABELS
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.laporan_dialog import LaporanDialog
from kks_desktop.ui.odf_event_dialog import OdfEventDialog
from kks_desktop.ui.sanitasi_parts import AKSES_SERIES, chart_data, default_periode
from kks_desktop.ui.sanitasi_tab import SanitasiTab

TEAM = (("dr. Retno", "Dinas Kesehatan"), ("Sugiyanto", "Puskesmas"), ("Hartono", "Kecamatan"))



@pytest.fixture
def tab(qtbot, session, desa):
    tab = SanitasiTab(session)
    qtbot.addWidget(tab)
    tab.resize(660, 640)
    tab.show()
    tab.set_desa(desa)
    return tab


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog the tab opens runs the next filler in the queue, then OK (twice if warned)."""
    queue: list = []

    def run(dialog):
        queue.pop(0)(dialog)
        if not dialog.accept_if_valid():
            dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(LaporanDialog, "exec", run)
    monkeypatch.setattr(OdfEventDialog, "exec", run)
    return queue


def report(babs, periode=None):
    def fill(dialog):
        if periode is not None:
            dialog.bulan.setCurrentIndex(periode.month - 1)
            dialog.tahun.setValue(periode.year)
        dialog.total_kk.setText("200")
        akses = 200 - babs
        for edit, value in zip(dialog.rung_edits.values(),
                               (20, akses - 60, 20, 20, babs // 2, babs - babs // 2), strict=True):
            edit.setText(str(value))
        for edit, value in zip(dialog.pilar_edits.values(), (100, 150, 80, 60), strict=True):
            edit.setText(str(value))
    return fill


def event(day, hasil=None):
    def fill(dialog):
        dialog.tanggal.setDate(QDate(day.year, day.month, day.day))
        if hasil is not None:
            dialog.hasil.setCurrentIndex(dialog.hasil.findData(hasil))
            for nama, instansi in TEAM:
                dialog.add_member()
                dialog.tim.item(dialog.tim.rowCount() - 1, 0).setText(nama)
                dialog.tim.item(dialog.tim.rowCount() - 1, 1).setText(instansi)
        dialog.nomor_ba.setText(f"BA/{day.isoformat()}")
    return fill


def rows(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def test_a_new_desa_walks_the_path_to_odf_and_undo_walks_it_back(tab, session, desa, dialogs):
    assert tab.status_text() == "Belum ODF"
    assert tab.chart.is_empty()
    assert "belum ada laporan sanitasi" in tab.stbm_label.text()

    dialogs.append(event(dt.date(2025, 6, 10)))
    tab.add_event(JenisOdf.PEMICUAN)
    assert tab.status_text() == "Pemicuan"
    assert "sejak 10/06/2025" in tab.since_label.text()

    dialogs.extend([report(30, Periode(2025, 7)), report(10), report(0)])
    for _ in range(3):  # months after the first follow from the default periode
        tab.add_report()
    assert rows(tab) == ["September 2025", "Agustus 2025", "Juli 2025"]
    assert tab.chart.labels() == ["Jul 2025", "Agu 2025", "Sep 2025"]
    assert tab.chart.series()[0] == (AKSES_SERIES, [85.0, 95.0, 100.0])
    assert tab.chart.series()[1] == ("CTPS", [50.0, 50.0, 50.0])
    assert tab.status_text() == "Menunggu verifikasi"
    assert "Ajukan verifikasi ke Puskesmas" in tab.next_label.text()

    dialogs.append(event(dt.date(2025, 9, 20), Hasil.GAGAL))
    tab.add_event(JenisOdf.VERIFIKASI)
    assert tab.status_text() == "Pemicuan"  # the September report came before the failure
    assert "Verifikasi belum lulus" in tab.next_label.text()
    dialogs.append(report(0))
    tab.add_report()
    assert rows(tab)[0] == "Oktober 2025"
    assert tab.status_text() == "Menunggu verifikasi"
    assert "Ajukan verifikasi ulang" in tab.next_label.text()
    dialogs.append(event(dt.date(2025, 10, 5), Hasil.LULUS))
    tab.add_event(JenisOdf.VERIFIKASI)
    assert tab.status_text() == "Terverifikasi"
    dialogs.append(event(dt.date(2025, 10, 20)))
    tab.add_event(JenisOdf.DEKLARASI)
    assert tab.status_text() == "ODF (deklarasi)"
    assert "sejak 20/10/2025" in tab.since_label.text()
    assert [tab.event_model.index(r, 1).data() for r in range(tab.event_model.rowCount())] == [
        "Pemicuan", "Verifikasi", "Verifikasi", "Deklarasi"]
    assert [tab.event_model.index(r, 2).data() for r in range(4)] == ["", "Gagal", "Lulus", ""]

    stack = session.undo_stack
    assert stack.count() == 8
    stack.undo()
    assert tab.status_text() == "Terverifikasi"
    stack.redo()
    assert tab.status_text() == "ODF (deklarasi)"
    for _ in range(3):
        stack.undo()
    assert tab.status_text() == "Pemicuan"
    stack.undo()
    assert tab.status_text() == "Menunggu verifikasi"
    stack.undo()
    assert rows(tab) == ["Agustus 2025", "Juli 2025"]
    assert tab.status_text() == "Pemicuan"
    while stack.canUndo():
        stack.undo()
    assert rows(tab) == [] and tab.event_model.rowCount() == 0
    assert tab.status_text() == "Belum ODF"
    while stack.canRedo():
        stack.redo()
    assert tab.status_text() == "ODF (deklarasi)"
    assert rows(tab) == ["Oktober 2025", "September 2025", "Agustus 2025", "Juli 2025"]


def test_edit_a_report_then_undo(tab, session, desa, dialogs, make_laporan):
    ws = session.workspace
    sanitasi_service.save_report(ws, desa.kode, make_laporan("2025-08", 200, 10))
    session.notify(str(desa.kode))
    assert rows(tab) == ["Agustus 2025"]
    dialogs.append(report(4))
    tab.edit_report()
    assert sanitasi_service.latest_report(ws, desa.kode).babs == 4
    assert tab.model.index(0, 3).data() == "4"
    session.undo_stack.undo()
    assert sanitasi_service.latest_report(ws, desa.kode).babs == 10
    assert tab.model.index(0, 3).data() == "10"


def test_delete_a_report_asks_first_and_undo_restores_it(tab, session, desa, answer, make_laporan):
    ws = session.workspace
    for periode, babs in (("2025-08", 10), ("2025-09", 5)):
        sanitasi_service.save_report(ws, desa.kode, make_laporan(periode, 200, babs))
    tab.refresh()
    tab.table.selectRow(1)
    answer.question = QMessageBox.StandardButton.No
    tab.delete_report()
    assert "Yakin ingin menghapus laporan Agustus 2025 Silurah?" in answer.shown[-1]
    assert rows(tab) == ["September 2025", "Agustus 2025"]
    answer.question = QMessageBox.StandardButton.Yes
    tab.delete_report()
    assert rows(tab) == ["September 2025"]
    session.undo_stack.undo()
    assert rows(tab) == ["September 2025", "Agustus 2025"]
    assert [r.babs for r in sanitasi_service.reports_for(ws, desa.kode)] == [10, 5]


def test_a_verifikasi_a_deklarasi_depends_on_cannot_be_deleted(tab, session, desa, answer,
                                                              dialogs):
    dialogs.extend([event(dt.date(2025, 6, 10)), event(dt.date(2025, 10, 5), Hasil.LULUS),
                    event(dt.date(2025, 10, 20))])
    for jenis in JenisOdf:
        tab.add_event(jenis)
    tab.event_table.selectRow(1)
    tab.delete_event()
    assert "deklarasi ODF harus didahului verifikasi yang lulus" in answer.shown[-1]
    assert tab.event_model.rowCount() == 3
    tab.event_table.selectRow(2)
    tab.delete_event()
    assert tab.event_model.rowCount() == 2
    assert tab.status_text() == "Terverifikasi"
    session.undo_stack.undo()
    assert tab.status_text() == "ODF (deklarasi)"


def test_save_chart_writes_a_png(tab, session, desa, make_laporan, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    for periode, babs in (("2025-08", 10), ("2025-10", 0)):
        sanitasi_service.save_report(session.workspace, desa.kode, make_laporan(periode, 200, babs))
    tab.refresh()
    assert tab.chart.series()[0][1] == [95.0, None, 100.0]  # September has no report: a gap
    asked = []

    def ask(parent, title, directory, filters):
        asked.append(directory)
        return str(tmp_path / "grafik"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    path = tab.save_chart()
    assert asked[0].endswith("grafik-sanitasi-33.25.01.2001.png")
    assert path == str(tmp_path / "grafik.png")
    image = QImage(path)
    assert (image.width(), image.height()) == (1000, 500)
    assert "Tersimpan" in tab.chart_note.text()


def test_delete_key_in_the_report_table_deletes_a_report_not_the_desa(qtbot, kecamatan_session,
                                                                     answer):
    page = DesaPage(kecamatan_session)
    qtbot.addWidget(page)
    page.resize(1260, 720)
    page.show()
    page.show_sanitasi("33.25.01.2003")
    assert page.tabs.currentWidget() is page.sanitasi_tab
    assert "Gringgingsari" in page.title.text()
    tab = page.sanitasi_tab
    kode = KodeWilayah.parse("33.25.01.2003")
    expected = STATUS_ODF_LABELS[odf_service.posisi(kecamatan_session.workspace, kode).status]
    assert tab.status_text() == expected
    assert tab.model.rowCount() == len(sanitasi_service.reports_for(
        kecamatan_session.workspace, kode))
    page.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.table.hasFocus())
    answer.question = QMessageBox.StandardButton.No
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert answer.shown and "Yakin ingin menghapus laporan Oktober 2025" in answer.shown[-1]


def test_chart_data_and_default_periode(make_laporan):
    reports = [make_laporan("2025-11", 200, 20, pilar=(100, 120, 50, 40)),
               make_laporan("2026-01", 200, 0)]
    labels, series = chart_data(reports)
    assert labels == ["Nov 2025", "Des 2025", "Jan 2026"]
    assert series[0] == (AKSES_SERIES, [90.0, None, 100.0])
    assert [name for name, _v in series] == [AKSES_SERIES, "CTPS", "PAMM-RT", "PS-RT", "PLC-RT"]
    assert series[4] == ("PLC-RT", [20.0, None, None])
    assert default_periode(reports, dt.date(2026, 5, 3)) == Periode(2026, 2)
    assert default_periode(reports, dt.date(2026, 1, 31)) == Periode(2026, 1)
    assert default_periode([], dt.date(2026, 5, 3)) == Periode(2026, 5)


def test_no_desa_means_a_disabled_empty_tab(qtbot, session):
    tab = SanitasiTab(session)
    qtbot.addWidget(tab)
    assert not tab.isEnabled()
    assert tab.model.rowCount() == 0 and tab.status_text() == ""
