"""Workspace settings chosen in Pengaturan: Desa STBM rule, KKS cycle, paper size, user name."""

from __future__ import annotations

from kks_desktop.domain.award import Siklus
from kks_desktop.domain.desa_stbm import AturanDesaStbm
from kks_desktop.domain.kertas import Kertas
from kks_desktop.services.reference import aturan_sanitasi, penghargaan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.riwayat_pemicu import NAMA_PENGGUNA_KEY

ATURAN_STBM_KEY = "sanitasi.aturan_desa_stbm"
SIKLUS_KEY = "kks.siklus"
KERTAS_KEY = "cetak.kertas"


def aturan_stbm(ws: Workspace) -> AturanDesaStbm:
    """The Desa STBM rule in force in this workspace (the shipped default until one is chosen)."""
    return aturan_sanitasi().aturan(ws.settings.get(ATURAN_STBM_KEY))


def set_aturan_stbm(ws: Workspace, rule_id: str) -> AturanDesaStbm:
    """Choose the Desa STBM rule.

    Raises ValueError for an id the reference file does not have.
    """
    if rule_id not in {r.id for r in aturan_sanitasi().desa_stbm}:
        raise ValueError(f"unknown Desa STBM rule {rule_id!r}")
    ws.settings.set_many({ATURAN_STBM_KEY: rule_id})
    return aturan_stbm(ws)


def siklus(ws: Workspace) -> Siklus:
    """The KKS assessment cycle whose ODF gates apply (the shipped default until one is chosen)."""
    chosen = ws.settings.get(SIKLUS_KEY)
    return penghargaan().siklus_tahun(int(chosen) if chosen and chosen.isdigit() else None)


def set_siklus(ws: Workspace, tahun: int) -> Siklus:
    """Choose the assessment cycle.

    Raises ValueError for a year the reference file does not have.
    """
    if tahun not in {c.tahun for c in penghargaan().siklus}:
        raise ValueError(f"unknown KKS cycle {tahun}")
    ws.settings.set_many({SIKLUS_KEY: str(tahun)})
    return siklus(ws)


def kertas(ws: Workspace) -> Kertas:
    """The paper printouts are laid out for (A4 until another is chosen)."""
    chosen = ws.settings.get(KERTAS_KEY)
    return next((k for k in Kertas if k.value == chosen), Kertas.A4)


def set_kertas(ws: Workspace, paper: Kertas) -> Kertas:
    ws.settings.set_many({KERTAS_KEY: paper.value})
    return kertas(ws)


NAMA_PENGGUNA_MAKS = 60


def nama_pengguna(ws: Workspace) -> str:
    """The name every saved change is signed with in the change history ("" until one is set)."""
    return ws.settings.get(NAMA_PENGGUNA_KEY) or ""


def set_nama_pengguna(ws: Workspace, nama: str) -> str:
    """Set the user name: spaces and control characters are tidied away, at most
    NAMA_PENGGUNA_MAKS characters are kept; "" means no name. Returns the name stored."""
    clean = " ".join("".join(c if c.isprintable() else " " for c in nama).split())
    clean = clean[:NAMA_PENGGUNA_MAKS].rstrip()
    ws.settings.set_many({NAMA_PENGGUNA_KEY: clean})
    return clean
