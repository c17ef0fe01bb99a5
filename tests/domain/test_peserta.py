"""Tests for recognising one person entered twice: names without titles, groups, merging."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.kegiatan import JenisKelamin, Peserta
from kks_desktop.domain.peserta import (
    gabung,
    gabung_baris,
    kunci_instansi,
    kunci_nama,
    peserta_ganda,
    sama_orang,
)


@pytest.mark.parametrize("written", [
    "dr. Budi Santoso, M.Kes", "BUDI  SANTOSO", "Budi Santoso SKM", "Budi Santoso, S.K.M.",
    "H. Budi Santoso", "dr. Ir. H. Budi Santoso, M.Kes", "Budi Santoso S.KM., M.Kes",
    "Bapak Budi Santoso", "  budi\tsantoso  ", "Budi Santoso, S.KM, M.Kes",
])
def test_titles_degrees_case_and_spacing_are_ignored(written: str) -> None:
    assert kunci_nama(written) == "budi santoso"


@pytest.mark.parametrize(("a", "b"), [
    ("Budi Santoso", "Budi Santosa"),
    ("Budi Santoso", "Budi"),
    ("Siti Aminah", "Siti Amina"),
    ("Ni Made Sari", "Made Sari"),
    ("Agus", "Agustinus"),
])
def test_different_people_stay_different(a: str, b: str) -> None:
    assert kunci_nama(a) != kunci_nama(b)


def test_a_name_that_is_only_a_title_is_kept_and_an_empty_name_has_no_key() -> None:
    assert kunci_nama("Dr") == "dr"
    assert kunci_nama("Ibu Siti Aminah, S.Kep., Ns.") == "siti aminah"
    assert kunci_nama("  ") == ""
    assert kunci_nama("Ma'ruf Amin") == kunci_nama("MARUF AMIN")


def test_institutions_compare_without_case_spacing_and_punctuation() -> None:
    assert kunci_instansi("Dinas  Kesehatan, Kab. Batang") == kunci_instansi(
        "dinas kesehatan kab batang")
    assert kunci_instansi("Dinkes") != kunci_instansi("Dinas Kesehatan")


@pytest.mark.parametrize(("ia", "ib", "same"), [
    ("Dinas Kesehatan", "DINAS KESEHATAN.", True),
    ("Dinas Kesehatan", "", True),
    ("", "", True),
    ("Dinas Kesehatan", "Bappeda", False),
])
def test_same_person_needs_the_same_institution_or_one_left_empty(ia: str, ib: str,
                                                                  same: bool) -> None:
    a = Peserta("dr. Budi Santoso", instansi=ia)
    b = Peserta("BUDI SANTOSO, M.Kes", instansi=ib)
    assert sama_orang(a, b) is same
    assert sama_orang(b, a) is same


def test_people_without_a_name_are_never_the_same() -> None:
    assert not sama_orang(Peserta(""), Peserta(""))
    assert peserta_ganda([Peserta(""), Peserta(" ")]) == []


def test_groups_list_row_indices_in_order() -> None:
    rows = [Peserta("Budi Santoso", instansi="Dinkes"), Peserta("Siti Aminah"),
            Peserta("Budi Santoso", instansi="Bappeda"), Peserta("SITI AMINAH, S.KM"),
            Peserta("budi santoso", instansi="DINKES."), Peserta("Agus"),
            Peserta("Hj. Siti Aminah")]
    assert peserta_ganda(rows) == [(0, 4), (1, 3, 6)]


def test_two_people_of_one_name_in_different_institutions_are_not_grouped_through_a_third() -> None:
    """A row without an institution can be either of them, but it must not join the two."""
    rows = [Peserta("Budi Santoso"), Peserta("Budi Santoso", instansi="Dinkes"),
            Peserta("Budi Santoso", instansi="Bappeda")]
    groups = peserta_ganda(rows)
    for group in groups:
        members = [rows[i] for i in group]
        assert all(sama_orang(a, b) for a in members for b in members), group
    assert groups == [(0, 1)]


def test_merge_keeps_the_first_and_fills_its_gaps_from_the_second() -> None:
    first = Peserta("Budi Santoso", jabatan="Kabid", instansi="", kategori="opd", hadir=(1,),
                    pre=60.0, post=None, uuid="u-1")
    second = Peserta("dr. Budi Santoso", jenis_kelamin=JenisKelamin.L, jabatan="Kepala Bidang",
                     instansi="Dinkes", kategori="puskesmas", telepon="0812345678",
                     desa_kode="33.25.01.2001", desa_nama="Silurah", hadir=(2, 1), pre=10.0,
                     post=85.0, uuid="u-2")
    merged = gabung(first, second)
    assert merged == Peserta(
        "Budi Santoso", jenis_kelamin=JenisKelamin.L, jabatan="Kabid", instansi="Dinkes",
        kategori="opd", desa_kode="33.25.01.2001", desa_nama="Silurah", telepon="0812345678",
        hadir=(1, 2), pre=60.0, post=85.0, uuid="u-1")


def test_merge_does_not_take_a_desa_code_for_a_different_typed_desa() -> None:
    first = Peserta("Ani", desa_nama="Kalisari")
    second = Peserta("Ani", desa_kode="33.25.01.2001", desa_nama="Silurah")
    merged = gabung(first, second)
    assert (merged.desa_kode, merged.desa_nama) == ("", "Kalisari")


def test_merging_rows_keeps_the_first_in_place_and_drops_the_others() -> None:
    rows = [Peserta("A", uuid="a"), Peserta("Budi", hadir=(1,), uuid="b1"), Peserta("C", uuid="c"),
            Peserta("BUDI", hadir=(2,), pre=70.0, uuid="b2"), Peserta("D", uuid="d"),
            Peserta("budi", hadir=(3,), uuid="b3")]
    merged = gabung_baris(rows, (1, 3, 5))
    assert [p.uuid for p in merged] == ["a", "b1", "c", "d"]
    assert (merged[1].nama, merged[1].hadir, merged[1].pre) == ("Budi", (1, 2, 3), 70.0)


_NAME = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=3, max_size=9)


@given(st.lists(_NAME, min_size=1, max_size=3), st.sampled_from(["dr. ", "H. ", "Ibu ", ""]),
       st.sampled_from([", M.Kes", " S.KM", ", S.Sos, M.Si", ""]))
def test_any_name_keeps_its_key_under_titles_degrees_and_case(words: list[str], title: str,
                                                              degree: str) -> None:
    plain = " ".join(words)
    written = f"{title}{'  '.join(w.upper() for w in words)}{degree}"
    # A word that is itself a title ("bpk x") or, in capitals, a degree ("X SPD") is a real
    # ambiguity: skip such names.
    if any(kunci_nama(f"{w} xq") != f"{w} xq" or kunci_nama(f"xq {w.upper()}") != f"xq {w}"
           for w in words):
        return
    assert kunci_nama(written) == plain
