"""Exporting the household (KK) register to Excel for one desa, a kecamatan or the whole workspace:
streamed from the store in constant memory, split over sheets at Excel's row limit, saved atomically."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN
from kks_desktop.domain.sanitasi import Pilar
from kks_desktop.messages_rumah_tangga import PEMBUANGAN_LABELS, TIDAK, YA
from kks_desktop.messages_rumah_tangga_excel import SEMUA_DESA
from kks_desktop.messages_sanitasi import RUNG_LABELS
from kks_desktop.services.buku_desa import HasilEkspor
from kks_desktop.services.excel_tulis import save_atomically
from kks_desktop.services.identitas import Identitas, identitas
from kks_desktop.services.pengaturan import kertas
from kks_desktop.services.rekap_excel import meta_ekspor
from kks_desktop.services.rumah_tangga_keterangan import Ringkasan, tulis_keterangan
from kks_desktop.services.rumah_tangga_kolom import POSISI
from kks_desktop.services.rumah_tangga_lembar import (
    AWAS,
    BARIS_PER_LEMBAR,
    FORMAT_NAME,
    FORMAT_VERSION,
    Gaya,
    buku_kerja,
    gaya,
    lembar_meta,
    nama_lembar_data,
    saring,
    siapkan_cetak,
    siapkan_lembar,
    tulis_awas,
    tulis_daftar,
    tulis_meta,
)
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanEkspor
from kks_desktop.store.rumah_tangga_store import KOLOM_NILAI

logger = logging.getLogger(__name__)

JENIS_LEDGER = "data_kk"  # the kind of workbook in the exchange ledger

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]
LANGKAH = 2_000  # households between two progress reports and Batal checks
# Closing the workbook (zipping the sheets) takes about this share of the writing time.
_BOBOT_TUTUP = 0.12
# Days from 1899-12-30 (Excel's day 0, after its 1900 leap-year slip) to 0001-01-01.
_HARI_EXCEL = dt.date(1899, 12, 30).toordinal()
# Where each stored value (KOLOM_NILAI) goes: (its place in the stored row, its column).
_N = {k: i for i, k in enumerate(KOLOM_NILAI)}
_TEKS = tuple((_N[k], POSISI[k])
              for k in ("dusun", "rt", "rw", "no_kk", "nama_kepala", "alamat", "petugas"))
# The answers and the pillars practised, stored 1 (Ya), 0 (Tidak) or NULL.
_YA_TIDAK = tuple((_N[k], POSISI[k]) for k in (*KUNCI_PERTANYAAN, *(p.value for p in Pilar)))
_YT = (TIDAK, YA)
_LABEL = {**{p.value: label for p, label in PEMBUANGAN_LABELS.items()},
          **{r.value: label for r, label in RUNG_LABELS.items()}}
_PILIHAN = ((_N["pembuangan"], POSISI["pembuangan"]), (_N["tangga"], POSISI["tangga"]))
_I_JIWA, _C_JIWA = _N["jumlah_jiwa"], POSISI["jumlah_jiwa"]
_I_TANGGAL, _C_TANGGAL = _N["tanggal"], POSISI["tanggal"]
_I_UUID, _C_UUID = _N["uuid"], POSISI["uuid"]
_C_KODE, _C_DESA = POSISI["kode_desa"], POSISI["nama_desa"]


class _HariExcel(dict[str, int]):
    """ISO date → Excel's day number, each date worked out once (visits share few days)."""

    def __missing__(self, iso: str) -> int:
        day = self[iso] = dt.date.fromisoformat(iso).toordinal() - _HARI_EXCEL
        return day


def desa_lingkup(ws: Workspace, kode: KodeWilayah | None) -> list[Desa]:
    """The registered desa of a desa kode, of a region (kecamatan, kabupaten) or of the whole
    workspace (None), in kode order.

    Raises DesaNotFound for a desa kode that is not registered.
    """
    if kode is not None and kode.level is Level.DESA:
        return [ws.desa.desa(kode)]
    return ws.desa.desa_list(kode)


