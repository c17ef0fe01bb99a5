"""`backup`, `backups`, `restore`: scripted backups of a workspace and putting one back."""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kks_desktop.cli.common import existing, table
from kks_desktop.domain.errors import WorkspaceLocked, WorkspaceNotFound
from kks_desktop.messages import area_counts
from kks_desktop.services import cadangan
from kks_desktop.services.cadangan import InfoCadangan
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Handler = Callable[[Path, argparse.Namespace], int]


def add_parsers(sub: Any) -> None:
    """Add `backup`, `backups` and `restore` to the top-level subparsers."""
    backup = sub.add_parser("backup", help="buat cadangan berkas data (diperiksa utuh)")
    backup.add_argument("--out", type=Path, metavar="FOLDER",
                        help="folder tujuan, mis. flashdisk (bawaan: folder cadangan di samping "
                             "berkas data)")
    backups = sub.add_parser("backups", help="daftar cadangan dengan tanggal, versi dan "
                                             "keutuhannya")
    backups.add_argument("--dir", type=Path, metavar="FOLDER", help="folder cadangan lain")
    backups.add_argument("--json", action="store_true", help="keluaran JSON")
    restore = sub.add_parser("restore", help="pulihkan berkas data dari satu cadangan (keadaan "
                                             "sekarang dicadangkan dahulu)")
    restore.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan (.db)")
    restore.add_argument("--yes", action="store_true",
                         help="pulihkan tanpa bertanya (tanpa ini hanya ditampilkan "
                              "perbandingannya)")


def _when(info: InfoCadangan) -> str:
    return info.dibuat.strftime("%d/%m/%Y %H:%M") if info.dibuat else "–"


def _backup(db_path: Path, args: argparse.Namespace) -> int:
    try:
        with existing(db_path) as ws:
            info = cadangan.buat(ws, args.out)
    except WorkspaceLocked:  # the window has it open: copy it without disturbing the window
        info = cadangan.buat_dari_berkas(db_path, args.out)
        print("Program KKS Desktop sedang membuka data ini; cadangan dibuat tanpa "
              "mengganggunya.")
    print(f"Cadangan tersimpan dan utuh: {info.path} ({_when(info)})")
    return 0


def _info_json(info: InfoCadangan) -> dict[str, Any]:
    return {"berkas": str(info.path), "jenis": info.jenis,
            "dibuat": info.dibuat.isoformat() if info.dibuat else None,
            "versi_program": info.versi_program, "versi_skema": info.versi_skema,
            "utuh": info.utuh, "masalah": list(info.masalah), "jumlah": info.jumlah}


def _backups(db_path: Path, args: argparse.Namespace) -> int:
    if args.dir is None and not db_path.exists():
        raise WorkspaceNotFound(db_path)
    found = cadangan.daftar(args.dir or cadangan.folder_cadangan_berkas(db_path))
    if args.json:
        print(json.dumps([_info_json(b) for b in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Belum ada cadangan.")
        return 0
    table(["Dibuat", "Jenis", "Program", "Skema", "Keutuhan", "Desa", "Berkas"],
          [[_when(b), b.jenis or "–", b.versi_program or "–", str(b.versi_skema),
            "utuh" if b.utuh else "RUSAK", str(b.jumlah.get("desa", 0)), b.path.name]
           for b in found])
    return 0


def _compare(info: InfoCadangan, ws: Workspace) -> None:
    backup, now = area_counts(info.jumlah), area_counts(ws.health().counts)
    print(f"Cadangan : {info.path}")
    print(f"Dibuat   : {_when(info)}, program {info.versi_program or '–'}, skema "
          f"{info.versi_skema}")
    table(["Data", "Di cadangan", "Sekarang"],
          [[area, str(backup[area]), str(now[area])] for area in backup])


def _restore(db_path: Path, args: argparse.Namespace) -> int:
    info = cadangan.periksa(args.file)
    with existing(db_path) as ws:
        _compare(info, ws)
        if not args.yes:
            print("\nBelum ada yang diubah. Jalankan lagi dengan --yes untuk memulihkan; keadaan "
                  "sekarang akan dicadangkan dahulu.")
            return 1
        before = cadangan.pulihkan(ws, args.file)
    with Workspace.open(db_path):  # brings an older backup to the current schema
        pass
    print(f"\nDipulihkan dari {args.file.name}. Keadaan sebelumnya tersimpan di {before.path}.")
    return 0


COMMANDS: dict[str, Handler] = {"backup": _backup, "backups": _backups, "restore": _restore}
