"""Pengaturan's language box: the choice is kept for this computer and used at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kks_desktop import bahasa
from kks_desktop.ui.bahasa_qt import bahasa_tersimpan, pasang_bahasa, simpan_bahasa
from kks_desktop.ui.pengaturan_bahasa import PengaturanBahasa


def test_choosing_english_is_saved_and_said(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("KKS_DATA_DIR", str(tmp_path))
    said: list[str] = []
    box = PengaturanBahasa(said.append)
    qtbot.addWidget(box)
    assert box.combo.currentData() == bahasa.INDONESIA
    [label] = [w for w in box.findChildren(QLabel) if w.buddy() is box.combo]
    assert label.text() == "Bahasa &tampilan:"
    box.combo.setCurrentIndex(box.combo.findData(bahasa.INGGRIS))
    assert bahasa_tersimpan() == bahasa.INGGRIS
    assert (tmp_path / "pengaturan.ini").exists()
    assert said == ["Bahasa English dipakai mulai program dibuka lagi."]
    assert PengaturanBahasa(said.append).combo.currentData() == bahasa.INGGRIS


def test_an_unknown_saved_language_means_indonesian(monkeypatch, tmp_path):
    monkeypatch.setenv("KKS_DATA_DIR", str(tmp_path))
    simpan_bahasa("xx")
    assert bahasa_tersimpan() == bahasa.INDONESIA


def test_english_then_indonesian_again_on_the_same_application(qapp):
    assert pasang_bahasa(qapp, bahasa.INGGRIS) == bahasa.INGGRIS
    assert bahasa.translate("main_window", "Beranda") == "Home"
    assert pasang_bahasa(qapp, bahasa.INDONESIA) == bahasa.INDONESIA
    assert bahasa.translate("main_window", "Beranda") == "Beranda"