def nama_wilayah(ws: Workspace, kode: KodeWilayah | None) -> str:
    """"Desa Silurah", "Kecamatan Wonotunggal", "Kabupaten Batang"; for None the workspace's
    own region (or "semua desa" before one is chosen). A region with registered desa is named
    from their records: no look-up in the official list (its first load takes 0.4 s)."""
    if kode is None:
        scope = ws.scope()
        return nama_wilayah(ws, scope.kode) if scope else SEMUA_DESA
    inside = ws.desa.desa_list(kode) if kode.level is not Level.DESA else []
    if not inside:
        return identitas(ws, kode).nama
    w = inside[0].wilayah
    return Identitas(kode, "", "", w.kecamatan, w.kabupaten, w.provinsi).nama


def jumlah_kk(ws: Workspace, kode: KodeWilayah | None) -> int:
    """How many households an export of `kode` holds (quick: counted off an index).

    Raises DesaNotFound for a desa kode that is not registered.
    """
    if kode is None:
        return ws.rumah_tangga.jumlah()
    total = 0
    for desa in desa_lingkup(ws, kode):
        did = ws.rumah_tangga.desa_id(desa.kode)
        total += ws.rumah_tangga.jumlah(did) if did is not None else 0
    return total


@dataclass
class _Lembaran:
    """The data sheets of one export: planned from the count, one more whenever a sheet is
    full (households added while the export ran), each with its header and rows."""

    wb: Workbook
    g: Gaya
    sheets: list[Worksheet] = field(default_factory=list)
    baris: list[int] = field(default_factory=list)

    def tambah(self) -> Worksheet:
        sheet = self.wb.add_worksheet(nama_lembar_data(len(self.sheets) + 1))
        siapkan_lembar(sheet, self.g)
        self.sheets.append(sheet)
        self.baris.append(0)
        return sheet

    def ke(self, nomor: int) -> Worksheet:
        """The `nomor`-th sheet (0-based), added when the plan had fewer."""
        while nomor >= len(self.sheets):
            self.tambah()
        return self.sheets[nomor]

    def selesai(self, paper: Kertas) -> dict[str, int]:
        for sheet, rows in zip(self.sheets, self.baris, strict=True):
            saring(sheet, rows)
            siapkan_cetak(sheet, paper)
        return {s.get_name(): n for s, n in zip(self.sheets, self.baris, strict=True)}


