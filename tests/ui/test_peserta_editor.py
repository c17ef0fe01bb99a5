"""PesertaEditor: spreadsheet entry, paste through the preview, double entries, people seen before."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLineEdit

from kks_desktop.domain.kegiatan import JenisKelamin, Kegiatan, Peserta
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.services import kegiatan_service
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.peserta_delegates import label_orang
from kks_desktop.ui.peserta_editor import PesertaEditor
from kks_desktop.ui.peserta_table_model import (
    COL_HARI_1,
    COL_INSTANSI,
    COL_JABATAN,
    COL_JK,
    COL_NAMA,
    COL_NO,
    GANDA_TINT,
    PesertaTableModel,
)
from kks_desktop.ui.problem_tints import TINTS
from kks_desktop.ui.tempel_dialog import TempelDialog

MULAI = dt.date(2025, 9, 16)
SITI = Peserta("Siti Aminah", JenisKelamin.P, "Ketua", "Pokja Desa Sehat Silurah", "pokja_desa",
               "", "Silurah", "081234567890", (1, 2), 55.0, 80.5, "u-siti")
BUDI = Peserta("Budi Santoso", JenisKelamin.L, "Kepala Seksi", "Dinas Kesehatan", "opd",
               hadir=(1,), pre=60.0, uuid="u-budi")
AGUS = Peserta("Agus Salim", JenisKelamin.L, "Sanitarian", "Puskesmas Wonotunggal", "puskesmas",
               hadir=(2,), post=90.0, uuid="u-agus")
BUDI_LAGI = Peserta("dr. BUDI  SANTOSO", telepon="0856111222", hadir=(2,), post=85.0,
                    uuid="u-budi2")


def _kegiatan(*peserta: Peserta, hari: int = 2, uuid: str = "k-1") -> Kegiatan:
    return Kegiatan(jenis="orientasi_kks", judul="Orientasi", mulai=MULAI,
                    selesai=MULAI + dt.timedelta(days=hari - 1),
                    wilayah=KodeWilayah.parse("33.25"), peserta=peserta, uuid=uuid)


@pytest.fixture
def editor(qtbot, session) -> PesertaEditor:
    widget = PesertaEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    widget.load(_kegiatan(SITI, BUDI, AGUS))
    return widget


def _at(editor: PesertaEditor) -> tuple[int, int]:
    return editor.table.currentIndex().row(), editor.table.currentIndex().column()


def _type(qtbot, editor: PesertaEditor, text: str) -> QLineEdit:
    """Type on the current cell: the first key opens the editor, which then has the keyboard."""
    table = editor.table
    qtbot.keyClick(table, text[0])
    line = table.indexWidget(table.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, text[1:])
    return line


def _accept_dialog(monkeypatch, qtbot, seen: list[tuple[str, str]]) -> None:
    """Drive the real dialog: show it and click its "Tambahkan N peserta" button; `seen` gets
    the button text and the problems listed."""
    def run(dialog: TempelDialog) -> int:
        seen.append((dialog.tambah_button.text(), dialog.masalah.toPlainText()))
        dialog.show()
        qtbot.mouseClick(dialog.tambah_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(TempelDialog, "exec", run)


# -- load, round trip, model ---------------------------------------------------------------


def test_round_trip_keeps_rows_order_and_uuids(editor: PesertaEditor) -> None:
    assert editor.peserta() == (SITI, BUDI, AGUS)
    assert editor.model.rowCount() == 4  # the blank row to type into
    assert editor.model.index(3, COL_NO).data() == ""
    assert editor.model.index(3, COL_HARI_1).data(Qt.ItemDataRole.CheckStateRole) is None


def test_grid_shows_columns_days_and_summary(editor: PesertaEditor) -> None:
    model = editor.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["No", "Nama", "L/P", "Jabatan", "Instansi/unsur", "Kategori", "Desa",
                       "Telepon", "H1 16/09", "H2 17/09", "Pre", "Post"]
    assert [model.index(0, c).data() for c in range(8)] == [
        "1", "Siti Aminah", "P", "Ketua", "Pokja Desa Sehat Silurah", "Pokja Desa", "Silurah",
        "081234567890"]
    assert [model.index(0, c).data() for c in (10, 11)] == ["55", "80,5"]
    assert model.index(1, COL_HARI_1 + 1).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked)
    assert editor.ringkasan_label.text() == "3 peserta · hadir H1: 2, H2: 2 · pre/post lengkap: 1"


def test_model_passes_qt_model_checks(qtmodeltester) -> None:
    model = PesertaTableModel(acuan_kegiatan())
    model.set_rows([SITI, BUDI], 2, MULAI)
    qtmodeltester.check(model)


def test_load_does_not_emit_changed(qtbot, editor: PesertaEditor) -> None:
    with qtbot.assertNotEmitted(editor.changed, wait=10):
        editor.load(_kegiatan(AGUS))
    assert editor.peserta() == (AGUS,)


# -- keyboard --------------------------------------------------------------------------------


def test_tab_and_enter_move_like_a_spreadsheet(qtbot, editor: PesertaEditor) -> None:
    table = editor.table
    table.go_to(0, COL_NAMA)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert _at(editor) == (0, COL_JK)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert _at(editor) == (1, COL_JK)
    table.go_to(0, editor.model.col_post())
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert _at(editor) == (1, COL_NAMA)  # wrapped past the No column
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert _at(editor) == (0, editor.model.col_post())


def test_typing_a_new_row_and_enter_on_the_last_row_adds_one(qtbot, editor: PesertaEditor) -> None:
    table = editor.table
    table.go_to(3, COL_NAMA)
    table.setFocus()
    with qtbot.waitSignal(editor.changed, timeout=1000):
        line = _type(qtbot, editor, "Dewi Lestari")
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert _at(editor) == (3, COL_JK)
    qtbot.keyClick(table, "p")  # the L/P list opens on the typed letter
    combo = table.indexWidget(table.currentIndex())
    assert isinstance(combo, QComboBox) and combo.currentText() == "P"
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    line = _type(qtbot, editor, "Kader")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.model.rowCount() == 5
    assert _at(editor) == (4, COL_JABATAN)
    assert table.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(table, Qt.Key.Key_Return)  # on the blank last row: no second blank row
    assert editor.model.rowCount() == 5
    assert editor.peserta()[3] == Peserta("Dewi Lestari", JenisKelamin.P, "Kader", hadir=(1, 2))
    assert editor.model.index(3, COL_NO).data() == "4"


def test_typing_over_a_cell_replaces_it_and_f2_keeps_it(qtbot, editor: PesertaEditor) -> None:
    table = editor.table
    table.go_to(1, COL_JABATAN)
    table.setFocus()
    qtbot.keyClick(_type(qtbot, editor, "Kabid"), Qt.Key.Key_Return)
    table.go_to(0, COL_JABATAN)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = table.indexWidget(table.currentIndex())
    line.end(False)
    qtbot.keyClicks(line, " Pokja")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [p.jabatan for p in editor.peserta()] == ["Ketua Pokja", "Kabid", "Sanitarian"]


def test_scores_take_comma_decimals_and_refuse_bad_values(qtbot, editor: PesertaEditor) -> None:
    table = editor.table
    table.go_to(1, editor.model.col_post())
    table.setFocus()
    qtbot.keyClick(_type(qtbot, editor, "72,5"), Qt.Key.Key_Return)
    assert editor.peserta()[1].post == 72.5
    assert editor.model.index(1, editor.model.col_post()).data() == "72,5"
    table.go_to(0, editor.model.col_pre())
    qtbot.keyClick(_type(qtbot, editor, "abc"), Qt.Key.Key_Return)
    assert editor.peserta()[0].pre == 55.0
    assert editor.pesan_label.text() == (
        "Nilai pre-test baris 1: “abc” bukan nilai (contoh: 85 atau 72,5)")
    table.go_to(0, editor.model.col_pre())
    qtbot.keyClick(_type(qtbot, editor, "101"), Qt.Key.Key_Return)
    assert editor.peserta()[0].pre == 55.0
    assert editor.pesan_label.text() == "Nilai pre-test baris 1: nilai harus antara 0 dan 100"
    table.go_to(0, editor.model.col_pre())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert editor.peserta()[0].pre is None
    assert editor.pesan_label.text() == ""


def test_attendance_box_toggles_with_space(qtbot, editor: PesertaEditor) -> None:
    editor.table.go_to(1, COL_HARI_1 + 1)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert editor.peserta()[1].hadir == (1, 2)
    assert editor.ringkasan_label.text().startswith("3 peserta · hadir H1: 2, H2: 3")


def test_delete_clears_the_selected_cells_as_one_change(qtbot, editor: PesertaEditor) -> None:
    table = editor.table
    table.go_to(0, COL_JABATAN)
    table.selectionModel().select(editor.model.index(1, COL_INSTANSI),
                                  table.selectionModel().SelectionFlag.Select)
    told: list[bool] = []
    editor.changed.connect(lambda: told.append(True))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert told == [True]
    assert [(p.jabatan, p.instansi) for p in editor.peserta()] == [
        ("", "Pokja Desa Sehat Silurah"), ("Kepala Seksi", ""),
        ("Sanitarian", "Puskesmas Wonotunggal")]


def test_row_buttons_insert_and_remove(qtbot, editor: PesertaEditor) -> None:
    editor.table.go_to(1, COL_JABATAN)
    qtbot.mouseClick(editor.tambah_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 5
    assert _at(editor) == (1, COL_NAMA)
    assert editor.model.index(2, COL_NO).data() == "2"  # a blank row has no number
    editor.table.go_to(2, COL_NAMA)
    editor.table.selectionModel().select(editor.model.index(0, COL_NAMA),
                                         editor.table.selectionModel().SelectionFlag.Select)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mouseClick(editor.hapus_button, Qt.MouseButton.LeftButton)
    assert editor.peserta() == (AGUS,)
    assert editor.pesan_label.text() == "2 baris dihapus."


# -- paste ----------------------------------------------------------------------------------


def _sixty_rows() -> tuple[str, list[tuple[str, str, float, float]]]:
    """60 rows copied from a spreadsheet whose columns are not in the grid's order."""
    depan = ("Ahmad", "Bambang", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hesti", "Irfan",
             "Joko")
    belakang = ("Santoso", "Lestari", "Wibowo", "Rahayu", "Saputra", "Purnamasari")
    lines = ["Instansi\tNama Lengkap\tNo\tPost Test\tPre Test\tJabatan\tJK\tKategori\tNo HP"]
    expected = []
    for i in range(60):
        nama = f"{depan[i % 10]} {belakang[i // 10]}"
        instansi = ("Dinas Kesehatan", "Puskesmas Wonotunggal", "Pokja Desa Sehat Silurah")[i % 3]
        pre, post = 40 + i % 50, 60 + i % 40
        lines.append(f"{instansi}\t{nama}\t{i + 1}\t{post}\t{pre},5\tAnggota\t{'LP'[i % 2]}\t"
                     f"{('dinkes', 'pkm', 'Pokja')[i % 3]}\t08123{i:05d}")
        expected.append((nama, instansi, pre + 0.5, float(post)))
    return "\n".join(lines) + "\n", expected


