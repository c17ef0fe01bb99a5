"""OdfEventTableModel: a desa's ODF path (pemicuan, verifikasi, deklarasi) by date, for the Sanitasi tab."""

from __future__ import annotations

import logging

from kks_desktop.domain.odf import JenisOdf, OdfEvent, in_order
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.messages_sanitasi import HASIL_LABELS
from kks_desktop.ui.cell_table_model import RECORD_ROLE, CellTableModel
from kks_desktop.ui.formatting import table_date

logger = logging.getLogger(__name__)

COL_TANGGAL, COL_JENIS, COL_HASIL, COL_NOMOR_BA, COL_TIM, COL_KETERANGAN = range(6)
HEADERS = ("Tanggal", "Langkah", "Hasil", "Nomor BA", "Tim", "Keterangan")
EVENT_ROLE = RECORD_ROLE


class OdfEventTableModel(CellTableModel):
    """Rows are `OdfEvent` values handed in by the tab, oldest first (the order of the path)."""

    HEADERS = HEADERS
    NUMERIC = (COL_TIM,)

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


def _shown(event: OdfEvent) -> tuple[str, ...]:
    detail = {JenisOdf.PEMICUAN: f"Fasilitator: {event.fasilitator}" if event.fasilitator else "",
              JenisOdf.DEKLARASI: f"Saksi: {event.saksi}" if event.saksi else ""}.get(event.jenis, "")
    keterangan = " · ".join(t for t in (detail, event.catatan.replace("\n", " ")) if t)
    return (table_date(event.tanggal), JENIS_ODF_LABELS[event.jenis.value],
            HASIL_LABELS[event.hasil] if event.hasil else "", event.nomor_ba,
            f"{len(event.tim)} orang" if event.tim else "", keterangan)
