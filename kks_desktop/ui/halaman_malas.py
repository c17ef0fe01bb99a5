"""The main window's pages by key, each built the first time it is asked for (a quick start)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget


class HalamanMalas(Mapping[str, QWidget]):
    """Keys in the order of the area list; `stack` holds an empty stand-in for each page until
    the page is asked for, then the page in its place."""

    def __init__(self, makers: dict[str, Callable[[], QWidget]], stack: QStackedWidget) -> None:
        self._makers = makers
        self._stack = stack
        self._built: dict[str, QWidget] = {}
        self._stand_ins = {key: QWidget() for key in makers}
        for stand_in in self._stand_ins.values():
            stack.addWidget(stand_in)

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._makers[key]()
            index = list(self._makers).index(key)
            stand_in = self._stand_ins.pop(key)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def dibangun(self, key: str) -> bool:
        """Whether the page of `key` has been built."""
        return key in self._built
