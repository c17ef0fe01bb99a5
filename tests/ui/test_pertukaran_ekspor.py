"""The Ekspor tab: desa workbooks, rekap and templates written through the page, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from python_calamine import CalamineWorkbook

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import buku_desa
from kks_desktop.services.lembar_desa import SHEET_DESA, SHEET_RINGKASAN
from kks_desktop.ui.ekspor_panel import EksporPanel

BROKOH = KodeWilayah.parse("33.25.01.2007")
WAIT = 20_000


@pytest.fixture
def panel(qtbot, kecamatan_session):
    panel = EksporPanel(kecamatan_session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.fixture
def saved_as(monkeypatch, tmp_path):
    """Patch the save dialog: answers a file in tmp_path/keluar named as suggested; the
    suggestions are kept in `saved_as.asked`."""
    out = tmp_path / "keluar"
    out.mkdir()

    class Answer:
        def __init__(self) -> None:
            self.asked: list[tuple[str, str]] = []
            self.folder = out

    answer = Answer()

    def ask(parent, title, suggested, filter_):
        answer.asked.append((title, Path(suggested).name))
        return str(out / Path(suggested).stem), filter_  # without .xlsx: the panel adds it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return answer


def finish(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.ekspor_button.isEnabled() and panel.pesan.isVisible(),
                    timeout=WAIT)


def desa_rows(path: Path) -> list[list[object]]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(SHEET_DESA).to_python()
    header = next(i for i, row in enumerate(sheet) if "Kode Desa" in row)
    kode_col = sheet[header].index("Kode Desa")
    return [row for row in sheet[header + 1:] if isinstance(row[kode_col], str)
            and row[kode_col].startswith("33.")], kode_col


def test_one_desa_is_written_where_chosen_and_read_back(qtbot, panel, saved_as, monkeypatch,
                                                        kecamatan_session):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    panel.desa_combo.setCurrentIndex(panel.desa_combo.findData(str(BROKOH)))
    assert panel.ekspor_buku() is True
    finish(qtbot, panel)
    name = buku_desa.nama_berkas_desa(BROKOH, "Brokoh")
    assert saved_as.asked == [("Simpan buku kerja desa", name)]
    path = saved_as.folder / name
    assert [h.path for h in panel.hasil] == [path]
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[:2] == [SHEET_RINGKASAN, SHEET_DESA]
    rows, kode_col = desa_rows(path)
    assert [r[kode_col] for r in rows] == ["33.25.01.2007"]  # the code as text, dots kept
    total = sum(panel.hasil[0].baris.values())
    assert panel.pesan.label.text() == (f"Tersimpan: {name} ({total:,} baris).".replace(",", ".")
                                        + f"\nFolder: {saved_as.folder}")
    assert panel.pesan.buka_button.isVisible()
    panel.pesan.buka_button.click()
    assert opened == [QUrl.fromLocalFile(str(saved_as.folder))]
    ledger = kecamatan_session.workspace.pertukaran.exports()
    assert [(e.nama_berkas, e.jenis, e.desa_kode) for e in ledger] == [
        (name, "buku_desa", ("33.25.01.2007",))]


def test_all_desa_one_file_each_into_a_chosen_folder(qtbot, panel, monkeypatch, tmp_path,
                                                     kecamatan_session):
    folder = tmp_path / "per-desa"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a: str(folder)))
    assert panel.semua.text() == "&Semua desa dalam wilayah kerja (15 desa)"
    panel.semua.setChecked(True)
    assert not panel.desa_combo.isEnabled() and panel.per_desa.isChecked()
    assert panel.ekspor_buku() is True
    finish(qtbot, panel)
    ws = kecamatan_session.workspace
    expected = [buku_desa.nama_berkas_desa(d.kode, d.nama) for d in ws.desa.desa_list()]
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    assert [h.path.name for h in panel.hasil] == expected
    assert panel.pesan.label.text().startswith("15 buku kerja tersimpan (")
    assert expected[0] in panel.pesan.label.text()


def test_all_desa_in_one_workbook(qtbot, panel, saved_as):
    panel.semua.setChecked(True)
    panel.gabung.setChecked(True)
    assert panel.ekspor_buku() is True
    finish(qtbot, panel)
    assert saved_as.asked == [("Simpan buku kerja semua desa",
                               "Laporan Pokja Desa Sehat Wonotunggal (15 desa).xlsx")]
    rows, kode_col = desa_rows(panel.hasil[0].path)
    assert [r[kode_col] for r in rows] == sorted(r[kode_col] for r in rows)
    assert len(rows) == 15


def test_choosing_no_file_writes_nothing(qtbot, panel, monkeypatch, kecamatan_session):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert panel.ekspor_buku() is False
    assert panel.ekspor_button.isEnabled()
    assert kecamatan_session.workspace.pertukaran.exports() == []


def test_rekap_and_templates(qtbot, panel, saved_as, kecamatan_session):
    from kks_desktop.services.templat import JENIS_TEMPLAT

    assert panel.rekap_box.isVisibleTo(panel)
    assert [panel.rekap_combo.itemText(i) for i in range(panel.rekap_combo.count())] == [
        "Wonotunggal (semua desa)"]
    assert panel.ekspor_rekap() is True
    finish(qtbot, panel)
    rekap = panel.hasil[0].path
    assert rekap.exists() and saved_as.asked[-1][1] == "Rekap Desa Sehat Wonotunggal.xlsx"
    labels = [panel.templat_combo.itemText(i) for i in range(panel.templat_combo.count())]
    assert labels == list(JENIS_TEMPLAT.values())
    panel.templat_combo.setCurrentIndex(labels.index("Peserta kegiatan"))
    assert panel.simpan_templat() is True
    finish(qtbot, panel)
    assert saved_as.asked[-1] == ("Simpan templat kosong", "Templat Peserta kegiatan.xlsx")
    assert (saved_as.folder / "Templat Peserta kegiatan.xlsx").exists()
    kinds = [e.jenis for e in kecamatan_session.workspace.pertukaran.exports()]
    assert kinds[1] == "rekap"


def test_a_failed_export_says_why(qtbot, panel, monkeypatch, tmp_path):
    taken = tmp_path / "x.xlsx"
    taken.mkdir()  # a folder holds the name: the workbook cannot be put there
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(taken), "")))
    assert panel.ekspor_buku() is True
    finish(qtbot, panel)
    assert panel.hasil == []
    assert "tidak dapat dibuka atau ditulis" in panel.pesan.label.text()
    assert not panel.pesan.buka_button.isVisible()
    assert taken.is_dir() and list(taken.iterdir()) == []
