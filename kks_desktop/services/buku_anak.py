"""A large workbook read in a child process, its rows handed over in batches, so the window stays live.

python-calamine frees a parsed sheet while holding Python's interpreter lock: for a register
of 300,000 KK that is ~150 ms in which no other thread (the window's among them) runs. In a
child process the same work stalls nobody; this process only unpickles batches of rows, a few
milliseconds each. The child is started with "spawn" (no copy of a running Qt program), and a
bundled program handles its start through `multiprocessing.freeze_support()` in `cli.main`.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

logger = logging.getLogger(__name__)

BATCH = 2000  # rows per message: ~1 MB pickled for a register row of 30 cells


class BukuAnakGagal(Exception):
    """The child could not read the workbook (its reason in the message) or died."""


@dataclass
class LembarAnak:
    """One sheet as the child reads it: calamine's `start` and `height`, and its rows, which
    must be taken in order before the next sheet (what is left is skipped)."""

    name: str
    start: tuple[int, int]
    height: int
    _buku: BukuAnak

    def iter_rows(self) -> Iterator[list[Any]]:
        return self._buku.rows()


def _baca(path: str, conn: Connection) -> None:
    """The child: every sheet's rows down the pipe, then ("selesai",); ("gagal", text) on error."""
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        conn.send(("lembar-lembar", list(book.sheet_names)))
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            conn.send(("lembar", name, tuple(sheet.start or (0, 0)), int(sheet.height or 0)))
            batch: list[list[Any]] = []
            for row in sheet.iter_rows():
                batch.append(row)
                if len(batch) == BATCH:
                    conn.send(("baris", batch))
                    batch = []
            conn.send(("baris", batch))
            conn.send(("akhir",))
            del sheet
        conn.send(("selesai",))
    except BaseException as exc:  # everything goes back to the parent, which decides
        conn.send(("gagal", repr(exc)))
    finally:
        conn.close()


class BukuAnak:
    """`with BukuAnak(path) as buku: for lembar in buku.lembar(): ...`; leaving the block stops
    the child wherever it is (Batal, an error, or the end)."""

    def __init__(self, path: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe(duplex=False)
        self._process = context.Process(target=_baca, args=(str(path), child_end), daemon=True,
                                         name="baca-buku")
        self._process.start()
        child_end.close()
        self._in_sheet = False
        self.sheet_names: list[str] = self._expect("lembar-lembar")[1]

    def _receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise BukuAnakGagal(f"the reading process ended: {exc!r}") from None
        if message[0] == "gagal":
            raise BukuAnakGagal(message[1])
        return message

    def _expect(self, kind: str) -> tuple[Any, ...]:
        message = self._receive()
        if message[0] != kind:
            raise BukuAnakGagal(f"expected {kind}, got {message[0]}")
        return message

    def lembar(self) -> Iterator[LembarAnak]:
        """The sheets in workbook order."""
        while True:
            if self._in_sheet:
                for _row in self.rows():  # what the reader of the last sheet left
                    pass
            message = self._receive()
            if message[0] == "selesai":
                return
            if message[0] != "lembar":
                raise BukuAnakGagal(f"expected a sheet, got {message[0]}")
            self._in_sheet = True
            yield LembarAnak(message[1], message[2], message[3], self)

    def rows(self) -> Iterator[list[Any]]:
        """The rest of the current sheet's rows."""
        while self._in_sheet:
            message = self._receive()
            if message[0] == "akhir":
                self._in_sheet = False
                return
            yield from message[1]

    def __enter__(self) -> BukuAnak:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()
