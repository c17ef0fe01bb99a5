"""Undoable session saves and deletions for the Kegiatan page, written through kegiatan_service."""

from __future__ import annotations

import logging

from kks_desktop.bahasa import translate
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.services import kegiatan_service
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.undo_commands import _AlreadyDone

logger = logging.getLogger(__name__)


def _judul(kegiatan: Kegiatan) -> str:
    return kegiatan.judul.strip() or translate("kegiatan_commands", "tanpa judul")


class _KegiatanCommand(_AlreadyDone):
    def kode(self) -> str:
        # Sessions belong to no single desa of the register: every page reads what it needs.
        return ""


class SaveKegiatanCommand(_KegiatanCommand):
    """A session added (`before` None) or edited; the caller has saved `after` already."""

    def __init__(self, session: UiSession, before: Kegiatan | None, after: Kegiatan) -> None:
        text = (translate("kegiatan_commands", "tambah kegiatan “{judul}”") if before is None
                else translate("kegiatan_commands", "simpan kegiatan “{judul}”"))
        super().__init__(session, text.format(judul=_judul(after)))
        self.before, self.after = before, after

    def apply_redo(self) -> None:
        kegiatan_service.pasang(self.session.workspace, self.after)

    def apply_undo(self) -> None:
        if self.before is None:
            kegiatan_service.hapus(self.session.workspace, self.after.uuid)
        else:
            kegiatan_service.pasang(self.session.workspace, self.before)


class DeleteKegiatanCommand(_KegiatanCommand):
    """A session removed whole; undo puts it back with the same uuids."""

    def __init__(self, session: UiSession, removed: Kegiatan) -> None:
        super().__init__(session, translate("kegiatan_commands", "hapus kegiatan “{judul}”").format(
            judul=_judul(removed)))
        self.removed = removed

    def apply_redo(self) -> None:
        kegiatan_service.hapus(self.session.workspace, self.removed.uuid)

    def apply_undo(self) -> None:
        kegiatan_service.pasang(self.session.workspace, self.removed)
