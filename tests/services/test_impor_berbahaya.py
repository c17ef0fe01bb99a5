"""Hostile workbooks refused with their Indonesian sentence: entity bombs, a real password, wrong sheet names.

The zip bomb, the sheet of 1,048,576 rows and the CSV renamed .xlsx have their tests in
test_excel_berkas.py and test_impor_baca.py.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import msoffcrypto
import openpyxl.xml
import pytest
from fuzz_buku import baca_zip, lembar_part, tulis_zip
from impor_bantu import SCOPE, SILURAH, build_source, copy_of, dump, empty_target, export, header_map
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from kks_desktop.domain.errors import ImportBlocked, WorkbookUnreadable
from kks_desktop.messages import describe
from kks_desktop.messages_excel import masalah_text
from kks_desktop.services.excel_baca import entity_expansion
from kks_desktop.services.impor_anotasi import simpan_anotasi
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_folder import impor_folder
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace

# Nine levels of ten references to "lol": 3,000,000,000 characters once expanded.
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    + "]>")
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROWS = [("Kode Desa", "Nama", "Jabatan"), ("33.25.01.2001", "Siti Aminah", "Ketua")]


def _shared_strings_book(path: Path, doctype: str = "", in_sheet: bool = False) -> Path:
    """A small workbook as Excel writes it (text in a shared strings part), its one sheet
    "Anggota Pokja"; `doctype` placed before the root of the shared strings, or of the sheet
    with `in_sheet`, and its last entity used in the first text there."""
    texts = sorted({t for row in _ROWS for t in row})
    use = "&lol9;" if doctype else ""
    strings = "".join(f"<si><t>{use if n == 0 and not in_sheet else ''}{t}</t></si>"
                      for n, t in enumerate(texts))
    rows = "".join(
        f'<row r="{r}">' + "".join(
            f'<c r="{"ABC"[c]}{r}" t="inlineStr"><is><t>{use}{v}</t></is></c>'
            if in_sheet and r == 1 and c == 0 else f'<c r="{"ABC"[c]}{r}" t="s"><v>{texts.index(v)}</v></c>'
            for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(_ROWS, start=1))
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {_NS} xmlns:r="{_REL}"><sheets><sheet name="Anggota Pokja" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{_REL}/worksheet" '
        f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_REL}/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": head + (doctype if in_sheet else "")
        + f'<worksheet {_NS}><dimension ref="A1:C2"/><sheetData>{rows}</sheetData></worksheet>',
        "xl/sharedStrings.xml": head + ("" if in_sheet else doctype)
        + f'<sst {_NS} count="{len(texts)}" uniqueCount="{len(texts)}">{strings}</sst>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _expanded(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(e.file_size for e in archive.infolist())


@pytest.fixture
def target(ws: Workspace) -> Workspace:
    ws.set_scope(SCOPE)
    return ws


def test_the_handmade_workbook_reads_in_both_readers_without_a_doctype(tmp_path: Path) -> None:
    path = _shared_strings_book(tmp_path / "bersih.xlsx")
    assert CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Anggota Pokja").to_python() == [
        list(row) for row in _ROWS]
    assert [[c.value for c in row] for row in load_workbook(path)["Anggota Pokja"].iter_rows()] == [
        list(row) for row in _ROWS]


@pytest.mark.parametrize("in_sheet", [True, False], ids=["sheet", "sharedStrings"])
def test_an_entity_bomb_is_refused_before_either_reader_sees_it(
        target: Workspace, tmp_path: Path, in_sheet: bool) -> None:
    path = _shared_strings_book(tmp_path / "tertawa.xlsx", LAUGHS, in_sheet=in_sheet)
    assert path.stat().st_size < 3000
    before = dump(target)
    with pytest.raises(WorkbookUnreadable) as refused:
        rencanakan(target, path)
    assert (refused.value.reason, refused.value.size) == ("bom", 3_000_000_000 + _expanded(path))
    assert describe(refused.value) == (
        "Berkas tertawa.xlsx tidak dibaca: isinya mengembang menjadi 2,8 GB saat dibuka "
        "(batas 600,0 MB); berkas ini tidak wajar. Data tidak diubah.")
    [hasil] = impor_folder(target, [path])
    assert (hasil.status, hasil.alasan) == ("ditolak", describe(refused.value))
    assert dump(target, ("desa", "pokja_anggota", "riwayat")) == {
        k: before[k] for k in ("desa", "pokja_anggota", "riwayat")}


@pytest.mark.parametrize("in_sheet", [True, False], ids=["sheet", "sharedStrings"])
def test_neither_reader_expands_entities_on_its_own(tmp_path: Path, in_sheet: bool) -> None:
    """Behind the check, the readers themselves refuse the bomb at once: calamine knows no
    declared entity, openpyxl parses through defusedxml."""
    path = _shared_strings_book(tmp_path / "tertawa.xlsx", LAUGHS, in_sheet=in_sheet)
    with pytest.raises(Exception, match="entity") as calamine_error:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Anggota Pokja").to_python()
    assert "lol9" in str(calamine_error.value)
    assert openpyxl.xml.DEFUSEDXML
    from defusedxml import EntitiesForbidden

    with pytest.raises(Exception) as openpyxl_error:
        load_workbook(path)
    chain = [openpyxl_error.value, openpyxl_error.value.__cause__, openpyxl_error.value.__context__]
    assert any(isinstance(e, EntitiesForbidden) for e in chain), chain


def test_the_annotated_copy_refuses_a_file_turned_into_a_bomb_or_damaged(
        target: Workspace, tmp_path: Path) -> None:
    """The annotated copy reads the received file again with openpyxl: a file replaced since
    the dry run is refused with a sentence, never a crash, and no copy is left."""
    path = _shared_strings_book(tmp_path / "kiriman.xlsx")
    rencana = rencanakan(target, path)
    _shared_strings_book(path, LAUGHS)
    with pytest.raises(WorkbookUnreadable) as bomb:
        simpan_anotasi(rencana, tmp_path / "bertanda.xlsx")
    assert bomb.value.reason == "bom"
    with zipfile.ZipFile(_shared_strings_book(tmp_path / "utuh.xlsx")) as good, \
            zipfile.ZipFile(path, "w") as damaged:
        for entry in good.infolist():
            data = good.read(entry)
            damaged.writestr(entry, data[:40] if entry.filename.endswith("sheet1.xml") else data)
    with pytest.raises(WorkbookUnreadable) as broken:
        simpan_anotasi(rencana, tmp_path / "bertanda.xlsx")
    assert describe(broken.value) == (
        "Berkas kiriman.xlsx tidak dibaca: berkas rusak atau tidak lengkap (mungkin salinan yang "
        "terputus). Minta kiriman ulang. Data tidak diubah.")
    assert sorted(p.name for p in tmp_path.glob("*.xlsx*")) == ["kiriman.xlsx", "utuh.xlsx"]


@pytest.fixture(scope="module")
def buku_silurah(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("silurah")
    with copy_of(build_source(folder), folder) as ws:
        return export(ws, folder, SILURAH, name="silurah.xlsx")


def test_a_workbook_encrypted_with_a_password_is_refused(
        target: Workspace, buku_silurah: Path, tmp_path: Path) -> None:
    locked = tmp_path / "Laporan Silurah (sandi).xlsx"
    with buku_silurah.open("rb") as plain, locked.open("wb") as out:  # as Excel's "Encrypt
        msoffcrypto.OfficeFile(plain).encrypt("rahasia123", out)  # with Password" writes it
    opened = io.BytesIO()
    with locked.open("rb") as handle:  # really that workbook under a password
        office = msoffcrypto.OfficeFile(handle)
        assert office.is_encrypted()
        office.load_key(password="rahasia123")
        office.decrypt(opened)
    assert opened.getvalue() == buku_silurah.read_bytes()
    before = dump(target)
    with pytest.raises(WorkbookUnreadable) as refused:
        rencanakan(target, locked)
    assert describe(refused.value) == (
        "Berkas Laporan Silurah (sandi).xlsx tidak dibaca: buku kerja dilindungi kata sandi. "
        "Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi. Data tidak diubah.")
    [hasil] = impor_folder(target, [locked])
    assert (hasil.status, hasil.alasan) == ("ditolak", describe(refused.value))
    assert dump(target, ("desa", "pokja_anggota")) == {k: before[k] for k in ("desa", "pokja_anggota")}


def _renamed(source: Path, target: Path, names: dict[str, str]) -> Path:
    """A copy of `source` with sheets renamed as Excel's tab rename does (workbook.xml only)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "xl/workbook.xml":
                text = data.decode()
                for was, now in names.items():
                    assert f'name="{was}"' in text
                    text = text.replace(f'name="{was}"', f'name="{now}"')
                data = text.encode()
            new.writestr(entry, data)
    return target


