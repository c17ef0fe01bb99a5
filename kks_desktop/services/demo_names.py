"""Plausible Javanese-Indonesian personal names for demo records, drawn from a seeded generator."""

from __future__ import annotations

import random

GIVEN = (
    "Siti", "Sri", "Nur", "Dwi", "Tri", "Eko", "Agus", "Budi", "Slamet", "Sutrisno", "Wahyu",
    "Rina", "Yuli", "Endang", "Joko", "Ahmad", "Muhammad", "Dewi", "Ani", "Heru", "Suparman",
    "Lestari", "Puji", "Bambang", "Rahayu", "Kusnadi", "Fitri", "Indah", "Teguh", "Wartini",
)
FAMILY = (
    "Wahyuni", "Rahmawati", "Santoso", "Prasetyo", "Hidayat", "Susanti", "Purnomo", "Setiawan",
    "Handayani", "Kurniawan", "Suryani", "Widodo", "Lestari", "Nugroho", "Utami", "Saputra",
)


# Given names above that Javanese parents give to girls; the others are boys' names.
PEREMPUAN = frozenset(("Siti", "Sri", "Nur", "Rina", "Yuli", "Endang", "Dewi", "Ani", "Lestari",
                       "Puji", "Rahayu", "Fitri", "Indah", "Wartini", "Dwi"))


def nama_orang(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def perempuan(nama: str) -> bool:
    """Whether a demo name (titles allowed before it) is a woman's."""
    return any(word in PEREMPUAN for word in nama.replace(",", " ").split()[:2])


def tanpa_kembar(names: list[str], seed: str) -> list[str]:
    """The names with any repeat replaced by a fresh one drawn from its own seed, so the
    generator that drew the list is not disturbed."""
    seen: set[str] = set()
    result = []
    for index, name in enumerate(names):
        spare = random.Random(f"{seed}:{index}")
        while name in seen:
            name = nama_orang(spare)
        seen.add(name)
        result.append(name)
    return result