def test_paste_60_rows_with_header_in_another_order(qtbot, monkeypatch, session) -> None:
    widget = PesertaEditor(session)
    qtbot.addWidget(widget)
    widget.load(_kegiatan())
    text, expected = _sixty_rows()
    QGuiApplication.clipboard().setText(text)
    seen: list[tuple[str, str]] = []
    _accept_dialog(monkeypatch, qtbot, seen)
    widget.table.setFocus()
    with qtbot.waitSignal(widget.changed, timeout=1000):
        qtbot.keyClick(widget.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("Tambahkan 60 peserta", "")]
    people = widget.peserta()
    assert [(p.nama, p.instansi, p.pre, p.post) for p in people] == expected
    assert [p.kategori for p in people[:3]] == ["opd", "puskesmas", "pokja_desa"]
    assert [p.jenis_kelamin for p in people[:2]] == [JenisKelamin.L, JenisKelamin.P]
    assert people[7].telepon == "0812300007"
    assert all(p.hadir == (1, 2) and p.uuid == "" for p in people)
    assert widget.model.rowCount() == 61  # the blank row was replaced and one kept at the end
    assert widget.ringkasan_label.text() == (
        "60 peserta · hadir H1: 60, H2: 60 · pre/post lengkap: 60")
    assert widget.pesan_label.text() == "60 peserta ditambahkan dari tempelan."
    widget.resize(1300, 700)
    widget.show()
    widget.grab().save("/tmp/peserta_editor_60.png")


