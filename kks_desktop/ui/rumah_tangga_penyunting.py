"""PenyuntingKK: saves the Data KK grid's changes (a cell, a paste, cleared cells, deleted KK), undoably."""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kks_desktop.domain.errors import KksError, ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.services import riwayat_kelompok, rumah_tangga_service
from kks_desktop.services.rumah_tangga_service import SavedRumahTangga
from kks_desktop.ui.aksi_command import push_aksi
from kks_desktop.ui.dialogs import confirm, error_text
from kks_desktop.ui.formatting import number
from kks_desktop.ui.rumah_tangga_model import KOSONG, RumahTanggaModel
from kks_desktop.ui.rumah_tangga_sel import pesan_sel, pesan_tempel, ubah
from kks_desktop.ui.rumah_tangga_tempel import baca_blok
from kks_desktop.ui.session import UiSession
from kks_desktop.ui.spreadsheet_view import split_block

logger = logging.getLogger(__name__)

PALING_BANYAK = 6  # problems listed in the page's message; the rest are counted
KK_BARU_NANTI = "KK baru disimpan setelah nama kepala keluarga diisi."
URUNGKAN = "Ctrl+Z mengurungkan."


def daftar(judul: str, lines: Sequence[str]) -> str:
    """A heading and the first PALING_BANYAK lines, the rest counted."""
    shown = [f"• {line}" for line in lines[:PALING_BANYAK]]
    if len(lines) > PALING_BANYAK:
        shown.append(f"… dan {number(len(lines) - PALING_BANYAK)} lainnya.")
    return "\n".join([judul, *shown])


def nama_nama(households: Sequence[RumahTangga], paling_banyak: int = 5) -> str:
    """"Sutrisno, Siti Aminah dan Darto"; past `paling_banyak`: "… dan 12 KK lainnya"."""
    names = [rt.nama_kepala.strip() or "tanpa nama" for rt in households]
    if len(names) > paling_banyak:
        return f"{', '.join(names[:paling_banyak])} dan {number(len(names) - paling_banyak)} KK lainnya"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} dan {names[-1]}"


