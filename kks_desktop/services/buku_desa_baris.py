"""Rows of the desa workbook's data sheets from the workspace: what an export writes, an import compares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import Cancelled
from kks_desktop.domain.kegiatan import Kegiatan, KegiatanRingkas, Narasumber, Peserta
from kks_desktop.domain.kesiapan import Definisi, Tingkat
from kks_desktop.domain.kesiapan_nilai import HasilButir, HasilDaftar
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.lembar import Lembar
from kks_desktop.domain.odf import OdfEvent, in_order
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.peserta import kunci_nama
from kks_desktop.domain.pokja import Anggota, Pokja
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung
from kks_desktop.messages_kesiapan import STATUS_LABELS, alasan_text
from kks_desktop.services import kesiapan_service
from kks_desktop.services import lembar_desa as ld
from kks_desktop.services.excel_tulis import safe_text
from kks_desktop.services.identitas import identitas
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.sanitasi_summary import DesaSanitasi, desa_sanitasi
from kks_desktop.services.workspace import Workspace

Baris = dict[str, Any]
DINILAI_DATA, DINILAI_MANUAL = "Data", "Isian manual"
_OLD = ("jsp", "jssp", "sharing", "od")


def baris_buku(ws: Workspace, kode: Sequence[KodeWilayah]) -> dict[str, list[Baris]]:
    """The rows of every data sheet of a workbook holding the desa `kode`, by sheet name; each
    row keyed by its sheet's column keys, values in domain form. Exactly what an export writes.

    Raises DesaNotFound for a desa that is not registered.
    """
    return PembacaBuku(ws).baca(kode).baris


def kunci_baris(lembar: Lembar, baris: Mapping[str, Any]) -> str:
    """The record key of a row: its uuid; a Kesiapan row is keyed by cycle, desa and item."""
    if lembar.nama == ld.SHEET_KESIAPAN:
        return f"{baris['siklus']}:{baris['desa_kode']}:{baris['butir']}"
    return str(baris["uuid"])


def teks(value: object) -> str:
    """Text as a cell gives it back: line ends as "\\n", characters XML refuses dropped, no
    surrounding spaces."""
    return safe_text(str(value or "")).replace("\r\n", "\n").replace("\r", "\n").strip()


def baris_daftar(parts: Iterable[str]) -> str:
    """One line of a multi-part cell ("Nama | Instansi | Asal | Materi"): each part on one line,
    the empty parts at its end left out so the line reads back the same."""
    cleaned = [" ".join(teks(p).split()) for p in parts]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    return ld.PEMISAH.join(cleaned).strip()


def daftar(items: Iterable[str]) -> tuple[str, ...]:
    """The non-empty lines of a DAFTAR cell."""
    return tuple(line for line in (" ".join(teks(i).split()) for i in items) if line)


@dataclass(frozen=True)
class RingkasDesa:
    """One desa's headline figures for the Ringkasan sheet."""

    desa: Desa
    pokja: Pokja
    sanitasi: DesaSanitasi
    kesiapan: HasilDaftar | None
    kegiatan: int  # sessions carried for this desa (held there, or attended at a higher level)
    kegiatan_di_desa: int


@dataclass
class IsiBuku:
    """What one workbook carries: the rows per sheet, each desa's figures, the distinct sessions
    and the latest month of its data (the period of the report)."""

    kode: tuple[KodeWilayah, ...]
    baris: dict[str, list[Baris]]
    ringkas: list[RingkasDesa]
    kegiatan: int
    sampai: Periode | None
    definisi: Definisi | None = None


