"""`kk ekspor` and `kk templat`: the household (KK) register and its empty template to Excel, for
scripts; `add_parsers` puts both under the `kk` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop.cli.common import existing, kode_arg, num
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import rumah_tangga_ekspor as ekspor
from kks_desktop.services.buku_desa import HasilEkspor, desa_dalam_lingkup
from kks_desktop.services.rumah_tangga_templat import buat_templat_kk

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]
USAGE_ERROR = 2
PRIBADI = ("Perhatian: berkas ini memuat nama kepala keluarga dan No. KK (data pribadi). Simpan "
           "dan kirim hanya kepada yang berhak; hapus bila tidak diperlukan lagi.")


def add_parsers(kk_sub: Any, parser_cls: type[argparse.ArgumentParser]) -> None:
    """Add `ekspor` and `templat` to the subparsers of the `kk` command (`parser_cls` is the
    program's parser class, should a subcommand need subparsers of its own)."""
    del parser_cls  # neither has subcommands
    out = kk_sub.add_parser(
        "ekspor", help="ekspor data KK ke Excel (memuat nama dan No. KK: data pribadi)",
        description="Semua KK satu desa, satu kecamatan atau seluruh data ini dalam satu buku "
                    "kerja, satu baris per KK. Lebih dari 1.048.575 KK dilanjutkan pada sheet "
                    "berikutnya; sheet Keterangan menjelaskan pembagiannya.")
    out.add_argument("--out", required=True, type=Path, metavar="BERKAS.xlsx",
                     help="buku kerja yang ditulis")
    out.add_argument("--wilayah", type=kode_arg, metavar="KODE",
                     help="kode desa, kecamatan atau kabupaten (bawaan: semua desa di data ini)")
    blank = kk_sub.add_parser(
        "templat", help="templat kosong data KK untuk diisi di Excel lalu diimpor",
        description="Kolom yang sama dengan hasil ekspor, dengan daftar pilihan, kode dan nama "
                    "desa sudah terisi pada baris yang disiapkan, dan sheet Petunjuk.")
    blank.add_argument("--out", required=True, type=Path, metavar="BERKAS.xlsx",
                       help="berkas templat yang dibuat")
    blank.add_argument("--desa", nargs="+", type=kode_arg, metavar="KODE",
                       help="desa yang disiapkan barisnya; kode kecamatan berarti semua desanya "
                            "(bawaan: semua desa dalam wilayah kerja)")


def _refuse(text: str, code: int = USAGE_ERROR) -> int:
    print(f"kks-desktop: {text}", file=sys.stderr)
    return code


def _bad_name(out: Path) -> str | None:
    if out.suffix.lower() != ".xlsx":
        return f"nama berkas keluaran harus berakhiran .xlsx ({out.name})."
    if out.is_dir():
        return f"{out} adalah folder; sebutkan nama berkas .xlsx."
    return None


def sheets_text(result: HasilEkspor) -> str:
    """"Data KK (1.048.575), Data KK (2) (12.345)"."""
    return ", ".join(f"{name} ({num(n)})" for name, n in result.baris.items())


def run_ekspor(db_path: Path, args: argparse.Namespace) -> int:
    out: Path = args.out
    if (problem := _bad_name(out)) is not None:
        return _refuse(problem)
    kode: KodeWilayah | None = args.wilayah
    with existing(db_path) as ws:
        where = ekspor.nama_wilayah(ws, kode)
        total = ekspor.jumlah_kk(ws, kode)
        if not total:
            return _refuse(f"belum ada data KK di {where}; tidak ada yang diekspor.", 1)
        print(f"Menulis {num(total)} KK ({where})…", file=sys.stderr)
        result = ekspor.ekspor_kk(ws, out, kode)
    print(f"Data KK tersimpan: {result.path}")
    print(f"  {num(sum(result.baris.values()))} KK dari {num(len(result.desa_kode))} "
          f"desa/kelurahan; sheet {sheets_text(result)}")
    print(PRIBADI, file=sys.stderr)
    return 0


def run_templat(db_path: Path, args: argparse.Namespace) -> int:
    out: Path = args.out
    if (problem := _bad_name(out)) is not None:
        return _refuse(problem)
    with existing(db_path) as ws:
        areas: list[KodeWilayah] = list(dict.fromkeys(args.desa or []))
        codes = ([d.kode for area in areas for d in ekspor.desa_lingkup(ws, area)] if areas
                 else desa_dalam_lingkup(ws))
        if not codes:
            where = ", ".join(str(a) for a in areas) or "wilayah kerja ini"
            return _refuse(f"belum ada desa terdaftar di {where}; templat tidak dibuat.", 1)
        result = buat_templat_kk(ws, out, codes)
    rows = sum(result.baris.values())
    print(f"Templat data KK tersimpan: {result.path}")
    print(f"  {num(rows)} baris disiapkan untuk {num(len(result.desa_kode))} desa/kelurahan "
          "(kode dan nama desa sudah terisi).")
    return 0


COMMANDS: dict[str, Handler] = {"kk ekspor": run_ekspor, "kk templat": run_templat}
