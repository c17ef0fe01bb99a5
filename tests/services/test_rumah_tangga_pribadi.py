"""Personal data stays home: with households in the register, the workbooks that travel by
routine (the desa workbook, the rekap, the blank templates) carry counts, never a household."""

from __future__ import annotations

from pathlib import Path

from kk_ekspor_uji import keluarga, lembar, simpan

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import buku_desa, rekap_excel, templat
from kks_desktop.services.demo import build_demo
from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk

WONOTUNGGAL = KodeWilayah.parse("33.25.01")


def _every_text(path: Path) -> set[str]:
    return {str(cell) for rows in lembar(path).values() for row in rows for cell in row
            if cell != ""}


def test_routine_workbooks_hold_no_household(ws, tmp_path):
    build_demo(ws, WONOTUNGGAL)
    desa = [d.kode for d in ws.desa.desa_list(WONOTUNGGAL)]
    households = []
    for index, kode in enumerate(desa[:3]):
        group = [rt.with_changes(nama_kepala=f"Kepala Rahasia {index}-{n:03d}",
                                 no_kk=f"3325019{index}{n:08d}", alamat=f"Gang Rahasia {n}")
                 for n, rt in enumerate(keluarga(40, seed=index, sulit=False))]
        simpan(ws, str(kode), group)
    for kode in desa[:3]:
        households += list(ws.rumah_tangga.semua_desa(ws.rumah_tangga.desa_id(kode)))
    assert len(households) == 120
    secrets = {value for rt in households for value in (rt.nama_kepala, rt.no_kk, rt.uuid,
                                                        rt.alamat)}
    written = [buku_desa.ekspor_desa(ws, desa, tmp_path / "semua.xlsx").path,
               *(h.path for h in buku_desa.ekspor_per_desa(ws, desa[:3], tmp_path / "per")),
               rekap_excel.ekspor_rekap(ws, tmp_path / "rekap.xlsx").path,
               *(templat.buat_templat(ws, jenis, tmp_path / f"{jenis}.xlsx").path
                 for jenis in templat.JENIS_TEMPLAT)]
    for path in written:
        texts = _every_text(path)
        leaked = {s for s in secrets if any(s in t for t in texts)}
        assert not leaked, f"{path.name} carries household data: {sorted(leaked)[:3]}"
        assert not any("Rahasia" in t for t in texts), path.name
    # The check sees real content: the desa workbook names its desa, and the explicit register
    # export, read the same way, shows every one of these values.
    assert "Silurah" in " ".join(_every_text(written[0]))
    assert secrets <= _every_text(ekspor_kk(ws, tmp_path / "kk.xlsx", WONOTUNGGAL).path)
