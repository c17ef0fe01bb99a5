"""A session's printouts as HTML sheets: daftar hadir (filled or blank), pre/post recap and RTL."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.errors import DesaNotFound
from kks_desktop.domain.kegiatan import Kegiatan, Peserta, Rtl, StatusRtl
from kks_desktop.domain.kode_wilayah import Level
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.domain.prepost import RingkasanNilai, hasil_prepost
from kks_desktop.domain.tanggal import hari_tanggal, rentang_tanggal
from kks_desktop.services.cetak_html import (
    KOSONG,
    Dokumen,
    Lembar,
    Penandatangan,
    Tabel,
    angka,
    identitas_blok,
    judul,
    kop,
    nilai,
    tabel_garis,
    tanda_tangan,
    tanggal_tabel,
    teks,
)
from kks_desktop.services.identitas import Identitas, identitas
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Kata:
    """Wording kept in the messages modules, which services may not import: the caller passes
    it in (`kks_desktop.ui.cetak_kegiatan.KATA`)."""

    status_rtl: Mapping[StatusRtl, str]
    persen: Callable[[float | None], str]
    catatan_pasangan: Callable[[RingkasanNilai], str]


def penandatangan_bawaan(ws: Workspace, kegiatan: Kegiatan) -> Penandatangan:
    """The usual signers for the session's level: at a desa the Ketua Pokja (named from the
    register if known) and the Kepala Desa; at a kecamatan the organiser and the Camat; above,
    the Ketua Panitia and the Ketua Tim Pembina."""
    who = identitas(ws, kegiatan.wilayah)
    level = who.tingkat
    if level is Level.DESA:
        lembaga = "Kelurahan" if who.jenis_desa == "Kelurahan" else "Desa"
        kepala = "Lurah" if lembaga == "Kelurahan" else f"Kepala {who.jenis_desa}"
        return Penandatangan(tempat=who.desa, kiri_jabatan=f"{kepala} {who.desa}",
                             kanan_jabatan=f"Ketua Pokja {lembaga} Sehat",
                             kanan_nama=_ketua_pokja(ws, kegiatan))
    if level is Level.KECAMATAN:
        return Penandatangan(tempat=who.kecamatan, kiri_jabatan=f"Camat {who.kecamatan}",
                             kanan_jabatan=kegiatan.penyelenggara
                             or f"Ketua Forum Kecamatan Sehat {who.kecamatan}")
    if level is Level.KABKOTA:
        return Penandatangan(tempat=_tanpa_awalan(who.kabupaten),
                             kiri_jabatan=f"Ketua Tim Pembina {who.kabupaten} Sehat",
                             kanan_jabatan="Ketua Panitia")
    return Penandatangan(tempat=who.provinsi, kanan_jabatan="Ketua Panitia")


def _ketua_pokja(ws: Workspace, kegiatan: Kegiatan) -> str:
    try:
        pokja = ws.pokja.pokja_for(kegiatan.wilayah)
    except DesaNotFound:
        return ""
    return next((a.nama for a in pokja.anggota if a.jabatan is Jabatan.KETUA), "")


def _tanpa_awalan(kabupaten: str) -> str:
    """"Batang" from "Kabupaten Batang", "Pekalongan" from "Kota Pekalongan"."""
    for awalan in ("Kabupaten ", "Kota "):
        if kabupaten.startswith(awalan):
            return kabupaten[len(awalan):]
    return kabupaten


def baris_kop(who: Identitas, penyelenggara: str) -> list[str]:
    """The letterhead rows for a session held at `who`'s level, in capitals."""
    level = who.tingkat
    if level is Level.DESA:
        lembaga = "Kelurahan" if who.jenis_desa == "Kelurahan" else "Desa"
        rows = [f"Pokja {lembaga} Sehat {who.desa}",
                f"{who.jenis_desa} {who.desa} Kecamatan {who.kecamatan}", who.kabupaten]
    elif level is Level.KECAMATAN:
        rows = [penyelenggara or f"Forum Kecamatan Sehat {who.kecamatan}",
                f"Kecamatan {who.kecamatan}", who.kabupaten]
    elif level is Level.KABKOTA:
        rows = [penyelenggara or f"Tim Pembina {who.kabupaten} Sehat", who.kabupaten]
    else:
        rows = [penyelenggara, f"Provinsi {who.provinsi}"]
    return [r.upper() for r in rows if r]


def _atas(ws: Workspace, kegiatan: Kegiatan, title: str, tanggal: str) -> str:
    """Kop, title and identity block shared by the three printouts."""
    acuan = acuan_kegiatan()
    rows = [("Kegiatan", kegiatan.judul), ("Jenis kegiatan", acuan.label_jenis(kegiatan.jenis)),
            ("Hari/Tanggal", tanggal), ("Tempat", kegiatan.tempat),
            ("Penyelenggara", kegiatan.penyelenggara)]
    return (kop(baris_kop(identitas(ws, kegiatan.wilayah), kegiatan.penyelenggara))
            + judul(title) + identitas_blok(rows))


