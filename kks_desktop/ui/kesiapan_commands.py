"""Undoable answers to manual checklist items: a save or a removal, put back exactly by undo/redo."""

from __future__ import annotations

import logging

from kks_desktop.bahasa import translate
from kks_desktop.domain.kesiapan import Butir, Definisi
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.services import kesiapan_jawaban
from kks_desktop.services.kesiapan_jawaban import Simpanan
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.undo_commands import _AlreadyDone

logger = logging.getLogger(__name__)


class JawabanCommand(_AlreadyDone):
    """An item's answer changed from `before` to `after` (None: no answer); the caller has
    written `after` already. Undo and redo put the stored answer and file back as they were."""

    def __init__(self, session: UiSession, definisi: Definisi, wilayah: KodeWilayah, butir: Butir,
                 nama: str, before: Simpanan | None, after: Simpanan | None) -> None:
        text = (translate("kesiapan_commands", "hapus jawaban {butir} ({wilayah})") if after is None
                else translate("kesiapan_commands", "jawab {butir} ({wilayah})"))
        super().__init__(session, text.format(butir=translate("acuan", butir.judul_singkat), wilayah=nama))
        self.definisi, self.wilayah, self.butir = definisi, wilayah, butir
        self.before, self.after = before, after

    def kode(self) -> str:
        return str(self.wilayah) if self.wilayah.level is Level.DESA else ""

    def apply_redo(self) -> None:
        self._put(self.after)

    def apply_undo(self) -> None:
        self._put(self.before)

    def _put(self, state: Simpanan | None) -> None:
        kesiapan_jawaban.pulihkan(self.session.workspace, self.definisi, self.wilayah,
                                  self.butir.id, state)


def push_jawaban(session: UiSession, definisi: Definisi, wilayah: KodeWilayah, butir: Butir,
                 nama: str, before: Simpanan | None) -> JawabanCommand:
    """Record on the undo stack the change just written for `butir` (from `before` to what is
    stored now); every page then hears of it."""
    after = kesiapan_jawaban.simpanan(session.workspace, definisi, wilayah, butir.id)
    command = JawabanCommand(session, definisi, wilayah, butir, nama, before, after)
    session.undo_stack.push(command)
    logger.info("%s: %s", definisi.id, command.text())
    return command
