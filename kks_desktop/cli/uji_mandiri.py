"""`--self-test`: the bundle proves it starts, finds its data and does the job, in one line (and the log)."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from kks_desktop import __version__, messages, messages_excel
from kks_desktop.domain.errors import KksError
from kks_desktop.domain.impor_baris import MasalahImpor
from kks_desktop.log import setup_logging
from kks_desktop.services import uji_mandiri as uji
from kks_desktop.services.rumah_tangga_impor import masalah_kk_text
from kks_desktop.services.uji_mandiri import HasilUji, UjiGagal

logger = logging.getLogger(__name__)

JENDELA = "jendela"
LANGKAH_TEXTS = {
    uji.BUKA: "membuat dan memperbarui berkas data",
    uji.WILAYAH: "memuat daftar wilayah Kemendagri",
    uji.ACUAN: "memuat berkas acuan dan daftar periksa",
    uji.DEMO: "membuat data contoh satu kecamatan",
    uji.EKSPOR: "mengekspor buku kerja desa",
    uji.BACA_ULANG: "membaca ulang buku kerja (uji coba impor)",
    uji.DATA_KK: "mengekspor dan membaca ulang data KK",
    JENDELA: "membuka halaman jendela program",
}
_KODE_TEXTS = {
    "tidak_sehat": "berkas data tidak sehat (skema {versi}, program {didukung}; {periksa})",
    "kosong": "daftar wilayah kosong ({provinsi} provinsi, {desa} desa di kecamatan uji)",
    "daftar_periksa": "{berkas} berkas daftar periksa di {folder}, {dimuat} termuat",
    "panduan": "panduan pengguna tidak ada ({berkas})",
    "jumlah_desa": "{ada} desa terdaftar, seharusnya {diharapkan}",
    "tidak_sama": "tidak semua catatan “sama”: {kelas}",
    "lembar_hilang": "lembar tanpa catatan terbaca: {lembar}",
    "halaman_kosong": "halaman “{halaman}” tidak tergambar",
    "qt_berhenti": "Qt berhenti, bagian tampilan program tidak lengkap; pasang ulang KKS Desktop ({pesan})",
}


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def berhasil_text(hasil: HasilUji, halaman: int, detik: float) -> str:
    """"Uji mandiri KKS Desktop 0.1.0 berhasil: ... (15 desa, 945 baris, 2,3 s)"."""
    waktu = f"{detik:.1f}".replace(".", ",")
    return (f"Uji mandiri KKS Desktop {__version__} berhasil: skema {hasil.skema}, "
            f"{hasil.provinsi} provinsi, {hasil.daftar_periksa} daftar periksa, data contoh "
            f"Kec. {hasil.kecamatan} diekspor dan dibaca ulang, semua sama, "
            f"{halaman} halaman jendela ({hasil.desa} desa, {_angka(hasil.baris)} baris, "
            f"{_angka(hasil.kk)} KK, {waktu} s)")


def gagal_text(exc: UjiGagal) -> str:
    """"Uji mandiri gagal pada langkah “mengekspor buku kerja desa”: <why>"."""
    return (f"Uji mandiri KKS Desktop {__version__} gagal pada langkah "
            f"“{LANGKAH_TEXTS.get(exc.langkah, exc.langkah)}”: {_sebab(exc)}")


def _sebab(exc: UjiGagal) -> str:
    if exc.kode == "masalah":
        pertama = exc.rincian["pertama"]
        shown = messages_excel.masalah_text(pertama) if isinstance(pertama, MasalahImpor) else pertama
        return f"{exc.rincian['jumlah']} masalah, yang pertama: {shown}"
    if exc.kode == "masalah_kk":
        pertama = exc.rincian["pertama"]
        shown = masalah_kk_text(pertama) if isinstance(pertama, MasalahImpor) else pertama
        return f"{exc.rincian['jumlah']} kesalahan, yang pertama: {shown}"
    if exc.kode == "tidak_sama":
        kelas = exc.rincian["kelas"]
        shown = ", ".join(f"{n} {k}" for k, n in kelas.items()) if isinstance(kelas, dict) else kelas
        return _KODE_TEXTS["tidak_sama"].format(kelas=shown)
    if exc.kode:
        return _KODE_TEXTS.get(exc.kode, exc.kode).format(**exc.rincian)
    halaman = exc.rincian.get("halaman")
    return (f"halaman “{halaman}”: " if halaman else "") + _kesalahan(exc.sebab)


def _kesalahan(sebab: BaseException | None) -> str:
    if isinstance(sebab, KksError):
        return messages.describe(sebab)
    if isinstance(sebab, OSError):
        return messages.describe_os_error(sebab)
    return f"kesalahan tak terduga ({type(sebab).__name__}: {sebab})"


def jalankan() -> int:
    """Run the self-test in a temporary folder; print one line (stdout on success, stderr on
    failure) and write it to the log, since a windowed program on Windows has no console.
    0 when every step passed, 1 otherwise."""
    setup_logging()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kks-uji-", ignore_cleanup_errors=True) as tmp:
        try:
            hasil = uji.uji_mandiri(Path(tmp))
            halaman = _jendela(Path(tmp))
        except UjiGagal as exc:
            _gagal(exc)
            return 1
    line = berhasil_text(hasil, halaman, time.perf_counter() - start)
    logger.info("%s", line)
    print(line)
    return 0


def _gagal(exc: UjiGagal) -> None:
    line = gagal_text(exc)
    logger.error("%s", line)
    print(line, file=sys.stderr, flush=True)


def _jendela(folder: Path) -> int:
    def qt_berhenti(pesan: str) -> None:
        """Qt is about to abort the process (a bundle without its platform plugin): the line
        first, then exit 1 as any failed step does."""
        _gagal(UjiGagal(JENDELA, "qt_berhenti", pesan=" ".join(pesan.split())))
        logging.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(1)

    try:
        from kks_desktop.ui.uji_jendela import HalamanGagal, uji_jendela
    except Exception as exc:  # Qt missing or broken in the bundle
        logger.exception("self-test: Qt did not load")
        raise UjiGagal(JENDELA, sebab=exc) from exc
    try:
        return uji_jendela(folder / "kks.db", qt_berhenti)
    except HalamanGagal as exc:
        logger.exception("self-test: page %s failed", exc.halaman)
        if exc.sebab is None:
            raise UjiGagal(JENDELA, "halaman_kosong", halaman=exc.halaman) from exc
        raise UjiGagal(JENDELA, sebab=exc.sebab, halaman=exc.halaman) from exc
    except Exception as exc:
        logger.exception("self-test: the window failed")
        raise UjiGagal(JENDELA, sebab=exc) from exc
