"""The columns of the program's household register workbook (template, export, import), in order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN
from kks_desktop.messages_rumah_tangga import PERTANYAAN_LABELS
from kks_desktop.messages_rumah_tangga_excel import JUDUL_KOLOM


class Peran(Enum):
    """What a column is for when the workbook comes back."""

    KUNCI = "kunci"  # identifies the household (the program's ID), never shown to change
    DESA = "desa"  # where it belongs
    ISIAN = "isian"  # a value the user keeps (name, RT, an answer)
    TURUNAN = "turunan"  # derived by the program (rung, pillars practised): shown, not read back


@dataclass(frozen=True)
class Kolom:
    """One column: the key of the value it carries, its header and its role."""

    kunci: str
    judul: str
    peran: Peran


_DEPAN = (("kode_desa", Peran.DESA), ("nama_desa", Peran.DESA), ("dusun", Peran.ISIAN),
          ("rt", Peran.ISIAN), ("rw", Peran.ISIAN), ("no_kk", Peran.ISIAN),
          ("nama_kepala", Peran.ISIAN), ("alamat", Peran.ISIAN), ("jumlah_jiwa", Peran.ISIAN),
          ("tanggal", Peran.ISIAN), ("petugas", Peran.ISIAN))
_BELAKANG = (("pembuangan", Peran.ISIAN), ("tangga", Peran.TURUNAN), ("ctps", Peran.TURUNAN),
             ("pamm", Peran.TURUNAN), ("psrt", Peran.TURUNAN), ("plcrt", Peran.TURUNAN),
             ("uuid", Peran.KUNCI))

KOLOM = (
    *(Kolom(k, JUDUL_KOLOM[k], p) for k, p in _DEPAN),
    *(Kolom(k, PERTANYAAN_LABELS[k][0], Peran.ISIAN) for k in KUNCI_PERTANYAAN),
    *(Kolom(k, JUDUL_KOLOM[k], p) for k, p in _BELAKANG),
)
POSISI = {k.kunci: i for i, k in enumerate(KOLOM)}
