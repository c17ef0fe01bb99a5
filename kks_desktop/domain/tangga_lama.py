"""The older JSP / JSSP / sharing / OD scale mapped onto the current access ladder (docs/sanitasi.md)."""

from __future__ import annotations

from kks_desktop.domain.sanitasi import Rung, TanggaLama

# Old category -> the rung it lands on. Chosen so that access (ODF) and BABS totals are the same
# on both scales: JSP (permanent latrine with gooseneck and septic tank) meets "layak" but an
# old report does not show the emptying that "aman" needs; JSSP (semi-permanent) is access that
# does not meet "layak"; sharing/numpang is "layak bersama"; OD is open BABS.
PEMETAAN: dict[str, Rung] = {
    "jsp": Rung.LAYAK,
    "jssp": Rung.BELUM_LAYAK,
    "sharing": Rung.SHARING,
    "od": Rung.BABS_TERBUKA,
}


def tangga_dari_lama(lama: TanggaLama) -> dict[Rung, int]:
    """The current-scale counts for a report given on the older scale."""
    tangga = dict.fromkeys(Rung, 0)
    for name, rung in PEMETAAN.items():
        tangga[rung] += getattr(lama, name)
    return tangga
