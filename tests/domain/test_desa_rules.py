"""Tests for the desa and Pokja validation rules, field parsing and the tatanan reference list."""

import datetime as dt

import pytest

from kks_desktop.domain.desa import Desa, Wilayah, validate_desa
from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.fields import parse_count
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja, validate_pokja
from kks_desktop.domain.problems import Problem, Severity, errors_in
from kks_desktop.domain.tatanan import Tatanan, parse_tatanan_list
from kks_desktop.services.reference import tatanan_list

SILURAH = Wilayah(
    kode=KodeWilayah.parse("33.25.01.2001"), nama="Silurah", kecamatan="Wonotunggal",
    kabupaten="Kabupaten Batang", provinsi="Jawa Tengah",
)
CLEAN = Desa(
    wilayah=SILURAH, jumlah_kk=600, jumlah_jiwa=2100, jumlah_dusun=3, jumlah_rw=4,
    jumlah_rt=16, telepon="0285-391234",
)
TODAY = dt.date(2025, 6, 1)
KNOWN = frozenset({"pasar", "pariwisata"})


# --- validate_desa -----------------------------------------------------------------------

def test_clean_record_has_no_problems() -> None:
    assert validate_desa(CLEAN) == []
    assert validate_desa(Desa(wilayah=SILURAH)) == []


def test_negative_counts_are_errors_for_each_field_in_order() -> None:
    problems = validate_desa(CLEAN.with_changes(jumlah_rt=-1, jumlah_kk=-3))
    assert problems == [
        Problem.error("jumlah_kk", "negative"), Problem.error("jumlah_rt", "negative"),
    ]
    assert all(p.is_error for p in problems)


def test_kk_more_than_jiwa_warns() -> None:
    problems = validate_desa(CLEAN.with_changes(jumlah_kk=900, jumlah_jiwa=800))
    assert problems == [Problem.warning("jumlah_kk", "kk_more_than_jiwa", kk=900, jiwa=800)]
    assert problems[0].severity is Severity.WARNING
    assert errors_in(problems) == []


def test_more_than_ten_jiwa_per_kk_warns() -> None:
    problems = validate_desa(CLEAN.with_changes(jumlah_kk=100, jumlah_jiwa=1001))
    assert problems == [
        Problem.warning("jumlah_jiwa", "jiwa_per_kk_high", kk=100, jiwa=1001, maximum=10)
    ]
    assert validate_desa(CLEAN.with_changes(jumlah_kk=100, jumlah_jiwa=1000)) == []


def test_too_many_kk_is_an_error() -> None:
    problems = validate_desa(CLEAN.with_changes(jumlah_kk=100_001, jumlah_jiwa=300_000))
    assert problems == [Problem.error("jumlah_kk", "too_large", maximum=100_000)]


def test_fewer_rt_than_rw_warns() -> None:
    problems = validate_desa(CLEAN.with_changes(jumlah_rw=5, jumlah_rt=4))
    assert problems == [Problem.warning("jumlah_rt", "rt_fewer_than_rw")]
    assert validate_desa(CLEAN.with_changes(jumlah_rw=5, jumlah_rt=5)) == []


@pytest.mark.parametrize("phone", ["0285", "call me", "0812/3456/7890", "1234567890123456"])
def test_bad_phone_warns(phone: str) -> None:
    assert validate_desa(CLEAN.with_changes(telepon=phone)) == [
        Problem.warning("telepon", "phone_format")
    ]


@pytest.mark.parametrize("phone", ["0812-3456-7890", "+62 285 391234", "(0285) 391234"])
def test_good_phone_passes(phone: str) -> None:
    assert validate_desa(CLEAN.with_changes(telepon=phone)) == []


def test_several_warnings_come_in_rule_order() -> None:
    desa = CLEAN.with_changes(jumlah_kk=50, jumlah_jiwa=40, jumlah_rw=3, jumlah_rt=2, telepon="x")
    assert [p.code for p in validate_desa(desa)] == [
        "kk_more_than_jiwa", "rt_fewer_than_rw", "phone_format",
    ]


# --- parse_count -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [("1.234", 1234), ("1234", 1234), (" 12 ", 12), ("1 234", 1234), ("0", 0), ("", None),
     ("   ", None)],
)
def test_parse_count_reads_whole_numbers(text: str, value: int | None) -> None:
    assert parse_count(text, "jumlah_kk") == (value, [])


def test_parse_count_negative() -> None:
    assert parse_count("-5", "jumlah_rw") == (None, [Problem.error("jumlah_rw", "negative")])


@pytest.mark.parametrize("text", ["abc", "1,5", "12a", "-"])
def test_parse_count_not_a_whole_number(text: str) -> None:
    value, problems = parse_count(f" {text} ", "jumlah_jiwa")
    assert value is None
    assert problems == [Problem.error("jumlah_jiwa", "not_whole_number", text=text)]


# --- validate_pokja ----------------------------------------------------------------------

def _pokja(*members: Anggota, **fields: object) -> Pokja:
    base: dict[str, object] = {"sk_nomor": "141/07/2024", "sk_tanggal": dt.date(2024, 3, 1)}
    base.update(fields)
    return Pokja(anggota=members, **base)  # type: ignore[arg-type]


KETUA = Anggota("Siti Wahyuni", Jabatan.KETUA)


def test_valid_pokja_has_no_problems() -> None:
    pokja = _pokja(KETUA, Anggota("Budi Santoso", Jabatan.SEKRETARIS), tatanan=("pasar",))
    assert validate_pokja(pokja, TODAY, KNOWN) == []
    assert validate_pokja(Pokja(), TODAY, KNOWN) == []


