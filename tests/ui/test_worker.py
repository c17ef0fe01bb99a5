"""The background worker: results, typed failures and Batal reach the GUI thread; own connection."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from kks_desktop.domain.errors import Cancelled, DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.ui.worker import TugasLatar

SILURAH = KodeWilayah.parse("33.25.01.2001")
WAIT = 10_000


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone()


def test_finished_carries_the_result_read_on_the_workers_own_connection(qtbot, parent, pool,
                                                                        ws, make_desa):
    make_desa(ws, SILURAH, jumlah_kk=321)
    seen: dict[str, object] = {}

    def job(thread_ws, progress, batal):
        seen["thread"] = threading.current_thread()
        seen["own connection"] = thread_ws is not ws
        for done in range(5):
            progress(done, 4)
        return thread_ws.desa.desa(SILURAH).jumlah_kk

    tugas = TugasLatar(parent, ws, job, "Membaca…", pool)
    steps: list[tuple[int, int]] = []
    tugas.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(tugas.finished, timeout=WAIT) as blocker:
        tugas.start()
    assert blocker.args == [321]
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert seen["thread"] is not threading.main_thread()
    assert seen["own connection"] is True
    assert tugas.running is False
    assert ws.desa.desa(SILURAH).jumlah_kk == 321  # the GUI's connection is still open and fine


def test_a_typed_error_reaches_the_gui_thread_through_failed(qtbot, parent, pool, ws):
    received: list[tuple[object, threading.Thread]] = []

    def job(thread_ws, progress, batal):
        return thread_ws.desa.desa(SILURAH)

    tugas = TugasLatar(parent, ws, job, "Membaca…", pool)
    tugas.failed.connect(lambda exc: received.append((exc, threading.current_thread())))
    finished: list[object] = []
    tugas.finished.connect(finished.append)
    with qtbot.waitSignal(tugas.failed, timeout=WAIT):
        tugas.start()
    assert len(received) == 1
    exc, thread = received[0]
    assert isinstance(exc, DesaNotFound) and exc.kode == str(SILURAH)
    assert thread is threading.main_thread()
    assert finished == []


def test_batal_stops_a_real_export_which_raises_cancelled_and_leaves_no_file(
        qtbot, parent, pool, kecamatan_session, tmp_path):
    from kks_desktop.services import buku_desa

    ws = kecamatan_session.workspace
    kode = buku_desa.desa_dalam_lingkup(ws)
    out = tmp_path / "keluar"
    out.mkdir()
    target = out / "semua.xlsx"
    started, go = threading.Event(), threading.Event()

    def job(thread_ws, progress, batal):
        started.set()
        go.wait(WAIT / 1000)
        return buku_desa.ekspor_desa(thread_ws, kode, target, progress=progress, batal=batal)

    tugas = TugasLatar(parent, ws, job, "Menulis buku kerja…", pool)
    with qtbot.waitSignal(tugas.failed, timeout=WAIT) as blocker:
        tugas.start()
        assert started.wait(WAIT / 1000)
        tugas.dialog.canceled.emit()  # what the Batal button (or Esc) sends
        assert tugas.batal_button.isEnabled() is False
        assert tugas.dialog.labelText().startswith("Membatalkan")
        go.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file left beside it either
    assert ws.pertukaran.exports() == []


def test_the_progress_dialog_speaks_indonesian_and_is_modal_to_the_window(qtbot, parent, pool, ws):
    from PySide6.QtCore import Qt

    tugas = TugasLatar(parent, ws, lambda *_: None, "Menulis buku kerja…", pool)
    assert tugas.dialog.labelText() == "Menulis buku kerja…"
    assert tugas.batal_button.text() == "&Batal"
    assert tugas.dialog.windowTitle() == "Mohon tunggu"
    assert tugas.dialog.windowModality() == Qt.WindowModality.WindowModal
    assert tugas.dialog.minimumDuration() > 0
    with qtbot.waitSignal(tugas.finished, timeout=WAIT):
        tugas.start()
