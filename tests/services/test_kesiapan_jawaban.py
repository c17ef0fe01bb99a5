"""Manual checklist answers in a real workspace file: evidence and files kept, limits refused
with nothing written, answers kept per cycle, undo puts back exactly what was there."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kks_desktop import messages
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import ChecklistItemNotManual, EvidenceTooLarge
from kks_desktop.domain.kesiapan_fakta import BERKAS_MAKS, Berkas, Jawaban, NilaiJawaban, StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kesiapan_jawaban as kj
from kks_desktop.services import kesiapan_service as ks
from kks_desktop.services.workspace import Workspace

MakeDesa = Callable[..., Desa]

DESA = KodeWilayah.parse("33.25.01.2001")
ANSWER = Jawaban(NilaiJawaban.ADA, " 12/RK/2025 ", dt.date(2025, 3, 12), "Rencana kerja 2025",
                 "Bu Siti")
PDF = Berkas("rencana kerja.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40)


def _status(ws: Workspace, item: str, definisi_id: str = "pokja-desa-2025",
            folder: Path | None = None) -> StatusButir:
    result = ks.nilai(ws, ks.cari_definisi(definisi_id, folder), DESA)
    return next(h.status for h in result.butir if h.butir.id == item)


def test_an_answer_keeps_who_when_evidence_and_its_file_in_the_workspace_file(
        ws: Workspace, make_desa: MakeDesa, workspace_path: Path) -> None:
    make_desa(ws, DESA)
    definisi = ks.cari_definisi("pokja-desa-2025")
    assert _status(ws, "rencana_kerja") is StatusButir.TIDAK_DIKETAHUI
    stored = kj.simpan(ws, definisi, DESA, "rencana_kerja", ANSWER, PDF)
    assert (stored.nomor, stored.oleh, stored.berkas_nama, stored.berkas_ukuran) == (
        "12/RK/2025", "Bu Siti", PDF.nama, len(PDF.isi))
    assert dt.datetime.strptime(stored.pada, "%Y-%m-%dT%H:%M:%S.%fZ")
    ws.close()
    with Workspace.open(workspace_path) as again:
        assert kj.berkas(again, definisi, DESA, "rencana_kerja") == PDF
        assert kj.penjawab(again) == "Bu Siti"
        found = next(h for h in ks.nilai(again, definisi, DESA).butir
                     if h.butir.id == "rencana_kerja")
        assert found.status is StatusButir.TERPENUHI
        assert found.temuan.bukti == ("12/RK/2025", "12/03/2025", "Rencana kerja 2025", PDF.nama)
        assert found.jawaban == stored


def test_changing_an_answer_keeps_or_replaces_or_drops_its_file(
        ws: Workspace, make_desa: MakeDesa) -> None:
    make_desa(ws, DESA)
    definisi = ks.cari_definisi("pokja-desa-2025")
    kj.simpan(ws, definisi, DESA, "dana", ANSWER, PDF)
    partly = Jawaban(NilaiJawaban.SEBAGIAN, catatan="APBDes perubahan belum disahkan")
    assert kj.simpan(ws, definisi, DESA, "dana", partly, keep_berkas=True).berkas_nama == PDF.nama
    assert kj.berkas(ws, definisi, DESA, "dana") == PDF
    assert _status(ws, "dana") is StatusButir.SEBAGIAN
    photo = Berkas("foto.jpg", b"\xff\xd8" + b"x" * 100)
    kj.simpan(ws, definisi, DESA, "dana", partly, photo)
    assert kj.berkas(ws, definisi, DESA, "dana") == photo
    assert kj.simpan(ws, definisi, DESA, "dana", partly).berkas_nama == ""
    assert kj.berkas(ws, definisi, DESA, "dana") is None
    assert ws.health().counts["kesiapan_berkas"] == 0


def test_oversized_files_and_items_judged_from_data_are_refused_with_nothing_written(
        ws: Workspace, make_desa: MakeDesa, tmp_path: Path) -> None:
    make_desa(ws, DESA)
    definisi = ks.cari_definisi("pokja-desa-2025")
    kj.simpan(ws, definisi, DESA, "dana", ANSWER, PDF)
    big = tmp_path / "pindaian SK.pdf"
    big.write_bytes(b"x" * (BERKAS_MAKS + 1))
    with pytest.raises(EvidenceTooLarge) as refused:
        kj.baca_berkas(big)
    assert messages.describe(refused.value).startswith(
        "Berkas bukti pindaian SK.pdf berukuran 5,0 MB, melebihi batas 5,0 MB.")
    exact = tmp_path / "pas.pdf"
    exact.write_bytes(b"y" * BERKAS_MAKS)
    assert len(kj.baca_berkas(exact).isi) == BERKAS_MAKS
    before = ws.kesiapan.jawaban(2025, str(DESA))
    with pytest.raises(EvidenceTooLarge):
        kj.simpan(ws, definisi, DESA, "dana", Jawaban(NilaiJawaban.TIDAK_ADA),
                  Berkas("besar.pdf", b"x" * (BERKAS_MAKS + 1)))
    for item, exists in (("sk_pokja", True), ("tidak_ada", False)):
        with pytest.raises(ChecklistItemNotManual) as wrong:
            kj.simpan(ws, definisi, DESA, item, ANSWER)
        assert ("otomatis" in messages.describe(wrong.value)) is exists
    assert ws.kesiapan.jawaban(2025, str(DESA)) == before
    assert kj.berkas(ws, definisi, DESA, "dana") == PDF


def test_answers_belong_to_their_cycle(ws: Workspace, make_desa: MakeDesa, tmp_path: Path) -> None:
    make_desa(ws, DESA)
    kj.simpan(ws, ks.cari_definisi("pokja-desa-2025"), DESA, "rencana_kerja", ANSWER)
    folder = tmp_path / "checklists"
    folder.mkdir()
    data = json.loads((ks.folder_bawaan() / "pokja-desa-2025.json").read_text(encoding="utf-8"))
    data.update(id="pokja-desa-2027", siklus=2027)
    (folder / "pokja-desa-2027.json").write_text(json.dumps(data), encoding="utf-8")
    assert _status(ws, "rencana_kerja", "pokja-desa-2027", folder) is StatusButir.TIDAK_DIKETAHUI
    assert _status(ws, "rencana_kerja") is StatusButir.TERPENUHI


def test_undo_puts_back_the_answer_its_file_and_its_time(ws: Workspace,
                                                         make_desa: MakeDesa) -> None:
    make_desa(ws, DESA)
    definisi = ks.cari_definisi("pokja-desa-2025")
    assert kj.simpanan(ws, definisi, DESA, "dana") is None
    kj.simpan(ws, definisi, DESA, "dana", ANSWER, PDF)
    first = kj.simpanan(ws, definisi, DESA, "dana")
    assert first is not None and first.berkas == PDF
    kj.simpan(ws, definisi, DESA, "dana", Jawaban(NilaiJawaban.TIDAK_ADA, oleh="Pak Budi"))
    kj.pulihkan(ws, definisi, DESA, "dana", first)
    assert kj.simpanan(ws, definisi, DESA, "dana") == first
    kj.pulihkan(ws, definisi, DESA, "dana", None)
    assert kj.simpanan(ws, definisi, DESA, "dana") is None
    assert ws.health().counts["kesiapan_berkas"] == 0
