"""Importing the household (KK) register from Excel: the dry run (desa, matching, classes) and the commit."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kks_desktop.domain.errors import Cancelled, DesaNotFound, ImportBlocked, RecordChanged
from kks_desktop.domain.impor_baris import Letak, MasalahImpor
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.rumah_tangga import RumahTangga
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages_excel import tempat_text, temuan_masalah
from kks_desktop.messages_rumah_tangga_excel import TEMUAN_KK
from kks_desktop.services import cadangan
from kks_desktop.services.impor_terap import JENIS_CADANGAN
from kks_desktop.services.rumah_tangga_impor_baca import BacaanKK, baca_kk
from kks_desktop.services.rumah_tangga_impor_baris import BarisKK, KolomDiabaikan, rumah_tangga
from kks_desktop.services.rumah_tangga_impor_cocok import JumlahDesa, Pencocok, Tulisan, letak
from kks_desktop.services.rumah_tangga_impor_desa import PencariDesa
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Batal = Callable[[], bool]
_LANGKAH = 4096  # rows between two looks at progress and Batal


@dataclass
class RencanaKK:
    """The dry run of a household workbook: counts per desa, findings, ignored columns, and the
    households a commit would write (rows with errors are never among them). `perlu_desa`:
    rows name no desa and none was chosen (the user picks one and the plan is made again)."""

    bacaan: BacaanKK
    desa: KodeWilayah | None
    per_desa: dict[str, JumlahDesa]
    masalah: list[MasalahImpor]
    tulis: dict[int, Tulisan]
    perlu_desa: bool = False

    @property
    def path(self) -> Path:
        return self.bacaan.path

    @property
    def diabaikan(self) -> list[KolomDiabaikan]:
        return self.bacaan.diabaikan

    @property
    def kesalahan(self) -> int:
        return sum(1 for m in self.masalah if m.is_error)

    @property
    def ada_kesalahan(self) -> bool:
        return any(m.is_error for m in self.masalah)

    @property
    def baris_salah(self) -> int:
        return sum(d.salah for d in self.per_desa.values())

    def jumlah(self) -> dict[Kelas, int]:
        """Households per class (new, changed, unchanged), every class present."""
        found = Counter({Kelas.BARU: sum(d.baru for d in self.per_desa.values()),
                         Kelas.BERUBAH: sum(d.berubah for d in self.per_desa.values()),
                         Kelas.SAMA: sum(d.sama for d in self.per_desa.values())})
        return {k: found.get(k, 0) for k in Kelas}

    @property
    def akan_ditulis(self) -> int:
        return sum(len(t.baru) + len(t.ubah) for t in self.tulis.values())


@dataclass(frozen=True)
class HasilKK:
    """What a commit did: households added and changed, unchanged, rows left out for errors."""

    baru: int
    berubah: int
    sama: int
    dilewati: int

    @property
    def ditulis(self) -> int:
        return self.baru + self.berubah


def rencanakan(ws: Workspace, path: Path, desa: KodeWilayah | None = None, *,
               progress: Progress | None = None, batal: Batal | None = None,
               today: dt.date | None = None) -> RencanaKK:
    """Read a household workbook and make its dry run; writes nothing.

    Raises WorkbookUnreadable, DesaNotFound (the chosen desa), Cancelled.
    """
    if desa is not None and ws.rumah_tangga.desa_id(desa) is None:
        raise DesaNotFound(str(desa))
    bacaan = baca_kk(path, progress=_skala(progress, 0, 900), batal=batal, today=today)
    return rencanakan_bacaan(ws, bacaan, desa, progress=_skala(progress, 900, 1000), batal=batal)


def _skala(progress: Progress | None, start: int, end: int) -> Progress | None:
    """A step's progress (per mille) as part start..end of the whole."""
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * done // max(total, 1), 1000)


