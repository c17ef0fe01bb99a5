"""The HTML of a session's printouts, without Qt: sheets per day, alternating signature halves,
escaping, kop and signers by level, pre/post figures and RTL rows."""

from __future__ import annotations

import datetime as dt
import re
from statistics import fmean

import pytest

from kks_desktop.domain.kegiatan import Kegiatan, Peserta, Rtl, StatusRtl
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.tanggal import hari_tanggal, rentang_tanggal, tanggal_panjang
from kks_desktop.messages import percent_text
from kks_desktop.messages_kegiatan import STATUS_RTL_LABELS, catatan_pasangan
from kks_desktop.services import kegiatan_service, pokja_service
from kks_desktop.services.cetak_html import Penandatangan, angka, nilai, tanda_tangan
from kks_desktop.services.cetak_kegiatan import (
    Kata,
    baris_kop,
    daftar_hadir,
    penandatangan_bawaan,
    rekap_prepost,
    rencana_tindak_lanjut,
)
from kks_desktop.services.identitas import identitas

KATA = Kata(STATUS_RTL_LABELS, percent_text, catatan_pasangan)
MULAI = dt.date(2025, 9, 16)  # a Tuesday


def _peserta(n: int) -> tuple[Peserta, ...]:
    people = []
    for i in range(1, n + 1):
        pre = None if i == 7 else float(40 + i % 30)
        post = None if i in (9, 11) else float(60 + i % 35)
        people.append(Peserta(nama=f"Peserta Nomor {i:02d}", jabatan="Kader", kategori=(
            "pokja_desa" if i % 2 else "puskesmas"), instansi=f"Instansi {i}", hadir=(1, 2),
            pre=pre, post=post))
    people[2] = people[2].with_changes(nama="<b>Budi</b> & Ani")
    people[4] = people[4].with_changes(nama='=HYPERLINK("x")')
    return tuple(people)


@pytest.fixture
def sesi(ws, make_desa) -> Kegiatan:
    """A saved 2-day orientation in Desa Silurah with 60 participants and two RTL rows."""
    desa = make_desa(ws, "33.25.01.2001")
    plans = (Rtl("Pemicuan ulang RT 03", tujuan="Stop BABS", sasaran="KK di RT 03",
                 waktu=dt.date(2025, 10, 20), tempat="RT 03", penanggung_jawab="Bidan Desa",
                 sumber_dana="Dana Desa", indikator="Nol KK BABS", status=StatusRtl.BERJALAN),
             Rtl("Rapat evaluasi", waktu=dt.date(2025, 11, 3), penanggung_jawab="Ketua Pokja",
                 status=StatusRtl.SELESAI))
    kegiatan = Kegiatan(jenis="orientasi_kks", judul="Orientasi Pokja Desa Sehat", mulai=MULAI,
                        selesai=MULAI + dt.timedelta(days=1), wilayah=desa.kode,
                        tempat="Balai Desa Silurah", penyelenggara="Pokja Desa Sehat Silurah",
                        peserta=_peserta(60), rtl=plans)
    saved, _warnings = kegiatan_service.simpan(ws, kegiatan)
    return saved


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="ttd">(.*?)</tr>', html)


