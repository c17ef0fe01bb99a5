"""The rekap workbook for a kecamatan or kabupaten: one row per desa, subtotals, award gates, a chart."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kks_desktop import __version__
from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kertas import Kertas
from kks_desktop.domain.kesiapan import Tingkat
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.lembar import JenisKolom as J
from kks_desktop.domain.lembar import Kolom, Lembar
from kks_desktop.domain.odf import OdfEvent, StatusOdf
from kks_desktop.domain.sanitasi import Pilar
from kks_desktop.messages_sanitasi import PILAR_LABELS, STATUS_ODF_LABELS, STATUS_STBM_LABELS
from kks_desktop.services import kesiapan_service
from kks_desktop.services.buku_desa import PROGRAM, HasilEkspor, versi_skema
from kks_desktop.services.excel_tulis import (
    BOLD,
    BORDER,
    HEADER_ROW,
    LABEL_JUMLAH,
    TOTAL_FILL,
    new_workbook,
    put_text,
    put_value,
    save_atomically,
    setup_print,
    write_meta,
    write_title,
)
from kks_desktop.services.identitas import identitas
from kks_desktop.services.pengaturan import aturan_stbm, kertas, siklus
from kks_desktop.services.rekap_gerbang import tulis_gerbang, tulis_grafik, tulis_header
from kks_desktop.services.sanitasi_summary import (
    DesaSanitasi,
    Rekap,
    RingkasanSanitasi,
    desa_sanitasi,
    rekap,
)
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanEkspor

logger = logging.getLogger(__name__)

FORMAT_NAME = "kks-desktop-rekap"
FORMAT_VERSION = "1"
JENIS_LEDGER = "rekap"
SHEET_REKAP = "Rekap Desa"

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]

# Counts on a subtotal row stay numbers; the format says what they count.
_FORMAT_HITUNG = {"kecamatan": '#,##0" desa"', "status_odf": '#,##0" ODF"',
                  "verifikasi": '#,##0" lulus"', "stbm": '#,##0" STBM"',
                  "sk_nomor": '#,##0" ber-SK"', "periode": '#,##0" melapor"',
                  "diterima": '#,##0" diterima"'}
CATATAN_JUMLAH = ("Baris jumlah: banyaknya desa pada kolom Kecamatan, Status ODF (desa ODF), "
                  "Verifikasi Lulus, Desa STBM, SK Pokja, Laporan Terakhir (desa yang melapor) "
                  "dan Buku Kerja Diterima; persentase akses dan pilar dihitung dari jumlah KK "
                  "laporan terakhir tiap desa (bukan rata-rata persentase desa); skor kesiapan "
                  "adalah rata-rata desa.")


def lembar_rekap() -> Lembar:
    """The columns of the "Rekap Desa" sheet."""
    pillars = tuple(Kolom(f"pilar_{p.value}", f"% {PILAR_LABELS[p]}", J.PERSEN, 9) for p in Pilar)
    return Lembar(SHEET_REKAP, "REKAP POKJA DESA SEHAT PER DESA/KELURAHAN", (
        Kolom("kode", "Kode Desa", J.KODE, 15),
        Kolom("nama", "Desa/Kelurahan", J.TEKS, 24),
        Kolom("kecamatan", "Kecamatan", J.TEKS, 18),
        Kolom("status_odf", "Status ODF", J.PILIHAN, 17,
              pilihan=tuple((s.value, STATUS_ODF_LABELS[s]) for s in StatusOdf)),
        Kolom("verifikasi", "Verifikasi Lulus", J.TANGGAL, 12),
        Kolom("deklarasi", "Deklarasi ODF", J.TANGGAL, 12),
        Kolom("akses", "% Akses Layak", J.PERSEN, 10),
        *pillars,
        Kolom("stbm", "Desa STBM", J.PILIHAN, 16,
              pilihan=tuple((s.value, label) for s, label in STATUS_STBM_LABELS.items())),
        Kolom("sk_nomor", "Nomor SK Pokja", J.TEKS, 24),
        Kolom("sk_tanggal", "Tanggal SK Pokja", J.TANGGAL, 12),
        Kolom("kesiapan", "Skor Kesiapan", J.PERSEN, 10),
        Kolom("periode", "Laporan Terakhir", J.BULAN, 12),
        Kolom("diterima", "Buku Kerja Diterima", J.TANGGAL, 12),
    ))


@dataclass(frozen=True)
class DataRekap:
    """What the rekap shows: the sanitation standing of every desa and the other columns by kode."""

    judul: str
    lingkup: str
    ringkasan: RingkasanSanitasi
    baris: dict[str, dict[str, Any]]  # desa kode -> row (Kolom.kunci -> value)
    hari_ini: dt.date


def _verifikasi_lulus(events: Sequence[OdfEvent], deklarasi: dt.date | None) -> dt.date | None:
    """The date of the passed verification a desa's standing rests on: the last one on or
    before its deklarasi when declared, else the last one."""
    passed = sorted(e.tanggal for e in events if e.lulus)
    before = [d for d in passed if deklarasi is None or d <= deklarasi]
    return before[-1] if before else None


def _diterima(ws: Workspace) -> dict[str, dt.date]:
    """Per desa, the local date a workbook carrying it was last received."""
    found = {}
    for kode, waktu in ws.pertukaran.last_received().items():
        moment = dt.datetime.fromisoformat(waktu.replace("Z", "+00:00"))
        found[kode] = moment.astimezone().date()
    return found


def _skor_kesiapan(ws: Workspace, within: KodeWilayah | None) -> dict[str, float]:
    """The score (0–1) of the desa checklist the Kesiapan page offers first, per desa."""
    definisi = next((d for d in kesiapan_service.muat_definisi() if d.tingkat is Tingkat.DESA),
                    None)
    if definisi is None:
        return {}
    return {b.kode: b.hasil.skor / 100
            for b in kesiapan_service.matriks(ws, definisi, within)}


def _pct(value: float | None) -> float | None:
    return None if value is None else value / 100


def kumpulkan(ws: Workspace, within: KodeWilayah | None = None) -> DataRekap:
    """Read everything the rekap shows, for the desa inside `within` (the workspace scope when
    None, everything when there is no scope)."""
    scope = ws.scope()
    area = within or (scope.kode if scope else None)
    rows = desa_sanitasi(ws, area)
    events = ws.odf.events_within(area)
    received = _diterima(ws)
    scores = _skor_kesiapan(ws, area)
    baris: dict[str, dict[str, Any]] = {}
    for row in rows:
        kode = str(row.desa.kode)
        pokja = ws.pokja.pokja_for(row.desa.kode)
        lap = row.terakhir
        baris[kode] = {
            "kode": kode, "nama": row.desa.nama, "kecamatan": row.desa.wilayah.kecamatan,
            "status_odf": row.posisi.status.value,
            "verifikasi": _verifikasi_lulus(events.get(kode, []), row.posisi.deklarasi),
            "deklarasi": row.posisi.deklarasi,
            "akses": _pct(lap.persen_akses) if lap else None,
            **{f"pilar_{p.value}": _pct(lap.persen_pilar(p)) if lap else None for p in Pilar},
            "stbm": row.stbm.status.value, "sk_nomor": pokja.sk_nomor,
            "sk_tanggal": pokja.sk_tanggal, "kesiapan": scores.get(kode),
            "periode": str(lap.periode) if lap else None, "diterima": received.get(kode)}
    groups: dict[str, list[DesaSanitasi]] = {}
    for row in rows:
        groups.setdefault(row.kecamatan_kode, []).append(row)
    kecamatan = [rekap(k, members[0].desa.wilayah.kecamatan, members)
                 for k, members in sorted(groups.items())]
    nama = identitas(ws, area).nama if area is not None else "Semua desa"
    total = rekap(str(area or ""), nama, rows)
    ringkasan = RingkasanSanitasi(rows, kecamatan, total, siklus(ws), aturan_stbm(ws))
    return DataRekap(nama, str(area or ""), ringkasan, baris, dt.date.today())


def _style_total(ws: Worksheet, row: int, width: int) -> None:
    for cell in ws[row][:width]:
        cell.font, cell.fill, cell.border = BOLD, TOTAL_FILL, BORDER


def _subtotal(ws: Worksheet, row: int, lembar: Lembar, label: str, kode: str, r: Rekap,
              members: Sequence[Mapping[str, Any]]) -> None:
    """A kecamatan's (or the whole area's) totals: counts where counting makes sense."""
    counts = {"kecamatan": r.desa, "status_odf": r.desa_odf,
              "verifikasi": sum(m["verifikasi"] is not None for m in members),
              "stbm": r.desa_stbm, "sk_nomor": sum(bool(m["sk_nomor"]) for m in members),
              "periode": r.desa_dengan_laporan,
              "diterima": sum(m["diterima"] is not None for m in members)}
    scores = [m["kesiapan"] for m in members if m["kesiapan"] is not None]
    shares = {"akses": _pct(r.persen_kk_akses),
              **{f"pilar_{p.value}": _pct(r.persen_pilar(p)) for p in Pilar},
              "kesiapan": sum(scores) / len(scores) if scores else None}
    put_text(ws, row, 2, kode)
    put_text(ws, row, 3, label).alignment = Alignment(wrap_text=True, vertical="top")
    for index, kolom in enumerate(lembar.kolom, start=2):
        if kolom.kunci in counts:
            cell = ws.cell(row=row, column=index, value=counts[kolom.kunci])
            cell.number_format = _FORMAT_HITUNG[kolom.kunci]
        elif kolom.kunci in shares:
            put_value(ws, row, index, kolom, shares[kolom.kunci])
    _style_total(ws, row, len(lembar.kolom) + 1)


def _tulis_rekap(wb: Workbook, data: DataRekap, kertas_: Kertas,
                 progress: Progress | None, batal: Batal | None) -> int:
    lembar = lembar_rekap()
    ws = wb.create_sheet(lembar.nama)
    width = len(lembar.kolom) + 1
    ringkasan = data.ringkasan
    write_title(ws, f"{lembar.judul} — {data.judul.upper()}",
                f"Keadaan per {data.hari_ini.strftime('%d/%m/%Y')}; aturan Desa STBM: "
                f"{ringkasan.aturan.nama}", width)
    tulis_header(ws, HEADER_ROW, lembar.kolom)
    row, number, total = HEADER_ROW, 0, len(data.baris)
    for group in ringkasan.kecamatan:
        members = [data.baris[str(d.desa.kode)] for d in ringkasan.desa
                   if d.kecamatan_kode == group.kode]
        first = row + 1
        for values in members:
            if batal is not None and batal():
                raise Cancelled()
            row, number = row + 1, number + 1
            ws.cell(row=row, column=1, value=number)
            for index, kolom in enumerate(lembar.kolom, start=2):
                put_value(ws, row, index, kolom, values.get(kolom.kunci)).border = BORDER
            ws.cell(row=row, column=1).border = BORDER
            if progress is not None:
                progress(number, total)
        ws.row_dimensions.group(first, row, outline_level=1)
        row += 1
        _subtotal(ws, row, lembar, f"Jumlah Kec. {group.nama}", group.kode, group, members)
    row += 1
    _subtotal(ws, row, lembar, LABEL_JUMLAH, data.lingkup, ringkasan.total,
              list(data.baris.values()))
    ws.sheet_properties.outlinePr.summaryBelow = True
    note = put_text(ws, row + 2, 1, CATATAN_JUMLAH)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row + 2, start_column=1, end_row=row + 2, end_column=width)
    ws.row_dimensions[row + 2].height = 45
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=4)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(width)}{row}"
    setup_print(ws, kertas_, f"{HEADER_ROW}:{HEADER_ROW}")
    return number


def meta_ekspor(format_name: str, versi: str, uuid: str, waktu: str, lingkup: str,
                desa_kode: Sequence[str], baris: Mapping[str, int], paper: Kertas,
                **extra: str) -> dict[str, str]:
    """The `_meta` entries of a workbook this program writes, keyed as the desa workbook's."""
    return {"format": format_name, "versi_format": versi, "program": PROGRAM,
            "versi_program": __version__, "versi_skema": str(versi_skema()), "ekspor_uuid": uuid,
            "waktu": waktu, "lingkup": lingkup, "desa_kode": ",".join(desa_kode),
            "kertas": paper.value, **extra, **{f"baris:{name}": str(n) for name, n in baris.items()}}


