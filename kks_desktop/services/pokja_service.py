"""Pokja use cases: read and save a desa's Pokja (SK, sekretariat, members, tatanan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Pokja, validate_pokja
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class SavedPokja:
    pokja: Pokja
    warnings: list[Problem]


def pokja_for(ws: Workspace, kode: KodeWilayah) -> Pokja:
    """The Pokja of a desa (empty when none is recorded yet).

    Raises DesaNotFound if the desa is not registered.
    """
    return ws.pokja.pokja_for(kode)


def check_pokja(pokja: Pokja, today: dt.date | None = None) -> list[Problem]:
    """Every finding about a Pokja, against the tatanan list in force."""
    return validate_pokja(pokja, today or dt.date.today(), tatanan_list().ids)


def save_pokja(ws: Workspace, kode: KodeWilayah, pokja: Pokja,
               today: dt.date | None = None) -> SavedPokja:
    """Validate and store the whole Pokja of a desa in one transaction.

    Raises ValidationFailed on errors (nothing written), DesaNotFound if the desa is gone.
    """
    problems = check_pokja(pokja, today)
    if errors_in(problems):
        raise ValidationFailed(problems)
    names = {t.id: t.nama for t in tatanan_list().items}
    return SavedPokja(ws.pokja.save_pokja(kode, pokja, names), problems)


def replace_pokja(ws: Workspace, kode: KodeWilayah, pokja: Pokja) -> Pokja:
    """Put back an earlier state of a Pokja exactly (undo/redo): an empty one removes the record.

    Raises DesaNotFound if the desa is gone.
    """
    if not pokja.uuid:
        ws.pokja.delete_pokja(kode)
        return pokja
    names = {t.id: t.nama for t in tatanan_list().items}
    return ws.pokja.save_pokja(kode, pokja, names)
