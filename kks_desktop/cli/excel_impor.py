"""`import FILE_OR_FOLDER... [--dry-run] [--valid-rows-only] [--json]`: workbooks in, with the plan shown."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kks_desktop import messages, messages_excel
from kks_desktop.cli.common import existing
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.services import lembar_desa
from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor, rencanakan
from kks_desktop.services.impor_folder import HasilBerkas, berkas_di
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

# Exit codes: saved (or, in a dry run, would save); errors remain or a file was refused;
# nothing to save (every record already here).
OK, ERRORS, NOTHING = 0, 1, 3
_TO_WRITE = (Kelas.BARU, Kelas.BERUBAH)


@dataclass
class Berkas:
    """One file: its plan (None when it could not be read), and the outcome of the commit."""

    path: Path
    rencana: RencanaImpor | None
    hasil: HasilBerkas | None = None
    alasan: str = ""

    @property
    def kode(self) -> int:
        """This file's exit code: errors win over nothing saved."""
        r, h = self.rencana, self.hasil
        if r is None or r.ada_kesalahan or (h is not None and h.status == "ditolak"):
            return ERRORS
        if h is not None and h.hasil is not None:
            return OK if h.hasil.ditulis else NOTHING
        return OK if any(r.jumlah().get(k, 0) for k in _TO_WRITE) else NOTHING


def _judul(lembar: str, kunci: str) -> str:
    for sheet in lembar_desa.data_sheets():
        if sheet.nama == lembar:
            try:
                return sheet.kolom_of(kunci).judul
            except KeyError:
                break
    return kunci


def _nilai(value: Any) -> str:
    if value is None or value == "" or value == () or value == []:
        return "(kosong)"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return "; ".join(_nilai(v) for v in value)
    return str(value)


def _konflik(c: CatatanRencana) -> list[dict[str, Any]]:
    p = c.perbandingan
    return [{"lembar": c.lembar, "baris": c.baris, "label": c.label, "kolom": _judul(c.lembar, k),
             "kunci": k, "di_sini": _nilai(p.di_sini.get(k)), "di_berkas": _nilai(p.di_berkas.get(k))}
            for k in p.konflik]


def _masalah(m: MasalahImpor) -> dict[str, Any]:
    return {"lembar": m.letak.lembar, "baris": m.letak.baris, "kolom": m.letak.kolom,
            "huruf": m.letak.huruf, "kode": m.problem.code, "kesalahan": m.is_error,
            "teks": messages_excel.masalah_text(m)}


def per_lembar(r: RencanaImpor) -> dict[str, dict[str, int]]:
    """The classification per sheet, in the order the sheets come."""
    counts: dict[str, Counter[str]] = {}
    for c in r.catatan:
        counts.setdefault(c.lembar, Counter())[c.perbandingan.kelas.value] += 1
    return {sheet: {k.value: found[k.value] for k in Kelas if found[k.value]}
            for sheet, found in counts.items()}


def berkas_json(b: Berkas, dry_run: bool) -> dict[str, Any]:
    """One file as `import --json` prints it."""
    r = b.rencana
    data: dict[str, Any] = {"berkas": str(b.path), "status": _status(b, dry_run),
                            "alasan": b.alasan or (b.hasil.alasan if b.hasil else "")}
    if r is not None:
        data |= {"jenis": r.jenis, "format": r.meta.get("format", ""),
                 "desa_kode": list(r.desa_kode), "sha256": r.sha256,
                 "jumlah": {k.value: n for k, n in r.jumlah().items() if n},
                 "per_lembar": per_lembar(r), "ringkasan": messages_excel.ringkasan_rencana(r),
                 "masalah": [_masalah(m) for m in r.masalah],
                 "konflik": [x for c in r.catatan for x in _konflik(c)]}
    h = b.hasil.hasil if b.hasil else None
    data["hasil"] = None if h is None else {
        "hasil": h.hasil, "ditulis": h.ditulis, "dilewati": [list(x) for x in h.dilewati],
        "jumlah": {k.value: n for k, n in h.jumlah.items() if n},
        "teks": messages_excel.hasil_impor_text(h)}
    return data


def _status(b: Berkas, dry_run: bool) -> str:
    if b.hasil is not None:
        return b.hasil.status
    if b.rencana is None:
        return "ditolak"
    return "ada_kesalahan" if b.rencana.ada_kesalahan else "rencana" if dry_run else "ditolak"


