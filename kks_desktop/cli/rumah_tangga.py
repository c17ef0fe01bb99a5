"""The `kk` command: import the household register from Excel, list it, compute a desa's report."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from kks_desktop import messages
from kks_desktop.cli import rumah_tangga_ekspor
from kks_desktop.cli.common import existing, kode_arg, num, print_warnings, table
from kks_desktop.cli.excel_impor import ERRORS, NOTHING, OK
from kks_desktop.domain.errors import ImportBlocked
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.tanggal import tanggal_angka
from kks_desktop.messages_excel import ringkasan_rencana
from kks_desktop.messages_rumah_tangga_excel import hasil_impor_kk_text, jumlah_kk_text
from kks_desktop.messages_sanitasi import RUNG_LABELS
from kks_desktop.services import rumah_tangga_impor as impor
from kks_desktop.services import rumah_tangga_service, sanitasi_service
from kks_desktop.services.rumah_tangga_impor import RencanaKK

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]
MASALAH_DITAMPILKAN = 100  # findings printed; the count of the rest follows


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `kk impor | hitung | daftar` (and the export's `kk ekspor | templat`)."""
    kk = sub.add_parser("kk", help="data rumah tangga (KK): impor dari Excel, daftar, hitung "
                        "laporan desa").add_subparsers(dest="kk_command", required=True,
                                                       parser_class=parser_class)
    impor_ = kk.add_parser(
        "impor", help="impor data KK dari Excel (pratinjau, kecuali dengan --terapkan)",
        description="Membaca templat atau hasil ekspor data KK dari KKS Desktop, dan susunan "
                    "kolom yang umum dipakai (buku kader, formulir moniver), lalu menampilkan "
                    "rencananya per desa. Dengan --terapkan data disimpan dalam satu transaksi "
                    "setelah cadangan dibuat. Kode keluar: 0 ada data yang (akan) disimpan, 1 "
                    "masih ada kesalahan atau berkas ditolak, 3 tidak ada yang (akan) disimpan.")
    impor_.add_argument("berkas", type=Path, metavar="BERKAS.xlsx", help="buku kerja data KK")
    impor_.add_argument("--desa", type=kode_arg, metavar="KODE",
                        help="desa untuk baris yang tidak menyebut desa (berkas tanpa kolom desa)")
    impor_.add_argument("--terapkan", action="store_true",
                        help="simpan; tanpa ini hanya pratinjau dan tidak ada yang disimpan")
    impor_.add_argument("--hanya-valid", action="store_true", dest="hanya_valid",
                        help="simpan baris yang sah saja; baris berisi kesalahan dilewati")
    hitung = kk.add_parser(
        "hitung", help="laporan bulanan desa dihitung dari data KK, di samping laporan yang "
                       "diketik terakhir",
        description="Angka tangga akses dan pilar 2–5 dihitung dari jawaban setiap KK. Tanpa "
                    "--simpan tidak ada yang disimpan.")
    hitung.add_argument("--desa", required=True, type=kode_arg, metavar="KODE", help="kode desa")
    hitung.add_argument("--periode", required=True, type=periode_arg, metavar="TAHUN-BULAN",
                        help="bulan laporan, misalnya 2025-11")
    hitung.add_argument("--simpan", action="store_true",
                        help="simpan sebagai laporan bulan itu (menggantikan yang diketik, bila ada)")
    daftar = kk.add_parser("daftar", help="jumlah KK satu desa dan baris-baris pertamanya")
    daftar.add_argument("--desa", required=True, type=kode_arg, metavar="KODE", help="kode desa")
    daftar.add_argument("--baris", type=int, default=20, metavar="N",
                        help="berapa KK pertama yang ditampilkan (bawaan 20)")
    rumah_tangga_ekspor.add_parsers(kk, parser_class)


def periode_arg(text: str) -> Periode:
    """A month as YYYY-MM; anything else is a command-line error in Indonesian."""
    try:
        return Periode.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” bukan periode; tulis tahun-bulan, misalnya "
                                         "2025-11") from None


def _kode(rencana: RencanaKK, written: int | None) -> int:
    """Errors win over nothing (to be) saved."""
    if rencana.ada_kesalahan:
        return ERRORS
    if written is not None:
        return OK if written else NOTHING
    return OK if rencana.akan_ditulis else NOTHING


