"""SaveButtons: Simpan/Batal of a dialog that saves a record, where warnings are confirmed once."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.problems import Problem, errors_in

logger = logging.getLogger(__name__)

# Marked texts: shown through translate("save_buttons", …).
SAVE_TEXT = QT_TRANSLATE_NOOP("save_buttons", "&Simpan")
CONFIRM_TEXT = QT_TRANSLATE_NOOP("save_buttons", "Tetap &simpan")


class SaveButtons(QDialogButtonBox):
    """Errors block a save; warnings are shown once and the OK button turns into "Tetap simpan"
    for exactly the values they were about: any further edit (`reset`) asks again."""

    def __init__(self) -> None:
        super().__init__(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("save_buttons", SAVE_TEXT))
        self.ok_button.setDefault(True)
        self.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("save_buttons", "&Batal"))
        self._confirmed: object = None

    def reset(self) -> None:
        """The values changed: warnings must be confirmed again."""
        if self._confirmed is not None:
            self._confirmed = None
            self.ok_button.setText(translate("save_buttons", SAVE_TEXT))

    def may_save(self, value: object, problems: list[Problem]) -> bool:
        """True when `value` may be saved now: no errors, and its warnings (if any) confirmed."""
        if errors_in(problems):
            return False
        if problems and value != self._confirmed:
            self._confirmed = value
            self.ok_button.setText(translate("save_buttons", CONFIRM_TEXT))
            return False
        return True
