"""The exchange ledger: exports and imports listed newest first, last values per record kept."""

from __future__ import annotations

from kks_desktop.services.workspace import Workspace
from kks_desktop.store.pertukaran_store import CatatanEkspor, CatatanImpor


def _export(uuid: str, waktu: str, desa: tuple[str, ...], jenis: str = "buku_desa") -> CatatanEkspor:
    return CatatanEkspor(uuid, waktu, jenis, f"{uuid}.xlsx", "a" * 64, "Kecamatan Wonotunggal", desa,
                         {"Peserta": 12})


def test_exports_newest_first_and_the_last_one_per_desa(ws: Workspace) -> None:
    with ws.atomic():
        ws.pertukaran.add_export(_export("e1", "2026-11-01T08:00:00Z", ("33.25.01.2001", "33.25.01.2002")))
        ws.pertukaran.add_export(_export("e2", "2026-11-03T08:00:00Z", ("33.25.01.2002",)))
        ws.pertukaran.add_export(_export("e3", "2026-11-05T08:00:00Z", ("33.25.01.2001",), "rekap"))
    assert [c.uuid for c in ws.pertukaran.exports()] == ["e3", "e2", "e1"]
    assert ws.pertukaran.exports()[2] == _export("e1", "2026-11-01T08:00:00Z",
                                                 ("33.25.01.2001", "33.25.01.2002"))
    last = ws.pertukaran.last_export_of("33.25.01.2001")
    assert last is not None and last.uuid == "e1"  # a rekap is not a desa workbook
    assert ws.pertukaran.last_export_of("33.25.01.2002").uuid == "e2"  # type: ignore[union-attr]
    assert ws.pertukaran.last_export_of("33.25.01.2003") is None


def test_imports_and_when_each_desa_was_last_received(ws: Workspace) -> None:
    with ws.atomic():
        for waktu, desa, hasil in (("2026-11-01T08:00:00Z", ("33.25.01.2001",), "diterima"),
                                   ("2026-11-04T08:00:00Z", ("33.25.01.2001", "33.25.01.2002"),
                                    "sama")):
            ws.pertukaran.add_import(CatatanImpor(waktu, "x.xlsx", "b" * 64, "e1", desa, hasil,
                                                  {"baru": 3}))
    assert [c.hasil for c in ws.pertukaran.imports()] == ["sama", "diterima"]
    assert ws.pertukaran.imports()[1].jumlah == {"baru": 3}
    assert ws.pertukaran.last_received() == {"33.25.01.2001": "2026-11-04T08:00:00Z",
                                             "33.25.01.2002": "2026-11-04T08:00:00Z"}


def test_last_exchanged_values_are_replaced_and_read_in_chunks(ws: Workspace) -> None:
    values = {f"Peserta:{n}": {"nama": f"Orang {n}", "hadir": ["1", "2"], "pre": None}
              for n in range(1200)}
    with ws.atomic():
        ws.pertukaran.put_dasar(values)
        ws.pertukaran.put_dasar({"Peserta:7": {"nama": "Siti"}})
    found = ws.pertukaran.dasar([*values, "Peserta:tidak-ada"])
    assert len(found) == 1200 and "Peserta:tidak-ada" not in found
    assert found["Peserta:7"] == {"nama": "Siti"}
    assert found["Peserta:1199"] == {"nama": "Orang 1199", "hadir": ["1", "2"], "pre": None}
