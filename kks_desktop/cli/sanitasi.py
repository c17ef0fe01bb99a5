"""The `kks-desktop sanitasi ...` commands: add a monthly STBM report, show a desa's history, the summary."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop import messages
from kks_desktop.cli import sanitasi_json as sj
from kks_desktop.cli.common import existing, num, pct, print_warnings, table
from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.fields import parse_count
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber
from kks_desktop.messages_sanitasi import (
    HASIL_LABELS,
    PILAR_LABELS,
    PILAR_NAMES,
    STATUS_ODF_LABELS,
    SUMBER_LABELS,
)
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.services.pengaturan import aturan_stbm
from kks_desktop.services.sanitasi_summary import Rekap, RingkasanSanitasi, ringkasan

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]

# Option -> field of LaporanSanitasi (the keys messages.FIELD_LABELS names).
_LADDER_OPTIONS = {"aman": Rung.AMAN, "layak": Rung.LAYAK, "sharing": Rung.SHARING,
                   "belum-layak": Rung.BELUM_LAYAK, "babs-tertutup": Rung.BABS_TERTUTUP,
                   "babs-terbuka": Rung.BABS_TERBUKA}
_PILLAR_OPTIONS = {p.value: p for p in Pilar}
_RUNG_HEADS = ("Aman", "Layak", "Sharing", "Blm layak", "BABS ttp", "BABS tbk")  # in Rung order

_SUMMARY_EPILOG = """\
Kunci JSON: wilayah {kode, nama}; aturan_desa_stbm {id, nama, cara, min_sbs, min_kk};
total dan (dengan --by kecamatan) kecamatan[]: {kode, nama, desa, per_status {belum, pemicuan,
menunggu_verifikasi, terverifikasi, odf}, desa_odf, persen_desa_odf, desa_dengan_laporan,
desa_stbm, total_kk, kk_akses, persen_kk_akses, kk_babs, kk_pilar {ctps, pamm, psrt, plcrt},
kk_pilar_dasar, persen_pilar {...}}; siklus {tahun, tingkat[] {id, nama, min_odf, terpenuhi,
desa_lagi}, tingkat_terbuka, tingkat_berikutnya}. Angka KK dari laporan terakhir tiap desa;
persen pilar dihitung atas laporan yang mengisi keempat pilar. Persen dibulatkan 1 desimal."""


def _periode(text: str) -> Periode:
    try:
        return Periode.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” bukan periode yang sah; tulis tahun-bulan, misalnya 2025-10") from None


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `sanitasi add-report | history | summary` to the top-level subparsers."""
    sanitasi = sub.add_parser("sanitasi", help="laporan sanitasi (STBM) dan jalur ODF").add_subparsers(
        dest="sanitasi_command", required=True, parser_class=parser_class)

    add = sanitasi.add_parser(
        "add-report", help="simpan laporan bulanan STBM satu desa",
        description="Simpan laporan bulanan STBM satu desa. Angka boleh ditulis 1.234. "
                    "Tangga akses (aman sampai BABS terbuka) harus berjumlah sama dengan total KK.")
    add.add_argument("kode", help="kode desa, misalnya 33.25.01.2001")
    add.add_argument("--periode", required=True, type=_periode, metavar="TAHUN-BULAN",
                     help="bulan laporan, misalnya 2025-10")
    add.add_argument("--total-kk", required=True, metavar="N", help="total KK yang didata")
    for option, rung in _LADDER_OPTIONS.items():
        add.add_argument(f"--{option}", dest=rung.value, required=True, metavar="N",
                         help=f"KK pada tangga {messages.FIELD_LABELS[rung.value]}")
    for option, pilar in _PILLAR_OPTIONS.items():
        add.add_argument(f"--{option}", dest=pilar.value, metavar="N",
                         help=f"KK menerapkan {PILAR_NAMES[pilar]} (bila didata)")
    add.add_argument("--tiga-pilar", dest="kk_tiga_pilar", metavar="N",
                     help="KK yang menerapkan paling sedikit 3 pilar (2–5)")
    add.add_argument("--sumber", choices=[s.value for s in Sumber], default=Sumber.MONITORING.value,
                     help="asal angka (bawaan: monitoring)")
    add.add_argument("--petugas", default="", help="nama petugas pendata")
    add.add_argument("--catatan", default="", help="catatan")
    add.add_argument("--ganti", action="store_true",
                     help="ganti laporan yang sudah ada untuk bulan itu")

    history = sanitasi.add_parser(
        "history", help="riwayat sanitasi satu desa: status ODF, Desa STBM, jalur ODF, laporan")
    history.add_argument("kode", help="kode desa, misalnya 33.25.01.2001")
    history.add_argument("--json", action="store_true", help="keluaran JSON")

    about = "ringkasan sanitasi wilayah kerja: ODF, akses, pilar, ambang penghargaan"
    summary = sanitasi.add_parser(
        "summary", help=about, description=about[0].upper() + about[1:] + ".",
        epilog=_SUMMARY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    summary.add_argument("--by", choices=["kecamatan"], help="rinci per kecamatan")
    summary.add_argument("--json", action="store_true", help="keluaran JSON")


def _count(args: argparse.Namespace, field: str, problems: list[Problem],
           required: bool = False) -> int | None:
    text = getattr(args, field)
    if text is None:
        return None
    value, found = parse_count(text, field)
    problems.extend(found)
    if value is None and not found and required:
        problems.append(Problem.error(field, "required"))
    return value


def _laporan(args: argparse.Namespace) -> LaporanSanitasi:
    """The report as typed on the command line.

    Raises ValidationFailed naming every field that is not a whole number.
    """
    problems: list[Problem] = []
    total = _count(args, "total_kk", problems, required=True)
    tangga = {r: _count(args, r.value, problems, required=True) for r in Rung}
    pilar = {p: _count(args, p.value, problems) for p in Pilar}
    tiga = _count(args, "kk_tiga_pilar", problems)
    if problems:
        raise ValidationFailed(problems)
    return LaporanSanitasi(
        periode=args.periode, total_kk=total or 0, tangga={r: v or 0 for r, v in tangga.items()},
        pilar=pilar, kk_tiga_pilar=tiga, sumber=Sumber(args.sumber), petugas=args.petugas.strip(),
        catatan=args.catatan)


def _add_report(db_path: Path, args: argparse.Namespace) -> int:
    kode = KodeWilayah.parse(args.kode)
    lap = _laporan(args)
    with existing(db_path) as ws:
        desa = ws.desa.desa(kode)
        old = sanitasi_service.report_for(ws, kode, lap.periode)
        if old is not None and args.ganti:
            lap = lap.with_changes(uuid=old.uuid)
        try:
            saved = sanitasi_service.save_report(ws, kode, lap)
        except ValidationFailed as exc:
            if any(p.code == "period_taken" for p in exc.problems):
                print("kks-desktop: tambahkan --ganti untuk mengganti laporan bulan itu.",
                      file=sys.stderr)
            raise
    done = saved.laporan
    verb = "Diganti" if old is not None else "Disimpan"
    print(f"{verb}: laporan {done.periode.label} {desa.kode} {desa.nama}: total {num(done.total_kk)} KK, "
          f"akses {num(done.akses)} KK ({pct(done.persen_akses)}), BABS {num(done.babs)} KK")
    print_warnings(saved.warnings)
    return 0


def _history(db_path: Path, args: argparse.Namespace) -> int:
    kode = KodeWilayah.parse(args.kode)
    with existing(db_path) as ws:
        desa = ws.desa.desa(kode)
        reports = sanitasi_service.reports_for(ws, kode)
        events = odf_service.events_for(ws, kode)
        posisi = odf_service.posisi(ws, kode)
        penilaian = sanitasi_service.penilaian_stbm(ws, reports[-1] if reports else None)
        aturan = aturan_stbm(ws)
    data = sj.history_json(desa, posisi, penilaian, aturan, events, reports)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    odf, stbm = data["odf"], data["desa_stbm"]
    since = f" sejak {posisi.sejak.strftime('%d/%m/%Y')}" if posisi.sejak else ""
    print(f"{desa.kode} {desa.nama}, Kec. {desa.wilayah.kecamatan}, {desa.wilayah.kabupaten} "
          f"(KK terdaftar {num(desa.jumlah_kk)})")
    print(f"Status ODF : {odf['label']}{since}")
    print(f"Langkah    : {odf['langkah_berikut']}")
    print(f"Desa STBM  : {stbm['label']}: {stbm['keterangan']} (aturan: {aturan.nama})")
    print(f"\nJalur ODF ({len(events)} catatan)")
    for e in events:
        detail = [HASIL_LABELS[e.hasil] if e.hasil else "", e.nomor_ba, e.fasilitator,
                  ", ".join(m.nama for m in e.tim), e.saksi, e.catatan]
        print(f"  {e.tanggal.strftime('%d/%m/%Y')}  {e.jenis.value.capitalize():<11} "
              + "; ".join(d for d in detail if d))
    print(f"\nLaporan ({len(reports)})")
    head = ["Periode", "Total KK", *_RUNG_HEADS, "Akses", "% akses",
            *(PILAR_LABELS[p] for p in Pilar), "≥3 pilar", "Sumber"]
    rows = [[str(r.periode), num(r.total_kk), *(num(r.rung(g)) for g in Rung), num(r.akses),
             pct(r.persen_akses), *(num(r.pilar_kk(p)) for p in Pilar), num(r.kk_tiga_pilar),
             SUMBER_LABELS[r.sumber]] for r in reports]
    table(head, rows)
    return 0


def _summary(db_path: Path, args: argparse.Namespace) -> int:
    with existing(db_path) as ws:
        result = ringkasan(ws)
    by_kecamatan = args.by == "kecamatan"
    if args.json:
        print(json.dumps(sj.summary_json(result, by_kecamatan), ensure_ascii=False, indent=2))
        return 0
    _print_rekap(result)
    if by_kecamatan:
        print("\nPer kecamatan")
        head = ["Kode", "Kecamatan", "Desa", "Belum", "Pemicuan", "Menunggu", "Terverif.", "ODF",
                "% ODF", "Lapor", "STBM", "Total KK", "KK akses", "% akses", "KK BABS",
                *(PILAR_LABELS[p] for p in Pilar)]
        total = ["", "JUMLAH", *_rekap_row(result.total)[2:]]
        table(head, [*(_rekap_row(r) for r in result.kecamatan), total])
    return 0


def _print_rekap(result: RingkasanSanitasi) -> None:
    total = result.total
    print(f"Ringkasan sanitasi {total.kode} {total.nama}".replace("  ", " "))
    print(f"  {'Desa/kelurahan':<28}: {num(total.desa)}")
    for status in StatusOdf:
        print(f"    {STATUS_ODF_LABELS[status]:<26}: {num(total.per_status.get(status, 0))}")
    print(f"  {'Desa ODF':<28}: {num(total.desa_odf)} ({pct(total.persen_desa_odf)})")
    print(f"  {'Desa dengan laporan':<28}: {num(total.desa_dengan_laporan)}")
    print(f"  {'Desa STBM':<28}: {num(total.desa_stbm)} "
          f"(aturan: {result.aturan.nama})")
    print(f"  {'Total KK (laporan terakhir)':<28}: {num(total.total_kk)}")
    print(f"  {'KK akses (tidak BABS)':<28}: {num(total.kk_akses)} ({pct(total.persen_kk_akses)})")
    print(f"  {'KK masih BABS':<28}: {num(total.kk_babs)}")
    for p in Pilar:
        print(f"  {'% KK ' + messages.FIELD_LABELS[p.value]:<28}: {pct(total.persen_pilar(p))}")
    print(f"\nAmbang penghargaan KKS (siklus {result.siklus.tahun})")
    for t in result.siklus.tingkat:
        met = t in result.tingkat_terbuka
        state = "terpenuhi" if met else f"belum: perlu {num(result.desa_lagi(t))} desa ODF lagi"
        print(f"  {t.nama:<10} ≥{pct(100 * t.min_odf):>7} desa ODF  {state}")
    nxt = result.tingkat_berikutnya
    if nxt is not None:
        print(f"Tingkat berikutnya: {nxt.nama}, {num(result.desa_lagi(nxt))} desa ODF lagi")


def _rekap_row(r: Rekap) -> list[str]:
    return [r.kode, r.nama[:22], num(r.desa), *(num(r.per_status.get(s, 0)) for s in StatusOdf),
            pct(r.persen_desa_odf), num(r.desa_dengan_laporan), num(r.desa_stbm), num(r.total_kk),
            num(r.kk_akses), pct(r.persen_kk_akses), num(r.kk_babs),
            *(pct(r.persen_pilar(p)) for p in Pilar)]


COMMANDS: dict[str, Handler] = {
    "sanitasi add-report": _add_report, "sanitasi history": _history, "sanitasi summary": _summary,
}
