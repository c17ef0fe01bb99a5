"""The exchange history: the ledger of workbooks exported and imported, and a folder import's results."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
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
JENIS_LABELS = {"buku_desa": QT_TRANSLATE_NOOP("riwayat_pertukaran", "Buku kerja desa"),
                "rekap": QT_TRANSLATE_NOOP("riwayat_pertukaran", "Rekap"),
                "templat": QT_TRANSLATE_NOOP("riwayat_pertukaran", "Templat kosong"),
                "data_kk": QT_TRANSLATE_NOOP("riwayat_pertukaran", "Data KK")}
SHA_SHOWN = 12
COLUMN_SAMPLES = ("22/11/2026 08:15", "Ekspor", "Buku kerja desa",  # teks-tetap: width samples, not shown
                  "Laporan Pokja Desa Sehat 33.25.0",
                  "33.25.01.2001 Kembanglangit", "12.345", "Diperbarui",
                  "0123456789ab")
STATUS_URUT = ("diterima", "diperbarui", "sama", "konflik", "ditolak")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "riwayat_pertukaran", "Belum ada buku kerja yang diekspor atau diimpor dari berkas data ini. Setiap "
    "ekspor dan impor dicatat di sini: kapan, berkas mana, wilayahnya, jumlah baris dan sidik SHA-256 "
    "berkasnya (untuk memastikan berkas yang diterima sama dengan yang dikirim).")


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
    rows = [Entri(e.waktu, translate("riwayat_pertukaran", "Ekspor"), jenis_label(e.jenis),
                  e.nama_berkas, e.desa_kode, e.lingkup, sum(e.baris.values()), "", e.sha256)
            for e in exports]
    for i in imports:
        counts = kelas_text(i.jumlah)
        rows.append(Entri(i.waktu, translate("riwayat_pertukaran", "Impor"),
                          translate("riwayat_pertukaran", "Buku kerja"), i.nama_berkas, i.desa_kode, "",
                          sum(i.jumlah.values()), status_label(i.hasil), i.sha256, counts))
    return sorted(rows, key=lambda r: r.waktu, reverse=True)


def jenis_label(jenis: str) -> str:
    """"Buku kerja desa": an export's kind as the ledger shows it (unknown kinds as stored)."""
    return translate("riwayat_pertukaran", JENIS_LABELS[jenis]) if jenis in JENIS_LABELS else jenis


class RiwayatModel(CellTableModel):
    HEADERS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Waktu"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Arah"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Jenis"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Berkas"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Wilayah/desa"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Baris"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Hasil"), "SHA-256")
    HEADER_TIPS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Waktu setempat"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Ekspor (dikirim) atau impor (diterima)"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Jenis buku kerja"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Nama berkas"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Desa atau wilayah yang dibawa berkas"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Jumlah baris data di berkas"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Hasil impor"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran",
                          "Awal sidik SHA-256 berkas; arahkan tetikus untuk sidik lengkap"))
    NUMERIC = (COL_BARIS,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(translate("riwayat_pertukaran", h) for h in RiwayatModel.HEADERS)
        self.HEADER_TIPS = tuple(translate("riwayat_pertukaran", h) for h in RiwayatModel.HEADER_TIPS)

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
    count = translate("riwayat_pertukaran", "{jumlah} desa").format(jumlah=number(len(kode)))
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
        self.table = record_table(self.proxy, translate("riwayat_pertukaran", "Riwayat ekspor dan impor"),
                                  sortable=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names differ at the end
        self.table.setWordWrap(False)  # else Qt elides the wrapped line at its end
        self.table.sortByColumn(COL_WAKTU, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, COLUMN_SAMPLES)
        self.empty = QLabel(translate("riwayat_pertukaran", EMPTY_TEXT))
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

    HEADERS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Berkas"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Status"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Keterangan"))
    HEADER_TIPS: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Nama berkas buku kerja"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran",
                          "Diterima, diperbarui, sama, konflik atau ditolak"),
        QT_TRANSLATE_NOOP("riwayat_pertukaran", "Apa yang ditulis, atau mengapa berkas ditolak"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(translate("riwayat_pertukaran", h) for h in HasilFolderModel.HEADERS)
        self.HEADER_TIPS = tuple(translate("riwayat_pertukaran", h) for h in HasilFolderModel.HEADER_TIPS)

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
    label = translate("messages_excel", HASIL_LABELS[status]) if status in HASIL_LABELS else status
    return label.capitalize()


class HasilFolderView(QWidget):
    """The outcome of a folder import: a count per status, then one row per file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HasilFolderModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, translate("riwayat_pertukaran", "Hasil impor per berkas"),
                                  sortable=True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(True)
        self.table.sortByColumn(COL_BERKAS, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, (  # teks-tetap: width samples, not shown
            "Laporan Pokja Desa Sehat 33.25.01.2001 Kembanglangit.xlsx", "Diperbarui"))
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
        self.summary.setText(translate("riwayat_pertukaran", "<b>{jumlah} berkas</b>: {rincian}.").format(
            jumlah=number(len(hasil)), rincian=parts))
