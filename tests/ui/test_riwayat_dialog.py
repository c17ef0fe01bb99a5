"""The Riwayat dialog on a real workspace: who changed what, old → new, an earlier version put
back (undoable), refusals worded, and the buttons that open it on the Desa, Sanitasi and
Kegiatan pages."""

from __future__ import annotations

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.messages import JENIS_ODF_LABELS
from kks_desktop.services import desa_service, kegiatan_service, riwayat_service, sanitasi_service
from kks_desktop.store.riwayat_pemicu import NAMA_PENGGUNA_KEY
from kks_desktop.ui.desa_page import DesaPage
from kks_desktop.ui.formatting import table_date, waktu_lokal
from kks_desktop.ui.kegiatan_page import KegiatanPage
from kks_desktop.ui.riwayat_dialog import RiwayatDialog
from kks_desktop.ui.riwayat_model import RiwayatModel


@pytest.fixture
def signed(kecamatan_session):
    kecamatan_session.workspace.settings.set_many({NAMA_PENGGUNA_KEY: "Sri Wahyuni"})
    return kecamatan_session


def silurah(session) -> Desa:
    return next(d for d in desa_service.desa_list(session.workspace) if d.nama == "Silurah")


def rows(dialog: RiwayatDialog) -> list[tuple[str, ...]]:
    m = dialog.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount()))
            for r in range(m.rowCount())]


def open_dialog(qtbot, session, desa: Desa) -> RiwayatDialog:
    dialog = RiwayatDialog(session, desa.uuid, f"Desa {desa.nama}", str(desa.kode))
    qtbot.addWidget(dialog)
    return dialog


def test_an_edit_shows_who_and_old_to_new_and_the_old_version_comes_back(
        qtbot, signed, answer) -> None:
    ws, desa = signed.workspace, silurah(signed)
    desa_service.update_desa(ws, desa.with_changes(telepon="0812-1111-2222", jumlah_kk=1200))
    edited = riwayat_service.aksi_terakhir(ws)
    dialog = open_dialog(qtbot, signed, desa)
    assert rows(dialog)[0] == (waktu_lokal(edited.waktu), "Sri Wahyuni", "Desa “Silurah” diubah")
    assert rows(dialog)[-1][1:] == ("–", "Data contoh Wonotunggal")  # made before a name was set
    assert dialog.kalimat() == [f"Desa “Silurah” diubah: Jumlah KK {desa.jumlah_kk} → 1200; "
                                f"Telepon {desa.telepon} → 0812-1111-2222"]
    assert "Sri Wahyuni" in dialog.kepala.text()
    assert dialog.kembalikan_button.isEnabled()
    news: list[str] = []
    signed.data_changed.connect(news.append)
    assert dialog.kembalikan() is True
    assert answer.shown[0].startswith(f"Kembalikan desa “Silurah” ke isinya sebelum perubahan "
                                      f"{waktu_lokal(edited.waktu)}?")
    back = silurah(signed)
    assert (back.telepon, back.jumlah_kk, back.uuid) == (desa.telepon, desa.jumlah_kk, desa.uuid)
    assert news == [str(desa.kode)]
    assert rows(dialog)[0][1:] == ("Sri Wahyuni", "Kembalikan versi lama desa “Silurah”")
    assert dialog.kalimat() == [f"Desa “Silurah” diubah: Jumlah KK 1200 → {desa.jumlah_kk}; "
                                f"Telepon 0812-1111-2222 → {desa.telepon}"]
    assert dialog.pesan.text().startswith("Desa “Silurah” dikembalikan ke isinya sebelum")
    stack = signed.undo_stack
    assert stack.undoText() == "kembalikan versi lama desa “Silurah”"
    stack.undo()
    assert silurah(signed).telepon == "0812-1111-2222"
    stack.redo()
    assert silurah(signed).telepon == desa.telepon
    dialog.reload()
    assert [r[2] for r in rows(dialog)[:3]] == [
        "Ulangi: kembalikan versi lama desa “Silurah”",
        "Urungkan: kembalikan versi lama desa “Silurah”", "Kembalikan versi lama desa “Silurah”"]


def test_no_is_the_answer_and_nothing_changes(qtbot, signed, answer) -> None:
    ws, desa = signed.workspace, silurah(signed)
    desa_service.update_desa(ws, desa.with_changes(telepon="1"))
    dialog = open_dialog(qtbot, signed, desa)
    answer.question = answer.question.No
    assert dialog.kembalikan() is False
    assert silurah(signed).telepon == "1" and signed.undo_stack.count() == 0


