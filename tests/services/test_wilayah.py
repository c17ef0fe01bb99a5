"""Tests for the official region list: browsing, official names, and near-code suggestions."""

import pytest

from kks_desktop.domain.desa import Wilayah
from kks_desktop.domain.errors import NotADesaCode, UnknownWilayah
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah
from kks_desktop.services import wilayah

K = KodeWilayah.parse

WONOTUNGGAL = [
    ("33.25.01.2001", "Silurah"), ("33.25.01.2002", "Sodong"),
    ("33.25.01.2003", "Gringgingsari"), ("33.25.01.2004", "Kedungmalang"),
    ("33.25.01.2005", "Sendang"), ("33.25.01.2006", "Wonotunggal"), ("33.25.01.2007", "Brokoh"),
    ("33.25.01.2008", "Wates"), ("33.25.01.2009", "Brayo"), ("33.25.01.2010", "Kemligi"),
    ("33.25.01.2011", "Sigayam"), ("33.25.01.2012", "Kreyo"), ("33.25.01.2013", "Siwatu"),
    ("33.25.01.2014", "Dringo"), ("33.25.01.2015", "Penangkan"),
]
BATANG_KECAMATAN = [
    "Wonotunggal", "Bandar", "Blado", "Reban", "Bawang", "Tersono", "Gringsing", "Limpung",
    "Subah", "Tulis", "Batang", "Warungasem", "Kandeman", "Pecalungan", "Banyuputih",
]


def _pairs(regions: list[wilayah.Region]) -> list[tuple[str, str]]:
    return [(str(r.kode), r.nama) for r in regions]


def test_desa_wilayah_gives_official_names() -> None:
    assert wilayah.desa_wilayah(K("33.25.01.2001")) == Wilayah(
        kode=K("33.25.01.2001"), nama="Silurah", kecamatan="Wonotunggal",
        kabupaten="Kabupaten Batang", provinsi="Jawa Tengah",
    )
    kauman = wilayah.desa_wilayah(K("3325111015"))
    assert (kauman.nama, kauman.kecamatan, kauman.jenis) == ("Kauman", "Batang",
                                                            JenisDesa.KELURAHAN)


@pytest.mark.parametrize("kode", ["33", "33.25", "33.25.01"])
def test_desa_wilayah_refuses_higher_levels(kode: str) -> None:
    with pytest.raises(NotADesaCode) as info:
        wilayah.desa_wilayah(K(kode))
    assert info.value.kode == kode


def test_children_are_ordered_by_kode() -> None:
    provinsi = wilayah.children()
    assert len(provinsi) == 38
    assert _pairs(provinsi[:2]) == [("11", "Aceh"), ("12", "Sumatera Utara")]
    assert [str(r.kode) for r in provinsi] == sorted(str(r.kode) for r in provinsi)
    kecamatan = wilayah.children(K("33.25"))
    assert [r.nama for r in kecamatan] == BATANG_KECAMATAN
    assert [str(r.kode) for r in kecamatan] == [f"33.25.{n:02d}" for n in range(1, 16)]


def test_name_of_and_region() -> None:
    assert wilayah.name_of(K("33")) == "Jawa Tengah"
    assert wilayah.name_of(K("33.25")) == "Kabupaten Batang"
    assert wilayah.name_of(K("33.25.01.2099")) is None
    assert wilayah.region(K("33.25.01")) == wilayah.Region(K("33.25.01"), "Wonotunggal")


def test_desa_within_a_kecamatan_and_a_desa() -> None:
    assert _pairs(wilayah.desa_within(K("33.25.01"))) == WONOTUNGGAL
    assert _pairs(wilayah.desa_within(K("33.25.01.2006"))) == [("33.25.01.2006", "Wonotunggal")]


def test_desa_within_a_kabupaten_covers_every_kecamatan_in_order() -> None:
    found = wilayah.desa_within(K("33.25"))
    codes = [str(r.kode) for r in found]
    assert len(found) == 248
    assert codes == sorted(codes)
    assert len(set(codes)) == 248
    assert {str(r.kode.parent()) for r in found} == {f"33.25.{n:02d}" for n in range(1, 16)}
    assert _pairs(found[:15]) == WONOTUNGGAL


def test_unknown_desa_suggests_neighbours_in_the_same_kecamatan() -> None:
    with pytest.raises(UnknownWilayah) as info:
        wilayah.region(K("33.25.01.2099"))
    nearest = info.value.nearest
    assert info.value.kode == "33.25.01.2099"
    assert nearest == [
        ("33.25.01.2009", "Brayo"), ("33.25.01.2015", "Penangkan"), ("33.25.01.2014", "Dringo"),
        ("33.25.01.2013", "Siwatu"), ("33.25.01.2012", "Kreyo"),
    ]
    assert all(kode.startswith("33.25.01.") for kode, _ in nearest)


def test_swapped_digits_are_suggested_first() -> None:
    suggestions = wilayah.nearest(K("33.52.01.2001"))
    assert _pairs(suggestions)[0] == ("33.25.01.2001", "Silurah")
    assert len(suggestions) == 5
    assert K("33.52.01.2001") not in [r.kode for r in suggestions]


def test_a_wrong_first_digit_of_the_village_part_suggests_the_right_one() -> None:
    assert _pairs(wilayah.nearest(K("33.25.01.1001")))[:2] == [
        ("33.25.01.2001", "Silurah"), ("33.25.01.2002", "Sodong"),
    ]


def test_nearest_respects_the_limit_and_never_suggests_the_code_itself() -> None:
    suggestions = wilayah.nearest(K("33.25.01.2001"), limit=3)
    assert len(suggestions) == 3
    assert K("33.25.01.2001") not in [r.kode for r in suggestions]


def test_search_by_name_within_a_region() -> None:
    assert _pairs(wilayah.search("silurah", K("33.25"))) == [("33.25.01.2001", "Silurah")]
    assert _pairs(wilayah.search("Kauman", K("33.25.11"))) == [("33.25.11.1015", "Kauman")]
    assert ("33.25.01", "Wonotunggal") in _pairs(wilayah.search("Wonotunggal"))
