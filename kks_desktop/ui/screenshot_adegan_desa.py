"""Screenshot scenes of the first start, a desa with its Pokja, and the monthly sanitation report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from PySide6.QtWidgets import QSplitter, QWidget

from kks_desktop.domain.odf import JenisOdf
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.services import odf_service, sanitasi_service
from kks_desktop.ui.add_desa_dialog import AddDesaDialog
from kks_desktop.ui.first_start import FirstStartDialog
from kks_desktop.ui.formatting import number
from kks_desktop.ui.laporan_dialog import LaporanDialog
from kks_desktop.ui.odf_event_dialog import OdfEventDialog
from kks_desktop.ui.sanitasi_parts import default_periode
from kks_desktop.ui.screenshot_bantu import Panggung, desa_odf, desa_pertama

logger = logging.getLogger(__name__)

SANITASI_DAFTAR = 330  # pixels left to the desa list beside the Sanitasi tab


def mulai(p: Panggung) -> QWidget:
    """The first start on an empty workspace, one desa chosen from the official list."""
    dialog = FirstStartDialog(p.kosong())
    picker = dialog.picker
    assert picker is not None
    return p.tampil(dialog, lambda: picker.set_kode(desa_pertama(p.ws).kode))


def tambah_desa(p: Panggung) -> QWidget:
    """"Tambah desa…": a desa picked from the official list."""
    dialog = AddDesaDialog(p.ws.scope())
    return p.tampil(dialog, lambda: dialog.picker.set_kode(desa_pertama(p.ws).kode))


def pokja(p: Panggung) -> QWidget:
    """The Pokja Desa Sehat tab: SK, secretariat, tatanan and members."""
    page = p.jendela.desa_page
    page.select_kode(str(desa_pertama(p.ws).kode))
    page.tabs.setCurrentWidget(page.pokja_editor)
    return p.halaman("desa")


def sanitasi(p: Panggung) -> QWidget:
    """A desa's Sanitasi tab: ODF status and next step, the ODF path, reports, trend; the
    desa list drawn narrower, as the user would drag it, so that the tab has room."""
    page = p.jendela.desa_page
    page.select_kode(str(desa_odf(p.ws).kode))
    shown = p.halaman("sanitasi")
    splitter = page.findChild(QSplitter)
    if splitter is not None:
        splitter.setSizes([SANITASI_DAFTAR, max(1, splitter.width() - SANITASI_DAFTAR)])
    return shown


def _laporan_baru(p: Panggung, ubah_total: int = 0) -> LaporanDialog:
    """The form of next month's report for the desa with the ODF path, typed in with last
    month's figures (the total KK changed by `ubah_total`). Bound to a copy of the workspace:
    checking it (see laporan_salah) can never write to the real one."""
    session = p.salinan()
    chosen = desa_odf(session.workspace)
    reports = sanitasi_service.reports_for(session.workspace, chosen.kode)
    dialog = LaporanDialog(session, chosen, None, default_periode(reports, dt.date.today()))
    if reports:
        _ketik(dialog, dataclasses.replace(reports[-1], total_kk=reports[-1].total_kk + ubah_total))
    return dialog


def _ketik(dialog: LaporanDialog, lap: LaporanSanitasi) -> None:
    """Type `lap`'s figures into the form's fields, as the user would."""
    dialog.petugas.setText(lap.petugas)
    dialog.total_kk.setText(number(lap.total_kk))
    for rung, edit in dialog.rung_edits.items():
        edit.setText(number(lap.rung(rung)))
    for pilar, edit in dialog.pilar_edits.items():
        value = lap.pilar_kk(pilar)
        edit.setText("" if value is None else number(value))
    if lap.kk_tiga_pilar is not None:
        dialog.tiga_pilar.setText(number(lap.kk_tiga_pilar))


def laporan(p: Panggung) -> QWidget:
    """"Tambah laporan…": next month's report typed in, the ladder adding up."""
    return p.tampil(_laporan_baru(p))


def laporan_salah(p: Panggung) -> QWidget:
    """The same report with a total KK the ladder does not add up to, after Simpan: refused,
    the reason under the form and the fields framed in red."""
    dialog = _laporan_baru(p, ubah_total=12)
    return p.tampil(dialog, dialog.accept_if_valid)


def odf_langkah(p: Panggung) -> QWidget:
    """A step of the ODF path opened for editing: the verification that passed, with its team
    (the latest step when the desa has no verification)."""
    chosen = desa_odf(p.ws)
    events = odf_service.events_for(p.ws, chosen.kode)
    verifikasi = [e for e in events if e.jenis is JenisOdf.VERIFIKASI]
    event = (verifikasi or events)[-1] if events else None
    return p.tampil(OdfEventDialog(p.session, chosen, event, JenisOdf.VERIFIKASI))
