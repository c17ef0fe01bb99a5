"""Pre/post test tables: figures per kategori with a JUMLAH row, and participants missing one score."""

from __future__ import annotations

import logging

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Peserta
from kks_desktop.domain.prepost import HasilPrePost, RingkasanNilai
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.ui.cell_table_model import CellTableModel
from kks_desktop.ui.formatting import INDONESIAN, number, percent

logger = logging.getLogger(__name__)

MISSING = "–"
TANPA_KATEGORI = QT_TRANSLATE_NOOP("prepost_model", "Tanpa kategori")
JUMLAH = QT_TRANSLATE_NOOP("prepost_model", "JUMLAH (semua peserta)")


def rata(value: float | None) -> str:
    """A mean with one decimal: `57,9`; `–` when there is none."""
    return MISSING if value is None else INDONESIAN.toString(value, "f", 1)


def kenaikan(value: float | None) -> str:
    """A mean gain with its sign: `+16,2`, `-3,0`."""
    return MISSING if value is None else ("+" if value > 0 else "") + rata(value)


def skor(value: float | None, missing: str = MISSING) -> str:
    """One person's score: `85`, `72,5`."""
    if value is None:
        return missing
    return INDONESIAN.toString(int(value)) if value == int(value) else rata(value)


def lulus(n: int, share: float | None) -> str:
    """`40 (72,7%)`."""
    return f"{number(n)} ({percent(share)})"


def label_kategori(kategori: str) -> str:
    return (translate("acuan", acuan_kegiatan().label_kategori(kategori)) if kategori
            else translate("prepost_model", TANPA_KATEGORI))


class PrePostKategoriModel(CellTableModel):
    """One row per kategori in the order they first appear, then the bold JUMLAH row."""

    HEADERS = (QT_TRANSLATE_NOOP("prepost_model", "Kategori"),
               QT_TRANSLATE_NOOP("prepost_model", "Peserta"),
               QT_TRANSLATE_NOOP("prepost_model", "Pasangan"),
               QT_TRANSLATE_NOOP("prepost_model", "Rata pre"),
               QT_TRANSLATE_NOOP("prepost_model", "Rata post"),
               QT_TRANSLATE_NOOP("prepost_model", "Kenaikan"),
               QT_TRANSLATE_NOOP("prepost_model", "Lulus pre %"),
               QT_TRANSLATE_NOOP("prepost_model", "Lulus post %"))
    HEADER_TIPS = ("", QT_TRANSLATE_NOOP("prepost_model", "Semua peserta dalam kategori"),
                   QT_TRANSLATE_NOOP("prepost_model", "Peserta dengan nilai pre-test dan "
                                     "post-test; hanya mereka yang dihitung di kolom berikut"),
                   "", "", QT_TRANSLATE_NOOP("prepost_model", "Rata-rata (post − pre) per orang"),
                   QT_TRANSLATE_NOOP("prepost_model", "Bagian pasangan dengan pre ≥ batas lulus"),
                   QT_TRANSLATE_NOOP("prepost_model", "Bagian pasangan dengan post ≥ batas lulus"))
    NUMERIC = (1, 2, 3, 4, 5, 6, 7)

    def set_hasil(self, hasil: HasilPrePost) -> None:
        groups = [(label_kategori(k), r) for k, r in hasil.per_kategori]
        groups.append((translate("prepost_model", JUMLAH), hasil.total))
        raw = [_raw(name, r) for name, r in groups]
        shown = [(name, number(r.peserta), number(r.pasangan), rata(r.rata_pre),
                  rata(r.rata_post), kenaikan(r.rata_kenaikan), percent(r.persen_lulus_pre),
                  percent(r.persen_lulus_post)) for name, r in groups]
        self._reset([r for _name, r in groups], raw, shown, total_row=len(groups) - 1)


def _raw(name: str, r: RingkasanNilai) -> tuple[object, ...]:
    return (name, r.peserta, r.pasangan, r.rata_pre, r.rata_post, r.rata_kenaikan,
            r.persen_lulus_pre, r.persen_lulus_post)


class BelumLengkapModel(CellTableModel):
    """Participants with a pre-test or a post-test score but not both."""

    HEADERS = (QT_TRANSLATE_NOOP("prepost_model", "Nama"), QT_TRANSLATE_NOOP("prepost_model", "Instansi"),
               QT_TRANSLATE_NOOP("prepost_model", "Pre"), QT_TRANSLATE_NOOP("prepost_model", "Post"))
    NUMERIC = (2, 3)

    def set_peserta(self, people: tuple[Peserta, ...]) -> None:
        raw = [(p.nama, p.instansi, p.pre, p.post) for p in people]
        none = translate("prepost_model", "belum ada")
        shown = [(p.nama, p.instansi, skor(p.pre, none), skor(p.post, none)) for p in people]
        self._reset(people, raw, shown)
