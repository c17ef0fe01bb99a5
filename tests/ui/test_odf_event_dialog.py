"""The ODF event dialog: fields by kind, team rows, blocking errors, confirmed warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.services import odf_service
from kks_desktop.ui.odf_event_dialog import OdfEventDialog
from kks_desktop.ui.save_buttons import CONFIRM_TEXT, SAVE_TEXT

TEAM = (("dr. Retno", "Dinas Kesehatan"), ("Sugiyanto", "Puskesmas"), ("Hartono", "Kecamatan"))



def make_dialog(qtbot, session, desa, event=None, jenis=JenisOdf.PEMICUAN) -> OdfEventDialog:
    dialog = OdfEventDialog(session, desa, event, jenis)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_team(dialog, team):
    for nama, instansi in team:
        dialog.add_member()
        row = dialog.tim.rowCount() - 1
        dialog.tim.item(row, 0).setText(nama)
        dialog.tim.item(row, 1).setText(instansi)


def test_fields_shown_follow_the_kind(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    shown = lambda: [w.isVisible() for w in (dialog.fasilitator, dialog.hasil, dialog.tim_box,  # noqa: E731
                                             dialog.nomor_ba, dialog.saksi)]
    assert shown() == [True, False, False, False, False]
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(JenisOdf.VERIFIKASI))
    assert shown() == [False, True, True, True, False]
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(JenisOdf.DEKLARASI))
    assert shown() == [False, False, False, True, True]


def test_a_pemicuan_is_saved(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    dialog.tanggal.setDate(QDate(2025, 6, 10))
    qtbot.keyClicks(dialog.fasilitator, "Sanitarian Puskesmas")
    qtbot.keyClicks(dialog.catatan, "Di balai desa")
    assert dialog.accept_if_valid() is True
    [stored] = odf_service.events_for(session.workspace, desa.kode)
    assert (stored.jenis, stored.tanggal, stored.fasilitator, stored.catatan) == (
        JenisOdf.PEMICUAN, dt.date(2025, 6, 10), "Sanitarian Puskesmas", "Di balai desa")
    assert dialog.saved == (stored, [])


def test_verifikasi_without_hasil_is_refused(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa, jenis=JenisOdf.VERIFIKASI)
    dialog.tanggal.setDate(QDate(2025, 9, 20))
    assert dialog.accept_if_valid() is False
    assert "Verifikasi 20/09/2025, hasil verifikasi: wajib diisi" in dialog.problems.text()
    assert odf_service.events_for(session.workspace, desa.kode) == []


def test_a_small_team_and_missing_ba_are_warnings_confirmed_once(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa, jenis=JenisOdf.VERIFIKASI)
    dialog.tanggal.setDate(QDate(2025, 9, 20))
    dialog.hasil.setCurrentIndex(dialog.hasil.findData(Hasil.GAGAL))
    set_team(dialog, TEAM[:2])
    assert dialog.accept_if_valid() is False
    text = dialog.problems.text()
    assert "tim verifikasi kurang dari 3 orang" in text
    assert "nomor Berita Acara belum diisi" in text
    assert dialog.ok_button.text() == CONFIRM_TEXT
    assert odf_service.events_for(session.workspace, desa.kode) == []
    assert dialog.accept_if_valid() is True
    [stored] = odf_service.events_for(session.workspace, desa.kode)
    assert stored.tim == (AnggotaTim("dr. Retno", "Dinas Kesehatan"),
                          AnggotaTim("Sugiyanto", "Puskesmas"))
    assert stored.hasil is Hasil.GAGAL


def test_a_member_without_name_blocks_and_empty_rows_are_ignored(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa, jenis=JenisOdf.VERIFIKASI)
    dialog.tanggal.setDate(QDate(2025, 9, 20))
    dialog.hasil.setCurrentIndex(dialog.hasil.findData(Hasil.LULUS))
    qtbot.keyClicks(dialog.nomor_ba, "BA/VER/1")
    set_team(dialog, [*TEAM, ("", ""), ("", "Puskesmas")])
    assert len(dialog.members()) == 4
    assert dialog.accept_if_valid() is False
    assert "ada anggota tim tanpa nama" in dialog.problems.text()
    dialog.tim.selectRow(4)
    dialog.remove_members()
    assert dialog.ok_button.text() == SAVE_TEXT
    assert dialog.accept_if_valid() is True
    [stored] = odf_service.events_for(session.workspace, desa.kode)
    assert [m.nama for m in stored.tim] == ["dr. Retno", "Sugiyanto", "Hartono"]


def test_deklarasi_needs_a_passed_verifikasi(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa, jenis=JenisOdf.DEKLARASI)
    dialog.tanggal.setDate(QDate(2025, 10, 20))
    qtbot.keyClicks(dialog.nomor_ba, "BA/ODF/1")
    qtbot.keyClicks(dialog.saksi, "Camat")
    assert dialog.accept_if_valid() is False
    assert "deklarasi ODF harus didahului verifikasi yang lulus" in dialog.problems.text()


def test_a_future_date_is_refused(qtbot, session, desa):
    dialog = make_dialog(qtbot, session, desa)
    dialog.tanggal.setDate(QDate.currentDate().addDays(3))
    assert dialog.accept_if_valid() is False
    assert "tanggal tidak boleh di masa depan" in dialog.problems.text()


def test_editing_keeps_the_event_and_drops_fields_of_another_kind(qtbot, session, desa):
    ws = session.workspace
    saved, _warnings = odf_service.save_event(
        ws, desa.kode, OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 6, 10), fasilitator="A"))
    dialog = make_dialog(qtbot, session, desa, saved)
    assert dialog.fasilitator.text() == "A"
    assert dialog.tanggal.date() == QDate(2025, 6, 10)
    dialog.fasilitator.setText("Fasilitator STBM Kabupaten")
    assert dialog.accept_if_valid() is True
    [stored] = odf_service.events_for(ws, desa.kode)
    assert (stored.uuid, stored.fasilitator) == (saved.uuid, "Fasilitator STBM Kabupaten")
    assert dialog.edited().saksi == "" and dialog.edited().tim == ()


def test_ask_returns_the_saved_event_or_none(qtbot, session, desa, monkeypatch):
    def run(dialog):
        dialog.tanggal.setDate(QDate(2025, 6, 10))
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(OdfEventDialog, "exec", run)
    saved = OdfEventDialog.ask(None, session, desa, jenis=JenisOdf.PEMICUAN)
    assert saved is not None and saved[0].jenis is JenisOdf.PEMICUAN
    monkeypatch.setattr(OdfEventDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert OdfEventDialog.ask(None, session, desa) is None
