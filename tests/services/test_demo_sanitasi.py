"""Tests for the demo sanitation histories: valid reports and ODF paths, repeatable figures."""

import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import (
    JenisOdf,
    OdfEvent,
    StatusOdf,
    deklarasi_sah,
    in_order,
    posisi_odf,
    validate_path,
)
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import Konteks, LaporanSanitasi, validate_laporan
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.demo_sanitasi import LAST, demo_history
from kks_desktop.services.reference import aturan_sanitasi
from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
END = dt.date(2025, 10, 31)  # the demo's last month ends here
SEEDS = range(250)
History = tuple[int, list[LaporanSanitasi], list[OdfEvent]]


def _histories() -> list[History]:
    result = []
    for seed in SEEDS:
        rng = random.Random(seed)
        kk = rng.randint(350, 2400)
        reports, events = demo_history(kk, rng)
        result.append((kk, reports, events))
    return result


@pytest.fixture(scope="module")
def histories() -> list[History]:
    return _histories()


def _report_problems(kk: int, reports: list[LaporanSanitasi],
                     events: list[OdfEvent]) -> list[Problem]:
    found: list[Problem] = []
    declared = deklarasi_sah(events)
    previous = None
    for lap in reports:
        ctx = Konteks(END, kk_terdaftar=kk, sebelumnya=previous, deklarasi_odf=declared)
        found += validate_laporan(lap, ctx, aturan_sanitasi().pemeriksaan)
        previous = lap
    return found


def test_every_demo_report_and_path_passes_without_errors(histories: list[History]) -> None:
    for seed, (kk, reports, events) in zip(SEEDS, histories, strict=True):
        assert errors_in(_report_problems(kk, reports, events)) == [], seed
        assert errors_in(validate_path(events, END, reports)) == [], seed


def test_demo_histories_raise_no_warnings_either(histories: list[History]) -> None:
    for seed, (kk, reports, events) in zip(SEEDS, histories, strict=True):
        assert _report_problems(kk, reports, events) == [], seed
        assert validate_path(events, END, reports) == [], seed


def test_demo_history_shape(histories: list[History]) -> None:
    statuses: Counter[StatusOdf] = Counter()
    for kk, reports, events in histories:
        periods = [r.periode for r in reports]
        assert periods == sorted(set(periods))
        assert periods[-1] == LAST == Periode(2025, 10)
        assert 5 <= len(periods) <= 24
        assert periods[0] >= Periode(2023, 11)
        assert kk <= reports[-1].total_kk <= round(kk * 1.01) + 1
        assert all(r.pilar_lengkap and r.kk_tiga_pilar is not None for r in reports)
        assert events == in_order(events)
        assert all(e.tanggal <= END for e in events)
        if events:
            assert events[0].jenis is JenisOdf.PEMICUAN
            assert events[0].tanggal >= periods[0].first_day
        posisi = posisi_odf(events, reports[-1])
        statuses[posisi.status] += 1
        if posisi.status is StatusOdf.ODF:
            assert reports[-1].babs == 0
    assert set(statuses) == set(StatusOdf)
    assert 0.7 < statuses[StatusOdf.ODF] / len(histories) < 0.9


def test_the_same_seed_gives_the_same_history() -> None:
    first = demo_history(800, random.Random("2025:33.25.01.2001"))
    second = demo_history(800, random.Random("2025:33.25.01.2001"))
    assert first == second
    assert demo_history(800, random.Random("2025:33.25.01.2002")) != first


def _figures(ws: Workspace) -> tuple[object, ...]:
    summary = ringkasan(ws)
    total = summary.total
    reports = {str(d.kode): [r.with_changes(uuid="", updated_at="")
                             for r in ws.laporan.reports_for(d.kode)]
               for d in ws.desa.desa_list()}
    events = {k: [e.with_changes(uuid="", updated_at="") for e in v]
              for k, v in ws.odf.events_within(None).items()}
    standing = [(str(r.desa.kode), r.posisi, r.stbm) for r in summary.desa]
    return (total.desa, total.per_status, total.desa_stbm, total.total_kk, total.kk_akses,
            total.kk_babs, total.kk_pilar, standing, reports, events)


@pytest.fixture(scope="module")
def wonotunggal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wonotunggal") / "kks.db"
    with Workspace.open(path) as ws:
        assert build_demo(ws, K("33.25.01")).added == 15
    return path


def test_the_demo_is_repeatable(wonotunggal: Path, tmp_path: Path) -> None:
    with Workspace.open(wonotunggal) as ws:
        first = _figures(ws)
    with Workspace.open(tmp_path / "lagi.db") as ws:
        build_demo(ws, K("33.25.01"))
        second = _figures(ws)
    assert second == first
    assert first[0] == 15
    assert first[3] > 15 * 350


def test_stored_demo_passes_the_service_checks(wonotunggal: Path) -> None:
    with Workspace.open(wonotunggal) as ws:
        desa = ws.desa.desa_list()
        assert len(desa) == 15
        for d in desa:
            reports = sanitasi_service.reports_for(ws, d.kode)
            assert len(reports) >= 2
            for lap in reports:
                assert sanitasi_service.check_report(ws, d.kode, lap, END) == [], (d.kode, lap.periode)
            for event in odf_service.events_for(ws, d.kode):
                assert odf_service.check_event(ws, d.kode, event, END) == [], (d.kode, event)
