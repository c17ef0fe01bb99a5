"""How an incoming record compares with the one here: new, changed, unchanged, newer here, or conflict."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from kks_desktop.domain.lembar import JenisKolom, Lembar


class Kelas(Enum):
    """The classification an import shows before anything is written."""

    BARU = "baru"              # not here yet
    BERUBAH = "berubah"        # the file brings changes and nothing here contradicts them
    SAMA = "sama"              # the file holds what is here
    LEBIH_BARU = "lebih_baru"  # changed here since last exchanged; the file brings nothing new
    KONFLIK = "konflik"        # a field changed both here and in the file, differently


@dataclass(frozen=True)
class Perbandingan:
    """The result for one record: its class, the values to write, and the fields in conflict.

    `hasil` is what the record becomes when the import is committed without choosing anything
    for the conflicts (the value here is kept for each of them); `konflik` names those fields.
    """

    kelas: Kelas
    hasil: dict[str, Any]
    berubah: tuple[str, ...] = ()
    konflik: tuple[str, ...] = ()
    di_sini: dict[str, Any] = field(default_factory=dict)
    di_berkas: dict[str, Any] = field(default_factory=dict)

    def dengan_pilihan(self, ambil_berkas: frozenset[str]) -> dict[str, Any]:
        """The values to write when the user took the file's value for the fields named."""
        return {**self.hasil, **{k: self.di_berkas[k] for k in self.konflik if k in ambil_berkas}}


def bandingkan(berkas: Mapping[str, Any], di_sini: Mapping[str, Any] | None,
               dasar: Mapping[str, Any] | None) -> Perbandingan:
    """Compare a record from a file with the same record here and with `dasar`, the values last
    exchanged (exported or imported) for it, field by field.

    A field the file changed and this workspace did not is taken from the file; a field changed
    only here is kept; a field changed on both sides to different values is a conflict. Without
    `dasar` every difference is a conflict: nobody can tell which side is newer.
    """
    incoming = dict(berkas)
    if di_sini is None:
        return Perbandingan(Kelas.BARU, incoming, tuple(incoming), di_berkas=incoming)
    here = {k: di_sini.get(k) for k in incoming}
    base = {k: dasar.get(k) for k in incoming} if dasar is not None else None
    taken: list[str] = []
    clash: list[str] = []
    kept_here = False
    for key, value in incoming.items():
        if value == here[key]:
            continue
        if base is not None and here[key] == base[key]:
            taken.append(key)
        elif base is not None and value == base[key]:
            kept_here = True
        else:
            clash.append(key)
    result = {**here, **{k: incoming[k] for k in taken}}
    if clash:
        kelas = Kelas.KONFLIK
    elif taken:
        kelas = Kelas.BERUBAH
    else:
        kelas = Kelas.LEBIH_BARU if kept_here else Kelas.SAMA
    return Perbandingan(kelas, result, tuple(taken), tuple(clash), here, incoming)


def kanonik(value: Any) -> Any:
    """A value as the exchange ledger keeps it (JSON): dates as ISO text, sequences as lists,
    whole floats as ints, blanks as None."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [kanonik(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value == "":
        return None
    return value


def nilai_tukar(lembar: Lembar, baris: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a sheet row that travel and are compared on import: the columns an import
    reads, without the record keys, in canonical form."""
    return {k.kunci: kanonik(baris.get(k.kunci)) for k in lembar.kolom
            if k.baca and k.jenis is not JenisKolom.UUID}


def kunci_dasar(lembar: Lembar, kunci: str) -> str:
    """The ledger key of a row: its sheet and its record key (a uuid, or a natural key)."""
    return f"{lembar.nama}:{kunci}"
