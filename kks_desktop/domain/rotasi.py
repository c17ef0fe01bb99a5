"""Which daily backups a rotation keeps: the last few days, and one per month before that."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def disimpan(waktu: Sequence[dt.datetime], harian: int = 14, bulanan: int = 12) -> set[int]:
    """Indexes (into `waktu`) of the backups to keep: the newest of each of the `harian` most
    recent days that have one, and the newest of each of the `bulanan` most recent months."""
    newest_first = sorted(range(len(waktu)), key=lambda i: waktu[i], reverse=True)
    keep: set[int] = set()
    for period, count in ((lambda t: t.date(), harian), (lambda t: (t.year, t.month), bulanan)):
        seen: set[object] = set()
        for i in newest_first:
            key = period(waktu[i])
            if key not in seen and len(seen) < count:
                seen.add(key)
                keep.add(i)
    return keep
