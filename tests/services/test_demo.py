"""Tests for build_demo: every desa of a region with repeatable figures, and workspace health."""

import random
import statistics
from collections.abc import Callable
from pathlib import Path

import pytest

from kks_desktop.domain.desa import Desa, validate_desa
from kks_desktop.domain.errors import NotADesaCode
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah, Level
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.domain.problems import errors_in
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import pokja_service, wilayah
from kks_desktop.services.demo import SEED, _demo_desa, build_demo
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.riwayat_pemicu import DICATAT
from kks_desktop.store.schema import SCHEMA_VERSION

K = KodeWilayah.parse
MakeDesa = Callable[..., Desa]
BATANG = Scope(ScopeLevel.KABUPATEN, K("33.25"), "Kabupaten Batang")


def _snapshot(ws: Workspace) -> list[tuple[object, ...]]:
    rows = []
    for d in ws.desa.desa_list():
        p = ws.pokja.pokja_for(d.kode)
        rows.append((
            str(d.kode), d.nama, d.jumlah_kk, d.jumlah_jiwa, d.jumlah_dusun, d.jumlah_rw,
            d.jumlah_rt, d.alamat_sekretariat, d.telepon, p.sk_nomor, p.sk_tanggal,
            p.sk_penandatangan, p.sekretariat_ada, p.tatanan,
            tuple((m.nama, m.jabatan, m.unsur, m.telepon) for m in p.anggota),
        ))
    return rows