def test_future_sk_date_is_an_error() -> None:
    problems = validate_pokja(_pokja(KETUA, sk_tanggal=dt.date(2025, 6, 2)), TODAY, KNOWN)
    assert problems == [Problem.error("sk_tanggal", "future_date")]
    assert validate_pokja(_pokja(KETUA, sk_tanggal=TODAY), TODAY, KNOWN) == []


def test_sk_number_and_date_go_together() -> None:
    assert validate_pokja(_pokja(KETUA, sk_tanggal=None), TODAY, KNOWN) == [
        Problem.warning("sk_tanggal", "sk_without_date")
    ]
    assert validate_pokja(_pokja(KETUA, sk_nomor=" "), TODAY, KNOWN) == [
        Problem.warning("sk_nomor", "sk_without_number")
    ]


def test_member_without_name_is_an_error_naming_the_row() -> None:
    pokja = _pokja(KETUA, Anggota("Rina"), Anggota("  "))
    problems = validate_pokja(pokja, TODAY, KNOWN)
    assert problems == [Problem.error("anggota.nama", "required", row=3)]
    assert problems[0].param("row") == 3


def test_member_date_and_phone_checks_name_the_row() -> None:
    pokja = _pokja(KETUA, Anggota("Rina", aktif_sejak=dt.date(2026, 1, 1), telepon="12"))
    assert validate_pokja(pokja, TODAY, KNOWN) == [
        Problem.error("anggota.aktif_sejak", "future_date", row=2),
        Problem.warning("anggota.telepon", "phone_format", row=2),
    ]


def test_two_ketua_warns() -> None:
    pokja = _pokja(KETUA, Anggota("Joko Widodo", Jabatan.KETUA))
    assert validate_pokja(pokja, TODAY, KNOWN) == [
        Problem.warning("anggota", "post_held_twice", jabatan="ketua")
    ]


def test_no_ketua_warns() -> None:
    pokja = _pokja(Anggota("Rina", Jabatan.SEKRETARIS), Anggota("Ani"))
    assert validate_pokja(pokja, TODAY, KNOWN) == [Problem.warning("anggota", "no_ketua")]


def test_unknown_tatanan_is_an_error_naming_the_id() -> None:
    pokja = _pokja(KETUA, tatanan=("pasar", "kebun_raya"))
    problems = validate_pokja(pokja, TODAY, KNOWN)
    assert problems == [Problem.error("tatanan", "unknown_tatanan", id="kebun_raya")]
    assert errors_in(problems) == problems


# --- tatanan reference list --------------------------------------------------------------

GOOD = {
    "edition": "uji",
    "berlaku_sejak": 2023,
    "tatanan": [{"id": "pasar", "nama": "Pasar"}, {"id": "pariwisata", "nama": "Pariwisata"}],
}


def test_parse_tatanan_list_good_data() -> None:
    parsed = parse_tatanan_list(GOOD, "t.json")
    assert parsed.edition == "uji"
    assert parsed.berlaku_sejak == 2023
    assert parsed.items == (Tatanan("pasar", "Pasar"), Tatanan("pariwisata", "Pariwisata"))
    assert parsed.ids == frozenset({"pasar", "pariwisata"})
    assert parsed.nama("pariwisata") == "Pariwisata"
    assert parsed.nama("hilang") == "hilang"


def test_parse_tatanan_list_duplicate_id() -> None:
    data = {**GOOD, "tatanan": [*GOOD["tatanan"], {"id": "pasar", "nama": "Pasar Lagi"}]}
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_tatanan_list(data, "t.json")
    assert (info.value.file, info.value.entry, info.value.reason) == ("t.json", "pasar",
                                                                     "duplicate_id")


@pytest.mark.parametrize(
    ("data", "entry", "reason"),
    [
        ([], "-", "not_an_object"),
        ({**GOOD, "edition": ""}, "edition", "missing"),
        ({**GOOD, "berlaku_sejak": "2023"}, "berlaku_sejak", "missing"),
        ({**GOOD, "tatanan": []}, "tatanan", "missing"),
        ({**GOOD, "tatanan": [{"id": "pasar", "nama": "Pasar"}, {"id": "x"}]}, "tatanan[2]",
         "id_or_nama_missing"),
        ({**GOOD, "tatanan": [{"nama": "Pasar"}]}, "tatanan[1]", "id_or_nama_missing"),
        ({**GOOD, "tatanan": ["pasar"]}, "tatanan[1]", "not_an_object"),
    ],
)
def test_parse_tatanan_list_missing_fields(data: object, entry: str, reason: str) -> None:
    with pytest.raises(ReferenceDataInvalid) as info:
        parse_tatanan_list(data, "reference/tatanan.json")
    assert info.value.file == "reference/tatanan.json"
    assert info.value.entry == entry
    assert info.value.reason == reason


def test_shipped_tatanan_list_has_nine_tatanan() -> None:
    shipped = tatanan_list()
    assert len(shipped.items) == 9
    assert shipped.berlaku_sejak == 2023
    assert shipped.items[0] == Tatanan(
        "kehidupan_masyarakat_sehat_mandiri", "Kehidupan Masyarakat Sehat Mandiri"
    )
    assert shipped.items[-1] == Tatanan("penanggulangan_bencana", "Penanggulangan Bencana")
    assert {"pasar", "pariwisata", "satuan_pendidikan"} <= shipped.ids


def test_a_tatanan_chosen_twice_blocks_the_save() -> None:
    pokja = Pokja(tatanan=("pasar", "pasar"))
    problems = validate_pokja(pokja, dt.date(2026, 1, 1), frozenset({"pasar"}))
    assert [(p.field, p.code, p.is_error) for p in problems] == [
        ("tatanan", "duplicate_tatanan", True)]
