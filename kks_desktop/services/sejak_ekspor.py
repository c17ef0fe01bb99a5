"""What changed in a desa's records since its workbook last went to (or came from) the kabupaten."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sinkron import kunci_dasar, nilai_tukar
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.buku_desa_baris import baris_buku, kunci_baris
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.pertukaran_store import CatatanEkspor

logger = logging.getLogger(__name__)

_LABELS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    ld.SHEET_DESA: lambda r: "data desa dan Pokja",
    ld.SHEET_ANGGOTA: lambda r: f"anggota {r['nama']}",
    ld.SHEET_SANITASI: lambda r: f"laporan {Periode.parse(str(r['periode'])).label}",
    ld.SHEET_ODF: lambda r: f"{ld.odf().kolom_of('jenis').label_of(str(r['jenis']))} "
                            f"{r['tanggal']:%d/%m/%Y}",
    ld.SHEET_KEGIATAN: lambda r: f"kegiatan {r['judul']}",
    ld.SHEET_PESERTA: lambda r: f"peserta {r['nama']} ({r['kegiatan_judul']})",
    ld.SHEET_PREPOST: lambda r: f"nilai {r['nama']} ({r['kegiatan_judul']})",
    ld.SHEET_RTL: lambda r: f"RTL {r['kegiatan']}",
    ld.SHEET_KESIAPAN: lambda r: f"kesiapan: {r['label']}",
}


@dataclass(frozen=True)
class SejakEkspor:
    """The last desa workbook that carried this desa (None if never), and the records added
    or changed since they were last exchanged, as short Indonesian labels in sheet order."""

    ekspor: CatatanEkspor | None
    baru: tuple[str, ...]
    berubah: tuple[str, ...]

    @property
    def ada(self) -> bool:
        return bool(self.baru or self.berubah)


def sejak_ekspor(ws: Workspace, kode: KodeWilayah) -> SejakEkspor:
    """Compare what a workbook for this desa would carry now with the values each record last
    travelled with (exported, or received in an import).

    Raises DesaNotFound.
    """
    rows = baris_buku(ws, [kode])
    sheets = {s.nama: s for s in ld.data_sheets()}
    keyed = [(sheets[name], row, kunci_dasar(sheets[name], kunci_baris(sheets[name], row)))
             for name, sheet_rows in rows.items() for row in sheet_rows]
    base = ws.pertukaran.dasar(k for _, _, k in keyed)
    baru: list[str] = []
    berubah: list[str] = []
    for lembar, row, key in keyed:
        if key not in base and _empty(lembar.nama, row):
            continue
        if key not in base:
            baru.append(_LABELS[lembar.nama](row))
        elif _differs(nilai_tukar(lembar, row), base[key]):
            berubah.append(_LABELS[lembar.nama](row))
    return SejakEkspor(ws.pertukaran.last_export_of(str(kode)), tuple(baru), tuple(berubah))


def _empty(sheet: str, row: Mapping[str, Any]) -> bool:
    """A row that carries nothing yet: an item nobody answered by hand, a participant without
    scores (their attendance travels on the Peserta sheet)."""
    if sheet == ld.SHEET_KESIAPAN:
        return row.get("nilai") is None
    if sheet == ld.SHEET_PREPOST:
        return row.get("pre") is None and row.get("post") is None
    return False


def _differs(now: Mapping[str, Any], last: Mapping[str, Any]) -> bool:
    """Compared on the fields last exchanged: a workbook received may have carried fewer
    columns than an export writes (a template, or a participant row whose session title only
    named the session)."""
    return any(now.get(key) != value for key, value in last.items())
