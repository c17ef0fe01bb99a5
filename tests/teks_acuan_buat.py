"""Writes kks_desktop/ui/teks_acuan.py: the texts of the shipped reference data marked for translation.

The checklists (resources/checklists) and the reference lists (resources/reference) are data, so
lupdate cannot see their texts; this lists them as `QT_TRANSLATE_NOOP("acuan", …)` for it. Run
by `make terjemahan`; `tests/ui/test_terjemahan.py` fails when the file is behind the data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "kks_desktop" / "ui" / "teks_acuan.py"
HEAD = '''"""The texts of the shipped checklists and reference lists, marked for translation (context
"acuan"); shown through `translate("acuan", text)`. Written by tests/teks_acuan_buat.py (make
terjemahan) from resources/; do not edit by hand."""
# ruff: noqa: E501 - one text a line, as the data writes it

from kks_desktop.bahasa import QT_TRANSLATE_NOOP

TEKS = (
'''


def teks_acuan() -> list[str]:
    """Every shown text of the data, each once, in file order."""
    found: list[str] = []
    for path in sorted((ROOT / "resources" / "checklists").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(data["judul"])
        found += [k["judul"] for k in data["kelompok"]]
        for butir in data["butir"]:
            found += [butir["singkat"], butir["label"], butir["bantuan"]]
    reference = ROOT / "resources" / "reference"
    kegiatan = json.loads((reference / "kegiatan.json").read_text(encoding="utf-8"))
    found += [j["label"] for j in kegiatan["jenis"]] + [k["label"] for k in kegiatan["kategori"]]
    sanitasi = json.loads((reference / "sanitasi.json").read_text(encoding="utf-8"))
    for aturan in sanitasi["aturan_desa_stbm"]:
        found += [aturan["nama"], aturan["keterangan"]]
    tatanan = json.loads((reference / "tatanan.json").read_text(encoding="utf-8"))
    found += [t["nama"] for t in tatanan["tatanan"]]
    return list(dict.fromkeys(t for t in found if t))


def isi() -> str:
    lines = [f"    QT_TRANSLATE_NOOP(\"acuan\", {json.dumps(text, ensure_ascii=False)}),"
             for text in teks_acuan()]
    return HEAD + "\n".join(lines) + "\n)\n"


if __name__ == "__main__":
    TARGET.write_text(isi(), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(teks_acuan())} texts", file=sys.stderr)
