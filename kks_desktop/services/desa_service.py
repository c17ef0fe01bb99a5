"""Desa use cases: register a desa from the official list, edit its figures, delete and undo."""

from __future__ import annotations

from dataclasses import dataclass

from kks_desktop.domain.desa import Desa, validate_desa
from kks_desktop.domain.errors import OutsideScope, ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import OdfEvent
from kks_desktop.domain.pokja import Pokja
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import wilayah
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Saved:
    """A record as stored, with the warnings that did not block the save."""

    desa: Desa
    warnings: list[Problem]


@dataclass(frozen=True)
class DeletedDesa:
    """Everything a delete removed, so an undo can put it back exactly (same uuids)."""

    desa: Desa
    pokja: Pokja
    laporan: tuple[LaporanSanitasi, ...] = ()
    odf: tuple[OdfEvent, ...] = ()


def desa_list(ws: Workspace) -> list[Desa]:
    """The desa inside the workspace scope (all desa when no scope is set), ordered by kode."""
    scope = ws.scope()
    return ws.desa.desa_list(scope.kode if scope else None)


def new_desa(ws: Workspace, kode: KodeWilayah) -> Desa:
    """A desa record filled from the official list, not yet saved.

    Raises NotADesaCode, UnknownWilayah (with nearest codes) or OutsideScope.
    """
    scope = ws.scope()
    if scope is not None and not scope.covers(kode):
        raise OutsideScope(str(kode), f"{scope.kode} {scope.nama}")
    return Desa(wilayah=wilayah.desa_wilayah(kode))


def add_desa(ws: Workspace, desa: Desa) -> Saved:
    """Register a desa after checking its figures.

    Raises ValidationFailed on errors, DesaExists if the kode is registered already,
    OutsideScope if it lies outside the workspace scope.
    """
    new_desa(ws, desa.kode)
    warnings = _checked(desa)
    return Saved(ws.desa.add_desa(desa), warnings)


def update_desa(ws: Workspace, desa: Desa) -> Saved:
    """Save edited figures of a registered desa.

    Raises ValidationFailed on errors, DesaNotFound if it is not registered.
    """
    warnings = _checked(desa)
    return Saved(ws.desa.update_desa(desa), warnings)


def dependents(ws: Workspace, kode: KodeWilayah) -> dict[str, int]:
    """How many records of each kind hang on a desa (only kinds with at least one).

    Raises DesaNotFound if it is not registered.
    """
    return ws.desa.dependents(kode)


def delete_desa(ws: Workspace, kode: KodeWilayah, *, force: bool = False) -> DeletedDesa:
    """Delete a desa and return what was removed (for undo).

    Raises DesaNotFound, or DesaInUse when records hang on it and `force` is False.
    """
    with ws.atomic():
        removed = DeletedDesa(ws.desa.desa(kode), ws.pokja.pokja_for(kode),
                              tuple(ws.laporan.reports_for(kode)), tuple(ws.odf.events_for(kode)))
        ws.desa.delete_desa(kode, force=force)
    return removed


def restore_desa(ws: Workspace, removed: DeletedDesa) -> Desa:
    """Put back a deleted desa with its Pokja, reports and ODF path, keeping every uuid, in one
    transaction.

    Raises DesaExists if the kode has been registered again meanwhile.
    """
    with ws.atomic():
        desa = ws.desa.add_desa(removed.desa)
        if removed.pokja.uuid:
            ws.pokja.save_pokja(desa.kode, removed.pokja, _tatanan_names())
        ws.laporan.add_many(desa.kode, list(removed.laporan))
        for event in removed.odf:
            ws.odf.put_event(desa.kode, event)
    return desa


def _checked(desa: Desa) -> list[Problem]:
    problems = validate_desa(desa)
    if errors_in(problems):
        raise ValidationFailed(problems)
    return problems


def _tatanan_names() -> dict[str, str]:
    return {t.id: t.nama for t in tatanan_list().items}


def start_workspace(ws: Workspace, scope: Scope) -> Scope:
    """First start: set the home region; a desa-level workspace also registers its desa.

    Raises UnknownWilayah or NotADesaCode for a code the official list does not have.
    """
    with ws.atomic():
        ws.set_scope(scope)
        if scope.level is ScopeLevel.DESA and not ws.desa.desa_list(scope.kode):
            ws.desa.add_desa(Desa(wilayah=wilayah.desa_wilayah(scope.kode)))
    return scope


def home_scope(level: ScopeLevel, kode: KodeWilayah) -> Scope:
    """The Scope for a region of the official list, named as the list names it.

    Raises UnknownWilayah if the list does not have the code.
    """
    return Scope(level, kode, wilayah.region(kode).nama)