def test_dates_are_written_the_indonesian_way() -> None:
    assert tanggal_panjang(dt.date(2023, 11, 13)) == "13 November 2023"
    assert hari_tanggal(MULAI) == "Selasa, 16 September 2025"
    assert hari_tanggal(dt.date(2025, 9, 21)) == "Minggu, 21 September 2025"
    assert rentang_tanggal(MULAI, MULAI) == "16 September 2025"
    assert rentang_tanggal(MULAI, dt.date(2025, 9, 17)) == "16–17 September 2025"
    assert rentang_tanggal(dt.date(2025, 9, 30), dt.date(2025, 10, 1)) == \
        "30 September – 1 Oktober 2025"
    assert rentang_tanggal(dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == \
        "31 Desember 2025 – 1 Januari 2026"


def test_numbers_use_comma_decimals_and_dot_thousands() -> None:
    assert angka(1234.5) == "1.234,5"
    assert angka(16.0) == "16,0"
    assert angka(None) == "–"
    assert nilai(75.0) == "75"
    assert nilai(72.5) == "72,5"
    assert nilai(None) == "–"


def test_daftar_hadir_has_one_sheet_per_day_listing_everyone_in_order(ws, sesi) -> None:
    dokumen = daftar_hadir(ws, sesi)
    assert len(dokumen.lembar) == 2
    html = dokumen.html()
    assert html.count("<thead>") == 2
    # the second day starts on a new page, and only it
    assert html.count("page-break-before: always") == 1
    assert html.index("page-break-before") > html.index("Peserta Nomor 60")
    for sheet in dokumen.lembar:
        assert sheet.tabel is not None
        rows = _rows(sheet.html())
        assert len(rows) == 60
        names = [p.nama for p in sesi.peserta]
        positions = [sheet.html().index(f"<td>{n}</td>") for n in names if "<" not in n
                     and '"' not in n]
        assert positions == sorted(positions)
    assert "Selasa, 16 September 2025 (Hari ke-1 dari 2)" in dokumen.lembar[0].atas
    assert "Rabu, 17 September 2025 (Hari ke-2 dari 2)" in dokumen.lembar[1].atas
    assert "Silurah, 16 September 2025" in dokumen.lembar[0].bawah
    assert "Silurah, 17 September 2025" in dokumen.lembar[1].bawah


def test_everyone_is_listed_even_when_absent_that_day(ws, sesi) -> None:
    absent = sesi.with_changes(peserta=tuple(p.with_changes(hadir=(1,)) for p in sesi.peserta))
    day_two = daftar_hadir(ws, absent).lembar[1].html()
    assert len(_rows(day_two)) == 60
    assert "Peserta Nomor 60" in day_two


def test_signature_numbers_alternate_left_and_right(ws, sesi) -> None:
    rows = _rows(daftar_hadir(ws, sesi).lembar[0].html())
    for number, row in enumerate(rows[:4], start=1):
        left = re.search(r'class="kiri-ttd"[^>]*>(.*?)</td>', row)
        right = re.search(r'class="kanan-ttd"[^>]*>(.*?)</td>', row)
        assert left is not None and right is not None
        expected = (f"{number}.", "") if number % 2 else ("", f"{number}.")
        assert (left.group(1), right.group(1)) == expected


def test_user_text_is_escaped(ws, sesi) -> None:
    html = daftar_hadir(ws, sesi).html()
    assert "&lt;b&gt;Budi&lt;/b&gt; &amp; Ani" in html
    assert "<b>Budi</b>" not in html
    assert "=HYPERLINK(&quot;x&quot;)" in html


def test_blank_sheet_has_numbered_empty_rows(ws, sesi) -> None:
    dokumen = daftar_hadir(ws, sesi, kosong=25)
    rows = _rows(dokumen.lembar[0].html())
    assert len(rows) == 25
    assert rows[0].startswith('<td align="center">1</td><td></td><td></td><td></td>')
    assert rows[24].startswith('<td align="center">25</td>')
    assert "Peserta Nomor" not in dokumen.html()
    assert "Orientasi Pokja Desa Sehat" in dokumen.lembar[0].atas


def test_kop_rows_by_level(ws, make_desa) -> None:
    make_desa(ws, "33.25.01.2001")
    assert baris_kop(identitas(ws, KodeWilayah.parse("33.25.01.2001")), "") == [
        "POKJA DESA SEHAT SILURAH", "DESA SILURAH KECAMATAN WONOTUNGGAL", "KABUPATEN BATANG"]
    assert baris_kop(identitas(ws, KodeWilayah.parse("33.25.01")), "Puskesmas Wonotunggal") == [
        "PUSKESMAS WONOTUNGGAL", "KECAMATAN WONOTUNGGAL", "KABUPATEN BATANG"]
    assert baris_kop(identitas(ws, KodeWilayah.parse("33.25")), "") == [
        "TIM PEMBINA KABUPATEN BATANG SEHAT", "KABUPATEN BATANG"]


def test_default_signers_follow_the_level(ws, sesi) -> None:
    assert penandatangan_bawaan(ws, sesi) == Penandatangan(
        tempat="Silurah", kiri_jabatan="Kepala Desa Silurah",
        kanan_jabatan="Ketua Pokja Desa Sehat", kanan_nama="")
    pokja_service.save_pokja(ws, sesi.wilayah, Pokja(anggota=(
        Anggota("Rina Wulandari", Jabatan.SEKRETARIS), Anggota("Sugeng Riyadi", Jabatan.KETUA))))
    assert penandatangan_bawaan(ws, sesi).kanan_nama == "Sugeng Riyadi"
    kecamatan = sesi.with_changes(wilayah=KodeWilayah.parse("33.25.01"),
                                  penyelenggara="Puskesmas Wonotunggal")
    assert penandatangan_bawaan(ws, kecamatan) == Penandatangan(
        tempat="Wonotunggal", kiri_jabatan="Camat Wonotunggal",
        kanan_jabatan="Puskesmas Wonotunggal")
    kabupaten = sesi.with_changes(wilayah=KodeWilayah.parse("33.25"))
    assert penandatangan_bawaan(ws, kabupaten) == Penandatangan(
        tempat="Batang", kiri_jabatan="Ketua Tim Pembina Kabupaten Batang Sehat",
        kanan_jabatan="Ketua Panitia")


def test_signature_block_names_or_dotted_lines() -> None:
    signed = tanda_tangan(Penandatangan(tempat="Silurah", kiri_jabatan="Kepala Desa Silurah",
                                        kanan_jabatan="Ketua Pokja Desa Sehat",
                                        kanan_nama="Sugeng <Riyadi>", kanan_nip="1970"), MULAI)
    assert "Silurah, 16 September 2025" in signed
    assert "Mengetahui," in signed
    assert "<b><u>Sugeng &lt;Riyadi&gt;</u></b>" in signed
    assert "NIP. 1970" in signed
    assert "(....." in signed  # the Kepala Desa has no name yet
    alone = tanda_tangan(Penandatangan(tempat="Batang", kanan_jabatan="Ketua Panitia"), MULAI)
    assert "Mengetahui," not in alone


def test_prepost_recap_shows_paired_figures_and_marks_missing_scores(ws, sesi) -> None:
    html = rekap_prepost(ws, sesi, KATA).html()
    paired = [p for p in sesi.peserta if p.pre is not None and p.post is not None]
    mean_pre = fmean(p.pre for p in paired if p.pre is not None)
    mean_post = fmean(p.post for p in paired if p.post is not None)
    assert len(paired) == 57
    assert f"{mean_pre:.1f}".replace(".", ",") in html
    assert f"{mean_post:.1f}".replace(".", ",") in html
    assert f"{mean_post - mean_pre:.1f}".replace(".", ",") in html
    assert ("Dihitung dari 57 peserta yang memiliki nilai pre-test dan post-test; 2 hanya "
            "pre-test, 1 hanya post-test tidak ikut dihitung.") in html
    assert "JUMLAH" in html and "Pokja Desa" in html and "Puskesmas" in html
    row_7 = re.search(r"<td>Peserta Nomor 07</td>.*?</tr>", html)
    row_9 = re.search(r"<td>Peserta Nomor 09</td>.*?</tr>", html)
    assert row_7 is not None and "Tanpa pre-test" in row_7.group(0)
    assert row_9 is not None and "Tanpa post-test" in row_9.group(0)
    assert "tidak ikut dihitung" in html


def test_rtl_lists_rows_with_status_and_date(ws, sesi) -> None:
    dokumen = rencana_tindak_lanjut(ws, sesi, KATA)
    assert dokumen.mendatar
    html = dokumen.html()
    assert "Indikator keberhasilan" in html
    first = html.index("Pemicuan ulang RT 03")
    assert first < html.index("Rapat evaluasi")
    assert "20/10/2025" in html and "Berjalan" in html and "Selesai" in html
    empty = rencana_tindak_lanjut(ws, sesi.with_changes(rtl=()), KATA).html()
    assert "Belum ada rencana tindak lanjut" in empty


def test_names_above_a_desa_come_from_the_workspace_before_the_official_list(ws, make_desa,
                                                                             monkeypatch) -> None:
    from kks_desktop.services import wilayah

    make_desa(ws, "33.25.01.2001")
    looked_up: list[str] = []
    monkeypatch.setattr(wilayah, "name_of", lambda kode: looked_up.append(str(kode)) or None)
    who = identitas(ws, KodeWilayah.parse("33.25.01"))
    assert (who.kecamatan, who.kabupaten, who.provinsi) == ("Wonotunggal", "Kabupaten Batang",
                                                            "Jawa Tengah")
    assert looked_up == []
    assert identitas(ws, KodeWilayah.parse("33.26")).kabupaten == "33.26"  # no desa: the list
    assert looked_up == ["33.26", "33"]
