"""Beranda's figures: the official desa count of the scope, noted in the workspace once."""

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import wilayah
from kks_desktop.services.overview import overview

WONOTUNGGAL = KodeWilayah.parse("33.25.01")
KEY = "wilayah.jumlah_desa_resmi"


def test_the_official_count_is_noted_and_read_back(ws):
    ws.set_scope(Scope(ScopeLevel.KECAMATAN, WONOTUNGGAL, "Wonotunggal"))
    assert overview(ws).desa_in_official_list == len(wilayah.desa_within(WONOTUNGGAL)) == 15
    assert ws.settings.get(KEY) == f"33.25.01|{wilayah.EDITION}|15"
    # Read from the note from then on (a changed note shows), not from the list again.
    ws.settings.set_many({KEY: f"33.25.01|{wilayah.EDITION}|16"})
    assert overview(ws).desa_in_official_list == 16
    # A note for another scope, or another edition of the list, is counted anew.
    for stale in (f"33.25.02|{wilayah.EDITION}|16", "33.25.01|edisi lama|16"):
        ws.settings.set_many({KEY: stale})
        assert overview(ws).desa_in_official_list == 15
