"""Worker and TugasLatar: long service calls on a thread pool, with progress, Batal and a result."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from kks_desktop import messages
from kks_desktop.bahasa import translate
from kks_desktop.domain.errors import Cancelled, KksError
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]
# A job: a plain service call given the worker's own workspace connection, a progress callback
# and the Batal flag; what it returns reaches `finished`, what it raises reaches `failed`.
Job = Callable[[Workspace, Progress, Batal], Any]
SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


class WorkerSignals(QObject):
    """Lives in the GUI thread, so what a worker emits reaches its receivers there (queued)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs a job on a pool thread with a connection of its own (`ws.for_thread()`, opened in
    that thread and closed when the job ends). Cancelling only sets a flag the job reads through
    its `batal` callable; the job stops where it can and raises `Cancelled`."""

    def __init__(self, workspace: Workspace, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until the result is delivered
        self.signals = WorkerSignals()
        self._workspace = workspace
        self._job = job
        self._cancel = threading.Event()
        self._shown = -1

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        """Emit when the whole percent moves (or at the end), not on every row."""
        step = done * 100 // total if total > 0 else 0
        if step != self._shown or done >= total:
            self._shown = step
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            ws = self._workspace.for_thread()
        except Exception as exc:
            logger.exception("worker could not open its connection")
            self.signals.failed.emit(exc)
            return
        try:
            result = self._job(ws, self._progress, self.cancelled)
        except Exception as exc:
            if not isinstance(exc, KksError | OSError):
                logger.exception("job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            ws.close()


class TugasLatar(QObject):
    """One job on `pool` and the progress dialog that goes with it (modal to `parent`'s window,
    shown only when the job takes longer than a moment, with a Batal button that asks the job
    to stop). `finished(result)` or `failed(exc)` comes once, in the GUI thread; a job stopped
    by Batal fails with `Cancelled`."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, parent: QWidget, workspace: Workspace, job: Job, label: str,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(workspace, job)
        self._pool = pool or QThreadPool.globalInstance()
        self.running = False
        self.dialog = QProgressDialog(label, translate("worker", "Batal"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("worker", "Mohon tunggu"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.batal_button = QPushButton(translate("worker", "&Batal"))
        self.dialog.setCancelButton(self.batal_button)
        # Batal (or Esc) asks the job to stop; the dialog stays up until the job has stopped.
        self.dialog.canceled.disconnect(self.dialog.cancel)
        self.dialog.canceled.connect(self.cancel)
        signals = self.worker.signals
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)

    def start(self) -> None:
        """Hand the job to the pool; leaving the program meanwhile stops it and waits."""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)
        self.running = True
        self.dialog.setValue(0)  # starts the timer that shows the dialog after the delay
        self._pool.start(self.worker)

    def cancel(self) -> None:
        """Ask the job to stop; it ends with `failed(Cancelled)` when it has."""
        if not self.running:
            return
        self.worker.cancel()
        self.dialog.setLabelText(translate("worker", "Membatalkan… menunggu pekerjaan berhenti dengan rapi."))
        self.batal_button.setEnabled(False)

    def _quitting(self) -> None:
        if self.running:
            self.worker.cancel()
            self._pool.waitForDone()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.progress.emit(done, total)

    def _done(self) -> None:
        self.running = False
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._done()
        self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: object) -> None:
        self._done()
        if self.worker.cancelled() and not isinstance(exc, Cancelled):
            logger.info("job cancelled, then failed: %r", exc)
        self.failed.emit(exc)
        self.deleteLater()


def jalankan_tugas(parent: QWidget, workspace: Workspace, job: Job, label: str,
                   selesai: Callable[[object], None],
                   gagal: Callable[[object], None]) -> TugasLatar:
    """Start `job` in the background with its progress dialog; `selesai(result)` or
    `gagal(exc)` is called in the GUI thread when it ends."""
    tugas = TugasLatar(parent, workspace, job, label)
    tugas.finished.connect(selesai)
    tugas.failed.connect(gagal)
    tugas.start()
    return tugas


def failure_text(exc: object) -> str:
    """The Indonesian sentence for a job's expected failure (a typed error, a file that could
    not be read or written); anything else is a bug and is raised again, for the error dialog."""
    if isinstance(exc, KksError):
        return messages.describe(exc)
    if isinstance(exc, OSError):
        return messages.describe_os_error(exc)
    raise exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
