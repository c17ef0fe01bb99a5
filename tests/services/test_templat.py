"""Blank templates: the import's own columns, dropdowns and checks with Indonesian messages, codes as text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.datavalidation import DataValidation
from python_calamine import CalamineWorkbook

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import kegiatan_service, lembar_desa, templat
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.services.templat import JENIS_TEMPLAT, buat_templat
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
JABATAN = "Pembina,Ketua,Wakil Ketua,Sekretaris,Bendahara,Koordinator Bidang,Anggota"


@pytest.fixture
def kecamatan(ws: Workspace, make_desa: Callable[..., Desa]) -> Workspace:
    ws.set_scope(Scope(ScopeLevel.KECAMATAN, K("33.25.01"), "Wonotunggal"))
    for kode in ("33.25.01.2002", "33.25.01.2001", "33.25.01.2003"):
        make_desa(ws, kode)
    return ws


def _rows(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(path).get_sheet_by_name(sheet).to_python(
        skip_empty_area=False)


def _validations(path: Path, sheet: str) -> dict[str, DataValidation]:
    """Each validation by the first cell of its range, e.g. "C5"."""
    found = load_workbook(path)[sheet].data_validations.dataValidation
    return {str(dv.sqref).split(":")[0]: dv for dv in found}


def test_the_four_kinds() -> None:
    assert JENIS_TEMPLAT == {"desa": "Daftar desa", "anggota": "Anggota Pokja",
                             "peserta": "Peserta kegiatan", "sanitasi": "Laporan sanitasi"}


@pytest.mark.parametrize("jenis", list(JENIS_TEMPLAT))
def test_headers_are_the_columns_an_import_reads(kecamatan: Workspace, tmp_path: Path,
                                                 jenis: str) -> None:
    target = tmp_path / f"{jenis}.xlsx"
    result = buat_templat(kecamatan, jenis, target)
    lembar = {"desa": lembar_desa.desa, "anggota": lembar_desa.anggota,
              "peserta": lembar_desa.peserta, "sanitasi": lembar_desa.sanitasi}[jenis]()
    read = [k.judul for k in lembar.kolom if k.baca and k.jenis.value != "uuid"]
    header = [h for h in _rows(target, lembar.nama)[3] if h]
    assert [h for h in header if h != "Desa/Kelurahan" or jenis == "desa"] == read
    assert "uuid" not in header
    sheets = CalamineWorkbook.from_path(target).sheet_names
    assert sheets[:2] == [lembar.nama, "Petunjuk"] and sheets[-1] == "_meta"
    meta = dict(_rows(target, "_meta"))
    assert (meta["format"], meta["jenis"], meta["lembar"], meta["ekspor_uuid"]) == (
        "kks-desktop-templat", jenis, lembar.nama, result.uuid)
    [entry] = kecamatan.pertukaran.exports()
    assert (entry.jenis, entry.nama_berkas, entry.sha256) == ("templat", target.name,
                                                              result.sha256)


def test_anggota_is_prefilled_per_desa_with_codes_as_text(kecamatan: Workspace,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "anggota.xlsx"
    result = buat_templat(kecamatan, "anggota", target)
    rows = _rows(target, "Anggota Pokja")
    assert rows[3] == ["Kode Desa", "Desa/Kelurahan", "Nama", "Jabatan", "Unsur", "Telepon",
                       "Aktif Sejak"]
    assert [r[:3] for r in rows[4:]] == [["33.25.01.2001", "Silurah", ""],
                                        ["33.25.01.2002", "Sodong", ""],
                                        ["33.25.01.2003", "Gringgingsari", ""]]
    assert result.desa_kode == ("33.25.01.2001", "33.25.01.2002", "33.25.01.2003")
    assert result.baris == {"Anggota Pokja": 3}
    assert dict(_rows(target, "_meta"))["isian_awal"] == "desa_kode"
    sheet = load_workbook(target)["Anggota Pokja"]
    assert (sheet["A5"].data_type, sheet["A5"].number_format) == ("s", "@")
    assert [sheet.column_dimensions[c].number_format for c in "ABCDEFG"] == [
        "@", "@", "@", "General", "@", "@", "DD/MM/YYYY"]
    checks = _validations(target, "Anggota Pokja")
    jabatan = checks["D5"]
    assert (jabatan.type, jabatan.formula1, str(jabatan.sqref)) == ("list", f'"{JABATAN}"',
                                                                   "D5:D507")
    assert jabatan.showErrorMessage and jabatan.errorStyle == "stop"
    assert jabatan.errorTitle == "Isian tidak sesuai"
    assert jabatan.error == ("Isian Jabatan harus salah satu dari daftar: Pembina, Ketua, Wakil "
                             "Ketua, Sekretaris, Bendahara, Koordinator Bidang, Anggota.")
    assert (jabatan.showInputMessage, jabatan.promptTitle, jabatan.prompt) == (
        True, "Jabatan", "Wajib diisi. Pilih dari daftar.")
    since = checks["G5"]
    assert (since.type, since.operator, since.formula1, since.formula2) == (
        "date", "between", "DATE(1900,1,1)", "DATE(2099,12,31)")
    assert since.showErrorMessage and since.error == "Aktif Sejak harus tanggal, mis. 13/11/2025."
    assert checks["B5"].prompt == "Hanya petunjuk; tidak dibaca saat impor."
    assert checks["A5"].prompt == "Wajib diisi. Kode wilayah dengan titik, mis. 33.25.01.2001."


def test_sanitasi_counts_must_be_whole_numbers(kecamatan: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "sanitasi.xlsx"
    buat_templat(kecamatan, "sanitasi", target)
    header = _rows(target, "Sanitasi")[3]
    checks = _validations(target, "Sanitasi")
    total = checks[f"{chr(65 + header.index('Total KK'))}5"]
    assert (total.type, total.operator, total.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert total.error == "Total KK harus bilangan bulat 0 atau lebih."
    assert total.prompt == "Wajib diisi. Bilangan bulat, 0 atau lebih."
    sumber = checks[f"{chr(65 + header.index('Sumber Data'))}5"]
    assert sumber.formula1 == '"Pendataan,Monitoring,Verifikasi"'
    periode = chr(65 + header.index("Periode"))
    sheet = load_workbook(target)["Sanitasi"]
    assert sheet.column_dimensions[periode].number_format == "@"
    assert checks[f"{periode}5"].prompt == "Wajib diisi. Bulan/tahun, mis. 01/2025."
    whole = [dv for dv in checks.values() if dv.type == "whole"]
    assert len(whole) == 6 + 5 + 4 + 1  # ladder, pillars with ≥3 pillars, old scale, total


def test_a_long_list_goes_to_a_hidden_sheet(kecamatan: Workspace, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel refuses list formulas past 255 characters; with the limit lowered below the
    kategori list's length, that list is read from the hidden sheet, short lists stay inline."""
    labels = [p.label for p in acuan_kegiatan().kategori]
    monkeypatch.setattr(templat, "BATAS_DAFTAR", len(",".join(labels)) - 1)
    target = tmp_path / "peserta.xlsx"
    buat_templat(kecamatan, "peserta", target)
    header = _rows(target, "Peserta")[3]
    checks = _validations(target, "Peserta")
    kategori = checks[f"{chr(65 + header.index('Kategori'))}5"]
    assert kategori.formula1 == f"'_daftar'!$A$1:$A${len(labels)}"
    assert checks[f"{chr(65 + header.index('L/P'))}5"].formula1 == '"L,P"'
    assert [r[0] for r in _rows(target, "_daftar")] == labels
    assert load_workbook(target)["_daftar"].sheet_state == "hidden"


