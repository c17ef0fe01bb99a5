"""The shape of a workbook sheet: columns, their kinds and headers; shared by export, templates, import."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class JenisKolom(Enum):
    """How a column's cells are written and read back."""

    TEKS = "teks"          # free text, always written as a string (never a formula)
    KODE = "kode"          # a kode wilayah or a number-like code: text, dots kept
    TANGGAL = "tanggal"    # a real date shown DD/MM/YYYY
    BULAN = "bulan"        # a reporting month, text "MM/YYYY"
    BULAT = "bulat"        # a whole number
    DESIMAL = "desimal"    # a number with decimals (scores)
    PERSEN = "persen"      # a share 0–1 shown as a percentage
    PILIHAN = "pilihan"    # one label of a fixed list (a dropdown in templates)
    DAFTAR = "daftar"      # several lines of text in one cell, one item per line
    UUID = "uuid"          # a record key, in a hidden column


@dataclass(frozen=True)
class Kolom:
    """One column: `kunci` is the field it carries, `judul` the Indonesian header.

    `pilihan` maps each stored value to its label; `baca` is False for columns the program
    computes (they are written, and ignored on import); `jumlah` marks columns summed in the
    JUMLAH row; `sinonim` lists other header texts people write for the same column.
    """

    kunci: str
    judul: str
    jenis: JenisKolom = JenisKolom.TEKS
    lebar: float = 14
    wajib: bool = False
    pilihan: tuple[tuple[str, str], ...] = ()
    baca: bool = True
    jumlah: bool = False
    petunjuk: str = ""
    sinonim: tuple[str, ...] = ()

    @property
    def tersembunyi(self) -> bool:
        return self.jenis is JenisKolom.UUID

    def label_of(self, value: str) -> str:
        """The label shown for a stored choice (the value itself when it is not in the list)."""
        return dict(self.pilihan).get(value, value)


@dataclass(frozen=True)
class Lembar:
    """One data sheet: its name (at most 31 characters), a title line and its columns."""

    nama: str
    judul: str
    kolom: tuple[Kolom, ...]

    def __post_init__(self) -> None:
        if len(self.nama) > 31:
            raise ValueError(f"sheet name over 31 characters: {self.nama}")
        keys = [k.kunci for k in self.kolom]
        if len(set(keys)) != len(keys):
            raise ValueError(f"repeated column key in {self.nama}")

    def kolom_of(self, kunci: str) -> Kolom:
        for kolom in self.kolom:
            if kolom.kunci == kunci:
                return kolom
        raise KeyError(kunci)

    @property
    def kunci(self) -> tuple[str, ...]:
        return tuple(k.kunci for k in self.kolom)
