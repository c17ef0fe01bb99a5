"""A block pasted into the Data KK grid read into households, each problem named by row and column."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kks_desktop.bahasa import translate
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.ui.rumah_tangga_model import KOSONG
from kks_desktop.ui.rumah_tangga_sel import KolomKK, SelSalah, kolom_dari_judul, pesan_tempel, ubah

logger = logging.getLogger(__name__)


@dataclass
class Tempelan:
    """What a paste would change: (grid row, household as it would be saved) with the pasted
    line each came from; rows from `baris_baru` on are new KK. `masalah` lists what could not
    be read, each with the pasted line it names ((2, "Baris 2 tempelan, kolom Jiwa: …")); with
    any, nothing may be saved."""

    perubahan: list[tuple[int, RumahTangga]] = field(default_factory=list)
    nomor: list[int] = field(default_factory=list)
    masalah: list[tuple[int, str]] = field(default_factory=list)
    dengan_judul: bool = False
    baris_baru: int = 0

    @property
    def baru(self) -> int:
        """How many new KK the paste adds."""
        return sum(1 for row, _rt in self.perubahan if row >= self.baris_baru)


def _judul(first: list[str]) -> list[KolomKK | None] | None:
    """The columns a first line names, when it is a header: at least two cells name a column
    and no more than a third of its filled cells name none."""
    filled = [c for c in first if c.strip()]
    named = [kolom_dari_judul(c) if c.strip() else None for c in first]
    known = sum(1 for k in named if k is not None)
    if known >= 2 and known * 3 >= len(filled) * 2:
        return named
    return None


def baca_blok(blok: list[list[str]], kolom: tuple[KolomKK, ...], mulai_baris: int,
              mulai_kolom: int, baris_baru: int,
              household: Callable[[int], RumahTangga | None]) -> Tempelan:
    """Read a tab-separated block (spreadsheet_view.split_block) the way a spreadsheet pastes:
    from the current cell right and down, over the rows shown and on into new KK; a block whose
    first line names the columns ("Nama kepala keluarga", "RT", "BAB di jamban") is read by
    those names and added as new KK. Blank lines are skipped; derived columns are ignored.

    `household(row)` gives a row's stored household (the draft on the new line, None when the
    row is gone).
    """
    hasil = Tempelan(baris_baru=baris_baru)
    header = _judul(blok[0]) if blok else None
    if header is not None:
        hasil.dengan_judul = True
        lines = list(enumerate(blok[1:], start=2))
        targets: list[KolomKK | None] = header
        row = baris_baru
    else:
        lines = list(enumerate(blok, start=1))
        targets = [kolom[mulai_kolom + j] if mulai_kolom + j < len(kolom) else None
                   for j in range(max((len(cells) for cells in blok), default=0))]
        row = mulai_baris
    for nomor, cells in lines:
        if not any(c.strip() for c in cells):
            if row < baris_baru:
                row += 1  # a blank line over a shown row leaves it as it is
            continue
        base = household(row) if row <= baris_baru else None
        if row < baris_baru and base is None:
            hasil.masalah.append((nomor, translate(
                "rumah_tangga_tempel", "Baris {nomor} tempelan: KK di baris {baris} sudah tidak ada.")
                .format(nomor=nomor, baris=row + 1)))
            row += 1
            continue
        before = base or KOSONG
        after = _baca_baris(before, cells, targets, nomor, hasil.masalah)
        if after is not None and after != before:
            hasil.perubahan.append((row, after))
            hasil.nomor.append(nomor)
        row += 1
    return hasil


def _baca_baris(rt: RumahTangga, cells: list[str], targets: list[KolomKK | None], nomor: int,
                masalah: list[tuple[int, str]]) -> RumahTangga | None:
    ok = True
    for value, kolom in zip(cells, targets, strict=False):
        if kolom is None or not kolom.isian:
            continue
        try:
            rt = ubah(rt, kolom, value)
        except SelSalah as exc:
            masalah.append((nomor, pesan_tempel(exc.problem, nomor)))
            ok = False
    return rt if ok else None


def masalah_simpan(hasil: Tempelan, problems: list[Problem]) -> list[str]:
    """The save's refusals (row = place in `perubahan`, 1-based) named by the pasted line."""
    found = []
    for problem in problems:
        index = problem.param("row")
        nomor = hasil.nomor[index - 1] if isinstance(index, int) else 0
        found.append(pesan_tempel(problem, nomor))
    return found
