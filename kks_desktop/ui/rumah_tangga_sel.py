"""The Data KK grid's columns: headers, each cell's shown text, and a typed or pasted cell read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.lembar import JenisKolom, Kolom
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.domain.rumah_tangga_aturan import rapikan_no_kk
from kks_desktop.domain.sanitasi import Pilar, Rung
from kks_desktop.domain.sel import baca_sel, normal_judul
from kks_desktop.messages import FIELD_LABELS
from kks_desktop.messages_excel import temuan_text
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, PERTANYAAN_LABELS, TIDAK, YA
from kks_desktop.messages_rumah_tangga_excel import JUDUL_KOLOM
from kks_desktop.messages_sanitasi import PILAR_LABELS, PILAR_NAMES, RUNG_LABELS
from kks_desktop.services.rumah_tangga_sinonim import sasaran_judul
from kks_desktop.ui.formatting import table_date

logger = logging.getLogger(__name__)


class Jenis(Enum):
    """What a column holds, which decides its editor and how a typed cell is read."""

    NOMOR = "nomor"  # the row's number in the list shown (messages name rows by it)
    DESA = "desa"  # the desa's name (shown when browsing every desa)
    TEKS = "teks"
    NO_KK = "no_kk"
    JIWA = "jiwa"
    TANGGAL = "tanggal"
    YA_TIDAK = "ya_tidak"
    PEMBUANGAN = "pembuangan"
    TANGGA = "tangga"  # derived: the pillar 1 rung
    PILAR = "pilar"  # derived: a pillar 2–5 practised


@dataclass(frozen=True)
class KolomKK:
    """One grid column: the field it carries, its header (Indonesian in `sumber`, translated in
    `konteks` where it is shown), a sample for its width, and its pillar."""

    kunci: str
    sumber: str  # the header on one line, as the workbook and a pasted header name it
    jenis: Jenis
    contoh: str = ""  # a sample of the widest text typed (the coded columns' come from their words)
    pilar: int = 0  # the pillar a question belongs to (1–5), 0 for others
    konteks: str = "rumah_tangga_sel"  # the translation context of `sumber`
    batas: int = 0  # a header longer than this is shown on two lines (0: always one)

    @property
    def isian(self) -> bool:
        """Typed by the user (not the desa or a derived figure)."""
        return self.jenis not in (Jenis.NOMOR, Jenis.DESA, Jenis.TANGGA, Jenis.PILAR)

    @property
    def label(self) -> str:
        """The Indonesian header on one line (matched against a pasted header)."""
        return self.sumber

    @property
    def label_tampil(self) -> str:
        """The header on one line in the language shown, as messages name the column."""
        return translate(self.konteks, self.sumber)

    @property
    def judul(self) -> str:
        """The header as shown, a long one on two lines."""
        text = self.label_tampil
        return _dua_baris(text, self.batas) if self.batas else text

    @property
    def tip(self) -> str:
        """The header's tooltip in the language shown ("" for none)."""
        return _tip(self)


# Short texts for the grid's narrow cells; the full ones are in the tooltip and the list.
PEMBUANGAN_SINGKAT = {
    Pembuangan.SEPTIK_AMAN: QT_TRANSLATE_NOOP("rumah_tangga_sel", "Septik disedot/SPALD"),
    Pembuangan.SEPTIK: QT_TRANSLATE_NOOP("rumah_tangga_sel", "Septik belum disedot"),
    Pembuangan.CUBLUK: QT_TRANSLATE_NOOP("rumah_tangga_sel", "Cubluk/lubang tanah"),
    Pembuangan.LANGSUNG: QT_TRANSLATE_NOOP("rumah_tangga_sel", "Langsung ke saluran/alam"),
}
HINT_TANGGAL = QT_TRANSLATE_NOOP("rumah_tangga_sel",
                                 "Tulis tanggal kunjungan, mis. 16/09/2025 atau 16-9-2025.")


