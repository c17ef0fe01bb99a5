"""Household (KK) workbooks for the import tests, written with openpyxl as people and the program do."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook

from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS
from kks_desktop.messages_sanitasi import RUNG_LABELS
from kks_desktop.services.rumah_tangga_kolom import KOLOM

JUDUL_TEMPLAT = [k.judul for k in KOLOM]
NAMA = ("Sutrisno", "Siti Aminah", "Darto", "Suparmi", "Slamet Riyadi", "Wahyuni", "Joko Susilo",
        "Sri Lestari", "Bambang", "Tukiyem")


def tulis_buku(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """A workbook with one sheet per entry, rows as given (None = blank cell). Text is stored as
    text (a No. KK stays 16 digits), numbers and dates as Excel numbers and dates."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    wb.save(path)
    return path


def _ya(value: bool | None) -> str:
    return "" if value is None else "Ya" if value else "Tidak"


def baris_templat(kode: str, nama_desa: str, rt: RumahTangga) -> list[object]:
    """One row of the program's register workbook, in KOLOM order, as its export writes it."""
    values: dict[str, object] = {
        "kode_desa": kode, "nama_desa": nama_desa, "dusun": rt.dusun, "rt": rt.rt, "rw": rt.rw,
        "no_kk": rt.no_kk, "nama_kepala": rt.nama_kepala, "alamat": rt.alamat,
        "jumlah_jiwa": rt.jumlah_jiwa, "tanggal": rt.tanggal, "petugas": rt.petugas,
        "pembuangan": PEMBUANGAN_LABELS[rt.pembuangan] if rt.pembuangan else "",
        "tangga": RUNG_LABELS[rt.tangga] if rt.tangga else "", "uuid": rt.uuid,
        **{k: _ya(v) for k, v in zip(KUNCI_PERTANYAAN, rt.jawaban, strict=True)},
    }
    return [values.get(k.kunci, "") for k in KOLOM]


def buku_templat(path: Path, rows: Iterable[tuple[str, str, RumahTangga]],
                 per_lembar: int | None = None) -> Path:
    """The program's layout: header on row 1, one household a row; `per_lembar` splits it over
    "Data KK", "Data KK (2)", … as the export does at Excel's row limit."""
    data = [baris_templat(*r) for r in rows]
    size = per_lembar or max(len(data), 1)
    sheets = {("Data KK" if n == 0 else f"Data KK ({n + 1})"): [JUDUL_TEMPLAT, *data[i:i + size]]
              for n, i in enumerate(range(0, max(len(data), 1), size))}
    return tulis_buku(path, sheets)


def rumah_tangga_acak(rnd: random.Random, n: int, no_kk: bool = True) -> list[RumahTangga]:
    """`n` households with every kind of value (answers blank too), distinct No. KK and names."""
    result = []
    for i in range(n):
        answers = tuple(rnd.choice((True, True, False, None)) for _ in KUNCI_PERTANYAAN)
        result.append(RumahTangga(
            nama_kepala=f"{rnd.choice(NAMA)} {i}", no_kk=f"332501{(i % 28) + 1:02d}0125{i:04d}"
            if no_kk else "", dusun=rnd.choice(("Krajan", "Sidomulyo", "")),
            rt=f"{rnd.randint(1, 9):03d}", rw=f"{rnd.randint(1, 4):03d}",
            alamat=rnd.choice(("Jl. Raya 1", "", "Gang Mawar")),
            jumlah_jiwa=rnd.choice((None, 1, 4, 7)),
            tanggal=rnd.choice((None, dt.date(2025, 3, 4), dt.date(2026, 1, 31))),
            petugas=rnd.choice(("Bu Ani", "")), jawaban=answers,
            pembuangan=rnd.choice((*Pembuangan, None))))
    return result