def test_paste_without_header_by_position_from_the_current_column(
        qtbot, monkeypatch, editor: PesertaEditor) -> None:
    QGuiApplication.clipboard().setText("Rudi Hartono\tL\tKetua RT\nSri Wahyuni\tP\tKader\n")
    _accept_dialog(monkeypatch, qtbot, [])
    editor.table.go_to(3, COL_NAMA)
    qtbot.mouseClick(editor.tempel_button, Qt.MouseButton.LeftButton)
    added = editor.peserta()[3:]
    assert [(p.nama, p.jenis_kelamin, p.jabatan) for p in added] == [
        ("Rudi Hartono", JenisKelamin.L, "Ketua RT"), ("Sri Wahyuni", JenisKelamin.P, "Kader")]
    assert editor.peserta()[:3] == (SITI, BUDI, AGUS)
    assert _at(editor) == (3, COL_NAMA)


def test_paste_with_bad_rows_adds_the_good_ones_and_says_which(
        qtbot, monkeypatch, editor: PesertaEditor) -> None:
    QGuiApplication.clipboard().setText(
        "Nama\tPre\nRina\t60\n\t70\nTono\tsembilan\nWati\t80\n")
    seen: list[tuple[str, str]] = []
    _accept_dialog(monkeypatch, qtbot, seen)
    editor.tempel()
    assert [p.nama for p in editor.peserta()[3:]] == ["Rina", "Wati"]
    assert editor.pesan_label.text() == (
        "2 peserta ditambahkan dari tempelan. 2 baris tidak ditambahkan karena ada kesalahan "
        "(baris 3 dan 4 tempelan).")
    assert seen[0][0] == "Tambahkan 2 peserta"
    assert "Nilai pre-test baris 4: “sembilan” bukan nilai" in seen[0][1]


