"""RefreshWhenShown: a view of workspace data that re-reads on change news, lazily when hidden."""

from __future__ import annotations

import logging

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)


class RefreshWhenShown(QWidget):
    """Connect `session.data_changed` to `_data_changed`: a shown view calls `refresh()` at
    once, a hidden one on its next show, so pages nobody looks at cost nothing. `refresh()`
    sets `_dirty` to False."""

    _dirty = True

    def refresh(self) -> None:
        raise NotImplementedError

    def _data_changed(self, _kode: str = "") -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
