"""Opening a hostile workspace file in the GUI: the message and the ways out each case gets, and
each way out doing what it says (the file that could not be opened is never changed or lost)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from berkas_uji import (
    OLD_MTIME_NS,
    hostile,
    newer,
    not_sqlite,
    read_only_file,
    read_only_folder,
    scoped,
    snapshot,
    truncated,
    writable_again,
    zero_bytes,
)
from PySide6.QtWidgets import QApplication, QFileDialog

from kks_desktop import messages
from kks_desktop.domain import errors as e
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import cadangan, pulih_berkas
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui import pengendali
from kks_desktop.ui.buka_gagal_dialog import BukaGagalDialog
from kks_desktop.ui.buka_pilihan import TempatDialog
from kks_desktop.ui.first_start import FirstStartDialog
from kks_desktop.ui.pulih_dialog import PulihDialog

SHOTS = Path("/tmp/shots7/h3")
SILURAH = KodeWilayah.parse("33.25.01.2001")


class Offers:
    """BukaGagalDialog.exec patched: records what each dialog said and offered, saves a
    screenshot when named, and clicks the next scripted choice (running `before` first)."""

    def __init__(self, monkeypatch, *choices: str, shot: str = "", before=None) -> None:
        self.seen: list[dict[str, object]] = []
        self.choices = list(choices)

        def exec_(dialog: BukaGagalDialog) -> int:
            self.seen.append({"headline": dialog.headline.text(),
                              "message": dialog.message.text(), "offers": dialog.offers,
                              "hints": {k: h.text() for k, h in dialog.hints.items()}})
            if shot and len(self.seen) == 1:
                dialog.show()
                QApplication.processEvents()
                dialog.grab().save(str(SHOTS / f"buka-{shot}.png"))
            if before is not None:
                before()
            dialog.buttons[self.choices.pop(0)].click()
            return dialog.result()

        monkeypatch.setattr(BukaGagalDialog, "exec", exec_)


def _age(path: Path) -> tuple[bytes, int]:
    os.utime(path, ns=(OLD_MTIME_NS, OLD_MTIME_NS))
    return snapshot(path)


def _desa(session) -> list[str]:
    return [str(d.kode) for d in session.workspace.desa.desa_list()]


@pytest.fixture
def opened():
    """Sessions the test opened, closed at the end."""
    sessions = []
    yield sessions
    for session in sessions:
        session.workspace.close()


CASES = {
    "bukan-sqlite": (not_sqlite, "Berkas ini bukan berkas data KKS Desktop",
                     ["pulihkan", "lain", "baru"]),
    "terpotong": (truncated, "Berkas data rusak", ["pulihkan", "lain", "baru"]),
    "nol-byte": (zero_bytes, "Berkas data kosong", ["pulihkan", "baru", "lain"]),
    "versi-baru": (newer, "Berkas data dari versi KKS Desktop yang lebih baru",
                   ["lain", "pulihkan"]),
    "berkas-hanya-baca": (read_only_file, "Berkas data tidak dapat ditulisi",
                          ["salinan", "lain"]),
    "folder-hanya-baca": (read_only_folder, "Berkas data tidak dapat ditulisi",
                          ["salinan", "lain"]),
}
ERRORS = {"bukan-sqlite": e.NotADatabase, "terpotong": e.DatabaseDamaged,
          "nol-byte": e.WorkspaceEmpty, "versi-baru": e.NewerSchema,
          "berkas-hanya-baca": e.WorkspaceReadOnly, "folder-hanya-baca": e.WorkspaceReadOnly}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_file_gets_its_message_and_offers_and_stays_as_it_was(
        qtbot, tmp_path, monkeypatch, name):
    make, headline, offers = CASES[name]
    path = tmp_path / name / "kks.db"
    before = hostile(path, make)
    try:
        with pytest.raises(ERRORS[name]) as refused:
            Workspace.open(path)
        shown = Offers(monkeypatch, "keluar", shot=name)
        assert pengendali.open_session(path) is None
        assert shown.seen[0]["headline"] == f"<b style='font-size: 13pt'>{headline}</b>"
        assert shown.seen[0]["message"] == messages.describe(refused.value)
        assert shown.seen[0]["offers"] == offers
        assert shown.seen[0]["hints"]["keluar"] == "Tutup KKS Desktop; tidak ada yang diubah."
        assert snapshot(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["kks.db"]
    finally:
        writable_again(path)


def test_the_messages_name_the_reason_in_indonesian(tmp_path):
    path = tmp_path / "kks.db"
    assert messages.describe(e.WorkspaceEmpty(path)).startswith(
        f"Berkas data {path} kosong (0 byte): tidak ada satu data pun di dalamnya.")
    assert "hanya-baca" in messages.describe(e.WorkspaceReadOnly(path))
    assert messages.describe(e.WorkspaceReadOnly(path, tmp_path)).startswith(
        f"Folder {tmp_path} tidak dapat ditulisi (misalnya flashdisk yang dikunci tulis")


def test_a_workspace_open_in_another_program_offers_to_try_again(qtbot, tmp_path, monkeypatch,
                                                                 opened):
    path = tmp_path / "kks.db"
    scoped(path)
    other = Workspace.open(path)  # as a second copy of the program would hold it

    def close_other_the_second_time() -> None:
        if len(shown.seen) == 2:
            other.close()

    shown = Offers(monkeypatch, "coba", "coba", shot="terkunci",
                   before=close_other_the_second_time)
    session = pengendali.open_session(path)
    opened.append(session)
    assert [s["headline"] for s in shown.seen] == [
        "<b style='font-size: 13pt'>Berkas data sedang dibuka program lain</b>"] * 2
    assert shown.seen[0]["offers"] == ["coba", "lain"]
    assert "sedang dibuka oleh KKS Desktop lain" in str(shown.seen[0]["message"])
    assert session is not None and _desa(session) == [str(SILURAH)]


def test_choosing_another_file_opens_it(qtbot, tmp_path, monkeypatch, opened):
    broken = tmp_path / "kks.db"
    not_sqlite(broken)
    before = _age(broken)
    good = tmp_path / "flashdisk" / "kks pokja.db"
    scoped(good, "33.25.01.2002")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(good), "")))
    Offers(monkeypatch, "lain")
    session = pengendali.open_session(broken)
    opened.append(session)
    assert session.workspace.path == good and _desa(session) == ["33.25.01.2002"]
    assert snapshot(broken) == before


def _broken_with_backup(path: Path) -> tuple[bytes, int]:
    """A workspace with Silurah and Kalisari backed up beside it, then cut short."""
    scoped(path, "33.25.01.2001", "33.25.01.2002")
    with Workspace.open(path) as ws:
        cadangan.buat(ws, now=dt.datetime(2026, 11, 21, 16, 30))
    truncated(path)
    for extra in path.parent.iterdir():
        if extra.is_file() and extra != path:
            extra.unlink()
    return _age(path)


def _choose_first_backup(monkeypatch) -> list[PulihDialog]:
    shown: list[PulihDialog] = []

    def exec_(dialog: PulihDialog) -> int:
        shown.append(dialog)
        dialog.list.selectRow(0)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PulihDialog, "exec", exec_)
    return shown


def _place(monkeypatch, in_place: bool, shot: str = "") -> None:
    def exec_(dialog: TempatDialog) -> int:
        if shot:
            dialog.show()
            QApplication.processEvents()
            dialog.grab().save(str(SHOTS / shot))
        (dialog.in_place if in_place else dialog.new_file).setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TempatDialog, "exec", exec_)


def test_restoring_in_place_keeps_the_broken_file_under_another_name(
        qtbot, tmp_path, monkeypatch, answer, opened):
    path = tmp_path / "kks.db"
    before = _broken_with_backup(path)
    Offers(monkeypatch, "pulihkan", shot="terpotong-ada-cadangan")
    chosen = _choose_first_backup(monkeypatch)
    _place(monkeypatch, in_place=True, shot="pulih-tempat.png")
    session = pengendali.open_session(path)
    opened.append(session)
    assert chosen[0].compare.columnCount() == 2  # nothing open to compare with
    assert session.workspace.path == path
    assert _desa(session) == ["33.25.01.2001", "33.25.01.2002"]
    aside = next(tmp_path.glob("kks-disisihkan-*.db"))
    assert snapshot(aside) == before
    assert answer.shown == [f"Cadangan kks-manual-20261121-163000.db dipulihkan ke {path}. "
                            f"Berkas lama disimpan sebagai {aside}."]


def test_restoring_into_a_new_file_leaves_the_broken_one_where_it_was(
        qtbot, tmp_path, monkeypatch, answer, opened):
    path = tmp_path / "kks.db"
    before = _broken_with_backup(path)
    target = tmp_path / "pulih" / "kks pulih"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    Offers(monkeypatch, "pulihkan")
    _choose_first_backup(monkeypatch)
    _place(monkeypatch, in_place=False)
    session = pengendali.open_session(path)
    opened.append(session)
    assert session.workspace.path == target.with_suffix(".db")
    assert _desa(session) == ["33.25.01.2001", "33.25.01.2002"]
    assert snapshot(path) == before


def test_a_new_workspace_in_place_of_an_empty_file_starts_fresh(qtbot, tmp_path, monkeypatch,
                                                                answer, opened):
    path = tmp_path / "kks.db"
    path.write_bytes(b"")
    Offers(monkeypatch, "baru")
    _place(monkeypatch, in_place=True)

    def choose_silurah(dialog: FirstStartDialog) -> int:
        dialog.picker.set_kode(SILURAH)
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", choose_silurah)
    session = pengendali.open_session(path)
    opened.append(session)
    assert session.workspace.path == path and session.workspace.scope().nama == "Silurah"
    aside = next(tmp_path.glob("kks-disisihkan-*.db"))
    assert aside.stat().st_size == 0
    assert answer.shown[0].startswith(f"Berkas lama disimpan sebagai {aside}.")


def test_a_read_only_file_is_opened_as_a_copy_and_the_user_is_told_where(
        qtbot, tmp_path, monkeypatch, answer, opened):
    path = tmp_path / "kks.db"
    scoped(path)
    path.chmod(0o444)
    before = snapshot(path)
    Offers(monkeypatch, "salinan")
    try:
        session = pengendali.open_session(path)
        opened.append(session)
    finally:
        path.chmod(0o644)
    copy = session.workspace.path
    assert copy.parent == pulih_berkas.folder_salinan(path) and copy.name.startswith(
        "kks-salinan-")
    assert _desa(session) == [str(SILURAH)]
    session.workspace.settings.set_many({"pengguna.nama": "Bu Siti"})  # the copy is writable
    assert list((copy.parent / "cadangan").glob("kks-salinan-*-harian-*.db"))
    assert answer.shown[0].startswith(f"Salinan dibuat di {copy} dan dibuka sekarang. "
                                      f"Perubahan tersimpan di salinan ini, bukan di {path}.")
    assert snapshot(path) == before


def test_a_cancelled_step_brings_the_offers_back(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kks.db"
    not_sqlite(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    shown = Offers(monkeypatch, "lain", "keluar")
    assert pengendali.open_session(path) is None
    assert len(shown.seen) == 2