def rencanakan_bacaan(ws: Workspace, bacaan: BacaanKK, desa: KodeWilayah | None = None, *,
                      progress: Progress | None = None, batal: Batal | None = None) -> RencanaKK:
    """The dry run of a workbook already read (again, after the user chose a desa): each row's
    desa, the household it matches here, its class, and the rows the file repeats.

    Raises DesaNotFound (the chosen desa), Cancelled.
    """
    pencari = PencariDesa(ws, desa)
    masalah = list(bacaan.masalah)
    per_desa: dict[str, JumlahDesa] = {}
    perlu_desa = False
    placed: list[tuple[BarisKK, int]] = []
    for n, (baris, found) in enumerate(pencari.tempatkan(bacaan)):
        if n % _LANGKAH == 0:
            _langkah(progress, batal, n, 2 * len(bacaan.baris))
        if isinstance(found, Problem):
            if found.code == "kk_tanpa_desa":  # said once per sheet below
                perlu_desa = True
            else:
                masalah.append(MasalahImpor(letak(bacaan, baris, found.field), found))
            per_desa.setdefault("", JumlahDesa("", "")).salah += 1
            continue
        placed.append((baris, found))
    if perlu_desa:
        for lembar in bacaan.lembar:
            if not lembar.punya_desa:
                masalah.append(MasalahImpor(Letak(lembar.nama), Problem.error("", "kk_tanpa_desa")))
    cocok = Pencocok(ws, bacaan, pencari, placed)
    tulis = cocok.klasifikasi(per_desa, masalah, lambda n: _langkah(
        progress, batal, len(bacaan.baris) + n, 2 * len(bacaan.baris)))
    order = {name: i for i, name in enumerate(bacaan.nama_lembar)}
    masalah.sort(key=lambda m: (order.get(m.letak.lembar, -1), m.letak.baris or 0))
    per_desa = dict(sorted(per_desa.items(), key=lambda d: (not d[0], d[0])))  # unknown last
    result = RencanaKK(bacaan, desa, per_desa, masalah, tulis, perlu_desa)
    if progress is not None:
        progress(1, 1)
    logger.info("household plan %s: %s, %d findings", bacaan.path.name,
                {k.value: n for k, n in result.jumlah().items() if n}, len(masalah))
    return result


def _langkah(progress: Progress | None, batal: Batal | None, done: int, total: int) -> None:
    if batal is not None and batal():
        raise Cancelled()
    if progress is not None:
        progress(done, total)


def terapkan(ws: Workspace, rencana: RencanaKK, *, hanya_valid: bool = False,
             progress: Progress | None = None, batal: Batal | None = None,
             cadangkan: bool = True) -> HasilKK:
    """Write the dry run's households in one transaction, after a "sebelum-impor" backup (when
    there is something to write). The change history does not record the rows one by one; the
    backup guards them. While errors remain nothing is written unless `hanya_valid`: then the
    rows with errors are left out. Nothing is ever deleted; a second import writes nothing.

    Raises ImportBlocked, Cancelled (nothing written), RecordChanged (a household matched by
    the dry run is gone: make it again).
    """
    if rencana.ada_kesalahan and not hanya_valid:
        raise ImportBlocked(rencana.kesalahan)
    jumlah = rencana.jumlah()
    result = HasilKK(jumlah[Kelas.BARU], jumlah[Kelas.BERUBAH], jumlah[Kelas.SAMA],
                     rencana.baris_salah)
    total = rencana.akan_ditulis
    if not total:
        return result
    if batal is not None and batal():
        raise Cancelled()
    if cadangkan:
        cadangan.buat(ws, jenis=JENIS_CADANGAN)
    done = [0]

    def counted(rows: Iterable[RumahTangga]) -> Iterator[RumahTangga]:
        for rt in rows:
            done[0] += 1
            if done[0] % _LANGKAH == 0:
                _langkah(progress, batal, done[0], total)
            yield rt

    with ws.atomic(f"Impor data KK {rencana.path.name}"), ws.rumah_tangga.tanpa_riwayat():
        for did, t in rencana.tulis.items():
            ws.rumah_tangga.tambah_banyak(did, counted(map(rumah_tangga, t.baru)))
            if ws.rumah_tangga.ubah_banyak(counted(t.ubah)) != len(t.ubah):
                raise RecordChanged("KK")
    if progress is not None:
        progress(total, total)
    logger.info("imported %s: %d new, %d changed households", rencana.path.name, result.baru,
                result.berubah)
    return result


def temuan_kk_text(m: MasalahImpor) -> str:
    """What is wrong, without the place: the register's own findings, then the import's and
    the forms' (a warning ends with "(peringatan)")."""
    template = TEMUAN_KK.get(m.problem.code)
    if template is None:
        return temuan_masalah(m)
    text = template.format(**{k: _angka(v) for k, v in m.problem.params})
    return text + ("" if m.is_error else " (peringatan)")


def masalah_kk_text(m: MasalahImpor) -> str:
    """"Sheet Data KK, baris 12, kolom No. KK: ..."."""
    return f"{tempat_text(m)}: {temuan_kk_text(m)}"


def _angka(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")
    return value

