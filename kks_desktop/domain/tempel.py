"""Rows of participants pasted from a spreadsheet: columns by header or position, checked per cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kks_desktop.domain.kegiatan import JenisKelamin, Peserta
from kks_desktop.domain.peserta import kunci_instansi
from kks_desktop.domain.problems import Problem

# The participant fields a paste can fill, in the order of the entry grid.
KOLOM_PESERTA = ("nama", "jenis_kelamin", "jabatan", "instansi", "kategori", "desa", "telepon",
                 "pre", "post")
# Header texts people write, compared without case, dots and punctuation. "no" is recognised
# (so a numbered list is read by header) and then ignored.
_HEADERS = {
    "no": ("no", "nomor", "no urut", "nomer"),
    "nama": ("nama", "nama lengkap", "nama peserta", "peserta"),
    "jenis_kelamin": ("jk", "l p", "jenis kelamin", "kelamin", "gender", "lk pr"),
    "jabatan": ("jabatan", "jabatan peserta", "posisi"),
    "instansi": ("instansi", "unsur", "instansi unsur", "lembaga", "asal instansi", "asal lembaga",
                 "instansi lembaga", "opd instansi"),
    "kategori": ("kategori", "kelompok", "kategori peserta", "unsur peserta"),
    "desa": ("desa", "desa kelurahan", "kelurahan", "asal desa", "desa kel"),
    "telepon": ("telepon", "telp", "hp", "no hp", "no telp", "nomor hp", "no wa", "wa",
                "telepon hp", "no telepon", "nomor telepon", "telp hp"),
    "pre": ("pre", "pre test", "pretest", "nilai pre", "nilai pre test", "nilai pretest"),
    "post": ("post", "post test", "posttest", "nilai post", "nilai post test", "nilai posttest"),
}
_HEADER_FIELD = {kunci_instansi(text): field for field, texts in _HEADERS.items() for text in texts}
_GENDER = {"l": JenisKelamin.L, "lk": JenisKelamin.L, "laki laki": JenisKelamin.L,
           "laki": JenisKelamin.L, "pria": JenisKelamin.L, "p": JenisKelamin.P,
           "pr": JenisKelamin.P, "perempuan": JenisKelamin.P, "wanita": JenisKelamin.P}


@dataclass(frozen=True)
class Tempelan:
    """What was pasted: the field each source column fills (None: ignored) and the data rows."""

    kolom: tuple[str | None, ...]
    baris: tuple[tuple[str, ...], ...]
    dengan_judul: bool


@dataclass(frozen=True)
class BarisTempel:
    """One pasted row read as a participant; `baris` is its number in the pasted block."""

    baris: int
    peserta: Peserta
    problems: tuple[Problem, ...]

    @property
    def ada_kesalahan(self) -> bool:
        return any(p.is_error for p in self.problems)


def baca_tempelan(text: str, urutan: Sequence[str] = KOLOM_PESERTA, mulai: int = 0) -> Tempelan:
    """Split tab-separated text (as a spreadsheet copies it, quoted cells included); line breaks
    and runs of spaces inside a cell become one space.

    A first row naming at least two known columns (or one, when it is the only cell) is a
    header and decides the mapping; otherwise the columns fill `urutan` from position `mulai`.
    """
    rows = [tuple(" ".join(cell.split()) for cell in row)
            for row in csv.reader(io.StringIO(text.rstrip("\r\n")), delimiter="\t")]
    rows = [row for row in rows if any(row)]
    if not rows:
        return Tempelan((), (), False)
    width = max(len(row) for row in rows)
    padded = tuple(row + ("",) * (width - len(row)) for row in rows)
    header = [_HEADER_FIELD.get(kunci_instansi(cell)) for cell in padded[0]]
    named = sum(1 for f in header if f)
    filled = sum(1 for cell in padded[0] if cell)
    if named >= 2 or (named == 1 and filled == 1):
        kolom = tuple(None if f in (None, "no") else f for f in header)
        return Tempelan(_first_wins(kolom), padded[1:], True)
    kolom = tuple(urutan[mulai + i] if mulai + i < len(urutan) else None for i in range(width))
    return Tempelan(kolom, padded, False)


def _first_wins(kolom: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """A field named by two headers is filled from the first of them."""
    seen: set[str] = set()
    result: list[str | None] = []
    for field in kolom:
        result.append(field if field and field not in seen else None)
        if field:
            seen.add(field)
    return tuple(result)


def peserta_dari_tempelan(tempelan: Tempelan, kategori_dari_teks: Callable[[str], str | None],
                          hari: int) -> list[BarisTempel]:
    """Every pasted row as a participant present on all `hari` days, with its findings."""
    start = 2 if tempelan.dengan_judul else 1
    return [_read_row(values, tempelan.kolom, number, kategori_dari_teks, hari)
            for number, values in enumerate(tempelan.baris, start=start)]


def _read_row(values: tuple[str, ...], kolom: tuple[str | None, ...], number: int,
              kategori_dari_teks: Callable[[str], str | None], hari: int) -> BarisTempel:
    cells = {field: value for field, value in zip(kolom, values, strict=False) if field}
    problems: list[Problem] = []
    nama = cells.get("nama", "")
    if not nama:
        problems.append(Problem.error("peserta.nama", "required", row=number))
    gender_text = cells.get("jenis_kelamin", "")
    gender = _GENDER.get(kunci_instansi(gender_text))
    if gender_text and gender is None:
        problems.append(Problem.warning("peserta.jenis_kelamin", "unknown_gender", row=number,
                                        value=gender_text))
    kategori_text = cells.get("kategori", "")
    kategori = kategori_dari_teks(kategori_text) if kategori_text else ""
    if kategori is None:
        problems.append(Problem.warning("peserta.kategori", "unknown_kategori", row=number,
                                        value=kategori_text))
    scores: dict[str, float | None] = {}
    for field in ("pre", "post"):
        scores[field], found = parse_nilai(cells.get(field, ""), f"peserta.{field}", number)
        problems.extend(found)
    person = Peserta(
        nama=nama, jenis_kelamin=gender, jabatan=cells.get("jabatan", ""),
        instansi=cells.get("instansi", ""), kategori=kategori or "",
        desa_nama=cells.get("desa", ""), telepon=cells.get("telepon", ""),
        hadir=tuple(range(1, hari + 1)), pre=scores["pre"], post=scores["post"],
    )
    return BarisTempel(number, person, tuple(problems))


def parse_nilai(text: str, field_name: str, row: int | None = None) -> tuple[float | None, list[Problem]]:
    """A score 0–100 as typed: `85`, `85,5` or `85.5`; empty (or `-`) means no score."""
    cleaned = text.strip().replace(",", ".")
    where = {"row": row} if row is not None else {}
    if cleaned in ("", "-"):
        return None, []
    try:
        value = float(cleaned)
    except ValueError:
        return None, [Problem.error(field_name, "not_a_score", text=text.strip(), **where)]
    if not 0 <= value <= 100:
        return None, [Problem.error(field_name, "score_range", **where)]
    return value, []
