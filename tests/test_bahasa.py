"""The language switch below the GUI: the lookup, and the texts that stay Indonesian."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from kks_desktop import bahasa
from kks_desktop.bahasa import QT_TRANSLATE_NOOP, indonesia, tetap_indonesia, translate


@pytest.fixture
def inggris() -> Iterator[None]:
    """A stand-in lookup that marks every text it is asked for."""
    bahasa.pasang(lambda context, text: f"EN[{context}]:{text}")
    yield
    bahasa.pasang(None)


def test_without_a_lookup_texts_stay_as_written():
    assert translate("x", "Simpan") == "Simpan"
    assert QT_TRANSLATE_NOOP("x", "Simpan") == "Simpan"


def test_the_lookup_answers_with_the_context(inggris):
    assert translate("desa_page", "Simpan") == "EN[desa_page]:Simpan"
    assert QT_TRANSLATE_NOOP("desa_page", "Simpan") == "Simpan"


def test_inside_indonesia_texts_stay_indonesian_on_that_thread_only(inggris):
    seen: list[str] = []
    other = threading.Thread(target=lambda: seen.append(translate("a", "Batal")))
    with indonesia():
        with indonesia():
            assert translate("a", "Batal") == "Batal"
        assert translate("a", "Batal") == "Batal"
        other.start()
        other.join()
    assert seen == ["EN[a]:Batal"]
    assert translate("a", "Batal") == "EN[a]:Batal"


def test_a_function_marked_tetap_indonesia_makes_indonesian_texts(inggris):
    @tetap_indonesia
    def tulis() -> str:
        return translate("a", "Laporan")

    assert tulis() == "Laporan"
    assert translate("a", "Laporan") == "EN[a]:Laporan"


def test_month_and_day_names_follow_the_lookup_and_typed_dates_stay_indonesian(inggris):
    import datetime as dt

    from kks_desktop.domain.periode import Periode
    from kks_desktop.domain.tanggal import hari_tanggal, tanggal_dari_teks

    assert Periode(2025, 10).label == "EN[tanggal]:Oktober 2025"
    assert hari_tanggal(dt.date(2025, 9, 16)) == "EN[tanggal]:Selasa, 16 EN[tanggal]:September 2025"
    with indonesia():
        assert Periode(2025, 10).label == "Oktober 2025"
    assert tanggal_dari_teks("16 Oktober 2025") == dt.date(2025, 10, 16)
