"""The backup line on Beranda and in the status bar, the warning age from Pengaturan, and the
Pengaturan boxes for the rotation and the user name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kks_desktop.services import cadangan
from kks_desktop.services.pengaturan import nama_pengguna
from kks_desktop.ui.beranda_page import BerandaPage
from kks_desktop.ui.cadangan_teks import status_cadangan, waktu_singkat
from kks_desktop.ui.pengaturan_page import PengaturanPage

NOW = dt.datetime(2026, 11, 22, 9, 15)
SHOTS = Path("/tmp/shots7/h3")


def make_beranda(qtbot, session) -> BerandaPage:
    page = BerandaPage(session)
    qtbot.addWidget(page)
    page.now = NOW
    page.resize(1080, 760)
    page.show()
    page.refresh()
    return page


def shot(page, name: str) -> None:
    QApplication.processEvents()
    page.grab().save(str(SHOTS / name))


def test_times_are_said_the_indonesian_way():
    assert waktu_singkat(NOW.replace(hour=7, minute=5), NOW) == "hari ini 07.05"
    assert waktu_singkat(NOW - dt.timedelta(days=1), NOW) == "kemarin 09.15"
    assert waktu_singkat(NOW - dt.timedelta(days=2), NOW) == "20/11/2026 09.15"
    assert status_cadangan(None, NOW, 7) == ("Belum ada cadangan", True)
    assert status_cadangan(NOW - dt.timedelta(days=7), NOW, 7) == (
        "Cadangan terakhir: 15/11/2026 09.15", False)
    assert status_cadangan(NOW - dt.timedelta(days=8), NOW, 7) == (
        "Cadangan terakhir: 14/11/2026 09.15 (8 hari lalu)", True)
    assert status_cadangan(NOW - dt.timedelta(days=8), NOW, 10)[1] is False


def test_beranda_says_when_the_last_backup_was_made(qtbot, kecamatan_session):
    ws = kecamatan_session.workspace
    page = make_beranda(qtbot, kecamatan_session)
    panel = page.cadangan_panel
    assert panel.headline.text() == "⚠ Belum ada cadangan"
    assert panel.warning is True
    cadangan.buat(ws, now=NOW.replace(hour=8, minute=2))
    page.refresh()
    assert panel.headline.text() == "Cadangan terakhir: hari ini 08.02"
    assert panel.warning is False
    assert panel.detail.text() == (
        "Cadangan harian dibuat otomatis saat program dibuka, di folder "
        f"{cadangan.folder_cadangan(ws)}. Sesekali simpan juga ke flashdisk: "
        "<b>Cadangkan ke…</b>.")
    shot(page, "beranda-cadangan-hari-ini.png")


def test_an_old_backup_is_a_warning_after_the_days_set_in_pengaturan(qtbot, kecamatan_session):
    ws = kecamatan_session.workspace
    cadangan.buat(ws, now=NOW - dt.timedelta(days=9))
    page = make_beranda(qtbot, kecamatan_session)
    panel = page.cadangan_panel
    assert panel.headline.text() == "⚠ Cadangan terakhir: 13/11/2026 09.15 (9 hari lalu)"
    assert panel.detail.text().startswith("Sudah lebih dari 7 hari tanpa cadangan. Buat cadangan "
                                          "sekarang, sebaiknya ke flashdisk")
    shot(page, "beranda-cadangan-peringatan.png")
    settings = PengaturanPage(kecamatan_session)
    qtbot.addWidget(settings)
    with qtbot.waitSignal(kecamatan_session.data_changed, timeout=1000):
        settings.cadangan.spins[cadangan.PERINGATAN_KEY].setValue(14)
    assert cadangan.angka(ws, cadangan.PERINGATAN_KEY) == 14
    assert settings.saved_label.text() == "Tersimpan: peringatan setelah 14 hari tanpa cadangan."
    assert panel.headline.text() == "Cadangan terakhir: 13/11/2026 09.15"  # refreshed at once


def test_the_panel_buttons_ask_the_window_to_act(qtbot, kecamatan_session):
    page = make_beranda(qtbot, kecamatan_session)
    with qtbot.waitSignal(page.cadangan_panel.cadangkan_diminta, timeout=1000):
        page.cadangan_panel.backup_button.click()
    with qtbot.waitSignal(page.cadangan_panel.pulihkan_diminta, timeout=1000):
        page.cadangan_panel.restore_button.click()


def test_pengaturan_shows_and_saves_the_rotation_and_the_user_name(qtbot, kecamatan_session):
    ws = kecamatan_session.workspace
    page = PengaturanPage(kecamatan_session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    spins = page.cadangan.spins
    assert [spins[k].value() for k in (cadangan.SIMPAN_HARIAN_KEY, cadangan.SIMPAN_BULANAN_KEY,
                                       cadangan.PERINGATAN_KEY)] == [14, 12, 7]
    assert spins[cadangan.SIMPAN_HARIAN_KEY].text() == "14 hari terakhir"
    spins[cadangan.SIMPAN_HARIAN_KEY].setValue(30)
    spins[cadangan.SIMPAN_BULANAN_KEY].setValue(6)
    assert (cadangan.angka(ws, cadangan.SIMPAN_HARIAN_KEY),
            cadangan.angka(ws, cadangan.SIMPAN_BULANAN_KEY)) == (30, 6)
    assert page.saved_label.text() == "Tersimpan: satu cadangan per bulan disimpan 6 bulan."
    assert "riwayat perubahan sebagai orang yang melakukan setiap perubahan" in " ".join(
        label.text() for label in page.cadangan.name_box.findChildren(type(page.saved_label)))
    edit = page.cadangan.name_edit
    qtbot.keyClicks(edit, "  Siti   Aminah ")
    qtbot.keyClick(edit, "\r")
    assert nama_pengguna(ws) == "Siti Aminah"
    assert edit.text() == "Siti Aminah"
    assert page.saved_label.text() == ("Tersimpan: nama pengguna “Siti Aminah”; perubahan "
                                       "berikutnya dicatat atas nama ini.")
    QApplication.processEvents()
    page.grab().save(str(SHOTS / "pengaturan-cadangan.png"))
    again = PengaturanPage(kecamatan_session)
    qtbot.addWidget(again)
    assert again.cadangan.name_edit.text() == "Siti Aminah"
    assert again.cadangan.spins[cadangan.SIMPAN_HARIAN_KEY].value() == 30
