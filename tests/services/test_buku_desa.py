"""The desa workbook as a file: read back with python-calamine and openpyxl (types, formula-safe
text, hidden keys, print setup, JUMLAH rows, `_meta`), the ledger and base rows, cancelling and
failing without leaving a file, one workbook per desa."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from test_buku_desa_baris import FORMULA, SILURAH, SODONG, Contoh, buat_contoh

from kks_desktop import __version__
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import Cancelled, DesaNotFound
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.domain.sinkron import kunci_dasar, nilai_tukar
from kks_desktop.services import lembar_desa
from kks_desktop.services.buku_desa import (
    ekspor_desa,
    ekspor_per_desa,
    nama_berkas_desa,
    versi_skema,
)
from kks_desktop.services.buku_desa_baris import baris_buku, kunci_baris
from kks_desktop.services.pengaturan import set_kertas
from kks_desktop.services.workspace import Workspace

SHEETS = ["Ringkasan", *(s.nama for s in lembar_desa.data_sheets()), "_meta"]
HEADER = 3  # the header's index in a sheet's rows (title, subtitle, blank line, header)


@pytest.fixture
def contoh(ws: Workspace, make_desa: Callable[..., Desa],
           make_laporan: Callable[..., LaporanSanitasi]) -> Contoh:
    return buat_contoh(ws, make_desa, make_laporan)


def calamine_rows(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def by_header(rows: list[list[Any]]) -> list[dict[str, Any]]:
    """The data rows under the header as header → value (the JUMLAH row left out)."""
    head = rows[HEADER]
    return [dict(zip(head, r, strict=True)) for r in rows[HEADER + 1:] if r[1] != "JUMLAH"]


def test_one_desa_workbook_read_back_by_calamine_with_its_types(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    result = ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx")
    book = CalamineWorkbook.from_path(str(result.path))
    assert book.sheet_names == SHEETS
    assert [str(s.visible).rsplit(".", 1)[-1] for s in book.sheets_metadata][-2:] == ["Visible", "Hidden"]
    (desa,) = by_header(calamine_rows(result.path, "Desa dan Pokja"))
    assert (desa["Kode Desa"], desa["Tanggal SK Pokja"], desa["Jumlah KK"], desa["Sekretariat Ada"],
            desa["Tatanan Dipilih"], desa["Catatan"]) == (
        "33.25.01.2001", dt.date(2024, 7, 2), 200.0, "Ya", "Pasar\nPariwisata",
        "Catatan desa  \nbaris kedua")
    peserta = by_header(calamine_rows(result.path, "Peserta"))
    assert [(p["Nama"], p["Tanggal Kegiatan"], p["Kode Desa"], p["Hadir Hari ke-"])
            for p in peserta] == [
        # A session held higher up carries this desa's part of its list in name order.
        ("Budi Santoso", dt.date(2025, 6, 10), "33.25.01.2001", "2"),
        ("Siti Aminah", dt.date(2025, 6, 10), "33.25.01.2001", "1, 2"),
        ("Siti Aminah", dt.date(2025, 1, 20), "33.25.01.2001", "1"),
        (FORMULA, dt.date(2025, 1, 20), "33.25.01.2001", "")]
    sanitasi = by_header(calamine_rows(result.path, "Sanitasi"))
    assert [(s["Periode"], s["Total KK"], s["% Akses Layak"]) for s in sanitasi] == [
        ("09/2025", 200.0, 0.9), ("10/2025", 200.0, 0.95)]
    prepost = by_header(calamine_rows(result.path, "Pre-Post"))
    assert [(p["Pre-test"], p["Post-test"], p["Selisih"], p["Lulus"]) for p in prepost] == [
        ("", "", "", ""), (60.0, 70.0, 10.0, "Tidak")]
    kesiapan = by_header(calamine_rows(result.path, "Kesiapan"))
    answered = next(k for k in kesiapan if k["Kode Butir"] == "rencana_kerja")
    assert (answered["Siklus"], answered["Jawaban"], answered["Tanggal Dokumen"],
            answered["Berkas Bukti"]) == (2025.0, "Ada", dt.date(2025, 2, 1), "rk.pdf")


def _column(sheet: Any, header: str) -> str:
    return next(c.column_letter for c in sheet[HEADER + 1] if c.value == header)


def test_cells_typed_formula_safe_with_hidden_keys_read_by_openpyxl(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    path = ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx").path
    wb = load_workbook(path)
    desa = wb["Desa dan Pokja"]
    kode, tanggal, kk = (desa[f"{_column(desa, h)}5"] for h in
                         ("Kode Desa", "Tanggal SK Pokja", "Jumlah KK"))
    assert (kode.value, kode.data_type) == ("33.25.01.2001", "s")
    assert (tanggal.value.date(), tanggal.number_format) == (dt.date(2024, 7, 2), "DD/MM/YYYY")
    assert (kk.value, kk.data_type, kk.number_format) == (200, "n", "#,##0")
    peserta = wb["Peserta"]
    name = peserta[f"{_column(peserta, 'Nama')}8"]
    assert (name.value, name.data_type, name.quotePrefix) == (FORMULA, "s", True)
    uuid_col = _column(peserta, "uuid")
    assert peserta.column_dimensions[uuid_col].hidden
    assert peserta.column_dimensions[_column(peserta, "uuid kegiatan")].hidden
    assert not peserta.column_dimensions[_column(peserta, "Nama")].hidden
    expected = [r["uuid"] for r in baris_buku(ws, [SILURAH])["Peserta"]]
    assert [peserta[f"{uuid_col}{r}"].value for r in range(5, 9)] == expected
    for sheet in (wb[name] for name in SHEETS[1:-1]):
        assert sheet.freeze_panes == "B5"
        assert sheet.auto_filter.ref.startswith("A4:")
        assert sheet.print_title_rows == "$4:$4"
    for sheet in (wb[name] for name in SHEETS[:-1]):
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape", 9, 1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddFooter.center.text == "Halaman &P dari &N"
    assert wb["_meta"].sheet_state == "hidden"


def test_jumlah_rows_sum_the_counted_columns(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    path = ekspor_desa(ws, [SILURAH, SODONG], tmp_path / "dua.xlsx").path
    kegiatan = calamine_rows(path, "Kegiatan")
    total = kegiatan[-1]
    assert total[1] == "JUMLAH"
    assert total[kegiatan[HEADER].index("Peserta dalam Buku Ini")] == 7.0  # 3 + 2 + 2
    desa = calamine_rows(path, "Desa dan Pokja")
    assert desa[-1][1] == "JUMLAH"
    assert desa[-1][desa[HEADER].index("Jumlah KK")] == 200.0
    assert calamine_rows(path, "Peserta")[-1][1] != "JUMLAH"  # nothing summed there


def test_meta_ledger_and_base_rows(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    result = ekspor_desa(ws, [SODONG, SILURAH], tmp_path / "dua.xlsx")
    rows = baris_buku(ws, [SILURAH, SODONG])
    counts = {name: len(v) for name, v in rows.items()}
    meta = dict(calamine_rows(result.path, "_meta"))
    assert {k: v for k, v in meta.items() if k not in ("ekspor_uuid", "waktu")} == {
        "format": "kks-desktop-buku-desa", "versi_format": lembar_desa.FORMAT_VERSION,
        "program": "KKS Desktop", "versi_program": __version__, "versi_skema": str(versi_skema()),
        "lingkup": "", "desa_kode": "33.25.01.2001,33.25.01.2002", "kertas": "A4",
        **{f"baris:{k}": str(v) for k, v in counts.items()}}
    assert meta["ekspor_uuid"] == result.uuid
    assert dt.datetime.strptime(meta["waktu"], "%Y-%m-%dT%H:%M:%S.%fZ")
    assert result.baris == counts and result.desa_kode == ("33.25.01.2001", "33.25.01.2002")
    digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
    (logged,) = ws.pertukaran.exports()
    assert (logged.uuid, logged.jenis, logged.nama_berkas, logged.sha256, logged.desa_kode,
            logged.baris, logged.waktu) == (result.uuid, "buku_desa", "dua.xlsx", digest,
                                           result.desa_kode, counts, meta["waktu"])
    assert result.sha256 == digest
    assert ws.pertukaran.last_export_of("33.25.01.2002") == logged
    expected = {kunci_dasar(lembar, kunci_baris(lembar, row)): nilai_tukar(lembar, row)
                for lembar in lembar_desa.data_sheets() for row in rows[lembar.nama]}
    stored = ws.pertukaran.dasar(expected)
    assert len(expected) == sum(counts.values())
    assert stored == _as_json(expected)
    assert stored["Kesiapan:2025:33.25.01.2001:rencana_kerja"]["nomor"] == "12/RK/2025"


def _as_json(values: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Values as they come back from the ledger's JSON (tuples as lists)."""
    return dict(json.loads(json.dumps(values)))


