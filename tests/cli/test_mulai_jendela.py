"""`kks-desktop` with no command (or only --db) opens the window without the command parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from kks_desktop.cli import _window_db


@pytest.mark.parametrize(("argv", "expected"), [
    ([], None),
    (["--db", "data/kks.db"], Path("data/kks.db")),
    (["--db=data/kks.db"], Path("data/kks.db")),
    (["--db"], False),
    (["--db", "--self-test"], False),
    (["--self-test"], False),
    (["demo", "--kecamatan", "33.25.01"], False),
    (["--db", "x.db", "desa", "list"], False),
    (["--version"], False),
])
def test_which_starts_open_the_window(argv, expected):
    assert _window_db(argv) == expected
