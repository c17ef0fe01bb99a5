"""Beranda: where the workspace stands at a glance, and when its data was last backed up."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kks_desktop.bahasa import translate
from kks_desktop.domain.kegiatan import RtlTerlambat
from kks_desktop.domain.scope import ScopeLevel
from kks_desktop.services import cadangan, kegiatan_service
from kks_desktop.services.identitas import identitas
from kks_desktop.services.overview import overview
from kks_desktop.services.sanitasi_summary import RingkasanSanitasi, ringkasan
from kks_desktop.ui.beranda_cards import (
    LATE_COLOUR,
    card,
    kegiatan_detail,
    kegiatan_tahun,
    rtl_detail,
    value_style,
)
from kks_desktop.ui.cadangan_panel import PanelCadangan
from kks_desktop.ui.formatting import number
from kks_desktop.ui.sanitasi_rekap_model import (
    award_sentence,
    desa_status,
    headline,
    scope_note,
)
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


def _odf_card() -> tuple[QFrame, QLabel, QLabel, QLabel, QLabel]:
    """The headline card: share of desa ODF, what it means for the award levels, Desa STBM."""
    frame = QFrame()
    frame.setObjectName("odfCard")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame#odfCard { background: #eef5ec; border: 1px solid #b9d3b4; "
                        "border-radius: 6px; }")
    title = QLabel()
    title.setStyleSheet("font-weight: bold; color: #2e5d2e;")
    value = QLabel()
    value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f4e79;")
    value.setWordWrap(True)
    award = QLabel()
    award.setStyleSheet("font-size: 11pt;")
    award.setWordWrap(True)
    stbm = QLabel()
    stbm.setWordWrap(True)
    layout = QVBoxLayout(frame)
    for label in (title, value, award, stbm):
        layout.addWidget(label)
    return frame, title, value, award, stbm


class BerandaPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today: dt.date | None = None  # None = the real today; tests may fix it
        self.now: dt.datetime | None = None  # likewise, for the last backup's age
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.demo_note = QLabel()
        self.demo_note.setStyleSheet("color: #8a5a00;")
        self.demo_note.setWordWrap(True)
        odf_frame, self.odf_title, self.odf_value, self.odf_award, self.odf_stbm = _odf_card()
        grid = QGridLayout()
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        for pos, (key, title) in enumerate((
                ("desa", translate("beranda_page", "Desa/kelurahan terdaftar")),
                ("sk", translate("beranda_page", "Pokja dengan SK")),
                ("sekretariat", translate("beranda_page", "Pokja dengan sekretariat")),
                ("anggota", translate("beranda_page", "Anggota Pokja")))):
            frame, value, detail = card(title)
            self.cards[key] = (value, detail)
            grid.addWidget(frame, pos // 2, pos % 2)
        # Sessions have their own cards, beside (not among) the register figures above.
        kegiatan_frame, value, detail = card(translate("beranda_page", "Kegiatan tahun ini"))
        self.kegiatan_card = (value, detail)
        rtl_frame, value, detail = card(translate("beranda_page", "RTL lewat waktu"))
        detail.setTextFormat(Qt.TextFormat.RichText)
        self.rtl_card = (value, detail)
        grid.addWidget(kegiatan_frame, 2, 0)
        grid.addWidget(rtl_frame, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.cadangan_panel = PanelCadangan()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.cadangan_panel)
        layout.addWidget(odf_frame)
        layout.addLayout(grid)
        layout.addStretch(1)
        session.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_changed: object) -> None:
        o = overview(self.session.workspace)
        self.heading.setText(
            translate("beranda_page", "Wilayah kerja: {nama} ({kode})").format(
                nama=o.scope.nama, kode=o.scope.kode) if o.scope
            else translate("beranda_page", "Wilayah kerja belum dipilih"))
        self.demo_note.setText(
            translate("beranda_page", "{jumlah} desa berisi data contoh (demo), bukan data "
                      "resmi.").format(jumlah=number(o.demo_desa))
            if o.demo_desa else "")
        self.demo_note.setVisible(bool(o.demo_desa))
        total = o.desa_registered
        official = (translate("beranda_page", "dari {jumlah} dalam daftar resmi").format(
                        jumlah=number(o.desa_in_official_list))
                    if o.desa_in_official_list is not None else "")
        self._set("desa", number(total), official)
        self._set("sk", number(o.pokja_with_sk), self._share(o.pokja_with_sk, total))
        self._set("sekretariat", number(o.pokja_with_sekretariat),
                  self._share(o.pokja_with_sekretariat, total))
        self._set("anggota", number(o.pokja_members), translate("beranda_page", "orang tercatat"))
        self._show_odf(ringkasan(self.session.workspace), o.scope.level if o.scope else None)
        self._show_kegiatan(self.today or dt.date.today())
        self.show_backup()

    def show_backup(self) -> None:
        ws = self.session.workspace
        self.cadangan_panel.tampilkan(cadangan.terakhir(ws), self.now or dt.datetime.now(),
                                      cadangan.angka(ws, cadangan.PERINGATAN_KEY),
                                      cadangan.folder_cadangan(ws))

    def _show_odf(self, r: RingkasanSanitasi, level: ScopeLevel | None) -> None:
        self.odf_title.setText(translate(
            "beranda_page", "Desa/kelurahan ODF · syarat penilaian KKS siklus {tahun}").format(
            tahun=r.siklus.tahun))
        self.odf_value.setText(headline(r))
        if level is ScopeLevel.DESA and len(r.desa) == 1:
            self.odf_award.setText(desa_status(r.desa[0]))
        else:
            note = scope_note(level)
            self.odf_award.setText(award_sentence(r) + (f" ({note})" if note and r.total.desa
                                                        else ""))
        t = r.total
        self.odf_stbm.setText(translate(
            "beranda_page", "Desa STBM: {stbm} dari {desa} desa (aturan: {aturan}). Laporan "
            "sanitasi ada untuk {berlaporan} desa.").format(
            stbm=number(t.desa_stbm), desa=number(t.desa), aturan=translate("acuan", r.aturan.nama),
            berlaporan=number(t.desa_dengan_laporan)) if t.desa else "")
        self.odf_stbm.setVisible(bool(t.desa))

    def _show_kegiatan(self, today: dt.date) -> None:
        """Sessions begun this year, and the RTL rows of every session that are past due."""
        ws = self.session.workspace
        sessions = kegiatan_service.daftar(ws)
        count, _people = kegiatan_tahun(sessions, today.year)
        self.kegiatan_card[0].setText(number(count))
        self.kegiatan_card[1].setText(kegiatan_detail(sessions, today.year))
        late = kegiatan_service.rtl_lewat_waktu(ws, today)

        def region_name(item: RtlTerlambat) -> str:
            return identitas(ws, item.wilayah).nama

        value, detail = self.rtl_card
        value.setText(number(len(late)))
        value.setStyleSheet(value_style(colour=LATE_COLOUR) if late else value_style())
        detail.setText(rtl_detail(late, today, region_name))

    def _set(self, key: str, value: str, detail: str) -> None:
        self.cards[key][0].setText(value)
        self.cards[key][1].setText(detail)

    @staticmethod
    def _share(part: int, total: int) -> str:
        if not total:
            return translate("beranda_page", "belum ada desa")
        return translate("beranda_page", "{persen}% dari {jumlah} desa").format(
            persen=round(100 * part / total), jumlah=number(total))
