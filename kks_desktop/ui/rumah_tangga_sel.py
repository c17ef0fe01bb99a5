"""The Data KK grid's columns: headers, each cell's shown text, and a typed or pasted cell read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from kks_desktop.domain.lembar import JenisKolom, Kolom
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.domain.rumah_tangga_aturan import rapikan_no_kk
from kks_desktop.domain.sanitasi import Pilar
from kks_desktop.domain.sel import baca_sel, normal_judul
from kks_desktop.messages import FIELD_LABELS
from kks_desktop.messages_excel import temuan_text
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, PERTANYAAN_LABELS, TIDAK, YA
from kks_desktop.messages_rumah_tangga_excel import JUDUL_KOLOM
from kks_desktop.messages_sanitasi import PILAR_LABELS, PILAR_NAMES, RUNG_LABELS
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
    """One grid column: the field it carries, its header, tooltip and a sample for its width."""

    kunci: str
    judul: str
    jenis: Jenis
    tip: str = ""
    contoh: str = ""
    pilar: int = 0  # the pillar a question belongs to (1–5), 0 for others

    @property
    def isian(self) -> bool:
        """Typed by the user (not the desa or a derived figure)."""
        return self.jenis not in (Jenis.NOMOR, Jenis.DESA, Jenis.TANGGA, Jenis.PILAR)

    @property
    def label(self) -> str:
        """The header on one line, as messages name the column."""
        return self.judul.replace("\n", " ")


# Short texts for the grid's narrow cells; the full ones are in the tooltip and the list.
PEMBUANGAN_SINGKAT = {
    Pembuangan.SEPTIK_AMAN: "Septik disedot/SPALD",
    Pembuangan.SEPTIK: "Septik belum disedot",
    Pembuangan.CUBLUK: "Cubluk/lubang tanah",
    Pembuangan.LANGSUNG: "Langsung ke saluran/alam",
}
HINT_TANGGAL = "Tulis tanggal kunjungan, mis. 16/09/2025 atau 16-9-2025."
_DIHITUNG = "Dihitung dari jawaban, tidak diketik."


def _dua_baris(text: str, limit: int = 11) -> str:
    """A long header broken at the space nearest its middle, so question columns stay narrow."""
    if len(text) <= limit or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def _kolom_isian() -> tuple[KolomKK, ...]:
    front = (
        KolomKK("dusun", JUDUL_KOLOM["dusun"], Jenis.TEKS, contoh="Krajan Kulon"),
        KolomKK("rt", JUDUL_KOLOM["rt"], Jenis.TEKS, contoh="0000"),
        KolomKK("rw", JUDUL_KOLOM["rw"], Jenis.TEKS, contoh="0000"),
        KolomKK("no_kk", JUDUL_KOLOM["no_kk"], Jenis.NO_KK,
                "16 angka; boleh dikosongkan", "3325010101010001"),
        KolomKK("nama_kepala", _dua_baris(JUDUL_KOLOM["nama_kepala"], 14), Jenis.TEKS,
                "Wajib diisi: KK baru tersimpan setelah nama ini diketik",
                "Muhammad Sutrisno Rahmat"),
        KolomKK("alamat", JUDUL_KOLOM["alamat"], Jenis.TEKS, contoh="Jl. Raya Silurah 12"),
        KolomKK("jumlah_jiwa", "Jiwa", Jenis.JIWA, FIELD_LABELS["jumlah_jiwa"], "000"),
        KolomKK("tanggal", _dua_baris(JUDUL_KOLOM["tanggal"]), Jenis.TANGGAL, HINT_TANGGAL,
                "00/00/00000"),
        KolomKK("petugas", JUDUL_KOLOM["petugas"], Jenis.TEKS, contoh="Kader Siti Aminah"),
    )
    questions = tuple(
        KolomKK(p.kunci, _dua_baris(PERTANYAAN_LABELS[p.kunci][0]), Jenis.YA_TIDAK,
                f"Pilar {p.pilar}: {PERTANYAAN_LABELS[p.kunci][1]}\nY = Ya, T = Tidak, "
                "spasi berganti, Delete mengosongkan", "Tidak ▾", p.pilar)
        for p in PERTANYAAN)
    outlet = KolomKK("pembuangan", _dua_baris(JUDUL_KOLOM["pembuangan"]), Jenis.PEMBUANGAN,
                     "Pilar 1: ke mana tinja dari jamban dibuang",
                     max(PEMBUANGAN_SINGKAT.values(), key=len) + " ▾", 1)
    derived = (KolomKK("tangga", "Akses\njamban", Jenis.TANGGA,
                       f"Tangga akses pilar 1. {_DIHITUNG}", "Layak bersama (sharing)"),
               *(KolomKK(p.value, PILAR_LABELS[p], Jenis.PILAR,
                         f"{PILAR_NAMES[p]}: Ya bila semua jawabannya Ya. {_DIHITUNG}", "Tidak")
                 for p in Pilar))
    return (*front, *questions, outlet, *derived)


NOMOR = KolomKK("no", "No", Jenis.NOMOR, "Nomor baris; ＋ adalah baris KK baru", "000000")
KOLOM_DESA = (NOMOR, *_kolom_isian())
KOLOM_SEMUA = (NOMOR, KolomKK("desa", JUDUL_KOLOM["nama_desa"], Jenis.DESA,
                              contoh="Kalibeluk Wetan"), *KOLOM_DESA[1:])


# -- shown text ---------------------------------------------------------------------------

_YA_TIDAK_TEKS = {True: YA, False: TIDAK, None: ""}
_PILAR = {p.value: p for p in Pilar}


def _getter(kolom: KolomKK) -> Callable[[RumahTangga, str], str]:
    k = kolom.kunci
    if kolom.jenis is Jenis.NOMOR:
        return lambda rt, desa: ""  # the model numbers the rows
    if kolom.jenis is Jenis.DESA:
        return lambda rt, desa: desa
    if kolom.jenis is Jenis.JIWA:
        return lambda rt, desa: "" if rt.jumlah_jiwa is None else str(rt.jumlah_jiwa)
    if kolom.jenis is Jenis.TANGGAL:
        return lambda rt, desa: table_date(rt.tanggal)
    if kolom.jenis is Jenis.YA_TIDAK:
        return lambda rt, desa: _YA_TIDAK_TEKS[rt.jawab(k)]
    if kolom.jenis is Jenis.PEMBUANGAN:
        return lambda rt, desa: "" if rt.pembuangan is None else PEMBUANGAN_SINGKAT[rt.pembuangan]
    if kolom.jenis is Jenis.TANGGA:
        return lambda rt, desa: "" if (r := rt.tangga) is None else RUNG_LABELS[r]
    if kolom.jenis is Jenis.PILAR:
        return lambda rt, desa: _YA_TIDAK_TEKS[rt.praktik(_PILAR[k])]
    return lambda rt, desa: str(getattr(rt, k))


_GETTERS: dict[KolomKK, Callable[[RumahTangga, str], str]] = {
    k: _getter(k) for k in KOLOM_SEMUA}


def tampil(rt: RumahTangga, desa: str, kolom: tuple[KolomKK, ...]) -> tuple[str, ...]:
    """Every cell of one household as shown (computed once, when its page is read)."""
    return tuple(_GETTERS[k](rt, desa) for k in kolom)


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


def baca(kolom: KolomKK, value: Any) -> Any:
    """The field value of a cell: text as typed, a No. KK tidied, jiwa, a date, Ya/Tidak
    (True/False/None), an outlet. Values already of the field's type pass through.

    Raises SelSalah when the text is none of those.
    """
    if value is None or isinstance(value, bool | Pembuangan):
        return value
    text = str(value).strip()
    if kolom.jenis is Jenis.YA_TIDAK:
        text = _YA_TIDAK_LAIN.get(text.lower(), text)
    found, problem = baca_sel(_SEL[kolom], text)
    if problem is not None:
        if kolom.jenis is Jenis.PEMBUANGAN:  # list each choice once, the way the list says it
            problem = Problem(problem.field, problem.code, problem.severity, (
                *(p for p in problem.params if p[0] != "pilihan"),
                ("pilihan", "; ".join(PEMBUANGAN_LABELS.values()))))
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
    """The typed column a pasted header names: its grid header, its workbook header or its
    question ("Nama kepala keluarga", "BAB di jamban", "Jumlah jiwa")."""
    return _JUDUL.get(normal_judul(text))


_JUDUL = {normal_judul(name): k for k in KOLOM_DESA if k.isian
          for name in (k.label, JUDUL_KOLOM.get(k.kunci, ""), FIELD_LABELS.get(k.kunci, ""),
                       *PERTANYAAN_LABELS.get(k.kunci, ())) if name}



_LABEL = {k.kunci: k.label for k in KOLOM_SEMUA}


def label_kolom(field_name: str) -> str:
    """The column a problem's field is typed in, as its header says it."""
    return _LABEL.get(field_name) or FIELD_LABELS.get(field_name, field_name)


def pesan_sel(problem: Problem, baris: int | None = None) -> str:
    """"No. KK baris 12: harus 16 angka (…)": the column, the grid's row and what is wrong."""
    label = label_kolom(problem.field)
    where = f"{label} baris {baris}" if baris is not None else label
    return f"{where}: {temuan_text(problem)}"


def pesan_tempel(problem: Problem, baris: int) -> str:
    """"Baris 3 tempelan, kolom No. KK: harus 16 angka (…)"."""
    return f"Baris {baris} tempelan, kolom {label_kolom(problem.field)}: {temuan_text(problem)}"
