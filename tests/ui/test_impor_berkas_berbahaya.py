"""The Impor tab refusing hostile workbooks: an entity bomb and a password-protected file, said in red."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import msoffcrypto
import pytest

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages import size_text
from kks_desktop.services import buku_desa
from kks_desktop.ui.impor_panel import START, ImporPanel

BROKOH = KodeWilayah.parse("33.25.01.2007")
WAIT = 30_000
# Nine levels of ten: "&l9;" stands for 10^9 times "lol".
LAUGHS = '<!DOCTYPE x [<!ENTITY l0 "lol">' + "".join(
    f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)) + "]>"


@pytest.fixture
def panel(qtbot, kecamatan_session):
    panel = ImporPanel(kecamatan_session)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    return panel


@pytest.fixture
def exported(kecamatan_session, tmp_path) -> Path:
    target = tmp_path / buku_desa.nama_berkas_desa(BROKOH, "Brokoh")
    return buku_desa.ekspor_desa(kecamatan_session.workspace, [BROKOH], target).path


def _bomb(source: Path, target: Path) -> Path:
    """`source` with the billion laughs declared in its first sheet and used in its first text."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            data = old.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = (LAUGHS + data.decode().replace("<t>", "<t>&l9;", 1)).encode()
            new.writestr(entry, data)
    return target


def _locked(source: Path, target: Path) -> Path:
    with source.open("rb") as plain, target.open("wb") as out:
        msoffcrypto.OfficeFile(plain).encrypt("rahasia", out)
    return target


def _refused(qtbot, panel, path: Path, shot: str) -> str:
    assert panel.buka([path]) is True
    qtbot.waitUntil(lambda: not panel._busy, timeout=WAIT)
    assert panel.stack.currentIndex() == START and panel.rencana is None
    assert panel.pesan.isVisible() and "#f8d7da" in panel.pesan.styleSheet()  # the error tint
    folder = os.environ.get("KKS_SHOTS")
    if folder:  # for looking at the message: KKS_SHOTS=/tmp/shots pytest ...
        Path(folder).mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(Path(folder) / shot))
    return panel.pesan.label.text()


def test_an_entity_bomb_is_refused_in_red(qtbot, panel, exported, kecamatan_session):
    before = [d.kode for d in kecamatan_session.workspace.desa.desa_list()]
    bomb = _bomb(exported, exported.with_name("Laporan Brokoh (bom).xlsx"))
    with zipfile.ZipFile(bomb) as archive:
        size = 3 * 10**9 + sum(e.file_size for e in archive.infolist())
    assert _refused(qtbot, panel, bomb, "impor-bom-entitas.png") == (
        f"Berkas Laporan Brokoh (bom).xlsx tidak dibaca: isinya mengembang menjadi "
        f"{size_text(size)} saat dibuka (batas 600,0 MB); berkas ini tidak wajar. Data tidak "
        "diubah.")
    assert size_text(size) == "2,8 GB"
    assert [d.kode for d in kecamatan_session.workspace.desa.desa_list()] == before
    assert kecamatan_session.workspace.pertukaran.imports() == []


def test_a_password_protected_workbook_is_refused_in_red(qtbot, panel, exported):
    locked = _locked(exported, exported.with_name("Laporan Brokoh (sandi).xlsx"))
    assert _refused(qtbot, panel, locked, "impor-kata-sandi.png") == (
        "Berkas Laporan Brokoh (sandi).xlsx tidak dibaca: buku kerja dilindungi kata sandi. Buka "
        "di Excel, hapus kata sandinya, simpan, lalu impor lagi. Data tidak diubah.")