def _td(content: str = "", attrs: str = "") -> str:
    """A cell; no inline style, which would drop the style sheet's borders in Qt."""
    return f"<td{' ' + attrs if attrs else ''}>{content}</td>"


def _th(*cells: tuple[str, str]) -> str:
    """A head row from (label, attributes) pairs."""
    return "<tr>" + "".join(f"<th {attrs}>{teks(label)}</th>" for label, attrs in cells) + "</tr>"


_KEPALA_HADIR = _th(("No", 'width="5%"'), ("Nama", 'width="25%"'), ("Jabatan", 'width="17%"'),
                    ("Instansi", 'width="27%"'), ("Tanda tangan", 'colspan="2" width="26%"'))


def _baris_hadir(no: int, person: Peserta | None) -> str:
    """One row: the signature half on the row's side (odd left, even right) carries its number."""
    nomor = f"{no}."
    left, right = (nomor, "") if no % 2 else ("", nomor)
    values = (person.nama, person.jabatan, person.instansi) if person else ("", "", "")
    cells = [_td(str(no), 'align="center"'), *(_td(teks(v)) for v in values),
             _td(left, 'class="kiri-ttd" width="13%"'), _td(right, 'class="kanan-ttd" width="13%"')]
    # tr.ttd: taller than its text, room to sign in
    return '<tr class="ttd">' + "".join(cells) + "</tr>"


@tetap_indonesia
def daftar_hadir(ws: Workspace, kegiatan: Kegiatan, *, kosong: int = 0,
                 ttd: Penandatangan | None = None) -> Dokumen:
    """One sheet per day listing every participant in the session's order (all of them: the
    paper is what gets signed); with `kosong` > 0, that many numbered empty rows instead."""
    signers = ttd or penandatangan_bawaan(ws, kegiatan)
    people: list[Peserta | None] = [None] * kosong if kosong > 0 else list(kegiatan.peserta)
    rows = tuple(_baris_hadir(i, p) for i, p in enumerate(people, start=1))
    sheets = []
    for day in range(1, kegiatan.hari + 1):
        date = kegiatan.tanggal_hari(day)
        tanggal = hari_tanggal(date)
        if kegiatan.hari > 1:
            tanggal += f" (Hari ke-{day} dari {kegiatan.hari})"
        sheets.append(Lembar(_atas(ws, kegiatan, "Daftar hadir", tanggal), Tabel(_KEPALA_HADIR, rows),
                             tanda_tangan(signers, date)))
    return Dokumen(f"Daftar hadir {kegiatan.judul}", tuple(sheets))


_KEPALA_NILAI = _th(("No", 'width="5%"'), ("Nama", 'width="21%"'), ("Instansi", 'width="18%"'),
                    ("Kategori", 'width="14%"'), ("Pre", 'width="7%"'), ("Post", 'width="7%"'),
                    ("Kenaikan", 'width="11%"'), ("Keterangan", 'width="17%"'))

_KEPALA_KATEGORI = _th(("Kategori", 'width="19%"'), ("Peserta", 'width="9%"'),
                       ("Pre dan post", 'width="10%"'), ("Rata-rata pre", 'width="10%"'),
                       ("Rata-rata post", 'width="10%"'), ("Kenaikan", 'width="12%"'),
                       ("Lulus pre-test", 'width="15%"'), ("Lulus post-test", 'width="15%"'))


_CATATAN_KETERANGAN = ("Peserta yang tidak memiliki nilai pre-test atau post-test ditandai pada "
                       "kolom Keterangan dan tidak ikut dihitung dalam rata-rata, kenaikan dan "
                       "jumlah lulus.")


def _keterangan(person: Peserta) -> str:
    if person.pre is None and person.post is None:
        return "Tanpa nilai"
    if person.post is None:
        return "Tanpa post-test"
    if person.pre is None:
        return "Tanpa pre-test"
    return ""


def _baris_nilai(no: int, person: Peserta, label_kategori: Callable[[str], str]) -> str:
    gain = (person.post - person.pre
            if person.pre is not None and person.post is not None else None)
    right = 'align="right"'
    cells = [_td(str(no), 'align="center"'), _td(teks(person.nama)),
             _td(teks(person.instansi)), _td(teks(label_kategori(person.kategori) or KOSONG)),
             _td(nilai(person.pre), right), _td(nilai(person.post), right),
             _td(nilai(gain), right), _td(f"<i>{teks(_keterangan(person))}</i>")]
    return "<tr>" + "".join(cells) + "</tr>"


def _lulus(count: int, share: float | None, kata: Kata, satuan: str = " peserta") -> str:
    return f"{count}{satuan} ({kata.persen(share)})"


def _ringkasan(total: RingkasanNilai, batas: float, kata: Kata) -> str:
    rows = [("Batas lulus", nilai(batas)), ("Jumlah peserta", str(total.peserta)),
            ("Peserta dengan nilai pre-test dan post-test", str(total.pasangan)),
            ("Rata-rata nilai pre-test", angka(total.rata_pre)),
            ("Rata-rata nilai post-test", angka(total.rata_post)),
            ("Rata-rata kenaikan nilai", angka(total.rata_kenaikan)),
            ("Mencapai batas lulus pada pre-test",
             _lulus(total.lulus_pre, total.persen_lulus_pre, kata)),
            ("Mencapai batas lulus pada post-test",
             _lulus(total.lulus_post, total.persen_lulus_post, kata))]
    return tabel_garis("".join(
        f'<tr><td width="70%">{teks(label)}</td><td align="right">{teks(value)}</td></tr>'
        for label, value in rows), lebar="80%")


