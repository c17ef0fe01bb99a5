"""The GUI's language: the saved choice, Qt's translators for it and the lookup below the GUI."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from kks_desktop import bahasa
from kks_desktop.paths import data_dir, resource
from kks_desktop.ui.qt_indonesian import IndonesianQtTranslator

logger = logging.getLogger(__name__)

KUNCI = "tampilan/bahasa"
# The compiled translation of resources/translations/kks_<code>.ts (make terjemahan).
BERKAS_QM = "kks_{kode}.qm"


def _pengaturan() -> QSettings:
    """This computer's preferences, in the data folder (so a portable copy keeps its own)."""
    return QSettings(str(data_dir() / "pengaturan.ini"), QSettings.Format.IniFormat)


def bahasa_tersimpan() -> str:
    """The language chosen in Pengaturan; Indonesian until another is chosen."""
    kode = str(_pengaturan().value(KUNCI, bahasa.INDONESIA))
    return kode if kode in bahasa.BAHASA else bahasa.INDONESIA


def simpan_bahasa(kode: str) -> None:
    """Remember `kode` for the next start (the texts already shown stay as they are)."""
    settings = _pengaturan()
    settings.setValue(KUNCI, kode)
    settings.sync()


def bahasa_terpasang(app: QApplication) -> str | None:
    """The language installed on `app`; None before `pasang_bahasa`."""
    return getattr(app, "_kks_bahasa", None)


def pasang_bahasa(app: QApplication, kode: str) -> str:
    """Install the translator for `kode` on `app` in place of the previous one; the language
    actually in use.

    Indonesian: the program's own texts as written and Qt's buttons in Indonesian. Another
    language: its .qm for the program's texts and Qt's own (English) buttons. A missing or
    unreadable .qm falls back to Indonesian, with a line in the log. Widgets already built keep
    their texts; the GUI switches at the next start.
    """
    translator: QTranslator | None = None
    if kode != bahasa.INDONESIA:
        translator = QTranslator(app)
        path = resource("translations", BERKAS_QM.format(kode=kode))
        if not translator.load(str(path)):
            logger.warning("translation %s cannot be loaded; Indonesian instead", path)
            translator = None
    if translator is None:
        kode = bahasa.INDONESIA
        translator = IndonesianQtTranslator(app)
    previous = getattr(app, "_kks_translator", None)
    if previous is not None:
        app.removeTranslator(previous)
    app.installTranslator(translator)
    bahasa.pasang(None if kode == bahasa.INDONESIA else QCoreApplication.translate)
    app._kks_translator = translator  # type: ignore[attr-defined]
    app._kks_bahasa = kode  # type: ignore[attr-defined]
    return kode
