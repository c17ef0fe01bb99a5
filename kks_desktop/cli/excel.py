"""`export`, `template`, `import`, `exports`: Excel workbooks out and in from scripts, and the ledger."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop.cli.common import existing, kode_arg, num, table
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import buku_desa
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.rekap_excel import ekspor_rekap
from kks_desktop.services.templat import JENIS_TEMPLAT, buat_templat
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]
USAGE_ERROR = 2
_JENIS_EKSPOR = {"buku_desa": "buku desa", "rekap": "rekap", "templat": "templat",
                 "data_kk": "data KK"}


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `export`, `template`, `import` and `exports` to the top-level subparsers."""
    export = sub.add_parser(
        "export", help="ekspor buku kerja Excel: Laporan Pokja Desa Sehat per desa, atau rekap",
        description="Satu desa: --out BERKAS.xlsx. Beberapa desa atau --all: --out FOLDER (satu "
                    "buku kerja per desa), atau --satu-berkas --out BERKAS.xlsx. Rekap kecamatan/"
                    "kabupaten: --rekap --out BERKAS.xlsx.")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--desa", nargs="+", type=kode_arg, metavar="KODE", help="kode desa")
    what.add_argument("--all", action="store_true", help="semua desa dalam wilayah kerja")
    what.add_argument("--rekap", action="store_true",
                      help="rekap per desa dengan jumlah per kecamatan, gerbang penghargaan dan "
                           "grafik")
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="berkas .xlsx, atau folder untuk satu buku kerja per desa")
    export.add_argument("--satu-berkas", action="store_true", dest="satu_berkas",
                        help="semua desa yang dipilih dalam satu buku kerja")
    export.add_argument("--wilayah", type=kode_arg, metavar="KODE",
                        help="untuk --rekap: hanya desa di kecamatan ini")
    template = sub.add_parser("template", help="templat kosong untuk pengisian massal: "
                              + ", ".join(f"{k} ({v.lower()})" for k, v in JENIS_TEMPLAT.items()))
    template.add_argument("kind", choices=list(JENIS_TEMPLAT), metavar="JENIS",
                          help=", ".join(JENIS_TEMPLAT))
    template.add_argument("--out", required=True, type=Path, metavar="BERKAS.xlsx",
                          help="berkas templat yang dibuat")
    _add_import(sub)
    exports = sub.add_parser("exports", help="riwayat ekspor dan impor buku kerja, terbaru dahulu")
    exports.add_argument("--json", action="store_true", help="keluaran JSON")


def _add_import(sub: Any) -> None:
    parser = sub.add_parser(
        "import", help="impor buku kerja dari KKS Desktop (desa atau templat); berkas atau folder",
        description="Tanpa --dry-run data disimpan dalam satu transaksi per berkas, setelah "
                    "cadangan dibuat. Kode keluar: 0 ada data yang (akan) disimpan, 1 masih ada "
                    "kesalahan atau berkas ditolak, 3 tidak ada yang (akan) disimpan.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="BERKAS_ATAU_FOLDER",
                        help="buku kerja .xlsx, atau folder berisi buku kerja (dengan subfolder)")
    parser.add_argument("--dry-run", action="store_true", dest="dry_run",
                        help="hanya periksa dan tampilkan rencananya; tidak ada yang disimpan")
    parser.add_argument("--valid-rows-only", action="store_true", dest="valid_rows_only",
                        help="simpan baris yang sah saja; baris berisi kesalahan dilewati dan "
                             "disebutkan")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")


def _refuse(text: str) -> int:
    print(f"kks-desktop: {text}", file=sys.stderr)
    return USAGE_ERROR


def _rows_text(baris: dict[str, int]) -> str:
    return ", ".join(f"{name} {num(n)}" for name, n in baris.items() if n) or "tanpa baris data"


def _print_saved(result: HasilEkspor, indent: str = "") -> None:
    print(f"{indent}{result.path}")
    print(f"{indent}  Desa : {', '.join(result.desa_kode) or '-'}")
    print(f"{indent}  Baris: {_rows_text(result.baris)}")


