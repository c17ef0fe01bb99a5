"""The answer form for a manual checklist item: required answer, prefill, evidence file in and out."""

from __future__ import annotations

import datetime as dt
import tempfile

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kks_desktop import messages
from kks_desktop.domain.errors import EvidenceTooLarge
from kks_desktop.domain.kesiapan_fakta import BERKAS_MAKS, Berkas, Jawaban, NilaiJawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kesiapan_jawaban, kesiapan_service
from kks_desktop.ui.kesiapan_jawaban_dialog import NEED_NILAI, NO_BERKAS, KesiapanJawabanDialog, Tindakan

SILURAH = KodeWilayah.parse("33.25.01.2001")
SK = Berkas("rencana-kerja.pdf", b"%PDF-1.4 rencana kerja")


@pytest.fixture
def definisi():
    return kesiapan_service.cari_definisi("pokja-desa-2025")


def open_dialog(qtbot, session, definisi, butir="rencana_kerja"):
    hasil = next(h for h in kesiapan_service.nilai(session.workspace, definisi, SILURAH).butir
                 if h.butir.id == butir)
    dialog = KesiapanJawabanDialog(session, definisi, SILURAH, hasil, "Desa Silurah")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(session, definisi, butir="rencana_kerja"):
    return kesiapan_jawaban.simpanan(session.workspace, definisi, SILURAH, butir)


@pytest.fixture
def unanswered(kecamatan_session, definisi):
    kesiapan_jawaban.hapus(kecamatan_session.workspace, definisi, SILURAH, "rencana_kerja")
    return kecamatan_session


@pytest.fixture
def with_file(kecamatan_session, definisi):
    """Silurah's rencana kerja answered Ada with a file kept in the workspace."""
    kesiapan_jawaban.simpan(kecamatan_session.workspace, definisi, SILURAH, "rencana_kerja",
                            Jawaban(NilaiJawaban.ADA, "12/RK/2025", oleh="Pak Carik"), SK)
    return kecamatan_session


