"""SejakEksporLabel: on the Desa page, when the desa's workbook last left and what changed since."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KksError
from kks_desktop.services.sejak_ekspor import SejakEkspor, sejak_ekspor
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.formatting import waktu_lokal

logger = logging.getLogger(__name__)

SHOWN = 3


def sejak_text(found: SejakEkspor) -> tuple[str, str]:
    """The line and its tooltip (every change listed)."""
    if found.ekspor is None:
        return ("Buku kerja desa ini belum pernah diekspor. Buat di halaman Ekspor/Impor "
                "untuk dikirim ke kabupaten.", "")
    when = f"Ekspor terakhir {waktu_lokal(found.ekspor.waktu)}"
    if not found.ada:
        return f"{when}; sejak itu tidak ada perubahan.", found.ekspor.nama_berkas
    counts = ", ".join(part for part in (
        f"{len(found.baru)} baru" if found.baru else "",
        f"{len(found.berubah)} berubah" if found.berubah else "") if part)
    items = [*found.baru, *found.berubah]
    shown = "; ".join(items[:SHOWN]) + (f"; dan {len(items) - SHOWN} lainnya"
                                         if len(items) > SHOWN else "")
    tip = "\n".join([f"Berkas: {found.ekspor.nama_berkas}",
                     *(f"Baru: {x}" for x in found.baru), *(f"Berubah: {x}" for x in found.berubah)])
    return f"⚠ {when}; sejak itu {counts}: {shown}. Ekspor ulang sebelum dikirim.", tip


class SejakEksporLabel(QLabel):
    """One line under the desa's name; empty when no desa is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("Perubahan sejak ekspor terakhir")

    def tampilkan(self, ws: Workspace, desa: Desa | None) -> None:
        if desa is None:
            self.clear()
            self.setToolTip("")
            return
        try:
            text, tip = sejak_text(sejak_ekspor(ws, desa.kode))
        except KksError:
            logger.exception("changes since export of %s", desa.kode)
            text, tip = "", ""
        self.setText(text)
        self.setToolTip(tip)
