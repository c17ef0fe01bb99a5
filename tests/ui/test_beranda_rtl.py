"""Beranda's session cards: RTL rows past their date, and the sessions of this year."""

from __future__ import annotations

import datetime as dt

from kks_desktop.domain.kegiatan import StatusRtl
from kks_desktop.services import kegiatan_service
from kks_desktop.ui.beranda_cards import LATE_COLOUR, VALUE_COLOUR
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.session import UiSession

TODAY = dt.date(2026, 11, 22)


def make_page(qtbot, session, today: dt.date = TODAY) -> BerandaPage:
    page = BerandaPage(session)
    qtbot.addWidget(page)
    page.today = today
    page.refresh()
    return page


def late_rows(ws, today: dt.date) -> list[tuple[str, str]]:
    """Counted without the service's query: every session, every row, the domain rule."""
    found = []
    for ringkas in kegiatan_service.daftar(ws):
        kegiatan = kegiatan_service.ambil(ws, ringkas.uuid)
        found += [(kegiatan.judul, r.kegiatan) for r in kegiatan.rtl if r.lewat_waktu(today)]
    return found


def mark_done(session, jenis: str) -> None:
    ws = session.workspace
    for ringkas in kegiatan_service.daftar(ws):
        if ringkas.jenis == jenis:
            kegiatan = kegiatan_service.ambil(ws, ringkas.uuid)
            done = tuple(r.with_changes(status=StatusRtl.SELESAI) for r in kegiatan.rtl)
            kegiatan_service.simpan(ws, kegiatan.with_changes(rtl=done))
    session.notify("")


def test_the_card_counts_the_open_rows_past_their_date(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    value, detail = page.rtl_card
    # Orientasi: 2 berjalan and 2 belum past due; rapat Pokja triwulan 4 in 6 desa: 6 belum.
    assert len(late_rows(kecamatan_session.workspace, TODAY)) == 10
    assert value.text() == "10"
    assert LATE_COLOUR in value.styleSheet()
    text = detail.text()
    assert text.startswith("• <b>Rapat koordinasi Forum Kecamatan Sehat</b> — 31/10/2025 "
                           "(lewat 387 hari), PJ: Camat<br>")
    assert "dari Orientasi Kabupaten Sehat bagi Forum dan Pokja Desa Sehat, Kabupaten Batang" in text
    assert text.count("• <b>") == 3
    assert "Pendataan ulang KK belum berakses jamban" in text
    assert "dari Rapat rutin Pokja Desa Sehat triwulan 4, Desa " in text
    assert text.endswith("… dan 7 lainnya.")


def test_rows_marked_selesai_leave_the_card(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session)
    mark_done(kecamatan_session, "orientasi_kks")
    value, detail = page.rtl_card
    assert value.text() == "6"
    assert "Orientasi" not in detail.text()
    mark_done(kecamatan_session, "rapat_pokja")
    assert late_rows(kecamatan_session.workspace, TODAY) == []
    assert value.text() == "0"
    assert detail.text() == "Tidak ada rencana tindak lanjut yang melewati waktunya."
    assert VALUE_COLOUR in value.styleSheet()


def test_only_rows_before_today_count(qtbot, kecamatan_session):
    page = make_page(qtbot, kecamatan_session, today=dt.date(2025, 11, 1))
    expected = late_rows(kecamatan_session.workspace, dt.date(2025, 11, 1))
    assert expected == [("Orientasi Kabupaten Sehat bagi Forum dan Pokja Desa Sehat",
                         "Rapat koordinasi Forum Kecamatan Sehat")]
    assert page.rtl_card[0].text() == "1"
    assert page.rtl_card[1].text().endswith("Kabupaten Batang</span>")


def test_sessions_of_this_year_and_the_year_before(qtbot, kecamatan_session):
    ws = kecamatan_session.workspace
    sessions = kegiatan_service.daftar(ws)
    in_2025 = [k for k in sessions if k.mulai.year == 2025]
    assert len(in_2025) == len(sessions) == 26  # orientasi, sosialisasi, 24 rapat Pokja
    people = sum(k.peserta for k in in_2025)
    page = make_page(qtbot, kecamatan_session, today=dt.date(2025, 12, 31))
    assert page.kegiatan_card[0].text() == "26"
    assert page.kegiatan_card[1].text() == f"Tahun 2025: {people} peserta"
    page.today = TODAY
    page.refresh()
    assert page.kegiatan_card[0].text() == "0"
    assert page.kegiatan_card[1].text() == (
        f"Tahun 2026: 0 peserta · tahun 2025: 26 kegiatan, {people} peserta")


def test_an_empty_workspace_has_nothing_late(qtbot, ws):
    page = make_page(qtbot, UiSession(ws))
    assert page.rtl_card[0].text() == "0"
    assert page.kegiatan_card[0].text() == "0"
    assert page.kegiatan_card[1].text() == "Tahun 2026: 0 peserta"
