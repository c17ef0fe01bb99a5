"""Reference data shipped in resources/ (tatanan, sanitation rules, award gates, session lists)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from kks_desktop.domain.acuan_kegiatan import AcuanKegiatan, parse_acuan_kegiatan
from kks_desktop.domain.award import Siklus, parse_siklus
from kks_desktop.domain.desa_stbm import AturanDesaStbm, parse_aturan
from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.sanitasi import Pemeriksaan
from kks_desktop.domain.tatanan import TatananList, parse_tatanan_list
from kks_desktop.paths import resource

TATANAN_FILE = "reference/tatanan.json"
SANITASI_FILE = "reference/sanitasi.json"
PENGHARGAAN_FILE = "reference/penghargaan_kks.json"
KEGIATAN_FILE = "reference/kegiatan.json"


@dataclass(frozen=True)
class AturanSanitasi:
    pemeriksaan: Pemeriksaan
    desa_stbm: tuple[AturanDesaStbm, ...]
    bawaan: AturanDesaStbm

    def aturan(self, rule_id: str | None) -> AturanDesaStbm:
        """The rule with this id, or the default one for an unknown or unset id."""
        return next((r for r in self.desa_stbm if r.id == rule_id), self.bawaan)


@dataclass(frozen=True)
class Penghargaan:
    siklus: tuple[Siklus, ...]
    bawaan: Siklus

    def siklus_tahun(self, tahun: int | None) -> Siklus:
        """The cycle of that year, or the default one for an unknown or unset year."""
        return next((c for c in self.siklus if c.tahun == tahun), self.bawaan)


def _load(file: str) -> Any:
    path = resource(*file.split("/"))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceDataInvalid(file, "-", "unreadable") from exc


@cache
def tatanan_list() -> TatananList:
    """The tatanan list in force.

    Raises ReferenceDataInvalid naming the file if it is missing or broken.
    """
    return parse_tatanan_list(_load(TATANAN_FILE), TATANAN_FILE)


@cache
def aturan_sanitasi() -> AturanSanitasi:
    """Warning thresholds for reports and the Desa STBM rules to choose from.

    Raises ReferenceDataInvalid naming the file and entry if it is missing or broken.
    """
    data = _load(SANITASI_FILE)
    try:
        checks = data["pemeriksaan"]
        pemeriksaan = Pemeriksaan(float(checks["selisih_kk_terdaftar"]),
                                  float(checks["lonjakan_antar_periode"]))
        rules = parse_aturan(data["aturan_desa_stbm"], SANITASI_FILE)
        default_id = data["aturan_desa_stbm_bawaan"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ReferenceDataInvalid(SANITASI_FILE, str(exc), "missing") from exc
    default = next((r for r in rules if r.id == default_id), None)
    if default is None:
        raise ReferenceDataInvalid(SANITASI_FILE, str(default_id), "unknown_default")
    return AturanSanitasi(pemeriksaan, rules, default)


@cache
def penghargaan() -> Penghargaan:
    """The ODF gates of the KKS award levels per assessment cycle.

    Raises ReferenceDataInvalid naming the file and entry if it is missing or broken.
    """
    data = _load(PENGHARGAAN_FILE)
    if not isinstance(data, dict):
        raise ReferenceDataInvalid(PENGHARGAAN_FILE, "-", "not_an_object")
    cycles = parse_siklus(data.get("siklus"), PENGHARGAAN_FILE)
    default = next((c for c in cycles if c.tahun == data.get("siklus_bawaan")), None)
    if default is None:
        raise ReferenceDataInvalid(PENGHARGAAN_FILE, str(data.get("siklus_bawaan")),
                                   "unknown_default")
    return Penghargaan(cycles, default)


@cache
def acuan_kegiatan() -> AcuanKegiatan:
    """The kinds of session and the participant categories.

    Raises ReferenceDataInvalid naming the file and entry if it is missing or broken.
    """
    return parse_acuan_kegiatan(_load(KEGIATAN_FILE), KEGIATAN_FILE)
