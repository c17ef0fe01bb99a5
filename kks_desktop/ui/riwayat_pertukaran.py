"""The exchange history: the ledger of workbooks exported and imported, and a folder import's results."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from kks_desktop.domain.errors import KksError
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages_excel import HASIL_LABELS, hasil_impor_text, jumlah_text
from kks_desktop.services.identitas import identitas
from kks_desktop.services.impor_folder import HasilBerkas
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.pertukaran_store import CatatanEkspor, CatatanImpor
from kks_desktop.ui.cell_table_model import CellTableModel, Index
from kks_desktop.ui.formatting import number, waktu_lokal
from kks_desktop.ui.impor_rencana_model import KELAS_TINTS
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.refresh_when_shown import RefreshWhenShown
from kks_desktop.ui.sanitasi_parts import fit_columns
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.sort_proxy import SortProxy

logger = logging.getLogger(__name__)

COL_WAKTU, COL_ARAH, COL_JENIS, COL_BERKAS, COL_WILAYAH, COL_BARIS, COL_HASIL, COL_SHA = range(8)
JENIS_LABELS = {"buku_desa": "Buku kerja desa", "rekap": "Rekap", "templat": "Templat kosong"}
SHA_SHOWN = 12
COLUMN_SAMPLES = ("22/11/2026 08:15", "Ekspor", "Buku kerja desa",
                  "Laporan Pokja Desa Sehat 33.25.0",
                  "33.25.01.2001 Kembanglangit", "12.345", "Diperbarui",
                  "0123456789ab")
STATUS_URUT = ("diterima", "diperbarui", "sama", "konflik", "ditolak")
EMPTY_TEXT = ("Belum ada buku kerja yang diekspor atau diimpor dari berkas data ini. Setiap "
              "ekspor dan impor dicatat di sini: kapan, berkas mana, wilayahnya, jumlah baris dan "
              "sidik SHA-256 berkasnya (untuk memastikan berkas yang diterima sama dengan yang "
              "dikirim).")


@dataclass(frozen=True)
class Entri:
    """One line of the ledger, export or import."""

    waktu: str  # UTC text as stored
    arah: str  # "Ekspor" | "Impor"
    jenis: str
    nama_berkas: str
    desa_kode: tuple[str, ...]
    lingkup: str
    baris: int
    hasil: str
    sha256: str
    rincian: str = ""  # an import's records by class: "1 berubah, 37 sama"


def kelas_text(jumlah: Mapping[str, int]) -> str:
    """The class counts an import recorded (keyed by class value) as "3 baru, 2 berubah"."""
    known = {Kelas(k): n for k, n in jumlah.items() if k in {c.value for c in Kelas}}
    return jumlah_text(known) if known else ""


def entri_list(exports: Sequence[CatatanEkspor], imports: Sequence[CatatanImpor]) -> list[Entri]:
    """Exports and imports merged, newest first (stored times are UTC text, so they sort)."""
    rows = [Entri(e.waktu, "Ekspor", JENIS_LABELS.get(e.jenis, e.jenis), e.nama_berkas,
                  e.desa_kode, e.lingkup, sum(e.baris.values()), "", e.sha256) for e in exports]
    for i in imports:
        counts = kelas_text(i.jumlah)
        rows.append(Entri(i.waktu, "Impor", "Buku kerja", i.nama_berkas, i.desa_kode, "",
                          sum(i.jumlah.values()), status_label(i.hasil), i.sha256, counts))
    return sorted(rows, key=lambda r: r.waktu, reverse=True)


class RiwayatModel(CellTableModel):
    HEADERS = ("Waktu", "Arah", "Jenis", "Berkas", "Wilayah/desa", "Baris", "Hasil", "SHA-256")
    HEADER_TIPS = ("Waktu setempat", "Ekspor (dikirim) atau impor (diterima)", "Jenis buku kerja",
                   "Nama berkas", "Desa atau wilayah yang dibawa berkas",
                   "Jumlah baris data di berkas", "Hasil impor",
                   "Awal sidik SHA-256 berkas; arahkan tetikus untuk sidik lengkap")
    NUMERIC = (COL_BARIS,)

    def set_rows(self, rows: Sequence[Entri], wilayah: Sequence[str]) -> None:
        """Show `rows`; `wilayah` holds the region text of each, in the same order."""
        raw = [(r.waktu, r.arah, r.jenis, r.nama_berkas, w, r.baris, r.hasil, r.sha256)
               for r, w in zip(rows, wilayah, strict=True)]
        shown = [(waktu_lokal(r.waktu), r.arah, r.jenis, r.nama_berkas, w, number(r.baris),
                  r.hasil, r.sha256[:SHA_SHOWN]) for r, w in zip(rows, wilayah, strict=True)]
        tips = [("", "", "", r.nama_berkas, ", ".join(r.desa_kode[:20]), "",
                 f"{r.hasil}: {r.rincian}" if r.rincian else r.hasil, r.sha256) for r in rows]
        self._reset(rows, raw, shown, None, tips)


def wilayah_text(ws: Workspace, entri: Entri, names: Mapping[str, str]) -> str:
    """"33.25.01.2001 Silurah" for one desa; "Kecamatan Wonotunggal (15 desa)" or "15 desa"."""
    kode = entri.desa_kode
    if len(kode) == 1:
        return f"{kode[0]} {names.get(kode[0], '')}".strip()
    count = f"{number(len(kode))} desa"
    if entri.lingkup:
        try:
            return f"{identitas(ws, KodeWilayah.parse(entri.lingkup)).nama} ({count})"
        except KksError:
            return f"{entri.lingkup} ({count})"
    return count if kode else "–"


class RiwayatPertukaran(RefreshWhenShown):
    """Reads the ledger again on change news (exports and imports announce themselves)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RiwayatModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, "Riwayat ekspor dan impor", sortable=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names differ at the end
        self.table.setWordWrap(False)  # else Qt elides the wrapped line at its end
        self.table.sortByColumn(COL_WAKTU, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 11pt; color: #5f6b76;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)  # takes the room of the hidden table, text at the top
        layout.addWidget(self.table, 1)
        session.data_changed.connect(self._data_changed)

    def refresh(self) -> None:
        self._dirty = False
        ws = self.session.workspace
        rows = entri_list(ws.pertukaran.exports(), ws.pertukaran.imports())
        names = {str(d.kode): d.nama for d in ws.desa.desa_list()}
        self.model.set_rows(rows, [wilayah_text(ws, r, names) for r in rows])
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))


