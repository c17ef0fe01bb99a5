"""WilayahPicker: typed or pasted codes, suggestions for unknown codes, cascading lists, fixed levels."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.ui.wilayah_picker import WilayahPicker

SILURAH = KodeWilayah.parse("33.25.01.2001")
BRAYO = KodeWilayah.parse("33.25.01.2009")


def make_picker(qtbot, target=Level.DESA, fixed=None) -> tuple[WilayahPicker, list]:
    picker = WilayahPicker(target, fixed=fixed)
    qtbot.addWidget(picker)
    with qtbot.waitExposed(picker):
        picker.show()
    emitted: list = []
    picker.selection_changed.connect(emitted.append)
    return picker, emitted


def type_code(qtbot, picker, text):
    picker.kode_edit.selectAll()
    qtbot.keyClicks(picker.kode_edit, text)


def combo_names(picker) -> list[str]:
    return [combo.currentText().split("  (")[0] for combo in picker.combos.values()]


def suggestion_texts(picker) -> list[str]:
    return [picker.suggestions.item(row).text() for row in range(picker.suggestions.count())]


def test_typing_a_plain_desa_code_selects_it(qtbot):
    picker, emitted = make_picker(qtbot)
    assert list(picker.combos) == [Level.PROVINSI, Level.KABKOTA, Level.KECAMATAN, Level.DESA]
    type_code(qtbot, picker, "3325012001")
    assert emitted == [SILURAH]
    assert picker.selected() == SILURAH
    assert combo_names(picker) == ["Jawa Tengah", "Kabupaten Batang", "Wonotunggal", "Silurah"]
    assert [c.currentData() for c in picker.combos.values()] == [
        "33", "33.25", "33.25.01", "33.25.01.2001"]
    assert picker.status.text() == "Terpilih: Silurah, Wonotunggal, Kabupaten Batang, Jawa Tengah"
    assert picker.kode_edit.text() == "3325012001"


def test_a_short_code_asks_to_keep_typing(qtbot):
    picker, emitted = make_picker(qtbot)
    type_code(qtbot, picker, "332501")
    assert picker.status.text() == "Lanjutkan mengetik kode desa (10 angka)."
    assert emitted == []
    assert picker.selected() is None


def test_an_unknown_code_clears_the_selection_and_offers_near_codes(qtbot):
    picker, emitted = make_picker(qtbot)
    picker.set_kode(SILURAH)
    assert emitted == [SILURAH]
    # The user corrects the last digit of the selected code by hand.
    picker.kode_edit.setText("33.25.01.209")
    qtbot.keyClicks(picker.kode_edit, "9")
    assert picker.kode_edit.text() == "33.25.01.2099"
    assert emitted == [SILURAH, None]
    assert picker.selected() is None
    assert picker.status.text() == (
        "Kode 33.25.01.2099 tidak ada dalam daftar resmi Kemendagri. "
        "Mungkin yang Anda maksud (klik untuk memilih):")
    assert "color: #b00020" in picker.status.styleSheet()
    assert picker.suggestions.isVisible()
    offered = suggestion_texts(picker)
    assert offered[0] == "33.25.01.2009  Brayo"
    assert all(text.startswith("33.25.01.") for text in offered)
    assert picker.suggestions.item(0).data(Qt.ItemDataRole.UserRole) == "33.25.01.2009"
    assert picker.combos[Level.DESA].currentIndex() == 0
    assert combo_names(picker)[:3] == ["Jawa Tengah", "Kabupaten Batang", "Wonotunggal"]


def test_typing_an_unknown_code_from_scratch_shows_the_same_text(qtbot):
    picker, emitted = make_picker(qtbot)
    type_code(qtbot, picker, "33.25.01.2099")
    assert "Kode 33.25.01.2099 tidak ada dalam daftar resmi" in picker.status.text()
    assert suggestion_texts(picker)[0] == "33.25.01.2009  Brayo"
    assert emitted == []
    assert picker.selected() is None


def test_clicking_a_suggestion_selects_it(qtbot):
    picker, emitted = make_picker(qtbot)
    type_code(qtbot, picker, "33.25.01.2099")
    item = picker.suggestions.item(0)
    rect = picker.suggestions.visualItemRect(item)
    qtbot.mouseClick(picker.suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [BRAYO]
    assert picker.selected() == BRAYO
    assert picker.kode_edit.text() == "33.25.01.2009"
    assert combo_names(picker) == ["Jawa Tengah", "Kabupaten Batang", "Wonotunggal", "Brayo"]
    assert not picker.suggestions.isVisible()
    assert picker.status.text() == "Terpilih: Brayo, Wonotunggal, Kabupaten Batang, Jawa Tengah"
    assert picker.status.styleSheet() == ""


def test_a_malformed_code_shows_the_format_error(qtbot):
    picker, emitted = make_picker(qtbot)
    type_code(qtbot, picker, "33.2x")
    assert picker.status.text() == (
        "Kode wilayah “33.2x” tidak sah: bentuknya harus PP.KK.CC.DDDD, misalnya 33.25.01.2001.")
    assert "color: #b00020" in picker.status.styleSheet()
    assert not picker.suggestions.isVisible()
    assert emitted == []


def test_a_malformed_edit_of_a_selected_code_clears_the_selection(qtbot):
    picker, emitted = make_picker(qtbot)
    type_code(qtbot, picker, "3325012001")
    qtbot.keyClicks(picker.kode_edit, "x")
    assert emitted == [SILURAH, None]
    assert "tidak sah" in picker.status.text()


def test_choosing_through_the_lists_fills_the_code(qtbot):
    picker, emitted = make_picker(qtbot)
    for level, kode in ((Level.PROVINSI, "33"), (Level.KABKOTA, "33.25"),
                        (Level.KECAMATAN, "33.25.01")):
        combo = picker.combos[level]
        combo.setCurrentIndex(combo.findData(kode))
        assert picker.kode_edit.text() == kode
        assert emitted == []
    desa_combo = picker.combos[Level.DESA]
    names = [desa_combo.itemText(i).split("  (")[0] for i in range(desa_combo.count())]
    assert names[:4] == ["— pilih —", "Silurah", "Sodong", "Gringgingsari"]
    assert desa_combo.itemData(1) == "33.25.01.2001"
    desa_combo.setCurrentIndex(desa_combo.findData("33.25.01.2009"))
    assert picker.kode_edit.text() == "33.25.01.2009"
    assert emitted == [BRAYO]
    assert combo_names(picker) == ["Jawa Tengah", "Kabupaten Batang", "Wonotunggal", "Brayo"]


def test_changing_a_higher_list_resets_the_lower_ones(qtbot):
    picker, emitted = make_picker(qtbot)
    picker.set_kode(SILURAH)
    kabupaten = picker.combos[Level.KABKOTA]
    kabupaten.setCurrentIndex(kabupaten.findData("33.24"))
    assert picker.kode_edit.text() == "33.24"
    assert combo_names(picker)[1] == "Kabupaten Kendal"
    assert emitted == [SILURAH, None]
    assert [picker.combos[lv].currentIndex() for lv in (Level.KECAMATAN, Level.DESA)] == [0, 0]
    assert picker.combos[Level.DESA].count() == 1


def test_fixed_kabupaten_presets_and_locks_the_upper_lists(qtbot):
    picker, emitted = make_picker(qtbot, fixed=KodeWilayah.parse("33.25"))
    assert combo_names(picker)[:2] == ["Jawa Tengah", "Kabupaten Batang"]
    assert [c.isEnabled() for c in picker.combos.values()] == [False, False, True, True]
    assert picker.kode_edit.text() == "33.25"
    kecamatan = picker.combos[Level.KECAMATAN]
    assert [kecamatan.itemText(i) for i in range(4)] == [
        "— pilih —", "Wonotunggal  (33.25.01)", "Bandar  (33.25.02)", "Blado  (33.25.03)"]
    assert all(kecamatan.itemData(i).startswith("33.25.") for i in range(1, kecamatan.count()))
    assert picker.selected() is None
    type_code(qtbot, picker, "3325012001")
    assert emitted == [SILURAH]


def test_fixed_kabupaten_cannot_be_escaped_by_typing(qtbot):
    picker, emitted = make_picker(qtbot, fixed=KodeWilayah.parse("33.25"))
    type_code(qtbot, picker, "3324012001")
    assert combo_names(picker)[:2] == ["Jawa Tengah", "Kabupaten Batang"]
    assert picker.selected() is None
    assert emitted == []
    assert picker.status.text() == (
        "Desa 33.24.01.2001 berada di luar wilayah kerja (33.25 Kabupaten Batang).")


def test_kabupaten_picker_selects_on_the_kabupaten_code(qtbot):
    picker, emitted = make_picker(qtbot, target=Level.KABKOTA)
    assert list(picker.combos) == [Level.PROVINSI, Level.KABKOTA]
    assert picker.kode_edit.placeholderText() == "mis. 33.25"
    type_code(qtbot, picker, "33.25")
    assert emitted == [KodeWilayah.parse("33.25")]
    assert combo_names(picker) == ["Jawa Tengah", "Kabupaten Batang"]
    assert picker.status.text() == "Terpilih: Kabupaten Batang, Jawa Tengah"
