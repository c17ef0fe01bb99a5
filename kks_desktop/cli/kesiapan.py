"""`kesiapan list | show`: the readiness checklists and one judged for a desa, kecamatan or kabupaten."""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop.cli.common import existing, kode_arg, table
from kks_desktop.domain.errors import ChecklistNeedsRegion
from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kesiapan_fakta import Jawaban, StatusButir
from kks_desktop.domain.kesiapan_nilai import HasilDaftar
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.messages import percent_text
from kks_desktop.messages_kesiapan import STATUS_LABELS, STATUS_SYMBOLS, alasan_text
from kks_desktop.services import kesiapan_service
from kks_desktop.services.identitas import identitas
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]
_LEVEL = {Tingkat.KECAMATAN: Level.KECAMATAN, Tingkat.KABUPATEN: Level.KABKOTA}


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add `kesiapan list | show` to the top-level subparsers."""
    kesiapan = sub.add_parser(
        "kesiapan", help="daftar periksa kesiapan penilaian KKS").add_subparsers(
        dest="kesiapan_command", required=True, parser_class=parser_class)
    kesiapan.add_parser("list", help="daftar periksa yang tersedia")
    show = kesiapan.add_parser(
        "show", help="satu daftar periksa dinilai: status, alasan dan bukti tiap butir, skor, "
                     "yang masih kurang")
    show.add_argument("checklist", metavar="ID", help="id daftar periksa (lihat kesiapan list)")
    where = show.add_mutually_exclusive_group()
    where.add_argument("--desa", type=kode_arg, metavar="KODE",
                       help="kode desa (untuk daftar periksa tingkat desa)")
    where.add_argument("--kecamatan", type=kode_arg, metavar="KODE",
                       help="kode kecamatan (untuk daftar periksa tingkat kecamatan)")
    show.add_argument("--json", action="store_true", help="keluaran JSON")


def _list(db_path: Path, args: argparse.Namespace) -> int:
    rows = [[d.id, d.tingkat.value, str(d.siklus), str(len(d.butir)), d.judul]
            for d in kesiapan_service.muat_definisi()]
    table(["ID", "Tingkat", "Siklus", "Butir", "Judul"], rows)
    return 0


def _region(ws: Workspace, definisi: Definisi, args: argparse.Namespace) -> KodeWilayah:
    """The region asked for, or the workspace's own at the checklist's level."""
    chosen = args.desa or args.kecamatan
    if chosen is not None:
        return chosen  # type: ignore[no-any-return]
    scope = ws.scope()
    level = _LEVEL.get(definisi.tingkat)
    if scope is None or level is None or scope.kode.level < level:
        raise ChecklistNeedsRegion(definisi.id, definisi.tingkat.value)
    return scope.kode.at(level)


def _show(db_path: Path, args: argparse.Namespace) -> int:
    definisi = kesiapan_service.cari_definisi(args.checklist)
    with existing(db_path) as ws:
        kode = _region(ws, definisi, args)
        result = kesiapan_service.nilai(ws, definisi, kode)
        nama = identitas(ws, kode).nama
    if args.json:
        print(json.dumps(hasil_json(result, str(kode), nama), ensure_ascii=False, indent=2))
        return 0
    print(f"{definisi.judul} — {nama} ({kode})")
    print(f"Skor: {percent_text(result.skor)}   " + "   ".join(
        f"{STATUS_SYMBOLS[s]} {STATUS_LABELS[s]}: {result.jumlah(s)}" for s in StatusButir))
    for group in definisi.kelompok:
        print(f"\n{group.judul}")
        for item in (h for h in result.butir if h.butir.kelompok == group.id):
            print(f"  {STATUS_SYMBOLS[item.status]} {item.butir.label}")
            print(f"      {STATUS_LABELS[item.status]}: {alasan_text(item.temuan)}")
            if item.temuan.bukti:
                print(f"      Bukti: {'; '.join(item.temuan.bukti)}")
    if result.kurang:
        print("\nYang masih kurang (terpenting dahulu):")
        for n, item in enumerate(result.kurang, start=1):
            print(f"  {n}. {item.butir.label} ({STATUS_LABELS[item.status].lower()})")
    return 0


def hasil_json(result: HasilDaftar, kode: str, nama: str) -> dict[str, Any]:
    """The judged checklist as `kesiapan show --json` prints it."""
    definisi = result.definisi
    return {
        "id": definisi.id, "judul": definisi.judul, "tingkat": definisi.tingkat.value,
        "siklus": definisi.siklus, "wilayah": {"kode": kode, "nama": nama},
        "skor": round(result.skor, 1),
        "jumlah": {s.value: result.jumlah(s) for s in StatusButir},
        "butir": [{
            "id": h.butir.id, "kelompok": h.butir.kelompok, "label": h.butir.label,
            "bobot": h.butir.bobot, "aturan": h.butir.aturan, "manual": h.butir.manual,
            "status": h.status.value, "alasan": alasan_text(h.temuan),
            "alasan_kode": h.temuan.alasan, "data": dict(h.temuan.params),
            "bukti": list(h.temuan.bukti), "jawaban": _jawaban_json(h.jawaban)}
            for h in result.butir],
        "kurang": [h.butir.id for h in result.kurang],
    }


def _jawaban_json(jawaban: Jawaban | None) -> dict[str, Any] | None:
    if jawaban is None:
        return None
    return {"nilai": jawaban.nilai.value, "nomor": jawaban.nomor,
            "tanggal": jawaban.tanggal.isoformat() if jawaban.tanggal else None,
            "catatan": jawaban.catatan, "oleh": jawaban.oleh, "pada": jawaban.pada,
            "berkas": {"nama": jawaban.berkas_nama, "ukuran": jawaban.berkas_ukuran}
            if jawaban.berkas_nama else None}


COMMANDS: dict[str, Handler] = {"kesiapan list": _list, "kesiapan show": _show}
