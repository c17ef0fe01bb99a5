"""What the Desa page says changed since the desa's workbook last left or arrived."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from test_buku_desa_baris import SILURAH, SODONG, buat_contoh

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.sejak_ekspor import sejak_ekspor
from kks_desktop.services.workspace import Workspace


def test_before_any_export_everything_is_new_and_no_export_is_named(
        ws: Workspace, make_desa: Callable[..., Desa],
        make_laporan: Callable[..., LaporanSanitasi]) -> None:
    buat_contoh(ws, make_desa, make_laporan)
    found = sejak_ekspor(ws, SILURAH)
    assert found.ekspor is None and found.berubah == ()
    assert found.baru[:4] == ("data desa dan Pokja", "anggota Siti Aminah", "anggota Budi Santoso",
                              "laporan September 2025")


def test_after_an_export_only_later_changes_are_listed(
        ws: Workspace, make_desa: Callable[..., Desa],
        make_laporan: Callable[..., LaporanSanitasi], tmp_path: Path) -> None:
    buat_contoh(ws, make_desa, make_laporan)
    sent = ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx")
    found = sejak_ekspor(ws, SILURAH)
    assert (found.ekspor.uuid if found.ekspor else None, found.baru, found.berubah) == (
        sent.uuid, (), ())
    ws.laporan.put_report(SILURAH, make_laporan("2025-11", total=200, babs=5))
    desa = ws.desa.desa(SILURAH)
    ws.desa.update_desa(desa.with_changes(telepon="0285-999"))
    found = sejak_ekspor(ws, SILURAH)
    assert found.baru == ("laporan November 2025",)
    assert found.berubah == ("data desa dan Pokja",)
    assert sejak_ekspor(ws, SODONG).ekspor is None


def test_a_workbook_received_counts_as_the_last_exchange(
        ws: Workspace, make_desa: Callable[..., Desa],
        make_laporan: Callable[..., LaporanSanitasi], tmp_path: Path) -> None:
    buat_contoh(ws, make_desa, make_laporan)
    sent = ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx")
    ws.desa.update_desa(ws.desa.desa(SILURAH).with_changes(telepon="0285-999"))
    assert sejak_ekspor(ws, SILURAH).berubah == ("data desa dan Pokja",)
    # The same workbook imported back: the phone number here is newer and is kept; what the
    # file holds is now the last exchanged state, so the phone still shows as a change.
    terapkan(ws, rencanakan(ws, sent.path), cadangkan=False)
    assert ws.desa.desa(SILURAH).telepon == "0285-999"
    assert sejak_ekspor(ws, SILURAH).berubah == ("data desa dan Pokja",)
