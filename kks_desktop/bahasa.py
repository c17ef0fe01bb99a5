"""The language of the texts a user reads: Indonesian in the code, the chosen translation at run time.

Every user-visible text is written in Indonesian inside `translate("context", "…")`, with
`{name}` placeholders filled by `.format()` after the lookup, so that `pyside6-lupdate` finds it
and a translator sees whole sentences. Texts kept in tables for later (labels, headings) are marked
with `QT_TRANSLATE_NOOP("context", "…")` and looked up where they are shown. Below the GUI
nothing is translated until the GUI installs a lookup (`pasang`); the CLI stays Indonesian, and
so does whatever is written into a file (`indonesia()`), because the kabupaten reads the
workbooks and printouts as they are.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

INDONESIA = "id"
INGGRIS = "en"
# The languages offered in Pengaturan, in the order shown; their own names, untranslated.
BAHASA = {INDONESIA: "Bahasa Indonesia", INGGRIS: "English"}

_lookup: Callable[[str, str], str] | None = None
_thread = threading.local()


def translate(context: str, text: str) -> str:
    """`text` in the chosen language (itself when there is no translation, no lookup, or
    inside `indonesia()` on this thread)."""
    if _lookup is None or _kedalaman() > 0:
        return text
    return _lookup(context, text)


def _kedalaman() -> int:
    """How many `indonesia()` blocks this thread is inside."""
    depth: int = getattr(_thread, "indonesia", 0)
    return depth


@contextmanager
def indonesia() -> Iterator[None]:
    """Texts made on this thread meanwhile stay Indonesian: for what goes into a file (a
    workbook, a printout) whatever language the screen speaks. Other threads are unaffected."""
    _thread.indonesia = _kedalaman() + 1
    try:
        yield
    finally:
        _thread.indonesia -= 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translator and returns it unchanged; `translate` it where it is shown."""
    del context
    return text


def pasang(lookup: Callable[[str, str], str] | None) -> None:
    """Install the lookup `translate` uses (None: Indonesian, the texts as written)."""
    global _lookup
    _lookup = lookup


def tetap_indonesia(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` runs inside `indonesia()`: for the functions that write workbooks and printouts."""
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with indonesia():
            return fn(*args, **kwargs)
    return wrapper