def test_the_kategori_list_fits_inline_at_excels_limit(kecamatan: Workspace,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "peserta.xlsx"
    buat_templat(kecamatan, "peserta", target)
    header = _rows(target, "Peserta")[3]
    kategori = _validations(target, "Peserta")[f"{chr(65 + header.index('Kategori'))}5"]
    assert kategori.formula1 == '"' + ",".join(p.label for p in acuan_kegiatan().kategori) + '"'
    assert "_daftar" not in CalamineWorkbook.from_path(target).sheet_names


def test_peserta_offers_the_sessions_recorded(kecamatan: Workspace, tmp_path: Path) -> None:
    for judul, day in (("Orientasi KKS, angkatan 1", 16), ("Rapat Pokja", 20),
                       ("Orientasi KKS, angkatan 1", 18)):
        session: Kegiatan = kegiatan_service.baru(kecamatan, dt.date(2025, 9, day))
        kegiatan_service.simpan(kecamatan, session.with_changes(judul=judul))
    target = tmp_path / "peserta.xlsx"
    buat_templat(kecamatan, "peserta", target)
    rows = _rows(target, "Peserta")
    assert rows[3][:2] == ["Kegiatan", "Tanggal Kegiatan"]
    checks = _validations(target, "Peserta")
    assert checks["A5"].type == "list" and checks["A5"].formula1 == "'_daftar'!$A$1:$A$2"
    assert checks["A5"].error.startswith("Pilih judul kegiatan yang sudah tercatat")
    assert [r[0] for r in _rows(target, "_daftar")] == ["Rapat Pokja",  # newest first
                                                        "Orientasi KKS, angkatan 1"]
    assert checks["B5"].type == "date"
    guide = [r[0] for r in _rows(target, "Petunjuk")]
    start = guide.index("Kegiatan yang sudah tercatat (judul, tanggal mulai, wilayah):")
    assert guide[start + 1:start + 4] == [
        "Rapat Pokja — 20/09/2025 — 33.25.01",
        "Orientasi KKS, angkatan 1 — 18/09/2025 — 33.25.01",
        "Orientasi KKS, angkatan 1 — 16/09/2025 — 33.25.01"]


def test_the_guide_sheet_lists_every_column(kecamatan: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "desa.xlsx"
    buat_templat(kecamatan, "desa", target)
    guide = _rows(target, "Petunjuk")
    assert guide[0][0] == "PETUNJUK TEMPLAT DAFTAR DESA"
    start = next(n for n, r in enumerate(guide) if r[:4] == ["Kolom", "Wajib", "Isian",
                                                             "Petunjuk"])
    table = guide[start + 1:start + 4]
    assert table == [
        ["Kode Desa", "Ya", "Kode wilayah dengan titik, mis. 33.25.01.2001.",
         "Wajib diisi. Kode wilayah dengan titik, mis. 33.25.01.2001."],
        ["Jumlah KK", "", "Bilangan bulat, 0 atau lebih.", "Boleh kosong. Jumlah kepala keluarga."],
        ["Jumlah Jiwa", "", "Bilangan bulat, 0 atau lebih.",
         "Boleh kosong. Bilangan bulat, 0 atau lebih."]]
    names = [r[0] for r in guide]
    assert "Nama tatanan (kolom Tatanan Dipilih, satu per baris):" in names
    assert _rows(target, "Desa dan Pokja")[4:] == []  # nothing prefilled


def test_an_unknown_kind_is_refused(kecamatan: Workspace, tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        buat_templat(kecamatan, "rtl", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def _fill(path: Path, sheet: str, rows: list[dict[str, object]]) -> Path:
    """Type values under the headers, row after row from the first data row, as a user would."""
    wb = load_workbook(path)
    data = wb[sheet]
    header = [c.value for c in data[4]]
    for number, values in enumerate(rows, start=5):
        for judul, value in values.items():
            data.cell(row=number, column=header.index(judul) + 1, value=value)
    filled = path.with_name(f"isi-{path.name}")
    wb.save(filled)
    return filled


def _plan(ws: Workspace, path: Path) -> dict[str, dict[str, int]]:
    from kks_desktop.services.impor_buku import rencanakan

    rencana = rencanakan(ws, path)
    assert [m for m in rencana.masalah if m.is_error] == []
    assert rencana.jenis == "templat"
    found: dict[str, dict[str, int]] = {}
    for c in rencana.catatan:
        kelas = found.setdefault(c.lembar, {})
        kelas[c.perbandingan.kelas.value] = kelas.get(c.perbandingan.kelas.value, 0) + 1
    return found


def test_filled_templates_import_through_the_normal_import(kecamatan: Workspace,
                                                           tmp_path: Path) -> None:
    buat_templat(kecamatan, "anggota", tmp_path / "anggota.xlsx")
    anggota = _fill(tmp_path / "anggota.xlsx", "Anggota Pokja", [
        {"Nama": "Siti Aminah", "Jabatan": "Ketua", "Telepon": "081234567890",
         "Aktif Sejak": dt.date(2024, 3, 1)},
        {"Nama": "Budi Santoso", "Jabatan": "sekretaris"},
        {"Nama": "Sri Wahyuni", "Jabatan": "Anggota", "Unsur": "PKK"}])
    assert _plan(kecamatan, anggota) == {"Anggota Pokja": {"baru": 3}}

    buat_templat(kecamatan, "sanitasi", tmp_path / "sanitasi.xlsx")
    report = {"Periode": "10/2025", "Sumber Data": "Monitoring", "Total KK": 100,
              "Akses aman": 20, "Akses layak": 50, "Layak bersama (sharing)": 10,
              "Belum layak": 20, "BABS tertutup": 0, "BABS terbuka": 0}
    sanitasi = _fill(tmp_path / "sanitasi.xlsx", "Sanitasi", [report] * 3)
    assert _plan(kecamatan, sanitasi) == {"Sanitasi": {"baru": 3}}

    buat_templat(kecamatan, "desa", tmp_path / "desa.xlsx")
    desa = _fill(tmp_path / "desa.xlsx", "Desa dan Pokja", [
        {"Kode Desa": "33.25.01.2004", "Jumlah KK": 350, "Nomor SK Pokja": "141/7/2025",
         "Tanggal SK Pokja": dt.date(2025, 2, 3), "Sekretariat Ada": "Ya"}])
    assert _plan(kecamatan, desa) == {"Desa dan Pokja": {"baru": 1}}


def test_a_filled_participant_template_joins_its_session(kecamatan: Workspace,
                                                         tmp_path: Path) -> None:
    session = kegiatan_service.baru(kecamatan, dt.date(2025, 9, 16))
    kegiatan_service.simpan(kecamatan, session.with_changes(judul="Orientasi KKS"))
    buat_templat(kecamatan, "peserta", tmp_path / "peserta.xlsx")
    filled = _fill(tmp_path / "peserta.xlsx", "Peserta", [
        {"Kegiatan": "Orientasi KKS", "Tanggal Kegiatan": dt.date(2025, 9, 16),
         "Nama": "Siti Aminah", "L/P": "P", "Kategori": "Pokja Desa",
         "Kode Desa": "33.25.01.2001", "Hadir Hari ke-": "1"},
        {"Kegiatan": "Orientasi KKS", "Tanggal Kegiatan": "16/09/2025", "Nama": "Budi",
         "L/P": "L"}])
    assert _plan(kecamatan, filled) == {"Peserta": {"baru": 2}}


def test_prefilled_rows_left_untouched_are_not_read(kecamatan: Workspace, tmp_path: Path) -> None:
    buat_templat(kecamatan, "anggota", tmp_path / "anggota.xlsx")
    filled = _fill(tmp_path / "anggota.xlsx", "Anggota Pokja", [
        {"Nama": "Siti Aminah", "Jabatan": "Ketua"}])  # rows 6 and 7 keep only kode and nama
    assert _plan(kecamatan, filled) == {"Anggota Pokja": {"baru": 1}}
