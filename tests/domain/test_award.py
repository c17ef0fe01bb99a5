"""Tests for the KKS award gates: which levels a share of ODF desa opens, and the cycle file."""

from typing import Any

import pytest

from kks_desktop.domain.award import Siklus, Tingkat, parse_siklus
from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.services.reference import PENGHARGAAN_FILE, penghargaan

PADAPA = Tingkat("padapa", "Padapa", 0.8)
WIWERDA = Tingkat("wiwerda", "Wiwerda", 0.9)
WISTARA = Tingkat("wistara", "Wistara", 1.0)
S2025 = Siklus(2025, (PADAPA, WIWERDA, WISTARA))


@pytest.mark.parametrize(("share", "terbuka", "berikutnya"), [
    (None, (), PADAPA),
    (0.0, (), PADAPA),
    (0.79, (), PADAPA),
    (0.8, (PADAPA,), WIWERDA),
    (12 / 15, (PADAPA,), WIWERDA),  # 0.7999999999999999 in floating point
    (0.95, (PADAPA, WIWERDA), WISTARA),
    (0.9999, (PADAPA, WIWERDA), WISTARA),
    (1.0, (PADAPA, WIWERDA, WISTARA), None),
])
def test_levels_open_by_share(share: float | None, terbuka: tuple[Tingkat, ...],
                              berikutnya: Tingkat | None) -> None:
    assert S2025.terbuka(share) == terbuka
    assert S2025.berikutnya(share) == berikutnya


def _cycle(tahun: Any = 2025, gates: tuple[Any, ...] = (0.8, 0.9, 1.0)) -> dict[str, Any]:
    names = ("padapa", "wiwerda", "wistara")
    return {"tahun": tahun, "tingkat": [{"id": n, "nama": n.title(), "min_odf": g}
                                        for n, g in zip(names, gates, strict=False)]}


def test_parse_sorts_cycles_oldest_first() -> None:
    cycles = parse_siklus([_cycle(2025), _cycle(2021, (0.6, 0.8, 1))], "p.json")
    assert [c.tahun for c in cycles] == [2021, 2025]
    assert cycles[0] == Siklus(2021, (Tingkat("padapa", "Padapa", 0.6),
                                      Tingkat("wiwerda", "Wiwerda", 0.8),
                                      Tingkat("wistara", "Wistara", 1.0)))
    assert cycles[1] == S2025


@pytest.mark.parametrize("data", [None, [], {"siklus": []}])
def test_parse_refuses_a_missing_list(data: object) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_siklus(data, "p.json")
    assert (info.value.file, info.value.entry, info.value.reason) == ("p.json", "siklus", "missing")


@pytest.mark.parametrize(("entries", "entry", "reason"), [
    ([_cycle(gates=(0.8, 1.2))], "2025", "gate_out_of_range"),
    ([_cycle(gates=(0.0, 0.9))], "2025", "gate_out_of_range"),
    ([_cycle(gates=())], "2025", "gate_out_of_range"),
    ([_cycle(gates=(0.9, 0.8, 1.0))], "2025", "gates_not_ascending"),
    ([_cycle(2023), _cycle(2023)], "2023", "duplicate_cycle"),
])
def test_parse_refuses_bad_gates(entries: list[Any], entry: str, reason: str) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_siklus(entries, "p.json")
    assert (info.value.file, info.value.entry, info.value.reason) == ("p.json", entry, reason)


@pytest.mark.parametrize("bad", [
    {"tingkat": []}, {"tahun": "dua ribu", "tingkat": []}, {"tahun": 2025},
    {"tahun": 2025.7, "tingkat": [{"id": "padapa", "nama": "Padapa", "min_odf": 0.8}]},
    {"tahun": 2025, "tingkat": [{"id": "padapa", "nama": "Padapa"}]},
    {"tahun": 2025, "tingkat": [{"id": "padapa", "nama": "Padapa", "min_odf": "delapan"}]},
    "2025", None,
])
def test_parse_refuses_a_malformed_entry(bad: object) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_siklus([_cycle(2021), bad], "p.json")
    assert info.value.file == "p.json"
    assert info.value.reason.startswith("bad_entry")


# --- the shipped file ----------------------------------------------------------------------

def test_shipped_gates_per_cycle() -> None:
    data = penghargaan()
    gates = {c.tahun: [(t.id, t.min_odf) for t in c.tingkat] for c in data.siklus}
    assert gates == {
        2021: [("padapa", 0.6), ("wiwerda", 0.8), ("wistara", 1.0)],
        2023: [("padapa", 0.8), ("wiwerda", 0.9), ("wistara", 1.0)],
        2025: [("padapa", 0.8), ("wiwerda", 0.9), ("wistara", 1.0)],
    }
    assert [t.nama for t in data.bawaan.tingkat] == ["Padapa", "Wiwerda", "Wistara"]
    assert data.bawaan.tahun == 2025
    assert data.siklus_tahun(2021).tahun == 2021
    assert data.siklus_tahun(2019) == data.bawaan
    assert data.siklus_tahun(None) == data.bawaan
    assert PENGHARGAAN_FILE == "reference/penghargaan_kks.json"


def test_parse_refuses_a_level_named_twice_in_a_cycle() -> None:
    twice = {"tahun": 2025, "tingkat": [{"id": "padapa", "nama": "Padapa", "min_odf": 0.8},
                                        {"id": "padapa", "nama": "Padapa", "min_odf": 0.9}]}
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_siklus([twice], "p.json")
    assert (info.value.entry, info.value.reason) == ("2025", "duplicate_level")
