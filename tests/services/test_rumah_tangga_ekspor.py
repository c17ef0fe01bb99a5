"""The household register export and its template, read back with python-calamine (and openpyxl
for what calamine does not show: validations, quote prefixes, formats)."""

from __future__ import annotations

import os
import tempfile
import time

import pytest
from kk_ekspor_uji import NAMA_SULIT, harapan, keluarga, lembar, simpan
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from kks_desktop.domain.errors import Cancelled, DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, PERTANYAAN_LABELS
from kks_desktop.services.rumah_tangga_ekspor import desa_lingkup, ekspor_kk, jumlah_kk
from kks_desktop.services.rumah_tangga_kolom import KOLOM, POSISI
from kks_desktop.services.rumah_tangga_lembar import nomor_lembar_data
from kks_desktop.services.rumah_tangga_templat import BARIS_TANPA_KK, buat_templat_kk

SILURAH, SODONG, KEMBANG = "33.25.01.2001", "33.25.01.2002", "33.25.02.2001"
HEADERS = [k.judul for k in KOLOM]


@pytest.fixture
def register(ws, make_desa):
    """Three desa in two kecamatan: 180 households (the hard names among them), 90 and 30."""
    ws.set_scope(Scope(ScopeLevel.KABUPATEN, KodeWilayah.parse("33.25"), "Kabupaten Batang"))
    for kode, n, seed in ((SILURAH, 180, 1), (SODONG, 90, 2), (KEMBANG, 30, 3)):
        make_desa(ws, kode)
        simpan(ws, kode, keluarga(n, seed, sulit=kode == SILURAH))
    return ws


def _data_rows(sheets: dict[str, list[list[object]]]) -> list[list[object]]:
    names = sorted((n for n in sheets if nomor_lembar_data(n)), key=nomor_lembar_data)
    rows: list[list[object]] = []
    for name in names:
        assert sheets[name][0] == HEADERS, name
        rows += sheets[name][1:]
    return rows


def test_every_column_and_value_equals_the_store(register, tmp_path):
    target = tmp_path / "Data KK.xlsx"
    result = ekspor_kk(register, target)
    sheets = lembar(target)
    assert list(sheets) == ["Keterangan", "Data KK", "_daftar", "_meta"]
    expected = [*harapan(register, SILURAH), *harapan(register, SODONG),
                *harapan(register, KEMBANG)]
    assert _data_rows(sheets) == expected
    assert result.baris == {"Data KK": 300}
    assert result.desa_kode == (SILURAH, SODONG, KEMBANG)
    assert jumlah_kk(register, None) == 300
    # Names and No. KK left the program: the exchange ledger says which file, when, how many.
    [logged] = register.pertukaran.exports()
    assert (logged.jenis, logged.nama_berkas, logged.uuid, logged.sha256, logged.baris,
            logged.desa_kode) == ("data_kk", "Data KK.xlsx", result.uuid, result.sha256,
                                  {"Data KK": 300}, result.desa_kode)


def test_a_kecamatan_or_a_desa_exports_its_own_households_only(register, tmp_path):
    kec = ekspor_kk(register, tmp_path / "kec.xlsx", KodeWilayah.parse("33.25.01"))
    assert _data_rows(lembar(kec.path)) == [*harapan(register, SILURAH), *harapan(register, SODONG)]
    one = ekspor_kk(register, tmp_path / "desa.xlsx", KodeWilayah.parse(KEMBANG))
    assert _data_rows(lembar(one.path)) == harapan(register, KEMBANG)
    assert jumlah_kk(register, KodeWilayah.parse("33.25.01")) == 270
    with pytest.raises(DesaNotFound):
        desa_lingkup(register, KodeWilayah.parse("33.25.01.2003"))


