"""Extreme input in the real forms: scripts and emoji typed through an input method are stored and
shown back identical; pasted control characters, line breaks, overlong text, impossible dates and
huge numbers are refused with the message the user reads, and the stored record stays as it was."""

from __future__ import annotations

import datetime as dt
from html import unescape

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from kks_desktop.domain.kesiapan_fakta import NilaiJawaban
from kks_desktop.domain.odf import JenisOdf
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.services import (
    kegiatan_service,
    kesiapan_jawaban,
    kesiapan_service,
    odf_service,
    pokja_service,
    sanitasi_service,
)
from kks_desktop.ui.add_desa_dialog import AddDesaDialog
from kks_desktop.ui.anggota_table_model import COL_NAMA
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.kegiatan_editor import KegiatanEditor
from kks_desktop.ui.kesiapan_jawaban_dialog import KesiapanJawabanDialog
from kks_desktop.ui.laporan_dialog import LaporanDialog
from kks_desktop.ui.odf_event_dialog import OdfEventDialog
from kks_desktop.ui.peserta_table_model import COL_NAMA as PESERTA_NAMA
from kks_desktop.ui.rtl_table_model import COL_KEGIATAN, COL_WAKTU

ARAB, JAWA = "عبد الله", "ꦱꦸꦫꦗꦪ"
NAMES = (f"{ARAB} 🌙", f"{JAWA} 👨‍👩‍👧", "Ni Luh Putu 🇮🇩")
CONTROL = "karakter kendali atau karakter tak terlihat"


