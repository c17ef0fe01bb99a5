"""HTML pieces every printout shares: kop, title, identity block, tables, signers, dates, escaping."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kks_desktop.domain.tanggal import tanggal_panjang

KOSONG = "–"  # a missing value in a table cell
TITIK_TITIK = "(" + "." * 40 + ")"  # where a signer writes the name by hand

# Qt's rich text understands this subset of CSS; sizes in pt so they hold on any printer.
GAYA = """
body { font-size: 10pt; }
p { margin-top: 0px; margin-bottom: 0px; }
p.kop1 { font-size: 13pt; font-weight: bold; }
p.kop { font-size: 12pt; font-weight: bold; }
p.judul { font-size: 12pt; font-weight: bold; margin-top: 14px; }
p.bagian { font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p.catatan { margin-top: 4px; }
table.garis { border-collapse: collapse; margin-top: 6px; }
table.garis td, table.garis th { border: 1px solid #000000; }
table.garis th { background-color: #e6e6e6; font-weight: bold; }
table.garis td.kiri-ttd { border-right-style: none; }
table.garis td.kanan-ttd { border-left-style: none; }
table.garis tr.ttd td { padding-top: 12px; padding-bottom: 12px; }
table.kop { border-collapse: collapse; margin-top: 4px; }
table.kop td { border-style: none; }
table.kop td.tebal { border-bottom: 3px solid #000000; }
table.kop td.tipis { border-bottom: 1px solid #000000; }
""".strip()


def teks(value: object) -> str:
    """Any user text, escaped so `<b>`, `&` and quotes print as typed."""
    return html.escape(str(value), quote=True)


def tanggal_tabel(day: dt.date | None) -> str:
    """`16/09/2025` as tables show dates; empty for no date."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def angka(value: float | None, decimals: int = 1) -> str:
    """`1.234,5` with a fixed number of decimals (means: `16,0`); `–` for no value."""
    if value is None:
        return KOSONG
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def nilai(value: float | None) -> str:
    """A score as typed: `75`, `72,5`; `–` for no score."""
    whole = value is not None and abs(value - round(value)) < 1e-9
    return angka(value, 0 if whole else 1)


@dataclass(frozen=True)
class Penandatangan:
    """Who signs at the foot of a printout: right the maker, left (optional) who acknowledges.

    A side without a name gets a dotted line to write it by hand; no `kiri_jabatan` leaves the
    left side out. `tempat` is the place written before the date ("Batang, 16 September 2025").
    """

    tempat: str = ""
    kiri_pengantar: str = "Mengetahui,"
    kiri_jabatan: str = ""
    kiri_nama: str = ""
    kiri_nip: str = ""
    kanan_jabatan: str = ""
    kanan_nama: str = ""
    kanan_nip: str = ""


def kop(baris: Sequence[str]) -> str:
    """The letterhead: centred bold rows, the first larger, then a thick and a thin rule."""
    rows = [line for i, line in enumerate(baris) if line and line not in baris[:i]]
    paras = "".join(f'<p align="center" class="{"kop1" if i == 0 else "kop"}">{teks(line)}</p>'
                    for i, line in enumerate(rows))
    return (paras + '<table class="kop" width="100%" cellspacing="0" cellpadding="0">'
            '<tr><td class="tebal"></td></tr>'
            '<tr><td class="tipis"><span style="font-size: 1pt;">&nbsp;</span></td></tr></table>')


def judul(text: str) -> str:
    """The uppercase centred title."""
    return f'<p align="center" class="judul">{teks(text.upper())}</p>'


def tabel_garis(isi: str, lebar: str = "100%", halaman_baru: bool = False) -> str:
    """A table with every cell ruled; `isi` is its ready rows (and head)."""
    style = ' style="page-break-before: always;"' if halaman_baru else ""
    return (f'<table class="garis" width="{lebar}" cellspacing="0" cellpadding="4"{style}>'
            f"{isi}</table>")


def identitas_blok(rows: Iterable[tuple[str, str]]) -> str:
    """Label / colon / value rows, the colons in one column: the identity block of a form."""
    cells = "".join(
        f'<tr><td width="125">{teks(label)}</td><td width="12">:</td><td>{teks(value)}</td></tr>'
        for label, value in rows)
    return ('<table width="100%" cellspacing="0" cellpadding="1" style="margin-top: 10px;">'
            f"{cells}</table>")


def tanda_tangan(ttd: Penandatangan, tanggal: dt.date) -> str:
    """The signature block: right "<tempat>, <tanggal>" / jabatan / name; left "Mengetahui," …"""
    tempat = f"{ttd.tempat}, " if ttd.tempat else ""
    kanan = _penanda(f"{tempat}{tanggal_panjang(tanggal)}", ttd.kanan_jabatan, ttd.kanan_nama,
                     ttd.kanan_nip)
    kiri = (_penanda(ttd.kiri_pengantar, ttd.kiri_jabatan, ttd.kiri_nama, ttd.kiri_nip)
            if ttd.kiri_jabatan or ttd.kiri_nama else "")
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 18px;">'
            f'<tr><td width="50%" align="center">{kiri}</td>'
            f'<td width="50%" align="center">{kanan}</td></tr></table>')


def _penanda(atas: str, jabatan: str, nama: str, nip: str) -> str:
    name = f"<b><u>{teks(nama)}</u></b>" if nama else teks(TITIK_TITIK)
    lines = [f"<p align=\"center\">{teks(atas) or '&nbsp;'}</p>",
             f"<p align=\"center\">{teks(jabatan) or '&nbsp;'}</p>",
             f'<p align="center" style="margin-top: 64px;">{name}</p>']
    if nip:
        lines.append(f'<p align="center">NIP. {teks(nip)}</p>')
    return "".join(lines)


@dataclass(frozen=True)
class Tabel:
    """A bordered table a printer may cut between rows; the `kepala` rows repeat on each page.

    `kepala` and every entry of `baris` are ready `<tr>…</tr>` HTML (text already escaped).
    """

    kepala: str
    baris: tuple[str, ...]

    def html(self, rows: range | None = None, halaman_baru: bool = False) -> str:
        """The table with the rows in `rows` (all by default), on a new page if asked."""
        chosen = self.baris if rows is None else self.baris[rows.start:rows.stop]
        return tabel_garis(f"<thead>{self.kepala}</thead><tbody>{''.join(chosen)}</tbody>",
                           halaman_baru=halaman_baru)


@dataclass(frozen=True)
class Lembar:
    """One sheet: it starts on a new page with `atas`, then the table, then `bawah`."""

    atas: str
    tabel: Tabel | None = None
    bawah: str = ""

    def html(self, halaman_baru: bool = False) -> str:
        rows = range(len(self.tabel.baris)) if self.tabel else None
        return halaman(self, rows, True, True, halaman_baru)


def halaman(lembar: Lembar, rows: range | None, pertama: bool, terakhir: bool,
            halaman_baru: bool) -> str:
    """One page of a sheet: `atas` on its first page, the table rows in `rows` (no table for
    None), `bawah` on its last page; a page break before it when `halaman_baru`."""
    brk = ' style="page-break-before: always;"'
    parts = []
    if pertama:
        parts.append(f"<div{brk if halaman_baru else ''}>{lembar.atas}</div>")
        halaman_baru = False
    if lembar.tabel is not None and rows is not None:
        parts.append(lembar.tabel.html(rows, halaman_baru))
        halaman_baru = False
    if terakhir:
        parts.append(f"<div{brk}>{lembar.bawah}</div>" if halaman_baru else lembar.bawah)
    return "".join(parts)


@dataclass(frozen=True)
class Dokumen:
    """A printout: sheets, each starting on a new page; `mendatar` for landscape paper."""

    judul: str
    lembar: tuple[Lembar, ...]
    mendatar: bool = False

    def html(self) -> str:
        """The whole document in one piece (the printer re-cuts it into pages itself)."""
        return bungkus("".join(s.html(halaman_baru=i > 0) for i, s in enumerate(self.lembar)))


def bungkus(body: str) -> str:
    """A complete HTML document around `body`, with the shared style sheet."""
    return f"<html><head><style>{GAYA}</style></head><body>{body}</body></html>"
