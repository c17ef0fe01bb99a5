"""OdfEventTableModel: a desa's ODF path (pemicuan, verifikasi, deklarasi) by date, for the Sanitasi tab."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.odf import JenisOdf, OdfEvent, in_order
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.messages_sanitasi import HASIL_LABELS
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import table_date

logger = logging.getLogger(__name__)

COL_TANGGAL, COL_JENIS, COL_HASIL, COL_NOMOR_BA, COL_TIM, COL_KETERANGAN = range(6)
HEADERS = (QT_TRANSLATE_NOOP("odf_event_table_model", "Tanggal"),
           QT_TRANSLATE_NOOP("odf_event_table_model", "Langkah"),
           QT_TRANSLATE_NOOP("odf_event_table_model", "Hasil"),
           QT_TRANSLATE_NOOP("odf_event_table_model", "Nomor BA"),
           QT_TRANSLATE_NOOP("odf_event_table_model", "Tim"),
           QT_TRANSLATE_NOOP("odf_event_table_model", "Keterangan"))
EVENT_ROLE = RECORD_ROLE


class OdfEventTableModel(CellTableModel):
    """Rows are `OdfEvent` values handed in by the tab, oldest first (the order of the path)."""

    HEADERS = HEADERS
    NUMERIC = (COL_TIM,)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().headerData(section, orientation, role)
        return translate("odf_event_table_model", value) if isinstance(value, str) else value

    def set_rows(self, rows: list[OdfEvent]) -> None:
        records = in_order(rows)
        raw = [(e.tanggal.isoformat(), e.jenis.value, e.hasil.value if e.hasil else None,
                e.nomor_ba, len(e.tim), e.catatan) for e in records]
        self._reset(records, raw, [_shown(event) for event in records])

    def event_at(self, row: int) -> OdfEvent:
        return self._records[row]  # type: ignore[no-any-return]

    def row_of(self, uuid: str) -> int:
        return next((i for i, e in enumerate(self._records) if e.uuid == uuid), -1)

    def tooltip(self, row: int, col: int) -> str | None:
        event = self._records[row]
        team = "\n".join(f"• {m.nama}" + (f" ({m.instansi})" if m.instansi else "")
                         for m in event.tim)
        return "\n".join(t for t in (self._shown[row][COL_KETERANGAN], team) if t) or None


def team_size(count: int) -> str:
    """`3 orang`: the size of a verification team as the Tim column shows it."""
    return translate("odf_event_table_model", "{jumlah} orang").format(jumlah=count)


def _shown(event: OdfEvent) -> tuple[str, ...]:
    detail = ""
    if event.jenis is JenisOdf.PEMICUAN and event.fasilitator:
        detail = translate("odf_event_table_model", "Fasilitator: {nama}").format(
            nama=event.fasilitator)
    elif event.jenis is JenisOdf.DEKLARASI and event.saksi:
        detail = translate("odf_event_table_model", "Saksi: {nama}").format(nama=event.saksi)
    keterangan = " · ".join(t for t in (detail, event.catatan.replace("\n", " ")) if t)
    team = team_size(len(event.tim)) if event.tim else ""
    return (table_date(event.tanggal), translate("messages", JENIS_ODF_LABELS[event.jenis.value]),
            translate("messages_sanitasi", HASIL_LABELS[event.hasil]) if event.hasil else "",
            event.nomor_ba, team, keterangan)
