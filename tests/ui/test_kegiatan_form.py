"""The "Data kegiatan" tab: regions to choose from, round trip, dates, materi and narasumber."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from kks_desktop.domain.kegiatan import AsalNarasumber, Kegiatan, Narasumber
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.messages_kegiatan import ASAL_LABELS
from kks_desktop.services import kegiatan_service
from kks_desktop.ui.kegiatan_form import NS_ASAL, NS_MATERI, NS_NAMA, KegiatanForm

KABUPATEN = KodeWilayah.parse("33.25")
WONOTUNGGAL = KodeWilayah.parse("33.25.01")
SILURAH = KodeWilayah.parse("33.25.01.2001")


def orientasi(session) -> Kegiatan:
    ws = session.workspace
    uuid = next(r.uuid for r in kegiatan_service.daftar(ws) if r.jenis == "orientasi_kks")
    return kegiatan_service.ambil(ws, uuid)


def make_form(qtbot, session) -> KegiatanForm:
    form = KegiatanForm()
    form.set_choices(kegiatan_service.pilihan_wilayah(session.workspace))
    qtbot.addWidget(form)
    form.resize(1000, 600)
    form.show()
    return form


def test_regions_are_the_kabupaten_the_kecamatan_and_each_registered_desa(kecamatan_session):
    choices = kegiatan_service.pilihan_wilayah(kecamatan_session.workspace)
    assert choices[:3] == [(KABUPATEN, "Kabupaten Batang"), (WONOTUNGGAL, "Kecamatan Wonotunggal"),
                           (SILURAH, "Desa Silurah")]
    assert len(choices) == 2 + 15
    assert [kode for kode, _ in choices] == sorted(kode for kode, _ in choices)


def test_regions_of_a_workspace_without_desa_are_the_scope_and_above(session, ws):
    from kks_desktop.domain.scope import Scope, ScopeLevel
    ws.set_scope(Scope(ScopeLevel.KECAMATAN, WONOTUNGGAL, "Wonotunggal"))
    choices = kegiatan_service.pilihan_wilayah(session.workspace)
    assert [kode for kode, _ in choices] == [KABUPATEN, WONOTUNGGAL]
    elsewhere = KodeWilayah.parse("33.25.02")
    assert kegiatan_service.pilihan_wilayah(session.workspace, elsewhere) == [
        (KABUPATEN, "Kabupaten Batang"), (WONOTUNGGAL, "Kecamatan Wonotunggal"),
        (elsewhere, "Kecamatan Bandar")]


def test_shows_a_session_and_gives_it_back_unchanged(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    kegiatan = orientasi(kecamatan_session)
    form.load(kegiatan)
    assert form.jenis.currentText() == "Orientasi KKS"
    assert form.judul.text() == "Orientasi Kabupaten Sehat bagi Forum dan Pokja Desa Sehat"
    assert form.mulai.text() == "16/09/2025" and form.selesai.text() == "17/09/2025"
    assert form.lama.text() == "(2 hari)"
    assert form.hari() == 2
    assert form.wilayah.currentText() == "Kabupaten Batang  (33.25)"
    assert form.batas_lulus.text() == "70,0"
    assert [form.materi.item(r).text() for r in range(form.materi.count())] == list(kegiatan.materi)
    first = kegiatan.narasumber[0]
    assert first.nama and first.asal is not None
    assert form.narasumber.item(0, NS_NAMA).text() == first.nama
    assert form.narasumber.item(0, NS_ASAL).text() == ASAL_LABELS[first.asal]
    assert form.narasumber.rowCount() == len(kegiatan.narasumber)
    assert form.apply(kegiatan) == kegiatan


def test_edits_emit_changed_and_land_in_the_value(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    kegiatan = orientasi(kecamatan_session)
    form.load(kegiatan)
    with qtbot.waitSignal(form.changed):
        form.judul.setText("  Orientasi KKS angkatan II ")
    form.jenis.setCurrentIndex(form.jenis.findData("pelatihan"))
    form.wilayah.setCurrentIndex(form.wilayah.findData("33.25.01.2001"))
    form.tempat.setText("Balai Desa Silurah")
    form.batas_lulus.setValue(75.5)
    form.catatan.setPlainText("Konsumsi dari APBDes")
    edited = form.apply(kegiatan)
    assert (edited.judul, edited.jenis, edited.wilayah, edited.tempat) == (
        "Orientasi KKS angkatan II", "pelatihan", SILURAH, "Balai Desa Silurah")
    assert (edited.batas_lulus, edited.catatan) == (75.5, "Konsumsi dari APBDes")
    assert edited.peserta == kegiatan.peserta and edited.uuid == kegiatan.uuid


def test_loading_emits_nothing(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    heard: list[str] = []
    form.changed.connect(lambda: heard.append("changed"))
    form.dates_changed.connect(lambda n, _m: heard.append(f"hari {n}"))
    form.load(orientasi(kecamatan_session))
    assert heard == []


def test_a_new_start_moves_the_end_along_and_a_new_end_changes_the_days(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    kegiatan = orientasi(kecamatan_session)
    form.load(kegiatan)
    days: list[tuple[int, dt.date]] = []
    form.dates_changed.connect(lambda n, mulai: days.append((n, mulai)))
    form.mulai.setDate(QDate(2025, 10, 1))
    assert form.selesai.date() == QDate(2025, 10, 2)
    assert days == [(2, dt.date(2025, 10, 1))]
    form.selesai.setDate(QDate(2025, 10, 3))
    assert days[1:] == [(3, dt.date(2025, 10, 1))]
    assert form.lama.text() == "(3 hari)"
    form.selesai.setDate(QDate(2025, 9, 20))  # before the start: held at the start
    assert form.selesai.date() == QDate(2025, 10, 1)
    assert days[2:] == [(1, dt.date(2025, 10, 1))]
    edited = form.apply(kegiatan)
    assert (edited.mulai, edited.selesai) == (dt.date(2025, 10, 1), dt.date(2025, 10, 1))


def test_materi_can_be_added_moved_and_removed(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    form.load(kegiatan_service.baru(kecamatan_session.workspace))
    assert not form.materi_buttons["hapus"].isEnabled()
    for text in ("Pembukaan", "STBM", "Tanya jawab"):
        form.materi_buttons["tambah"].click()
        form.materi.currentItem().setText(text)
    form.materi.setCurrentRow(2)
    form.materi_buttons["naik"].click()
    assert form.materi.currentRow() == 1
    assert form.materi_buttons["turun"].isEnabled()
    form.materi.setCurrentRow(0)
    assert not form.materi_buttons["naik"].isEnabled()
    form.materi_buttons["turun"].click()
    form.materi_buttons["tambah"].click()  # left empty: not a materi
    base = kegiatan_service.baru(kecamatan_session.workspace)
    assert form.apply(base).materi == ("Tanya jawab", "Pembukaan", "STBM")
    form.materi.setCurrentRow(1)
    form.materi_buttons["hapus"].click()
    assert form.apply(base).materi == ("Tanya jawab", "STBM")


def test_narasumber_rows_with_asal_from_the_combo(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    base = kegiatan_service.baru(kecamatan_session.workspace)
    form.load(base)
    form.ns_tambah.click()
    assert form.narasumber.currentRow() == 0
    form.narasumber.closePersistentEditor(form.narasumber.item(0, NS_NAMA))
    form.narasumber.item(0, NS_NAMA).setText("Sri Wahyuningsih, S.KM")
    form.narasumber.item(0, NS_MATERI).setText("STBM lima pilar")
    form.narasumber.setCurrentCell(0, NS_ASAL)
    form.narasumber.editItem(form.narasumber.item(0, NS_ASAL))
    combo = form.narasumber.findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "Pusat", "Provinsi", "Kabupaten/Kota", "Kecamatan", "Desa/Kelurahan", "Lainnya"]
    combo.setCurrentIndex(combo.findText("Kecamatan"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert form.narasumber.item(0, NS_ASAL).text() == "Kecamatan"
    form.ns_tambah.click()  # an empty row is not a narasumber
    assert form.apply(base).narasumber == (
        Narasumber("Sri Wahyuningsih, S.KM", "", AsalNarasumber.KECAMATAN, "STBM lima pilar"),)
    form.narasumber.setCurrentCell(0, NS_NAMA)
    form.ns_hapus.click()
    assert form.narasumber.rowCount() == 1
    assert form.apply(base).narasumber == ()


def test_errors_mark_their_fields(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    form.load(kegiatan_service.baru(kecamatan_session.workspace))
    form.set_problems([Problem.error("judul", "required"), Problem.warning("rtl.waktu", "x")])
    assert "border" in form.judul.styleSheet()
    assert form.tempat.styleSheet() == "" and form.selesai.styleSheet() == ""
    form.set_problems([])
    assert form.judul.styleSheet() == ""


def test_a_session_of_a_region_outside_the_choices_keeps_it(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    elsewhere = kegiatan_service.baru(kecamatan_session.workspace).with_changes(
        wilayah=KodeWilayah.parse("33.25.02"))
    form.load(elsewhere)
    assert form.wilayah.currentText() == "33.25.02"
    assert form.apply(elsewhere).wilayah == KodeWilayah.parse("33.25.02")
    form.set_choices(kegiatan_service.pilihan_wilayah(kecamatan_session.workspace, elsewhere.wilayah))
    assert form.wilayah.currentText() == "Kecamatan Bandar  (33.25.02)"


def test_a_cell_still_being_typed_in_counts(qtbot, kecamatan_session):
    form = make_form(qtbot, kecamatan_session)
    base = kegiatan_service.baru(kecamatan_session.workspace)
    form.load(base)
    form.add_narasumber()  # opens the name cell for typing
    qtbot.keyClicks(form.narasumber.focusWidget(), "Camat Wonotunggal")
    assert form.apply(base).narasumber == (Narasumber("Camat Wonotunggal"),)
    form.add_materi()
    qtbot.keyClicks(form.materi.focusWidget(), "Pembukaan")
    assert form.apply(base).materi == ("Pembukaan",)
