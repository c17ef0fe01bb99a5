"""The household register's rules: the pillar 1 rung, pillars 2–5 practised, No. KK, the checks."""

import datetime as dt
import itertools

import pytest
from rumah_tangga_uji import tangga_menurut_formulir

from kks_desktop.domain.rumah_tangga import (
    PERTANYAAN,
    Pembuangan,
    RumahTangga,
    pilar_praktik,
    tangga_dari,
)
from kks_desktop.domain.rumah_tangga_aturan import masalah_no_kk, rapikan_no_kk, validate_rumah_tangga
from kks_desktop.domain.sanitasi import Pilar, Rung

TODAY = dt.date(2026, 11, 22)
ANSWERS = (True, False, None)


@pytest.mark.parametrize(("bab", "sendiri", "leher", "outlet"), list(itertools.product(
    ANSWERS, ANSWERS, ANSWERS, (*Pembuangan, None))))
def test_rung_follows_the_ladder_for_every_combination(bab, sendiri, leher, outlet):
    answers = (bab, sendiri, leher) + (None,) * (len(PERTANYAAN) - 3)
    assert tangga_dari(answers, outlet) == tangga_menurut_formulir(bab, sendiri, leher, outlet)


def test_rung_ignores_the_other_pillars():
    base = RumahTangga("Sutrisno", pembuangan=Pembuangan.SEPTIK).with_jawaban(
        p1_bab_jamban=True, p1_milik_sendiri=True, p1_leher_angsa=True)
    assert base.tangga is Rung.LAYAK
    others = {p.kunci: False for p in PERTANYAAN if p.pilar > 1}
    assert base.with_jawaban(**others).tangga is Rung.LAYAK


@pytest.mark.parametrize(("pilar", "keys"), [
    (Pilar.CTPS, ("p2_sarana", "p2_air_mengalir", "p2_sabun", "p2_mampu", "p2_waktu_kritis")),
    (Pilar.PAMM, ("p3_sumber_layak", "p3_olah_air", "p3_wadah_aman", "p3_pangan_aman")),
    (Pilar.PSRT, ("p4_tidak_berserakan", "p4_tempat_tertutup", "p4_olah_aman", "p4_pilah")),
    (Pilar.PLCRT, ("p5_tidak_tergenang", "p5_saluran_tertutup", "p5_resapan")),
])
def test_a_pillar_is_practised_when_all_its_answers_are_ya(pilar, keys):
    rt = RumahTangga("Sutrisno")
    for values in itertools.product(ANSWERS, repeat=len(keys)):
        got = rt.with_jawaban(**dict(zip(keys, values, strict=True))).praktik(pilar)
        expected = False if False in values else (None if None in values else True)
        assert got is expected, values
    # Only its own questions count: every other answer Tidak leaves it practised.
    yes = rt.with_jawaban(**{k: True for k in keys})
    others = {p.kunci: False for p in PERTANYAAN if p.kunci not in keys}
    assert yes.with_jawaban(**others).praktik(pilar) is True
    assert pilar_praktik(yes.jawaban)[pilar] is True


@pytest.mark.parametrize(("typed", "stored"), [
    ("3325 0101 0101 0001", "3325010101010001"), ("3325.0101.0101.0001", "3325010101010001"),
    (" 3325010101010001 ", "3325010101010001"), ("", "")])
def test_no_kk_separators_are_removed(typed, stored):
    assert rapikan_no_kk(typed) == stored


@pytest.mark.parametrize(("no_kk", "code", "is_error"), [
    ("3325010101200001", None, False),
    ("", None, False),
    ("332501010120001", "no_kk_bentuk", True),  # 15 digits
    ("33250101012000011", "no_kk_bentuk", True),
    ("33250101012O0001", "no_kk_bentuk", True),  # a letter O
    ("３３２５０１０１０１２０００１", "no_kk_bentuk", True),  # full-width digits
    ("9925010101200001", "no_kk_provinsi", False),
    ("3325013201200001", "no_kk_tanggal", False),  # day 32
    ("3325010113200001", "no_kk_tanggal", False),  # month 13
])
def test_no_kk(no_kk, code, is_error):
    found = masalah_no_kk(no_kk)
    assert [p.code for p in found] == ([code] if code else [])
    assert all(p.is_error == is_error for p in found)


def test_checks_of_a_household():
    good = RumahTangga("Sutrisno", no_kk="3325010101200001", jumlah_jiwa=4,
                       tanggal=dt.date(2026, 10, 1))
    assert validate_rumah_tangga(good, TODAY) == []
    cases = {
        "nama_kepala": good.with_changes(nama_kepala="  "),
        "jumlah_jiwa": good.with_changes(jumlah_jiwa=0),
        "tanggal": good.with_changes(tanggal=dt.date(2026, 12, 1)),
        "alamat": good.with_changes(alamat="Jl. Mawar\nNo. 3"),
        "rt": good.with_changes(rt="0\u202e01"),
    }
    for field, rt in cases.items():
        problems = validate_rumah_tangga(rt, TODAY)
        assert [p.field for p in problems] == [field]
        assert problems[0].is_error
    assert [p.code for p in validate_rumah_tangga(good.with_changes(jumlah_jiwa=100), TODAY)] == [
        "too_large"]
