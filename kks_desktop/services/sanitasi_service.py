"""Sanitation report use cases: check, save, replace and delete a desa's monthly STBM reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kks_desktop.domain.desa_stbm import PenilaianStbm, nilai_desa_stbm
from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import deklarasi_sah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import Konteks, LaporanSanitasi, validate_laporan
from kks_desktop.domain.tangga_lama import tangga_dari_lama
from kks_desktop.services.pengaturan import aturan_stbm
from kks_desktop.services.reference import aturan_sanitasi
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SavedLaporan:
    """A report as stored, with the warnings that did not block the save."""

    laporan: LaporanSanitasi
    warnings: list[Problem]


def reports_for(ws: Workspace, kode: KodeWilayah) -> list[LaporanSanitasi]:
    """A desa's reports, oldest month first.

    Raises DesaNotFound if the desa is not registered.
    """
    return ws.laporan.reports_for(kode)


def check_report(ws: Workspace, kode: KodeWilayah, lap: LaporanSanitasi,
                 today: dt.date | None = None) -> list[Problem]:
    """Every finding about a report, against the desa's registered KK, its previous report and
    its ODF declaration.

    Raises DesaNotFound if the desa is not registered.
    """
    desa = ws.desa.desa(kode)
    others = [r for r in ws.laporan.reports_for(kode) if r.uuid != lap.uuid or not lap.uuid]
    earlier = [r for r in others if r.periode < lap.periode]
    ctx = Konteks(
        today=today or dt.date.today(), kk_terdaftar=desa.jumlah_kk,
        sebelumnya=max(earlier, key=lambda r: r.periode) if earlier else None,
        deklarasi_odf=deklarasi_sah(ws.odf.events_for(kode)),
    )
    problems = validate_laporan(lap, ctx, aturan_sanitasi().pemeriksaan)
    if any(r.periode == lap.periode for r in others):
        problems.insert(0, Problem.error("periode", "period_taken", periode=lap.periode.label))
    return problems


def save_report(ws: Workspace, kode: KodeWilayah, lap: LaporanSanitasi,
                today: dt.date | None = None) -> SavedLaporan:
    """Validate and store a report (new, or the one with the same uuid) in one transaction.
    A report on the older scale gets its ladder from the documented mapping.

    Raises ValidationFailed on errors (nothing written), DesaNotFound if the desa is gone.
    """
    if lap.lama is not None:
        lap = lap.with_changes(tangga=tangga_dari_lama(lap.lama))
    with ws.atomic():
        problems = check_report(ws, kode, lap, today)
        if errors_in(problems):
            raise ValidationFailed(problems)
        return SavedLaporan(ws.laporan.put_report(kode, lap), problems)


def put_report(ws: Workspace, kode: KodeWilayah, lap: LaporanSanitasi) -> LaporanSanitasi:
    """Put back an earlier state of a report exactly (undo/redo), without checks.

    Raises DesaNotFound, or LaporanExists if another report now holds that month.
    """
    return ws.laporan.put_report(kode, lap)


def delete_report(ws: Workspace, kode: KodeWilayah, lap: LaporanSanitasi) -> LaporanSanitasi:
    """Delete a report and return it (for undo).

    Raises DesaNotFound if the desa is not registered.
    """
    ws.laporan.delete_report(kode, lap.uuid)
    return lap


def report_for(ws: Workspace, kode: KodeWilayah, periode: Periode) -> LaporanSanitasi | None:
    """The report of that month, if there is one."""
    return next((r for r in ws.laporan.reports_for(kode) if r.periode == periode), None)


def latest_report(ws: Workspace, kode: KodeWilayah) -> LaporanSanitasi | None:
    reports = ws.laporan.reports_for(kode)
    return reports[-1] if reports else None


def penilaian_stbm(ws: Workspace, lap: LaporanSanitasi | None) -> PenilaianStbm:
    """Whether a report makes its desa a Desa STBM under the rule chosen in Pengaturan."""
    return nilai_desa_stbm(aturan_stbm(ws), lap)