def _dua_baris(text: str, limit: int = 11) -> str:
    """A long header broken at the space nearest its middle, so question columns stay narrow."""
    if len(text) <= limit or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


_EXCEL = "messages_rumah_tangga_excel"


def _kolom_isian() -> tuple[KolomKK, ...]:
    front = (  # teks-tetap: the width samples are made-up data, never shown
        KolomKK("dusun", JUDUL_KOLOM["dusun"], Jenis.TEKS, "Krajan Kulon", konteks=_EXCEL),
        KolomKK("rt", JUDUL_KOLOM["rt"], Jenis.TEKS, "0000", konteks=_EXCEL),
        KolomKK("rw", JUDUL_KOLOM["rw"], Jenis.TEKS, "0000", konteks=_EXCEL),
        KolomKK("no_kk", JUDUL_KOLOM["no_kk"], Jenis.NO_KK, "3325010101010001", konteks=_EXCEL),
        KolomKK("nama_kepala", JUDUL_KOLOM["nama_kepala"], Jenis.TEKS, "Muhammad Sutrisno Rahmat",
                konteks=_EXCEL, batas=14),
        KolomKK("alamat", JUDUL_KOLOM["alamat"], Jenis.TEKS, "Jl. Raya Silurah 12", konteks=_EXCEL),
        KolomKK("jumlah_jiwa", QT_TRANSLATE_NOOP("rumah_tangga_sel", "Jiwa"), Jenis.JIWA, "000"),
        KolomKK("tanggal", JUDUL_KOLOM["tanggal"], Jenis.TANGGAL, "00/00/00000", konteks=_EXCEL,
                batas=11),
        KolomKK("petugas", JUDUL_KOLOM["petugas"], Jenis.TEKS, "Kader Siti Aminah", konteks=_EXCEL),
    )
    questions = tuple(
        KolomKK(p.kunci, PERTANYAAN_LABELS[p.kunci][0], Jenis.YA_TIDAK, pilar=p.pilar,
                konteks="messages_rumah_tangga", batas=11)
        for p in PERTANYAAN)
    outlet = KolomKK("pembuangan", JUDUL_KOLOM["pembuangan"], Jenis.PEMBUANGAN, pilar=1,
                     konteks=_EXCEL, batas=11)
    derived = (KolomKK("tangga", QT_TRANSLATE_NOOP("rumah_tangga_sel", "Akses jamban"),
                       Jenis.TANGGA, batas=11),
               *(KolomKK(p.value, PILAR_LABELS[p], Jenis.PILAR, konteks="messages_sanitasi")
                 for p in Pilar))
    return (*front, *questions, outlet, *derived)


NOMOR = KolomKK("no", QT_TRANSLATE_NOOP("rumah_tangga_sel", "No"), Jenis.NOMOR, "000000")
KOLOM_DESA = (NOMOR, *_kolom_isian())
KOLOM_SEMUA = (NOMOR, KolomKK("desa", JUDUL_KOLOM["nama_desa"], Jenis.DESA,  # teks-tetap: width sample
                              "Kalibeluk Wetan", konteks=_EXCEL), *KOLOM_DESA[1:])
_PILAR = {p.value: p for p in Pilar}


