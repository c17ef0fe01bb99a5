"""Table models of the change history: a record's saved actions (Riwayat) and deleted records
(Data terhapus); rows are handed in, the models never read the database."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kks_desktop.bahasa import QT_TRANSLATE_NOOP
from kks_desktop.domain.riwayat import Aksi, Entri
from kks_desktop.messages_riwayat import TANPA_PENGGUNA, ikut_text, jenis_entri, nama_entri
from kks_desktop.ui.cell_table_model import CellTableModel
from kks_desktop.ui.formatting import waktu_lokal

logger = logging.getLogger(__name__)

COL_WAKTU, COL_OLEH, COL_APA = range(3)
COL_DIHAPUS, COL_OLEH_HAPUS, COL_JENIS, COL_NAMA, COL_BESERTA = range(5)
WAKTU_SAMPLE = "22/11/2026 08:15"


@dataclass(frozen=True)
class BarisRiwayat:
    """One saved action that touched the record, with its title and the entries concerning it."""

    aksi: Aksi
    judul: str
    entri: tuple[Entri, ...]


@dataclass(frozen=True)
class BarisTerhapus:
    """A deleted record, whose it was ("" when unknown or gone) and what went with it."""

    aksi: Aksi
    entri: Entri
    pemilik: str = ""
    ikut: Mapping[str, int] = field(default_factory=dict)


def oleh(aksi: Aksi) -> str:
    return aksi.pengguna or TANPA_PENGGUNA


class RiwayatModel(CellTableModel):
    """A record's saved actions, newest first: when (local time), who, what."""

    HEADERS = (QT_TRANSLATE_NOOP("riwayat_model", "Waktu"), QT_TRANSLATE_NOOP("riwayat_model", "Oleh"),
               QT_TRANSLATE_NOOP("riwayat_model", "Perubahan"))
    KONTEKS = "riwayat_model"

    def set_rows(self, rows: Sequence[BarisRiwayat]) -> None:
        raw = [(r.aksi.waktu, r.aksi.pengguna, r.judul) for r in rows]
        shown = [(waktu_lokal(r.aksi.waktu), oleh(r.aksi), r.judul) for r in rows]
        self._reset(rows, raw, shown, tips=[("", "", r.judul) for r in rows])

    def baris(self, row: int) -> BarisRiwayat:
        return self._records[row]  # type: ignore[no-any-return]


class TerhapusModel(CellTableModel):
    """Deleted records not back yet, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("riwayat_model", "Dihapus"), QT_TRANSLATE_NOOP("riwayat_model", "Oleh"),
               QT_TRANSLATE_NOOP("riwayat_model", "Jenis"), QT_TRANSLATE_NOOP("riwayat_model", "Nama"),
               QT_TRANSLATE_NOOP("riwayat_model", "Beserta"))
    KONTEKS = "riwayat_model"

    def set_rows(self, rows: Sequence[BarisTerhapus]) -> None:
        shown = [(waktu_lokal(r.aksi.waktu), oleh(r.aksi), jenis_entri(r.entri),
                  _nama(r), ikut_text(r.ikut)) for r in rows]
        raw = [(r.aksi.waktu, r.aksi.pengguna, r.entri.tabel, s[COL_NAMA], sum(r.ikut.values()))
               for r, s in zip(rows, shown, strict=True)]
        self._reset(rows, raw, shown, tips=[("", "", "", s[COL_NAMA], s[COL_BESERTA])
                                            for s in shown])

    def baris(self, row: int) -> BarisTerhapus:
        return self._records[row]  # type: ignore[no-any-return]

    def row_of(self, entri_id: int) -> int:
        return next((i for i, r in enumerate(self._records) if r.entri.id == entri_id), -1)


def _nama(row: BarisTerhapus) -> str:
    """`“2025-05” · Silurah`: the record's name and, when known, whose it was."""
    name = nama_entri(row.entri)
    name = f"“{name}”" if name else ""
    return " · ".join(t for t in (name, row.pemilik) if t)
