"""Readiness checklists on real workspaces: shipped definitions load, figures agree with the
Sanitasi overview, a new cycle is a dropped file, and broken files are named precisely."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from kks_desktop import messages
from kks_desktop.domain.errors import ChecklistInvalid, ChecklistWrongLevel
from kks_desktop.domain.kesiapan import Tingkat
from kks_desktop.domain.kesiapan_fakta import Jawaban, NilaiJawaban, StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import JenisOdf, OdfEvent, StatusOdf
from kks_desktop.services import kesiapan_jawaban as kj
from kks_desktop.services import kesiapan_service as ks
from kks_desktop.services import odf_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.sanitasi_summary import ringkasan
from kks_desktop.services.workspace import Workspace

TODAY = dt.date(2026, 11, 22)
K = KodeWilayah.parse


@pytest.fixture(scope="module")
def batang(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kesiapan") / "kks.db"
    with Workspace.open(path) as ws:
        build_demo(ws, K("33.25"))
    return path


def test_every_shipped_definition_loads_with_its_level_and_cycle() -> None:
    found = {d.id: d for d in ks.muat_definisi()}
    assert set(found) >= {"pokja-desa-2025", "forum-kecamatan-2025", "kabupaten-2025"}
    assert [found[i].tingkat for i in ("pokja-desa-2025", "forum-kecamatan-2025",
                                       "kabupaten-2025")] == list(Tingkat)
    desa = found["pokja-desa-2025"]
    assert {b.id for b in desa.butir} >= {"sk_pokja", "sekretariat", "rencana_kerja", "rapat_rutin",
                                         "dana", "tatanan", "odf", "desa_stbm", "orientasi",
                                         "rtl", "data_desa"}
    assert all(b.kelompok in {g.id for g in d.kelompok} for d in found.values() for b in d.butir)


def _kabupaten(ws: Workspace, folder: Path | None = None, cycle: str = "kabupaten-2025"):
    result = ks.nilai(ws, ks.cari_definisi(cycle, folder), K("33.25"), TODAY)
    return next(h for h in result.butir if h.butir.id == "gerbang_odf")


def test_the_kabupaten_gate_agrees_with_the_sanitasi_overview_and_moves_with_a_desa(
        tmp_path: Path, batang: Path) -> None:
    copy = tmp_path / "kks.db"
    shutil.copy(batang, copy)
    with Workspace.open(copy) as ws:
        summary = ringkasan(ws)
        gate = _kabupaten(ws)
        params = dict(gate.temuan.params)
        assert (params["jumlah"], params["desa"]) == (summary.total.desa_odf, summary.total.desa)
        assert params["persen"] == pytest.approx(summary.total.persen_desa_odf)
        assert gate.temuan.bukti == tuple(t.nama for t in summary.tingkat_terbuka) == ("Padapa",)
        assert gate.status is StatusButir.SEBAGIAN
        assert (params["berikutnya"], params["kurang"]) == ("Wiwerda", 22)

        # One more desa declared ODF: the share and the count still needed both move.
        waiting = next(d for d in summary.desa if d.posisi.status is StatusOdf.TERVERIFIKASI)
        day = waiting.posisi.sejak + dt.timedelta(days=1)
        odf_service.save_event(ws, waiting.desa.kode, OdfEvent(JenisOdf.DEKLARASI, day,
                                                               nomor_ba="BA/1"), today=TODAY)
        moved = dict(_kabupaten(ws).temuan.params)
        assert (moved["jumlah"], moved["kurang"]) == (params["jumlah"] + 1, 21)
        assert moved["jumlah"] == ringkasan(ws).total.desa_odf


def test_a_new_cycle_is_a_file_dropped_into_the_folder(tmp_path: Path, batang: Path) -> None:
    folder = tmp_path / "checklists"
    shutil.copytree(ks.folder_bawaan(), folder)
    data = json.loads((folder / "kabupaten-2025.json").read_text(encoding="utf-8"))
    data.update(id="kabupaten-2021", siklus=2021, judul="Prasyarat KKS Kabupaten, siklus 2021")
    (folder / "kabupaten-2021.json").write_text(json.dumps(data), encoding="utf-8")
    assert "kabupaten-2021" in [d.id for d in ks.muat_definisi(folder)]
    with Workspace.open(batang) as ws:
        gate = _kabupaten(ws, folder, "kabupaten-2021")
    # 2021 gates are 60/80/100%: at 81.5% both Padapa and Wiwerda are open.
    assert gate.temuan.bukti == ("Padapa", "Wiwerda")
    assert dict(gate.temuan.params)["berikutnya"] == "Wistara"


def _broken(tmp_path: Path, change) -> str:
    data = json.loads((ks.folder_bawaan() / "pokja-desa-2025.json").read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / f"rusak{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / "rusak.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChecklistInvalid) as refused:
        ks.muat_definisi(folder)
    return messages.describe(refused.value)


def test_broken_definitions_are_refused_naming_the_file_and_item(tmp_path: Path) -> None:
    def rule(d):
        d["butir"][0]["auto"] = {"sk_ajaib": {}}

    def param(d):
        d["butir"][7]["auto"] = {"tatanan_dipilih": {"min": 0}}

    def unknown_param(d):
        d["butir"][7]["auto"] = {"tatanan_dipilih": {"maks": 2}}

    def twice(d):
        d["butir"][1]["id"] = "sk_pokja"

    def level(d):
        d["butir"][0]["auto"] = {"share_desa_odf": {"min": 0.9}}

    def both(d):
        d["butir"][2]["auto"] = {"pokja_sk": {}}

    assert _broken(tmp_path, rule).startswith(
        "Daftar periksa rusak.json, butir “sk_pokja”: aturan “sk_ajaib” tidak dikenal")
    assert "butir “tatanan”: parameter “min”: harus bilangan bulat 1 atau lebih" in _broken(
        tmp_path, param)
    assert "parameter “maks” tidak dikenal" in _broken(tmp_path, unknown_param)
    assert "id butir “sk_pokja” dipakai dua kali" in _broken(tmp_path, twice)
    assert "tidak untuk tingkat desa" in _broken(tmp_path, level)
    assert "butir “rencana_kerja”: isi salah satu" in _broken(tmp_path, both)


def test_a_desa_checklist_for_a_desa_with_answers_and_missing_items_first(
        tmp_path: Path, batang: Path) -> None:
    copy = tmp_path / "kks.db"
    shutil.copy(batang, copy)
    with Workspace.open(copy) as ws:
        definisi = ks.cari_definisi("pokja-desa-2025")
        with pytest.raises(ChecklistWrongLevel):
            ks.nilai(ws, definisi, K("33.25.01"), TODAY)
        kode = ws.desa.desa_list(K("33.25.01"))[0].kode
        for item in ("rencana_kerja", "dana"):
            kj.hapus(ws, definisi, kode, item)
        before = ks.nilai(ws, definisi, kode, TODAY)
        kj.simpan(ws, definisi, kode, "rencana_kerja", Jawaban(NilaiJawaban.ADA,
                                                                nomor="RK/2025/1"))
        kj.simpan(ws, definisi, kode, "dana", Jawaban(NilaiJawaban.SEBAGIAN,
                                                       catatan="APBDes 2025"))
        answered = ks.nilai(ws, definisi, kode, TODAY)
    by_id = {h.butir.id: h for h in before.butir}
    assert by_id["rencana_kerja"].status is StatusButir.TIDAK_DIKETAHUI
    assert by_id["sk_pokja"].status is StatusButir.TERPENUHI
    assert by_id["rapat_rutin"].status is StatusButir.TERPENUHI  # four demo meetings in 2025
    after = {h.butir.id: h for h in answered.butir}
    assert after["rencana_kerja"].status is StatusButir.TERPENUHI
    assert after["rencana_kerja"].temuan.bukti == ("RK/2025/1",)
    assert after["dana"].status is StatusButir.SEBAGIAN
    weights = {b.id: b.bobot for b in definisi.butir}
    total = sum(weights.values())
    expected = 100 * sum(weights[h.butir.id] * h.status.nilai for h in answered.butir) / total
    assert answered.skor == pytest.approx(expected) and answered.skor > before.skor
    missing = [h.butir.bobot for h in answered.kurang]
    assert missing == sorted(missing, reverse=True)
    assert all(h.status is not StatusButir.TERPENUHI for h in answered.kurang)


def test_kecamatan_checklist_counts_its_own_desa(batang: Path) -> None:
    with Workspace.open(batang) as ws:
        result = ks.nilai(ws, ks.cari_definisi("forum-kecamatan-2025"), K("33.25.01"), TODAY)
        desa = ws.desa.desa_list(K("33.25.01"))
    odf = next(h for h in result.butir if h.butir.id == "odf")
    assert dict(odf.temuan.params)["desa"] == len(desa) == 15


def test_forum_coverage_moves_when_a_kecamatan_answers_its_sk_camat(tmp_path: Path,
                                                                    batang: Path) -> None:
    copy = tmp_path / "kks.db"
    shutil.copy(batang, copy)
    forum = ks.cari_definisi("forum-kecamatan-2025")
    with Workspace.open(copy) as ws:
        def coverage() -> dict[str, object]:
            result = ks.nilai(ws, ks.cari_definisi("kabupaten-2025"), K("33.25"), TODAY)
            return dict(next(h for h in result.butir if h.butir.id == "forum_kecamatan")
                        .temuan.params)

        before = coverage()
        answers = ws.kesiapan.jawaban_di(2025, "33.25")
        ada = sorted(k for k, items in answers.items() if len(k) == 8
                     and items.get("sk_forum", None) and items["sk_forum"].nilai.value == "ada")
        assert (before["jumlah"], before["kecamatan"]) == (len(ada), 15)
        other = next(f"33.25.{n:02}" for n in range(1, 16) if f"33.25.{n:02}" not in ada)
        kj.simpan(ws, forum, K(other), "sk_forum", Jawaban(NilaiJawaban.ADA, "5/2025"))
        assert coverage()["jumlah"] == len(ada) + 1
        kj.hapus(ws, forum, K(ada[0]), "sk_forum")
        assert coverage()["jumlah"] == len(ada)


def test_the_matrix_judges_every_desa_as_the_single_desa_checklist_does(batang: Path) -> None:
    definisi = ks.cari_definisi("pokja-desa-2025")
    with Workspace.open(batang) as ws:
        rows = ks.matriks(ws, definisi, K("33.25.01"), TODAY)
        single = {str(d.kode): ks.nilai(ws, definisi, d.kode, TODAY)
                  for d in ws.desa.desa_list(K("33.25.01"))}
        with pytest.raises(ChecklistWrongLevel):
            ks.matriks(ws, ks.cari_definisi("kabupaten-2025"), K("33.25"), TODAY)
        whole = ks.matriks(ws, definisi, None, TODAY)
    assert [r.kode for r in rows] == sorted(single) and len(whole) == 248
    for row in rows:
        assert row.hasil == single[row.kode]
        assert row.kecamatan == "Wonotunggal"
    assert {r.kode: r.hasil for r in whole if r.kode.startswith("33.25.01.")} == single
