"""Beranda's figures: the official desa count of the scope, noted when the scope is chosen."""

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import wilayah
from kks_desktop.services.overview import overview

WONOTUNGGAL = KodeWilayah.parse("33.25.01")


def test_the_official_count_is_noted_with_the_scope_and_read_back(ws):
    ws.set_scope(Scope(ScopeLevel.KECAMATAN, WONOTUNGGAL, "Wonotunggal"))
    assert ws.settings.get(wilayah.JUMLAH_RESMI_KEY) == f"33.25.01|{wilayah.EDITION}|15"
    assert overview(ws).desa_in_official_list == len(wilayah.desa_within(WONOTUNGGAL)) == 15
    # Read from the note (a changed note shows), not from the list again.
    ws.settings.set_many({wilayah.JUMLAH_RESMI_KEY: f"33.25.01|{wilayah.EDITION}|16"})
    assert overview(ws).desa_in_official_list == 16
    # A note for another scope, or another edition of the list, is counted anew; reading
    # writes nothing.
    for stale in (f"33.25.02|{wilayah.EDITION}|16", "33.25.01|edisi lama|16", None):
        if stale is None:
            ws.settings.db.execute("DELETE FROM settings WHERE key = ?", [wilayah.JUMLAH_RESMI_KEY])
        else:
            ws.settings.set_many({wilayah.JUMLAH_RESMI_KEY: stale})
        assert overview(ws).desa_in_official_list == 15
        assert ws.settings.get(wilayah.JUMLAH_RESMI_KEY) == stale
