"""The self-test behind `--self-test`: a fresh workspace taken through every step the program's job needs."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.paths import resources_dir
from kks_desktop.services import reference, wilayah
from kks_desktop.services.buku_desa import desa_dalam_lingkup, ekspor_desa, nama_berkas_desa
from kks_desktop.services.demo import build_demo
from kks_desktop.services.impor_buku import RencanaImpor, rencanakan
from kks_desktop.services.kesiapan_service import folder_bawaan, muat_definisi
from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk
from kks_desktop.services.rumah_tangga_impor import RencanaKK
from kks_desktop.services.rumah_tangga_impor import rencanakan as rencanakan_kk
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

# Kec. Wonotunggal, Kab. Batang: 15 desa, the demo's smallest complete round trip.
KECAMATAN_UJI = "33.25.01"

# The steps in order; the command line names them to the user.
BUKA, WILAYAH, ACUAN, DEMO, EKSPOR, BACA_ULANG, DATA_KK = (
    "buka", "wilayah", "acuan", "demo", "ekspor", "baca_ulang", "data_kk")
LANGKAH = (BUKA, WILAYAH, ACUAN, DEMO, EKSPOR, BACA_ULANG, DATA_KK)

T = TypeVar("T")


class UjiGagal(Exception):
    """A step of the self-test failed: `langkah` is the step, and either `sebab` the error it
    raised or `kode` (with `rincian`) the check that did not hold."""

    def __init__(self, langkah: str, kode: str = "", sebab: BaseException | None = None,
                 **rincian: object) -> None:
        super().__init__(f"{langkah}: {kode or repr(sebab)} {rincian or ''}".strip())
        self.langkah = langkah
        self.kode = kode
        self.sebab = sebab
        self.rincian = rincian


@dataclass(frozen=True)
class HasilUji:
    """What the self-test went through: schema version, provinsi in the region list, checklist
    definitions, the kecamatan and its desa, rows exported and records read back, seconds,
    and the households of the register exported and read back."""

    skema: int
    provinsi: int
    daftar_periksa: int
    kecamatan: str
    desa: int
    baris: int
    catatan: int
    detik: float
    baris_per_lembar: dict[str, int] = field(default_factory=dict)
    kk: int = 0


def uji_mandiri(folder: Path, kecamatan: str = KECAMATAN_UJI) -> HasilUji:
    """Create a workspace in `folder` (which should be empty) and check, in order: it opens and
    migrates healthy; the region list loads; every reference file and checklist definition
    loads; demo data for `kecamatan` is created; a desa workbook of all its desa is exported and
    its import dry run finds every record "sama" and no problem; the household register of the
    demo is exported and its import dry run finds every household "sama" and no error. Leaves
    its files in `folder`.

    Raises UjiGagal naming the first step that failed.
    """
    start = time.perf_counter()
    area = KodeWilayah.parse(kecamatan)
    with _langkah(BUKA, lambda: Workspace.open(folder / "kks.db")) as ws:
        health = _langkah(BUKA, ws.health)
        if not health.ok:
            raise UjiGagal(BUKA, "tidak_sehat", versi=health.schema_version,
                           didukung=health.supported_version, periksa="; ".join(health.quick_check))
        provinsi, desa_resmi = _langkah(WILAYAH, lambda: _wilayah(area))
        definisi = _langkah(ACUAN, _acuan)
        hasil_demo = _langkah(DEMO, lambda: build_demo(ws, area, households=True))
        kode = _langkah(DEMO, lambda: desa_dalam_lingkup(ws))
        if hasil_demo.added != desa_resmi or len(kode) != desa_resmi:
            raise UjiGagal(DEMO, "jumlah_desa", diharapkan=desa_resmi, ada=len(kode))
        target = folder / nama_berkas_desa(area, hasil_demo.scope.nama)
        ekspor = _langkah(EKSPOR, lambda: ekspor_desa(ws, kode, target))
        rencana = _langkah(BACA_ULANG, lambda: rencanakan(ws, ekspor.path))
        _periksa_baca_ulang(rencana, ekspor.baris)
        kk = _langkah(DATA_KK, lambda: ekspor_kk(ws, folder / "data-kk.xlsx", area))
        rencana_kk = _langkah(DATA_KK, lambda: rencanakan_kk(ws, kk.path))
        _periksa_data_kk(rencana_kk, ws.rumah_tangga.jumlah())
    result = HasilUji(health.schema_version, provinsi, definisi, hasil_demo.scope.nama,
                      len(kode), sum(ekspor.baris.values()), len(rencana.catatan),
                      time.perf_counter() - start, dict(ekspor.baris),
                      rencana_kk.jumlah()[Kelas.SAMA])
    logger.info("self-test passed: %s", result)
    return result


def _langkah(langkah: str, kerja: Callable[[], T]) -> T:
    """Run one piece of a step; any exception becomes UjiGagal naming the step."""
    try:
        return kerja()
    except UjiGagal:
        raise
    except Exception as exc:
        logger.exception("self-test step %s failed", langkah)
        raise UjiGagal(langkah, sebab=exc) from exc


def _wilayah(area: KodeWilayah) -> tuple[int, int]:
    """How many provinsi the list has and how many desa the test kecamatan has."""
    provinsi = len(wilayah.children(None))
    wilayah.region(area)
    desa = len(wilayah.desa_within(area))
    if provinsi == 0 or desa == 0:
        raise UjiGagal(WILAYAH, "kosong", provinsi=provinsi, desa=desa)
    return provinsi, desa


def _acuan() -> int:
    """Load every reference file and checklist definition; how many definitions there are."""
    reference.tatanan_list()
    reference.aturan_sanitasi()
    reference.penghargaan()
    reference.acuan_kegiatan()
    files = sorted(folder_bawaan().glob("*.json"))
    definisi = muat_definisi()
    if not files or len(definisi) != len(files):
        raise UjiGagal(ACUAN, "daftar_periksa", folder=str(folder_bawaan()), berkas=len(files),
                       dimuat=len(definisi))
    guide = resources_dir().parent / "docs" / "panduan" / "README.md"
    if not guide.is_file():  # Bantuan ▸ Panduan shows it
        raise UjiGagal(ACUAN, "panduan", berkas=str(guide))
    return len(definisi)


def _periksa_baca_ulang(rencana: RencanaImpor, baris: dict[str, int]) -> None:
    """The workbook just written must read back as exactly what is here: no problem, every
    record "sama", and records from every sheet that had rows."""
    if rencana.masalah:
        raise UjiGagal(BACA_ULANG, "masalah", jumlah=len(rencana.masalah),
                       pertama=rencana.masalah[0])
    lain = {k.value: n for k, n in rencana.jumlah().items() if k is not Kelas.SAMA and n}
    if lain:
        raise UjiGagal(BACA_ULANG, "tidak_sama", kelas=lain)
    dibaca = {c.lembar for c in rencana.catatan}
    hilang = [nama for nama, n in baris.items() if n and nama not in dibaca]
    if hilang:
        raise UjiGagal(BACA_ULANG, "lembar_hilang", lembar=", ".join(hilang))


def _periksa_data_kk(rencana: RencanaKK, ada: int) -> None:
    """The register just exported must read back as exactly what is here: no error (the demo's
    flagged households give warnings) and every household of the workspace "sama"."""
    salah = [m for m in rencana.masalah if m.problem.is_error]
    if salah:
        raise UjiGagal(DATA_KK, "masalah_kk", jumlah=len(salah), pertama=salah[0])
    jumlah = rencana.jumlah()
    lain = {k.value: n for k, n in jumlah.items() if k is not Kelas.SAMA and n}
    if lain or jumlah[Kelas.SAMA] != ada or not ada:
        raise UjiGagal(DATA_KK, "tidak_sama", kelas=lain or {Kelas.SAMA.value: jumlah[Kelas.SAMA]})
