"""The "Hitung laporan dari data KK" dialog: the figures against the service, the incomplete KK,
saving over the month's typed report (asked first, undoable), warnings and refusals shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_rumah_tangga_model import SILURAH, isi_register, kk_contoh

from kks_desktop.domain.periode import Periode
from kks_desktop.messages import FIELD_LABELS
from kks_desktop.messages_rumah_tangga import CATATAN_DIHITUNG
from kks_desktop.services import rumah_tangga_service, sanitasi_service
from kks_desktop.ui.formatting import number
from kks_desktop.ui.rumah_tangga_hitung_dialog import (
    COL_DIHITUNG,
    COL_SELISIH,
    COL_TERAKHIR,
    HitungDialog,
    selisih_text,
)
from kks_desktop.ui.session import UiSession

TODAY = dt.date(2025, 11, 20)
NOVEMBER = Periode(2025, 11)


@pytest.fixture
def silurah(ws, make_desa):
    """Silurah (50 KK registered) with 48 households in its register."""
    desa = make_desa(ws, SILURAH, jumlah_kk=50)
    isi_register(ws, SILURAH, kk_contoh(48))
    return desa


@pytest.fixture
def dialog(qtbot, ws, silurah):
    widget = HitungDialog(UiSession(ws), silurah, today=TODAY)
    qtbot.addWidget(widget, before_close_func=lambda w: w.session.undo_stack.clear())
    return widget


def rows(widget: HitungDialog) -> list[tuple[str, ...]]:
    model = widget.model
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def test_figures_are_the_services_beside_the_typed_report(qtbot, ws, silurah, make_laporan):
    typed = make_laporan("2025-10", total=50, babs=4, pilar=(30, 31, 20, 10))
    sanitasi_service.save_report(ws, SILURAH, typed, TODAY)
    widget = HitungDialog(UiSession(ws), silurah, today=TODAY)
    qtbot.addWidget(widget)
    assert widget.bulan.currentText() == "November 2025" and widget.bulan.count() == 36
    assert widget.bulan.itemText(1) == "Oktober 2025"  # no month after this one is offered
    expected = rumah_tangga_service.laporan_dari_register(ws, SILURAH, NOVEMBER)
    assert rows(widget) == [
        (FIELD_LABELS[s.kunci], number(s.dihitung) if s.dihitung is not None else "–",
         number(s.diketik) if s.diketik is not None else "–", selisih_text(s.beda))
        for s in expected.selisih]
    assert rows(widget)[0] == ("Total KK", number(expected.laporan.total_kk), "50",
                               selisih_text(expected.laporan.total_kk - 50))
    assert widget.model.headerData(COL_TERAKHIR, Qt.Orientation.Horizontal) == "Laporan Oktober 2025"
    tanpa = expected.hitungan.tanpa_tangga
    assert tanpa > 0 and widget.belum_lengkap.text().startswith(
        f"{tanpa} KK belum lengkap jawaban pilar 1-nya")
    assert widget.keterangan.text() == (
        f"Dihitung dari {expected.hitungan.berjenjang} KK dengan jawaban pilar 1 lengkap (dari "
        "48 KK di data KK Silurah). Laporan terakhir yang tersimpan: Oktober 2025; menyimpan "
        "membuat laporan baru November 2025.")
    assert widget.simpan_button.text() == "&Simpan sebagai laporan November 2025"


def test_saving_over_the_months_typed_report_asks_and_can_be_undone(
        qtbot, ws, silurah, make_laporan, answer):
    typed = make_laporan("2025-11", total=50, babs=4)
    typed = sanitasi_service.save_report(ws, SILURAH, typed, TODAY).laporan
    widget = HitungDialog(UiSession(ws), silurah, today=TODAY)
    qtbot.addWidget(widget, before_close_func=lambda w: w.session.undo_stack.clear())
    computed = widget.hasil.laporan
    assert widget.simpan()
    assert answer.shown[0].startswith(
        f"Laporan November 2025 Silurah sudah ada. Angka-angkanya akan diganti dengan hasil "
        f"hitungan dari data KK (total KK 50 menjadi {computed.total_kk}).")
    reports = sanitasi_service.reports_for(ws, SILURAH)
    assert len(reports) == 1 and reports[0].uuid == typed.uuid
    assert (reports[0].total_kk, reports[0].tangga, reports[0].pilar) == (
        computed.total_kk, computed.tangga, computed.pilar)
    assert reports[0].catatan == CATATAN_DIHITUNG
    assert widget.status.text().startswith("Tersimpan sebagai laporan November 2025.")
    assert {r[COL_SELISIH] for r in rows(widget)} <= {"0", "–"}  # now equal to the stored one
    widget.session.undo_stack.undo()
    back = sanitasi_service.report_for(ws, SILURAH, NOVEMBER)
    assert back is not None and back.total_kk == 50 and back.tangga == typed.tangga


def test_answering_no_keeps_the_typed_report(qtbot, ws, silurah, make_laporan, answer):
    sanitasi_service.save_report(ws, SILURAH, make_laporan("2025-11", total=50), TODAY)
    answer.question = QMessageBox.StandardButton.No
    widget = HitungDialog(UiSession(ws), silurah, today=TODAY)
    qtbot.addWidget(widget)
    assert not widget.simpan()
    assert sanitasi_service.report_for(ws, SILURAH, NOVEMBER).total_kk == 50


def test_a_new_month_is_saved_without_asking_with_its_warnings_shown(dialog, ws, answer):
    assert dialog.simpan() and answer.shown == []
    stored = sanitasi_service.report_for(ws, SILURAH, NOVEMBER)
    assert stored is not None and stored.total_kk == dialog.hasil.laporan.total_kk
    # far fewer KK with a rung than the 50 registered: saved, and said
    assert dialog.problems.isVisibleTo(dialog) and "Perlu diperiksa" in dialog.problems.text()
    assert dialog.status.text() == ("Tersimpan sebagai laporan November 2025. Ada yang perlu "
                                    "diperiksa (lihat di atas).")
    dialog.session.undo_stack.undo()
    assert sanitasi_service.report_for(ws, SILURAH, NOVEMBER) is None


def test_an_earlier_month_is_computed_beside_the_report_before_it(dialog, ws, make_laporan):
    sanitasi_service.save_report(ws, SILURAH, make_laporan("2025-08", total=50), TODAY)
    dialog.bulan.setCurrentIndex(2)  # September 2025
    assert dialog.hasil.laporan.periode == Periode(2025, 9)
    assert dialog.model.headerData(COL_TERAKHIR, Qt.Orientation.Horizontal) == "Laporan Agustus 2025"
    assert dialog.simpan_button.text() == "&Simpan sebagai laporan September 2025"


def test_a_refused_save_shows_why_and_writes_nothing(dialog, ws, make_laporan, monkeypatch):
    from kks_desktop.domain.errors import ValidationFailed
    from kks_desktop.domain.problems import Problem

    def refuse(*_args, **_kwargs):
        raise ValidationFailed([Problem.error("periode", "future_period")])

    monkeypatch.setattr(sanitasi_service, "save_report", refuse)
    assert not dialog.simpan()
    assert "Periode: periode tidak boleh di masa depan" in dialog.problems.text()
    assert dialog.session.undo_stack.count() == 0 and not dialog.status.isVisibleTo(dialog)


def test_nothing_to_save_without_complete_answers(qtbot, ws, make_desa):
    from kks_desktop.domain.kode_wilayah import KodeWilayah
    from kks_desktop.domain.rumah_tangga import RumahTangga

    kode = KodeWilayah.parse("33.25.01.2003")
    desa = make_desa(ws, kode)
    isi_register(ws, kode, [RumahTangga(nama_kepala="Sarmo")])
    widget = HitungDialog(UiSession(ws), desa, today=TODAY)
    qtbot.addWidget(widget)
    assert not widget.simpan_button.isEnabled()
    assert widget.belum_lengkap.text().startswith("1 KK belum lengkap")
    assert rows(widget)[0][COL_DIHITUNG] == "0"
