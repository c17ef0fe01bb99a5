"""Print a session to PDF (daftar hadir, blank daftar hadir, pre/post recap, RTL): GUI and CLI."""

from __future__ import annotations

import logging
from pathlib import Path

from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.messages import percent_text
from kks_desktop.messages_kegiatan import STATUS_RTL_LABELS, catatan_pasangan
from kks_desktop.services import cetak_kegiatan
from kks_desktop.services.cetak_html import Penandatangan
from kks_desktop.services.cetak_kegiatan import Kata
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.workspace import Workspace
from kks_desktop.ui.cetak_pdf import cetak_pdf

logger = logging.getLogger(__name__)

KATA = Kata(status_rtl=STATUS_RTL_LABELS, persen=percent_text,
            catatan_pasangan=catatan_pasangan)


def cetak_daftar_hadir(ws: Workspace, kegiatan: Kegiatan, path: Path, *, kosong: int = 0,
                       ttd: Penandatangan | None = None) -> int:
    """One daftar hadir sheet per day; `kosong` > 0 prints that many numbered empty rows
    instead of the participants. The number of pages.

    Raises OSError when the PDF cannot be written.
    """
    dokumen = cetak_kegiatan.daftar_hadir(ws, kegiatan, kosong=kosong, ttd=ttd)
    return cetak_pdf(dokumen, Path(path), kertas(ws))


def cetak_prepost(ws: Workspace, kegiatan: Kegiatan, path: Path, *,
                  ttd: Penandatangan | None = None) -> int:
    """The pre-test/post-test recap; the number of pages.

    Raises OSError when the PDF cannot be written.
    """
    dokumen = cetak_kegiatan.rekap_prepost(ws, kegiatan, KATA, ttd=ttd)
    return cetak_pdf(dokumen, Path(path), kertas(ws))


def cetak_rtl(ws: Workspace, kegiatan: Kegiatan, path: Path, *,
              ttd: Penandatangan | None = None) -> int:
    """The RTL on landscape paper; the number of pages.

    Raises OSError when the PDF cannot be written.
    """
    dokumen = cetak_kegiatan.rencana_tindak_lanjut(ws, kegiatan, KATA, ttd=ttd)
    return cetak_pdf(dokumen, Path(path), kertas(ws))