@dataclass
class PembacaBuku:
    """Reads the workspace for one or many workbooks; sessions and names read once are kept, so
    a workbook per desa does not read the shared sessions again for each desa."""

    ws: Workspace
    today: dt.date | None = None
    _sesi: list[KegiatanRingkas] | None = None
    _desa_peserta: dict[str, frozenset[str]] = field(default_factory=dict)
    _tanpa_desa: dict[str, frozenset[str]] = field(default_factory=dict)
    _kegiatan: dict[str, Kegiatan] = field(default_factory=dict)
    _wilayah: dict[KodeWilayah, str] = field(default_factory=dict)

    def baca(self, kode: Sequence[KodeWilayah],
             batal: Callable[[], bool] | None = None) -> IsiBuku:
        """The content of a workbook for these desa (repeats ignored, in kode order).

        Raises DesaNotFound, or Cancelled when `batal()` turns True between sheets.
        """
        codes = tuple(sorted(set(kode)))
        if not codes:
            raise ValueError("no desa to export")

        def check() -> None:
            if batal is not None and batal():
                raise Cancelled()

        desa = [self.ws.desa.desa(k) for k in codes]
        pokja = {str(d.kode): self.ws.pokja.pokja_for(d.kode) for d in desa}
        within = lingkup_bersama(codes)
        wanted = {str(k) for k in codes}
        sanitasi = {str(r.desa.kode): r for r in desa_sanitasi(self.ws, within)
                    if str(r.desa.kode) in wanted}
        check()
        reports = {str(d.kode): self.ws.laporan.reports_for(d.kode) for d in desa}
        events = {str(d.kode): in_order(self.ws.odf.events_for(d.kode)) for d in desa}
        check()
        members = frozenset(kunci_nama(m.nama) for p in pokja.values() for m in p.anggota)
        sessions = self._sessions_for(wanted, members)
        check()
        definisi, hasil = self._kesiapan(within, wanted)
        rows = {
            ld.SHEET_DESA: [_desa_row(d, pokja[str(d.kode)]) for d in desa],
            ld.SHEET_ANGGOTA: [_anggota_row(d, m) for d in desa for m in pokja[str(d.kode)].anggota],
            ld.SHEET_SANITASI: [_sanitasi_row(d, r) for d in desa for r in reports[str(d.kode)]],
            ld.SHEET_ODF: [_odf_row(d, e) for d in desa for e in events[str(d.kode)]],
            **self.baris_kegiatan(sessions),
            ld.SHEET_KESIAPAN: [_kesiapan_row(d, h, definisi) for d in desa
                               for h in (hasil[str(d.kode)].butir if definisi else ())],
        }
        ringkas = [RingkasDesa(
            d, pokja[str(d.kode)], sanitasi[str(d.kode)], hasil.get(str(d.kode)),
            sum(1 for k, _ in sessions if str(d.kode) in self._hadir_dari(k)),
            sum(1 for k, _ in sessions if str(k.wilayah) == str(d.kode))) for d in desa]
        months = [r.periode for rs in reports.values() for r in rs]
        months += [Periode.of(e.tanggal) for es in events.values() for e in es]
        months += [Periode.of(k.selesai) for k, _ in sessions]
        return IsiBuku(codes, rows, ringkas, len(sessions), max(months, default=None), definisi)

    # --- sessions -------------------------------------------------------------------------------
    def _all_sessions(self) -> list[KegiatanRingkas]:
        if self._sesi is None:
            self._sesi = self.ws.kegiatan.ringkasan()
            jenis = frozenset(k.jenis for k in self._sesi)
            people = self.ws.kegiatan.nama_peserta(jenis) if jenis else {}
            self._desa_peserta = {uuid: frozenset(d for _, d in names if d)
                                  for uuid, names in people.items()}
            self._tanpa_desa = {uuid: frozenset(kunci_nama(n) for n, d in names if not d)
                                for uuid, names in people.items()}
        return self._sesi

    def _hadir_dari(self, kegiatan: Kegiatan) -> frozenset[str]:
        """The desa a session concerns: its own desa, or those its participants come from."""
        if kegiatan.wilayah.level is Level.DESA:
            return frozenset({str(kegiatan.wilayah)})
        return self._desa_peserta.get(kegiatan.uuid, frozenset())

    def _sessions_for(self, wanted: set[str], members: frozenset[str]
                      ) -> list[tuple[Kegiatan, tuple[Peserta, ...]]]:
        """The sessions a workbook for `wanted` carries, each with the participants it carries:
        held in one of these desa (all participants), or held higher up with participants from
        them (only those, and those without a desa who bear a Pokja member's name: the readiness
        rule counts them as the member, so the kabupaten must see them too). By region, date,
        title."""
        found = []
        for summary in self._all_sessions():
            here = summary.wilayah.level is Level.DESA and str(summary.wilayah) in wanted
            above = summary.wilayah.level < Level.DESA and bool(
                self._desa_peserta.get(summary.uuid, frozenset()) & wanted
                or self._tanpa_desa.get(summary.uuid, frozenset()) & members)
            if not (here or above):
                continue
            kegiatan = self._kegiatan.get(summary.uuid)
            if kegiatan is None:
                kegiatan = self._kegiatan[summary.uuid] = self.ws.kegiatan.get(summary.uuid)
            # Part of a list gathered from many desa: in name order, which does not depend
            # on the order the desa workbooks reached a kecamatan or kabupaten.
            people = kegiatan.peserta if here else tuple(sorted(
                (p for p in kegiatan.peserta if p.desa_kode in wanted
                 or (not p.desa_kode and kunci_nama(p.nama) in members)),
                key=lambda p: (kunci_nama(p.nama), p.desa_kode, p.uuid)))
            found.append((kegiatan, people))
        found.sort(key=lambda s: (str(s[0].wilayah), s[0].mulai, s[0].judul, s[0].uuid))
        return found

    def _nama_wilayah(self, kode: KodeWilayah) -> str:
        if kode not in self._wilayah:
            self._wilayah[kode] = identitas(self.ws, kode).nama
        return self._wilayah[kode]

    def baris_kegiatan(self, sessions: Sequence[tuple[Kegiatan, tuple[Peserta, ...]]]
                       ) -> dict[str, list[Baris]]:
        """The Kegiatan, Peserta, Pre-Post and RTL rows of these sessions, each with the
        participants to carry (RTL only for sessions held in a desa)."""
        kegiatan: list[Baris] = []
        peserta: list[Baris] = []
        prepost: list[Baris] = []
        rtl: list[Baris] = []
        for k, people in sessions:
            kegiatan.append(_kegiatan_row(k, self._nama_wilayah(k.wilayah), len(people)))
            head = {"kegiatan_uuid": k.uuid, "kegiatan_judul": teks(k.judul),
                    "kegiatan_tanggal": k.mulai}
            peserta.extend({"uuid": p.uuid, **head, **_peserta_row(p)} for p in people)
            if any(p.pre is not None or p.post is not None for p in k.peserta):
                prepost.extend({"uuid": p.uuid, **head, **_prepost_row(p, k.batas_lulus)}
                               for p in people)
            if k.wilayah.level is Level.DESA:
                rtl.extend({"uuid": r.uuid, **head, "kegiatan": teks(r.kegiatan),
                            "tujuan": teks(r.tujuan), "sasaran": teks(r.sasaran), "waktu": r.waktu,
                            "tempat": teks(r.tempat),
                            "penanggung_jawab": teks(r.penanggung_jawab),
                            "sumber_dana": teks(r.sumber_dana), "indikator": teks(r.indikator),
                            "status": r.status.value, "catatan": teks(r.catatan)}
                           for r in k.rtl)
        return {ld.SHEET_KEGIATAN: kegiatan, ld.SHEET_PESERTA: peserta, ld.SHEET_PREPOST: prepost,
                ld.SHEET_RTL: rtl}

    _session_rows = baris_kegiatan  # the name the import first used

    # --- kesiapan -------------------------------------------------------------------------------
    def _kesiapan(self, within: KodeWilayah | None,
                  wanted: set[str]) -> tuple[Definisi | None, dict[str, HasilDaftar]]:
        """The desa checklist the Kesiapan page offers first, judged for each desa."""
        definisi = next((d for d in kesiapan_service.muat_definisi()
                         if d.tingkat is Tingkat.DESA), None)
        if definisi is None:
            return None, {}
        rows = kesiapan_service.matriks(self.ws, definisi, within, self.today)
        return definisi, {r.kode: r.hasil for r in rows if r.kode in wanted}


