"""The English translation: every text a user reads is marked, translated, and compiled."""

from __future__ import annotations

from pathlib import Path

import pytest
from teks_acuan_buat import TARGET as TEKS_ACUAN
from teks_acuan_buat import isi
from teks_mentah import teks_mentah
from terjemahan_ts import PLACEHOLDER, QM, ROOT, TS, lrelease, lupdate, pesan

CHECKED = sorted([*(ROOT / "kks_desktop" / "ui").glob("*.py"),
                  *(ROOT / "kks_desktop").glob("messages*.py")])


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: p.name)
def test_every_text_a_user_reads_goes_through_translate(path: Path):
    found = teks_mentah(path)
    assert not found, "texts outside translate()/QT_TRANSLATE_NOOP (or mark `# teks-tetap`):\n" + \
        "\n".join(str(f) for f in found)


def test_every_message_is_translated_with_the_same_placeholders():
    problems = []
    for m in pesan(TS):
        if not m.finished or not m.translation.strip():
            problems.append(f"[{m.context}] not translated: {m.source!r}")
        elif m.placeholders != sorted(PLACEHOLDER.findall(m.translation)):
            problems.append(f"[{m.context}] placeholders differ: {m.source!r} -> {m.translation!r}")
        elif "{}" in m.source:
            problems.append(f"[{m.context}] unnamed placeholder: {m.source!r}")
        elif m.source.count("&") - 2 * m.source.count("&&") == 1 and \
                m.translation.count("&") - 2 * m.translation.count("&&") != 1:
            problems.append(f"[{m.context}] shortcut letter (&) lost: {m.translation!r}")
    assert not problems, "\n".join(problems)


def test_the_list_of_the_data_texts_is_current():
    assert TEKS_ACUAN.read_text(encoding="utf-8") == isi(), "run `make terjemahan`"


def test_the_ts_file_holds_exactly_the_texts_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    in_code = {(m.context, m.source) for m in pesan(fresh)}
    in_ts = {(m.context, m.source) for m in pesan(TS)}
    assert not in_code - in_ts, f"run `make terjemahan`; missing from the .ts: {sorted(in_code - in_ts)}"
    assert not in_ts - in_code, f"run `make terjemahan`; no longer in the code: {sorted(in_ts - in_code)}"


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path):
    fresh = tmp_path / "fresh.qm"
    lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run `make terjemahan` and commit the .qm"
