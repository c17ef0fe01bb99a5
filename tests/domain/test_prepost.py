"""Tests for the pre/post figures: paired means and pass counts over people with both scores only."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kks_desktop.domain.kegiatan import Peserta
from kks_desktop.domain.prepost import hasil_prepost, ringkas

_SCORE = st.one_of(st.none(), st.integers(0, 100).map(float),
                   st.floats(0, 100, allow_nan=False, allow_infinity=False))
_KATEGORI = st.sampled_from(["opd", "pokja_desa", "puskesmas", ""])


def _naive(rows: list[tuple[float | None, float | None]], mark: float) -> dict[str, object]:
    """The figures the slow way, one loop each, as a person with a calculator would."""
    pre_sum = post_sum = gain_sum = 0.0
    n = pass_pre = pass_post = 0
    for pre, post in rows:
        if pre is None or post is None:
            continue
        n += 1
        pre_sum += pre
        post_sum += post
        gain_sum += post - pre
        pass_pre += pre >= mark
        pass_post += post >= mark
    return {"pasangan": n, "rata_pre": pre_sum / n if n else None,
            "rata_post": post_sum / n if n else None,
            "rata_kenaikan": gain_sum / n if n else None,
            "lulus_pre": pass_pre, "lulus_post": pass_post,
            "persen_lulus_pre": 100 * pass_pre / n if n else None,
            "persen_lulus_post": 100 * pass_post / n if n else None}


def _close(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None
                                       and a == pytest.approx(b, abs=1e-9))


@given(st.lists(st.tuples(_SCORE, _SCORE, _KATEGORI), max_size=70),
       st.sampled_from([0.0, 60.0, 70.0, 72.5, 100.0]))
def test_figures_equal_a_naive_computation_for_the_session_and_each_kategori(
        rows: list[tuple[float | None, float | None, str]], mark: float) -> None:
    people = [Peserta(f"P{i}", kategori=k, pre=a, post=b) for i, (a, b, k) in enumerate(rows)]
    hasil = hasil_prepost(people, mark)
    groups = {"*": [(a, b) for a, b, _ in rows]}
    for a, b, k in rows:
        groups.setdefault(k, []).append((a, b))
    assert [k for k, _ in hasil.per_kategori] == list(dict.fromkeys(k for _, _, k in rows))
    for key, figures in [("*", hasil.total), *hasil.per_kategori]:
        expected = _naive(groups[key], mark)
        for name, value in expected.items():
            shown = getattr(figures, name)
            assert _close(shown, value) if isinstance(value, float) or value is None else (
                shown == value), (key, name)
        counted = figures.pasangan + figures.hanya_pre + figures.hanya_post + figures.tanpa_nilai
        assert counted == figures.peserta == len(groups[key])
    assert [p.nama for p in hasil.tidak_lengkap] == [
        f"P{i}" for i, (a, b, _) in enumerate(rows) if (a is None) != (b is None)]


def test_people_with_one_score_are_listed_and_left_out_of_the_paired_figures() -> None:
    people = [Peserta("A", pre=40.0, post=80.0), Peserta("B", pre=60.0, post=70.0),
              Peserta("C", pre=100.0), Peserta("D", post=0.0), Peserta("E")]
    hasil = hasil_prepost(people, 70.0)
    t = hasil.total
    assert (t.peserta, t.pasangan, t.hanya_pre, t.hanya_post, t.tanpa_nilai) == (5, 2, 1, 1, 1)
    assert (t.rata_pre, t.rata_post, t.rata_kenaikan) == (50.0, 75.0, 25.0)
    assert (t.lulus_pre, t.lulus_post) == (0, 2)  # C's 100 and D's 0 do not count
    assert (t.persen_lulus_pre, t.persen_lulus_post) == (0.0, 100.0)
    assert (t.rata_pre_semua, t.rata_post_semua) == (pytest.approx(200 / 3), 50.0)
    assert [p.nama for p in hasil.tidak_lengkap] == ["C", "D"]


def test_the_pass_mark_itself_passes() -> None:
    t = ringkas([Peserta("A", pre=69.99, post=70.0)], 70.0)
    assert (t.lulus_pre, t.lulus_post) == (0, 1)


def test_no_pairs_gives_no_means_and_no_percentages() -> None:
    t = ringkas([Peserta("A", pre=50.0), Peserta("B")], 70.0)
    assert (t.pasangan, t.rata_pre, t.rata_post, t.rata_kenaikan) == (0, None, None, None)
    assert (t.persen_lulus_pre, t.persen_lulus_post) == (None, None)
    assert t.rata_pre_semua == 50.0 and t.rata_post_semua is None
    empty = hasil_prepost([], 70.0)
    assert (empty.total.peserta, empty.per_kategori, empty.tidak_lengkap) == (0, (), ())


def test_kategori_come_in_the_order_they_first_appear() -> None:
    people = [Peserta("A", kategori="puskesmas", pre=50.0, post=60.0),
              Peserta("B", kategori="", pre=70.0, post=90.0),
              Peserta("C", kategori="opd", pre=80.0, post=80.0),
              Peserta("D", kategori="puskesmas", pre=70.0, post=80.0)]
    hasil = hasil_prepost(people, 70.0)
    assert [(k, r.pasangan, r.rata_post) for k, r in hasil.per_kategori] == [
        ("puskesmas", 2, 70.0), ("", 1, 90.0), ("opd", 1, 80.0)]
