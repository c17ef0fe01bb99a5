"""Kemendagri kode wilayah (PP.KK.CC.DDDD): parsing, formatting and what a code says about itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, IntEnum

from kks_desktop.domain.errors import InvalidKode


class Level(IntEnum):
    """How deep a code goes: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan."""

    PROVINSI = 1
    KABKOTA = 2
    KECAMATAN = 3
    DESA = 4


class JenisDesa(Enum):
    """The first digit of the village segment: 1 kelurahan, 2 desa, 3 desa adat."""

    KELURAHAN = "kelurahan"
    DESA = "desa"
    DESA_ADAT = "desa_adat"


_SEGMENT_WIDTHS = (2, 2, 2, 4)
# ASCII digits only: "٣٣" or full-width "３３" would pass \d but are no Kemendagri code.
_DOTTED = re.compile(r"^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$")
_PLAIN = re.compile(r"^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10})$")
_VILLAGE_KIND = {"1": JenisDesa.KELURAHAN, "2": JenisDesa.DESA, "3": JenisDesa.DESA_ADAT}


@dataclass(frozen=True, order=True)
class KodeWilayah:
    """A validated kode wilayah, kept as its segments; `str()` gives the dotted form."""

    segments: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> KodeWilayah:
        """Parse `33.25.01.2001` or `3325012001` (also shorter levels: `33`, `33.25`, `332501`).

        Raises InvalidKode with a reason code if the text is not a well-formed code.
        """
        raw = text.strip() if isinstance(text, str) else ""
        if not raw:
            raise InvalidKode(text, "empty")
        if "." in raw:
            if not _DOTTED.match(raw):
                raise InvalidKode(text, "format")
            segments = tuple(raw.split("."))
        else:
            if not (raw.isascii() and raw.isdigit()):
                raise InvalidKode(text, "not_digits")
            if not _PLAIN.match(raw):
                raise InvalidKode(text, "length")
            segments = _split_plain(raw)
        kode = cls(segments)
        kode._check_ranges(text)
        return kode

    def _check_ranges(self, text: str) -> None:
        if any(int(seg) == 0 for seg in self.segments):
            raise InvalidKode(text, "zero_segment")
        if self.level is Level.DESA and self.segments[3][0] not in _VILLAGE_KIND:
            raise InvalidKode(text, "village_kind")

    @property
    def level(self) -> Level:
        return Level(len(self.segments))

    @property
    def digits(self) -> str:
        """The code without dots, e.g. `3325012001`."""
        return "".join(self.segments)

    def __str__(self) -> str:
        return ".".join(self.segments)

    def parent(self) -> KodeWilayah | None:
        """The code one level up, or None for a provinsi."""
        return KodeWilayah(self.segments[:-1]) if len(self.segments) > 1 else None

    def at(self, level: Level) -> KodeWilayah:
        """This code cut to a higher (or the same) level, e.g. the kecamatan of a desa."""
        if level > self.level:
            raise ValueError(f"{self} has no {level.name} part")
        return KodeWilayah(self.segments[: int(level)])

    def contains(self, other: KodeWilayah) -> bool:
        """True when `other` lies inside (or is) this region."""
        return other.segments[: len(self.segments)] == self.segments

    @property
    def is_kota(self) -> bool:
        """A kab/kota segment of 71-99 is a kota; 01-69 a kabupaten."""
        return self.level >= Level.KABKOTA and int(self.segments[1]) >= 71

    @property
    def jenis_desa(self) -> JenisDesa | None:
        """Kelurahan, desa or desa adat for a village code; None for higher levels."""
        if self.level is not Level.DESA:
            return None
        return _VILLAGE_KIND[self.segments[3][0]]


def _split_plain(raw: str) -> tuple[str, ...]:
    segments: list[str] = []
    pos = 0
    for width in _SEGMENT_WIDTHS:
        if pos >= len(raw):
            break
        segments.append(raw[pos : pos + width])
        pos += width
    return tuple(segments)
