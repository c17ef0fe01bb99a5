"""Household register use cases: check and save KK (one or many), delete, and the desa report
computed from the register beside the last typed one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kks_desktop.domain.errors import DesaNotFound, ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.domain.rumah_tangga_aturan import validate_rumah_tangga
from kks_desktop.domain.rumah_tangga_hitung import HitunganKK, Selisih, laporan_dari_kk, selisih_laporan
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.messages_rumah_tangga import CATATAN_DIHITUNG
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SavedRumahTangga:
    """Households as stored, with the warnings that did not block the save (field, problem)."""

    rumah_tangga: list[RumahTangga]
    warnings: list[Problem]


def desa_id(ws: Workspace, kode: KodeWilayah) -> int:
    """Raises DesaNotFound."""
    found = ws.rumah_tangga.desa_id(kode)
    if found is None:
        raise DesaNotFound(str(kode))
    return found


def check(rt: RumahTangga, today: dt.date | None = None) -> list[Problem]:
    return validate_rumah_tangga(rt, today or dt.date.today())


def save(ws: Workspace, kode: KodeWilayah, households: Sequence[RumahTangga],
         today: dt.date | None = None, judul: str = "") -> SavedRumahTangga:
    """Check and store households of one desa (new ones without uuid, others over the stored
    one) in one transaction; all or nothing. Problems carry the household's place in
    `households` as `row` (1-based).

    Raises ValidationFailed on any error (nothing written), DesaNotFound, RumahTanggaNotFound.
    """
    day = today or dt.date.today()
    problems = [Problem(p.field, p.code, p.severity, (*p.params, ("row", i)))
                for i, rt in enumerate(households, 1) for p in validate_rumah_tangga(rt, day)]
    if errors_in(problems):
        raise ValidationFailed(problems)
    with ws.atomic(judul):
        did = desa_id(ws, kode)
        stored = [ws.rumah_tangga.simpan(did, rt) for rt in households]
    return SavedRumahTangga(stored, problems)


def delete(ws: Workspace, uuids: Iterable[str], judul: str = "") -> int:
    """Delete households; returns how many there were."""
    with ws.atomic(judul):
        return ws.rumah_tangga.hapus(list(uuids))


def hitungan(ws: Workspace, within: KodeWilayah | None = None) -> dict[str, HitunganKK]:
    """The register's counts per desa kode inside `within` (every desa with at least one KK)."""
    return ws.rumah_tangga.hitungan(within)


@dataclass(frozen=True)
class LaporanDariKK:
    """The report computed from a desa's register, beside its last typed report."""

    laporan: LaporanSanitasi
    hitungan: HitunganKK
    terakhir: LaporanSanitasi | None  # the last report stored before or in `periode`
    selisih: list[Selisih]


def laporan_dari_register(ws: Workspace, kode: KodeWilayah, periode: Periode,
                          petugas: str = "") -> LaporanDariKK:
    """The desa's report for `periode` computed from its register as it stands (nothing saved;
    `sanitasi_service.save_report` stores it, over the typed report of that month if any).

    Raises DesaNotFound.
    """
    desa_id(ws, kode)
    counts = ws.rumah_tangga.hitungan(kode).get(str(kode), HitunganKK())
    lap = laporan_dari_kk(counts, periode, petugas, CATATAN_DIHITUNG)
    typed = [r for r in ws.laporan.reports_for(kode) if r.periode <= periode]
    last = typed[-1] if typed else None
    if last is not None and last.periode == periode:
        lap = lap.with_changes(uuid=last.uuid)
    return LaporanDariKK(lap, counts, last, selisih_laporan(lap, last))
