"""The Desa page line telling when the desa's workbook last left and what changed since."""

from __future__ import annotations

from pathlib import Path

from test_desa_page import SILURAH, SODONG, make_page

from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.ui.formatting import waktu_lokal


def test_the_desa_page_says_when_the_workbook_last_left_and_what_changed(
        qtbot, kecamatan_session, tmp_path: Path) -> None:
    ws = kecamatan_session.workspace
    page = make_page(qtbot, kecamatan_session)
    assert page.sejak_ekspor.text().startswith("Buku kerja desa ini belum pernah diekspor.")
    sent = ekspor_desa(ws, [SILURAH], tmp_path / "silurah.xlsx")
    kecamatan_session.notify("")
    page.select_kode(str(SILURAH))
    when = waktu_lokal(ws.pertukaran.exports()[0].waktu)
    assert page.sejak_ekspor.text() == f"Ekspor terakhir {when}; sejak itu tidak ada perubahan."
    assert page.sejak_ekspor.toolTip() == sent.path.name
    ws.desa.update_desa(ws.desa.desa(SILURAH).with_changes(telepon="0285-999"))
    kecamatan_session.notify(str(SILURAH))
    assert page.sejak_ekspor.text() == (
        f"⚠ Ekspor terakhir {when}; sejak itu 1 berubah: data desa dan Pokja. "
        "Ekspor ulang sebelum dikirim.")
    assert page.sejak_ekspor.toolTip().splitlines() == [f"Berkas: {sent.path.name}",
                                                        "Berubah: data desa dan Pokja"]
    page.select_kode(str(SODONG))
    assert "belum pernah diekspor" in page.sejak_ekspor.text()