def _tip(kolom: KolomKK) -> str:
    """The tooltip of a column's header, in the language shown."""
    k, jenis = kolom.kunci, kolom.jenis
    dihitung = translate("rumah_tangga_sel", "Dihitung dari jawaban, tidak diketik.")
    if jenis is Jenis.NOMOR:
        return translate("rumah_tangga_sel", "Nomor baris; ＋ adalah baris KK baru")
    if k == "no_kk":
        return translate("rumah_tangga_sel", "16 angka; boleh dikosongkan")
    if k == "nama_kepala":
        return translate("rumah_tangga_sel", "Wajib diisi: KK baru tersimpan setelah nama ini diketik")
    if jenis is Jenis.JIWA:
        return translate("messages", FIELD_LABELS["jumlah_jiwa"])
    if jenis is Jenis.TANGGAL:
        return translate("rumah_tangga_sel", HINT_TANGGAL)
    if jenis is Jenis.YA_TIDAK:
        return translate("rumah_tangga_sel", "Pilar {pilar}: {pertanyaan}\nY = Ya, T = Tidak, spasi "
                         "berganti, Delete mengosongkan").format(
            pilar=kolom.pilar,
            pertanyaan=translate("messages_rumah_tangga", PERTANYAAN_LABELS[k][1]))
    if jenis is Jenis.PEMBUANGAN:
        return translate("rumah_tangga_sel", "Pilar 1: ke mana tinja dari jamban dibuang")
    if jenis is Jenis.TANGGA:
        return translate("rumah_tangga_sel", "Tangga akses pilar 1. {dihitung}").format(
            dihitung=dihitung)
    if jenis is Jenis.PILAR:
        return translate("rumah_tangga_sel", "{pilar}: Ya bila semua jawabannya Ya. {dihitung}").format(
            pilar=translate("messages_sanitasi", PILAR_NAMES[_PILAR[k]]), dihitung=dihitung)
    return ""


def contoh_tampil(kolom: KolomKK) -> str:
    """A sample of the column's widest text as shown (its words, for the coded columns)."""
    teks = teks_sel()
    if kolom.jenis in (Jenis.YA_TIDAK, Jenis.PILAR):
        words = [teks.jawab[True], teks.jawab[False]]
    elif kolom.jenis is Jenis.PEMBUANGAN:
        words = list(teks.pembuangan.values())
    elif kolom.jenis is Jenis.TANGGA:
        words = list(teks.tangga.values())
    else:
        return kolom.contoh
    widest = max(words, key=len)
    return widest + " ▾" if kolom.isian else widest


# -- shown text ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TeksSel:
    """The words of the coded cells in the language shown, looked up once per page read."""

    jawab: dict[bool | None, str]
    pembuangan: dict[Pembuangan, str]
    tangga: dict[Rung, str]


def teks_sel() -> TeksSel:
    return TeksSel(
        {True: translate("messages_rumah_tangga", YA),
         False: translate("messages_rumah_tangga", TIDAK), None: ""},
        {p: translate("rumah_tangga_sel", text) for p, text in PEMBUANGAN_SINGKAT.items()},
        {r: translate("messages_sanitasi", text) for r, text in RUNG_LABELS.items()})


_Getter = Callable[[RumahTangga, str, TeksSel], str]


def _getter(kolom: KolomKK) -> _Getter:
    k = kolom.kunci
    if kolom.jenis is Jenis.NOMOR:
        return lambda rt, desa, t: ""  # the model numbers the rows
    if kolom.jenis is Jenis.DESA:
        return lambda rt, desa, t: desa
    if kolom.jenis is Jenis.JIWA:
        return lambda rt, desa, t: "" if rt.jumlah_jiwa is None else str(rt.jumlah_jiwa)
    if kolom.jenis is Jenis.TANGGAL:
        return lambda rt, desa, t: table_date(rt.tanggal)
    if kolom.jenis is Jenis.YA_TIDAK:
        return lambda rt, desa, t: t.jawab[rt.jawab(k)]
    if kolom.jenis is Jenis.PEMBUANGAN:
        return lambda rt, desa, t: "" if rt.pembuangan is None else t.pembuangan[rt.pembuangan]
    if kolom.jenis is Jenis.TANGGA:
        return lambda rt, desa, t: "" if (r := rt.tangga) is None else t.tangga[r]
    if kolom.jenis is Jenis.PILAR:
        return lambda rt, desa, t: t.jawab[rt.praktik(_PILAR[k])]
    return lambda rt, desa, t: str(getattr(rt, k))


_GETTERS: dict[KolomKK, _Getter] = {k: _getter(k) for k in KOLOM_SEMUA}


