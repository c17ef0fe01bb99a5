"""TempelDialog: column matching shown, rows previewed, bad rows left out and named, duplicates flagged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kks_desktop.domain.kegiatan import JenisKelamin, Peserta
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.tempel_dialog import TempelDialog, numbers_text

HEADED = "\n".join((
    "No\tInstansi\tNama Lengkap\tL/P\tPre Test\tPost Test\tKeterangan",
    "1\tDinas Kesehatan\tdr. Rina Wulandari\tP\t55,5\t80\thadir",
    "2\tPuskesmas Wonotunggal\tAgus Salim, S.KM\tL\t61\t88",
    "3\tBappelitbangda\tHendra Gunawan\tL\t\t70",
))


def _dialog(qtbot, text: str, ada: list[Peserta] | None = None, hari: int = 2,
            mulai: int = 0) -> TempelDialog:
    dialog = TempelDialog(text, acuan_kegiatan(), hari, ada or [], mulai)
    qtbot.addWidget(dialog)
    return dialog


def _preview(dialog: TempelDialog, column: int) -> list[str]:
    model = dialog.preview
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_header_in_another_order_is_matched_and_shown(qtbot) -> None:
    dialog = _dialog(qtbot, HEADED)
    assert "judul kolom" in dialog.cara_label.text()
    assert dialog.mulai_combo.isHidden()
    mapping = dialog.kolom_label.text()
    for part in ("Kolom 1 “No” → (diabaikan)", "Kolom 2 “Instansi” → Instansi/unsur",
                 "Kolom 3 “Nama Lengkap” → Nama", "Kolom 4 “L/P” → L/P",
                 "Kolom 5 “Pre Test” → Nilai pre-test", "Kolom 7 “Keterangan” → (diabaikan)"):
        assert part in mapping
    assert _preview(dialog, 1) == ["dr. Rina Wulandari", "Agus Salim, S.KM", "Hendra Gunawan"]
    assert _preview(dialog, 0) == ["2", "3", "4"]  # spreadsheet rows: the header is row 1
    assert _preview(dialog, 8) == ["55,5", "61", ""]
    people = dialog.peserta_baru()
    assert [(p.nama, p.instansi, p.jenis_kelamin, p.pre, p.post, p.hadir) for p in people] == [
        ("dr. Rina Wulandari", "Dinas Kesehatan", JenisKelamin.P, 55.5, 80.0, (1, 2)),
        ("Agus Salim, S.KM", "Puskesmas Wonotunggal", JenisKelamin.L, 61.0, 88.0, (1, 2)),
        ("Hendra Gunawan", "Bappelitbangda", JenisKelamin.L, None, 70.0, (1, 2)),
    ]
    assert dialog.tambah_button.text() == "Tambahkan 3 peserta"
    assert dialog.masalah.isHidden()


def test_without_header_columns_follow_position_from_the_chosen_start(qtbot) -> None:
    text = "Ketua\tPokja Desa Sehat Silurah\nAnggota\tPKK"
    dialog = _dialog(qtbot, text, mulai=2)  # started from the Jabatan column
    assert not dialog.mulai_combo.isHidden()
    assert dialog.kolom_label.text() == "Kolom: Kolom 1 → Jabatan · Kolom 2 → Instansi/unsur"
    assert _preview(dialog, 3) == ["Ketua", "Anggota"]
    assert dialog.peserta_baru() == []  # no names: nothing to add
    assert not dialog.tambah_button.isEnabled()
    assert "Nama peserta baris 1: wajib diisi" in dialog.masalah.toPlainText()
    dialog.mulai_combo.setCurrentIndex(0)  # read again from Nama
    assert dialog.kolom_label.text() == "Kolom: Kolom 1 → Nama · Kolom 2 → L/P"
    assert [p.nama for p in dialog.peserta_baru()] == ["Ketua", "Anggota"]
    assert dialog.tambah_button.isEnabled()


def test_rows_with_errors_are_left_out_and_named(qtbot) -> None:
    text = "\n".join(("Nama\tJK\tKategori\tPre\tPost",
                      "Siti Aminah\tP\tPokja\t60\t75",
                      "\tL\tOPD\t50\t60",
                      "Joko Susilo\tX\tkader desa\tenam puluh\t70",
                      "Dewi Lestari\tP\tpkm\t65\t170"))
    dialog = _dialog(qtbot, text)
    assert [p.nama for p in dialog.peserta_baru()] == ["Siti Aminah"]
    assert dialog.tidak_ditambahkan() == [3, 4, 5]
    assert dialog.ringkasan_label.text() == (
        "4 baris dibaca. 3 baris tidak ditambahkan karena ada kesalahan: baris 3, 4 dan 5.")
    problems = dialog.masalah.toPlainText().splitlines()
    assert problems[:3] == ["Nama peserta baris 3: wajib diisi",
                            "Nilai pre-test baris 4: “enam puluh” bukan nilai (contoh: 85 atau 72,5)",
                            "Nilai post-test baris 5: nilai harus antara 0 dan 100"]
    assert "Jenis kelamin peserta baris 4: “X” tidak dikenali (isi L atau P); dikosongkan" in problems
    assert dialog.preview.index(1, 10).data() == "Tidak ditambahkan: Nama peserta: wajib diisi"
    assert dialog.preview.index(2, 10).data() == (
        "Tidak ditambahkan: Nilai pre-test: “enam puluh” bukan nilai (contoh: 85 atau 72,5); "
        "“X” tidak dikenali (isi L atau P); dikosongkan; kategori “kader desa” tidak dikenal; "
        "dikosongkan")
    assert dialog.preview.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.preview.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.peserta_baru()[0].kategori == "pokja_desa"


def test_people_already_listed_are_flagged_and_can_be_skipped(qtbot) -> None:
    ada = [Peserta("Agus Salim", instansi="puskesmas  wonotunggal"), Peserta("Lain Orang")]
    dialog = _dialog(qtbot, HEADED, ada=ada)
    assert dialog.preview.index(1, 10).data() == "Sudah ada di daftar (baris 1)"
    assert dialog.preview.index(0, 10).data() == ""
    assert not dialog.lewati_check.isHidden()
    assert dialog.lewati_check.text() == "Lewati 1 baris yang sudah ada di daftar (baris 3)"
    assert len(dialog.peserta_baru()) == 3
    dialog.lewati_check.setChecked(True)
    assert [p.nama for p in dialog.peserta_baru()] == ["dr. Rina Wulandari", "Hendra Gunawan"]
    assert dialog.tambah_button.text() == "Tambahkan 2 peserta"


def test_same_person_twice_inside_the_paste_is_flagged(qtbot) -> None:
    dialog = _dialog(qtbot, "Nama\tInstansi\nBudi Santoso\tDinkes\nBUDI  SANTOSO, S.KM\tDinkes")
    assert _preview(dialog, 10) == ["Dua kali dalam tempelan (juga baris 3)",
                                    "Dua kali dalam tempelan (juga baris 2)"]
    assert dialog.lewati_check.isHidden()


def test_buttons_accept_and_reject(qtbot) -> None:
    dialog = _dialog(qtbot, HEADED)
    dialog.show()
    qtbot.mouseClick(dialog.batal_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog = _dialog(qtbot, HEADED)
    dialog.show()
    qtbot.mouseClick(dialog.tambah_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_numbers_text() -> None:
    assert [numbers_text(n) for n in ([3], [3, 17], [3, 8, 17])] == ["3", "3 dan 17", "3, 8 dan 17"]
