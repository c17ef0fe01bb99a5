"""Extreme form input against the rules: any script and emoji pass, control characters, line breaks
in one-line fields, overlong text, impossible dates and huge numbers are refused by name."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kks_desktop.domain.desa import MAX_COUNTS, Desa, Wilayah, validate_desa
from kks_desktop.domain.fields import (
    JenisTeks,
    masalah_teks,
    panjang_teks,
    parse_count,
    teks_tampil,
)
from kks_desktop.domain.kegiatan import Kegiatan, Narasumber, Peserta, Rtl
from kks_desktop.domain.kegiatan_rules import validate_kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent, validate_path
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.peserta import kunci_nama, peserta_ganda
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja, validate_pokja
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import MAX_KK_LAPORAN, Konteks, LaporanSanitasi, Rung, validate_laporan
from kks_desktop.domain.tanggal import masalah_tanggal, tanggal_dari_teks
from kks_desktop.domain.tempel import parse_nilai
from kks_desktop.messages import describe_problem

TODAY = dt.date(2025, 10, 15)
NAMA, KALIMAT, CATATAN = JenisTeks.NAMA, JenisTeks.KALIMAT, JenisTeks.CATATAN

# Names people really have, or type: each is stored and shown exactly as given.
VALID_NAMES = [
    "عبد الله",  # Arabic
    "مُحَمَّد بن عَبْد الله",  # Arabic with harakat
    "ꦱꦸꦫꦗꦪ",  # Javanese (Aksara Jawa)
    "Ni Luh Putu Ayu 🌺",
    "👨‍👩‍👧 Keluarga Budi",  # a ZWJ sequence
    "Tim 🇮🇩",  # a flag: two regional indicators
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",  # a subdivision flag (tags)
    "‏عبد الله‎ (Pak Abdul)",  # RLM / LRM around Arabic
    "José Ramos-Horta",
    "Ngatini's „Warung“ & <b>Toko</b>",
    "a" * 200,
]

# (character, code shown): refused in every field, one-line or not.
CONTROL = [("\x00", "U+0000"), ("\x07", "U+0007"), ("\x1b", "U+001B"), ("\x7f", "U+007F"),
           ("\x9b", "U+009B"), ("\u200b", "U+200B"), ("\u202e", "U+202E"),
           ("\u2066", "U+2066"), ("\ufeff", "U+FEFF"), ("\ud800", "U+D800"), ("\uffff", "U+FFFF")]
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\x0b", "\x85"]


def _codes(problems: list[Problem]) -> list[tuple[str, str, dict[str, object]]]:
    return [(p.field, p.code, dict(p.params)) for p in problems]


# -- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize("jenis", list(JenisTeks))
@pytest.mark.parametrize("name", VALID_NAMES)
def test_names_in_any_script_with_emoji_are_valid(name: str, jenis: JenisTeks) -> None:
    assert masalah_teks(name, "anggota.nama", jenis) == []


@pytest.mark.parametrize("jenis", list(JenisTeks))
@pytest.mark.parametrize(("char", "code"), CONTROL)
def test_a_control_or_invisible_character_is_refused_by_code_and_place(
        char: str, code: str, jenis: JenisTeks) -> None:
    problems = masalah_teks(f"Budi{char}Santoso", "anggota.nama", jenis, row=2)
    assert _codes(problems) == [("anggota.nama", "control_char",
                                 {"karakter": code, "posisi": 5, "row": 2})]
    assert describe_problem(problems[0]) == (
        f"Nama anggota baris 2: berisi karakter kendali atau karakter tak terlihat ({code}) pada "
        "huruf ke-5; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi")


@pytest.mark.parametrize("brk", BREAKS)
def test_a_one_line_field_keeps_no_line_break(brk: str) -> None:
    problems = masalah_teks(f"Balai{brk}Desa", "tempat", KALIMAT)
    assert _codes(problems) == [("tempat", "line_break", {})]
    assert describe_problem(problems[0]) == (
        "Tempat: harus satu baris; hapus pindah baris (Enter) di dalamnya")


def test_a_tab_inside_a_one_line_field_is_a_control_character() -> None:
    assert _codes(masalah_teks("Budi\tSantoso", "peserta.nama", NAMA)) == [
        ("peserta.nama", "control_char", {"karakter": "U+0009", "posisi": 5})]


def test_notes_keep_line_ends_and_tabs_but_not_other_breaks() -> None:
    assert masalah_teks("Rapat dibuka.\n\tPokok bahasan:\r\n- jamban\r- CTPS", "notulen",
                        CATATAN) == []
    assert _codes(masalah_teks("baris 1\x0cbaris 2", "notulen", CATATAN)) == [
        ("notulen", "control_char", {"karakter": "U+000C", "posisi": 8})]
    assert _codes(masalah_teks("a\u2028b", "catatan", CATATAN)) == [
        ("catatan", "control_char", {"karakter": "U+2028", "posisi": 2})]


@pytest.mark.parametrize("text", [" \t", "  Budi  ", "\tBudi\r\n", "\nBudi\n"])
def test_spaces_and_line_ends_around_the_text_are_left_to_the_form(text: str) -> None:
    assert masalah_teks(text, "anggota.nama", NAMA) == []


@pytest.mark.parametrize(("jenis", "limit"), [(NAMA, 200), (KALIMAT, 1_000), (CATATAN, 32_767)])
def test_each_kind_of_field_has_a_length_limit(jenis: JenisTeks, limit: int) -> None:
    assert jenis.maksimum == limit
    assert masalah_teks("x" * limit, "catatan", jenis) == []
    problems = masalah_teks("x" * (limit + 1), "catatan", jenis)
    assert _codes(problems) == [("catatan", "too_long", {"maximum": limit, "panjang": limit + 1})]
    assert describe_problem(problems[0]) == (
        f"Catatan: terlalu panjang ({limit + 1:,} karakter; paling banyak {limit:,})".replace(",", "."))


def test_ten_thousand_characters_are_too_many_for_a_name_but_fine_for_notes() -> None:
    text = "Sutrisno " * 1_112  # 10.008 characters
    assert [p.code for p in masalah_teks(text, "peserta.nama", NAMA)] == ["too_long"]
    assert masalah_teks(text, "notulen", CATATAN) == []


def test_length_is_counted_as_excel_counts_it() -> None:
    assert panjang_teks("Budi") == 4
    assert panjang_teks("عبد الله") == 8
    assert panjang_teks("😀") == 2  # outside the BMP: two UTF-16 units
    assert panjang_teks("👨‍👩‍👧") == 8


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "shown"), [
    (dt.date(1899, 12, 31), "31/12/1899"), (dt.date(1, 1, 1), "01/01/0001"),
    (dt.date(1944, 12, 31), "31/12/1944"), (dt.date(2101, 1, 1), "01/01/2101"),
    (dt.date(9999, 12, 31), "31/12/9999")])
def test_a_date_outside_1945_to_2100_is_refused(day: dt.date, shown: str) -> None:
    problems = masalah_tanggal(day, "sk_tanggal", TODAY)
    assert _codes(problems) == [("sk_tanggal", "date_out_of_range",
                                 {"nilai": shown, "awal": "01/01/1945", "akhir": "31/12/2100"})]
    assert describe_problem(problems[0]) == (
        f"Tanggal SK: {shown} tidak masuk akal; isi tanggal antara 01/01/1945 dan 31/12/2100")


def test_the_ends_of_the_range_are_accepted_and_a_later_date_is_only_future() -> None:
    assert masalah_tanggal(dt.date(1945, 1, 1), "mulai") == []
    assert masalah_tanggal(dt.date(2100, 12, 31), "mulai") == []
    assert masalah_tanggal(None, "mulai") == []
    assert _codes(masalah_tanggal(dt.date(2030, 1, 1), "tanggal", TODAY)) == [
        ("tanggal", "future_date", {})]


@pytest.mark.parametrize("text", ["29/02/2023", "29-2-2025", "2100-02-29", "31/04/2025",
                                  "00/01/2025", "01/13/2025", "0001-00-01"])
def test_a_day_that_does_not_exist_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        tanggal_dari_teks(text)


def test_29_february_of_a_leap_year_is_a_date() -> None:
    assert tanggal_dari_teks("29/02/2024") == dt.date(2024, 2, 29)
    assert tanggal_dari_teks("9999-12-31") == dt.date(9999, 12, 31)  # read, then refused by range


# -- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "code"), [
    ("-1", None, "negative"), ("0", 0, None), ("1.160", 1160, None),
    (str(2**31), None, "too_large"), (str(2**63), None, "too_large"),
    (str(10**20), None, "too_large"), ("9" * 5_000, None, "too_large"),
    ("1e309", None, "not_whole_number"), ("NaN", None, "not_whole_number"),
    ("inf", None, "not_whole_number"), ("²", None, "not_whole_number"),
    ("1,5", None, "not_whole_number"), ("١٢٣", 123, None)])
def test_a_typed_count_is_read_or_refused_never_raises(text: str, value: int | None,
                                                       code: str | None) -> None:
    read, problems = parse_count(text, "jumlah_jiwa", MAX_COUNTS["jumlah_jiwa"])
    assert read == value
    assert [p.code for p in problems] == ([code] if code else [])


def test_typed_text_quoted_back_cannot_turn_the_message_around() -> None:
    _, problems = parse_count("12\u202e34" + "x" * 100, "jumlah_kk")
    assert describe_problem(problems[0]) == (
        "Jumlah KK: “12�34xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” bukan bilangan bulat (contoh: 1.234)")
    assert teks_tampil("  a\nb\x00c\t ") == "a b�c"


def test_too_large_names_the_maximum_of_the_field() -> None:
    _, problems = parse_count(str(2**63), "jumlah_rt", MAX_COUNTS["jumlah_rt"])
    assert describe_problem(problems[0]) == "Jumlah RT: terlalu besar (paling banyak 10.000)"


@pytest.mark.parametrize("text", ["1e309", "NaN", "-inf", "101", "-1"])
def test_a_score_that_is_not_0_to_100_is_refused(text: str) -> None:
    value, problems = parse_nilai(text, "peserta.pre", 3)
    assert value is None
    assert [(p.code, p.param("row")) for p in problems] == [("score_range", 3)]


# -- the records ---------------------------------------------------------------------------

SILURAH = Wilayah(KodeWilayah.parse("33.25.01.2001"), "Silurah", "Wonotunggal", "Batang",
                  "Jawa Tengah")


@pytest.mark.parametrize("field", sorted(MAX_COUNTS))
@pytest.mark.parametrize("value", [2**31, 2**63, 10**20])
def test_a_huge_desa_figure_is_refused_not_overflowed(field: str, value: int) -> None:
    problems = validate_desa(Desa(SILURAH, **{field: value}))  # type: ignore[arg-type]
    assert (field, "too_large", {"maximum": MAX_COUNTS[field]}) in _codes(errors_in(problems))


def test_desa_texts_are_checked_by_field() -> None:
    desa = Desa(SILURAH, alamat_sekretariat="Balai Desa\nRT 01", telepon="0812\x00",
                catatan="x" * 40_000)
    assert [(p.field, p.code) for p in validate_desa(desa)] == [
        ("telepon", "phone_format"), ("alamat_sekretariat", "line_break"),
        ("telepon", "control_char"), ("catatan", "too_long")]
    assert validate_desa(Desa(SILURAH, alamat_sekretariat="بلدية 🏠", catatan="ꦱꦸꦫꦗꦪ\n")) == []


def test_pokja_members_in_any_script_pass_and_bad_ones_are_named_by_row() -> None:
    good = tuple(Anggota(nama, Jabatan.KETUA if i == 0 else Jabatan.ANGGOTA)
                 for i, nama in enumerate(VALID_NAMES[:5]))
    assert validate_pokja(Pokja(anggota=good), TODAY, frozenset()) == []
    bad = (*good, Anggota("Budi\x1b[31m", unsur="Tokoh\nagama", aktif_sejak=dt.date(1, 1, 1)))
    assert [(p.field, p.code, p.param("row")) for p in errors_in(
        validate_pokja(Pokja(anggota=bad), TODAY, frozenset()))] == [
        ("anggota.nama", "control_char", 6), ("anggota.unsur", "line_break", 6),
        ("anggota.aktif_sejak", "date_out_of_range", 6)]


@pytest.mark.parametrize(("day", "code"), [(dt.date(1899, 12, 31), "date_out_of_range"),
                                           (dt.date(9999, 12, 31), "date_out_of_range"),
                                           (dt.date(2026, 1, 1), "future_date")])
def test_an_sk_date_gets_one_reason(day: dt.date, code: str) -> None:
    pokja = Pokja(sk_nomor="141/12/2023", sk_tanggal=day, sk_penandatangan="Kepala Desa\u202e")
    assert [(p.field, p.code) for p in errors_in(validate_pokja(pokja, TODAY, frozenset()))] == [
        ("sk_penandatangan", "control_char"), ("sk_tanggal", code)]


def _laporan(total: int, **changes: object) -> LaporanSanitasi:
    tangga = {r: 0 for r in Rung} | {Rung.AMAN: total}
    return LaporanSanitasi(Periode(2025, 9), total, tangga).with_changes(**changes)


@pytest.mark.parametrize("total", [2**31, 2**63, 10**20])
def test_a_huge_report_count_is_refused(total: int) -> None:
    assert _codes(validate_laporan(_laporan(total), Konteks(TODAY))) == [
        ("total_kk", "too_large", {"maximum": MAX_KK_LAPORAN}),
        ("aman", "too_large", {"maximum": MAX_KK_LAPORAN})]


def test_a_report_month_outside_the_range_is_refused_without_a_crash() -> None:
    ctx = Konteks(TODAY, deklarasi_odf=dt.date(2025, 1, 1))
    assert _codes(validate_laporan(_laporan(10, periode=Periode(1900, 1),
                                            petugas="Sanitarian\x07"), ctx)) == [
        ("periode", "date_out_of_range", {"nilai": "Januari 1900", "awal": "01/01/1945",
                                          "akhir": "31/12/2100"}),
        ("petugas", "control_char", {"karakter": "U+0007", "posisi": 11})]
    # Desember 9999 has no next month to end on: refused as future before any check needs one.
    assert _codes(validate_laporan(_laporan(10, periode=Periode(9999, 12)), ctx)) == [
        ("periode", "future_period", {})]


def test_report_texts_do_not_hide_the_other_errors() -> None:
    lap = _laporan(10, catatan="Catatan\x00", tangga={r: 0 for r in Rung})
    assert [p.code for p in errors_in(validate_laporan(lap, Konteks(TODAY)))] == [
        "ladder_sum_mismatch", "control_char"]


def test_odf_event_texts_and_dates_are_named_with_the_event() -> None:
    event = OdfEvent(JenisOdf.VERIFIKASI, dt.date(1, 1, 1), hasil=Hasil.LULUS, nomor_ba="BA/1",
                     tim=(AnggotaTim("عبد الله"), AnggotaTim("Budi\nS", "Puskesmas\u200b"),
                          AnggotaTim("ꦱꦸꦫꦗꦪ 😀")),
                     catatan="ok\n" + "x" * 32_767)
    problems = errors_in(validate_path([event], TODAY))
    assert [(p.field, p.code, p.param("row")) for p in problems] == [
        ("tanggal", "date_out_of_range", None), ("catatan", "too_long", None),
        ("tim.nama", "line_break", 2), ("tim.instansi", "control_char", 2)]
    assert describe_problem(problems[2]) == (
        "Verifikasi 01/01/0001, nama anggota tim baris 2: harus satu baris; hapus pindah baris "
        "(Enter) di dalamnya")


def _kegiatan(**changes: object) -> Kegiatan:
    day = dt.date(2025, 9, 16)
    return Kegiatan("orientasi_kks", "Orientasi KKS", day, day, KodeWilayah.parse("33.25"),
                    peserta=(Peserta("عبد الله", hadir=(1,)), Peserta("ꦱꦸꦫꦗꦪ 👨‍👩‍👧", hadir=(1,))),
                    rtl=(Rtl("Rapat Pokja", waktu=day, penanggung_jawab="Ketua"),),
                    ).with_changes(**changes)


def _session_problems(kegiatan: Kegiatan) -> list[tuple[str, str, object]]:
    found = validate_kegiatan(kegiatan, frozenset({"orientasi_kks"}), frozenset())
    return [(p.field, p.code, p.param("row")) for p in errors_in(found)]


def test_a_session_with_names_in_any_script_and_long_minutes_is_fine() -> None:
    assert _session_problems(_kegiatan(notulen="Notulen rapat.\n" * 2_000)) == []


def test_a_session_refuses_bad_texts_and_dates_by_field_and_row() -> None:
    kegiatan = _kegiatan(
        judul="Orientasi\nKKS", tempat="Aula\x00", mulai=dt.date(1899, 12, 31),
        selesai=dt.date(9999, 12, 31), materi=("STBM", "x" * 1_001),
        narasumber=(Narasumber("dr. Yulianto", "Dinkes\u202e"),),
        peserta=(Peserta("a" * 10_000, jabatan="Kader\x07", desa_nama="Silu\nrah"),),
        rtl=(Rtl("Rapat", waktu=dt.date(2101, 1, 1), sumber_dana="APBDes\ufeff"),),
        notulen="x" * 32_768)
    assert _session_problems(kegiatan) == [
        ("judul", "line_break", None), ("tempat", "control_char", None),
        ("notulen", "too_long", None), ("materi", "too_long", 2),
        ("mulai", "date_out_of_range", None), ("selesai", "date_out_of_range", None),
        ("narasumber.instansi", "control_char", 1), ("peserta.nama", "too_long", 1),
        ("peserta.jabatan", "control_char", 1), ("peserta.desa_nama", "line_break", 1),
        ("rtl.sumber_dana", "control_char", 1), ("rtl.waktu", "date_out_of_range", 1)]


def test_names_differing_only_in_vowel_signs_are_different_people() -> None:
    assert kunci_nama("ꦱꦸꦫꦗꦪ") != kunci_nama("ꦱꦶꦫꦗꦪ")
    assert kunci_nama("مُحَمَّد") != kunci_nama("مَحْمُود")
    assert kunci_nama("José") == kunci_nama("Jose\u0301")  # composed or not, one name
    people = [Peserta("ꦱꦸꦫꦗꦪ"), Peserta("ꦱꦶꦫꦗꦪ"), Peserta("عبد الله"), Peserta("عبد الله ")]
    assert peserta_ganda(people) == [(2, 3)]


VISIBLE = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))


@settings(max_examples=300, deadline=None)
@given(st.text(VISIBLE, max_size=80))
def test_any_visible_text_of_any_script_is_valid(text: str) -> None:
    assert masalah_teks(text, "peserta.nama", NAMA) == []
    assert masalah_teks(text, "notulen", CATATAN) == []


@settings(max_examples=300, deadline=None)
@given(st.text(VISIBLE, min_size=1, max_size=20), st.characters(categories=("Cc", "Cs")),
       st.text(VISIBLE, min_size=1, max_size=20))
def test_a_control_character_inside_any_text_is_refused(before: str, char: str,
                                                        after: str) -> None:
    if not before.strip() or not after.strip():
        return  # surrounding space: the control character may sit at the edge
    codes = {p.code for p in masalah_teks(before + char + after, "peserta.nama", NAMA)}
    assert codes & {"control_char", "line_break"}
    if char not in "\t\n\r":
        assert "control_char" in {p.code for p in masalah_teks(before + char + after, "notulen",
                                                               CATATAN)}


def test_no_printable_character_is_one_a_field_refuses():
    """`masalah_teks` lets printable text through without its pattern checks; that holds only
    while every refused character is unprintable to Python."""
    from kks_desktop.domain.fields import _BREAK, _FORBIDDEN_BLOCK, _FORBIDDEN_LINE
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable())
    for pattern in (_FORBIDDEN_LINE, _FORBIDDEN_BLOCK, _BREAK):
        assert pattern.search(printable) is None
