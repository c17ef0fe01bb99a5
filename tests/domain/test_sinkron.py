"""The three-way comparison behind import classes: what changed where since the last exchange."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom, Lembar
from kks_desktop.domain.sinkron import Kelas, bandingkan, kanonik, kunci_dasar, nilai_tukar

BASE = {"nama": "Siti", "jabatan": "anggota", "telepon": "0812"}


def test_a_record_not_here_is_new() -> None:
    found = bandingkan(BASE, None, None)
    assert found.kelas is Kelas.BARU and found.hasil == BASE


def test_the_same_values_are_unchanged_with_or_without_a_base() -> None:
    assert bandingkan(BASE, dict(BASE), None).kelas is Kelas.SAMA
    assert bandingkan(BASE, dict(BASE), dict(BASE)).kelas is Kelas.SAMA


def test_a_change_in_the_file_only_is_taken() -> None:
    found = bandingkan({**BASE, "telepon": "0813"}, dict(BASE), dict(BASE))
    assert found.kelas is Kelas.BERUBAH
    assert found.berubah == ("telepon",) and found.hasil["telepon"] == "0813"


def test_a_change_here_only_is_kept() -> None:
    here = {**BASE, "jabatan": "ketua"}
    found = bandingkan(BASE, here, dict(BASE))
    assert found.kelas is Kelas.LEBIH_BARU and found.hasil == here


def test_changes_on_both_sides_to_different_fields_merge() -> None:
    found = bandingkan({**BASE, "telepon": "0813"}, {**BASE, "jabatan": "ketua"}, dict(BASE))
    assert found.kelas is Kelas.BERUBAH
    assert found.hasil == {"nama": "Siti", "jabatan": "ketua", "telepon": "0813"}


def test_the_same_field_changed_on_both_sides_is_a_conflict_keeping_here_until_chosen() -> None:
    found = bandingkan({**BASE, "telepon": "0813"}, {**BASE, "telepon": "0814"}, dict(BASE))
    assert found.kelas is Kelas.KONFLIK and found.konflik == ("telepon",)
    assert found.hasil["telepon"] == "0814"
    assert found.di_sini["telepon"] == "0814" and found.di_berkas["telepon"] == "0813"
    assert found.dengan_pilihan(frozenset({"telepon"}))["telepon"] == "0813"
    assert found.dengan_pilihan(frozenset())["telepon"] == "0814"


def test_without_a_base_any_difference_is_a_conflict() -> None:
    found = bandingkan({**BASE, "telepon": "0813"}, dict(BASE), None)
    assert found.kelas is Kelas.KONFLIK and found.konflik == ("telepon",)


values = st.sampled_from(["a", "b", "c", None])
records = st.fixed_dictionaries({"x": values, "y": values, "z": values})


@given(records, records, records)
def test_the_result_never_loses_a_change_made_on_one_side_only(file: dict, here: dict, base: dict) -> None:
    found = bandingkan(file, here, base)
    for key in file:
        if here[key] == base[key]:
            assert found.hasil[key] == file[key]
        elif file[key] == base[key] or file[key] == here[key]:
            assert found.hasil[key] == here[key]
        else:
            assert key in found.konflik and found.hasil[key] == here[key]
    assert (found.kelas is Kelas.SAMA) == (file == here)


def test_canonical_values_and_ledger_keys() -> None:
    assert kanonik(dt.date(2025, 1, 2)) == "2025-01-02"
    assert kanonik(("a", dt.date(2025, 1, 2))) == ["a", "2025-01-02"]
    assert kanonik(85.0) == 85 and kanonik(85.5) == 85.5 and kanonik("") is None
    lembar = Lembar("Peserta", "X", (Kolom("uuid", "uuid", J.UUID), Kolom("nama", "Nama"),
                                     Kolom("hadir", "Hadir", J.DAFTAR),
                                     Kolom("jumlah", "Jumlah", J.BULAT, baca=False)))
    assert nilai_tukar(lembar, {"uuid": "u", "nama": "Siti", "hadir": ("1",), "jumlah": 3}) == {
        "nama": "Siti", "hadir": ["1"]}
    assert kunci_dasar(lembar, "u") == "Peserta:u"
