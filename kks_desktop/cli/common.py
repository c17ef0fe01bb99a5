"""Helpers shared by the command modules: open an existing workspace, format counts the Indonesian way."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from kks_desktop import messages
from kks_desktop.domain.errors import InvalidKode, WorkspaceNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.services.workspace import Workspace


def existing(db_path: Path) -> Workspace:
    """Open a workspace that must already exist (a read or an edit never creates an empty file).

    Raises WorkspaceNotFound, or what Workspace.open raises.
    """
    if not db_path.exists():
        raise WorkspaceNotFound(db_path)
    return Workspace.open(db_path)


def kode_arg(text: str) -> KodeWilayah:
    """A kode wilayah option's value; a malformed one is a command-line error in Indonesian."""
    try:
        return KodeWilayah.parse(text)
    except InvalidKode as exc:
        raise argparse.ArgumentTypeError(messages.describe(exc)) from None


def num(value: int | None) -> str:
    """1234 -> "1.234"; None -> "-"."""
    return "-" if value is None else f"{value:,}".replace(",", ".")


def pct(value: float | None) -> str:
    """85.25 -> "85,3%"; 99.96 -> "99,9%" (never complete below 100); None -> "-"."""
    return messages.percent_text(value, missing="-")


def print_warnings(warnings: Iterable[Problem]) -> None:
    """Warnings of a saved record, one "Perhatian: ..." line each on stderr."""
    for warning in warnings:
        print(f"Perhatian: {messages.describe_problem(warning)}", file=sys.stderr)


def table(head: list[str], rows: list[list[str]]) -> None:
    """Print a plain table: text columns left-aligned, figures right-aligned."""
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows, strict=True)]
    left = [all(not c[:1].isdigit() and c != "-" for c in col[1:]) or i == 0
            for i, col in enumerate(zip(head, *rows, strict=True))]
    for row in [head, *rows]:
        print("  ".join(c.ljust(w) if lft else c.rjust(w)
                        for c, w, lft in zip(row, widths, left, strict=True)).rstrip())