def _baris_kategori(label: str, r: RingkasanNilai, kata: Kata, tebal: bool = False) -> str:
    values = [str(r.peserta), str(r.pasangan), angka(r.rata_pre), angka(r.rata_post),
              angka(r.rata_kenaikan), _lulus(r.lulus_pre, r.persen_lulus_pre, kata, ""),
              _lulus(r.lulus_post, r.persen_lulus_post, kata, "")]
    wrap = (lambda s: f"<b>{s}</b>") if tebal else (lambda s: s)
    cells = [_td(wrap(teks(label)))] + [_td(wrap(teks(v)), 'align="right"') for v in values]
    return "<tr>" + "".join(cells) + "</tr>"


@tetap_indonesia
def rekap_prepost(ws: Workspace, kegiatan: Kegiatan, kata: Kata, *,
                  ttd: Penandatangan | None = None) -> Dokumen:
    """Headline figures, a table per kategori and every participant's scores; participants
    missing a score are listed and marked as left out of the paired figures."""
    acuan = acuan_kegiatan()
    hasil = hasil_prepost(kegiatan.peserta, kegiatan.batas_lulus)
    kategori = "".join(_baris_kategori(acuan.label_kategori(k) or "Tanpa kategori", r, kata)
                       for k, r in hasil.per_kategori)
    kategori += _baris_kategori("JUMLAH", hasil.total, kata, tebal=True)
    atas = (_atas(ws, kegiatan, "Rekap hasil pre-test dan post-test",
                  rentang_tanggal(kegiatan.mulai, kegiatan.selesai))
            + '<p class="bagian">A. Ringkasan</p>' + _ringkasan(hasil.total, hasil.batas_lulus, kata)
            + f'<p class="catatan">{teks(kata.catatan_pasangan(hasil.total))}</p>'
            + '<p class="bagian">B. Per kategori peserta</p>'
            + tabel_garis(f"<thead>{_KEPALA_KATEGORI}</thead>{kategori}")
            + '<p class="bagian">C. Nilai per peserta</p>')
    rows = tuple(_baris_nilai(i, p, acuan.label_kategori)
                 for i, p in enumerate(kegiatan.peserta, start=1))
    bawah = tanda_tangan(ttd or penandatangan_bawaan(ws, kegiatan), kegiatan.selesai)
    if any(_keterangan(p) for p in kegiatan.peserta):
        bawah = f'<p class="catatan">{teks(_CATATAN_KETERANGAN)}</p>' + bawah
    return Dokumen(f"Rekap pre-test dan post-test {kegiatan.judul}",
                   (Lembar(atas, Tabel(_KEPALA_NILAI, rows), bawah),))


_KEPALA_RTL = _th(("No", 'width="4%"'), ("Kegiatan", 'width="15%"'), ("Tujuan", 'width="12%"'),
                  ("Sasaran", 'width="10%"'), ("Waktu", 'width="8%"'), ("Tempat", 'width="9%"'),
                  ("Penanggung jawab", 'width="11%"'), ("Sumber dana", 'width="8%"'),
                  ("Indikator keberhasilan", 'width="15%"'), ("Status", 'width="8%"'))


def _baris_rtl(no: int, plan: Rtl, kata: Kata) -> str:
    values = (plan.kegiatan, plan.tujuan, plan.sasaran, tanggal_tabel(plan.waktu), plan.tempat,
              plan.penanggung_jawab, plan.sumber_dana, plan.indikator,
              kata.status_rtl.get(plan.status, plan.status.value))
    return ("<tr>" + _td(str(no), 'align="center"')
            + "".join(_td(teks(v)) for v in values) + "</tr>")


@tetap_indonesia
def rencana_tindak_lanjut(ws: Workspace, kegiatan: Kegiatan, kata: Kata, *,
                          ttd: Penandatangan | None = None) -> Dokumen:
    """The RTL rows of the session, on landscape paper."""
    rows = tuple(_baris_rtl(i, plan, kata) for i, plan in enumerate(kegiatan.rtl, start=1))
    if not rows:
        rows = ('<tr><td colspan="10" align="center"><i>Belum ada rencana tindak lanjut yang '
                "dicatat.</i></td></tr>",)
    atas = _atas(ws, kegiatan, "Rencana tindak lanjut (RTL)",
                 rentang_tanggal(kegiatan.mulai, kegiatan.selesai))
    bawah = tanda_tangan(ttd or penandatangan_bawaan(ws, kegiatan), kegiatan.selesai)
    return Dokumen(f"RTL {kegiatan.judul}", (Lembar(atas, Tabel(_KEPALA_RTL, rows), bawah),),
                   mendatar=True)
