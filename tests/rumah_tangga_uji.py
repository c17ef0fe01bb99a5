"""The pillar 1 ladder as the tests read it, apart from the program's own rule."""

from kks_desktop.domain.rumah_tangga import Pembuangan
from kks_desktop.domain.sanitasi import Rung


def tangga_menurut_formulir(bab: bool | None, sendiri: bool | None, leher: bool | None,
            outlet: Pembuangan | None) -> Rung | None:
    """The ladder of the national form read row by row (DOMAIN.md, domain-research §2.2): each
    rung's own definition, tried in the form's order; None when no definition can be decided."""
    if bab is False:
        return Rung.BABS_TERBUKA  # no facility, or one not used
    if bab is None or outlet is None:
        return None
    if outlet is Pembuangan.LANGSUNG:
        return Rung.BABS_TERTUTUP  # a facility, ending in a drain, river, field or the sea
    if outlet is Pembuangan.CUBLUK:
        return Rung.BELUM_LAYAK  # any upper structure over a pit in the ground
    if leher is False:
        return Rung.BELUM_LAYAK  # a tank, but no gooseneck: not "layak"
    if leher is None or sendiri is None:
        return None
    if sendiri is False:
        return Rung.SHARING  # shared, gooseneck, septic tank
    return {Pembuangan.SEPTIK_AMAN: Rung.AMAN, Pembuangan.SEPTIK: Rung.LAYAK}[outlet]
