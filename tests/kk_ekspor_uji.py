"""Households for the register export tests, and the rows an export must hold, worked out apart
from the program's writer (the rung by the form's own reading, pillars by "every answer Ya")."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from pathlib import Path

from python_calamine import CalamineWorkbook
from rumah_tangga_uji import tangga_menurut_formulir

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga import PERTANYAAN, Pembuangan, RumahTangga
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS
from kks_desktop.messages_sanitasi import RUNG_LABELS
from kks_desktop.services.rumah_tangga_kolom import KOLOM
from kks_desktop.services.workspace import Workspace

# Text a careless writer turns into a formula, markup or a number, or loses parts of.
NAMA_SULIT = ("=SUM(A1:A9)", "+62 812 3456", "-", "@warga", "<r><t>x</t></r>", "<r>Budi</r>",
              "Budi & <Sons>", "Siti ꦱꦶꦠꦶ 😀", "  Spasi di depan", "\tTab", "'Kutip")
_GIVEN = ("Sutrisno", "Siti Aminah", "Darto", "Wartini", "Slamet", "Endang")
_PILAR = {2: "ctps", 3: "pamm", 4: "psrt", 5: "plcrt"}


def keluarga(n: int, seed: int = 8, sulit: bool = True) -> list[RumahTangga]:
    """`n` households with every kind of value (and none), names unique so their order is
    fixed; the first ones carry NAMA_SULIT when `sulit`."""
    rng = random.Random(seed)
    result = []
    for i in range(n):
        name = NAMA_SULIT[i] if sulit and i < len(NAMA_SULIT) else f"{rng.choice(_GIVEN)} {i:04d}"
        result.append(RumahTangga(
            nama_kepala=name,
            no_kk=rng.choice(("", f"33250{rng.randrange(10 ** 11):011d}", "0012345678901234")),
            dusun=rng.choice(("", "Krajan", "Dukuh 01")),
            rt=f"{rng.randrange(1, 12):03d}", rw=rng.choice(("", "001", "02", "7")),
            alamat=rng.choice(("", "Jl. Desa No. 5", "RT 1 / RW 2, dekat masjid")),
            jumlah_jiwa=rng.choice((None, 1, 4, 12, 99)),
            tanggal=rng.choice((None, dt.date(2025, 11, 13), dt.date(2024, 2, 29),
                                dt.date(1999, 12, 31))),
            petugas=rng.choice(("", "Kader Ani")),
            jawaban=tuple(rng.choice((True, True, False, None)) for _ in PERTANYAAN),
            pembuangan=rng.choice((*Pembuangan, None))))
    return result


def simpan(ws: Workspace, kode: str, households: Iterable[RumahTangga]) -> None:
    """Load households into a registered desa in one transaction, as an import does."""
    with ws.atomic(), ws.rumah_tangga.tanpa_riwayat():
        did = ws.rumah_tangga.desa_id(KodeWilayah.parse(kode))
        assert did is not None
        ws.rumah_tangga.tambah_banyak(did, households)


def _yt(value: bool | None) -> str:
    return "" if value is None else "Ya" if value else "Tidak"


def baris_harapan(kode: str, nama_desa: str, rt: RumahTangga) -> list[object]:
    """One household's row as the export must write it (calamine's reading: '' for empty,
    numbers as floats, dates as dates)."""
    answers = dict(zip((p.kunci for p in PERTANYAAN), rt.jawaban, strict=True))
    rung = tangga_menurut_formulir(answers["p1_bab_jamban"], answers["p1_milik_sendiri"],
                                   answers["p1_leher_angsa"], rt.pembuangan)
    cells: dict[str, object] = {
        "kode_desa": kode, "nama_desa": nama_desa, "dusun": rt.dusun, "rt": rt.rt, "rw": rt.rw,
        "no_kk": rt.no_kk, "nama_kepala": rt.nama_kepala, "alamat": rt.alamat,
        "jumlah_jiwa": "" if rt.jumlah_jiwa is None else float(rt.jumlah_jiwa),
        "tanggal": rt.tanggal or "", "petugas": rt.petugas,
        **{k: _yt(v) for k, v in answers.items()},
        "pembuangan": PEMBUANGAN_LABELS[rt.pembuangan] if rt.pembuangan else "",
        "tangga": RUNG_LABELS[rung] if rung else "", "uuid": rt.uuid}
    for number, key in _PILAR.items():
        mine = [answers[p.kunci] for p in PERTANYAAN if p.pilar == number]
        cells[key] = "Tidak" if False in mine else "" if None in mine else "Ya"
    return [cells[k.kunci] for k in KOLOM]


def harapan(ws: Workspace, kode: str) -> list[list[object]]:
    """Every household of a desa as stored, sorted as the register shows them, as rows."""
    desa = ws.desa.desa(KodeWilayah.parse(kode))
    did = ws.rumah_tangga.desa_id(desa.kode)
    ids = list(ws.rumah_tangga.id_urut(did))
    stored = [rt for _, rt in ws.rumah_tangga.baris(ids).values()]
    stored.sort(key=lambda rt: (rt.rw, rt.rt, rt.nama_kepala))
    return [baris_harapan(kode, desa.nama, rt) for rt in stored]


def lembar(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet of a workbook as calamine reads it, by name."""
    wb = CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}
