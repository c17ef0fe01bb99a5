"""Pre-test and post-test results of a session: paired means, gain and the share passing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from kks_desktop.domain.kegiatan import Peserta


@dataclass(frozen=True)
class RingkasanNilai:
    """Figures for a group of participants.

    The paired figures (`rata_pre`, `rata_post`, `rata_kenaikan`, `lulus_*`) count only the
    `pasangan` participants with both scores, so before and after compare the same people.
    `rata_pre_semua`/`rata_post_semua` use every score there is, as a second look.
    """

    peserta: int
    pasangan: int
    hanya_pre: int
    hanya_post: int
    tanpa_nilai: int
    rata_pre: float | None
    rata_post: float | None
    rata_kenaikan: float | None
    lulus_pre: int
    lulus_post: int
    rata_pre_semua: float | None
    rata_post_semua: float | None

    @property
    def persen_lulus_pre(self) -> float | None:
        return 100 * self.lulus_pre / self.pasangan if self.pasangan else None

    @property
    def persen_lulus_post(self) -> float | None:
        return 100 * self.lulus_post / self.pasangan if self.pasangan else None


@dataclass(frozen=True)
class HasilPrePost:
    batas_lulus: float
    total: RingkasanNilai
    per_kategori: tuple[tuple[str, RingkasanNilai], ...]  # in the order kategori first appear
    tidak_lengkap: tuple[Peserta, ...]  # one score missing: shown, left out of the paired figures


def ringkas(peserta: Sequence[Peserta], batas_lulus: float) -> RingkasanNilai:
    """The figures for one group."""
    paired = [p for p in peserta if p.pre is not None and p.post is not None]
    pre_all = [p.pre for p in peserta if p.pre is not None]
    post_all = [p.post for p in peserta if p.post is not None]
    pre = [p.pre for p in paired if p.pre is not None]
    post = [p.post for p in paired if p.post is not None]
    return RingkasanNilai(
        peserta=len(peserta), pasangan=len(paired),
        hanya_pre=len(pre_all) - len(paired), hanya_post=len(post_all) - len(paired),
        tanpa_nilai=sum(1 for p in peserta if p.pre is None and p.post is None),
        rata_pre=fmean(pre) if pre else None,
        rata_post=fmean(post) if post else None,
        rata_kenaikan=fmean(b - a for a, b in zip(pre, post, strict=True)) if pre else None,
        lulus_pre=sum(1 for s in pre if s >= batas_lulus),
        lulus_post=sum(1 for s in post if s >= batas_lulus),
        rata_pre_semua=fmean(pre_all) if pre_all else None,
        rata_post_semua=fmean(post_all) if post_all else None,
    )


def hasil_prepost(peserta: Sequence[Peserta], batas_lulus: float) -> HasilPrePost:
    """The whole session and each kategori (participants without a kategori under "")."""
    order: list[str] = []
    for person in peserta:
        if person.kategori not in order:
            order.append(person.kategori)
    groups = tuple((k, ringkas([p for p in peserta if p.kategori == k], batas_lulus))
                   for k in order)
    incomplete = tuple(p for p in peserta if (p.pre is None) != (p.post is None))
    return HasilPrePost(batas_lulus, ringkas(peserta, batas_lulus), groups, incomplete)
