"""Whether a desa is a "Desa STBM", under a rule chosen in Pengaturan and kept as data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, three_pillar_bounds


class Cara(Enum):
    """How pillars 2–5 are judged."""

    TIGA_PILAR = "kk_tiga_pilar"  # share of KK practising at least 3 of pillars 2–5
    SETIAP_PILAR = "setiap_pilar"  # each of pillars 2–5 practised by at least the share


class StatusStbm(Enum):
    DESA_STBM = "desa_stbm"
    BELUM = "belum"
    TIDAK_DIKETAHUI = "tidak_diketahui"


@dataclass(frozen=True)
class AturanDesaStbm:
    id: str
    nama: str
    keterangan: str
    cara: Cara
    min_sbs: float  # share of KK with access (pillar 1), 0–1
    min_kk: float  # share of KK, 0–1


@dataclass(frozen=True)
class PenilaianStbm:
    """The verdict with its reason: a stable `alasan` key and the figures behind it."""

    status: StatusStbm
    alasan: str
    params: tuple[tuple[str, object], ...] = ()


def nilai_desa_stbm(aturan: AturanDesaStbm, lap: LaporanSanitasi | None) -> PenilaianStbm:
    """Judge the latest report of a desa under `aturan`."""
    if lap is None or lap.total_kk <= 0:
        return PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "no_report")
    sbs = lap.akses / lap.total_kk
    if sbs < aturan.min_sbs:
        return PenilaianStbm(StatusStbm.BELUM, "sbs_below", (("babs", lap.babs),))
    need = aturan.min_kk * lap.total_kk
    if aturan.cara is Cara.TIGA_PILAR and lap.kk_tiga_pilar is not None:
        ok = lap.kk_tiga_pilar >= need
        return PenilaianStbm(StatusStbm.DESA_STBM if ok else StatusStbm.BELUM,
                             "met" if ok else "three_pillar_below",
                             (("kk", lap.kk_tiga_pilar),))
    if not lap.pilar_lengkap:
        return PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "pillars_missing")
    if aturan.cara is Cara.SETIAP_PILAR:
        low = [p for p in Pilar if (lap.pilar_kk(p) or 0) < aturan.min_kk * lap.total_kk]
        if low:
            return PenilaianStbm(StatusStbm.BELUM, "pillar_below",
                                 (("pilar", tuple(p.value for p in low)),))
        return PenilaianStbm(StatusStbm.DESA_STBM, "met")
    bounds = three_pillar_bounds(lap)
    assert bounds is not None
    if bounds[0] >= need:
        return PenilaianStbm(StatusStbm.DESA_STBM, "met_by_bound", (("kk", bounds[0]),))
    if bounds[1] < need:
        return PenilaianStbm(StatusStbm.BELUM, "three_pillar_below_bound", (("kk", bounds[1]),))
    return PenilaianStbm(StatusStbm.TIDAK_DIKETAHUI, "three_pillar_unknown",
                         (("low", bounds[0]), ("high", bounds[1])))


def parse_aturan(data: Any, file: str) -> tuple[AturanDesaStbm, ...]:
    """The Desa STBM rules of a reference file.

    Raises ReferenceDataInvalid naming the file and the entry.
    """
    if not isinstance(data, list) or not data:
        raise ReferenceDataInvalid(file, "aturan_desa_stbm", "missing")
    rules: list[AturanDesaStbm] = []
    for pos, entry in enumerate(data, start=1):
        where = entry.get("id", f"aturan_desa_stbm[{pos}]") if isinstance(entry, dict) else str(pos)
        try:
            rule = AturanDesaStbm(
                id=_text(entry, "id"), nama=_text(entry, "nama"),
                keterangan=_text(entry, "keterangan"), cara=Cara(entry["cara"]),
                min_sbs=_fraction(entry, "min_sbs"), min_kk=_fraction(entry, "min_kk"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ReferenceDataInvalid(file, str(where), f"bad_entry: {exc}") from exc
        if any(r.id == rule.id for r in rules):
            raise ReferenceDataInvalid(file, rule.id, "duplicate_id")
        rules.append(rule)
    return tuple(rules)


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry[key]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be text")
    return value


def _fraction(entry: dict[str, Any], key: str) -> float:
    value = entry[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"{key} must be a share between 0 and 1")
    return float(value)
