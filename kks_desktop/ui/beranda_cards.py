"""Cards for Beranda and the result views: a titled figure with a detail line, and the session texts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from kks_desktop.bahasa import translate
from kks_desktop.domain.kegiatan import KegiatanRingkas, RtlTerlambat
from kks_desktop.ui.formatting import number, table_date

logger = logging.getLogger(__name__)

VALUE_COLOUR = "#1f4e79"
LATE_COLOUR = "#b00020"
RTL_SHOWN = 3


def card(title: str, value_pt: int = 22) -> tuple[QFrame, QLabel, QLabel]:
    """A light panel: bold title, a big figure, a wrapped detail line (frame, value, detail)."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame { background: #f6f8fb; border-radius: 6px; }")
    value = QLabel()
    value.setStyleSheet(value_style(value_pt))
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    detail = QLabel()
    detail.setWordWrap(True)
    layout = QVBoxLayout(frame)
    heading = QLabel(f"<b>{escape(title)}</b>")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(value)
    layout.addWidget(detail)
    layout.addStretch(1)
    return frame, value, detail


def value_style(value_pt: int = 22, colour: str = VALUE_COLOUR) -> str:
    """The style of a card's figure (red for something overdue)."""
    return f"font-size: {value_pt}pt; font-weight: bold; color: {colour};"  # teks-tetap: a style sheet


def rtl_detail(late: Sequence[RtlTerlambat], today: dt.date,
               region_name: Callable[[RtlTerlambat], str], shown: int = RTL_SHOWN) -> str:
    """The first overdue rows (rich text): kegiatan, waktu, penanggung jawab, which session."""
    if not late:
        return translate("beranda_cards", "Tidak ada rencana tindak lanjut yang melewati waktunya.")
    lines = []
    for item in late[:shown]:
        rtl = item.rtl
        waktu = rtl.waktu or today
        who = (translate("beranda_cards", ", PJ: {nama}").format(nama=escape(rtl.penanggung_jawab))
               if rtl.penanggung_jawab else "")
        lines.append(translate(
            "beranda_cards", "• <b>{kegiatan}</b> — {tanggal} (lewat {hari} hari){pj}<br>"
            "<span style='color:#5f6b76'>&nbsp;&nbsp;dari {sesi}, {wilayah}</span>").format(
            kegiatan=escape(rtl.kegiatan), tanggal=table_date(waktu),
            hari=number((today - waktu).days), pj=who, sesi=escape(item.kegiatan_judul),
            wilayah=escape(region_name(item))))
    more = len(late) - shown
    if more > 0:
        lines.append(translate("beranda_cards", "… dan {jumlah} lainnya.").format(jumlah=number(more)))
    return "<br>".join(lines)


def kegiatan_tahun(sessions: Sequence[KegiatanRingkas], tahun: int) -> tuple[int, int]:
    """(sessions, participants) of the sessions that began in `tahun`."""
    chosen = [k for k in sessions if k.mulai.year == tahun]
    return len(chosen), sum(k.peserta for k in chosen)


def kegiatan_detail(sessions: Sequence[KegiatanRingkas], tahun: int) -> str:
    """`Tahun 2026: 312 peserta · tahun 2025: 35 kegiatan, 1.002 peserta`."""
    _count, people = kegiatan_tahun(sessions, tahun)
    before, before_people = kegiatan_tahun(sessions, tahun - 1)
    text = translate("beranda_cards", "Tahun {tahun}: {peserta} peserta").format(
        tahun=tahun, peserta=number(people))
    if before:
        text += translate("beranda_cards", " · tahun {tahun}: {kegiatan} kegiatan, "
                          "{peserta} peserta").format(tahun=tahun - 1, kegiatan=number(before),
                                                      peserta=number(before_people))
    return text