def _export(db_path: Path, args: argparse.Namespace) -> int:
    out: Path = args.out
    if args.wilayah is not None and not args.rekap:
        return _refuse("--wilayah hanya dipakai bersama --rekap.")
    with existing(db_path) as ws:
        if args.rekap:
            return _export_rekap(ws, out, args.wilayah)
        codes: list[KodeWilayah] = list(dict.fromkeys(args.desa)) if args.desa else \
            buku_desa.desa_dalam_lingkup(ws)
        if not codes:
            return _refuse("belum ada desa terdaftar di wilayah kerja ini; tidak ada yang "
                           "diekspor.")
        if len(codes) > 1 and not args.satu_berkas:
            if out.exists() and not out.is_dir():
                return _refuse(f"{out} sudah ada dan bukan folder. Untuk beberapa desa, --out "
                               "adalah folder (atau tambahkan --satu-berkas).")
            results = buku_desa.ekspor_per_desa(ws, codes, out)
            print(f"{len(results)} buku kerja desa tersimpan di {out}:")
            for result in results:
                print(f"  {result.path.name}  ({_rows_text(result.baris)})")
            return 0
        if out.is_dir() and len(codes) == 1:
            out = out / buku_desa.nama_berkas_desa(codes[0], ws.desa.desa(codes[0]).nama)
        if out.suffix.lower() != ".xlsx":
            return _refuse(f"nama berkas keluaran harus berakhiran .xlsx ({out.name}).")
        result = buku_desa.ekspor_desa(ws, codes, out)
    print("Buku kerja tersimpan:")
    _print_saved(result, "  ")
    return 0


def _export_rekap(ws: Workspace, out: Path, within: KodeWilayah | None) -> int:
    if out.suffix.lower() != ".xlsx":
        return _refuse(f"nama berkas keluaran harus berakhiran .xlsx ({out.name}).")
    scope = ws.scope()
    if not ws.desa.desa_list(within or (scope.kode if scope else None)):
        print(f"kks-desktop: belum ada desa terdaftar di {within or 'wilayah kerja ini'}; rekap "
              "tidak dibuat.", file=sys.stderr)
        return 1
    result = ekspor_rekap(ws, out, within)
    print(f"Rekap tersimpan: {result.path}")
    print(f"  {num(len(result.desa_kode))} desa/kelurahan; sheet {', '.join(result.baris)}")
    return 0


def _template(db_path: Path, args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".xlsx":
        return _refuse(f"nama berkas keluaran harus berakhiran .xlsx ({args.out.name}).")
    with existing(db_path) as ws:
        result = buat_templat(ws, args.kind, args.out)
    prefilled = sum(result.baris.values())
    print(f"Templat {JENIS_TEMPLAT[args.kind]} tersimpan: {result.path}")
    if prefilled:
        print(f"  {num(prefilled)} baris sudah berisi kode dan nama desa; isi kolom lainnya.")
    print(f"  Setelah diisi: kks-desktop import \"{result.path.name}\" --dry-run")
    return 0


def _local(waktu: str) -> str:
    """A ledger time (UTC text) as the local "13/11/2025 14:05"."""
    try:
        moment = dt.datetime.fromisoformat(waktu.replace("Z", "+00:00"))
    except ValueError:
        return waktu
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def ledger(ws: Workspace) -> list[dict[str, Any]]:
    """Exports and imports together, newest first, as `exports --json` prints them."""
    rows: list[dict[str, Any]] = [
        {"arah": "ekspor", "waktu": e.waktu, "jenis": e.jenis, "berkas": e.nama_berkas,
         "sha256": e.sha256, "lingkup": e.lingkup, "desa_kode": list(e.desa_kode),
         "baris": e.baris, "uuid": e.uuid} for e in ws.pertukaran.exports()]
    rows += [{"arah": "impor", "waktu": i.waktu, "hasil": i.hasil, "berkas": i.nama_berkas,
              "sha256": i.sha256, "desa_kode": list(i.desa_kode), "jumlah": i.jumlah,
              "ekspor_uuid": i.ekspor_uuid} for i in ws.pertukaran.imports()]
    return sorted(rows, key=lambda r: r["waktu"], reverse=True)


def _desa_text(codes: list[str]) -> str:
    return codes[0] if len(codes) == 1 else f"{num(len(codes))} desa" if codes else "-"


def _exports(db_path: Path, args: argparse.Namespace) -> int:
    with existing(db_path) as ws:
        rows = ledger(ws)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Belum ada buku kerja yang diekspor atau diimpor.")
        return 0
    table(["Waktu", "Arah", "Jenis/Hasil", "Desa", "Baris", "SHA-256", "Berkas"],
          [[_local(r["waktu"]), r["arah"].capitalize(),
            _JENIS_EKSPOR.get(r.get("jenis", ""), r.get("jenis") or r.get("hasil", "")),
            _desa_text(r["desa_kode"]),
            num(sum((r.get("baris") or r.get("jumlah") or {}).values())), r["sha256"][:12],
            r["berkas"]] for r in rows])
    return 0


def _import(db_path: Path, args: argparse.Namespace) -> int:
    from kks_desktop.cli import excel_impor  # the import machinery loads only when used

    return excel_impor.jalankan(db_path, args)


COMMANDS: dict[str, Handler] = {"export": _export, "template": _template, "import": _import,
                                "exports": _exports}