def print_rencana(rencana: RencanaKK, dry_run: bool) -> None:
    """The plan of one workbook, in Indonesian."""
    print(rencana.path)
    if rencana.bacaan.lembar:
        print("  Sheet dibaca: " + ", ".join(
            f"{s.nama} (judul kolom di baris {s.baris_header})" for s in rencana.bacaan.lembar))
    print(f"  {'Rencana' if dry_run else 'Isi berkas'}: {ringkasan_rencana(rencana)}")
    for d in rencana.per_desa.values():
        where = f"{d.kode} {d.nama}" if d.kode else "(desa tidak dikenali)"
        print(f"    {where:<32} {jumlah_kk_text(d.baru, d.berubah, d.sama, d.salah)}")
    if rencana.diabaikan:
        print("  Kolom tidak dibaca: " + "; ".join(
            f"{k.lembar} kolom {k.huruf} “{k.judul}”" for k in rencana.diabaikan))
    if rencana.masalah:
        print("  Masalah:")
        for m in rencana.masalah[:MASALAH_DITAMPILKAN]:
            print(f"    • {impor.masalah_kk_text(m)}")
        rest = len(rencana.masalah) - MASALAH_DITAMPILKAN
        if rest > 0:
            print(f"    … dan {num(rest)} masalah lain.")


def _impor(db_path: Path, args: argparse.Namespace) -> int:
    with existing(db_path) as ws:
        rencana = impor.rencanakan(ws, args.berkas, args.desa)
        print_rencana(rencana, not args.terapkan)
        if rencana.perlu_desa:
            print("\nBerkas ini tidak menyebut desa. Sebutkan desanya dengan --desa KODE; desa "
                  "terdaftar: " + ", ".join(f"{d.kode} {d.nama}" for d in ws.desa.desa_list()[:8])
                  + (" …" if ws.desa.count() > 8 else ""))
            return ERRORS
        if not args.terapkan:
            print("\nPratinjau saja: tidak ada yang disimpan. " + (
                "Perbaiki kesalahannya, atau jalankan dengan --terapkan --hanya-valid."
                if rencana.ada_kesalahan else "Jalankan dengan --terapkan untuk menyimpan."
                if rencana.akan_ditulis else "Semua isi berkas sudah ada di sini."))
            return _kode(rencana, None)
        try:
            hasil = impor.terapkan(ws, rencana, hanya_valid=args.hanya_valid)
        except ImportBlocked as exc:
            print(f"\nkks-desktop: {messages.describe(exc)}", file=sys.stderr)
            return ERRORS
    print(f"\n{hasil_impor_kk_text(hasil.baru, hasil.berubah, hasil.sama, hasil.dilewati)}")
    return _kode(rencana, hasil.ditulis)


def _hitung(db_path: Path, args: argparse.Namespace) -> int:
    with existing(db_path) as ws:
        desa = ws.desa.desa(args.desa)
        got = rumah_tangga_service.laporan_dari_register(ws, args.desa, args.periode)
        saved = sanitasi_service.save_report(ws, args.desa, got.laporan) if args.simpan else None
    h = got.hitungan
    print(f"{desa.kode} {desa.nama}, periode {args.periode}: dihitung dari {num(h.total)} KK"
          + (f" ({num(h.tanpa_tangga)} KK belum lengkap jawaban pilar 1, tidak dihitung)"
             if h.tanpa_tangga else ""))
    typed = got.terakhir
    head = ["Angka", "Dihitung", f"Diketik {typed.periode}" if typed else "Diketik", "Selisih"]
    rows = [[messages.FIELD_LABELS.get(s.kunci, s.kunci), num(s.dihitung), num(s.diketik),
             _beda(s.beda)] for s in got.selisih]
    table(head, rows)
    if typed is None:
        print("Belum ada laporan yang diketik sampai periode ini.")
    if saved is not None:
        replaced = typed is not None and typed.periode == args.periode
        print(f"Tersimpan sebagai laporan {args.periode}" + (
            " (menggantikan laporan yang diketik)." if replaced else "."))
        print_warnings(saved.warnings)
    return 0


def _beda(value: int | None) -> str:
    """+12, -1.155, 0; "-" when either side has no figure."""
    if value is None:
        return "-"
    return ("+" if value > 0 else "-" if value < 0 else "") + num(abs(value))


def _daftar(db_path: Path, args: argparse.Namespace) -> int:
    with existing(db_path) as ws:
        desa = ws.desa.desa(args.desa)
        did = rumah_tangga_service.desa_id(ws, args.desa)
        total = ws.rumah_tangga.jumlah(did)
        first = list(islice(ws.rumah_tangga.semua_desa(did), max(args.baris, 0)))
    print(f"{desa.kode} {desa.nama}: {num(total)} KK")
    if first:
        table(["No. KK", "Nama kepala keluarga", "RT/RW", "Jiwa", "Kunjungan", "Akses jamban"],
              [[r.no_kk or "-", r.nama_kepala, f"{r.rt or '-'}/{r.rw or '-'}", num(r.jumlah_jiwa),
                tanggal_angka(r.tanggal) if r.tanggal else "-",
                RUNG_LABELS[r.tangga] if r.tangga else "(belum lengkap)"] for r in first])
    if total > len(first):
        print(f"… dan {num(total - len(first))} KK lain.")
    return 0


COMMANDS: dict[str, Handler] = {"kk impor": _impor, "kk hitung": _hitung, "kk daftar": _daftar,
                                **rumah_tangga_ekspor.COMMANDS}