def test_exporting_twice_gives_the_same_cells_except_meta(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    first = ekspor_desa(ws, [SILURAH, SODONG], tmp_path / "a.xlsx").path
    second = ekspor_desa(ws, [SILURAH, SODONG], tmp_path / "b.xlsx").path
    for sheet in SHEETS[:-1]:
        assert calamine_rows(first, sheet) == calamine_rows(second, sheet), sheet
    assert calamine_rows(first, "_meta") != calamine_rows(second, "_meta")
    assert len(ws.pertukaran.exports()) == 2


def _nothing_left(ws: Workspace, folder: Path, target: Path) -> None:
    assert not target.exists()
    assert [p.name for p in folder.iterdir()] == []  # no temporary file either
    assert ws.pertukaran.exports() == []
    rows = baris_buku(ws, [SILURAH])
    keys = [kunci_dasar(lem, kunci_baris(lem, r)) for lem in lembar_desa.data_sheets()
            for r in rows[lem.nama]]
    assert ws.pertukaran.dasar(keys) == {}


def test_cancelling_at_any_check_leaves_no_file_and_records_nothing(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    asked: list[int] = []

    def count() -> bool:
        asked.append(1)
        return False

    ekspor_desa(ws, [SILURAH], tmp_path / "probe" / "x.xlsx", batal=count)
    ws.pertukaran.db.execute("DELETE FROM ekspor_log")
    ws.pertukaran.db.execute("DELETE FROM sinkron_dasar")
    assert len(asked) >= 10  # between the reading steps and every sheet
    for stop_at in range(1, len(asked) + 1):
        def batal(stop: int = stop_at, calls: list[int] = [0]) -> bool:  # noqa: B006
            calls[0] += 1
            return calls[0] >= stop

        folder = tmp_path / f"batal{stop_at}"
        folder.mkdir()
        target = folder / "silurah.xlsx"
        with pytest.raises(Cancelled):
            ekspor_desa(ws, [SILURAH], target, batal=batal)
        _nothing_left(ws, folder, target)


def test_an_unwritable_folder_leaves_no_file_and_records_nothing(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        ekspor_desa(ws, [SILURAH], blocker / "silurah.xlsx")
    assert ws.pertukaran.exports() == []
    assert blocker.read_text() == "a file where the folder should be"


def test_a_failed_ledger_write_takes_the_file_away_again(
        ws: Workspace, contoh: Contoh, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(values: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ws.pertukaran, "put_dasar", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        ekspor_desa(ws, [SILURAH], folder / "silurah.xlsx")
    monkeypatch.undo()
    _nothing_left(ws, folder, folder / "silurah.xlsx")


def test_progress_counts_up_to_its_total(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    ekspor_desa(ws, [SILURAH], tmp_path / "x.xlsx", progress=lambda d, t: seen.append((d, t)))
    total = seen[0][1]
    assert seen == [(n, total) for n in range(1, total + 1)]
    assert total == len(lembar_desa.data_sheets()) + 3


def test_one_workbook_per_desa(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    results = ekspor_per_desa(ws, [SODONG, SILURAH], tmp_path / "per",
                              progress=lambda d, t: seen.append((d, t)))
    assert [r.path.name for r in results] == [
        "Laporan Pokja Desa Sehat 33.25.01.2001 Silurah.xlsx",
        "Laporan Pokja Desa Sehat 33.25.01.2002 Sodong.xlsx"]
    assert seen == [(1, 2), (2, 2)]
    assert [r.desa_kode for r in results] == [("33.25.01.2001",), ("33.25.01.2002",)]
    for result in results:
        (desa,) = by_header(calamine_rows(result.path, "Desa dan Pokja"))
        assert desa["Kode Desa"] == result.desa_kode[0]
        assert dict(calamine_rows(result.path, "_meta"))["desa_kode"] == result.desa_kode[0]
    sodong = by_header(calamine_rows(results[1].path, "Peserta"))
    assert [(p["Kegiatan"], p["Nama"]) for p in sodong] == [
        ("Sosialisasi STBM", "Agus"), ("Rapat Pokja Sodong", "Tamu dari Silurah"),
        ("Rapat Pokja Sodong", "Agus")]
    assert [c.uuid for c in ws.pertukaran.exports()] == [r.uuid for r in reversed(results)]


def test_cancelling_one_per_desa_keeps_the_finished_workbooks(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    done: list[int] = []
    with pytest.raises(Cancelled):
        ekspor_per_desa(ws, [SILURAH, SODONG], tmp_path / "per",
                        progress=lambda d, t: done.append(d), batal=lambda: bool(done))
    assert sorted(p.name for p in (tmp_path / "per").iterdir()) == [
        "Laporan Pokja Desa Sehat 33.25.01.2001 Silurah.xlsx"]
    assert [c.desa_kode for c in ws.pertukaran.exports()] == [("33.25.01.2001",)]


def test_file_names_keep_to_what_every_disk_accepts() -> None:
    assert nama_berkas_desa(SILURAH, "Silurah") == (
        "Laporan Pokja Desa Sehat 33.25.01.2001 Silurah.xlsx")
    assert nama_berkas_desa(SILURAH, 'Kali/Wungu: "Baru"?  ') == (
        "Laporan Pokja Desa Sehat 33.25.01.2001 Kali-Wungu- -Baru--.xlsx")
    assert nama_berkas_desa(SILURAH, " .. ") == "Laporan Pokja Desa Sehat 33.25.01.2001.xlsx"


def test_f4_paper_chosen_in_pengaturan(ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    set_kertas(ws, Kertas.F4)
    path = ekspor_desa(ws, [SILURAH], tmp_path / "f4.xlsx").path
    wb = load_workbook(path)
    assert {wb[name].page_setup.paperSize for name in SHEETS[:-1]} == {14}
    assert dict(calamine_rows(path, "_meta"))["kertas"] == "F4"


def _plain(value: Any) -> Any:
    """An openpyxl value as calamine gives it: numbers as floats, datetimes as dates, "" for
    an empty cell."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


def test_both_readers_find_the_same_values_on_every_sheet(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    path = ekspor_desa(ws, [SILURAH, SODONG], tmp_path / "dua.xlsx").path
    wb = load_workbook(path)
    for name in SHEETS:
        theirs = calamine_rows(path, name)
        sheet = wb[name]
        mine = [[_plain(c.value) for c in row] for row in sheet.iter_rows(
            max_col=len(theirs[0]) if theirs else None)]
        assert mine == theirs, name
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    codes = [r[1] for r in calamine_rows(path, "Desa dan Pokja")[HEADER + 1:-1]]
    assert codes == ["33.25.01.2001", "33.25.01.2002"]


def test_an_unknown_desa_stops_the_per_desa_export_before_any_file(
        ws: Workspace, contoh: Contoh, tmp_path: Path) -> None:
    with pytest.raises(DesaNotFound):
        ekspor_per_desa(ws, [SILURAH, KodeWilayah.parse("33.25.01.2003")], tmp_path / "per")
    assert not (tmp_path / "per").exists()
    assert ws.pertukaran.exports() == []