def _rencana(ws: Workspace, path: Path) -> Berkas:
    try:
        return Berkas(path, rencanakan(ws, path))
    except KksError as exc:  # WorkbookUnreadable above all: not xlsx, damaged, too big
        logger.info("import of %s refused: %r", path, exc)
        return Berkas(path, None, alasan=messages.describe(exc))
    except OSError as exc:
        return Berkas(path, None, alasan=messages.describe_os_error(exc))


def _terapkan(ws: Workspace, b: Berkas, valid_only: bool, cadangkan: bool) -> bool:
    """Commit one planned file; True when something was written (after a backup when
    `cadangkan`: the first file that writes backs the workspace up for the whole run)."""
    if b.rencana is None:
        b.hasil = HasilBerkas(b.path, "ditolak", b.alasan, None)
        return False
    try:
        applied = terapkan(ws, b.rencana, hanya_baris_sah=valid_only, cadangkan=cadangkan)
    except KksError as exc:  # ImportBlocked: errors remain; nothing of this file was kept
        b.hasil = HasilBerkas(b.path, "ditolak", messages.describe(exc), None)
        return False
    b.hasil = HasilBerkas(b.path, applied.hasil, "", applied)
    return applied.ditulis > 0


def _print(b: Berkas, dry_run: bool) -> None:
    print(f"\n{b.path}")
    r = b.rencana
    if r is None:
        print(f"  Ditolak: {b.alasan}")
        return
    kind = {"buku_desa": "buku kerja desa", "templat": "templat"}.get(r.jenis, r.jenis)
    print(f"  Jenis: {kind}; desa: {', '.join(r.desa_kode) or '-'}")
    print(f"  {'Rencana' if dry_run else 'Isi berkas'}: {messages_excel.ringkasan_rencana(r)}")
    for sheet, found in per_lembar(r).items():
        print(f"    {sheet:<16} " + ", ".join(
            f"{n} {messages_excel.KELAS_LABELS[Kelas(k)].lower()}" for k, n in found.items()))
    if r.masalah:
        print("  Masalah:")
        for m in r.masalah:
            print(f"    • {messages_excel.masalah_text(m)}")
    conflicts = [x for c in r.catatan for x in _konflik(c)]
    if conflicts:
        print("  Konflik (nilai di sini dipertahankan; pilih nilai berkas di halaman "
              "Ekspor/Impor):")
        for x in conflicts:
            print(f"    • {x['label']}, {x['kolom']}: di sini “{x['di_sini']}”, di berkas "
                  f"“{x['di_berkas']}”")
    if b.hasil is not None:
        print(f"  Hasil: {messages_excel.hasil_berkas_text(b.hasil)}")


def _plans(files: list[Berkas]) -> list[RencanaImpor]:
    return [b.rencana for b in files if b.rencana is not None]


def jalankan(db_path: Path, args: argparse.Namespace) -> int:
    """The `import` command."""
    paths = berkas_di(args.paths)
    if not paths:
        print("kks-desktop: tidak ada berkas .xlsx di " + ", ".join(str(p) for p in args.paths)
              + ".", file=sys.stderr)
        return ERRORS
    files: list[Berkas] = []
    with existing(db_path) as ws:
        backed_up = False
        for path in paths:
            b = _rencana(ws, path)
            if not args.dry_run:
                backed_up = _terapkan(ws, b, args.valid_rows_only, not backed_up) or backed_up
            files.append(b)
            if not args.json:
                _print(b, args.dry_run)
    code = max((b.kode for b in files), key=[OK, NOTHING, ERRORS].index)
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "kode_keluar": code,
                          "berkas": [berkas_json(b, args.dry_run) for b in files]},
                         ensure_ascii=False, indent=2))
        return code
    print()
    if args.dry_run:
        conflicts = any(r.jumlah().get(Kelas.KONFLIK, 0) for r in _plans(files))
        print("Pratinjau saja: tidak ada yang disimpan. " + (
            "Perbaiki kesalahannya, atau jalankan tanpa --dry-run dengan --valid-rows-only."
            if code == ERRORS else "Jalankan tanpa --dry-run untuk menyimpan."
            if code == OK else "Tidak ada yang akan disimpan: konflik tetap memakai nilai di "
            "sini." if conflicts else "Semua isi berkas sudah ada di sini."))
    else:
        statuses = Counter(b.hasil.status for b in files if b.hasil is not None)
        print(f"{len(files)} berkas: " + ", ".join(
            f"{n} {messages_excel.HASIL_LABELS.get(s, s)}" for s, n in statuses.items()) + ".")
    return code
