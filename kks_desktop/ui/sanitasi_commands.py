"""Undoable sanitation changes (reports and ODF events) for the Sanitasi tab, through the services."""

from __future__ import annotations

import logging

from kks_desktop.bahasa import translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.odf import OdfEvent
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.undo_commands import _AlreadyDone

logger = logging.getLogger(__name__)


class _DesaCommand(_AlreadyDone):
    def __init__(self, session: UiSession, desa: Desa, text: str) -> None:
        super().__init__(session, text)
        self.desa = desa

    def kode(self) -> str:
        return str(self.desa.kode)


class SaveLaporanCommand(_DesaCommand):
    """A report added (`before` None) or edited; the caller has saved `after` already."""

    def __init__(self, session: UiSession, desa: Desa, before: LaporanSanitasi | None,
                 after: LaporanSanitasi) -> None:
        text = (translate("sanitasi_commands", "tambah laporan {periode} {desa}") if before is None
                else translate("sanitasi_commands", "ubah laporan {periode} {desa}"))
        super().__init__(session, desa, text.format(periode=after.periode.label, desa=desa.nama))
        self.before, self.after = before, after

    def apply_redo(self) -> None:
        sanitasi_service.put_report(self.session.workspace, self.desa.kode, self.after)

    def apply_undo(self) -> None:
        if self.before is None:
            sanitasi_service.delete_report(self.session.workspace, self.desa.kode, self.after)
        else:
            sanitasi_service.put_report(self.session.workspace, self.desa.kode, self.before)


class DeleteLaporanCommand(_DesaCommand):
    def __init__(self, session: UiSession, desa: Desa, removed: LaporanSanitasi) -> None:
        super().__init__(session, desa, translate(
            "sanitasi_commands", "hapus laporan {periode} {desa}").format(
                periode=removed.periode.label, desa=desa.nama))
        self.removed = removed

    def apply_redo(self) -> None:
        sanitasi_service.delete_report(self.session.workspace, self.desa.kode, self.removed)

    def apply_undo(self) -> None:
        sanitasi_service.put_report(self.session.workspace, self.desa.kode, self.removed)


def _event_text(event: OdfEvent) -> str:
    jenis = translate("messages", JENIS_ODF_LABELS[event.jenis.value]).lower()
    return f"{jenis} {event.tanggal.strftime('%d/%m/%Y')}"


class SaveOdfEventCommand(_DesaCommand):
    """An ODF event added (`before` None) or edited; the caller has saved `after` already."""

    def __init__(self, session: UiSession, desa: Desa, before: OdfEvent | None,
                 after: OdfEvent) -> None:
        text = (translate("sanitasi_commands", "catat {langkah} {desa}") if before is None
                else translate("sanitasi_commands", "ubah {langkah} {desa}"))
        super().__init__(session, desa, text.format(langkah=_event_text(after), desa=desa.nama))
        self.before, self.after = before, after

    def apply_redo(self) -> None:
        odf_service.put_event(self.session.workspace, self.desa.kode, self.after)

    def apply_undo(self) -> None:
        if self.before is None:
            odf_service.remove_event(self.session.workspace, self.desa.kode, self.after)
        else:
            odf_service.put_event(self.session.workspace, self.desa.kode, self.before)


class DeleteOdfEventCommand(_DesaCommand):
    def __init__(self, session: UiSession, desa: Desa, removed: OdfEvent) -> None:
        super().__init__(session, desa, translate("sanitasi_commands", "hapus {langkah} {desa}")
                         .format(langkah=_event_text(removed), desa=desa.nama))
        self.removed = removed

    def apply_redo(self) -> None:
        odf_service.remove_event(self.session.workspace, self.desa.kode, self.removed)

    def apply_undo(self) -> None:
        odf_service.put_event(self.session.workspace, self.desa.kode, self.removed)