def lingkup_bersama(codes: Sequence[KodeWilayah]) -> KodeWilayah | None:
    """The smallest region holding every code (None when they lie in different provinces)."""
    first = codes[0]
    for level in (Level.DESA, Level.KECAMATAN, Level.KABKOTA, Level.PROVINSI):
        region = first.at(level)
        if all(region.contains(k) for k in codes):
            return region
    return None


def _desa_cols(desa: Desa) -> Baris:
    return {"desa_kode": str(desa.kode), "desa_nama": teks(desa.nama)}


def _desa_row(desa: Desa, pokja: Pokja) -> Baris:
    w = desa.wilayah
    return {
        "uuid": desa.uuid, "pokja_uuid": pokja.uuid, "kode": str(w.kode), "nama": teks(w.nama),
        "kecamatan": teks(w.kecamatan), "jumlah_kk": desa.jumlah_kk,
        "jumlah_jiwa": desa.jumlah_jiwa, "jumlah_dusun": desa.jumlah_dusun,
        "jumlah_rw": desa.jumlah_rw, "jumlah_rt": desa.jumlah_rt,
        "alamat_sekretariat": teks(desa.alamat_sekretariat), "telepon": teks(desa.telepon),
        "sk_nomor": teks(pokja.sk_nomor), "sk_tanggal": pokja.sk_tanggal,
        "sk_penandatangan": teks(pokja.sk_penandatangan),
        "sekretariat_ada": None if pokja.sekretariat_ada is None
        else ("ya" if pokja.sekretariat_ada else "tidak"),
        "tatanan": daftar(tatanan_list().nama(t) for t in pokja.tatanan),
        "catatan": teks(desa.catatan),
    }