def tampil(rt: RumahTangga, desa: str, kolom: tuple[KolomKK, ...],
           teks: TeksSel | None = None) -> tuple[str, ...]:
    """Every cell of one household as shown (computed once, when its page is read; `teks`:
    the words of `teks_sel()`, looked up once for the page)."""
    t = teks or teks_sel()
    return tuple(_GETTERS[k](rt, desa, t) for k in kolom)


def nilai(rt: RumahTangga | None, kolom: KolomKK) -> Any:
    """The stored value of a coded cell (an answer True/False/None, an outlet or None), for
    an editor to start from; None for any other column or no household."""
    if rt is None:
        return None
    if kolom.jenis is Jenis.YA_TIDAK:
        return rt.jawab(kolom.kunci)
    if kolom.jenis is Jenis.PEMBUANGAN:
        return rt.pembuangan
    return None


# -- reading a typed or pasted cell -------------------------------------------------------

class SelSalah(Exception):
    """A cell that cannot take the text typed; `problem` says why (its field is the column)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


# Other ways people write Ya and Tidak in a register (compared without case).
_YA_TIDAK_LAIN = {"y": YA, "1": YA, "t": TIDAK, "tdk": TIDAK, "0": TIDAK}
_JENIS_SEL = {Jenis.TEKS: JenisKolom.TEKS, Jenis.NO_KK: JenisKolom.TEKS,
              Jenis.JIWA: JenisKolom.BULAT, Jenis.TANGGAL: JenisKolom.TANGGAL,
              Jenis.YA_TIDAK: JenisKolom.PILIHAN, Jenis.PEMBUANGAN: JenisKolom.PILIHAN}
_PILIHAN = {Jenis.YA_TIDAK: (("1", YA), ("0", TIDAK)),
            Jenis.PEMBUANGAN: tuple((p.value, PEMBUANGAN_LABELS[p]) for p in Pembuangan)
            + tuple((p.value, PEMBUANGAN_SINGKAT[p]) for p in Pembuangan)}
_SEL = {k: Kolom(k.kunci, k.label, _JENIS_SEL[k.jenis], pilihan=_PILIHAN.get(k.jenis, ()))
        for k in KOLOM_DESA if k.isian}


def _jawaban_tampil() -> dict[str, str]:
    """The answers as the grid shows them (copied from it and pasted back), to their stored
    choice: in Indonesian the same as the choices' own words."""
    return {normal_judul(translate("messages_rumah_tangga", YA)): "1",
            normal_judul(translate("messages_rumah_tangga", TIDAK)): "0"}


def _pembuangan_tampil() -> dict[str, str]:
    """The outlets as the grid and its list show them, to their stored choice."""
    return {normal_judul(translate(context, text)): p.value
            for context, table in (("messages_rumah_tangga", PEMBUANGAN_LABELS),
                                   ("rumah_tangga_sel", PEMBUANGAN_SINGKAT))
            for p, text in table.items()}


def _pilihan_tampil(problem: Problem, pilihan: str) -> Problem:
    """The problem with its list of choices as the screen words them."""
    return Problem(problem.field, problem.code, problem.severity, (
        *(p for p in problem.params if p[0] != "pilihan"), ("pilihan", pilihan)))


