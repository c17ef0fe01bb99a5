"""ODF path use cases: record, correct and remove pemicuan, verifikasi and deklarasi events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import OdfEvent, PosisiOdf, posisi_odf, validate_path
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.tanggal import tanggal_angka
from kks_desktop.services.workspace import Workspace


def events_for(ws: Workspace, kode: KodeWilayah) -> list[OdfEvent]:
    """A desa's ODF events by date.

    Raises DesaNotFound if the desa is not registered.
    """
    return ws.odf.events_for(kode)


def posisi(ws: Workspace, kode: KodeWilayah) -> PosisiOdf:
    """Where the desa stands on the path to ODF.

    Raises DesaNotFound if the desa is not registered.
    """
    reports = ws.laporan.reports_for(kode)
    return posisi_odf(ws.odf.events_for(kode), reports[-1] if reports else None)


def check_event(ws: Workspace, kode: KodeWilayah, event: OdfEvent,
                today: dt.date | None = None) -> list[Problem]:
    """Every finding the path would have with `event` saved (new, or replacing its uuid)."""
    others = [e for e in ws.odf.events_for(kode) if not event.uuid or e.uuid != event.uuid]
    own = (event.jenis.value, tanggal_angka(event.tanggal))
    return [p for p in _check(ws, kode, [*others, event], today)
            if p.is_error or (p.param("jenis"), p.param("tanggal")) == own]


def save_event(ws: Workspace, kode: KodeWilayah, event: OdfEvent,
               today: dt.date | None = None) -> tuple[OdfEvent, list[Problem]]:
    """Validate the whole path with this event and store it, in one transaction.

    Returns the stored event and the warnings. Raises ValidationFailed (nothing written),
    DesaNotFound if the desa is gone.
    """
    with ws.atomic():
        problems = check_event(ws, kode, event, today)
        if errors_in(problems):
            raise ValidationFailed(problems)
        return ws.odf.put_event(kode, event), problems


def delete_event(ws: Workspace, kode: KodeWilayah, event: OdfEvent,
                 today: dt.date | None = None) -> OdfEvent:
    """Remove an event unless the rest of the path depends on it (a deklarasi on a verifikasi).

    Raises ValidationFailed naming what would break, DesaNotFound if the desa is gone.
    """
    with ws.atomic():
        rest = [e for e in ws.odf.events_for(kode) if e.uuid != event.uuid]
        before = errors_in(_check(ws, kode, [*rest, event], today))
        broken = [p for p in errors_in(_check(ws, kode, rest, today)) if p not in before]
        if broken:
            raise ValidationFailed(broken)
        ws.odf.delete_event(kode, event.uuid)
    return event


def put_event(ws: Workspace, kode: KodeWilayah, event: OdfEvent) -> OdfEvent:
    """Put back an earlier state of an event exactly (undo/redo), without checks."""
    return ws.odf.put_event(kode, event)


def remove_event(ws: Workspace, kode: KodeWilayah, event: OdfEvent) -> None:
    """Take an event away again (undo of an add), without checks."""
    ws.odf.delete_event(kode, event.uuid)


def _check(ws: Workspace, kode: KodeWilayah, events: Sequence[OdfEvent],
           today: dt.date | None) -> list[Problem]:
    return validate_path(events, today or dt.date.today(), ws.laporan.reports_for(kode))
