"""Session printouts rendered to real PDF files by Qt and read back with pypdf: names, headers
on every page, one sheet per day, whole rows per page, paper sizes, and no half-written files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from kks_desktop.domain.kegiatan import Kegiatan, Peserta, Rtl, StatusRtl
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import desa_service, kegiatan_service, pengaturan
from kks_desktop.services.cetak_html import Penandatangan
from kks_desktop.services.cetak_kegiatan import daftar_hadir
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui import cetak_pdf
from kks_desktop.ui.cetak_kegiatan import cetak_daftar_hadir, cetak_prepost, cetak_rtl

MULAI = dt.date(2025, 9, 16)
MM_TO_PT = 72 / 25.4
HEAD = "No Nama Jabatan Instansi Tanda tangan"


def _name(i: int) -> str:
    return {3: "<b>Budi</b> & Ani", 5: '=HYPERLINK("x")'}.get(i, f"Peserta Nomor {i:02d}")


@pytest.fixture(scope="module")
def ws_sesi(tmp_path_factory, qapp) -> Iterator[tuple[Workspace, Kegiatan]]:
    """60 participants over 2 days in Desa Silurah, some long instansi, three missing a score;
    one workspace for the module, as reading PDFs back is slow."""
    ws = Workspace.open(tmp_path_factory.mktemp("cetak") / "kks.db")
    desa = desa_service.add_desa(ws, desa_service.new_desa(
        ws, KodeWilayah.parse("33.25.01.2001"))).desa
    people = tuple(
        Peserta(nama=_name(i), jabatan="Kader Posyandu", hadir=(1, 2),
                instansi="Forum Kecamatan Sehat Wonotunggal" if i % 9 == 0 else f"RT {i:02d}",
                kategori="pokja_desa", pre=None if i == 7 else float(40 + i % 30),
                post=None if i in (9, 11) else float(60 + i % 35))
        for i in range(1, 61))
    plan = Rtl("Pemicuan ulang RT 03", tujuan="Stop BABS", waktu=dt.date(2025, 10, 20),
               penanggung_jawab="Bidan Desa", status=StatusRtl.BERJALAN)
    kegiatan = Kegiatan(jenis="orientasi_kks", judul="Orientasi Pokja Desa Sehat", mulai=MULAI,
                        selesai=MULAI + dt.timedelta(days=1), wilayah=desa.kode,
                        tempat="Balai Desa Silurah", penyelenggara="Pokja Desa Sehat Silurah",
                        peserta=people, rtl=(plan,))
    yield ws, kegiatan_service.simpan(ws, kegiatan)[0]
    ws.close()


@pytest.fixture
def sesi(ws_sesi) -> Kegiatan:
    return ws_sesi[1]


@pytest.fixture
def ws(ws_sesi) -> Workspace:
    return ws_sesi[0]


@pytest.fixture(scope="module")
def dua_hari(ws_sesi, tmp_path_factory) -> tuple[int, list[str]]:
    """The 2-day daftar hadir on A4: pages reported and each page's text."""
    ws, kegiatan = ws_sesi
    path = tmp_path_factory.mktemp("a4") / "daftar-hadir.pdf"
    pages = cetak_daftar_hadir(ws, kegiatan, path)
    assert abs(_size_mm(path)[0] - 210) < 0.5 and abs(_size_mm(path)[1] - 297) < 0.5
    return pages, _pages(path)