def test_a_workbook_whose_sheets_are_all_named_otherwise_writes_nothing(
        target: Workspace, buku_silurah: Path, tmp_path: Path) -> None:
    sheets = load_workbook(buku_silurah, read_only=True).sheetnames
    path = _renamed(buku_silurah, tmp_path / "Sheet.xlsx",
                    {name: f"Sheet{n}" for n, name in enumerate(sheets, start=1) if name != "_meta"})
    before = dump(target)
    rencana = rencanakan(target, path)
    assert [masalah_text(m) for m in rencana.masalah] == [
        "Buku kerja: tidak ada sheet yang dikenali; buku kerja ini berisi: " + ", ".join(
            f"Sheet{n}" for n in range(1, len(sheets))) + ". Pakai buku kerja atau templat dari "
        "KKS Desktop"]
    assert rencana.catatan == []
    with pytest.raises(ImportBlocked) as blocked:
        terapkan(target, rencana)
    assert describe(blocked.value) == (
        "Buku kerja masih berisi 1 kesalahan; tidak ada yang disimpan. Perbaiki dahulu, atau "
        "pilih “impor baris yang sah saja”.")
    assert dump(target) == before


def test_a_sheet_renamed_or_doubled_is_named_as_not_read(
        target: Workspace, buku_silurah: Path, tmp_path: Path) -> None:
    """One tab renamed in Excel: the rest imports, and the sheet left unread is said."""
    path = _renamed(buku_silurah, tmp_path / "satu.xlsx",
                    {"Anggota Pokja": "Anggota", "Ringkasan": "rtl"})
    rencana = rencanakan(target, path)
    assert [masalah_text(m) for m in rencana.masalah] == [
        "Sheet rtl: sheet RTL sudah ada; sheet dengan nama serupa ini tidak dibaca (peringatan)",
        "Sheet Anggota: nama sheet tidak dikenali, jadi isinya tidak dibaca. Nama sheet yang "
        "dikenali: Desa dan Pokja, Anggota Pokja, Sanitasi, Jalur ODF, Kegiatan, Peserta, "
        "Pre-Post, RTL, Kesiapan (peringatan)"]
    assert "Anggota Pokja" not in {c.lembar for c in rencana.catatan}
    assert {c.lembar for c in rencana.catatan} >= {"Desa dan Pokja", "Sanitasi", "RTL"}


