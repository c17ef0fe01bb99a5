"""The desa × item readiness matrix: cells as judged per desa, totals, filters, click-through."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt

from kks_desktop.domain.kesiapan_fakta import Jawaban, NilaiJawaban, StatusButir
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.messages_kesiapan import STATUS_LABELS, STATUS_SYMBOLS, alasan_text
from kks_desktop.services import kesiapan_jawaban, kesiapan_service
from kks_desktop.ui.formatting import percent
from kks_desktop.ui.kesiapan_matriks import KesiapanMatriks
from kks_desktop.ui.kesiapan_matriks_model import (
    COL_DESA,
    COL_SKOR,
    FIRST_BUTIR,
    STATUS_ROLE,
    KesiapanJumlahModel,
)
from kks_desktop.ui.problem_tints import STATUS_TINTS
from kks_desktop.ui.session import UiSession

DEFINISI = "pokja-desa-2025"
WONOTUNGGAL = ["Brayo", "Brokoh", "Dringo", "Gringgingsari", "Kedungmalang", "Kemligi", "Kreyo",
               "Penangkan", "Sendang", "Sigayam", "Silurah", "Siwatu", "Sodong", "Wates",
               "Wonotunggal"]
BRAYO = "33.25.01.2009"  # answered "Rencana kerja: Tidak ada" in the demo


def make_matrix(qtbot, session) -> KesiapanMatriks:
    widget = KesiapanMatriks(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(widget: KesiapanMatriks) -> list[str]:
    return [widget.proxy.index(r, COL_DESA).data() for r in range(widget.proxy.rowCount())]


def cell(widget: KesiapanMatriks, kode: str, butir_id: str):
    row = widget.model.row_of(kode)
    return widget.model.index(row, widget.model.column_of(butir_id))


def footer(widget: KesiapanMatriks, status: StatusButir, col: int) -> str:
    row = KesiapanJumlahModel.STATUSES.index(status)
    return widget.jumlah_model.index(row, col).data()


def test_rows_are_the_desa_and_cells_are_each_desa_judged(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    ws = kecamatan_session.workspace
    definisi = kesiapan_service.cari_definisi(DEFINISI)
    assert widget.definisi_combo.currentText() == "Kesiapan Pokja Desa Sehat (siklus 2025)"
    assert names(widget) == WONOTUNGGAL
    model = widget.model
    assert model.columnCount() == FIRST_BUTIR + len(definisi.butir) == 14
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:FIRST_BUTIR] == ["Desa", "Kecamatan", "Skor"]
    assert headers[FIRST_BUTIR:] == [b.judul_singkat.replace(" ", "\n") for b in definisi.butir]
    assert headers[FIRST_BUTIR] == "SK\nPokja"
    tip = model.headerData(FIRST_BUTIR, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("SK Pokja Desa Sehat (nomor dan tanggal)\nSK Kepala Desa/Lurah")
    seen: Counter[StatusButir] = Counter()
    for row in range(model.rowCount()):
        kode = model.record(row).kode
        hasil = kesiapan_service.nilai(ws, definisi, KodeWilayah.parse(kode))
        assert model.index(row, COL_SKOR).data() == percent(hasil.skor)
        for n, h in enumerate(hasil.butir):
            index = model.index(row, FIRST_BUTIR + n)
            assert index.data() == STATUS_SYMBOLS[h.status], (kode, h.butir.id)
            assert index.data(STATUS_ROLE) is h.status
            assert index.data(Qt.ItemDataRole.BackgroundRole) == STATUS_TINTS[h.status]
            seen[h.status] += 1
    # The demo has met, partly met and unmet items, so the comparison means something.
    assert {StatusButir.TERPENUHI, StatusButir.SEBAGIAN, StatusButir.BELUM} <= set(seen)


def test_a_cell_tooltip_gives_the_status_reason_and_evidence(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    definisi = kesiapan_service.cari_definisi(DEFINISI)
    hasil = kesiapan_service.nilai(kecamatan_session.workspace, definisi,
                                   KodeWilayah.parse("33.25.01.2001"))
    rapat = next(h for h in hasil.butir if h.butir.id == "rapat_rutin")
    tip = cell(widget, "33.25.01.2001", "rapat_rutin").data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        f"Silurah — {rapat.butir.label}",
        f"✓ {STATUS_LABELS[rapat.status]}: {alasan_text(rapat.temuan)}",
        "Bukti: " + "; ".join(rapat.temuan.bukti)]
    assert "4 dari minimal 4 rapat" in tip


def test_totals_count_the_cells_of_the_desa_shown(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    model = widget.model

    def check(rows: list[int]) -> None:
        for col in range(FIRST_BUTIR, model.columnCount()):
            counts = Counter(model.index(r, col).data(STATUS_ROLE) for r in rows)
            for status in StatusButir:
                assert footer(widget, status, col) == str(counts[status]), (col, status)
        mean = sum(model.record(r).hasil.skor for r in rows) / len(rows)
        assert footer(widget, StatusButir.SEBAGIAN, COL_SKOR) == percent(mean)
        assert footer(widget, StatusButir.TERPENUHI, COL_DESA) == (
            f"✓ Terpenuhi (dari {len(rows)} desa)")

    check(list(range(15)))
    col = model.column_of("rencana_kerja")
    assert [footer(widget, s, col) for s in StatusButir] == ["7", "2", "6", "0"]
    widget.search.setText("so")
    shown = [model.row_of(k) for k in widget.shown_kodes()]
    assert [model.record(r).nama for r in shown] == ["Sodong"]
    check(shown)
    assert "Menampilkan 1 dari 15" in widget.count.text()


def test_search_narrows_the_rows_by_desa_name(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    assert widget.kecamatan_combo.isHidden()  # one kecamatan: nothing to choose
    widget.search.setText("Gr")
    assert names(widget) == ["Gringgingsari"]
    widget.search.setText("wa")
    assert names(widget) == ["Siwatu", "Wates"]
    widget.search.setText("")
    assert names(widget) == WONOTUNGGAL


def test_the_kecamatan_filter_and_search_narrow_a_kabupaten(qtbot, batang):
    widget = make_matrix(qtbot, UiSession(batang))
    assert widget.model.rowCount() == 248
    combo = widget.kecamatan_combo
    assert not combo.isHidden()
    assert combo.itemText(0) == "Semua kecamatan"
    assert combo.count() == 16
    widget.show_kecamatan("33.25.01")
    assert combo.currentText() == "Wonotunggal"
    assert names(widget) == WONOTUNGGAL
    assert footer(widget, StatusButir.TERPENUHI, COL_DESA) == "✓ Terpenuhi (dari 15 desa)"
    widget.search.setText("wa")
    assert names(widget) == ["Siwatu", "Wates"]
    widget.show_kecamatan("")
    shown = names(widget)
    assert "Wates" in shown and len(shown) > 2
    assert all("wa" in n.casefold() for n in shown)


def test_rows_start_by_kecamatan_then_name_and_sort_by_score(qtbot, batang):
    widget = make_matrix(qtbot, UiSession(batang))
    records = widget.proxy.shown_records()
    keys = [(r.kecamatan, r.nama) for r in records]
    assert keys == sorted(keys)
    assert keys[0] == ("Bandar", "Bandar")
    widget.table.sortByColumn(COL_SKOR, Qt.SortOrder.DescendingOrder)
    scores = [r.hasil.skor for r in widget.proxy.shown_records()]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[-1]
    assert widget.jumlah_model.rowCount() == 4  # the totals stay out of the sorted rows


def test_double_click_or_enter_on_a_desa_opens_its_checklist(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    asked: list[tuple[str, str]] = []
    widget.desa_dipilih.connect(lambda did, kode: asked.append((did, kode)))
    index = widget.proxy.index(2, 4)
    assert index.siblingAtColumn(COL_DESA).data() == "Dringo"
    rect = widget.table.visualRect(index)
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [(DEFINISI, "33.25.01.2014")]
    assert widget.select_desa("33.25.01.2008")
    widget.table.setFocus()
    with qtbot.waitSignal(widget.desa_dipilih, timeout=1000) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [DEFINISI, "33.25.01.2008"]


def _answer_rencana_kerja(session: UiSession, kode: str) -> None:
    definisi = kesiapan_service.cari_definisi(DEFINISI)
    kesiapan_jawaban.simpan(session.workspace, definisi, KodeWilayah.parse(kode), "rencana_kerja",
                            Jawaban(NilaiJawaban.ADA, nomor="RK/01/2025",
                                    tanggal=dt.date(2025, 2, 3), oleh="Sekretaris Pokja"))
    session.notify(kode)


def test_an_answer_updates_the_shown_cell_and_totals(qtbot, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    col = widget.model.column_of("rencana_kerja")
    assert widget.select_desa(BRAYO)
    assert cell(widget, BRAYO, "rencana_kerja").data() == "✗"
    assert footer(widget, StatusButir.TERPENUHI, col) == "7"
    _answer_rencana_kerja(kecamatan_session, BRAYO)
    index = cell(widget, BRAYO, "rencana_kerja")
    assert index.data() == "✓"
    assert "RK/01/2025" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert footer(widget, StatusButir.TERPENUHI, col) == "8"
    assert footer(widget, StatusButir.BELUM, col) == "5"
    assert widget.table.currentIndex().siblingAtColumn(COL_DESA).data() == "Brayo"
    definisi = kesiapan_service.cari_definisi(DEFINISI)
    kesiapan_jawaban.hapus(kecamatan_session.workspace, definisi, KodeWilayah.parse(BRAYO),
                           "rencana_kerja")
    kecamatan_session.notify(BRAYO)
    index = cell(widget, BRAYO, "rencana_kerja")
    assert index.data() == "?"
    assert index.data(Qt.ItemDataRole.BackgroundRole) == STATUS_TINTS[StatusButir.TIDAK_DIKETAHUI]
    assert "? Tidak diketahui: belum dijawab" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert footer(widget, StatusButir.TIDAK_DIKETAHUI, col) == "1"


def test_a_hidden_matrix_reads_the_change_when_shown_again(qtbot, kecamatan_session, monkeypatch):
    widget = make_matrix(qtbot, kecamatan_session)
    calls: list[str] = []
    real = kesiapan_service.matriks
    monkeypatch.setattr(kesiapan_service, "matriks",
                        lambda *args, **kw: calls.append("read") or real(*args, **kw))
    widget.hide()
    _answer_rencana_kerja(kecamatan_session, BRAYO)
    kecamatan_session.notify("")
    assert calls == []  # nothing read while hidden
    assert cell(widget, BRAYO, "rencana_kerja").data() == "✗"
    widget.show()
    qtbot.waitExposed(widget)
    assert calls == ["read"]
    assert cell(widget, BRAYO, "rencana_kerja").data() == "✓"


def test_the_matrix_is_read_only_when_first_shown(qtbot, kecamatan_session, monkeypatch):
    calls: list[str] = []
    real = kesiapan_service.matriks
    monkeypatch.setattr(kesiapan_service, "matriks",
                        lambda *args, **kw: calls.append("read") or real(*args, **kw))
    widget = KesiapanMatriks(kecamatan_session)
    qtbot.addWidget(widget)
    assert calls == [] and widget.model.rowCount() == 0
    widget.show()
    qtbot.waitExposed(widget)
    assert calls == ["read"] and widget.model.rowCount() == 15


def test_models_pass_the_model_tester(qtbot, qtmodeltester, kecamatan_session):
    widget = make_matrix(qtbot, kecamatan_session)
    qtmodeltester.check(widget.model)
    qtmodeltester.check(widget.proxy)
    qtmodeltester.check(widget.jumlah_model)


def test_choosing_another_checklist_changes_the_columns(qtbot, qtmodeltester, kecamatan_session,
                                                       monkeypatch):
    shipped = kesiapan_service.muat_definisi()
    desa = next(d for d in shipped if d.id == DEFINISI)
    short = dataclasses.replace(desa, id="pokja-ringkas", judul="Kesiapan ringkas",
                                butir=desa.butir[:3])
    monkeypatch.setattr(kesiapan_service, "muat_definisi", lambda folder=None: (*shipped, short))
    widget = make_matrix(qtbot, kecamatan_session)
    labels = [widget.definisi_combo.itemText(i) for i in range(widget.definisi_combo.count())]
    assert labels == ["Kesiapan Pokja Desa Sehat (siklus 2025)", "Kesiapan ringkas (siklus 2025)"]
    assert widget.select_desa(BRAYO)
    widget.definisi_combo.setCurrentIndex(1)
    assert widget.model.columnCount() == widget.jumlah_model.columnCount() == FIRST_BUTIR + 3
    assert widget.model.headerData(FIRST_BUTIR + 2, Qt.Orientation.Horizontal) == "Rencana\nkerja"
    assert cell(widget, BRAYO, "rencana_kerja").data() == "✗"
    assert widget.table.currentIndex().siblingAtColumn(COL_DESA).data() == "Brayo"
    qtmodeltester.check(widget.proxy)
    asked: list[tuple[str, str]] = []
    widget.desa_dipilih.connect(lambda did, kode: asked.append((did, kode)))
    widget.table.activated.emit(widget.table.currentIndex())
    assert asked == [("pokja-ringkas", BRAYO)]


def test_an_empty_workspace_says_so(qtbot, session):
    widget = make_matrix(qtbot, session)
    assert widget.model.rowCount() == 0
    assert widget.jumlah_model.rowCount() == 0
    assert widget.count.text() == "Belum ada desa/kelurahan terdaftar di wilayah kerja ini."
