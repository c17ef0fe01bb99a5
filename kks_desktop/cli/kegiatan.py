"""The `kks-desktop kegiatan ...` commands: list sessions, show one with its figures, print its PDFs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop.cli import kegiatan_json as kj
from kks_desktop.cli.common import existing, num, pct, table
from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.prepost import HasilPrePost, RingkasanNilai, hasil_prepost
from kks_desktop.domain.tanggal import tanggal_panjang
from kks_desktop.messages_kegiatan import ASAL_LABELS, STATUS_RTL_LABELS, catatan_pasangan
from kks_desktop.services import kegiatan_service
from kks_desktop.services.identitas import identitas
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]

_WHAT = ("daftar-hadir", "prepost", "rtl")

_LIST_EPILOG = """\
Kunci JSON (satu objek per kegiatan, terbaru dahulu): uuid, jenis, jenis_label, judul,
tanggal_mulai, tanggal_selesai (ISO), wilayah_kode, wilayah, tempat, penyelenggara, peserta,
hadir_per_hari [hari 1, hari 2, ...], dinilai (peserta dengan nilai pre dan post), rtl,
rtl_terbuka (belum/berjalan)."""

_SHOW_EPILOG = """\
UUID boleh ditulis 4 huruf pertamanya saja bila tidak ada kegiatan lain yang diawali sama.
Kunci JSON: identitas kegiatan, materi[], narasumber[], peserta[] {nama, jenis_kelamin, jabatan,
instansi, kategori, desa_kode, desa_nama, telepon, hadir [hari], pre, post}, hadir_per_hari[],
prepost {batas_lulus, total, per_kategori[] {kategori, label, ...}, tidak_lengkap[] {uuid, nama,
pre, post}}, rtl[] {..., status, lewat_waktu}. Angka pre/post berpasangan (rata_pre, rata_post,
rata_kenaikan, lulus_pre, lulus_post, persen_lulus_*) hanya menghitung peserta yang memiliki
kedua nilai; rata_pre_semua/rata_post_semua memakai semua nilai yang ada. Rata-rata dibulatkan
2 desimal, persen 1 desimal; null bila tidak ada nilainya."""


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `kegiatan list | show | print` to the top-level subparsers."""
    kegiatan = sub.add_parser(
        "kegiatan", help="kegiatan: orientasi, sosialisasi, rapat, pelatihan").add_subparsers(
        dest="kegiatan_command", required=True, parser_class=parser_class)
    raw = argparse.RawDescriptionHelpFormatter

    listing = kegiatan.add_parser("list", help="daftar kegiatan, terbaru dahulu",
                                  epilog=_LIST_EPILOG, formatter_class=raw)
    listing.add_argument("--json", action="store_true", help="keluaran JSON")

    show = kegiatan.add_parser(
        "show", help="satu kegiatan: peserta, kehadiran, hasil pre/post-test, RTL",
        epilog=_SHOW_EPILOG, formatter_class=raw)
    show.add_argument("uuid", metavar="KODE",
                      help="kode (uuid) kegiatan atau 4 huruf pertamanya atau lebih")
    show.add_argument("--json", action="store_true", help="keluaran JSON")

    out = kegiatan.add_parser("print", help="cetak daftar hadir, rekap pre/post-test atau RTL "
                              "ke PDF (kertas sesuai Pengaturan)")
    out.add_argument("uuid", metavar="KODE",
                     help="kode (uuid) kegiatan atau 4 huruf pertamanya atau lebih")
    out.add_argument("--what", required=True, choices=_WHAT,
                     help="daftar-hadir, prepost (rekap pre/post-test) atau rtl")
    out.add_argument("--out", required=True, type=Path, metavar="BERKAS.pdf", help="berkas PDF")
    out.add_argument("--kosong", type=_non_negative, default=0, metavar="N",
                     help="daftar hadir kosong: N baris bernomor tanpa nama peserta, untuk "
                          "diisi tangan")


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"“{text}” bukan bilangan bulat 0 atau lebih")
    return value


# --- formatting ---------------------------------------------------------------------------------