def test_what_entities_would_expand_to_is_counted_without_expanding_them() -> None:
    assert entity_expansion(LAUGHS) == 3_000_000_000
    assert entity_expansion('<!ENTITY a "&b;xy"><!ENTITY b "&a;z">') == 3  # a cycle adds nothing
    assert entity_expansion('<!ENTITY a "&tidak_ada;&amp;12">') == 2
    assert entity_expansion("<!ENTITY % p SYSTEM 'http://contoh.invalid/p.dtd'> %p;") == 0
    assert entity_expansion("") == 0
    deeper = '<!ENTITY e0 "x">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 100}">' for i in range(1, 30))
    assert entity_expansion(deeper) == 1 << 50  # counted up to a cap, never overflowing


def test_a_harmless_doctype_or_a_damaged_member_header_is_damage(
        target: Workspace, tmp_path: Path) -> None:
    """Excel writes no DOCTYPE; and a member whose own header is broken while the archive's
    directory is whole (a copy cut and patched) fails while its parts are read."""
    dtd = _shared_strings_book(tmp_path / "dtd.xlsx", '<!DOCTYPE sst [<!ENTITY lol9 "Siti">]>')
    with pytest.raises(WorkbookUnreadable) as refused:
        rencanakan(target, dtd)
    assert describe(refused.value) == (
        "Berkas dtd.xlsx tidak dibaca: berkas rusak atau tidak lengkap (mungkin salinan yang "
        "terputus). Minta kiriman ulang. Data tidak diubah.")
    broken = _shared_strings_book(tmp_path / "kepala.xlsx")
    raw = bytearray(broken.read_bytes())
    with zipfile.ZipFile(broken) as archive:
        offset = archive.getinfo("xl/worksheets/sheet1.xml").header_offset
    assert raw[offset:offset + 4] == b"PK\x03\x04"
    raw[offset + 2] ^= 0xFF
    broken.write_bytes(bytes(raw))
    assert zipfile.is_zipfile(broken)
    with pytest.raises(WorkbookUnreadable) as damaged:
        rencanakan(target, broken)
    assert damaged.value.reason == "rusak"


