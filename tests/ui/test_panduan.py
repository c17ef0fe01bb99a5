"""The user guide: its pictures are exactly the screenshot scenes, every scene renders, the guide opens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.services import cadangan, riwayat_service
from kks_desktop.services.demo import build_demo
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.panduan_dialog import PICTURE_WIDTH, PanduanDialog, folder_panduan
from kks_desktop.ui.screenshot import simpan
from kks_desktop.ui.screenshot_adegan import ADEGAN, PANDUAN
from kks_desktop.ui.screenshot_bantu import Panggung, desa_pertama
from kks_desktop.ui.session import UiSession

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "panduan"
PICTURE = re.compile(r"!\[[^\]]+\]\(img/([^)\s]+)\)")
PAGE_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")
PAGES = ("README.md", "mulai.md", "desa.md", "sanitasi.md", "data-kk.md", "orientasi.md",
         "kesiapan.md", "kirim.md", "cadangan.md")
MAX_BYTES = 3 * 1024 * 1024
DEMO = "33.25.13"  # Kec. Kandeman, Kab. Batang


@pytest.fixture(scope="module")
def kandeman(tmp_path_factory, qapp):
    """The demo of Kec. Kandeman (13 desa) with one backup, as `make panduan` makes it; the
    scenes only read it."""
    ws = Workspace.open(tmp_path_factory.mktemp("panduan") / "kks.db")
    build_demo(ws, KodeWilayah.parse(DEMO), households=True)
    cadangan.buat(ws)
    yield ws
    ws.close()


def _pictures() -> list[str]:
    return [name for page in sorted(GUIDE.glob("*.md"))
            for name in PICTURE.findall(page.read_text(encoding="utf-8"))]


def test_every_picture_of_the_guide_is_a_scene_and_every_scene_is_shown_once() -> None:
    shown = _pictures()
    assert sorted(shown) == sorted(f"{name}.png" for name in ADEGAN)
    assert len(shown) == len(set(shown)), "a picture shown twice"


def test_the_picture_folder_holds_exactly_the_scenes_small_enough() -> None:
    files = sorted(p.name for p in (GUIDE / "img").iterdir())
    assert files == sorted(f"{name}.png" for name in ADEGAN), "run `make panduan`"
    for name in files:
        image = QImage(str(GUIDE / "img" / name))
        assert 0 < image.width() <= 1280 and 0 < image.height() <= 800, name
    assert sum(p.stat().st_size for p in (GUIDE / "img").iterdir()) < MAX_BYTES


def test_make_panduan_renders_every_scene_into_the_picture_folder() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile[makefile.index("\npanduan:"):].split("\n\n")[0]
    assert f"demo --kecamatan {DEMO}" in target
    assert f"screenshot --page {PANDUAN} --out docs/panduan/img" in target


def test_the_guide_has_its_pages_and_every_link_between_them_leads_somewhere() -> None:
    assert sorted(p.name for p in GUIDE.glob("*.md")) == sorted(PAGES)
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    assert PAGE_LINK.findall(index)[:8] == list(PAGES[1:])
    for page in PAGES:
        for target in PAGE_LINK.findall((GUIDE / page).read_text(encoding="utf-8")):
            assert (GUIDE / target).is_file(), f"{page} links to {target}"
    assert folder_panduan() == GUIDE


def test_every_scene_renders_on_the_demo_workspace_and_changes_nothing(kandeman, tmp_path,
                                                                        capsys) -> None:
    counts, last = kandeman.health().counts, riwayat_service.aksi_terakhir(kandeman)
    assert simpan(UiSession(kandeman), PANDUAN, tmp_path, (1200, 720)) == 0
    said = capsys.readouterr().out
    for name in ADEGAN:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert 0 < image.width() <= 1280 and 0 < image.height() <= 800, name
        assert f"({name}, " in said
    assert QImage(str(tmp_path / "beranda.png")).size().toTuple() == (1200, 720)
    assert kandeman.health().counts == counts
    assert riwayat_service.aksi_terakhir(kandeman) == last


def test_a_list_of_names_goes_into_a_folder_and_an_unknown_name_writes_nothing(
        kandeman, tmp_path, capsys) -> None:
    assert simpan(UiSession(kandeman), "desa,laporan", tmp_path / "a", (800, 600)) == 0
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["desa.png", "laporan.png"]
    assert simpan(UiSession(kandeman), "desa,keuangan", tmp_path / "b", (800, 600)) == 2
    assert "halaman “keuangan” tidak dikenal" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


@pytest.fixture
def panggung(kandeman):
    stage = Panggung(UiSession(kandeman), (1280, 800))
    yield stage
    stage.bersihkan()


def test_the_first_start_scene_has_the_first_desa_chosen(panggung) -> None:
    dialog = ADEGAN["mulai"](panggung)
    assert dialog.picker.selected() == desa_pertama(panggung.ws).kode
    assert dialog.start_button.isEnabled()
    assert dialog.workspace.scope() is None  # an empty workspace of its own


def test_the_refused_report_says_the_ladder_does_not_add_up(panggung) -> None:
    dialog = ADEGAN["laporan-salah"](panggung)
    assert "Harus diperbaiki" in dialog.problems.text()
    assert "tidak sama dengan total KK" in dialog.problems.text()
    assert dialog.isVisible() and dialog.saved is None


def test_the_import_scene_shows_the_new_report_and_the_conflict_of_the_desa(panggung) -> None:
    ADEGAN["impor"](panggung)
    rencana = panggung.jendela.pages["ekspor-impor"].impor.rencana
    kelas = {c.label: c.perbandingan.kelas for c in rencana.catatan}
    baru = [label for label, k in kelas.items() if k is Kelas.BARU]
    assert len(baru) == 1 and baru[0].startswith("Sanitasi: ")
    konflik = [label for label, k in kelas.items() if k is Kelas.KONFLIK]
    assert len(konflik) == 1 and konflik[0].startswith("Desa dan Pokja: ")


def test_the_deleted_records_scene_lists_a_session_and_a_report(panggung) -> None:
    dialog = ADEGAN["data-terhapus"](panggung)
    shown = [dialog.model.index(row, 2).data() for row in range(dialog.model.rowCount())]
    assert shown == ["Kegiatan", "Laporan sanitasi"]


def test_the_guide_opens_at_its_index_follows_links_and_fits_its_pictures(qtbot) -> None:
    dialog = PanduanDialog(GUIDE / "README.md")
    qtbot.addWidget(dialog)
    assert "Panduan KKS Desktop" in dialog.browser.toPlainText()
    dialog.browser.follow(QUrl("sanitasi.md"))
    assert dialog.browser.source().fileName() == "sanitasi.md"
    assert "Laporan sanitasi bulanan" in dialog.browser.toPlainText()
    picture = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                          QUrl.fromLocalFile(str(GUIDE / "img" / "pokja.png")))
    assert picture.width() == PICTURE_WIDTH
    dialog.browser.backward()
    assert dialog.browser.source().fileName() == "README.md"
    dialog.browser.follow(QUrl("tidak-ada.md"))
    assert dialog.browser.source().fileName() == "README.md"