def baca(kolom: KolomKK, value: Any) -> Any:
    """The field value of a cell: text as typed, a No. KK tidied, jiwa, a date, Ya/Tidak
    (True/False/None), an outlet. Values already of the field's type pass through. The words
    the grid shows (Ya/Tidak and the outlets, in the language shown) are read too.

    Raises SelSalah when the text is none of those.
    """
    if value is None or isinstance(value, bool | Pembuangan):
        return value
    text = str(value).strip()
    if kolom.jenis is Jenis.YA_TIDAK:
        text = _YA_TIDAK_LAIN.get(text.lower()) or _jawaban_tampil().get(normal_judul(text), text)
    elif kolom.jenis is Jenis.PEMBUANGAN:
        text = _pembuangan_tampil().get(normal_judul(text), text)
    found, problem = baca_sel(_SEL[kolom], text)
    if problem is not None:
        if kolom.jenis is Jenis.PEMBUANGAN:  # list each choice once, the way the list says it
            problem = _pilihan_tampil(problem, "; ".join(
                translate("messages_rumah_tangga", label) for label in PEMBUANGAN_LABELS.values()))
        elif kolom.jenis is Jenis.YA_TIDAK and problem.param("pilihan") is not None:
            problem = _pilihan_tampil(problem, ", ".join(
                (translate("messages_rumah_tangga", YA), translate("messages_rumah_tangga", TIDAK))))
        raise SelSalah(problem)
    if kolom.jenis is Jenis.NO_KK:
        return rapikan_no_kk(found)
    if kolom.jenis is Jenis.YA_TIDAK:
        return None if found is None else found == "1"
    if kolom.jenis is Jenis.PEMBUANGAN:
        return None if found is None else Pembuangan(found)
    return found


def ubah(rt: RumahTangga, kolom: KolomKK, value: Any) -> RumahTangga:
    """The household with one cell changed to `value` (read by `baca`). Raises SelSalah."""
    found = baca(kolom, value)
    if kolom.jenis is Jenis.YA_TIDAK:
        return rt.with_jawaban(**{kolom.kunci: found})
    if kolom.jenis is Jenis.TEKS or kolom.jenis is Jenis.NO_KK:
        found = "" if found is None else found
    return rt.with_changes(**{kolom.kunci: found})


def kolom_dari_judul(text: str) -> KolomKK | None:
    """The typed column a pasted header names: its grid header (in Indonesian or as the grid
    shows it), or any header the Excel import knows for it (services.rumah_tangga_sinonim: the
    program's workbook, its questions, kader books, the moniver form: "Nama KK", "Jml jiwa")."""
    wanted = normal_judul(text)
    found = _JUDUL.get(wanted)
    if found is None and wanted:
        sasaran = sasaran_judul(text)
        if sasaran is not None and sasaran.bagian is None:
            found = _ISIAN.get(sasaran.kunci)
    if found is None and wanted:
        found = next((k for k in KOLOM_DESA if k.isian and normal_judul(k.label_tampil) == wanted),
                     None)
    return found


# Pasted headers are data: the grid's own Indonesian headers and field names.
_ISIAN = {k.kunci: k for k in KOLOM_DESA if k.isian}
_JUDUL = {normal_judul(name): k for k in _ISIAN.values()
          for name in (k.label, FIELD_LABELS.get(k.kunci, "")) if name}
_KOLOM = {k.kunci: k for k in KOLOM_SEMUA}


def label_kolom(field_name: str) -> str:
    """The column a problem's field is typed in, as its header says it."""
    kolom = _KOLOM.get(field_name)
    if kolom is not None:
        return kolom.label_tampil
    if field_name in FIELD_LABELS:
        return translate("messages", FIELD_LABELS[field_name])
    return field_name


def pesan_sel(problem: Problem, baris: int | None = None) -> str:
    """"No. KK baris 12: harus 16 angka (…)": the column, the grid's row and what is wrong."""
    label = label_kolom(problem.field)
    if baris is None:
        return f"{label}: {temuan_text(problem)}"
    return translate("rumah_tangga_sel", "{kolom} baris {baris}: {temuan}").format(
        kolom=label, baris=baris, temuan=temuan_text(problem))


def pesan_tempel(problem: Problem, baris: int) -> str:
    """"Baris 3 tempelan, kolom No. KK: harus 16 angka (…)"."""
    return translate("rumah_tangga_sel", "Baris {baris} tempelan, kolom {kolom}: {temuan}").format(
        baris=baris, kolom=label_kolom(problem.field), temuan=temuan_text(problem))
