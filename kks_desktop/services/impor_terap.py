"""Committing an import plan: the records it brings written in one transaction, with the exchange ledger."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.desa import Desa, validate_desa
from kks_desktop.domain.errors import ImportBlocked, KegiatanNotFound, ValidationFailed
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Pokja, validate_pokja
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.domain.sanitasi import Konteks, validate_laporan
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.services import cadangan, kegiatan_service, wilayah
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.impor_baris_domain import (
    Bagian,
    dari_kanonik,
    desa_dari,
    jawaban_dari,
    kegiatan_dari,
    laporan_dari,
    odf_dari,
    rakit_pokja,
    rakit_sesi,
)
from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.pertukaran_store import CatatanImpor

logger = logging.getLogger(__name__)

JENIS_CADANGAN = "sebelum-impor"
_TULIS = (Kelas.BARU, Kelas.BERUBAH, Kelas.KONFLIK)
_SESI = (ld.SHEET_PESERTA, ld.SHEET_PREPOST, ld.SHEET_RTL)
Tulisan = tuple[CatatanRencana, dict[str, Any]]


@dataclass(frozen=True)
class HasilImpor:
    """What a commit did: the classes of the records accepted, how many were written, the rows
    left out (sheet as named in the file, row) and the outcome for the ledger."""

    jumlah: dict[Kelas, int]
    ditulis: int
    dilewati: tuple[tuple[str, int], ...]
    hasil: str  # diterima | diperbarui | sama | konflik


def hasil_dari(kelas: Sequence[Kelas]) -> str:
    """The outcome of a file: a conflict above all, then changes, then new records."""
    for wanted, name in ((Kelas.KONFLIK, "konflik"), (Kelas.BERUBAH, "diperbarui"),
                         (Kelas.BARU, "diterima")):
        if wanted in kelas:
            return name
    return "sama"


def terapkan(ws: Workspace, rencana: RencanaImpor, *, hanya_baris_sah: bool = False,
             ambil_berkas: Mapping[str, frozenset[str]] | None = None,
             cadangkan: bool = True) -> HasilImpor:
    """Write what the plan brings in one transaction: new and changed records, and for each
    conflict the value here unless `ambil_berkas` (record key, or "Sheet:key", -> fields) takes
    the file's. Records newer here or unchanged are not written; nothing is ever deleted. Then
    the values each accepted record arrived with and the received file go into the ledger.

    With `hanya_baris_sah`, rows with errors and the records that need them are left out and
    listed; otherwise a plan with errors raises ImportBlocked and nothing is written. A backup
    ("sebelum-impor") comes first when `cadangkan` and there is something to write.

    Raises ImportBlocked, or ValidationFailed when the values chosen for conflicts make a
    record break a rule (e.g. a ladder that no longer sums); nothing is written then.
    """
    errors = sum(1 for m in rencana.masalah if m.is_error)
    if errors and not hanya_baris_sah:
        raise ImportBlocked(errors)
    chosen = ambil_berkas or {}
    ditolak = set(rencana.baris_ditolak())
    dilewati = set(ditolak)
    accepted: list[CatatanRencana] = []
    for c in rencana.catatan:
        own = (rencana.lembar_berkas.get(c.lembar, c.lembar), c.baris)
        if own in ditolak or (c.bergantung is not None and c.bergantung in ditolak):
            dilewati.add(own)
        else:
            accepted.append(c)
    writes: list[Tulisan] = []
    for c in accepted:
        perbandingan = c.perbandingan
        if perbandingan.kelas not in _TULIS:
            continue
        values = perbandingan.dengan_pilihan(
            chosen.get(c.kunci_dasar) or chosen.get(c.kunci) or frozenset())
        if perbandingan.kelas is Kelas.KONFLIK and values == perbandingan.di_sini:
            continue  # every conflict kept as it is here: nothing to write
        writes.append((c, dari_kanonik(_lembar(c.lembar), values)))
    if writes and cadangkan:
        cadangan.buat(ws, jenis=JENIS_CADANGAN)
    kelas = [c.perbandingan.kelas for c in accepted]
    counts = Counter(kelas)
    hasil = hasil_dari(kelas)
    with ws.atomic(f"Impor {rencana.path.name}"):
        _Penulis(ws, rencana).tulis(writes)
        ws.pertukaran.put_dasar({c.kunci_dasar: c.perbandingan.di_berkas for c in accepted})
        ws.pertukaran.add_import(CatatanImpor(
            now_text(), rencana.path.name, rencana.sha256,
            rencana.meta.get("uuid", rencana.meta.get("ekspor_uuid", "")), rencana.desa_kode,
            hasil, {k.value: counts.get(k, 0) for k in Kelas}))
    order = {name: n for n, name in enumerate(rencana.lembar_berkas.values())}
    result = HasilImpor({k: counts.get(k, 0) for k in Kelas}, len(writes),
                        tuple(sorted(dilewati, key=lambda x: (order.get(x[0], 99), x[1]))), hasil)
    logger.info("imported %s: %s, %d written, %d rows left out", rencana.path.name, hasil,
                result.ditulis, len(result.dilewati))
    return result


def _sah(problems: Sequence[Problem]) -> None:
    """A record as it would be written (the file's values, yours where you chose, the rest as
    here) must pass the rules the forms apply. Raises ValidationFailed (nothing is written)."""
    if errors_in(problems):
        raise ValidationFailed(errors_in(problems))


def _lembar(nama: str) -> Any:
    return next(lembar for lembar in ld.data_sheets() if lembar.nama == nama)


class _Penulis:
    """Writes the records of one plan, parents before the records that hang on them."""

    def __init__(self, ws: Workspace, rencana: RencanaImpor) -> None:
        self.ws = ws
        self.rencana = rencana

    def tulis(self, writes: list[Tulisan]) -> None:
        by_sheet: dict[str, list[Tulisan]] = defaultdict(list)
        for item in writes:
            by_sheet[item[0].lembar].append(item)
        desa_rows = self._desa(by_sheet[ld.SHEET_DESA])
        self._pokja(desa_rows, by_sheet[ld.SHEET_ANGGOTA])
        for c, values in by_sheet[ld.SHEET_SANITASI]:
            kode = KodeWilayah.parse(c.induk)
            here = next((r for r in self.ws.laporan.reports_for(kode) if r.uuid == c.kunci), None)
            lap = laporan_dari(values, here, c.kunci)
            _sah(validate_laporan(lap, Konteks(dt.date.today())))
            self.ws.laporan.put_report(kode, lap)
        for c, values in by_sheet[ld.SHEET_ODF]:
            kode = KodeWilayah.parse(c.induk)
            event = next((e for e in self.ws.odf.events_for(kode) if e.uuid == c.kunci), None)
            self.ws.odf.put_event(kode, odf_dari(values, event, c.kunci))
        self._sesi(by_sheet)
        for c, values in by_sheet[ld.SHEET_KESIAPAN]:
            siklus, desa, butir = c.kunci.split(":", 2)
            answer = self.ws.kesiapan.jawaban(int(siklus), desa).get(butir)
            self.ws.kesiapan.put(int(siklus), desa, butir, jawaban_dari(values, answer), None,
                                 keep_berkas=True)

    def _desa(self, writes: list[Tulisan]) -> dict[str, dict[str, Any]]:
        rows = {}
        for c, values in writes:
            kode = KodeWilayah.parse(c.induk)
            if c.perbandingan.kelas is Kelas.BARU:
                desa = desa_dari(values, Desa(wilayah=wilayah.desa_wilayah(kode), uuid=c.kunci))
                _sah(validate_desa(desa))
                self.ws.desa.add_desa(desa)
            else:
                desa = desa_dari(values, self.ws.desa.desa(kode))
                _sah(validate_desa(desa))
                self.ws.desa.update_desa(desa)
            rows[c.induk] = values
        return rows

    def _pokja(self, desa_rows: dict[str, dict[str, Any]], anggota: list[Tulisan]) -> None:
        members: dict[str, list[Bagian]] = defaultdict(list)
        for c, values in anggota:
            members[c.induk].append(Bagian(c.kunci, values))
        names = {t.id: t.nama for t in tatanan_list().items}
        for kode in sorted({*desa_rows, *members}):
            code = KodeWilayah.parse(kode)
            here = self.ws.pokja.pokja_for(code)
            given = self.rencana.pokja_uuid.get(kode, "")
            awal = here if here.uuid else Pokja(uuid=given or new_uuid())
            pokja = rakit_pokja(awal, desa_rows.get(kode), members.get(kode, []))
            _sah(validate_pokja(pokja, dt.date.today(), tatanan_list().ids))
            if here.uuid or given or not pokja.is_empty:
                self.ws.pokja.save_pokja(code, pokja, names)

    def _sesi(self, by_sheet: Mapping[str, list[Tulisan]]) -> None:
        own = {c.kunci: values for c, values in by_sheet.get(ld.SHEET_KEGIATAN, [])}
        parts: dict[str, dict[str, list[Bagian]]] = defaultdict(lambda: defaultdict(list))
        for nama in _SESI:
            for c, values in by_sheet.get(nama, []):
                parts[c.induk][nama].append(Bagian(c.kunci, values))
        for uuid in sorted({*own, *parts}):
            here: Kegiatan | None
            try:
                here = self.ws.kegiatan.get(uuid)
            except KegiatanNotFound:
                here = None
            awal = kegiatan_dari(own[uuid], here, uuid) if uuid in own else here
            if awal is None:
                logger.warning("session %s neither here nor in the file; rows left", uuid)
                continue
            child = parts[uuid]
            sesi = rakit_sesi(awal, child[ld.SHEET_PESERTA], child[ld.SHEET_PREPOST],
                              child[ld.SHEET_RTL])
            _sah(kegiatan_service.periksa(sesi))
            self.ws.kegiatan.put(sesi)