class PenyuntingKK(QObject):
    """Writes the grid's changes for the desa set by `set_desa` through rumah_tangga_service,
    each in one transaction, and puts each on the undo stack as one step (AksiCommand: undo
    reverses the saved action of the change history). The model keeps its order: changed rows
    are read again, new KK come at the end, deleted ones leave.

    `pesan(text, error)` carries what the page says; while `sedang_menyimpan` the session's
    change news is this editor's own.
    """

    pesan = Signal(str, bool)

    def __init__(self, session: UiSession, model: RumahTanggaModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.model = session, model
        self._widget = parent
        self.kode: KodeWilayah | None = None
        self.desa_id: int | None = None
        self.nama_desa = ""
        self.sedang_menyimpan = False
        model.penyimpan = self.simpan_baris
        model.refused.connect(self._refused)

    def set_desa(self, kode: KodeWilayah | None, desa_id: int | None, nama: str = "") -> None:
        self.kode, self.desa_id, self.nama_desa = kode, desa_id, nama

    def _refused(self, text: str) -> None:
        self.pesan.emit(text, True)

    # -- one cell -------------------------------------------------------------------------

    def simpan_baris(self, row: int, after: RumahTangga) -> bool:
        """The model's `penyimpan`: save one changed household; on the new line keep the draft
        until it has a name (its other cells checked already)."""
        if row == self.model.baris_baru and not after.nama_kepala.strip():
            found = [p for p in rumah_tangga_service.check(after)
                     if p.is_error and p.field != "nama_kepala"]
            if found:
                self.pesan.emit(pesan_sel(found[0], row + 1), True)
                return False
            self.model.set_draft(after)
            self.pesan.emit(KK_BARU_NANTI, False)
            return True
        verb = "tambah" if row == self.model.baris_baru else "ubah"
        saved = self.simpan([(row, after)], f"{verb} KK {after.nama_kepala.strip()}",
                            lambda p: pesan_sel(p, row + 1))
        if saved is not None:
            self._selesai(saved, lambda p: pesan_sel(p, row + 1), "")
        return saved is not None

    # -- many -----------------------------------------------------------------------------

    def simpan(self, perubahan: Sequence[tuple[int, RumahTangga]], judul: str,
               pesan_masalah: Callable[[Problem], str]) -> SavedRumahTangga | None:
        """Save households of the grid's rows (rows from the new line on are new KK) in one
        transaction; None (nothing written, the refusal said) when it is refused. The caller
        says what was saved and tells the pages (`_selesai`)."""
        ws = self.session.workspace
        if self.kode is None or self.desa_id is None:
            return None
        sebelum = set(ws.rumah_tangga.id_urut(self.desa_id))
        awal = riwayat_kelompok.nomor_terakhir(ws)
        try:
            saved = rumah_tangga_service.save(ws, self.kode, [rt for _row, rt in perubahan],
                                              judul=judul)
        except ValidationFailed as exc:
            lines = [pesan_masalah(p) for p in exc.problems if p.is_error]
            one = len(perubahan) == 1 and len(lines) == 1
            self.pesan.emit(lines[0] if one else daftar("Tidak disimpan; perbaiki dulu:", lines),
                            True)
            return None
        except KksError as exc:
            self.pesan.emit(error_text(exc), True)
            return None
        logger.info("saved %d households of %s (%s)", len(perubahan), self.kode, judul)
        if any(row >= self.model.baris_baru for row, _rt in perubahan):
            self.model.set_draft(None)
        self._ikuti(ws.rumah_tangga.id_urut(self.desa_id), sebelum)
        push_aksi(self.session, riwayat_kelompok.aksi_sesudah(ws, awal), judul, str(self.kode))
        return saved

    def _ikuti(self, sesudah: array[int], sebelum: set[int]) -> None:
        """The model's rows after a save: those still there in place, new ones at the end."""
        tetap = set(sesudah)
        baru = sorted(tetap - sebelum)
        self.model.ganti_ids(array("q", [*(i for i in self.model.ids() if i in tetap), *baru]))

    def _kabari(self) -> None:
        """Tell every page of the change (this page knows it is its own)."""
        self.sedang_menyimpan = True
        try:
            self.session.notify(str(self.kode))
        finally:
            self.sedang_menyimpan = False

    def _selesai(self, saved: SavedRumahTangga, pesan_masalah: Callable[[Problem], str],
                 text: str) -> None:
        """Say what was saved (with its warnings), then tell every page."""
        if saved.warnings:
            self.pesan.emit(daftar(f"{text} Perlu diperiksa:".strip(),
                                   [pesan_masalah(p) for p in saved.warnings]), False)
        else:
            self.pesan.emit(text, False)
        self._kabari()

    # -- paste ----------------------------------------------------------------------------

    def tempel(self, text: str, current: QModelIndex) -> bool:
        """Paste a tab-separated block at the current cell (one value: into that cell); every
        row in one save, all or nothing."""
        blok = split_block(text) if text.strip() else []
        if not self.model.editable:
            self.pesan.emit("Pilih satu desa dahulu untuk mengisi data KK.", True)
            return False
        if not blok:
            self.pesan.emit("Papan klip kosong: salin dulu sel dari Excel.", True)
            return False
        if len(blok) == 1 and len(blok[0]) == 1 and current.isValid():
            return self.model.setData(current, blok[0][0], Qt.ItemDataRole.EditRole)
        row = current.row() if current.isValid() else self.model.baris_baru
        first = self.model.column_of("dusun")
        hasil = baca_blok(blok, self.model.kolom, row,
                          current.column() if current.isValid() else first,
                          self.model.baris_baru, self.model.household)
        if hasil.masalah:  # with what the rows read would be refused for, all said at once
            lines = hasil.masalah + [pesan_tempel(p, nomor) for (_row, rt), nomor
                                     in zip(hasil.perubahan, hasil.nomor, strict=True)
                                     for p in rumah_tangga_service.check(rt) if p.is_error]
            lines.sort(key=_nomor_baris)
            self.pesan.emit(daftar("Tidak ada yang ditempel; perbaiki dulu:", lines), True)
            return False
        if not hasil.perubahan:
            self.pesan.emit("Tempelan tidak mengubah data apa pun.", False)
            return False

        def where(problem: Problem) -> str:
            index = problem.param("row")
            return pesan_tempel(problem, hasil.nomor[index - 1] if isinstance(index, int) else 0)

        baru = hasil.baru
        diubah = len(hasil.perubahan) - baru
        saved = self.simpan(hasil.perubahan, f"tempel {number(len(hasil.perubahan))} KK", where)
        if saved is None:
            return False
        parts = [f"{number(n)} KK {kata}" for n, kata in ((baru, "ditambahkan"), (diubah, "diubah"))
                 if n]
        self._selesai(saved, where, f"Dari tempelan: {' dan '.join(parts)}. {URUNGKAN}")
        return True

    # -- clearing and deleting ------------------------------------------------------------

    def kosongkan(self, indexes: Sequence[QModelIndex]) -> bool:
        """Empty the selected typed cells (Delete), row by row in one save."""
        per_row: dict[int, RumahTangga] = {}
        cells = 0
        for index in indexes:
            kolom = self.model.kolom[index.column()]
            rt = per_row.get(index.row()) or self.model.household(index.row())
            if not kolom.isian or rt is None:
                continue
            per_row[index.row()] = ubah(rt, kolom, None)
            cells += 1
        draft = per_row.pop(self.model.baris_baru, None)
        if draft is not None:
            self.model.set_draft(None if draft == KOSONG else draft)
        changes = [(row, rt) for row, rt in sorted(per_row.items())
                   if rt != self.model.household(row)]
        if not changes:
            return draft is not None

        def where(problem: Problem) -> str:
            return pesan_sel(problem, changes[_row_param(problem)][0] + 1)

        saved = self.simpan(changes, f"kosongkan {number(cells)} sel", where)
        if saved is not None:
            self._selesai(saved, where, f"{number(cells)} sel dikosongkan. {URUNGKAN}")
        return saved is not None

    def hapus(self, rows: Sequence[int]) -> bool:
        """Delete the KK of these rows after asking (naming how many and who)."""
        found = [(r, rt) for r in rows if (rt := self.model.household(r)) is not None
                 and r != self.model.baris_baru]
        if not found or self.kode is None or self.desa_id is None:
            self.pesan.emit("Pilih dulu baris KK yang akan dihapus.", True)
            return False
        households = [rt for _r, rt in found]
        if not confirm(self._widget, "Hapus KK",
                       f"Hapus {number(len(found))} KK dari data KK {self.nama_desa}: "
                       f"{nama_nama(households)}?\n\nPenghapusan dapat diurungkan dengan Ctrl+Z "
                       "selama program masih terbuka."):
            return False
        ws = self.session.workspace
        awal = riwayat_kelompok.nomor_terakhir(ws)
        judul = f"hapus {number(len(found))} KK"
        try:
            rumah_tangga_service.delete(ws, [rt.uuid for rt in households], judul)
        except KksError as exc:
            self.pesan.emit(error_text(exc), True)
            return False
        sesudah = ws.rumah_tangga.id_urut(self.desa_id)
        self._ikuti(sesudah, set(sesudah))
        push_aksi(self.session, riwayat_kelompok.aksi_sesudah(ws, awal), judul, str(self.kode))
        self.pesan.emit(f"{number(len(found))} KK dihapus. {URUNGKAN}", False)
        self._kabari()
        return True


def _row_param(problem: Problem) -> int:
    index = problem.param("row")
    return index - 1 if isinstance(index, int) else 0


def _nomor_baris(line: str) -> int:
    """The pasted line a message names ("Baris 3 tempelan, …"), to list them in order."""
    words = line.split(maxsplit=2)
    return int(words[1]) if len(words) > 1 and words[1].isdigit() else 0
