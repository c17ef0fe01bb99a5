"""Judging a checklist: every item's status, reason and evidence, the weighted score, what is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from kks_desktop.domain.kesiapan import Butir, Definisi
from kks_desktop.domain.kesiapan_aturan import ATURAN, Temuan
from kks_desktop.domain.kesiapan_fakta import Fakta, Jawaban, NilaiJawaban, StatusButir

_DARI_JAWABAN = {NilaiJawaban.ADA: StatusButir.TERPENUHI,
                 NilaiJawaban.SEBAGIAN: StatusButir.SEBAGIAN,
                 NilaiJawaban.TIDAK_ADA: StatusButir.BELUM}


@dataclass(frozen=True)
class HasilButir:
    butir: Butir
    temuan: Temuan
    jawaban: Jawaban | None = None

    @property
    def status(self) -> StatusButir:
        return self.temuan.status


@dataclass(frozen=True)
class HasilDaftar:
    definisi: Definisi
    butir: tuple[HasilButir, ...]

    @property
    def skor(self) -> float:
        """0–100: each item's weight times 1 (met), ½ (partly) or 0 (not met, or unknown)."""
        total = sum(h.butir.bobot for h in self.butir)
        return 100 * sum(h.butir.bobot * h.status.nilai for h in self.butir) / total

    @property
    def kurang(self) -> tuple[HasilButir, ...]:
        """The items not met yet, the heaviest first (in checklist order among equals)."""
        order = {h.butir.id: n for n, h in enumerate(self.butir)}
        return tuple(sorted((h for h in self.butir if h.status is not StatusButir.TERPENUHI),
                            key=lambda h: (-h.butir.bobot, order[h.butir.id])))

    def jumlah(self, status: StatusButir) -> int:
        return sum(1 for h in self.butir if h.status is status)


def nilai_daftar(definisi: Definisi, fakta: Fakta,
                 jawaban: Mapping[str, Jawaban] | None = None) -> HasilDaftar:
    """Judge every item: rules on the facts, manual items on their answers (by item id)."""
    answers = jawaban or {}
    return HasilDaftar(definisi, tuple(_nilai_butir(b, fakta, answers.get(b.id))
                                       for b in definisi.butir))


def _nilai_butir(butir: Butir, fakta: Fakta, jawaban: Jawaban | None) -> HasilButir:
    if butir.aturan is None:
        if jawaban is None:
            return HasilButir(butir, Temuan(StatusButir.TIDAK_DIKETAHUI, "belum_dijawab"))
        refs = tuple(x for x in (jawaban.nomor, jawaban.tanggal and jawaban.tanggal.strftime(
            "%d/%m/%Y"), jawaban.catatan, jawaban.berkas_nama) if x)
        params = (("nilai", jawaban.nilai.value), ("oleh", jawaban.oleh),
                  ("pada", _hari_lokal(jawaban.pada)))
        return HasilButir(butir, Temuan(_DARI_JAWABAN[jawaban.nilai], "dijawab", params, refs),
                          jawaban)
    _spec, judge = ATURAN[butir.aturan]
    return HasilButir(butir, judge(fakta, dict(butir.parameter)))


def _hari_lokal(stamp: str) -> str:
    """The day an answer was given on this computer's clock, "22/11/2026" ("" if unknown)."""
    try:
        when = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return ""
    return when.astimezone().strftime("%d/%m/%Y")
