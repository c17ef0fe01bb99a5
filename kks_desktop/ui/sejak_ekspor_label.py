"""SejakEksporLabel: on the Desa page, when the desa's workbook last left and what changed since."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

from kks_desktop.bahasa import translate
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
        return (translate("sejak_ekspor_label", "Buku kerja desa ini belum pernah diekspor. Buat di "
                          "halaman Ekspor/Impor untuk dikirim ke kabupaten."), "")
    when = waktu_lokal(found.ekspor.waktu)
    if not found.ada:
        return (translate("sejak_ekspor_label", "Ekspor terakhir {waktu}; sejak itu tidak ada "
                          "perubahan.").format(waktu=when), found.ekspor.nama_berkas)
    counts = ", ".join(part for part in (
        translate("sejak_ekspor_label", "{jumlah} baru").format(jumlah=len(found.baru))
        if found.baru else "",
        translate("sejak_ekspor_label", "{jumlah} berubah").format(jumlah=len(found.berubah))
        if found.berubah else "") if part)
    items = [*found.baru, *found.berubah]
    shown = "; ".join(items[:SHOWN])
    if len(items) > SHOWN:
        shown += translate("sejak_ekspor_label", "; dan {jumlah} lainnya").format(
            jumlah=len(items) - SHOWN)
    tip = "\n".join([
        translate("sejak_ekspor_label", "Berkas: {berkas}").format(berkas=found.ekspor.nama_berkas),
        *(translate("sejak_ekspor_label", "Baru: {perubahan}").format(perubahan=x) for x in found.baru),
        *(translate("sejak_ekspor_label", "Berubah: {perubahan}").format(perubahan=x)
          for x in found.berubah)])
    return (translate("sejak_ekspor_label", "⚠ Ekspor terakhir {waktu}; sejak itu {jumlah}: {rincian}. "
                      "Ekspor ulang sebelum dikirim.").format(waktu=when, jumlah=counts, rincian=shown),
            tip)


class SejakEksporLabel(QLabel):
    """One line under the desa's name; empty when no desa is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(translate("sejak_ekspor_label", "Perubahan sejak ekspor terakhir"))

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
