"""Reading the translation files: the .ts messages, and running lupdate/lrelease as `make terjemahan` does."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kks_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Pesan:
    """One message of a .ts file."""

    context: str
    source: str
    translation: str
    finished: bool

    @property
    def placeholders(self) -> list[str]:
        return sorted(PLACEHOLDER.findall(self.source))


def pesan(ts: Path) -> list[Pesan]:
    """Every message of `ts`, in file order."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            text = "" if translation is None else translation.text or ""
            found.append(Pesan(name, message.findtext("source") or "", text, kind == ""))
    return found


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[Path]:
    return sorted((ROOT / "kks_desktop").rglob("*.py"))


def lupdate(target: Path) -> None:
    """Extract every marked text of the code into `target` (as `make terjemahan` does)."""
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(target),
                    "-source-language", "id_ID", "-target-language", "en", "-locations", "none",
                    "-no-obsolete", "-silent"], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
