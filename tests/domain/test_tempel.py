"""Tests for reading rows pasted from a spreadsheet: headers or positions, Excel quoting, bad cells."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kks_desktop.domain.kegiatan import JenisKelamin, Peserta
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.tempel import (
    KOLOM_PESERTA,
    baca_tempelan,
    parse_nilai,
    peserta_dari_tempelan,
)
from kks_desktop.services.reference import acuan_kegiatan

ACUAN = acuan_kegiatan()


def _read(text: str, hari: int = 2, **kwargs: object) -> list[tuple[int, Peserta, tuple[Problem, ...]]]:
    rows = peserta_dari_tempelan(baca_tempelan(text, **kwargs),  # type: ignore[arg-type]
                                 ACUAN.kategori_dari_teks, hari)
    return [(r.baris, r.peserta, r.problems) for r in rows]


def test_a_numbered_list_with_common_headers_is_read_by_header() -> None:
    text = ("No\tNama\tL/P\tJabatan\tInstansi\tKategori\tNo. HP\tPre Test\tPost Test\r\n"
            "1\tdr. Budi Santoso\tL\tKabid\tDinkes\tdinkes\t0812-3456-789\t55\t80,5\r\n"
            "2\tSiti Aminah\tperempuan\tKetua\tPokja Silurah\tPokja Desa Sehat\t\t60.5\t-\r\n")
    t = baca_tempelan(text)
    assert t.dengan_judul
    assert t.kolom == (None, "nama", "jenis_kelamin", "jabatan", "instansi", "kategori", "telepon",
                       "pre", "post")
    assert _read(text) == [
        (2, Peserta("dr. Budi Santoso", JenisKelamin.L, "Kabid", "Dinkes", "opd",
                    telepon="0812-3456-789", hadir=(1, 2), pre=55.0, post=80.5), ()),
        (3, Peserta("Siti Aminah", JenisKelamin.P, "Ketua", "Pokja Silurah", "pokja_desa",
                    hadir=(1, 2), pre=60.5, post=None), ()),
    ]


def test_header_columns_may_come_in_any_order_and_unknown_ones_are_ignored() -> None:
    text = "Tanda tangan\tPOST-TEST\tnama peserta\tJK\tDesa/Kel\tKeterangan\n\t90\tAni\tP\tSilurah\tx\n"
    t = baca_tempelan(text)
    assert t.kolom == (None, "post", "nama", "jenis_kelamin", "desa", None)
    [(_, person, problems)] = _read(text, hari=1)
    assert (person.nama, person.post, person.jenis_kelamin, person.desa_nama, person.hadir) == (
        "Ani", 90.0, JenisKelamin.P, "Silurah", (1,))
    assert problems == ()


def test_a_field_named_twice_is_filled_from_the_first_column() -> None:
    t = baca_tempelan("Nama\tInstansi\tUnsur\nAni\tDinkes\tOPD\n")
    assert t.kolom == ("nama", "instansi", None)


def test_a_single_named_column_is_a_header_but_a_single_name_is_data() -> None:
    assert baca_tempelan("Nama\nBudi\n").dengan_judul
    plain = baca_tempelan("Budi\nSiti\n")
    assert (plain.dengan_judul, plain.kolom, plain.baris) == (False, ("nama",), (("Budi",), ("Siti",)))


@pytest.mark.parametrize(("mulai", "kolom"), [
    (0, ("nama", "jenis_kelamin", "jabatan")),
    (2, ("jabatan", "instansi", "kategori")),
    (7, ("pre", "post", None)),
])
def test_without_a_header_columns_fill_the_grid_from_the_chosen_column(
        mulai: int, kolom: tuple[str | None, ...]) -> None:
    t = baca_tempelan("a\tb\tc\nd\te\n", mulai=mulai)
    assert (t.dengan_judul, t.kolom) == (False, kolom)
    assert t.baris == (("a", "b", "c"), ("d", "e", ""))  # short rows padded


def test_quoted_cells_with_line_breaks_stay_one_cell_as_excel_copies_them() -> None:
    text = ('Nama\tInstansi\tJabatan\r\n'
            'Budi\t"Dinas Kesehatan\nKab. Batang"\tKabid\r\n'
            '"Siti ""Ani"" Aminah"\tPuskesmas\t"Ketua\n"\r\n')
    rows = _read(text)
    assert [(n, p.nama, p.instansi.split(), p.jabatan) for n, p, _ in rows] == [
        (2, "Budi", ["Dinas", "Kesehatan", "Kab.", "Batang"], "Kabid"),
        (3, 'Siti "Ani" Aminah', ["Puskesmas"], "Ketua"),
    ]


def test_empty_lines_are_skipped_and_empty_text_gives_nothing() -> None:
    assert baca_tempelan("\r\n\r\n").baris == ()
    assert _read("Nama\tJK\n\nAni\tP\n\t\nBudi\tL\n") == [
        (2, Peserta("Ani", JenisKelamin.P, hadir=(1, 2)), ()),
        (3, Peserta("Budi", JenisKelamin.L, hadir=(1, 2)), ())]


def test_bad_cells_are_reported_with_the_row_of_the_pasted_block() -> None:
    text = "Nama\tL/P\tKategori\tPre\tPost\n\tX\twarga\tdelapan\t101\nAni\tP\tarisan\t70\t\n"
    rows = _read(text)
    assert [(n, problems) for n, _, problems in rows] == [
        (2, (Problem.error("peserta.nama", "required", row=2),
             Problem.warning("peserta.jenis_kelamin", "unknown_gender", row=2, value="X"),
             Problem.error("peserta.pre", "not_a_score", row=2, text="delapan"),
             Problem.error("peserta.post", "score_range", row=2))),
        (3, (Problem.warning("peserta.kategori", "unknown_kategori", row=3, value="arisan"),)),
    ]
    first, second = rows[0][1], rows[1][1]
    assert (first.jenis_kelamin, first.kategori, first.pre, first.post) == (None, "masyarakat",
                                                                           None, None)
    assert (second.kategori, second.pre) == ("", 70.0)


@pytest.mark.parametrize(("text", "value", "code"), [
    ("85", 85.0, None), (" 72,5 ", 72.5, None), ("72.5", 72.5, None), ("0", 0.0, None),
    ("100", 100.0, None), ("", None, None), ("-", None, None), ("100,1", None, "score_range"),
    ("-5", None, "score_range"), ("B+", None, "not_a_score"), ("1.234,5", None, "not_a_score"),
])
def test_scores_as_typed(text: str, value: float | None, code: str | None) -> None:
    found_value, problems = parse_nilai(text, "peserta.pre", 4)
    assert found_value == value
    assert [p.code for p in problems] == ([code] if code else [])
    assert all(p.param("row") == 4 for p in problems)


# --- round trip: a generated table, copied the way Excel copies it, reads back the same --------

_HEADERS = {"nama": ["Nama", "NAMA LENGKAP", "Nama Peserta"], "jenis_kelamin": ["L/P", "JK"],
            "jabatan": ["Jabatan"], "instansi": ["Instansi", "Instansi/Unsur", "Lembaga"],
            "kategori": ["Kategori", "Kelompok"], "desa": ["Desa", "Desa/Kelurahan"],
            "telepon": ["No. HP", "Telp", "No WA"], "pre": ["Pre Test", "Pretest", "Nilai Pre"],
            "post": ["Post Test", "Posttest", "Nilai Post"]}
_KATEGORI = [(k.id, text) for k in ACUAN.kategori for text in (k.label, *k.alias[:1])]
_WORDS = st.text(alphabet=st.sampled_from('abcdeghkmnrstu ABDKMS.,"\'-\n'), min_size=1,
                 max_size=18).map(str.strip).filter(lambda s: s and s != "-")


def _excel_cell(text: str) -> str:
    """A cell as Excel puts it on the clipboard: quoted when it holds a quote, tab or line break."""
    if any(c in text for c in '"\t\n') :
        return '"' + text.replace('"', '""') + '"'
    return text


@st.composite
def _person(draw: st.DrawFn) -> dict[str, object]:
    kategori = draw(st.sampled_from(_KATEGORI))
    score = st.one_of(st.none(), st.integers(0, 200).map(lambda n: n / 2))
    return {"nama": draw(_WORDS), "jenis_kelamin": draw(st.sampled_from(list(JenisKelamin))),
            "jabatan": draw(_WORDS), "instansi": draw(_WORDS), "kategori": kategori,
            "desa": draw(_WORDS), "telepon": draw(st.sampled_from(["", "0812-3456-7890"])),
            "pre": draw(score), "post": draw(score)}


def _cell_text(field: str, value: object, comma: bool) -> str:
    if field == "jenis_kelamin":
        return value.value  # type: ignore[attr-defined,no-any-return]
    if field == "kategori":
        return value[1]  # type: ignore[index,no-any-return]
    if field in ("pre", "post"):
        if value is None:
            return ""
        text = f"{value:g}"
        return text.replace(".", ",") if comma else text
    return str(value)


@settings(max_examples=60, deadline=None)
@given(st.lists(_person(), min_size=1, max_size=12), st.permutations(KOLOM_PESERTA),
       st.integers(0, 2), st.booleans(), st.integers(1, 3))
def test_a_generated_table_reads_back_the_same(people: list[dict[str, object]],
                                               order: list[str], variant: int, comma: bool,
                                               hari: int) -> None:
    head = [_HEADERS[f][variant % len(_HEADERS[f])] for f in order]
    lines = ["\t".join(["No", *head])]
    for n, person in enumerate(people, start=1):
        cells = [_excel_cell(_cell_text(f, person[f], comma)) for f in order]
        lines.append("\t".join([str(n), *cells]))
    rows = peserta_dari_tempelan(baca_tempelan("\r\n".join(lines) + "\r\n"),
                                 ACUAN.kategori_dari_teks, hari)
    assert [r.baris for r in rows] == list(range(2, len(people) + 2))
    for row, person in zip(rows, people, strict=True):
        got = row.peserta
        assert row.problems == ()
        assert (got.nama, got.jabatan, got.instansi, got.desa_nama, got.telepon) == tuple(
            " ".join(str(person[f]).split())  # line breaks and double spaces become one space
            for f in ("nama", "jabatan", "instansi", "desa", "telepon"))
        assert got.jenis_kelamin is person["jenis_kelamin"]
        assert got.kategori == person["kategori"][0]  # type: ignore[index]
        assert (got.pre, got.post) == (person["pre"], person["post"])
        assert got.hadir == tuple(range(1, hari + 1))
