"""The figures Beranda shows: scope, desa registered against the official list, Pokja coverage."""

from __future__ import annotations

from dataclasses import dataclass

from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.scope import Scope
from kks_desktop.services import wilayah
from kks_desktop.services.workspace import Workspace

# "<kode>|<edition of the list>|<count>": the official count of the scope's desa, kept so that
# opening the program does not load the whole region list (~0.35 s) to show one number.
_OFFICIAL_KEY = "wilayah.jumlah_desa_resmi"


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
    official = None if scope is None else _official_count(ws, scope.kode)
    with_sk, with_office, members = ws.pokja.coverage(within)
    return Overview(
        scope=scope, desa_registered=len(registered), desa_in_official_list=official,
        demo_desa=sum(d.is_demo for d in registered), pokja_with_sk=with_sk,
        pokja_with_sekretariat=with_office, pokja_members=members,
    )


def _official_count(ws: Workspace, kode: KodeWilayah) -> int:
    """How many desa the official list has inside `kode`, from the workspace's note of it when
    that was made for this scope and edition of the list."""
    if kode.level is Level.DESA:
        return 1
    tag = f"{kode}|{wilayah.EDITION}|"
    kept = ws.settings.get(_OFFICIAL_KEY)
    if kept is not None and kept.startswith(tag) and kept[len(tag):].isdecimal():
        return int(kept[len(tag):])
    count = len(wilayah.desa_within(kode))
    ws.settings.set_many({_OFFICIAL_KEY: f"{tag}{count}"})
    return count
