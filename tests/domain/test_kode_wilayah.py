"""Tests for KodeWilayah: parsing, rejections with reasons, levels and region arithmetic."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.errors import InvalidKode
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah, Level
from kks_desktop.messages import describe

K = KodeWilayah.parse


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("33.25.01.2001", ("33", "25", "01", "2001")),
        ("3325012001", ("33", "25", "01", "2001")),
        ("  33.25.01.2001\n", ("33", "25", "01", "2001")),
        ("33", ("33",)),
        ("33.25", ("33", "25")),
        ("3325", ("33", "25")),
        ("33.25.01", ("33", "25", "01")),
        ("332501", ("33", "25", "01")),
    ],
)
def test_parse_dotted_plain_and_shorter_levels(text: str, segments: tuple[str, ...]) -> None:
    kode = K(text)
    assert kode.segments == segments
    assert str(kode) == ".".join(segments)
    assert kode.digits == "".join(segments)


@pytest.mark.parametrize(
    ("text", "level"),
    [("33", Level.PROVINSI), ("33.25", Level.KABKOTA), ("33.25.01", Level.KECAMATAN),
     ("3325012001", Level.DESA)],
)
def test_level(text: str, level: Level) -> None:
    assert K(text).level is level


@pytest.mark.parametrize(
    ("text", "is_kota"),
    [("33.71", True), ("33.99", True), ("33.74.01", True), ("33.71.01.1001", True),
     ("33.01", False), ("33.25", False), ("33.69.01.2001", False), ("33", False)],
)
def test_is_kota(text: str, is_kota: bool) -> None:
    assert K(text).is_kota is is_kota


@pytest.mark.parametrize(
    ("text", "jenis"),
    [("33.74.01.1001", JenisDesa.KELURAHAN), ("33.25.01.2001", JenisDesa.DESA),
     ("51.03.01.3001", JenisDesa.DESA_ADAT), ("33.25.01", None), ("33.25", None), ("33", None)],
)
def test_jenis_desa(text: str, jenis: JenisDesa | None) -> None:
    assert K(text).jenis_desa is jenis


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("33.25.1", "format"),
        ("33..25", "format"),
        ("33.25.01.2001.5", "format"),
        ("33.25.01.200", "format"),
        ("3a.25", "format"),
        ("33.25.01.", "format"),
        ("33-25-01", "not_digits"),
        ("33 25", "not_digits"),
        ("abc", "not_digits"),
        ("3", "length"),
        ("332", "length"),
        ("33250120", "length"),
        ("33250120011", "length"),
        ("00", "zero_segment"),
        ("33.00", "zero_segment"),
        ("33.25.00", "zero_segment"),
        ("33.25.01.0000", "zero_segment"),
        ("3325010000", "zero_segment"),
        ("33.25.01.0001", "village_kind"),
        ("33.25.01.4001", "village_kind"),
        ("3325019001", "village_kind"),
    ],
)
def test_rejections_carry_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidKode) as info:
        K(text)
    assert info.value.reason == reason
    assert info.value.text == text


def test_non_text_is_rejected_as_empty() -> None:
    with pytest.raises(InvalidKode) as info:
        K(None)  # type: ignore[arg-type]
    assert info.value.reason == "empty"


def test_parent_walks_up_one_level_at_a_time() -> None:
    desa = K("33.25.01.2001")
    chain = []
    node: KodeWilayah | None = desa
    while node is not None:
        chain.append(str(node))
        node = node.parent()
    assert chain == ["33.25.01.2001", "33.25.01", "33.25", "33"]


def test_at_cuts_to_a_higher_level_and_refuses_a_deeper_one() -> None:
    desa = K("33.25.01.2001")
    assert desa.at(Level.KECAMATAN) == K("33.25.01")
    assert desa.at(Level.KABKOTA) == K("3325")
    assert desa.at(Level.PROVINSI) == K("33")
    assert desa.at(Level.DESA) == desa
    with pytest.raises(ValueError, match="DESA"):
        K("33.25").at(Level.DESA)


def test_contains() -> None:
    kab = K("33.25")
    assert kab.contains(K("33.25.01.2001"))
    assert kab.contains(K("33.25.15"))
    assert kab.contains(kab)
    assert not kab.contains(K("33.26.01.2001"))
    assert not kab.contains(K("33"))
    assert not K("33.25.01").contains(K("33.25.10.2001"))
    assert K("33").contains(K("33.74.01.1001"))
    assert not K("33").contains(K("34.01"))


def test_codes_sort_by_segments() -> None:
    codes = [K("33.25.10.2001"), K("33.25.01.2002"), K("33.25"), K("33.25.01.2001")]
    assert [str(k) for k in sorted(codes)] == [
        "33.25", "33.25.01.2001", "33.25.01.2002", "33.25.10.2001",
    ]


@pytest.mark.parametrize("text", ["٣٣.٢٥", "３３２５", "３３.25.01.2001"])
def test_non_ascii_digits_are_rejected(text: str) -> None:
    with pytest.raises(InvalidKode):
        K(text)


# --- property tests ----------------------------------------------------------------------

def _segment(width: int) -> st.SearchStrategy[str]:
    return st.integers(1, 10**width - 1).map(lambda n: f"{n:0{width}d}")


_village = st.tuples(st.sampled_from("123"), st.integers(0, 999)).map(
    lambda t: f"{t[0]}{t[1]:03d}"
)
valid_segments = st.one_of(
    st.tuples(_segment(2)),
    st.tuples(_segment(2), _segment(2)),
    st.tuples(_segment(2), _segment(2), _segment(2)),
    st.tuples(_segment(2), _segment(2), _segment(2), _village),
)


@given(valid_segments)
def test_format_of_parse_round_trips(segments: tuple[str, ...]) -> None:
    dotted = ".".join(segments)
    kode = K(dotted)
    assert str(kode) == dotted
    assert K(str(kode)) == kode
    assert kode.level == Level(len(segments))


@given(valid_segments)
def test_dotted_and_plain_parse_to_the_same_value(segments: tuple[str, ...]) -> None:
    assert K(".".join(segments)) == K("".join(segments))


@given(st.text(alphabet=st.sampled_from("0123456789. -ab\t"), max_size=16) | st.text())
def test_arbitrary_text_parses_or_raises_invalid_kode(text: str) -> None:
    try:
        kode = K(text)
    except InvalidKode as exc:
        assert exc.reason in {
            "empty", "format", "not_digits", "length", "zero_segment", "village_kind",
        }
    else:
        assert 1 <= len(kode.segments) <= 4
        assert re.fullmatch(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?", str(kode))


def test_a_pasted_direction_override_cannot_turn_the_message_around() -> None:
    with pytest.raises(InvalidKode) as info:
        KodeWilayah.parse("33.25\u202e01")
    text = describe(info.value)
    assert "\u202e" not in text
    assert text.startswith("Kode wilayah “33.25�01” tidak sah")
