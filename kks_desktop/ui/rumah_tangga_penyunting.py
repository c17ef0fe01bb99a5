"""PenyuntingKK: saves the Data KK grid's changes (a cell, a paste, cleared cells, deleted KK), undoably."""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
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
KK_BARU_NANTI = QT_TRANSLATE_NOOP("rumah_tangga_penyunting",
                                  "KK baru disimpan setelah nama kepala keluarga diisi.")
URUNGKAN = QT_TRANSLATE_NOOP("rumah_tangga_penyunting", "Ctrl+Z mengurungkan.")


def daftar(judul: str, lines: Sequence[str]) -> str:
    """A heading and the first PALING_BANYAK lines, the rest counted."""
    shown = [f"• {line}" for line in lines[:PALING_BANYAK]]
    if len(lines) > PALING_BANYAK:
        shown.append(translate("rumah_tangga_penyunting", "… dan {jumlah} lainnya.").format(
            jumlah=number(len(lines) - PALING_BANYAK)))
    return "\n".join([judul, *shown])


def nama_nama(households: Sequence[RumahTangga], paling_banyak: int = 5) -> str:
    """"Sutrisno, Siti Aminah dan Darto"; past `paling_banyak`: "… dan 12 KK lainnya"."""
    tanpa = translate("rumah_tangga_penyunting", "tanpa nama")
    names = [rt.nama_kepala.strip() or tanpa for rt in households]
    if len(names) > paling_banyak:
        return translate("rumah_tangga_penyunting", "{nama} dan {jumlah} KK lainnya").format(
            nama=", ".join(names[:paling_banyak]), jumlah=number(len(names) - paling_banyak))
    if len(names) == 1:
        return names[0]
    return translate("rumah_tangga_penyunting", "{awal} dan {akhir}").format(
        awal=", ".join(names[:-1]), akhir=names[-1])


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
            self.pesan.emit(translate("rumah_tangga_penyunting", KK_BARU_NANTI), False)
            return True
        nama = after.nama_kepala.strip()
        if row == self.model.baris_baru:
            judul = f"tambah KK {nama}"  # teks-tetap: the history's stored title
            langkah = translate("rumah_tangga_penyunting", "tambah KK {nama}").format(nama=nama)
        else:
            judul = f"ubah KK {nama}"  # teks-tetap: the history's stored title
            langkah = translate("rumah_tangga_penyunting", "ubah KK {nama}").format(nama=nama)
        saved = self.simpan([(row, after)], judul, lambda p: pesan_sel(p, row + 1), langkah)
        if saved is not None:
            self._selesai(saved, lambda p: pesan_sel(p, row + 1), "")
        return saved is not None

    # -- many -----------------------------------------------------------------------------

    def simpan(self, perubahan: Sequence[tuple[int, RumahTangga]], judul: str,
               pesan_masalah: Callable[[Problem], str], langkah: str = "") -> SavedRumahTangga | None:
        """Save households of the grid's rows (rows from the new line on are new KK) in one
        transaction; None (nothing written, the refusal said) when it is refused. `judul`
        titles the change in the history (stored, in Indonesian), `langkah` the undo step as
        the screen says it (`judul` when empty). The caller says what was saved and tells the
        pages (`_selesai`)."""
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
            self.pesan.emit(lines[0] if one else daftar(
                translate("rumah_tangga_penyunting", "Tidak disimpan; perbaiki dulu:"), lines), True)
            return None
        except KksError as exc:
            self.pesan.emit(error_text(exc), True)
            return None
        logger.info("saved %d households of %s (%s)", len(perubahan), self.kode, judul)
        if any(row >= self.model.baris_baru for row, _rt in perubahan):
            self.model.set_draft(None)
        self._ikuti(ws.rumah_tangga.id_urut(self.desa_id), sebelum)
        push_aksi(self.session, riwayat_kelompok.aksi_sesudah(ws, awal), langkah or judul,
                  str(self.kode), judul=judul)
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
            judul = translate("rumah_tangga_penyunting", "{teks} Perlu diperiksa:").format(teks=text).strip()
            self.pesan.emit(daftar(judul, [pesan_masalah(p) for p in saved.warnings]), False)
        else:
            self.pesan.emit(text, False)
        self._kabari()

    # -- paste ----------------------------------------------------------------------------

    def tempel(self, text: str, current: QModelIndex) -> bool:
        """Paste a tab-separated block at the current cell (one value: into that cell); every
        row in one save, all or nothing."""
        blok = split_block(text) if text.strip() else []
        if not self.model.editable:
            self.pesan.emit(translate("rumah_tangga_penyunting",
                                      "Pilih satu desa dahulu untuk mengisi data KK."), True)
            return False
        if not blok:
            self.pesan.emit(translate("rumah_tangga_penyunting",
                                      "Papan klip kosong: salin dulu sel dari Excel."), True)
            return False
        if len(blok) == 1 and len(blok[0]) == 1 and current.isValid():
            return self.model.setData(current, blok[0][0], Qt.ItemDataRole.EditRole)
        row = current.row() if current.isValid() else self.model.baris_baru
        first = self.model.column_of("dusun")
        hasil = baca_blok(blok, self.model.kolom, row,
                          current.column() if current.isValid() else first,
                          self.model.baris_baru, self.model.household)
        if hasil.masalah:  # with what the rows read would be refused for, all said at once
            lines = hasil.masalah + [(nomor, pesan_tempel(p, nomor)) for (_row, rt), nomor
                                     in zip(hasil.perubahan, hasil.nomor, strict=True)
                                     for p in rumah_tangga_service.check(rt) if p.is_error]
            lines.sort(key=lambda line: line[0])  # by the pasted line each names
            judul = translate("rumah_tangga_penyunting", "Tidak ada yang ditempel; perbaiki dulu:")
            self.pesan.emit(daftar(judul, [text for _nomor, text in lines]), True)
            return False
        if not hasil.perubahan:
            self.pesan.emit(translate("rumah_tangga_penyunting", "Tempelan tidak mengubah data apa pun."),
                            False)
            return False

        def where(problem: Problem) -> str:
            index = problem.param("row")
            return pesan_tempel(problem, hasil.nomor[index - 1] if isinstance(index, int) else 0)

        baru = hasil.baru
        diubah = len(hasil.perubahan) - baru
        jumlah = number(len(hasil.perubahan))
        saved = self.simpan(hasil.perubahan, f"tempel {jumlah} KK", where,  # teks-tetap: stored title
                            translate("rumah_tangga_penyunting", "tempel {jumlah} KK").format(jumlah=jumlah))
        if saved is None:
            return False
        parts = []
        if baru:
            parts.append(translate("rumah_tangga_penyunting", "{jumlah} KK ditambahkan").format(
                jumlah=number(baru)))
        if diubah:
            parts.append(translate("rumah_tangga_penyunting", "{jumlah} KK diubah").format(
                jumlah=number(diubah)))
        if len(parts) == 1:
            rincian = parts[0]
        else:
            rincian = translate("rumah_tangga_penyunting", "{awal} dan {akhir}").format(
                awal=parts[0], akhir=parts[1])
        text = translate("rumah_tangga_penyunting", "Dari tempelan: {rincian}. {urungkan}").format(
            rincian=rincian, urungkan=translate("rumah_tangga_penyunting", URUNGKAN))
        self._selesai(saved, where, text)
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

        saved = self.simpan(changes, f"kosongkan {number(cells)} sel", where,  # teks-tetap: stored title
                            translate("rumah_tangga_penyunting", "kosongkan {jumlah} sel").format(
                                jumlah=number(cells)))
        if saved is not None:
            text = translate("rumah_tangga_penyunting", "{jumlah} sel dikosongkan. {urungkan}").format(
                jumlah=number(cells), urungkan=translate("rumah_tangga_penyunting", URUNGKAN))
            self._selesai(saved, where, text)
        return saved is not None

    def hapus(self, rows: Sequence[int]) -> bool:
        """Delete the KK of these rows after asking (naming how many and who)."""
        found = [(r, rt) for r in rows if (rt := self.model.household(r)) is not None
                 and r != self.model.baris_baru]
        if not found or self.kode is None or self.desa_id is None:
            self.pesan.emit(translate("rumah_tangga_penyunting", "Pilih dulu baris KK yang akan dihapus."),
                            True)
            return False
        households = [rt for _r, rt in found]
        question = translate(
            "rumah_tangga_penyunting", "Hapus {jumlah} KK dari data KK {desa}: {nama}?\n\n"
            "Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.").format(
                jumlah=number(len(found)), desa=self.nama_desa, nama=nama_nama(households))
        if not confirm(self._widget, translate("rumah_tangga_penyunting", "Hapus KK"), question):
            return False
        ws = self.session.workspace
        awal = riwayat_kelompok.nomor_terakhir(ws)
        judul = f"hapus {number(len(found))} KK"  # teks-tetap: the history's stored title
        try:
            rumah_tangga_service.delete(ws, [rt.uuid for rt in households], judul)
        except KksError as exc:
            self.pesan.emit(error_text(exc), True)
            return False
        sesudah = ws.rumah_tangga.id_urut(self.desa_id)
        self._ikuti(sesudah, set(sesudah))
        langkah = translate("rumah_tangga_penyunting", "hapus {jumlah} KK").format(jumlah=number(len(found)))
        push_aksi(self.session, riwayat_kelompok.aksi_sesudah(ws, awal), langkah, str(self.kode),
                  judul=judul)
        self.pesan.emit(translate("rumah_tangga_penyunting", "{jumlah} KK dihapus. {urungkan}").format(
            jumlah=number(len(found)), urungkan=translate("rumah_tangga_penyunting", URUNGKAN)), False)
        self._kabari()
        return True


def _row_param(problem: Problem) -> int:
    index = problem.param("row")
    return index - 1 if isinstance(index, int) else 0

