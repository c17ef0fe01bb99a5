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


def nama_orang(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