def _row_copied(source: Path, sheet_name: str, nth: int, target: Path) -> tuple[Any, Path, int]:
    """`source` with the `nth` data row of a sheet copied under the last one, as a person
    copies a row in Excel; the workbook, where it was saved and the copy's row."""
    book = load_workbook(source)
    sheet = book[sheet_name]
    header, _ = header_map(sheet)
    copy_row = sheet.max_row + 1
    for column in range(1, sheet.max_column + 1):
        sheet.cell(copy_row, column).value = sheet.cell(header + nth, column).value
    book.save(target)
    return book, target, copy_row


def test_a_row_copied_in_excel_is_refused_not_taken_for_a_second_record(
        buku_silurah: Path, tmp_path: Path) -> None:
    """The copy carries the same uuid: it names the same member, so it is one row too many."""
    book, path, copy_row = _row_copied(buku_silurah, "Anggota Pokja", 2, tmp_path / "salin.xlsx")
    sheet = book["Anggota Pokja"]
    header, names = header_map(sheet)
    source_row = header + 2
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, path)
        assert [masalah_text(m) for m in rencana.masalah] == [
            f"Sheet Anggota Pokja, baris {copy_row}: sama dengan baris {source_row} (uuid yang "
            "sama); baris ini tidak dibaca"]
        with pytest.raises(ImportBlocked):
            terapkan(target, rencana, cadangkan=False)
        assert target.desa.desa_list() == []
        hasil = terapkan(target, rencana, hanya_baris_sah=True, cadangkan=False)
        assert hasil.dilewati == (("Anggota Pokja", copy_row),)
        members = [m.nama for m in target.pokja.pokja_for(SILURAH).anggota]
        assert members == [sheet.cell(r, names["Nama"]).value for r in range(header + 1, copy_row)]
        assert len(set(members)) == len(members)


def test_a_copied_session_row_leaves_its_participants_to_the_original(
        buku_silurah: Path, tmp_path: Path) -> None:
    """The copy of a Kegiatan row is no parent: the session's participants, pre-post and RTL
    rows come in with the original row, and a second import finds nothing new."""
    book, path, copy_row = _row_copied(buku_silurah, "Kegiatan", 1, tmp_path / "salin.xlsx")
    sheet = book["Kegiatan"]
    header, names = header_map(sheet)
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, path)
        assert [masalah_text(m) for m in rencana.masalah] == [
            f"Sheet Kegiatan, baris {copy_row}: sama dengan baris {header + 1} (uuid yang sama); "
            "baris ini tidak dibaca"]
        hasil = terapkan(target, rencana, hanya_baris_sah=True, cadangkan=False)
        assert hasil.dilewati == (("Kegiatan", copy_row),)
        assert hasil.ditulis == len(rencana.catatan)
        session = target.kegiatan.get(str(sheet.cell(header + 1, names["uuid"]).value))
        assert session.peserta  # the session copied has participants to lose
        peserta = book["Peserta"]
        p_header, p_names = header_map(peserta)
        assert sorted(p.nama for p in session.peserta) == sorted(
            peserta.cell(r, p_names["Nama"]).value for r in range(p_header + 1, peserta.max_row + 1)
            if peserta.cell(r, p_names["uuid kegiatan"]).value == session.uuid)
        again = terapkan(target, rencanakan(target, path), hanya_baris_sah=True, cadangkan=False)
        assert (again.ditulis, again.dilewati) == (0, (("Kegiatan", copy_row),))


def test_a_period_cell_holding_a_date_before_1900_is_named_not_a_crash(
        target: Workspace, buku_silurah: Path, tmp_path: Path) -> None:
    """A date cell (as Excel stores one typed "22/12/212") under Periode: a year no report
    has, said at its cell."""
    header, names = header_map(load_workbook(buku_silurah)["Sanitasi"])
    ref = f"{get_column_letter(names['Periode'])}{header + 1}"
    members = baca_zip(buku_silurah)
    part = next(m for m in members if m.nama == lembar_part(members)["Sanitasi"])
    xml = part.isi.decode()
    found = re.search(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml)
    assert found is not None
    part.isi = (xml[:found.start()] + f'<c r="{ref}" t="d"><v>0212-12-22</v></c>'
                + xml[found.end():]).encode()
    rencana = rencanakan(target, tulis_zip(members, tmp_path / "periode.xlsx"))
    assert [masalah_text(m) for m in rencana.masalah] == [
        f"Sheet Sanitasi, baris {header + 1}, kolom Periode: bukan bulan dan tahun (“22/12/212”); "
        "tulis misalnya 01/2025 atau Januari 2025"]
