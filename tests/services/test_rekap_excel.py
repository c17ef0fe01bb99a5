"""The rekap workbook: a row per desa grouped by kecamatan, subtotals, award gates and a native chart."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kesiapan import Tingkat
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.domain.pokja import Pokja
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import kesiapan_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.rekap_excel import ekspor_rekap
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.pertukaran_store import CatatanImpor

K = KodeWilayah.parse
D = dt.date
TIM = (AnggotaTim("Retno"), AnggotaTim("Sugiyanto"), AnggotaTim("Hartono"))
HEAD = ["No", "Kode Desa", "Desa/Kelurahan", "Kecamatan", "Status ODF", "Verifikasi Lulus",
        "Deklarasi ODF", "% Akses Layak", "% CTPS", "% PAMM-RT", "% PS-RT", "% PLC-RT",
        "Desa STBM", "Nomor SK Pokja", "Tanggal SK Pokja", "Skor Kesiapan", "Laporan Terakhir",
        "Buku Kerja Diterima"]


def _sheet(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(path).get_sheet_by_name(name).to_python(
        skip_empty_area=False)


@pytest.fixture
def three(ws: Workspace, make_desa: Callable[..., Desa],
          make_laporan: Callable[..., LaporanSanitasi]) -> Workspace:
    """A kabupaten workspace with three desa in two kecamatan: one ODF, one triggered, one
    with nothing yet; one workbook received from the third."""
    ws.set_scope(Scope(ScopeLevel.KABUPATEN, K("33.25"), "Kabupaten Batang"))
    silurah = make_desa(ws, "33.25.01.2001").kode
    sodong = make_desa(ws, "33.25.01.2002").kode
    make_desa(ws, "33.25.02.2001")  # Tombo, kecamatan Bandar: nothing recorded yet
    for event in (OdfEvent(JenisOdf.PEMICUAN, D(2025, 1, 10)),
                  OdfEvent(JenisOdf.VERIFIKASI, D(2025, 1, 30), tim=TIM, hasil=Hasil.GAGAL),
                  OdfEvent(JenisOdf.VERIFIKASI, D(2025, 2, 18), tim=TIM, hasil=Hasil.LULUS),
                  OdfEvent(JenisOdf.DEKLARASI, D(2025, 4, 1), nomor_ba="BA/2")):
        ws.odf.put_event(silurah, event)
    ws.odf.put_event(sodong, OdfEvent(JenisOdf.PEMICUAN, D(2025, 3, 5)))
    ws.laporan.put_report(silurah, make_laporan("2025-09", total=180))
    ws.laporan.put_report(silurah, make_laporan("2025-10", total=200, pilar=(150, 180, 120, 100),
                                                kk_tiga_pilar=160))
    ws.laporan.put_report(sodong, make_laporan("2025-08", total=100, babs=20))
    ws.pokja.save_pokja(silurah, Pokja(sk_nomor="141/05/2024", sk_tanggal=D(2024, 7, 2)), {})
    ws.pertukaran.add_import(CatatanImpor("2025-11-13T20:30:00.000000Z", "tombo.xlsx", "ab" * 32,
                                          "e-1", ("33.25.02.2001",), "diterima", {}))
    return ws


def _score(ws: Workspace, kode: str) -> float:
    definisi = next(d for d in kesiapan_service.muat_definisi() if d.tingkat is Tingkat.DESA)
    return kesiapan_service.nilai(ws, definisi, K(kode)).skor / 100


def test_one_row_per_desa_grouped_by_kecamatan_with_subtotals(three: Workspace,
                                                              tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    result = ekspor_rekap(three, target)
    rows = _sheet(target, "Rekap Desa")
    assert rows[0][0] == "REKAP POKJA DESA SEHAT PER DESA/KELURAHAN — KABUPATEN BATANG"
    assert rows[3] == HEAD
    received = dt.datetime(2025, 11, 13, 20, 30, tzinfo=dt.UTC).astimezone().date()
    assert rows[4:11] == [
        [1.0, "33.25.01.2001", "Silurah", "Wonotunggal", "ODF (deklarasi)", D(2025, 2, 18),
         D(2025, 4, 1), 1.0, 0.75, 0.9, 0.6, 0.5, "Desa STBM", "141/05/2024", D(2024, 7, 2),
         pytest.approx(_score(three, "33.25.01.2001")), "10/2025", ""],
        [2.0, "33.25.01.2002", "Sodong", "Wonotunggal", "Pemicuan", "", "", 0.8, "", "", "", "",
         "Belum Desa STBM", "", "", pytest.approx(_score(three, "33.25.01.2002")), "08/2025", ""],
        ["", "33.25.01", "Jumlah Kec. Wonotunggal", 2.0, 1.0, 1.0, "", pytest.approx(280 / 300),
         0.75, 0.9, 0.6, 0.5, 1.0, 1.0, "", pytest.approx(
             (_score(three, "33.25.01.2001") + _score(three, "33.25.01.2002")) / 2), 2.0, 0.0],
        [3.0, "33.25.02.2001", "Tombo", "Bandar", "Belum ODF", "", "", "", "", "", "", "",
         "Belum dapat dinilai", "", "", pytest.approx(_score(three, "33.25.02.2001")), "",
         received],
        ["", "33.25.02", "Jumlah Kec. Bandar", 1.0, 0.0, 0.0, "", "", "", "", "", "", 0.0, 0.0,
         "", pytest.approx(_score(three, "33.25.02.2001")), 0.0, 1.0],
        ["", "33.25", "JUMLAH", 3.0, 1.0, 1.0, "", pytest.approx(280 / 300), 0.75, 0.9, 0.6, 0.5,
         1.0, 1.0, "", pytest.approx(sum(_score(three, k) for k in (
             "33.25.01.2001", "33.25.01.2002", "33.25.02.2001")) / 3), 2.0, 1.0],
        [""] * 18,
    ]
    assert rows[11][0].startswith("Baris jumlah: banyaknya desa")
    assert result.desa_kode == ("33.25.01.2001", "33.25.01.2002", "33.25.02.2001")
    assert result.baris == {"Rekap Desa": 3, "Gerbang Penghargaan": 5, "Grafik": 3}


def test_cells_are_typed_and_the_sheet_is_print_ready(three: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    ekspor_rekap(three, target)
    sheet = load_workbook(target)["Rekap Desa"]
    assert (sheet["B5"].value, sheet["B5"].data_type) == ("33.25.01.2001", "s")
    assert sheet["F5"].number_format == "DD/MM/YYYY" and sheet["H5"].number_format == "0.0%"
    assert [sheet[c].number_format for c in ("D7", "E7", "F7", "M7", "N7", "Q7", "R7")] == [
        '#,##0" desa"', '#,##0" ODF"', '#,##0" lulus"', '#,##0" STBM"', '#,##0" ber-SK"',
        '#,##0" melapor"', '#,##0" diterima"']
    assert sheet["C7"].font.b and sheet["C10"].value == "JUMLAH"
    assert [sheet.row_dimensions[r].outline_level for r in (5, 6, 7, 8, 9)] == [1, 1, 0, 1, 0]
    assert sheet.freeze_panes == "D5" and sheet.print_title_rows == "$4:$4"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.oddFooter.center.text == "Halaman &P dari &N"


def test_the_award_gates_and_the_chart(three: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    ekspor_rekap(three, target)
    gates = _sheet(target, "Gerbang Penghargaan")
    assert gates[1][0].startswith("Siklus 2025;") and gates[1][0].endswith(
        "1 dari 3 desa/kelurahan ODF (33,3%)")
    assert gates[3][:7] == ["No", "Tingkat", "Ambang Desa ODF", "Desa ODF Diperlukan",
                            "Desa ODF Sekarang", "Kurang", "Keadaan"]
    assert [r[:7] for r in gates[4:7]] == [
        [1.0, "Padapa", 0.8, 3.0, 1.0, 2.0, "Belum"], [2.0, "Wiwerda", 0.9, 3.0, 1.0, 2.0, "Belum"],
        [3.0, "Wistara", 1.0, 3.0, 1.0, 2.0, "Belum"]]
    assert gates[7][1] == "Tingkat berikutnya: Padapa, perlu 2 desa ODF lagi."
    assert [r for r in gates[10:14]] == [
        ["No", "Kode", "Kecamatan", "Desa", "Desa ODF", "% Desa ODF", "Tingkat Tercapai",
         "Belum ODF"],
        [1.0, "33.25.01", "Wonotunggal", 2.0, 1.0, 0.5, "–", 1.0],
        [2.0, "33.25.02", "Bandar", 1.0, 0.0, 0.0, "–", 1.0],
        ["", "", "JUMLAH", 3.0, 1.0, pytest.approx(1 / 3), "–", 2.0]]

    table = _sheet(target, "Grafik")
    assert table[3] == ["No", "Kode", "Kecamatan", "Desa", "Desa ODF", "% Desa ODF",
                        "Padapa (≥80%)", "Wiwerda (≥90%)", "Wistara (100%)"]
    assert table[4:7] == [[1.0, "33.25.01", "Wonotunggal", 2.0, 1.0, 0.5, 0.8, 0.9, 1.0],
                          [2.0, "33.25.02", "Bandar", 1.0, 0.0, 0.0, 0.8, 0.9, 1.0],
                          ["", "", "JUMLAH", 3.0, 1.0, pytest.approx(1 / 3), 0.8, 0.9, 1.0]]
    chart = load_workbook(target)["Grafik"]._charts[0]
    bars, lines = chart._charts
    assert type(bars).__name__ == "BarChart" and type(lines).__name__ == "LineChart"
    assert [s.val.numRef.f for s in bars.ser] == ["'Grafik'!$F$5:$F$7"]
    assert [s.val.numRef.f for s in lines.ser] == [
        "'Grafik'!$G$5:$G$7", "'Grafik'!$H$5:$H$7", "'Grafik'!$I$5:$I$7"]
    assert {s.cat.strRef.f for s in (*bars.ser, *lines.ser)} == {"'Grafik'!$C$5:$C$7"}
    assert [s.tx.strRef.f for s in (*bars.ser, *lines.ser)] == [
        "'Grafik'!F4", "'Grafik'!G4", "'Grafik'!H4", "'Grafik'!I4"]


def test_meta_and_ledger(three: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    result = ekspor_rekap(three, target)
    meta = dict(_sheet(target, "_meta"))
    assert load_workbook(target)["_meta"].sheet_state == "hidden"
    assert {k: meta[k] for k in ("format", "versi_format", "ekspor_uuid", "lingkup",
                                 "lingkup_kode", "desa_kode", "baris:Rekap Desa")} == {
        "format": "kks-desktop-rekap", "versi_format": "1", "ekspor_uuid": result.uuid,
        "lingkup": "Kabupaten Batang", "lingkup_kode": "33.25",
        "desa_kode": "33.25.01.2001,33.25.01.2002,33.25.02.2001", "baris:Rekap Desa": "3"}
    [entry] = three.pertukaran.exports()
    assert (entry.uuid, entry.jenis, entry.nama_berkas, entry.sha256, entry.desa_kode,
            entry.baris) == (result.uuid, "rekap", "rekap.xlsx", result.sha256,
                             result.desa_kode, result.baris)


def test_within_a_kecamatan_only_its_desa(three: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "bandar.xlsx"
    result = ekspor_rekap(three, target, K("33.25.02"))
    rows = _sheet(target, "Rekap Desa")
    assert rows[0][0].endswith("— KECAMATAN BANDAR")
    assert [r[1] for r in rows[4:7]] == ["33.25.02.2001", "33.25.02", "33.25.02"]
    assert [r[2] for r in rows[5:7]] == ["Jumlah Kec. Bandar", "JUMLAH"]
    assert result.desa_kode == ("33.25.02.2001",)


def test_cancelled_leaves_no_file_and_no_ledger_entry(three: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "out" / "rekap.xlsx"
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        ekspor_rekap(three, target, progress=lambda d, t: seen.append((d, t)),
                     batal=lambda: len(seen) >= 2)
    assert seen == [(1, 3), (2, 3)]
    assert not target.parent.exists() and three.pertukaran.exports() == []
    # Cancelled at the last moment, when the file is written but not yet renamed into place.
    seen.clear()
    with pytest.raises(Cancelled):
        ekspor_rekap(three, target, progress=lambda d, t: seen.append((d, t)),
                     batal=lambda: len(seen) >= 3)
    assert list(target.parent.iterdir()) == [] and three.pertukaran.exports() == []


@pytest.fixture(scope="module")
def batang(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    folder = tmp_path_factory.mktemp("rekap")
    with Workspace.open(folder / "kks.db") as ws:
        build_demo(ws, K("33.25"))
        target = folder / "rekap.xlsx"
        ekspor_rekap(ws, target)
        yield ws, target


def test_batang_subtotals_match_an_independent_count(batang: tuple[Workspace, Path]) -> None:
    ws, target = batang
    con = sqlite3.connect(ws.path)
    counted = {kec: (n, odf, sk, lapor, kk, akses) for kec, n, odf, sk, lapor, kk, akses in con.execute(
        """WITH lulus AS (SELECT desa_id, tanggal FROM odf_event
                          WHERE jenis = 'verifikasi' AND hasil = 'lulus'),
                odf AS (SELECT DISTINCT e.desa_id FROM odf_event e JOIN lulus l
                          ON l.desa_id = e.desa_id AND l.tanggal <= e.tanggal
                        WHERE e.jenis = 'deklarasi'),
                akhir AS (SELECT desa_id, max(periode) AS periode FROM laporan_sanitasi
                          GROUP BY desa_id),
                lap AS (SELECT l.* FROM laporan_sanitasi l JOIN akhir a
                          ON a.desa_id = l.desa_id AND a.periode = l.periode)
           SELECT substr(d.kode, 1, 8), count(*), count(odf.desa_id),
                  sum(coalesce(p.sk_nomor, '') <> ''), count(lap.id), sum(lap.total_kk),
                  sum(lap.aman + lap.layak + lap.sharing + lap.belum_layak)
           FROM desa d LEFT JOIN odf ON odf.desa_id = d.id LEFT JOIN pokja p ON p.desa_id = d.id
             LEFT JOIN lap ON lap.desa_id = d.id
           GROUP BY 1 ORDER BY 1""")}
    con.close()
    rows = _sheet(target, "Rekap Desa")
    subtotals = {r[1]: r for r in rows if str(r[2]).startswith("Jumlah Kec.")}
    assert list(subtotals) == list(counted) and len(counted) == 15
    for kec, (n, odf, sk, lapor, kk, akses) in counted.items():
        row = subtotals[kec]
        assert (row[3], row[4], row[13], row[16]) == (n, odf, sk, lapor), kec
        assert row[7] == pytest.approx(akses / kk), kec
    total = next(r for r in rows if r[2] == "JUMLAH")
    assert (total[3], total[4]) == (sum(c[0] for c in counted.values()),
                                    sum(c[1] for c in counted.values()))
    desa_rows = [r for r in rows[4:] if isinstance(r[0], float)]
    assert [r[1] for r in desa_rows] == sorted(r[1] for r in desa_rows)
    assert len(desa_rows) == total[3] == 248
    grafik = _sheet(target, "Grafik")
    assert [(r[1], r[3], r[4]) for r in grafik[4:19]] == [
        (k, float(c[0]), float(c[1])) for k, c in counted.items()]