def test_paste_cancelled_changes_nothing(qtbot, monkeypatch, editor: PesertaEditor) -> None:
    QGuiApplication.clipboard().setText("Nama\tJK\nRina\tP\n")
    monkeypatch.setattr(TempelDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(editor.changed, wait=10):
        editor.tempel()
    assert editor.peserta() == (SITI, BUDI, AGUS)


def test_a_single_value_pastes_into_the_current_cell(qtbot, editor: PesertaEditor) -> None:
    QGuiApplication.clipboard().setText("Kepala Puskesmas\n")
    editor.table.go_to(2, COL_JABATAN)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # no dialog
    assert editor.peserta()[2].jabatan == "Kepala Puskesmas"
    QGuiApplication.clipboard().setText("pkm")
    editor.table.go_to(0, 5)
    editor.tempel()
    assert editor.peserta()[0].kategori == "puskesmas"
    editor.table.go_to(0, COL_HARI_1)
    editor.tempel("1")
    assert editor.pesan_label.text().startswith("Pilih sel isian")
    assert editor.peserta()[0] == SITI.with_changes(kategori="puskesmas")


# -- same person twice -----------------------------------------------------------------------


def test_same_person_twice_is_flagged_and_merged(qtbot, editor: PesertaEditor) -> None:
    editor.load(_kegiatan(BUDI, SITI, BUDI_LAGI, AGUS))
    assert not editor.banner.isHidden()
    assert editor.banner_label.text() == (
        "<b>Budi Santoso</b> tampaknya tercatat dua kali (baris 1 dan 3).")
    model = editor.model
    assert [model.index(r, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) == GANDA_TINT
            for r in range(4)] == [True, False, True, False]
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mouseClick(editor.gabung_button, Qt.MouseButton.LeftButton)
    merged = BUDI.with_changes(telepon="0856111222", hadir=(1, 2), post=85.0)
    assert editor.peserta() == (merged, SITI, AGUS)
    assert editor.banner.isHidden()
    assert model.index(0, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) is None


def test_not_the_same_person_dismisses_the_group(qtbot, editor: PesertaEditor) -> None:
    editor.load(_kegiatan(BUDI, SITI, BUDI_LAGI))
    qtbot.mouseClick(editor.bukan_button, Qt.MouseButton.LeftButton)
    assert editor.banner.isHidden()
    assert editor.model.index(0, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) is None
    editor.model.setData(editor.model.index(1, COL_JABATAN), "Sekretaris")
    assert editor.banner.isHidden()
    assert len(editor.peserta()) == 3
    editor.load(_kegiatan(BUDI, SITI, BUDI_LAGI))
    assert not editor.banner.isHidden()


def test_typing_a_name_twice_raises_the_banner(qtbot, editor: PesertaEditor) -> None:
    assert editor.banner.isHidden()
    editor.table.go_to(3, COL_NAMA)
    editor.table.setFocus()
    qtbot.keyClick(_type(qtbot, editor, "ibu siti aminah"), Qt.Key.Key_Return)
    assert "tercatat dua kali (baris 1 dan 4)" in editor.banner_label.text()


# -- people seen before, days, problems --------------------------------------------------------


def test_name_completer_fills_the_row_from_an_earlier_session(qtbot, kecamatan_session) -> None:
    ws = kecamatan_session.workspace
    known = kegiatan_service.orang_dikenal(ws)
    person = next(p for p in known if p.kategori == "pokja_desa" and p.desa_nama and p.jabatan)
    widget = PesertaEditor(kecamatan_session)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    widget.load(kegiatan_service.baru(ws, dt.date(2025, 11, 3)).with_changes(
        selesai=dt.date(2025, 11, 4)))
    widget.table.go_to(0, COL_NAMA)
    widget.table.setFocus()
    line = _type(qtbot, widget, person.nama)
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    labels = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert label_orang(person) in labels
    popup.setCurrentIndex(popup.model().index(labels.index(label_orang(person)), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    row = widget.peserta()[0]
    assert row == person.with_changes(hadir=(1, 2))
    assert line.text() == person.nama
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert widget.peserta() == (person.with_changes(hadir=(1, 2)),)
    assert _at(widget) == (1, COL_NAMA)


def test_desa_cell_completes_from_the_register(qtbot, kecamatan_session) -> None:
    widget = PesertaEditor(kecamatan_session)
    qtbot.addWidget(widget)
    widget.load(_kegiatan(SITI))
    widget.show()
    widget.table.go_to(0, 6)
    widget.table.setFocus()
    line = _type(qtbot, widget, "sil")
    completions = line.completer().completionModel()
    assert [completions.index(r, 0).data() for r in range(completions.rowCount())] == ["Silurah"]


def test_set_hari_drops_and_adds_day_columns(qtbot, editor: PesertaEditor) -> None:
    with qtbot.assertNotEmitted(editor.changed, wait=10):
        editor.set_hari(1)
    assert editor.model.columnCount() == 11
    assert editor.model.headerData(COL_HARI_1 + 1, Qt.Orientation.Horizontal) == "Pre"
    assert [p.hadir for p in editor.peserta()] == [(1,), (1,), ()]
    assert [p.pre for p in editor.peserta()] == [55.0, 60.0, None]  # scores stay
    editor.set_hari(3, dt.date(2025, 9, 20))
    assert [p.hadir for p in editor.peserta()] == [(1, 2, 3), (1, 2, 3), ()]
    assert editor.model.headerData(COL_HARI_1 + 2, Qt.Orientation.Horizontal) == "H3 22/09"
    assert editor.ringkasan_label.text().startswith("3 peserta · hadir H1: 2, H2: 2, H3: 2")


def test_set_hari_with_the_same_days_only_moves_the_dates(editor: PesertaEditor) -> None:
    editor.table.go_to(1, COL_JABATAN)
    editor.set_hari(2, dt.date(2025, 10, 1))
    assert editor.model.headerData(COL_HARI_1 + 1, Qt.Orientation.Horizontal) == "H2 02/10"
    assert editor.peserta() == (SITI, BUDI, AGUS)
    assert _at(editor) == (1, COL_JABATAN)


def test_set_problems_tints_the_named_cells(editor: PesertaEditor) -> None:
    errors = [Problem.error("peserta.nama", "required", row=2),
              Problem.warning("peserta.telepon", "phone_format", row=1),
              Problem.error("peserta.pre", "score_range", row=3),
              Problem.error("judul", "required")]
    editor.set_problems(errors)
    model = editor.model
    assert model.index(1, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) == TINTS[True]
    assert model.index(1, COL_NAMA).data(Qt.ItemDataRole.ToolTipRole) == (
        "Nama peserta baris 2: wajib diisi")
    assert model.index(0, 7).data(Qt.ItemDataRole.BackgroundRole) == TINTS[False]
    assert model.index(2, model.col_pre()).data(Qt.ItemDataRole.ToolTipRole) == (
        "Nilai pre-test baris 3: nilai harus antara 0 dan 100")
    assert model.index(0, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) is None
    model.setData(model.index(1, COL_NAMA), "Budi S.")  # fixing the cell clears its tint
    assert model.index(1, COL_NAMA).data(Qt.ItemDataRole.BackgroundRole) is None
    editor.set_problems([])
    assert model.index(0, 7).data(Qt.ItemDataRole.BackgroundRole) is None
