"""The `kks-desktop` commands: the parser, the command table, and demo, desa, check, screenshot."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kks_desktop import __version__, messages
from kks_desktop.bahasa import BAHASA
from kks_desktop.cli import (
    argparse_id,
    cadangan,
    excel,
    kegiatan,
    kesiapan,
    rumah_tangga,
    sanitasi,
    uji_mandiri,
)
from kks_desktop.cli.common import existing as _existing
from kks_desktop.cli.common import num as _num
from kks_desktop.cli.common import print_warnings
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaInUse, KksError
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.log import setup_logging
from kks_desktop.paths import default_workspace
from kks_desktop.services import desa_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.pokja_service import pokja_for
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

_COUNT_OPTIONS = {"kk": "jumlah_kk", "jiwa": "jumlah_jiwa", "dusun": "jumlah_dusun",
                  "rw": "jumlah_rw", "rt": "jumlah_rt"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: perintah tidak lengkap atau salah: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    argparse_id.pasang()
    parser = _Parser(prog="kks-desktop", description="KKS Desktop untuk Pokja Desa/Kelurahan Sehat. "
                     "Tanpa perintah: membuka jendela program.")
    parser.add_argument("--version", action="version", version=f"KKS Desktop {__version__}")
    parser.add_argument("--db", type=Path, help="berkas data (bawaan: folder data pengguna)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri di folder sementara (jendela tidak tampil, data Anda tidak "
                        "disentuh); satu baris hasil, kode keluar 0 bila berhasil")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="isi data contoh untuk satu kabupaten/kota atau kecamatan")
    area = demo.add_mutually_exclusive_group(required=True)
    area.add_argument("--kabupaten", help="kode kabupaten/kota, misalnya 33.25")
    area.add_argument("--kecamatan", help="kode kecamatan, misalnya 33.25.01")
    demo.add_argument("--households", action="store_true",
                      help="juga data KK contoh (rumah tangga) sebanyak jumlah KK tiap desa")

    desa = sub.add_parser("desa", help="daftar desa/kelurahan").add_subparsers(
        dest="desa_command", required=True, parser_class=_Parser)
    listing = desa.add_parser("list", help="tampilkan desa dalam wilayah kerja")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    add = desa.add_parser("add", help="daftarkan desa dari daftar resmi Kemendagri")
    add.add_argument("kode", help="kode desa, misalnya 33.25.01.2001 atau 3325012001")
    for option, field in _COUNT_OPTIONS.items():
        add.add_argument(f"--{option}", dest=field, metavar="N", help=f"isi {field}")
    show = desa.add_parser("show", help="tampilkan satu desa beserta Pokja")
    show.add_argument("kode")
    show.add_argument("--json", action="store_true", help="keluaran JSON")
    remove = desa.add_parser("remove", help="hapus desa")
    remove.add_argument("kode")
    remove.add_argument("--force", action="store_true", help="hapus beserta semua datanya")

    sanitasi.add_parsers(sub, _Parser)
    kegiatan.add_parsers(sub, _Parser)
    kesiapan.add_parsers(sub, _Parser)
    cadangan.add_parsers(sub)
    excel.add_parsers(sub, _Parser)
    rumah_tangga.add_parsers(sub, _Parser)

    sub.add_parser("check", help="periksa kesehatan berkas data (kode keluar 0 bila sehat)")

    shot = sub.add_parser("screenshot", help="simpan gambar satu halaman jendela utama")
    shot.add_argument("--page", required=True, help="beranda, desa, sanitasi (tab Sanitasi desa), "
                      "sanitasi-ringkasan, data-kk, kegiatan, kesiapan, kesiapan-matriks, "
                      "ekspor-impor, pengaturan; atau adegan panduan, beberapa dipisah koma, "
                      "atau panduan (semua adegan; --out lalu sebuah folder)")
    shot.add_argument("--out", required=True, type=Path, help="berkas PNG (atau folder)")
    shot.add_argument("--size", default="1280x800", help="lebar x tinggi, misalnya 1280x800")
    shot.add_argument("--bahasa", choices=sorted(BAHASA),
                      help="bahasa tampilan gambar: id atau en (bawaan: pilihan di Pengaturan)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        return uji_mandiri.jalankan()
    db_path: Path = args.db or default_workspace()
    if args.command is None:
        from kks_desktop.ui.app import run_gui

        return run_gui(db_path)
    setup_logging()
    action = getattr(args, f"{args.command}_command", None)
    handler = _COMMANDS[f"{args.command} {action}" if action else args.command]
    try:
        return handler(db_path, args)
    except KksError as exc:
        logger.info("command %s refused: %r", args.command, exc)
        print(f"kks-desktop: {messages.describe(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        logger.warning("command %s failed on a file: %r", args.command, exc)
        print(f"kks-desktop: {messages.describe_os_error(exc)}", file=sys.stderr)
        return 1


def _demo(db_path: Path, args: argparse.Namespace) -> int:
    area = KodeWilayah.parse(args.kabupaten or args.kecamatan)
    with Workspace.open(db_path) as ws:
        result = build_demo(ws, area, households=args.households)
    kk = f", {_num(result.rumah_tangga)} KK contoh" if args.households else ""
    print(f"Data contoh {result.scope.nama}: {result.added} desa/kelurahan ditambahkan, "
          f"{result.skipped} sudah ada{kk}. Berkas: {db_path}")
    return 0


def _desa_list(db_path: Path, args: argparse.Namespace) -> int:
    with _existing(db_path) as ws:
        rows = desa_service.desa_list(ws)
    if args.json:
        print(json.dumps([_desa_json(d) for d in rows], ensure_ascii=False, indent=2))
        return 0
    for d in rows:
        print(f"{d.kode}  {d.nama:<28} {d.jenis.value:<10} {d.wilayah.kecamatan:<20} "
              f"KK {_num(d.jumlah_kk):>7}  jiwa {_num(d.jumlah_jiwa):>8}")
    print(f"{len(rows)} desa/kelurahan")
    return 0


def _desa_add(db_path: Path, args: argparse.Namespace) -> int:
    from kks_desktop.domain.fields import parse_count

    kode = KodeWilayah.parse(args.kode)
    changes: dict[str, int | None] = {}
    problems: list[Problem] = []
    for field in _COUNT_OPTIONS.values():
        if getattr(args, field) is not None:
            changes[field], found = parse_count(getattr(args, field), field)
            problems.extend(found)
    if problems:
        from kks_desktop.domain.errors import ValidationFailed

        raise ValidationFailed(problems)
    with Workspace.open(db_path) as ws:
        saved = desa_service.add_desa(ws, desa_service.new_desa(ws, kode).with_changes(**changes))
    print(f"Terdaftar: {saved.desa.kode} {saved.desa.nama}, Kec. {saved.desa.wilayah.kecamatan}, "
          f"{saved.desa.wilayah.kabupaten}")
    print_warnings(saved.warnings)
    return 0


def _desa_show(db_path: Path, args: argparse.Namespace) -> int:
    kode = KodeWilayah.parse(args.kode)
    with _existing(db_path) as ws:
        desa = ws.desa.desa(kode)
        pokja = pokja_for(ws, kode)
    data = _desa_json(desa)
    data["pokja"] = {
        "uuid": pokja.uuid, "sk_nomor": pokja.sk_nomor,
        "sk_tanggal": pokja.sk_tanggal.isoformat() if pokja.sk_tanggal else None,
        "sk_penandatangan": pokja.sk_penandatangan, "sekretariat_ada": pokja.sekretariat_ada,
        "tatanan": list(pokja.tatanan),
        "anggota": [{"nama": m.nama, "jabatan": m.jabatan.value, "unsur": m.unsur,
                     "telepon": m.telepon, "uuid": m.uuid} for m in pokja.anggota],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key, value in data.items():
        if key != "pokja":
            print(f"{key:<20}: {'' if value is None else value}")
    print(f"{'Pokja SK':<20}: {pokja.sk_nomor or '-'} "
          f"({pokja.sk_tanggal.strftime('%d/%m/%Y') if pokja.sk_tanggal else 'tanpa tanggal'})")
    for n, m in enumerate(pokja.anggota, start=1):
        print(f"  {n:>2}. {m.nama:<28} {messages.JABATAN_LABELS[m.jabatan]:<12} {m.unsur}")
    return 0


def _desa_remove(db_path: Path, args: argparse.Namespace) -> int:
    kode = KodeWilayah.parse(args.kode)
    with _existing(db_path) as ws:
        try:
            removed = desa_service.delete_desa(ws, kode, force=args.force)
        except DesaInUse:
            print("kks-desktop: tambahkan --force untuk menghapus desa beserta semua datanya.",
                  file=sys.stderr)
            raise
    print(f"Dihapus: {removed.desa.kode} {removed.desa.nama}")
    return 0


def _check(db_path: Path, args: argparse.Namespace) -> int:
    with _existing(db_path) as ws:
        health = ws.health()
    print(f"Berkas           : {db_path}")
    print(f"Versi skema      : {health.schema_version} (program ini: {health.supported_version})")
    print(f"quick_check      : {'; '.join(health.quick_check)}")
    print(f"Kunci asing      : {health.foreign_key_problems} masalah")
    for table, count in health.counts.items():
        print(f"  {table:<15}: {count}")
    print("SEHAT" if health.ok else "BERMASALAH")
    return 0 if health.ok else 1


def _screenshot(db_path: Path, args: argparse.Namespace) -> int:
    from kks_desktop.ui.screenshot import save_screenshot

    return save_screenshot(db_path, args.page, args.out, args.size, args.bahasa)


def _desa_json(d: Desa) -> dict[str, Any]:
    w = d.wilayah
    return {
        "kode": str(d.kode), "nama": d.nama, "jenis": d.jenis.value, "kecamatan": w.kecamatan,
        "kabupaten": w.kabupaten, "provinsi": w.provinsi, "jumlah_kk": d.jumlah_kk,
        "jumlah_jiwa": d.jumlah_jiwa, "jumlah_dusun": d.jumlah_dusun, "jumlah_rw": d.jumlah_rw,
        "jumlah_rt": d.jumlah_rt, "alamat_sekretariat": d.alamat_sekretariat,
        "telepon": d.telepon, "catatan": d.catatan, "demo": d.is_demo, "uuid": d.uuid,
    }


_COMMANDS: dict[str, Callable[[Path, argparse.Namespace], int]] = {
    "demo": _demo, "desa list": _desa_list, "desa add": _desa_add, "desa show": _desa_show,
    "desa remove": _desa_remove, "check": _check, "screenshot": _screenshot,
    **sanitasi.COMMANDS, **kegiatan.COMMANDS, **kesiapan.COMMANDS, **cadangan.COMMANDS,
    **excel.COMMANDS, **rumah_tangga.COMMANDS,
}
