"""The screenshot scenes of the user guide: name (the image's file name) -> how it is played."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kks_desktop.ui import screenshot_adegan_data as data
from kks_desktop.ui import screenshot_adegan_desa as desa
from kks_desktop.ui import screenshot_adegan_kegiatan as kegiatan
from kks_desktop.ui.screenshot_bantu import Panggung

logger = logging.getLogger(__name__)

Adegan = Callable[[Panggung], QWidget]
# `kks-desktop screenshot --page panduan --out FOLDER` renders all of them as FOLDER/NAME.png.
PANDUAN = "panduan"


def halaman(key: str) -> Adegan:
    """A scene that is a page (or tab) of the main window as it opens."""
    def adegan(p: Panggung) -> QWidget:
        return p.halaman(key)
    adegan.__doc__ = f"The main window showing `{key}`."  # teks-tetap: a docstring
    return adegan


def data_kk_desa(p: Panggung) -> QWidget:
    """The Data KK page with the first desa chosen: its households, ready for typing."""
    p.jendela.show_page("data-kk")  # teks-tetap: a page key
    page = p.jendela.pages["data-kk"]
    first = p.ws.desa.desa_list()[0].kode
    return p.tampil(p.jendela, lambda: page.pilih_desa(first))  # type: ignore[attr-defined]


# In the order the guide uses them: mulai, desa, sanitasi, orientasi, kesiapan, kirim, cadangan.
# A name that is also a page key (`screenshot --page desa`) shows that page as it opens; a view
# with something chosen in it has a name of its own.
ADEGAN: dict[str, Adegan] = {
    "mulai": desa.mulai,
    "beranda": halaman("beranda"),
    "desa": halaman("desa"),
    "tambah-desa": desa.tambah_desa,
    "pokja": desa.pokja,
    "sanitasi-desa": desa.sanitasi,
    "laporan": desa.laporan,
    "laporan-salah": desa.laporan_salah,
    "odf-langkah": desa.odf_langkah,
    "sanitasi-ringkasan": halaman("sanitasi-ringkasan"),  # teks-tetap: a page key
    "data-kk-desa": data_kk_desa,
    "kegiatan-daftar": kegiatan.kegiatan,
    "kegiatan-data": kegiatan.kegiatan_data,
    "kegiatan-peserta": kegiatan.kegiatan_peserta,
    "tempel": kegiatan.tempel,
    "cetak": kegiatan.cetak,
    "daftar-hadir": kegiatan.daftar_hadir,
    "kegiatan-prepost": kegiatan.kegiatan_prepost,
    "kegiatan-rtl": kegiatan.kegiatan_rtl,
    "kesiapan-desa": kegiatan.kesiapan,
    "kesiapan-jawab": kegiatan.kesiapan_jawab,
    "kesiapan-matriks": halaman("kesiapan-matriks"),  # teks-tetap: a page key
    "ekspor": data.ekspor,
    "impor": data.impor,
    "konflik": data.konflik,
    "cadangan-beranda": data.cadangan_beranda,
    "pulihkan": data.pulihkan,
    "riwayat": data.riwayat,
    "data-terhapus": data.data_terhapus,
    "pengaturan": halaman("pengaturan"),
}