@tetap_indonesia
def ekspor_rekap(ws: Workspace, target: Path, within: KodeWilayah | None = None, *,
                 progress: Progress | None = None, batal: Batal | None = None) -> HasilEkspor:
    """Write the rekap workbook to `target` (saved atomically) and record it in the ledger.

    Raises Cancelled (no file under `target`, nothing recorded) or OSError.
    """
    data = kumpulkan(ws, within)
    wb = new_workbook()
    paper = kertas(ws)
    baris = {SHEET_REKAP: _tulis_rekap(wb, data, paper, progress, batal)}
    baris.update(tulis_gerbang(wb, data.ringkasan, data.judul, data.hari_ini, paper))
    baris.update(tulis_grafik(wb, data.ringkasan, data.judul, paper))
    uuid, waktu = new_uuid(), now_text()
    kode = tuple(data.baris)
    write_meta(wb, meta_ekspor(FORMAT_NAME, FORMAT_VERSION, uuid, waktu, data.judul, kode, baris,
                               paper, lingkup_kode=data.lingkup))

    def last_check(_: Path) -> None:
        if batal is not None and batal():
            raise Cancelled()

    sha256 = save_atomically(wb, target, last_check)
    with ws.atomic():
        ws.pertukaran.add_export(CatatanEkspor(uuid, waktu, JENIS_LEDGER, target.name, sha256,
                                               data.judul, kode, baris))
    logger.info("rekap of %d desa written to %s", len(kode), target)
    return HasilEkspor(target, sha256, uuid, kode, baris)

