"""Tests for the demo sessions: a full two-day orientation, sessions that pass their own checks."""

from collections import Counter
from pathlib import Path

import pytest

from kks_desktop.domain.kegiatan import AsalNarasumber, Kegiatan, StatusRtl
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.problems import errors_in
from kks_desktop.services import kegiatan_service as svc
from kks_desktop.services.demo import build_demo
from kks_desktop.services.demo_kegiatan import ORIENTASI_MULAI
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse


@pytest.fixture(scope="module")
def batang(tmp_path_factory: pytest.TempPathFactory) -> list[Kegiatan]:
    """Every demo session of Kabupaten Batang (248 desa), whole."""
    path = tmp_path_factory.mktemp("demo-kegiatan") / "kks.db"
    with Workspace.open(path) as ws:
        build_demo(ws, K("33.25"))
        return [svc.ambil(ws, r.uuid) for r in svc.daftar(ws)]


def _orientasi(sessions: list[Kegiatan]) -> Kegiatan:
    [found] = [k for k in sessions if k.jenis == "orientasi_kks"]
    return found


def test_the_orientation_has_60_scored_participants_over_two_days(batang: list[Kegiatan]) -> None:
    k = _orientasi(batang)
    assert (k.wilayah, k.mulai, k.hari, k.batas_lulus) == (K("33.25"), ORIENTASI_MULAI, 2, 70.0)
    assert len(k.peserta) == 60
    assert Counter(p.kategori for p in k.peserta) == {
        "opd": 12, "tim_pembina": 6, "forum_kabupaten": 5, "forum_kecamatan": 10,
        "pokja_desa": 20, "puskesmas": 7}
    assert k.hadir_pada(1) >= 55 and k.hadir_pada(2) >= 50
    for p in k.peserta:
        assert (p.pre is not None) == (1 in p.hadir), p
        assert (p.post is not None) == (2 in p.hadir), p
        assert p.pre is None or p.post is None or p.post >= p.pre
    assert 50 <= sum(p.pre is not None and p.post is not None for p in k.peserta) < 60
    assert all(p.desa_kode and K(p.desa_kode).level is Level.DESA
               for p in k.peserta if p.kategori == "pokja_desa")


def test_the_orientation_has_speakers_topics_and_six_rtl_rows(batang: list[Kegiatan]) -> None:
    k = _orientasi(batang)
    assert len(k.materi) == 5 and k.notulen
    assert [s.asal for s in k.narasumber] == [AsalNarasumber.PROVINSI, AsalNarasumber.KABUPATEN,
                                              AsalNarasumber.KABUPATEN]
    assert len(k.rtl) == 6
    assert {r.status for r in k.rtl} == set(StatusRtl)
    assert all(r.waktu is not None and r.waktu > k.selesai and r.penanggung_jawab for r in k.rtl)


def test_sosialisasi_in_two_kecamatan_and_rapat_pokja_in_six_desa(batang: list[Kegiatan]) -> None:
    kinds = Counter(k.jenis for k in batang)
    assert kinds == {"orientasi_kks": 1, "sosialisasi_stbm": 2, "rapat_pokja": 24}
    sosialisasi = [k for k in batang if k.jenis == "sosialisasi_stbm"]
    assert all(k.wilayah.level is Level.KECAMATAN and k.peserta for k in sosialisasi)
    rapat = Counter(str(k.wilayah) for k in batang if k.jenis == "rapat_pokja")
    assert len(rapat) == 6 and set(rapat.values()) == {4}


def test_every_demo_session_passes_its_own_checks(batang: list[Kegiatan]) -> None:
    for k in batang:
        assert errors_in(svc.periksa(k)) == [], k.judul


def test_no_demo_session_warns_about_the_same_person_twice(batang: list[Kegiatan]) -> None:
    """What a new user opens first should not greet them with a duplicate to merge."""
    warned = [(k.judul, [p.params for p in svc.periksa(k)]) for k in batang if svc.periksa(k)]
    assert warned == []


def test_running_the_demo_again_adds_no_session_twice(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "kks.db") as ws:
        build_demo(ws, K("33.25.01"))
        first = [(r.uuid, r.judul) for r in svc.daftar(ws)]
        build_demo(ws, K("33.25.01"))
        assert [(r.uuid, r.judul) for r in svc.daftar(ws)] == first
        assert len(first) == 1 + 1 + 24


def test_a_kabupaten_demo_after_a_kecamatan_demo_holds_one_orientation(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "kks.db") as ws:
        build_demo(ws, K("33.25.01"))
        build_demo(ws, K("33.25"))
        orientations = [r for r in svc.daftar(ws) if r.jenis == "orientasi_kks"]
    assert len(orientations) == 1