def _pages(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _size_mm(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width) / MM_TO_PT, float(box.height) / MM_TO_PT


def test_daftar_hadir_lists_everyone_with_the_head_on_every_page(dua_hari):
    pages, texts = dua_hari
    assert pages == len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        assert HEAD in text
        assert f"Halaman {number} dari {pages}" in text
    everything = " ".join(texts)
    for i in range(1, 61):
        assert everything.count(_name(i)) == 2  # once on each day's sheet


def test_each_day_starts_a_new_page_with_every_name(ws, sesi, dua_hari, tmp_path):
    texts = dua_hari[1]
    starts = [i for i, t in enumerate(texts) if "Hari ke-" in t]
    assert len(starts) == 2 and starts[0] == 0
    day_one, day_two = texts[:starts[1]], texts[starts[1]:]
    assert "Selasa, 16 September 2025 (Hari ke-1 dari 2)" in day_one[0]
    assert "Rabu, 17 September 2025 (Hari ke-2 dari 2)" in day_two[0]
    for sheet in (day_one, day_two):
        joined = " ".join(sheet)
        assert all(joined.count(_name(i)) == 1 for i in range(1, 61))
        # the signature block closes each day's sheet, on its last page only
        assert ["Mengetahui," in t for t in sheet] == [False] * (len(sheet) - 1) + [True]
    assert "Silurah, 16 September 2025" in day_one[-1]
    assert "Silurah, 17 September 2025" in day_two[-1]
    one_day = sesi.with_changes(selesai=MULAI, peserta=tuple(
        p.with_changes(hadir=(1,)) for p in sesi.peserta))
    assert cetak_daftar_hadir(ws, one_day, tmp_path / "satu-hari.pdf") * 2 == len(texts)


def test_a_row_is_never_cut_between_pages(dua_hari):
    for text in dua_hari[1]:
        words = text.split()
        for i in range(1, 61):
            if f"Peserta Nomor {i:02d}" in text:
                assert f"{i}." in words  # the row's signature number is on the same page


def test_user_text_prints_literally(dua_hari):
    everything = " ".join(dua_hari[1])
    assert "<b>Budi</b> & Ani" in everything
    assert '=HYPERLINK("x")' in everything


def test_f4_never_needs_more_pages_than_a4_and_keeps_its_size(ws, sesi, dua_hari, tmp_path):
    pengaturan.set_kertas(ws, Kertas.F4)
    try:
        f4 = cetak_daftar_hadir(ws, sesi, tmp_path / "f4.pdf")
    finally:
        pengaturan.set_kertas(ws, Kertas.A4)
    assert f4 <= dua_hari[0]
    width, height = _size_mm(tmp_path / "f4.pdf")
    assert abs(width - 215) < 0.5 and abs(height - 330) < 0.5
    texts = _pages(tmp_path / "f4.pdf")
    assert all(HEAD in t for t in texts)


@pytest.mark.parametrize("kertas", list(Kertas))
def test_the_page_plan_matches_qts_own_layout(ws, sesi, kertas):
    """Whole rows per page only hold if Qt lays out no more pages than were planned."""
    layout = cetak_pdf.tata_letak(kertas)
    body = layout.paintRect(QPageLayout.Unit.Point)
    scale = cetak_pdf.LAYOUT_DPI / 72
    page = QSizeF(body.width() * scale, body.height() * scale
                  - cetak_pdf.FOOTER_MM / 25.4 * cetak_pdf.LAYOUT_DPI)
    for dokumen in (daftar_hadir(ws, sesi), daftar_hadir(ws, sesi, kosong=45)):
        planned, html = cetak_pdf.susun(dokumen, page)
        doc = cetak_pdf.dokumen_qt(html, page.width())
        doc.setPageSize(page)
        assert planned >= 2 * len(dokumen.lembar)
        assert doc.pageCount() == planned


def test_f4_page_size_is_exactly_215_by_330():
    size = cetak_pdf.ukuran_kertas(Kertas.F4).size(QPageSize.Unit.Millimeter)
    assert (round(size.width(), 3), round(size.height(), 3)) == (215.0, 330.0)


def test_blank_sheet_has_the_numbered_rows_asked_for(ws, sesi, tmp_path):
    path = tmp_path / "kosong.pdf"
    one_day = sesi.with_changes(selesai=MULAI)
    pages = cetak_daftar_hadir(ws, one_day, path, kosong=25,
                               ttd=Penandatangan(tempat="Silurah", kanan_jabatan="Sekretaris",
                                                 kanan_nama="Rina Wulandari"))
    texts = _pages(path)
    words = " ".join(texts).split()
    assert [n for n in range(1, 40) if f"{n}." in words] == list(range(1, 26))
    assert "Peserta Nomor" not in " ".join(texts)
    assert "Orientasi Pokja Desa Sehat" in texts[0]
    assert "Rina Wulandari" in texts[-1] and pages == len(texts)


def test_prepost_recap_prints_indonesian_figures_and_who_is_left_out(ws, sesi, tmp_path):
    path = tmp_path / "prepost.pdf"
    cetak_prepost(ws, sesi, path)
    texts = _pages(path)
    everything = " ".join(texts)
    paired = [p for p in sesi.peserta if p.pre is not None and p.post is not None]
    mean_pre = sum(p.pre or 0 for p in paired) / len(paired)
    mean_post = sum(p.post or 0 for p in paired) / len(paired)
    assert f"Rata-rata nilai pre-test {mean_pre:.1f}".replace(".", ",") in everything
    assert f"Rata-rata nilai post-test {mean_post:.1f}".replace(".", ",") in everything
    assert "Peserta dengan nilai pre-test dan post-test 57" in everything
    assert "Peserta Nomor 07" in everything and "Tanpa pre-test" in everything
    assert "Peserta Nomor 09" in everything and "Tanpa post-test" in everything
    assert all("Kenaikan" in t for t in texts[1:])  # the score table's head repeats


def test_rtl_prints_on_landscape_paper(ws, sesi, tmp_path):
    path = tmp_path / "rtl.pdf"
    cetak_rtl(ws, sesi, path)
    width, height = _size_mm(path)
    assert (round(width), round(height)) == (297, 210)
    text = " ".join(_pages(path))
    assert "RENCANA TINDAK LANJUT (RTL)" in text
    assert "Pemicuan ulang RT 03" in text and "20/10/2025" in text and "Berjalan" in text


def test_a_failed_print_leaves_the_old_file_and_no_temporary(ws, sesi, tmp_path,
                                                           monkeypatch):
    path = tmp_path / "daftar-hadir.pdf"
    path.write_bytes(b"earlier print")

    def temporaries() -> list[str]:
        return [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    def broken(*args: object) -> None:
        assert temporaries()  # half a PDF is being written beside the target
        raise RuntimeError("printer gone")

    monkeypatch.setattr(cetak_pdf, "_kaki", broken)
    with pytest.raises(RuntimeError, match="printer gone"):
        cetak_daftar_hadir(ws, sesi, path)
    assert path.read_bytes() == b"earlier print"
    assert temporaries() == []


def test_a_missing_folder_is_an_os_error_and_writes_nothing(ws, sesi, tmp_path):
    path = tmp_path / "tidak-ada" / "daftar-hadir.pdf"
    with pytest.raises(FileNotFoundError):
        cetak_daftar_hadir(ws, sesi, path)
    assert not path.parent.exists()
