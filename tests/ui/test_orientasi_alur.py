"""A 60-participant, two-day orientation entered through the Kegiatan page as a secretary does it:
pasted from a spreadsheet, scores typed in, saved, and printed as a daftar hadir read back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from kks_desktop.services import kegiatan_service
from kks_desktop.ui.cetak_dialog import CetakDialog
from kks_desktop.ui.kegiatan_page import KegiatanPage
from kks_desktop.ui.tempel_dialog import TempelDialog

KATEGORI = ("OPD", "Puskesmas", "Pokja Desa", "Forum Kecamatan", "Tim Pembina")
INSTANSI = ("Bappelitbangda", "Puskesmas Bawang", "Pokja Desa Sehat Sidomukti",
            "Forum Kecamatan Sehat Bawang", "Tim Pembina KKS")
JUDUL = "Orientasi KKS bagi Pokja Desa Sehat 2025"


def _sheet() -> tuple[str, list[str]]:
    """The rows as a spreadsheet copies them: a header in its own order, a score missing here
    and there (the post-test column is typed later for two of them)."""
    names = [f"{given} {family}" for given, family in zip(
        ["Siti", "Budi", "Agus", "Rina", "Dewi", "Joko"] * 10,
        [f"Peserta{n:02d}" for n in range(1, 61)], strict=True)]
    lines = ["No\tNama Lengkap\tJabatan\tInstansi\tL/P\tKategori\tNilai Pre Test\tPost Test"]
    for n, name in enumerate(names, start=1):
        pre = "" if n == 7 else f"{40 + n % 37},5" if n % 5 == 0 else str(40 + n % 37)
        post = "" if n in (11, 12) else str(min(100, 60 + n % 41))
        lines.append(f"{n}\t{name}\tAnggota\t{INSTANSI[n % 5]}\t{'LP'[n % 2]}\t"
                     f"{KATEGORI[n % 5]}\t{pre}\t{post}")
    return "\r\n".join(lines) + "\r\n", names


def _type(qtbot, text: str) -> None:
    """Keys as a person types them: each goes to whatever has the focus at that moment (the
    grid, then the cell editor the first key opened)."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        if char == "\r":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(target, char)


def _accept_paste(monkeypatch, qtbot) -> None:
    def run(dialog: TempelDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.tambah_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(TempelDialog, "exec", run)


def test_sixty_participants_two_days_pasted_scored_saved_and_printed(
        qtbot, kecamatan_session, monkeypatch, tmp_path: Path) -> None:
    page = KegiatanPage(kecamatan_session)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.add_button.click()
    editor = page.editor
    form = editor.form
    form.jenis.setCurrentIndex(form.jenis.findData("orientasi_kks"))
    form.judul.setText(JUDUL)
    form.mulai.setDate(QDate(2025, 9, 16))
    form.selesai.setDate(QDate(2025, 9, 17))
    form.wilayah.setCurrentIndex(form.wilayah.findData("33.25"))
    form.tempat.setText("Aula Bappelitbangda")

    text, names = _sheet()
    QGuiApplication.clipboard().setText(text)
    _accept_paste(monkeypatch, qtbot)
    grid = editor.peserta_editor
    grid.table.setFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [p.nama for p in grid.peserta()] == names
    assert all(p.hadir == (1, 2) for p in grid.peserta())

    # The two missing post-test scores arrive later and are typed into the grid.
    post_column = grid.model.col_post()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    grid.table.setFocus()
    for row in (10, 11):
        grid.table.go_to(row, post_column)
        _type(qtbot, "85\r")
    # Participant 60 left after the first day: untick day 2 (the column before Pre and Post).
    grid.table.go_to(59, post_column - 2)
    qtbot.keyClick(grid.table, Qt.Key.Key_Space)

    assert editor.save() or editor.save()  # warnings (if any) are confirmed once
    stored = kegiatan_service.ambil(
        kecamatan_session.workspace,
        next(r.uuid for r in kegiatan_service.daftar(kecamatan_session.workspace)
             if r.judul == JUDUL))
    assert (stored.mulai, stored.selesai, str(stored.wilayah)) == (
        dt.date(2025, 9, 16), dt.date(2025, 9, 17), "33.25")
    assert len(stored.peserta) == 60
    assert [p.post for p in stored.peserta[10:12]] == [85.0, 85.0]
    assert stored.peserta[4].pre == 45.5 and stored.peserta[6].pre is None
    assert stored.peserta[59].hadir == (1,)

    target = tmp_path / "daftar-hadir.pdf"
    monkeypatch.setattr(CetakDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Dokumen PDF (*.pdf)")))
    editor.print_current("daftar_hadir")

    # pypdf separates words by tabs and line ends; compare with single spaces.
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    per_day = len(pages) // 2
    assert len(pages) == 2 * per_day and per_day >= 2
    days = (pages[:per_day], pages[per_day:])
    for sheet, date_text in zip(days, ("Selasa, 16 September 2025", "Rabu, 17 September 2025"),
                                strict=True):
        text_of_day = "\n".join(sheet)
        assert date_text in sheet[0]
        assert [n for n in names if n not in text_of_day] == []  # all 60 sign on each day
        for page_text in sheet:
            assert "Nama" in page_text and "Jabatan" in page_text and "Instansi" in page_text
    for number, page_text in enumerate(pages, start=1):
        assert re.search(rf"Halaman {number} dari {len(pages)}", page_text)
    assert "Mengetahui" in pages[per_day - 1] and "Mengetahui" in pages[-1]
