"""The window in English: no page shows an Indonesian text that has an English translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from terjemahan_ts import TS, pesan

from kks_desktop import bahasa
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services.demo_rumah_tangga import tambah_demo_kk
from kks_desktop.ui.app import application
from kks_desktop.ui.bahasa_qt import pasang_bahasa
from kks_desktop.ui.main_window import MainWindow


@pytest.fixture
def english(qapp) -> Iterator[QApplication]:
    app = application()
    assert pasang_bahasa(app, bahasa.INGGRIS) == bahasa.INGGRIS
    yield app
    pasang_bahasa(app, bahasa.INDONESIA)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def untranslated() -> set[str]:
    """The Indonesian texts (without their & mark) that the English screen never shows as they
    are: translated differently, and not the English of another text ("No" may be either)."""
    messages = [m for m in pesan(TS) if m.finished]
    english = {_plain(m.translation) for m in messages}
    return {_plain(m.source) for m in messages
            if _plain(m.source) != _plain(m.translation) and _plain(m.source) not in english}


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what the program itself writes on `root`: labels, buttons, group titles,
    tabs, placeholders, tooltips, the headers of its tables and lists, and the window's actions."""
    for w in [root, *root.findChildren(QWidget)]:
        where = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        if isinstance(w, QTabWidget):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        header = (w.horizontalHeader() if isinstance(w, QTableView)
                  else w.header() if isinstance(w, QTreeView) else None)
        if header is not None and w.model() is not None:
            for section in range(header.count()):
                value = w.model().headerData(section, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.DisplayRole)
                # A header may break its words over lines: read it as one text.
                yield f"{where} header", " ".join(str(value or "").split())
        yield where, w.toolTip()
        for action in w.actions():
            yield f"{where} action", action.text()


def test_every_page_in_english_shows_no_translated_indonesian_text(qtbot, english, kecamatan_session):
    ws = kecamatan_session.workspace
    tambah_demo_kk(ws, ws.desa.desa_list(KodeWilayah.parse("33.25.01"))[0].kode)
    window = MainWindow(kecamatan_session)
    qtbot.addWidget(window, before_close_func=lambda _w: kecamatan_session.undo_stack.clear())
    window.show()
    indonesian = untranslated()
    found = set()
    for key in window.view_keys:
        window.show_page(key)
        qtbot.wait(10)
        for where, text in chrome_texts(window):
            for line in _plain(text).splitlines():
                if line.strip() in indonesian:
                    found.add(f"{key}: {where}: {line.strip()!r}")
    for menu in window.menuBar().actions():
        if _plain(menu.text()) in indonesian:
            found.add(f"menu: {menu.text()!r}")
    assert not found, "Indonesian on the English screen:\n" + "\n".join(sorted(found))
