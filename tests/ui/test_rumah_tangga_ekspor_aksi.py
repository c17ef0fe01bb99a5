"""The register export and template from a page: save dialog, the personal-data confirmation,
the worker, the message naming the file and its sheets; Batal and declining leave no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from kk_ekspor_uji import harapan, keluarga, lembar, simpan
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.ui import rumah_tangga_ekspor_aksi as aksi
from kks_desktop.ui.session import UiSession

SILURAH, SODONG = "33.25.01.2001", "33.25.01.2002"
WAIT = 20_000


@pytest.fixture
def page(qtbot, ws, make_desa):
    """A page over a workspace where Silurah has 150 households and Sodong none."""
    make_desa(ws, SILURAH, jumlah_kk=150)
    make_desa(ws, SODONG)
    simpan(ws, SILURAH, keluarga(150))
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    widget.session = UiSession(ws)
    return widget


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The save dialog answers tmp_path/keluar/<suggested name>; the confirmation answers
    `dialogs.reply`; what each asked is kept."""
    folder = tmp_path / "keluar"
    folder.mkdir()

    class Dialogs:
        def __init__(self) -> None:
            self.reply = QMessageBox.StandardButton.Yes
            self.suggested: list[str] = []
            self.asked: list[tuple[str, str]] = []
            self.save = True
            self.folder = folder

    answers = Dialogs()

    def save_name(parent, title, start, filter_):
        answers.suggested.append(Path(start).name)
        return (str(folder / Path(start).name), filter_) if answers.save else ("", "")

    def exec_(box):
        answers.asked.append((box.text(), box.informativeText()))
        return answers.reply

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return answers


def _box(qtbot, widget: QWidget, words: str) -> QMessageBox:
    """The message that says `words`, once it is shown."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in widget.findChildren(QMessageBox)
                    if words in b.text() and b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT)
    return found[0]


def test_export_asks_where_confirms_personal_data_and_tells_what_was_written(qtbot, page, dialogs):
    aksi.ekspor_kk(page, page.session, KodeWilayah.parse(SILURAH))
    assert dialogs.suggested == ["Data KK Desa Silurah.xlsx"]
    (question, detail), = dialogs.asked
    assert question == ("Berkas ini akan memuat nama kepala keluarga dan No. KK dari 150 rumah "
                        "tangga (KK) di Desa Silurah.")
    assert "data pribadi" in detail and "Data KK Desa Silurah.xlsx" in detail
    box = _box(qtbot, page, "tersimpan")
    target = dialogs.folder / "Data KK Desa Silurah.xlsx"
    assert box.text() == "Data KK tersimpan: Data KK Desa Silurah.xlsx"
    assert box.informativeText().startswith("150 KK di sheet “Data KK”; sheet Keterangan")
    assert [b.text() for b in box.buttons()].count("Buka &folder") == 1
    assert lembar(target)["Data KK"][1:] == harapan(page.session.workspace, SILURAH)
    box.close()


def test_declining_or_no_file_chosen_writes_nothing(qtbot, page, dialogs):
    dialogs.reply = QMessageBox.StandardButton.Cancel
    aksi.ekspor_kk(page, page.session, None)
    dialogs.save = False
    aksi.ekspor_kk(page, page.session, None)
    assert len(dialogs.asked) == 1  # no file chosen: nothing asked
    qtbot.wait(50)
    assert list(dialogs.folder.iterdir()) == []
    assert not aksi._BERJALAN


def test_batal_stops_the_export_and_leaves_no_file(qtbot, page, dialogs):
    aksi.ekspor_kk(page, page.session, KodeWilayah.parse("33.25.01"))
    tugas, = aksi._BERJALAN
    tugas.cancel()
    box = _box(qtbot, page, "Dibatalkan")
    assert box.text() == aksi.BATAL
    assert list(dialogs.folder.iterdir()) == []
    box.close()


def test_a_region_without_households_is_told_without_a_dialog(qtbot, page):
    aksi.ekspor_kk(page, page.session, KodeWilayah.parse(SODONG))  # no save dialog: it would fail
    box = _box(qtbot, page, "Belum ada data KK")
    assert box.text() == "Belum ada data KK di Desa Sodong; tidak ada yang diekspor."
    box.close()


def test_template_for_a_kecamatan(qtbot, page, dialogs):
    aksi.templat_kk(page, page.session, KodeWilayah.parse("33.25.01"))
    assert dialogs.suggested == ["Templat Data KK Kecamatan Wonotunggal.xlsx"]
    assert dialogs.asked == []  # a blank template holds no personal data: nothing to confirm
    box = _box(qtbot, page, "tersimpan")
    assert box.text() == "Templat data KK tersimpan: Templat Data KK Kecamatan Wonotunggal.xlsx"
    assert box.informativeText().startswith("250 baris disiapkan untuk 2 desa/kelurahan")
    rows = lembar(dialogs.folder / "Templat Data KK Kecamatan Wonotunggal.xlsx")["Data KK"]
    assert [r[0] for r in rows[1:]] == [SILURAH] * 150 + [SODONG] * 100
    box.close()