def ime(widget: QWidget, text: str) -> None:
    """Type `text` as an input method (an Arabic or Javanese keyboard, an emoji picker) does."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def paste(widget, text: str) -> None:
    """Select all and paste `text` from the clipboard (how control characters arrive)."""
    QApplication.clipboard().setText(text)
    widget.selectAll()
    widget.paste()


def shown(label) -> str:
    return unescape(label.text())


# -- Desa and Pokja ------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, session, desa) -> DesaPage:
    widget = DesaPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_desa_texts_in_any_script_are_stored_and_shown_back_identical(page, session, desa):
    alamat, catatan = f"Balai Desa {JAWA} / {ARAB} 🏠", f"{ARAB}\n\t{JAWA} 👨‍👩‍👧\n🇮🇩"
    paste(page.form.edits["alamat_sekretariat"], "")
    ime(page.form.edits["alamat_sekretariat"], f"  {alamat}  ")
    page.form.catatan.setFocus()
    ime(page.form.catatan, catatan)
    assert page.save() is True
    stored = session.workspace.desa.desa(desa.kode)
    assert (stored.alamat_sekretariat, stored.catatan) == (alamat, catatan)  # spaces trimmed
    assert page.form.edits["alamat_sekretariat"].text() == alamat
    assert page.form.catatan.toPlainText() == catatan


def test_pokja_members_in_any_script_are_stored_and_shown_in_table_and_form(page, session, desa):
    editor = page.pokja_editor
    for name in NAMES:
        editor.add_member()
        ime(editor.table.indexWidget(editor.table.currentIndex()), name)
    assert page.save() is True
    stored = pokja_service.pokja_for(session.workspace, desa.kode)
    assert [m.nama for m in stored.anggota] == list(NAMES)
    assert [editor.model.index(r, COL_NAMA).data() for r in range(3)] == list(NAMES)
    assert [m.nama for m in editor.pokja().anggota] == list(NAMES)
    assert not page.is_modified()


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("catatan", "Rapat\x07 pokja", f"Catatan: berisi {CONTROL} (U+0007) pada huruf ke-6"),
    ("catatan", "\x00", f"Catatan: berisi {CONTROL} (U+0000) pada huruf ke-1"),
    ("catatan", "x" * 32_768, "Catatan: terlalu panjang (32.768 karakter; paling banyak 32.767)"),
    ("alamat_sekretariat", "Jl. Raya\r\nNo. 1", "Alamat sekretariat Pokja: harus satu baris"),
    ("alamat_sekretariat", "\u202eBalai Desa", f"Alamat sekretariat Pokja: berisi {CONTROL} "
                                               "(U+202E) pada huruf ke-1"),
    ("alamat_sekretariat", "x" * 10_000,
     "Alamat sekretariat Pokja: terlalu panjang (10.000 karakter; paling banyak 1.000)"),
    ("telepon", "0812\u200b3456\x1b[0m", f"Telepon: berisi {CONTROL} (U+200B) pada huruf ke-5"),
    ("jumlah_jiwa", str(2**63), "Jumlah jiwa: terlalu besar (paling banyak 1.000.000)"),
    ("jumlah_kk", str(10**20), "Jumlah KK: terlalu besar (paling banyak 100.000)"),
    ("jumlah_dusun", str(2**31), "Jumlah dusun: terlalu besar (paling banyak 1.000)"),
    ("jumlah_rw", "-1", "Jumlah RW: tidak boleh negatif"),
    ("jumlah_rt", "1e309", "Jumlah RT: “1e309” bukan bilangan bulat (contoh: 1.234)"),
    ("jumlah_rt", "NaN", "Jumlah RT: “NaN” bukan bilangan bulat (contoh: 1.234)"),
])
def test_a_bad_desa_value_is_refused_with_its_message(page, session, desa, field, text, expected):
    widget = page.form.catatan if field == "catatan" else page.form.edits[field]
    paste(widget, text)
    assert page.save() is False
    assert page.form.problems.isVisible()
    assert expected in shown(page.form.problems)
    assert "border: 2px solid" in widget.styleSheet()
    assert session.workspace.desa.desa(desa.kode) == desa


@pytest.mark.parametrize(("member", "expected"), [
    ("Budi\x1b[31mSantoso", f"Nama anggota baris 1: berisi {CONTROL} (U+001B) pada huruf ke-5"),
    ("x" * 10_000, "Nama anggota baris 1: terlalu panjang (10.000 karakter; paling banyak 200)"),
])
def test_a_bad_member_name_is_refused_and_the_pokja_kept(page, session, desa, member, expected):
    editor = page.pokja_editor
    editor.add_member()
    paste(editor.table.indexWidget(editor.table.currentIndex()), member)
    assert page.save() is False
    assert page.tabs.currentWidget() is editor
    assert expected in shown(editor.problems_label)
    assert pokja_service.pokja_for(session.workspace, desa.kode).anggota == ()


def test_an_sk_date_after_2100_and_a_signer_on_two_lines_are_refused(qtbot, page, session, desa):
    editor = page.pokja_editor
    qtbot.keyClicks(editor.sk_nomor, "141/12/2023")
    QTest.keyClicks(editor.sk_tanggal, "01/01/2101")
    assert editor.sk_tanggal.date_value() == dt.date(2101, 1, 1)
    paste(editor.sk_penandatangan, "Kepala Desa\nSilurah")
    assert page.save() is False
    for expected in ("Tanggal SK: 01/01/2101 tidak masuk akal; isi tanggal antara 01/01/1945 "
                     "dan 31/12/2100",
                     "Penandatangan SK: harus satu baris; hapus pindah baris (Enter) di dalamnya"):
        assert expected in shown(editor.problems_label)
    assert pokja_service.pokja_for(session.workspace, desa.kode).sk_nomor == ""


@pytest.mark.parametrize("text", ["33.25.01.2001\x00", "\u202e33.25.01.2001", "٣٣٫٢٥٫٠١٫٢٠٠١",
                                  "x" * 10_000, "9" * 5_000])
def test_a_desa_code_with_extreme_text_selects_nothing_and_says_why(qtbot, text):
    dialog = AddDesaDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    paste(dialog.picker.kode_edit, text)
    assert dialog.picker.selected() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.picker.status.text().startswith("Kode wilayah")


# -- the monthly report --------------------------------------------------------------------


def _laporan_dialog(qtbot, session, desa) -> LaporanDialog:
    dialog = LaporanDialog(session, desa, periode=Periode(2025, 9), today=dt.date(2025, 10, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, text in ((dialog.total_kk, "200"), (dialog.rung_edits[Rung.AMAN], "200")):
        qtbot.keyClicks(edit, text)
    return dialog


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("total_kk", str(2**63), "Total KK: terlalu besar (paling banyak 1.000.000)"),
    ("total_kk", "-1", "Total KK: tidak boleh negatif"),
    ("petugas", "Sanitarian\nPuskesmas", "Petugas: harus satu baris"),
    ("catatan", "Laporan \u202ebulan ini", f"Catatan: berisi {CONTROL} (U+202E) pada huruf ke-9"),
])
def test_a_bad_report_value_is_refused_with_its_message(qtbot, session, desa, field, text,
                                                        expected):
    dialog = _laporan_dialog(qtbot, session, desa)
    paste(getattr(dialog, field), text)
    assert dialog.accept_if_valid() is False
    assert expected in shown(dialog.problems)
    assert sanitasi_service.reports_for(session.workspace, desa.kode) == []


def test_a_petugas_in_arabic_is_stored_and_shown_again(qtbot, session, desa):
    dialog = _laporan_dialog(qtbot, session, desa)
    ime(dialog.petugas, NAMES[0])
    assert dialog.accept_if_valid() is True
    [stored] = sanitasi_service.reports_for(session.workspace, desa.kode)
    assert stored.petugas == NAMES[0]
    again = LaporanDialog(session, desa, stored)
    qtbot.addWidget(again)
    assert again.petugas.text() == NAMES[0]


# -- the ODF path --------------------------------------------------------------------------


def _odf_dialog(qtbot, session, desa, jenis=JenisOdf.PEMICUAN) -> OdfEventDialog:
    dialog = OdfEventDialog(session, desa, jenis=jenis, today=dt.date(2025, 10, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tanggal.setDate(QDate(2025, 6, 10))
    return dialog


def test_an_odf_date_in_9999_is_refused_by_its_range(qtbot, session, desa):
    dialog = _odf_dialog(qtbot, session, desa)
    dialog.tanggal.setFocus()
    dialog.tanggal.setSelectedSection(QDateTimeEdit.Section.YearSection)
    QTest.keyClicks(dialog.tanggal, "9999")
    assert dialog.tanggal.date() == QDate(9999, 6, 10)
    assert dialog.accept_if_valid() is False
    assert ("Pemicuan 10/06/9999, tanggal: 10/06/9999 tidak masuk akal; isi tanggal antara "
            "01/01/1945 dan 31/12/2100") in shown(dialog.problems)
    assert odf_service.events_for(session.workspace, desa.kode) == []


def test_odf_texts_are_refused_by_field_and_row(qtbot, session, desa):
    dialog = _odf_dialog(qtbot, session, desa, JenisOdf.VERIFIKASI)
    dialog.hasil.setCurrentIndex(1)
    for nama in (ARAB, "Budi\nSantoso", JAWA):
        dialog.add_member()
        dialog.tim.item(dialog.tim.rowCount() - 1, 0).setText(nama)
    paste(dialog.nomor_ba, "BA/VER\u200b/2025")
    assert dialog.accept_if_valid() is False
    text = shown(dialog.problems)
    assert ("Verifikasi 10/06/2025, nama anggota tim baris 2: harus satu baris; hapus pindah "
            "baris (Enter) di dalamnya") in text
    assert f"Verifikasi 10/06/2025, nomor Berita Acara: berisi {CONTROL} (U+200B)" in text
    assert odf_service.events_for(session.workspace, desa.kode) == []


# -- sessions ------------------------------------------------------------------------------


@pytest.fixture
def kegiatan_editor(qtbot, session, desa) -> KegiatanEditor:
    editor = KegiatanEditor(session)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.load(kegiatan_service.baru(session.workspace, dt.date(2025, 9, 16)), stored=False)
    editor.form.judul.setText("Orientasi KKS")
    return editor


def test_minutes_of_ten_thousand_characters_and_names_in_any_script_round_trip(
        kegiatan_editor, session):
    notulen = (f"Pembukaan oleh Kepala Desa.\n\tTanya jawab: {ARAB}, {JAWA} 😀\n" * 200)
    kegiatan_editor.notulen.setPlainText(notulen)
    table = kegiatan_editor.peserta_editor.table
    for row, name in enumerate(NAMES):
        table.setCurrentIndex(table.model().index(row, PESERTA_NAMA))
        kegiatan_editor.peserta_editor.tempel(name)
    assert kegiatan_editor.save() is True
    [ringkas] = kegiatan_service.daftar(session.workspace)
    stored = kegiatan_service.ambil(session.workspace, ringkas.uuid)
    assert len(stored.notulen) > 10_000 and stored.notulen == notulen
    assert [p.nama for p in stored.peserta] == list(NAMES)
    assert kegiatan_editor.notulen.toPlainText() == notulen
    assert [table.model().index(r, PESERTA_NAMA).data() for r in range(3)] == list(NAMES)


@pytest.mark.parametrize(("setup", "expected", "tab"), [
    (lambda e: e.form.judul.setText("Orientasi\nKKS"), "Judul kegiatan: harus satu baris", 0),
    (lambda e: paste(e.notulen, "Rapat\x00dibuka"),
     f"Notulen: berisi {CONTROL} (U+0000) pada huruf ke-6", 4),
    (lambda e: e.form.mulai.setDate(QDate(1899, 12, 31)),
     "Tanggal mulai: 31/12/1899 tidak masuk akal; isi tanggal antara 01/01/1945 dan 31/12/2100", 0),
    (lambda e: paste(e.form.tempat, "x" * 10_000),
     "Tempat: terlalu panjang (10.000 karakter; paling banyak 1.000)", 0),
])
def test_a_bad_session_value_is_refused_on_its_tab(kegiatan_editor, session, setup, expected, tab):
    setup(kegiatan_editor)
    assert kegiatan_editor.save() is False
    assert expected in shown(kegiatan_editor.problems)
    assert kegiatan_editor.tabs.currentIndex() == tab
    assert kegiatan_editor.tabs.tabText(tab).startswith("⚠ ")
    assert kegiatan_service.daftar(session.workspace) == []


def test_a_participant_name_of_ten_thousand_characters_is_refused(kegiatan_editor, session):
    editor = kegiatan_editor.peserta_editor
    editor.table.setCurrentIndex(editor.model.index(0, PESERTA_NAMA))
    editor.tempel("Sutrisno " * 1_112)  # 10.008 characters, the last space trimmed
    assert kegiatan_editor.save() is False
    assert ("Nama peserta baris 1: terlalu panjang (10.007 karakter; paling banyak 200)"
            in shown(kegiatan_editor.problems))
    assert kegiatan_service.daftar(session.workspace) == []


@pytest.mark.parametrize("score", ["1e309", "NaN", "-1", str(2**63)])
def test_an_impossible_score_is_not_taken(kegiatan_editor, score):
    editor = kegiatan_editor.peserta_editor
    editor.model.append_rows([editor.model.new_row().with_changes(nama=ARAB)])
    editor.table.setCurrentIndex(editor.model.index(0, editor.model.col_pre()))
    editor.tempel(score)
    assert editor.pesan_label.text() == "Nilai pre-test baris 1: nilai harus antara 0 dan 100"
    assert editor.peserta()[0].pre is None


def test_an_rtl_date_that_does_not_exist_or_is_out_of_range_is_refused(kegiatan_editor, session):
    model = kegiatan_editor.rtl_editor.model
    model.setData(model.index(0, COL_KEGIATAN), "Rapat Pokja")
    assert model.setData(model.index(0, COL_WAKTU), "29/02/2023") is False
    assert kegiatan_editor.rtl_editor.note.text() == (
        "Waktu baris 1: “29/02/2023” bukan tanggal (contoh: 16/09/2025 atau 16-9-2025); isi lama "
        "tetap.")
    assert model.setData(model.index(0, COL_WAKTU), "31/12/9999") is True
    assert kegiatan_editor.save() is False
    assert ("Waktu RTL baris 1: 31/12/9999 tidak masuk akal; isi tanggal antara 01/01/1945 dan "
            "31/12/2100") in shown(kegiatan_editor.problems)
    assert kegiatan_service.daftar(session.workspace) == []


# -- readiness answers ---------------------------------------------------------------------


def _jawaban_dialog(qtbot, session) -> tuple[KesiapanJawabanDialog, object]:
    definisi = kesiapan_service.cari_definisi("pokja-desa-2025")
    kode = session.workspace.desa.desa_list()[0].kode
    hasil = next(h for h in kesiapan_service.nilai(session.workspace, definisi, kode).butir
                 if h.butir.id == "rencana_kerja")
    dialog = KesiapanJawabanDialog(session, definisi, kode, hasil, "Desa Silurah")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nilai_buttons[NilaiJawaban.ADA].setChecked(True)
    return dialog, definisi


def test_a_bad_readiness_answer_is_refused_in_the_dialog(qtbot, session, desa):
    dialog, definisi = _jawaban_dialog(qtbot, session)
    paste(dialog.nomor, "12/RK\n2025")
    paste(dialog.catatan, "Ada\x07")
    QTest.keyClicks(dialog.tanggal, "01/01/2101")
    assert dialog.accept_if_valid() is False
    assert dialog.problem.isVisible()
    assert dialog.problem.text().splitlines() == [
        "Nomor dokumen: harus satu baris; hapus pindah baris (Enter) di dalamnya",
        f"Catatan jawaban: berisi {CONTROL} (U+0007) pada huruf ke-4; hapus karakter itu (mis. "
        "ketik ulang isinya) lalu simpan lagi",
        "Tanggal dokumen: 01/01/2101 tidak masuk akal; isi tanggal antara 01/01/1945 dan "
        "31/12/2100"]
    assert kesiapan_jawaban.simpanan(session.workspace, definisi, desa.kode, "rencana_kerja") is None


def test_a_readiness_answer_signed_in_javanese_is_stored_and_prefilled(qtbot, session, desa):
    dialog, definisi = _jawaban_dialog(qtbot, session)
    paste(dialog.oleh, "")
    ime(dialog.oleh, NAMES[1])
    assert dialog.accept_if_valid() is True
    stored = kesiapan_jawaban.simpanan(session.workspace, definisi, desa.kode, "rencana_kerja")
    assert stored is not None and stored.jawaban.oleh == NAMES[1]
    again, _ = _jawaban_dialog(qtbot, session)
    assert again.oleh.text() == NAMES[1]
