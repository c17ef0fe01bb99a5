"""AksiCommand: undo/redo, on the session's stack, of saved actions of the change history (an
import, a folder import, a record brought back), for any bulk action that writes them."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from kks_desktop.bahasa import translate
from kks_desktop.domain.errors import KksError
from kks_desktop.services import riwayat_kelompok
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


class AksiCommand(QUndoCommand):
    """Pushed after the actions were saved (the first redo writes nothing). Undo reverses them
    as one new action, redo reverses that one, and so on, each recorded in the history.

    A QUndoCommand cannot fail, so a refusal (a record it touched was changed since) shows why
    and makes the command obsolete: the stack drops it, keeps the data as it is and stays
    usable for the commands below it."""

    def __init__(self, session: UiSession, aksi_ids: Sequence[int], text: str,
                 kode: str = "", judul: str = "") -> None:
        super().__init__(text)
        self.session = session
        # What the history's titles of the reversals say after "Urungkan: " (Indonesian, like
        # every stored title; `text` is shown on the Edit menu in the screen's language).
        self.judul = judul or text
        self.kode = kode
        self._balik = list(aksi_ids)  # the actions the next undo or redo reverses
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._reverse("Ulangi",  # teks-tetap: starts the title the history stores
                      translate("aksi_command", "Tidak dapat diulangi"))

    def undo(self) -> None:
        self._reverse("Urungkan",  # teks-tetap: starts the title the history stores
                      translate("aksi_command", "Tidak dapat diurungkan"))

    def _reverse(self, verb: str, refused_title: str) -> None:
        """Reverse the actions as one new action titled "`verb`: text" (Indonesian `verb`: the
        history stores the title); a refusal is shown under `refused_title`."""
        try:
            made = riwayat_kelompok.balik_semua(self.session.workspace, self._balik,
                                                f"{verb}: {self.judul}")
        except KksError as exc:
            logger.info("%s %r refused: %r", verb, self.text(), exc)
            self.setObsolete(True)
            # After the stack has finished this step (it deletes an obsolete command).
            QTimer.singleShot(0, lambda e=exc: show_error(QApplication.activeWindow(), e,
                                                          refused_title))
            return
        self._balik = [made]
        self.session.notify(self.kode)


def push_aksi(session: UiSession, aksi_ids: Sequence[int], text: str, kode: str = "",
              judul: str = "") -> bool:
    """Put the saved actions on the undo stack as one step; False (nothing pushed) when there
    are none (the work changed nothing). `text` is shown on the Edit menu; `judul` (default:
    `text`) is the Indonesian wording the history's titles of its undo and redo use."""
    ids = [i for i in aksi_ids if riwayat_kelompok.ada(session.workspace, i)]
    if not ids:
        return False
    session.undo_stack.push(AksiCommand(session, ids, text, kode, judul))
    return True
