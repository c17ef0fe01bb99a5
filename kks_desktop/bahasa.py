"""The language of the texts a user reads: Indonesian in the code, the chosen translation at run time.

Every user-visible text is written in Indonesian inside `translate("context", "…")`, with
`{name}` placeholders filled by `.format()` after the lookup, so that `pyside6-lupdate` finds it
and a translator sees whole sentences. Texts kept in tables for later (labels, headings) are marked
with `QT_TRANSLATE_NOOP("context", "…")` and looked up where they are shown. Below the GUI
nothing is translated until the GUI installs a lookup (`pasang`); the CLI and the Excel files
stay Indonesian, because the kabupaten reads them as they are.
"""

from __future__ import annotations

from collections.abc import Callable

INDONESIA = "id"
INGGRIS = "en"
# The languages offered in Pengaturan, in the order shown; their own names, untranslated.
BAHASA = {INDONESIA: "Bahasa Indonesia", INGGRIS: "English"}

_lookup: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    """`text` in the chosen language (itself when there is no translation or no lookup)."""
    return text if _lookup is None else _lookup(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translator and returns it unchanged; `translate` it where it is shown."""
    del context
    return text


def pasang(lookup: Callable[[str, str], str] | None) -> None:
    """Install the lookup `translate` uses (None: Indonesian, the texts as written)."""
    global _lookup
    _lookup = lookup