def _anggota_row(desa: Desa, member: Anggota) -> Baris:
    return {"uuid": member.uuid, **_desa_cols(desa), "nama": teks(member.nama),
            "jabatan": member.jabatan.value, "unsur": teks(member.unsur),
            "telepon": teks(member.telepon), "aktif_sejak": member.aktif_sejak}


def _sanitasi_row(desa: Desa, lap: LaporanSanitasi) -> Baris:
    persen = lap.persen_akses
    row: Baris = {"uuid": lap.uuid, **_desa_cols(desa), "periode": str(lap.periode),
                  "sumber": lap.sumber.value, "total_kk": lap.total_kk,
                  **{r.value: lap.rung(r) for r in Rung},
                  "persen_akses": None if persen is None else persen / 100,
                  **{p.value: lap.pilar_kk(p) for p in Pilar},
                  "kk_tiga_pilar": lap.kk_tiga_pilar,
                  "petugas": teks(lap.petugas), "catatan": teks(lap.catatan)}
    row.update({f"lama_{c}": getattr(lap.lama, c) if lap.lama else None for c in _OLD})
    return row


def _odf_row(desa: Desa, event: OdfEvent) -> Baris:
    return {"uuid": event.uuid, **_desa_cols(desa), "jenis": event.jenis.value,
            "tanggal": event.tanggal, "fasilitator": teks(event.fasilitator),
            "tim": tuple(line for line in (baris_daftar((m.nama, m.instansi)) for m in event.tim)
                         if line),
            "hasil": event.hasil.value if event.hasil else None,
            "nomor_ba": teks(event.nomor_ba), "saksi": teks(event.saksi),
            "catatan": teks(event.catatan)}


def _narasumber_line(n: Narasumber) -> str:
    asal = dict(ld.ASAL_PILIHAN).get(n.asal.value, "") if n.asal else ""
    return baris_daftar((n.nama, n.instansi, asal, n.materi))


def _kegiatan_row(k: Kegiatan, wilayah_nama: str, peserta: int) -> Baris:
    return {"uuid": k.uuid, "judul": teks(k.judul), "jenis": k.jenis,
            "tanggal_mulai": k.mulai, "tanggal_selesai": k.selesai,
            "wilayah_kode": str(k.wilayah), "wilayah_nama": wilayah_nama,
            "tempat": teks(k.tempat), "penyelenggara": teks(k.penyelenggara),
            "materi": daftar(k.materi),
            "narasumber": tuple(line for line in map(_narasumber_line, k.narasumber) if line),
            "batas_lulus": float(k.batas_lulus), "jumlah_peserta": peserta,
            "notulen": teks(k.notulen), "catatan": teks(k.catatan)}


def _peserta_row(p: Peserta) -> Baris:
    return {"nama": teks(p.nama), "jenis_kelamin": p.jenis_kelamin.value if p.jenis_kelamin
            else None, "jabatan": teks(p.jabatan), "instansi": teks(p.instansi),
            "kategori": p.kategori or None, "desa_kode": p.desa_kode,
            "desa_nama": teks(p.desa_nama), "telepon": teks(p.telepon),
            "hadir": ", ".join(str(d) for d in sorted(set(p.hadir)))}


def _prepost_row(p: Peserta, batas: float) -> Baris:
    selisih = p.post - p.pre if p.pre is not None and p.post is not None else None
    return {"nama": teks(p.nama), "instansi": teks(p.instansi), "pre": p.pre, "post": p.post,
            "selisih": selisih,
            "lulus": None if p.post is None else ("ya" if p.post >= batas else "tidak")}


def _kesiapan_row(desa: Desa, h: HasilButir, definisi: Definisi | None) -> Baris:
    assert definisi is not None
    kelompok = {k.id: k.judul for k in definisi.kelompok}
    j = h.jawaban
    return {**_desa_cols(desa), "siklus": definisi.siklus, "butir": h.butir.id,
            "kelompok": kelompok.get(h.butir.kelompok, h.butir.kelompok),
            "label": teks(h.butir.label),
            "dinilai": DINILAI_MANUAL if h.butir.manual else DINILAI_DATA,
            "status": STATUS_LABELS[h.status], "alasan": teks(alasan_text(h.temuan)),
            "bukti": () if h.butir.manual else daftar(h.temuan.bukti),
            "nilai": j.nilai.value if j else None, "nomor": teks(j.nomor) if j else "",
            "tanggal": j.tanggal if j else None, "catatan": teks(j.catatan) if j else "",
            "oleh": teks(j.oleh) if j else "", "berkas": teks(j.berkas_nama) if j else ""}
