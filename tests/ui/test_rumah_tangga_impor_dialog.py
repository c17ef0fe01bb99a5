"""The household (KK) import dialog: choose a file, its dry run per desa with findings, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from kk_uji import tulis_buku
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.ui.rumah_tangga_impor_dialog import TANPA_DESA, ImporKKDialog, impor_kk

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
WAIT = 20_000
SHOTS = Path("/tmp/shots8/impor")


@pytest.fixture
def dua(ws, make_desa, session):
    make_desa(ws, SILURAH)
    make_desa(ws, SODONG)
    return session


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def _choose(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(path) if path else "", "")))


def _table(dialog: ImporKKDialog) -> list[list[str]]:
    t = dialog.per_desa
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _temuan(dialog: ImporKKDialog) -> list[tuple[str, str]]:
    m = dialog.temuan_model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def _households(ws, kode):
    return sorted((r.nama_kepala, r.no_kk, r.tangga) for r in ws.rumah_tangga.semua_desa(
        ws.rumah_tangga.desa_id(kode)))


def _shot(dialog: QDialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / name))


@pytest.fixture
def kader(tmp_path) -> Path:
    return tulis_buku(tmp_path / "buku kader.xlsx", {"Rekap KK": [
        ["REKAP DATA JAMBAN KELUARGA"], [None],
        ["No", "Desa", "RT/RW", "No KK", "Nama KK", "Jml Jiwa", "Akses jamban", "Keterangan"],
        [1, "Silurah", "001/002", "3325010101250001", "Sutrisno", 4, "JSP", "rumah baru"],
        [2, "Silurah", "002/002", 3325010101250002, "Siti Aminah", 5, "OD", None],
        [3, "Sodong", "3/1", "3325010101250003", "Darto", "lima", "Aman", None],
        [4, "Sukamaju", "1/1", "", "Suparmi", 2, "Sharing", None],
        [5, "Sodong", "4/1", "3325010101250005", "Wahyuni", 3, "BABS", None],
        [6, "Sodong", "4/1", "", "Bambang", 3, "Belum layak", None],
    ]})


def test_plan_shows_counts_per_desa_findings_and_ignored_columns_then_imports_valid_rows(
        qtbot, monkeypatch, dua, parent, kader, ws):
    _choose(monkeypatch, kader)
    seen: dict[str, object] = {}

    def drive(dialog: ImporKKDialog) -> int:
        qtbot.waitUntil(lambda: dialog.rencana is not None, timeout=WAIT)
        dialog.show()
        seen["table"] = _table(dialog)
        seen["temuan"] = _temuan(dialog)
        seen["diabaikan"] = dialog.diabaikan.text()
        seen["impor"] = dialog.impor_button.isEnabled()
        seen["status"] = dialog.status.text()
        seen["desa"] = dialog.desa_box.isVisible()
        _shot(dialog, "rencana-dengan-masalah.png")
        dialog.hanya_sah.setChecked(True)
        seen["status sah"] = dialog.status.text()
        with qtbot.waitSignal(dialog.selesai, timeout=WAIT):
            assert dialog.impor()
        seen["hasil"] = dialog.status.text()
        _shot(dialog, "hasil.png")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporKKDialog, "exec", drive)
    assert impor_kk(parent, dua, None) is True
    assert seen["table"] == [["33.25.01.2001", "Silurah", "2", "0", "0", "0"],
                             ["33.25.01.2002", "Sodong", "1", "0", "0", "2"],
                             ["–", "(desa tidak dikenali)", "0", "0", "0", "1"]]
    assert seen["temuan"] == [
        ("⚠ Sheet Rekap KK, baris 5, kolom No KK", "No. KK di 1 baris (mis. baris 5) tersimpan "
         "sebagai angka, bukan teks. Excel hanya menyimpan 15 angka pertama sebuah angka, "
         "sehingga angka terakhir No. KK yang diketik di Excel menjadi 0. Periksa angka "
         "terakhirnya; agar utuh, format kolom No. KK sebagai Teks lalu ketik ulang nomornya "
         "(peringatan)"),
        ("✖ Sheet Rekap KK, baris 6, kolom Jml Jiwa", "“lima” bukan bilangan bulat (contoh: 1.234)"),
        ("✖ Sheet Rekap KK, baris 7, kolom Desa", "desa “Sukamaju” tidak terdaftar di data ini; "
         "daftarkan desanya dahulu atau perbaiki isiannya"),
        ("✖ Sheet Rekap KK, baris 8, kolom Akses jamban", "“BABS” tidak ada dalam pilihan (Akses "
         "aman, Akses layak, Layak bersama (sharing), Belum layak, BABS tertutup, BABS terbuka "
         "(atau JSP, JSSP, Sharing, OD))")]
    assert seen["diabaikan"] == ("Kolom yang tidak dibaca (tidak dikenali sebagai kolom data KK): "
                                 "Rekap KK kolom A “No”; Rekap KK kolom H “Keterangan”")
    assert seen["impor"] is False and seen["desa"] is False
    assert str(seen["status"]).startswith("Berkas berisi 3 kesalahan; tidak ada yang diimpor")
    assert str(seen["status sah"]).startswith("Akan ditulis: 3 baru; 3 baris berkesalahan "
                                              "dilewati. Sebelum menyimpan, data dicadangkan")
    assert seen["hasil"] == "Tersimpan 3 KK (3 baru). 3 baris berkesalahan dilewati."
    assert _households(ws, SILURAH) == [("Siti Aminah", "3325010101250002", Rung.BABS_TERBUKA),
                                        ("Sutrisno", "3325010101250001", Rung.LAYAK)]
    assert _households(ws, SODONG) == [("Bambang", "", Rung.BELUM_LAYAK)]


def test_a_file_without_desa_takes_the_desa_chosen_in_the_dialog(
        qtbot, monkeypatch, dua, parent, tmp_path, ws):
    path = tulis_buku(tmp_path / "satu desa.xlsx", {"KK": [
        ["Nama Kepala Keluarga", "RT", "RW", "Tanggal"], ["Darto", "1", "2", dt.date(2025, 5, 1)],
        ["Suparmi", "1", "2", "1/5/2025"]]})
    _choose(monkeypatch, path)
    seen: dict[str, object] = {}

    def drive(dialog: ImporKKDialog) -> int:
        qtbot.waitUntil(lambda: dialog.rencana is not None, timeout=WAIT)
        dialog.show()
        seen["pilihan"] = dialog.desa.currentText()
        seen["desa"] = dialog.desa_box.isVisible()
        seen["impor"] = dialog.impor_button.isEnabled()
        seen["temuan"] = _temuan(dialog)
        with qtbot.waitSignal(dialog.siap, timeout=WAIT):
            dialog.desa.setCurrentIndex(dialog.desa.findData(str(SODONG)))
            dialog.desa.activated.emit(dialog.desa.currentIndex())
        seen["table"] = _table(dialog)
        _shot(dialog, "pilih-desa.png")
        with qtbot.waitSignal(dialog.selesai, timeout=WAIT):
            dialog.impor_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporKKDialog, "exec", drive)
    assert impor_kk(parent, dua, None) is True
    assert seen["pilihan"] == TANPA_DESA and seen["desa"] is True and seen["impor"] is False
    assert seen["temuan"] == [("✖ Sheet KK", "sheet ini tidak menyebut desa. Pilih desa/kelurahan "
                                            "untuk seluruh isinya (di baris perintah: --desa KODE)")]
    assert seen["table"] == [["33.25.01.2002", "Sodong", "2", "0", "0", "0"]]
    assert _households(ws, SODONG) == [("Darto", "", None), ("Suparmi", "", None)]


def test_the_pages_desa_is_the_default_and_a_second_import_writes_nothing(
        qtbot, monkeypatch, dua, parent, tmp_path, ws):
    path = tulis_buku(tmp_path / "satu desa.xlsx", {"KK": [["Nama KK"], ["Darto"]]})
    _choose(monkeypatch, path)
    texts: list[str] = []

    def drive(dialog: ImporKKDialog) -> int:
        qtbot.waitUntil(lambda: dialog.rencana is not None, timeout=WAIT)
        texts.append(dialog.status.text())
        if dialog.impor_button.isEnabled():
            with qtbot.waitSignal(dialog.selesai, timeout=WAIT):
                dialog.impor_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImporKKDialog, "exec", drive)
    assert impor_kk(parent, dua, SILURAH) is True
    assert impor_kk(parent, dua, SILURAH) is False
    assert texts[1] == ("Tidak ada yang perlu diimpor: semua KK di berkas sudah sama dengan data "
                        "di sini.")
    assert _households(ws, SILURAH) == [("Darto", "", None)]


def test_no_file_chosen_or_a_file_that_is_no_workbook(qtbot, monkeypatch, dua, parent, tmp_path):
    _choose(monkeypatch, None)
    assert impor_kk(parent, dua, None) is False
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("Nama KK;RT\nDarto;1\n")
    _choose(monkeypatch, bad)
    seen: list[tuple[str, bool]] = []

    def drive(dialog: ImporKKDialog) -> int:
        qtbot.waitUntil(lambda: not dialog.sibuk, timeout=WAIT)
        seen.append((dialog.status.text(), dialog.impor_button.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImporKKDialog, "exec", drive)
    assert impor_kk(parent, dua, None) is False
    assert seen == [("Berkas bukan.xlsx tidak dibaca: bukan buku kerja Excel (.xlsx). Simpan ulang "
                     "dari Excel sebagai “Buku Kerja Excel (*.xlsx)”. Data tidak diubah.", False)]


def test_batal_during_the_dry_run_stops_it_and_closing_waits_for_it(qtbot, dua, parent, tmp_path):
    rows = [["Kode desa", "Nama KK"]] + [["33.25.01.2001", f"KK {n}"] for n in range(3000)]
    path = tulis_buku(tmp_path / "besar.xlsx", {"KK": rows})
    dialog = ImporKKDialog(dua, path, None, parent)
    qtbot.addWidget(dialog)
    dialog.batalkan()  # nothing under way: nothing happens
    dialog.show()
    with qtbot.waitSignal(dialog.siap, timeout=WAIT):
        dialog.mulai()
        _shot(dialog, "memeriksa.png")
        dialog.reject()  # asks the work to stop; the dialog stays until it has
        assert dialog.sibuk and not dialog.batal_button.isEnabled()
    assert dialog.rencana is None
    assert dialog.status.text() == "Pemeriksaan dibatalkan. Tidak ada yang disimpan."
