"""Demo answers to the manual checklist items: most desa and kecamatan answered, some not yet."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence

from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kesiapan_fakta import Jawaban, NilaiJawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level

_LEVEL = {Tingkat.DESA: Level.DESA, Tingkat.KECAMATAN: Level.KECAMATAN,
          Tingkat.KABUPATEN: Level.KABKOTA}
_OLEH = {Tingkat.DESA: "Sekretaris Pokja", Tingkat.KECAMATAN: "Sekretaris Forum Kecamatan",
         Tingkat.KABUPATEN: "Sekretariat Tim Pembina"}
_CATATAN = {NilaiJawaban.ADA: "Dokumen asli di map data dukung sekretariat.",
            NilaiJawaban.SEBAGIAN: "Masih draf; menunggu tanda tangan.",
            NilaiJawaban.TIDAK_ADA: "Belum disusun."}


def demo_jawaban(definisi: Sequence[Definisi], area: KodeWilayah, desa: Sequence[KodeWilayah],
                 rng: random.Random) -> Iterator[tuple[Definisi, str, str, Jawaban]]:
    """(checklist, region kode, item id, answer) for the manual items of the regions the demo
    added: its desa, their kecamatan and, for a kabupaten demo, the kabupaten itself."""
    regions = {
        Level.DESA: [str(k) for k in desa],
        Level.KECAMATAN: sorted({str(k.at(Level.KECAMATAN)) for k in desa}),
        Level.KABKOTA: [str(area)] if area.level is Level.KABKOTA else [],
    }
    for d in definisi:
        for kode in regions[_LEVEL[d.tingkat]]:
            for butir in (b for b in d.butir if b.manual):
                roll = rng.random()
                if roll < 0.15:
                    continue  # not answered yet
                nilai = (NilaiJawaban.ADA if roll < 0.7 else NilaiJawaban.SEBAGIAN if roll < 0.9
                         else NilaiJawaban.TIDAK_ADA)
                day = dt.date(d.siklus, 1, 1) + dt.timedelta(days=rng.randint(10, 300))
                yield d, kode, butir.id, Jawaban(
                    nilai, f"{rng.randint(1, 140)}/{rng.choice(('SK', 'KEP', 'PERDES'))}/"
                    f"{d.siklus}" if nilai is not NilaiJawaban.TIDAK_ADA else "",
                    day if nilai is not NilaiJawaban.TIDAK_ADA else None, _CATATAN[nilai],
                    _OLEH[d.tingkat])
