"""Killing the program mid-write or mid-export loses nothing it reported saved (a short run of
the harness in crash_harness.py; bench/bench_crash.py is the long one with figures).

Kill moments are random: set KKS_CRASH_SEED to replay the seed a failure names.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from crash_harness import Angka, Bahan, Pemula, bunuh_ekspor, bunuh_tulis, siapkan

WRITE_KILLS, EXPORT_KILLS = 8, 4
SEED = int(os.environ.get("KKS_CRASH_SEED") or random.SystemRandom().randrange(10**6))


@pytest.fixture(scope="module")
def bengkel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pemula, Bahan, Path]]:
    """The worker starter (importing the program while the demo is built) and the run's data."""
    folder = tmp_path_factory.mktemp("bunuh")
    pemula = Pemula(folder)
    try:
        bahan = siapkan(folder)
        pemula.siap()
        yield pemula, bahan, folder
    finally:
        pemula.tutup()


def _run(bengkel: tuple[Pemula, Bahan, Path], bunuh: Callable[..., None], kills: int) -> Angka:
    pemula, bahan, folder = bengkel
    angka = Angka(SEED)
    bunuh(pemula, bahan, folder / bunuh.__name__, angka, kills)
    assert angka.masalah == [], "\n".join([*angka.masalah, f"replay: KKS_CRASH_SEED={SEED}"])
    assert sum(angka.bunuh.values()) == kills
    return angka


def test_every_reported_write_survives_a_kill_and_no_import_is_half_done(
        bengkel: tuple[Pemula, Bahan, Path]) -> None:
    angka = _run(bengkel, bunuh_tulis, WRITE_KILLS)
    assert 0 < angka.dilaporkan == angka.ditemukan
    assert angka.impor.total() == WRITE_KILLS
    assert set(angka.impor) <= {"lengkap", "tidak ada"}


def test_a_killed_export_leaves_the_whole_workbook_or_none_under_its_name(
        bengkel: tuple[Pemula, Bahan, Path]) -> None:
    angka = _run(bengkel, bunuh_ekspor, EXPORT_KILLS)
    assert angka.ekspor.total() == EXPORT_KILLS
    assert set(angka.ekspor) <= {"lengkap", "tidak ada"}