def test_an_addition_cannot_be_reverted_and_a_report_gone_is_refused_in_words(
        qtbot, signed, answer) -> None:
    ws, desa = signed.workspace, silurah(signed)
    lap = sanitasi_service.reports_for(ws, desa.kode)[-1]
    sanitasi_service.save_report(ws, desa.kode, lap.with_changes(petugas="Budi"))
    dialog = RiwayatDialog(signed, lap.uuid, f"laporan {lap.periode.label}", str(desa.kode))
    qtbot.addWidget(dialog)
    assert dialog.kalimat() == [f"Laporan sanitasi “{lap.periode}” diubah: Petugas "
                                f"{lap.petugas or '–'} → Budi"]
    dialog.table.selectRow(1)  # the demo made it: an addition has no earlier version
    assert dialog.kalimat() == [f"Laporan sanitasi “{lap.periode}” ditambahkan"]
    assert not dialog.kembalikan_button.isEnabled()
    dialog.table.selectRow(0)
    sanitasi_service.delete_report(ws, desa.kode, sanitasi_service.reports_for(ws, desa.kode)[-1])
    assert dialog.kembalikan() is False
    assert answer.shown[-1] == ("Data itu sudah tidak ada; pulihkan dahulu lewat Data terhapus. "
                                "Tidak ada yang diubah.")
    assert signed.undo_stack.count() == 0


def test_the_model_passes_qtmodeltester(qtmodeltester, signed) -> None:
    model = RiwayatModel()
    dialog_rows = RiwayatDialog(signed, silurah(signed).uuid, "Desa Silurah").model
    model.set_rows([dialog_rows.baris(r) for r in range(dialog_rows.rowCount())])
    qtmodeltester.check(model)


def opened(monkeypatch) -> list[RiwayatDialog]:
    """Patch the dialog's exec: each opened one is kept instead of shown modally."""
    seen: list[RiwayatDialog] = []

    def run(dialog: RiwayatDialog) -> int:
        seen.append(dialog)
        return 0
    monkeypatch.setattr(RiwayatDialog, "exec", run)
    return seen


def test_the_desa_page_and_its_sanitasi_tab_open_the_history(qtbot, signed, monkeypatch) -> None:
    seen = opened(monkeypatch)
    page = DesaPage(signed)
    qtbot.addWidget(page)
    desa = silurah(signed)
    page.select_kode(str(desa.kode))
    page.riwayat_button.click()
    assert [(d.uuid, d.windowTitle(), d.kode) for d in seen] == [
        (desa.uuid, "Riwayat Desa Silurah", str(desa.kode))]
    assert any(r[2] == "Data contoh Wonotunggal" for r in rows(seen[0]))
    tab = page.sanitasi_tab
    assert tab.table.actions() == [tab.riwayat_action]
    assert tab.event_table.actions() == [tab.riwayat_event_action]
    tab.riwayat_action.trigger()
    tab.riwayat_event_action.trigger()
    lap, event = tab.current_report(), tab.current_event()
    step = f"{JENIS_ODF_LABELS[event.jenis.value].lower()} {table_date(event.tanggal)}"
    assert [(d.uuid, d.windowTitle()) for d in seen[1:]] == [
        (lap.uuid, f"Riwayat laporan {lap.periode.label} Silurah"),
        (event.uuid, f"Riwayat {step} Silurah")]
    assert f"Catatan jalur ODF “{event.jenis.value}” ditambahkan" in seen[2].kalimat()


def test_the_kegiatan_page_opens_the_history_of_the_selected_session(
        qtbot, signed, monkeypatch) -> None:
    seen = opened(monkeypatch)
    page = KegiatanPage(signed)
    qtbot.addWidget(page)
    chosen = page.current_ringkas()
    whole = kegiatan_service.ambil(signed.workspace, chosen.uuid)
    page.riwayat_button.click()
    assert [d.uuid for d in seen] == [chosen.uuid]
    assert seen[0].windowTitle() == f"Riwayat kegiatan “{chosen.judul}”"
    sentences = seen[0].kalimat()
    assert f"Kegiatan “{chosen.judul}” ditambahkan" in sentences
    assert {f"Peserta kegiatan “{p.nama}” ditambahkan" for p in whole.peserta} <= set(sentences)