def skor(value: float | None) -> str:
    """A score or mean the Indonesian way: 85 -> "85", 72.456 -> "72,46"; None -> "-"."""
    if value is None:
        return "-"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _rentang(k: Kegiatan) -> str:
    if k.hari == 1:
        return tanggal_panjang(k.mulai)
    return f"{tanggal_panjang(k.mulai)} s.d. {tanggal_panjang(k.selesai)} ({k.hari} hari)"


# --- list ---------------------------------------------------------------------------------------

def _nama_wilayah(ws: Workspace) -> Callable[[KodeWilayah], str]:
    """The region's name ("Kabupaten Batang", "Desa Silurah"), looked up once per code."""
    cache: dict[str, str] = {}

    def name(kode: KodeWilayah) -> str:
        if str(kode) not in cache:
            cache[str(kode)] = identitas(ws, kode).nama
        return cache[str(kode)]

    return name


def _list(db_path: Path, args: argparse.Namespace) -> int:
    acuan = acuan_kegiatan()
    with existing(db_path) as ws:
        rows = kegiatan_service.daftar(ws)
        name = _nama_wilayah(ws)
        data = [kj.ringkas_json(r, acuan, name(r.wilayah)) for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    head = ["Kode", "Tanggal", "Jenis", "Judul", "Wilayah", "Peserta", "Hadir per hari",
            "Dinilai", "RTL terbuka"]
    body = [[r.uuid[:8], r.mulai.strftime("%d/%m/%Y"), acuan.label_jenis(r.jenis),
             _cut(r.judul, 40), _cut(d["wilayah"], 26), num(r.peserta),
             " · ".join(num(n) for n in r.hadir_per_hari), num(r.dinilai),
             f"{num(r.rtl_terbuka)} dari {num(r.rtl)}"] for r, d in zip(rows, data, strict=True)]
    if body:
        table(head, body)
    print(f"{num(len(rows))} kegiatan")
    return 0


# --- show ---------------------------------------------------------------------------------------

def _show(db_path: Path, args: argparse.Namespace) -> int:
    acuan = acuan_kegiatan()
    today = dt.date.today()
    with existing(db_path) as ws:
        k = kegiatan_service.ambil(ws, kegiatan_service.cari_uuid(ws, args.uuid))
        ident = identitas(ws, k.wilayah)
    hasil = hasil_prepost(k.peserta, k.batas_lulus)
    if args.json:
        print(json.dumps(kj.kegiatan_json(k, acuan, ident, hasil, today), ensure_ascii=False,
                         indent=2))
        return 0
    print(k.judul)
    for label, value in (("Kode", k.uuid), ("Jenis", acuan.label_jenis(k.jenis)),
                         ("Tanggal", _rentang(k)), ("Wilayah", f"{ident.nama} ({k.wilayah})"),
                         ("Tempat", k.tempat or "-"), ("Penyelenggara", k.penyelenggara or "-")):
        print(f"{label:<14}: {value}")
    _print_materi(k)
    _print_peserta(k, acuan)
    _print_prepost(hasil, acuan)
    _print_rtl(k, today)
    for title, text in (("Notulen", k.notulen), ("Catatan", k.catatan)):
        if text.strip():
            print(f"\n{title}")
            print("\n".join(f"  {line}" for line in text.strip().splitlines()))
    return 0


def _print_materi(k: Kegiatan) -> None:
    print(f"\nMateri ({len(k.materi)})")
    for n, topic in enumerate(k.materi, start=1):
        print(f"  {n}. {topic}")
    print(f"\nNarasumber/fasilitator ({len(k.narasumber)})")
    for n, s in enumerate(k.narasumber, start=1):
        origin = f" ({ASAL_LABELS[s.asal]})" if s.asal else ""
        about = f": {s.materi}" if s.materi else ""
        print(f"  {n}. {s.nama}{', ' + s.instansi if s.instansi else ''}{origin}{about}")


def _print_peserta(k: Kegiatan, acuan: AcuanKegiatan) -> None:
    print(f"\nPeserta ({num(len(k.peserta))})")
    if k.peserta:
        head = ["No", "Nama", "L/P", "Jabatan", "Instansi", "Kategori", "Hadir", "Pre", "Post"]
        table(head, [[str(n), _cut(p.nama, 32),
                      p.jenis_kelamin.value if p.jenis_kelamin else "-", _cut(p.jabatan, 20),
                      _cut(p.instansi, 34),
                      acuan.label_kategori(p.kategori) if p.kategori else "-",
                      ", ".join(str(d) for d in p.hadir) or "-", skor(p.pre), skor(p.post)]
                     for n, p in enumerate(k.peserta, start=1)])
    days = "; ".join(f"hari {d} ({k.tanggal_hari(d).strftime('%d/%m/%Y')}): "
                     f"{num(k.hadir_pada(d))} orang" for d in range(1, k.hari + 1))
    print(f"Kehadiran: {days}")


def _nilai_row(label: str, r: RingkasanNilai) -> list[str]:
    return [label, num(r.peserta), num(r.pasangan), skor(r.rata_pre), skor(r.rata_post),
            skor(r.rata_kenaikan), f"{num(r.lulus_pre)} ({pct(r.persen_lulus_pre)})",
            f"{num(r.lulus_post)} ({pct(r.persen_lulus_post)})"]


def _print_prepost(hasil: HasilPrePost, acuan: AcuanKegiatan) -> None:
    print(f"\nPre-test dan post-test (batas lulus {skor(hasil.batas_lulus)})")
    if not hasil.total.pasangan and not hasil.tidak_lengkap:
        print("  Belum ada nilai.")
        return
    head = ["Kategori", "Peserta", "Pre & post", "Rata pre", "Rata post", "Kenaikan",
            "Lulus pre", "Lulus post"]
    rows = [_nilai_row(acuan.label_kategori(k) if k else "Tanpa kategori", r)
            for k, r in hasil.per_kategori]
    table(head, [*rows, _nilai_row("JUMLAH", hasil.total)])
    print(catatan_pasangan(hasil.total))
    if hasil.tidak_lengkap:
        print("Nilai tidak lengkap (tidak ikut dihitung):")
        for p in hasil.tidak_lengkap:
            print(f"  - {p.nama}: pre {skor(p.pre)}, post {skor(p.post)}")


def _print_rtl(k: Kegiatan, today: dt.date) -> None:
    print(f"\nRencana tindak lanjut ({len(k.rtl)})")
    if not k.rtl:
        return
    head = ["No", "Kegiatan", "Waktu", "Penanggung jawab", "Sumber dana", "Status", ""]
    table(head, [[str(n), _cut(plan.kegiatan, 44),
                  plan.waktu.strftime("%d/%m/%Y") if plan.waktu else "-",
                  _cut(plan.penanggung_jawab, 24) or "-", _cut(plan.sumber_dana, 14) or "-",
                  STATUS_RTL_LABELS[plan.status],
                  "LEWAT WAKTU" if plan.lewat_waktu(today) else ""]
                 for n, plan in enumerate(k.rtl, start=1)])


# --- print --------------------------------------------------------------------------------------

def _cetak(db_path: Path, args: argparse.Namespace) -> int:
    if args.kosong and args.what != "daftar-hadir":
        print("kks-desktop: --kosong hanya untuk --what daftar-hadir.", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kks_desktop.ui import cetak_kegiatan
    from kks_desktop.ui.app import application

    application()
    with existing(db_path) as ws:
        k = kegiatan_service.ambil(ws, kegiatan_service.cari_uuid(ws, args.uuid))
        if args.what == "daftar-hadir":
            pages = cetak_kegiatan.cetak_daftar_hadir(ws, k, args.out, kosong=args.kosong)
        elif args.what == "prepost":
            pages = cetak_kegiatan.cetak_prepost(ws, k, args.out)
        else:
            pages = cetak_kegiatan.cetak_rtl(ws, k, args.out)
    print(f"Tercetak: {args.out} ({num(pages)} halaman)")
    return 0


COMMANDS: dict[str, Handler] = {
    "kegiatan list": _list, "kegiatan show": _show, "kegiatan print": _cetak,
}
