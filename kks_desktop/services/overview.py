"""The figures Beranda shows: scope, desa registered against the official list, Pokja coverage."""

from __future__ import annotations

from dataclasses import dataclass

from kks_desktop.domain.scope import Scope
from kks_desktop.services import wilayah
from kks_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Overview:
    scope: Scope | None
    desa_registered: int
    desa_in_official_list: int | None
    demo_desa: int
    pokja_with_sk: int
    pokja_with_sekretariat: int
    pokja_members: int


def overview(ws: Workspace) -> Overview:
    """Read-only figures for the workspace scope (the whole workspace when no scope is set)."""
    scope = ws.scope()
    within = scope.kode if scope else None
    registered = ws.desa.desa_list(within)
    official = None if scope is None else wilayah.jumlah_resmi(
        scope.kode, ws.settings.get(wilayah.JUMLAH_RESMI_KEY))
    with_sk, with_office, members = ws.pokja.coverage(within)
    return Overview(
        scope=scope, desa_registered=len(registered), desa_in_official_list=official,
        demo_desa=sum(d.is_demo for d in registered), pokja_with_sk=with_sk,
        pokja_with_sekretariat=with_office, pokja_members=members,
    )