@pytest.fixture(scope="module")
def batang(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace file holding the Batang demo, built once for the read-only tests."""
    path = tmp_path_factory.mktemp("batang") / "kks.db"
    with Workspace.open(path) as ws:
        result = build_demo(ws, K("33.25"))
        assert (result.scope, result.added, result.skipped) == (BATANG, 248, 0)
    return path


def test_kabupaten_demo_registers_every_desa_with_its_kecamatan(batang: Path) -> None:
    with Workspace.open(batang) as ws:
        listed = ws.desa.desa_list()
        assert ws.scope() == BATANG
    assert [(str(d.kode), d.nama) for d in listed] == [
        (str(r.kode), r.nama) for r in wilayah.desa_within(K("33.25"))
    ]
    assert len(listed) == 248
    assert all(d.is_demo for d in listed)
    kecamatan = {str(d.kode.at(Level.KECAMATAN)): d.wilayah.kecamatan for d in listed}
    assert len(kecamatan) == 15
    assert kecamatan["33.25.01"] == "Wonotunggal"
    assert kecamatan["33.25.11"] == "Batang"
    assert [str(d.kode) for d in listed if d.jenis is JenisDesa.KELURAHAN] == [
        f"33.25.11.{n}" for n in range(1013, 1022)
    ]
    assert {d.wilayah.kabupaten for d in listed} == {"Kabupaten Batang"}
    assert {d.wilayah.provinsi for d in listed} == {"Jawa Tengah"}


def test_demo_figures_and_pokja_are_plausible(batang: Path) -> None:
    with Workspace.open(batang) as ws:
        for desa in ws.desa.desa_list():
            assert errors_in(validate_desa(desa)) == [], desa.kode
            assert desa.catatan == "Data contoh (demo), bukan data resmi."
            pokja = ws.pokja.pokja_for(desa.kode)
            jabatan = [m.jabatan for m in pokja.anggota]
            assert jabatan[:4] == [Jabatan.KETUA, Jabatan.WAKIL_KETUA, Jabatan.SEKRETARIS,
                                   Jabatan.BENDAHARA], desa.kode
            assert jabatan.count(Jabatan.KETUA) == 1
            assert 7 <= len(jabatan) <= 11
            assert 2 <= len(pokja.tatanan) <= 4
            assert pokja.sk_nomor.startswith("141/")
            assert pokja.sk_tanggal is not None
            assert pokja.sk_nomor.endswith(f"/{pokja.sk_tanggal.year}")
            head = "Lurah" if desa.jenis is JenisDesa.KELURAHAN else "Kepala Desa"
            assert pokja.sk_penandatangan == f"{head} {desa.nama}"
            assert errors_in(pokja_service.check_pokja(pokja, pokja.sk_tanggal)) == []


def test_demo_health_counts(batang: Path) -> None:
    with Workspace.open(batang) as ws:
        health = ws.health()
        members = ws.desa.db.execute("SELECT count(*) FROM pokja_anggota").fetchone()[0]
        tatanan = sum(len(ws.pokja.pokja_for(d.kode).tatanan) for d in ws.desa.desa_list())
        reports = sum(len(ws.laporan.reports_for(d.kode)) for d in ws.desa.desa_list())
        events = ws.odf.events_within(None)
        team = sum(len(e.tim) for desa_events in events.values() for e in desa_events)
        sessions = [ws.kegiatan.get(r.uuid) for r in ws.kegiatan.ringkasan()]
        answers = ws.kesiapan.jawaban_di(2025, "")
    people = [p for k in sessions for p in k.peserta]
    assert health.ok
    assert (health.schema_version, health.supported_version) == (SCHEMA_VERSION, SCHEMA_VERSION)
    assert health.quick_check == ["ok"]
    assert health.foreign_key_problems == 0
    assert list(health.counts) == ["settings", "desa", "pokja", "pokja_anggota", "pokja_tatanan",
                                   "laporan_sanitasi", "odf_event", "odf_tim", "kegiatan",
                                   "kegiatan_materi", "kegiatan_narasumber", "kegiatan_peserta",
                                   "kegiatan_hadir", "kegiatan_rtl", "kesiapan_jawaban",
                                   "kesiapan_berkas", "ekspor_log", "impor_log", "sinkron_dasar",
                                   "aksi", "riwayat", "rumah_tangga"]
    data = {
        "settings": 4, "desa": 248, "pokja": 248, "pokja_anggota": members,
        "pokja_tatanan": tatanan, "laporan_sanitasi": reports,
        "odf_event": sum(len(v) for v in events.values()), "odf_tim": team,
        "kegiatan": len(sessions), "kegiatan_materi": sum(len(k.materi) for k in sessions),
        "kegiatan_narasumber": sum(len(k.narasumber) for k in sessions),
        "kegiatan_peserta": len(people), "kegiatan_hadir": sum(len(p.hadir) for p in people),
        "kegiatan_rtl": sum(len(k.rtl) for k in sessions),
        "kesiapan_jawaban": sum(len(v) for v in answers.values()), "kesiapan_berkas": 0,
        "ekspor_log": 0, "impor_log": 0, "sinkron_dasar": 0, "rumah_tangga": 0}
    # The whole demo is one action of the change history, every row of it recorded.
    assert health.counts == {**data, "aksi": 1,
                             "riwayat": sum(data[t] for t in DICATAT if t != "sinkron_dasar")}
    # Answers for desa, kecamatan and the kabupaten itself, some items left unanswered.
    assert {len(kode) for kode in answers} == {5, 8, 13}
    assert 0 < sum(len(v) for v in answers.values()) < 248 * 2 + 15 * 2 + 3
    assert reports >= 248 * 12
    assert members >= 248 * 7


def test_running_the_demo_twice_adds_nothing(batang: Path) -> None:
    with Workspace.open(batang) as ws:
        before = _snapshot(ws)
        result = build_demo(ws, K("33.25"))
        assert (result.added, result.skipped, result.scope) == (0, 248, BATANG)
        assert _snapshot(ws) == before


def test_demo_is_deterministic(tmp_path: Path, batang: Path) -> None:
    with Workspace.open(batang) as ws:
        first = _snapshot(ws)
    with Workspace.open(tmp_path / "kedua.db") as ws:
        build_demo(ws, K("33.25"))
        second = _snapshot(ws)
    assert second == first
    assert len({row[9] for row in first}) > 10


def test_kecamatan_demo_adds_fifteen_desa(ws: Workspace) -> None:
    result = build_demo(ws, K("33.25.01"))
    assert result.added == 15
    assert result.skipped == 0
    assert result.scope == Scope(ScopeLevel.KECAMATAN, K("33.25.01"), "Wonotunggal")
    assert ws.scope() == result.scope
    assert [d.nama for d in ws.desa.desa_list()][:3] == ["Silurah", "Sodong", "Gringgingsari"]
    assert ws.health().counts["pokja"] == 15


def test_demo_keeps_registered_desa_and_an_existing_scope(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    mine = make_desa(ws, "33.25.01.2001", jumlah_kk=42, jumlah_jiwa=120)
    ws.set_scope(BATANG)
    result = build_demo(ws, K("33.25.01"))
    assert (result.added, result.skipped, result.scope) == (14, 1, BATANG)
    assert ws.scope() == BATANG
    listed = ws.desa.desa_list()
    assert listed[0] == mine
    assert [d.is_demo for d in listed] == [False] + [True] * 14
    assert ws.pokja.pokja_for(mine.kode).uuid == ""


def test_demo_with_a_desa_code_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotADesaCode):
        build_demo(ws, K("33.25.01.2001"))
    assert ws.desa.count() == 0
    assert ws.scope() is None


def test_health_of_a_small_workspace(ws: Workspace, make_desa: MakeDesa) -> None:
    empty = ws.health()
    assert empty.ok
    assert empty.counts == dict.fromkeys(
        ("settings", "desa", "pokja", "pokja_anggota", "pokja_tatanan", "laporan_sanitasi", "odf_event",
         "odf_tim", "kegiatan", "kegiatan_materi", "kegiatan_narasumber", "kegiatan_peserta",
         "kegiatan_hadir", "kegiatan_rtl", "kesiapan_jawaban", "kesiapan_berkas", "ekspor_log",
         "impor_log", "sinkron_dasar", "aksi", "riwayat", "rumah_tangga"), 0
    )
    make_desa(ws, "33.25.01.2002")
    make_desa(ws, "33.25.01.2001")
    assert ws.health().counts["desa"] == 2
    assert ws.size_bytes() > 0


def test_the_demo_kabupaten_has_as_many_kk_as_a_real_one() -> None:
    """Batang's 248 desa: 250k-300k KK in all, most desa small and a few large."""
    counts = [_demo_desa(entry.kode, random.Random(f"{SEED}:{entry.kode}")).jumlah_kk or 0
              for entry in wilayah.desa_within(KodeWilayah.parse("33.25"))]
    assert len(counts) == 248
    assert 250_000 <= sum(counts) <= 300_000
    assert min(counts) >= 300 and max(counts) <= 2400
    assert statistics.median(counts) < statistics.mean(counts)  # skewed to the small end
