"""The last-resort error dialog and hook, and Indonesian texts for Qt's own buttons."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kks_desktop import __version__
from kks_desktop.ui.error_dialog import ErrorDialog, error_report, install_excepthook
from kks_desktop.ui.qt_indonesian import IndonesianQtTranslator

Button = QMessageBox.StandardButton


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        int("35OO")
    except ValueError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("int() accepted a bad number")


def test_error_report_has_versions_then_the_traceback(tmp_path):
    exc_type, exc, tb = raised()
    log_path = tmp_path / "kks.log"
    report = error_report(exc_type, exc, tb, log_path)
    lines = report.splitlines()
    assert lines[0] == f"KKS Desktop {__version__}"
    assert lines[1].startswith("Python ")
    assert lines[2].startswith("PySide6 ")
    assert lines[3].startswith("Sistem: ")
    assert lines[4] == f"Berkas log: {log_path}"
    assert lines[5] == ""
    assert lines[6] == "Traceback (most recent call last):"
    assert 'int("35OO")' in report
    assert lines[-1] == "ValueError: invalid literal for int() with base 10: '35OO'"


def test_error_report_without_a_log_file():
    report = error_report(*raised(), None)
    assert "Berkas log: -" in report.splitlines()


def test_copy_details_puts_the_whole_report_on_the_clipboard(qtbot):
    report = error_report(*raised(), Path("/tmp/kks.log"))
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == report
    assert dialog.details.isReadOnly()
    QGuiApplication.clipboard().setText("sesuatu yang lain")
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == report


def test_the_salin_button_copies(qtbot):
    report = error_report(*raised(), None)
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    buttons = dialog.findChild(QDialogButtonBox)
    copy = next(b for b in buttons.buttons() if b.text() == "&Salin rincian")
    copy.click()
    assert QGuiApplication.clipboard().text() == report


def test_excepthook_logs_critical_and_shows_the_report(qtbot, monkeypatch, caplog, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_path = tmp_path / "kks.log"
    install_excepthook(log_path)
    exc_type, exc, tb = raised()
    with caplog.at_level(logging.CRITICAL, logger="kks_desktop.ui.error_dialog"):
        sys.excepthook(exc_type, exc, tb)
    critical = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert [r.getMessage() for r in critical] == ["uncaught exception"]
    assert critical[0].exc_info[1] is exc
    assert len(shown) == 1
    assert shown[0] == error_report(exc_type, exc, tb, log_path)
    assert f"Berkas log: {log_path}" in shown[0]


@pytest.fixture
def indonesian(qapp):
    translator = IndonesianQtTranslator()
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def box_texts(buttons, *which) -> list[str]:
    box = QMessageBox()
    box.setStandardButtons(buttons)
    texts = [box.button(b).text() for b in which]
    box.deleteLater()
    return texts


def test_translator_answers_only_qt_texts():
    translator = IndonesianQtTranslator()
    assert translator.translate("QPlatformTheme", "&Yes") == "&Ya"
    assert translator.translate("QPlatformTheme", "Cancel") == "Batal"
    # None is Qt's "not translated here"; an empty string would blank every other Qt text.
    assert translator.translate("DesaPage", "Silurah") is None
    assert translator.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") is None
    assert not translator.isEmpty()


def test_message_box_buttons_speak_indonesian(indonesian):
    assert box_texts(Button.Yes | Button.No | Button.Cancel, Button.Yes, Button.No, Button.Cancel) == [
        "&Ya", "&Tidak", "Batal"]
    assert box_texts(Button.Save | Button.Discard | Button.Cancel,
                     Button.Save, Button.Discard, Button.Cancel) == ["Simpan", "Buang", "Batal"]


def test_message_box_buttons_are_english_without_the_translator(qapp):
    # An earlier test may have set up the application (and its translator) in this process.
    installed = getattr(qapp, "_kks_translator", None)
    if installed is not None:
        qapp.removeTranslator(installed)
    try:
        texts = box_texts(Button.Yes | Button.No | Button.Cancel, Button.Yes, Button.No, Button.Cancel)
    finally:
        if installed is not None:
            qapp.installTranslator(installed)
    assert texts == ["&Yes", "&No", "Cancel"]


def test_dialog_button_box_speaks_indonesian(indonesian):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    assert [box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok,
                                           QDialogButtonBox.StandardButton.Cancel,
                                           QDialogButtonBox.StandardButton.Close)] == [
        "OK", "Batal", "Tutup"]
    box.deleteLater()
