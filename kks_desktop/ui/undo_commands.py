"""Undoable desa and Pokja changes: each command writes through the services, never SQL."""

from __future__ import annotations

import logging

from PySide6.QtGui import QUndoCommand

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.pokja import Pokja
from kks_desktop.services import desa_service, pokja_service
from kks_desktop.services.desa_service import DeletedDesa
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


class _AlreadyDone(QUndoCommand):
    """A command whose first write has already happened (so errors reach the caller first);
    `push()` then skips that write but still tells every page what changed."""

    def __init__(self, session: UiSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.apply_redo()
        self.session.notify(self.kode())

    def undo(self) -> None:
        self.apply_undo()
        self.session.notify(self.kode())

    def kode(self) -> str:
        raise NotImplementedError

    def apply_redo(self) -> None:
        raise NotImplementedError

    def apply_undo(self) -> None:
        raise NotImplementedError


class AddDesaCommand(_AlreadyDone):
    def __init__(self, session: UiSession, added: Desa) -> None:
        super().__init__(session, translate("undo_commands", "tambah desa {desa}").format(
            desa=added.nama))
        self.added = added

    def kode(self) -> str:
        return str(self.added.kode)

    def apply_redo(self) -> None:
        desa_service.restore_desa(self.session.workspace, DeletedDesa(self.added, Pokja()))

    def apply_undo(self) -> None:
        desa_service.delete_desa(self.session.workspace, self.added.kode, force=True)


class EditDesaCommand(_AlreadyDone):
    def __init__(self, session: UiSession, before: Desa, after: Desa) -> None:
        super().__init__(session, translate("undo_commands", "ubah data desa {desa}").format(
            desa=after.nama))
        self.before, self.after = before, after

    def kode(self) -> str:
        return str(self.after.kode)

    def apply_redo(self) -> None:
        desa_service.update_desa(self.session.workspace, self.after)

    def apply_undo(self) -> None:
        desa_service.update_desa(self.session.workspace, self.before)


class DeleteDesaCommand(_AlreadyDone):
    def __init__(self, session: UiSession, removed: DeletedDesa) -> None:
        super().__init__(session, translate("undo_commands", "hapus desa {desa}").format(
            desa=removed.desa.nama))
        self.removed = removed

    def kode(self) -> str:
        return str(self.removed.desa.kode)

    def apply_redo(self) -> None:
        desa_service.delete_desa(self.session.workspace, self.removed.desa.kode, force=True)

    def apply_undo(self) -> None:
        desa_service.restore_desa(self.session.workspace, self.removed)


class SavePokjaCommand(_AlreadyDone):
    def __init__(self, session: UiSession, desa: Desa, before: Pokja, after: Pokja) -> None:
        super().__init__(session, translate("undo_commands", "ubah Pokja {desa}").format(
            desa=desa.nama))
        self.desa, self.before, self.after = desa, before, after

    def kode(self) -> str:
        return str(self.desa.kode)

    def apply_redo(self) -> None:
        pokja_service.replace_pokja(self.session.workspace, self.desa.kode, self.after)

    def apply_undo(self) -> None:
        pokja_service.replace_pokja(self.session.workspace, self.desa.kode, self.before)