class _Penulis:
    """Writes the workbook when `save_atomically` asks it to save to its temporary file."""

    def __init__(self, ws: Workspace, bagian: list[tuple[Desa, int, int]], batas: int,
                 ringkasan: Ringkasan, meta: dict[str, str], progress: Progress | None,
                 batal: Batal | None) -> None:
        self.ws, self.bagian, self.batas = ws, bagian, batas
        self.ringkasan, self.meta = ringkasan, meta
        self.progress, self.batal = progress, batal
        self.total = sum(n for _, _, n in bagian)
        self.skala = self.total + int(self.total * _BOBOT_TUTUP)
        self.baris: dict[str, int] = {}

    def _langkah(self, done: int) -> None:
        if self.batal is not None and self.batal():
            raise Cancelled()
        if self.progress is not None:
            self.progress(done, self.skala)

    def save(self, path: Path) -> None:
        with buku_kerja(path) as wb:
            g = gaya(wb)
            keterangan = wb.add_worksheet(self.ringkasan.nama_lembar)
            lembaran = _Lembaran(wb, g)
            for _ in range(max(1, -(-self.total // self.batas))):
                lembaran.tambah()
            tulis_daftar(wb)
            meta = lembar_meta(wb)
            self._data(lembaran)
            self.baris = lembaran.selesai(self.ringkasan.kertas)
            self.ringkasan.lembar = dict(self.baris)
            self.ringkasan.jumlah = sum(self.baris.values())
            tulis_keterangan(keterangan, g, self.ringkasan)
            tulis_meta(meta, {**self.meta, **{f"baris:{k}": str(n) for k, n in self.baris.items()}})
            keterangan.activate()
            self._langkah(sum(self.baris.values()))
        if self.progress is not None:
            self.progress(self.skala, self.skala)

    def _data(self, lembaran: _Lembaran) -> None:
        """Every household, desa by desa in kode order, each desa's in the order shown, from
        its stored values (the rung and the pillars practised are stored with every save)."""
        store = self.ws.rumah_tangga
        batas, g = self.batas, lembaran.g
        nomor, row, done = 0, 0, 0
        sheet = lembaran.ke(0)
        put, num = sheet.write_string, sheet.write_number
        awas, yt, label, hari = AWAS, _YT, _LABEL, _HariExcel()
        self._langkah(0)
        for desa, did, count in self.bagian:
            if not count:
                continue
            kode, nama = str(desa.kode), desa.nama
            for values in store.nilai_desa(did):
                if row == batas:
                    lembaran.baris[nomor] = row
                    nomor += 1
                    sheet = lembaran.ke(nomor)
                    put, num, row = sheet.write_string, sheet.write_number, 0
                row += 1
                put(row, _C_KODE, kode)
                if nama[:1] in awas:
                    tulis_awas(sheet, row, _C_DESA, nama, g)
                else:
                    put(row, _C_DESA, nama)
                for i, col in _TEKS:
                    text = values[i]
                    if text:
                        if text[0] in awas:
                            tulis_awas(sheet, row, col, text, g)
                        else:
                            put(row, col, text)
                if (value := values[_I_JIWA]) is not None:
                    num(row, _C_JIWA, value)
                if value := values[_I_TANGGAL]:
                    num(row, _C_TANGGAL, hari[value])
                for i, col in _YA_TIDAK:
                    if (value := values[i]) is not None:
                        put(row, col, yt[value])
                for i, col in _PILIHAN:
                    if value := values[i]:
                        put(row, col, label[value])
                put(row, _C_UUID, values[_I_UUID])
                done += 1
                if done % LANGKAH == 0:
                    self._langkah(done)
        lembaran.baris[nomor] = row
        self._langkah(done)


@tetap_indonesia
def ekspor_kk(ws: Workspace, target: Path, kode: KodeWilayah | None = None, *,
              progress: Progress | None = None, batal: Batal | None = None,
              baris_per_lembar: int = BARIS_PER_LEMBAR) -> HasilEkspor:
    """Write the register of a desa, a region (kecamatan, kabupaten) or the whole workspace
    (None) to `target`: every household on the sheet "Data KK", continued on "Data KK (2)", …
    after `baris_per_lembar` rows, with a "Keterangan" sheet saying what the workbook holds, how
    it is split and that it carries personal data.

    Raises DesaNotFound (a desa kode not registered); Cancelled when `batal()` turns True (no
    file); OSError when the file cannot be written (no file under `target`).
    """
    if baris_per_lembar < 1:
        raise ValueError(baris_per_lembar)
    desa = desa_lingkup(ws, kode)
    bagian = [(d, did, ws.rumah_tangga.jumlah(did)) for d in desa
              if (did := ws.rumah_tangga.desa_id(d.kode)) is not None]
    paper = kertas(ws)
    uuid, waktu = new_uuid(), now_text()
    desa_kode = tuple(str(d.kode) for d, _, n in bagian if n)
    ringkasan = Ringkasan.untuk(nama_wilayah(ws, kode), kode, desa,
                                sum(n for _, _, n in bagian), len(desa_kode), paper)
    meta = meta_ekspor(FORMAT_NAME, FORMAT_VERSION, uuid, waktu, ringkasan.wilayah, desa_kode,
                       {}, paper, isi="ekspor", lingkup_kode=str(kode or ""))
    penulis = _Penulis(ws, bagian, baris_per_lembar, ringkasan, meta, progress, batal)

    def last_check(_: Path) -> None:
        if batal is not None and batal():
            raise Cancelled()

    sha256 = save_atomically(penulis, target, before_rename=last_check)
    # Personal data left the program: the exchange ledger lists it with the other workbooks.
    with ws.atomic():
        ws.pertukaran.add_export(CatatanEkspor(uuid, waktu, JENIS_LEDGER, target.name, sha256,
                                               ringkasan.wilayah, desa_kode, dict(penulis.baris)))
    logger.info("exported %d households of %s to %s (%s)", sum(penulis.baris.values()),
                kode or "the workspace", target, penulis.baris)
    return HasilEkspor(target, sha256, uuid, desa_kode, penulis.baris)
