"""Indonesian for the command line's own wording (usage, help headings, argument errors)."""

from __future__ import annotations

import argparse

_TEKS = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu dari %s wajib diisi",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan %(value)r tidak ada (pilih dari %(choices)s)",
    "expected one argument": "perlu satu nilai",
    "expected at least one argument": "perlu sekurangnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "not allowed with argument %s": "tidak boleh bersama %s",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "ambiguous option: %(option)s could match %(matches)s":
        "pilihan %(option)s tidak jelas: bisa %(matches)s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unexpected option string: %s": "pilihan tak terduga: %s",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
}


def _terjemah(text: str) -> str:
    return _TEKS.get(text, text)


def pasang() -> None:
    """Make argparse speak Indonesian. It looks its texts up through its module's gettext
    function at the moment it needs them, so replacing that function is enough."""
    argparse._ = _terjemah  # type: ignore[attr-defined]