def test_text_stays_text_whatever_it_starts_with(register, tmp_path):
    target = ekspor_kk(register, tmp_path / "x.xlsx", KodeWilayah.parse(SILURAH)).path
    names = {row[POSISI["nama_kepala"]] for row in _data_rows(lembar(target))}
    assert set(NAMA_SULIT) <= names
    sheet = load_workbook(target)["Data KK"]
    cells = {c.value: c for c in sheet[get_column_letter(POSISI["nama_kepala"] + 1)]}
    for name in NAMA_SULIT:
        cell = cells[name]
        assert cell.data_type == "s", name
        assert cell.quotePrefix == name.startswith(("=", "+", "-", "@", "\t")), name


def test_no_kk_rt_and_rw_keep_every_digit_and_leading_zero(ws, make_desa, tmp_path):
    make_desa(ws, SILURAH)
    simpan(ws, SILURAH, [keluarga(1, sulit=False)[0].with_changes(
        no_kk="0012345678901234", rt="001", rw="09", nama_kepala="Siti")])
    target = ekspor_kk(ws, tmp_path / "kk.xlsx").path
    row = lembar(target)["Data KK"][1]
    assert (row[POSISI["no_kk"]], row[POSISI["rt"]], row[POSISI["rw"]]) == (
        "0012345678901234", "001", "09")
    sheet = load_workbook(target)["Data KK"]
    no_kk = sheet.cell(row=2, column=POSISI["no_kk"] + 1)
    assert (no_kk.data_type, no_kk.number_format) == ("s", "@")
    tanggal = sheet.cell(row=2, column=POSISI["tanggal"] + 1)
    assert tanggal.is_date and tanggal.number_format == "dd/mm/yyyy"


def test_a_register_longer_than_a_sheet_goes_on_in_numbered_sheets(register, tmp_path):
    whole = _data_rows(lembar(ekspor_kk(register, tmp_path / "whole.xlsx").path))
    result = ekspor_kk(register, tmp_path / "split.xlsx", baris_per_lembar=100)
    sheets = lembar(result.path)
    assert result.baris == {"Data KK": 100, "Data KK (2)": 100, "Data KK (3)": 100}
    assert list(sheets)[:4] == ["Keterangan", "Data KK", "Data KK (2)", "Data KK (3)"]
    assert _data_rows(sheets) == whole  # nothing lost, nothing twice, in order
    assert len({row[POSISI["uuid"]] for row in whole}) == 300
    text = [" ".join(str(c) for c in row) for row in sheets["Keterangan"]]
    note = next(line for line in text if "dilanjutkan" in line)
    assert "3 sheet" in note and "“Data KK (3)”" in note and "1.048.576" in note
    assert "Data KK (2) 100.0 2–101 101–200" in text
    assert any("No. KK dan nama kepala keluarga" in line for line in text)
    meta = dict((r[0], r[1]) for r in sheets["_meta"])
    assert (meta["isi"], meta["baris:Data KK (3)"]) == ("ekspor", "100")


def test_an_uneven_split_and_an_empty_register(register, ws, tmp_path):
    result = ekspor_kk(register, tmp_path / "odd.xlsx", KodeWilayah.parse("33.25.01"),
                       baris_per_lembar=200)
    assert result.baris == {"Data KK": 200, "Data KK (2)": 70}
    empty = ekspor_kk(register, tmp_path / "empty.xlsx", KodeWilayah.parse("33.25.03"))
    sheets = lembar(empty.path)
    assert empty.baris == {"Data KK": 0} and sheets["Data KK"] == [HEADERS]
    assert any("Belum ada data KK" in str(row[0]) for row in sheets["Keterangan"])


def test_batal_leaves_no_file_and_no_temporaries(register, tmp_path, monkeypatch):
    temp_root = tmp_path / "systemp"
    temp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_root))
    target = tmp_path / "out" / "Data KK.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the earlier export")
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        ekspor_kk(register, target, progress=lambda d, t: seen.append((d, t)),
                  batal=lambda: bool(seen))
    assert target.read_bytes() == b"the earlier export"
    assert list(target.parent.iterdir()) == [target]
    assert list(temp_root.iterdir()) == []
    assert register.pertukaran.exports() == []  # nothing written, nothing recorded


