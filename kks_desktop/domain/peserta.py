"""Recognising the same person twice: names without titles and degrees, merging two entries."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from kks_desktop.domain.kegiatan import Peserta

# Written before a name: honorifics and titles, compared without dots and case.
_TITLES = frozenset((
    "dr", "drs", "dra", "drg", "ir", "h", "hj", "prof", "bapak", "bpk", "bp", "pak", "ibu", "ib",
    "bu", "sdr", "sdri", "saudara", "saudari", "ny", "nn", "tn", "kh", "ust", "ustadz", "ustadzah",
    "hc", "ns", "apt", "bidan", "bd",
))
# Written after a name (often after a comma): academic degrees, compared without dots and case.
_DEGREES = frozenset((
    "skm", "skep", "ssos", "spd", "mkes", "se", "st", "mm", "msi", "amd", "amdkep", "amdkeb",
    "sh", "mh", "mpd", "sag", "sip", "skom", "ns", "amkl", "amk", "sst", "mph", "mkm", "sp",
    "ssi", "sfarm", "sgz", "spdi", "sstp", "map", "mt", "msc", "phd", "ak", "mak", "stp", "sked",
    "mars", "mkep", "amdkl", "skg", "sthi", "spsi", "sap", "sikom", "shi", "sei", "mag", "ma",
))
_WORD = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*\.?", re.UNICODE)


def _kata(text: str) -> list[str]:
    r"""The words of `text` (NFKC), a combining mark counted as part of its word: Python's `\w`
    leaves the vowel signs of Javanese or Arabic out, which would make "ꦱꦸꦫ" and "ꦱꦶꦫ" one name."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():
        return _WORD.findall(text)
    shadow = "".join("a" if unicodedata.category(c)[0] == "M" else c for c in text)
    return [text[m.start():m.end()] for m in _WORD.finditer(shadow)]


def kunci_nama(nama: str) -> str:
    """The name as compared: "dr. Budi  Santoso, M.Kes" and "BUDI SANTOSO" give "budi santoso"."""
    words = _kata(nama.split(",", 1)[0])
    while len(words) > 1 and _plain(words[0]) in _TITLES:
        words.pop(0)
    # Without a comma a degree is told from a name part by its dots or capitals ("SKM", "S.Kep"):
    # "Ahmad Ma" keeps its last word.
    while len(words) > 1 and _plain(words[-1]) in _DEGREES and (
            "." in words[-1] or words[-1].isupper()):
        words.pop()
    return " ".join(_plain(w) for w in words)


def _plain(word: str) -> str:
    return word.replace(".", "").replace("'", "").lower()


def kunci_instansi(instansi: str) -> str:
    """The institution as compared: case, spacing and punctuation ignored."""
    return " ".join(w.replace(".", "").lower() for w in _kata(instansi))


def sama_orang(a: Peserta, b: Peserta) -> bool:
    """The same name (without titles) and the same institution, or one institution left empty."""
    if not kunci_nama(a.nama) or kunci_nama(a.nama) != kunci_nama(b.nama):
        return False
    ia, ib = kunci_instansi(a.instansi), kunci_instansi(b.instansi)
    return ia == ib or not ia or not ib


def peserta_ganda(peserta: Sequence[Peserta]) -> list[tuple[int, ...]]:
    """Groups of row indices (0-based, in order) that look like one person entered twice."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(peserta):
        key = kunci_nama(person.nama)
        if key:
            by_name[key].append(index)
    groups: list[tuple[int, ...]] = []
    for indices in by_name.values():
        remaining = list(indices)
        while remaining:
            group = [remaining.pop(0)]
            for index in remaining:
                if all(sama_orang(peserta[member], peserta[index]) for member in group):
                    group.append(index)
            if len(group) > 1:
                groups.append(tuple(group))
                remaining = [i for i in remaining if i not in group]
    return sorted(groups)


def gabung(utama: Peserta, lain: Peserta) -> Peserta:
    """One entry from two: the first one's values, its empty fields filled from the second,
    attendance on any day either records, and a score from the second only where the first has none."""
    return utama.with_changes(
        jenis_kelamin=utama.jenis_kelamin or lain.jenis_kelamin,
        jabatan=utama.jabatan or lain.jabatan,
        instansi=utama.instansi or lain.instansi,
        kategori=utama.kategori or lain.kategori,
        desa_kode=utama.desa_kode or (lain.desa_kode if not utama.desa_nama else ""),
        desa_nama=utama.desa_nama or lain.desa_nama,
        telepon=utama.telepon or lain.telepon,
        hadir=tuple(sorted(set(utama.hadir) | set(lain.hadir))),
        pre=utama.pre if utama.pre is not None else lain.pre,
        post=utama.post if utama.post is not None else lain.post,
    )


def gabung_baris(peserta: Sequence[Peserta], group: Sequence[int]) -> list[Peserta]:
    """The list with the rows of `group` merged into the first of them (which keeps its place)."""
    first, *rest = group
    merged = peserta[first]
    for index in rest:
        merged = gabung(merged, peserta[index])
    return [merged if i == first else p for i, p in enumerate(peserta) if i not in rest]