COL_BERKAS, COL_STATUS, COL_ALASAN = range(3)


class HasilFolderModel(CellTableModel):
    """One row per file of a folder import: file, status, reason."""

    HEADERS = ("Berkas", "Status", "Keterangan")
    HEADER_TIPS = ("Nama berkas buku kerja", "Diterima, diperbarui, sama, konflik atau ditolak",
                   "Apa yang ditulis, atau mengapa berkas ditolak")

    def set_hasil(self, hasil: Sequence[HasilBerkas]) -> None:
        raw, shown, tips = [], [], []
        for h in hasil:
            alasan = h.alasan if h.hasil is None else hasil_impor_text(h.hasil)
            raw.append((h.path.name, h.status, alasan))
            shown.append((h.path.name, status_label(h.status), alasan))
            tips.append((str(h.path), "", alasan if len(alasan) > 60 else ""))
        self._reset(hasil, raw, shown, None, tips)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and index.column() == COL_STATUS and 0 <= index.row() < self.rowCount()):
            return STATUS_TINTS.get(self.record(index.row()).status)
        return super().data(index, role)


STATUS_TINTS = {"diterima": KELAS_TINTS[Kelas.BARU], "diperbarui": KELAS_TINTS[Kelas.BERUBAH],
                "konflik": TINTS[False], "ditolak": TINTS[True]}


def status_label(status: str) -> str:
    """"Diterima", "Ditolak": a file's outcome as a table shows it."""
    return HASIL_LABELS.get(status, status).capitalize()


class HasilFolderView(QWidget):
    """The outcome of a folder import: a count per status, then one row per file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HasilFolderModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, "Hasil impor per berkas", sortable=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(True)
        self.table.sortByColumn(COL_BERKAS, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, ("Laporan Pokja Desa Sehat 33.25.01.2001 Kembanglangit.xlsx",
                                 "Diperbarui"))
        self.table.horizontalHeader().setStretchLastSection(True)
        # Reasons wrap in their column: rows follow its width (at least a line and a margin).
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_hasil(self, hasil: Sequence[HasilBerkas]) -> None:
        self.model.set_hasil(hasil)
        counts = Counter(h.status for h in hasil)
        order = [*STATUS_URUT, *sorted(set(counts) - set(STATUS_URUT))]
        parts = ", ".join(f"{number(counts[s])} {status_label(s).lower()}" for s in order
                          if counts[s])
        self.summary.setText(f"<b>{number(len(hasil))} berkas</b>: {parts}.")