@pytest.fixture
def pick(monkeypatch):
    """`pick(path)`: the next Pilih berkas… returns that path."""

    def choose(path):
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(path), "")))

    return choose


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []

    def warn(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    return shown


def test_an_answer_must_be_chosen(qtbot, unanswered, definisi):
    dialog = open_dialog(qtbot, unanswered, definisi)
    assert dialog.nilai() is None and not dialog.hapus_button.isVisibleTo(dialog)
    assert dialog.accept_if_valid() is False
    assert dialog.problem.text() == NEED_NILAI and dialog.problem.isVisibleTo(dialog)
    assert stored(unanswered, definisi) is None
    dialog.nilai_buttons[NilaiJawaban.SEBAGIAN].click()
    dialog.nomor.setText("7/2025")
    assert dialog.accept_if_valid() is True
    assert dialog.tindakan is Tindakan.DISIMPAN
    j = stored(unanswered, definisi).jawaban
    assert (j.nilai, j.nomor, j.tanggal) == (NilaiJawaban.SEBAGIAN, "7/2025", None)


def test_the_form_is_prefilled_from_the_previous_answer(qtbot, with_file, definisi):
    dialog = open_dialog(qtbot, with_file, definisi)
    assert dialog.nilai() is NilaiJawaban.ADA
    assert (dialog.nomor.text(), dialog.oleh.text()) == ("12/RK/2025", "Pak Carik")
    assert dialog.tanggal.date_value() is None
    assert dialog.berkas_label.text() == "rencana-kerja.pdf (1 KB)"
    assert dialog.hapus_button.isVisibleTo(dialog)
    assert "Rencana kerja Pokja sesuai tatanan" in dialog.title_label.text()
    assert dialog.bantuan_label.text() == f"Yang dihitung sebagai bukti: {dialog.butir.bantuan}"


def test_a_changed_answer_is_signed_by_whoever_answers_now(qtbot, with_file, definisi):
    kesiapan_jawaban.simpan(with_file.workspace, definisi, SILURAH, "dana",
                            Jawaban(NilaiJawaban.ADA, oleh="Bu Bendahara"))
    dialog = open_dialog(qtbot, with_file, definisi)
    assert (dialog.nomor.text(), dialog.oleh.text()) == ("12/RK/2025", "Bu Bendahara")


def test_an_unanswered_item_is_prefilled_with_the_last_answerer(qtbot, unanswered, definisi):
    kesiapan_jawaban.simpan(unanswered.workspace, definisi, SILURAH, "dana",
                            Jawaban(NilaiJawaban.ADA, oleh="Bu Bendahara"))
    dialog = open_dialog(qtbot, unanswered, definisi)
    assert dialog.oleh.text() == "Bu Bendahara"
    assert dialog.berkas_label.text() == NO_BERKAS
    assert not dialog.buka_button.isEnabled() and not dialog.lepas_button.isEnabled()


def test_a_small_file_is_attached_and_stored(qtbot, unanswered, definisi, pick, tmp_path):
    path = tmp_path / "foto-rapat.jpg"
    path.write_bytes(b"\xff\xd8" + b"x" * 3000)
    dialog = open_dialog(qtbot, unanswered, definisi)
    pick(path)
    dialog.pilih_button.click()
    assert dialog.berkas_label.text() == "foto-rapat.jpg (3 KB)"
    dialog.nilai_buttons[NilaiJawaban.ADA].click()
    dialog.tanggal.set_date_value(dt.date(2025, 3, 12))
    assert dialog.accept_if_valid() is True
    assert kesiapan_jawaban.berkas(unanswered.workspace, definisi, SILURAH, "rencana_kerja") == (
        Berkas("foto-rapat.jpg", path.read_bytes()))
    assert stored(unanswered, definisi).jawaban.tanggal == dt.date(2025, 3, 12)


def test_an_oversized_file_is_refused_at_once_and_nothing_changes(
        qtbot, with_file, definisi, pick, warnings, tmp_path):
    big = tmp_path / "pindaian.pdf"
    big.write_bytes(b"0" * (BERKAS_MAKS + 1))
    before = stored(with_file, definisi)
    dialog = open_dialog(qtbot, with_file, definisi)
    pick(big)
    dialog.pilih_button.click()
    assert warnings == [messages.describe(EvidenceTooLarge("pindaian.pdf", BERKAS_MAKS + 1,
                                                           BERKAS_MAKS))]
    assert dialog.picked is None
    assert dialog.berkas_label.text() == "rencana-kerja.pdf (1 KB)"
    assert stored(with_file, definisi) == before
    dialog.catatan.setPlainText("Sudah dicek")
    assert dialog.accept_if_valid() is True
    assert stored(with_file, definisi).berkas == SK  # the stored file is kept


def test_the_stored_file_is_kept_unless_removed(qtbot, with_file, definisi):
    dialog = open_dialog(qtbot, with_file, definisi)
    dialog.nilai_buttons[NilaiJawaban.SEBAGIAN].click()
    assert dialog.accept_if_valid() is True
    assert stored(with_file, definisi).berkas == SK
    dialog = open_dialog(qtbot, with_file, definisi)
    dialog.lepas_button.click()
    assert dialog.berkas_label.text() == NO_BERKAS and not dialog.buka_button.isEnabled()
    assert stored(with_file, definisi).berkas == SK  # nothing written before Simpan
    assert dialog.accept_if_valid() is True
    assert stored(with_file, definisi).berkas is None
    assert stored(with_file, definisi).jawaban.berkas_nama == ""


def test_open_and_save_a_copy_of_the_stored_file(qtbot, with_file, definisi, monkeypatch,
                                                 tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    target = tmp_path / "salinan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog = open_dialog(qtbot, with_file, definisi)
    assert dialog.buka() is True
    [path] = opened
    assert path.endswith("/rencana-kerja.pdf")
    with open(path, "rb") as f:
        assert f.read() == SK.isi
    assert dialog.simpan_salinan() is True
    assert target.read_bytes() == SK.isi
    # Opened copies do not pile up: the folder holds only the one opened last.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    assert dialog.buka() and dialog.buka()
    assert [p.name for p in (tmp_path / "temp" / "kks-bukti").iterdir()] == ["rencana-kerja.pdf"]


def test_a_file_no_program_opens_is_explained(qtbot, with_file, definisi, monkeypatch,
                                              warnings):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = open_dialog(qtbot, with_file, definisi)
    assert dialog.buka() is False
    assert warnings and "Tidak ada program untuk membuka rencana-kerja.pdf" in warnings[0]


def test_removing_the_answer_asks_first(qtbot, with_file, definisi, answer):
    dialog = open_dialog(qtbot, with_file, definisi)
    answer.question = QMessageBox.StandardButton.No
    assert dialog.hapus_jawaban() is False
    assert stored(with_file, definisi) is not None
    answer.question = QMessageBox.StandardButton.Yes
    assert dialog.hapus_jawaban() is True
    assert dialog.tindakan is Tindakan.DIHAPUS
    assert stored(with_file, definisi) is None
