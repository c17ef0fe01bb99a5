"""The Pulihkan dialog on real backups: what an older, a newer and a damaged backup hold against the
current data, which of them it lets restore, and a picked file that is no backup."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from berkas_uji import damage, make_older, mark_newer
from PySide6.QtWidgets import QApplication, QFileDialog

from kks_desktop import __version__
from kks_desktop.services import cadangan
from kks_desktop.store.schema import SCHEMA_VERSION
from kks_desktop.ui.pulih_dialog import PulihDialog

NOW = dt.datetime(2026, 11, 22, 9, 15)
SHOTS = Path("/tmp/shots7/h3")


def shot(dialog, name: str) -> None:
    QApplication.processEvents()  # let the layout follow the texts just set
    dialog.grab().save(str(SHOTS / name))


def column(table, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


@pytest.fixture
def backups(ws, make_desa, tmp_path):
    """In the backups folder: a good one (1 desa, this morning), an older-version one, a newer
    one and a damaged one (2 desa each); the workspace then holds 3 desa."""
    make_desa(ws, "33.25.01.2001")
    good = cadangan.buat(ws, now=NOW - dt.timedelta(hours=1))
    make_desa(ws, "33.25.01.2002")
    made = {"baik": good.path}
    for n, (name, spoil) in enumerate((("lama", make_older), ("baru", mark_newer),
                                        ("rusak", damage))):
        info = cadangan.buat(ws, now=NOW - dt.timedelta(days=3 + n))
        made[name] = info.path.with_name(f"kks-{name}.db")
        spoil(info.path.rename(made[name]))
    make_desa(ws, "33.25.01.2003")
    return made


def open_dialog(qtbot, ws, path: Path | None = None) -> PulihDialog:
    dialog = PulihDialog(cadangan.folder_cadangan(ws), ws.health().counts, now=NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        dialog.list.selectRow([b.path for b in dialog.backups].index(path))
    return dialog


def test_lists_the_backups_newest_first_with_their_facts(qtbot, ws, backups):
    dialog = open_dialog(qtbot, ws)
    assert column(dialog.list, 6) == ["kks-manual-20261122-081500.db", "kks-lama.db",
                                      "kks-baru.db", "kks-rusak.db"]
    assert column(dialog.list, 0) == ["hari ini 08.15", "19/11/2026 09.15", "18/11/2026 09.15",
                                      "17/11/2026 09.15"]
    assert column(dialog.list, 3) == [str(SCHEMA_VERSION), str(SCHEMA_VERSION - 1),
                                      str(SCHEMA_VERSION + 1), str(SCHEMA_VERSION)]
    assert column(dialog.list, 4) == ["utuh", "utuh", "utuh", "RUSAK"]
    assert dialog.terpilih().path == backups["baik"]  # the newest is chosen to begin with
    assert column(dialog.compare, 0) == ["Desa", "Anggota Pokja", "Laporan sanitasi",
                                         "Jalur ODF", "Kegiatan", "Peserta", "Jawaban kesiapan"]
    assert column(dialog.compare, 1)[0] == "1" and column(dialog.compare, 2)[0] == "3"
    assert dialog.compare.item(0, 1).toolTip() == ("Cadangan berisi lebih sedikit data daripada "
                                                   "sekarang")
    assert "Dibuat: hari ini 08.15 · dibuat manual" in dialog.facts.text()
    assert f"KKS Desktop {__version__}, skema {SCHEMA_VERSION}" in dialog.facts.text()
    assert "utuh (pemeriksaan keutuhan lulus)" in dialog.facts.text()
    assert dialog.verdict.text() == "Cadangan utuh dan dapat dipulihkan."
    assert "keadaan data sekarang dicadangkan dahulu" in dialog.note.text()
    assert dialog.restore_button.isEnabled()


def test_an_older_backup_can_be_restored_and_says_it_will_be_brought_up_to_date(
        qtbot, ws, backups):
    dialog = open_dialog(qtbot, ws, backups["lama"])
    assert column(dialog.compare, 1)[0] == "2"
    assert (f"skema {SCHEMA_VERSION - 1} (program ini: skema {SCHEMA_VERSION})"
            in dialog.facts.text())
    assert dialog.verdict.text().startswith(f"Cadangan utuh, dari versi lama (skema "
                                            f"{SCHEMA_VERSION - 1}; program ini skema "
                                            f"{SCHEMA_VERSION}). Setelah dipulihkan, datanya "
                                            "diperbarui ke versi ini secara otomatis")
    assert dialog.restore_button.isEnabled()
    shot(dialog, "pulih-cadangan-lama.png")


def test_a_newer_backup_is_refused_with_the_reason(qtbot, ws, backups):
    dialog = open_dialog(qtbot, ws, backups["baru"])
    assert dialog.verdict.text() == (
        f"Cadangan ini dibuat oleh KKS Desktop versi {__version__} (skema "
        f"{SCHEMA_VERSION + 1}); program ini versi {__version__} hanya mengenal skema "
        f"{SCHEMA_VERSION}. Perbarui KKS Desktop dahulu untuk memulihkannya. Tidak ada yang "
        "diubah.")
    assert not dialog.restore_button.isEnabled()
    dialog.accept()
    assert dialog.result() == 0  # Enter on a refused backup does not accept it
    shot(dialog, "pulih-cadangan-baru.png")


def test_a_damaged_backup_is_refused_with_the_reason(qtbot, ws, backups):
    dialog = open_dialog(qtbot, ws, backups["rusak"])
    assert "Keutuhan: <b>RUSAK</b>: pemeriksaan keutuhan menemukan 2 masalah" in dialog.facts.text()
    assert "missing from index sqlite_autoindex_desa_1" in dialog.facts.toolTip()
    assert dialog.verdict.text().startswith("Cadangan ini rusak: pemeriksaan keutuhan "
                                            "menemukan ")
    assert dialog.verdict.text().endswith(" masalah. Cadangan yang rusak tidak dipulihkan; "
                                          "pilih cadangan lain. Tidak ada yang diubah.")
    assert not dialog.restore_button.isEnabled()
    shot(dialog, "pulih-cadangan-rusak.png")


def test_a_backup_picked_from_a_usb_stick_is_added_and_chosen(qtbot, ws, backups, tmp_path,
                                                             monkeypatch):
    usb = tmp_path / "FLASHDISK"
    usb.mkdir()
    copy = Path(shutil.copyfile(backups["baik"], usb / "dari flashdisk.db"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    dialog = open_dialog(qtbot, ws)
    dialog.pick_button.click()
    assert dialog.terpilih().path == copy
    assert column(dialog.list, 6)[0] == "dari flashdisk.db"
    dialog.pick_button.click()  # the same file again is not listed twice
    assert column(dialog.list, 6).count("dari flashdisk.db") == 1


def test_a_picked_file_that_is_no_backup_is_explained_and_cannot_be_restored(
        qtbot, ws, backups, tmp_path, monkeypatch):
    photo = tmp_path / "foto.db"
    photo.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(photo), "")))
    dialog = open_dialog(qtbot, ws)
    dialog.pick_button.click()
    assert dialog.verdict.text() == f"Berkas {photo} bukan berkas data KKS Desktop. Berkas tidak diubah."
    assert not dialog.restore_button.isEnabled()
    assert photo not in [b.path for b in dialog.backups]


def test_without_a_workspace_to_compare_only_the_backup_is_shown(qtbot, tmp_path):
    dialog = PulihDialog(tmp_path / "cadangan", None, note="Berkas rusak tidak dihapus.", now=NOW)
    qtbot.addWidget(dialog)
    assert dialog.compare.columnCount() == 2
    assert dialog.empty_label.text() == "Belum ada cadangan di folder ini."
    assert not dialog.restore_button.isEnabled()
    assert dialog.note.text() == "Berkas rusak tidak dihapus."