def test_progress_rises_to_its_total(register, tmp_path):
    seen: list[tuple[int, int]] = []
    ekspor_kk(register, tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] >= 300


def test_the_template_has_the_columns_dropdowns_prefilled_desa_and_petunjuk(register, tmp_path):
    target = tmp_path / "Templat.xlsx"
    codes = [KodeWilayah.parse(SODONG), KodeWilayah.parse(SILURAH)]
    result = buat_templat_kk(register, target, codes)
    sheets = lembar(target)
    assert list(sheets) == ["Data KK", "Petunjuk", "_daftar", "_meta"]
    data = sheets["Data KK"]
    assert data[0] == HEADERS
    prefilled = [tuple(r[:2]) for r in data[1:]]
    assert prefilled == [(SILURAH, "Silurah")] * BARIS_TANPA_KK + [(SODONG, "Sodong")] * BARIS_TANPA_KK
    assert all(not any(r[2:]) for r in data[1:])
    assert result.baris == {"Data KK": 2 * BARIS_TANPA_KK}
    petunjuk = "\n".join(" ".join(str(c) for c in row) for row in sheets["Petunjuk"])
    for kolom in KOLOM:
        assert kolom.judul in petunjuk
    assert "16 angka" in petunjuk and "dihitung" in petunjuk and "jangan diubah" in petunjuk
    assert [r[0] for r in sheets["_daftar"]] == list(PEMBUANGAN_LABELS.values())
    meta = dict((r[0], r[1]) for r in sheets["_meta"])
    assert (meta["isi"], meta["isian_awal"]) == ("kosong", "kode_desa,nama_desa")
    assert register.pertukaran.exports()[0].jenis == "templat"


def test_the_template_validations(register, tmp_path):
    target = buat_templat_kk(register, tmp_path / "T.xlsx", [KodeWilayah.parse(SILURAH)]).path
    sheet = load_workbook(target)["Data KK"]
    rules = {str(dv.sqref).split(":")[0]: dv for dv in sheet.data_validations.dataValidation}

    def rule(key: str):  # the validation of a column, by its key
        return rules[f"{get_column_letter(POSISI[key] + 1)}2"]

    for key in PERTANYAAN_LABELS:
        assert (rule(key).type, rule(key).formula1) == ("list", '"Ya,Tidak"'), key
        assert rule(key).showErrorMessage and PERTANYAAN_LABELS[key][1] in rule(key).prompt
    assert (rule("pembuangan").type, rule("pembuangan").formula1) == (
        "list", "'_daftar'!$A$1:$A$4")
    assert (rule("jumlah_jiwa").type, rule("jumlah_jiwa").formula1,
            rule("jumlah_jiwa").formula2) == ("whole", "1", "99")
    assert rule("tanggal").type == "date"
    assert (rule("no_kk").type, rule("no_kk").formula1) == ("textLength", "16")
    assert "jangan diubah" in rule("uuid").prompt
    letter = get_column_letter(POSISI["no_kk"] + 1)
    assert str(rule("no_kk").sqref) == f"{letter}2:{letter}1048576"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions[letter].number_format == "@"  # typed digits stay text


def test_batal_stops_the_template_too(register, tmp_path):
    target = tmp_path / "out" / "T.xlsx"
    with pytest.raises(Cancelled):
        buat_templat_kk(register, target, [KodeWilayah.parse(SILURAH)], batal=lambda: True)
    assert list(target.parent.iterdir()) == []
    assert register.pertukaran.exports() == []


def test_row_folders_a_killed_export_left_are_removed_by_the_next(register, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale, busy = tmp_path / "kks-kk-old", tmp_path / "kks-kk-running"
    for folder in (stale, busy):
        folder.mkdir()
        (folder / "rows").write_text("<row/>" * 100)
    long_ago = time.time() - 3600
    for path in (stale, stale / "rows", busy):
        os.utime(path, (long_ago, long_ago))
    ekspor_kk(register, tmp_path / "out.xlsx")
    assert not stale.exists()
    assert (busy / "rows").exists()  # written to a moment ago: another export at work
