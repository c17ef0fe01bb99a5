"""Finds user-visible texts in the GUI's and the messages' source that bypass `translate`.

A text counts as user-visible when it reads like words (a capitalised word, or two words) and
sits outside `translate(...)` / `QT_TRANSLATE_NOOP(...)`, a docstring, a log call, a dict key or
a subscript, and a few calls that take names rather than words (object names, settings keys,
style sheets, key sequences). A statement that keeps Indonesian on purpose (an Excel heading, a
file name pattern) says so with a `# teks-tetap` comment on its first line or on the text's line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TANDA = "# teks-tetap"
TERJEMAH = {"translate", "QT_TRANSLATE_NOOP"}
# Calls whose text arguments are names, keys, markup or code, never read as words.
BUKAN_KATA = {
    "setObjectName", "objectName", "findChild", "findChildren", "setProperty", "property",
    "setStyleSheet", "QKeySequence", "Signal", "Slot", "Property", "getattr", "setattr", "hasattr",
    "isinstance", "startswith", "endswith", "value", "setValue", "QSettings", "compile", "match",
    "search", "fullmatch", "sub", "split", "strftime", "strptime", "fromString", "toString",
    "execute", "QRegularExpression", "connect", "setAccessibleName", "setFeatures", "fromTheme",
    "resource", "Path", "QIcon", "QUrl", "fromLocalFile", "mimeData", "setData", "hasFormat",
    "data", "format", "join", "replace", "get", "pop", "setdefault", "dataclass", "field",
    "TypeVar", "NamedTuple", "cast",
}
LOG = {"debug", "info", "warning", "error", "exception", "critical", "log"}
KATA = re.compile(r"[^\W\d_]{2,}")
DUA_KATA = re.compile(r"[^\W\d_]{2,}[\s,.:;!?()–-]+[^\W\d_]")
KATA_BESAR = re.compile(r"^\W*[A-Z][a-z]")


@dataclass(frozen=True)
class TeksMentah:
    """One text found: where it is and what it says."""

    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def reads_as_words(text: str) -> bool:
    return bool(KATA.search(text)) and bool(DUA_KATA.search(text) or KATA_BESAR.match(text))


def _nama_panggilan(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _panggilan_log(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr in LOG
            and isinstance(func.value, ast.Name) and func.value.id in {"logger", "logging", "log"})


class _Pencari(ast.NodeVisitor):
    def __init__(self, path: Path, lines: list[str]) -> None:
        self.path, self.lines = path, lines
        self.found: list[TeksMentah] = []

    def _bertanda(self, node: ast.AST) -> bool:
        line = getattr(node, "lineno", 0)
        return 0 < line <= len(self.lines) and TANDA in self.lines[line - 1]

    def generic_visit(self, node: ast.AST) -> None:
        if isinstance(node, ast.stmt) and self._bertanda(node):
            return
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                for child in body[1:]:
                    self.visit(child)
                if not isinstance(node, ast.Module):
                    for deco in node.decorator_list:
                        self.visit(deco)
                return
        super().generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _nama_panggilan(node)
        if name in TERJEMAH or name in BUKAN_KATA or _panggilan_log(node):
            return
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for value in node.values:
            self.visit(value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)

    def visit_Compare(self, node: ast.Compare) -> None:
        return

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and reads_as_words(node.value) and not self._bertanda(node):
            self.found.append(TeksMentah(self.path, node.lineno, node.value))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        if reads_as_words(text) and not self._bertanda(node):
            self.found.append(TeksMentah(self.path, node.lineno, text))
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)


def teks_mentah(path: Path) -> list[TeksMentah]:
    """Every user-visible text in `path` that bypasses translation."""
    source = path.read_text(encoding="utf-8")
    finder = _Pencari(path, source.splitlines())
    finder.visit(ast.parse(source))
    return finder.found
