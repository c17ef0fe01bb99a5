"""The program the crash tests kill: a starter that forks workers writing through the services.

Started once per run (`sys.executable crash_worker.py`), it imports the program once and says
`siap`; then for each JSON job line on stdin it forks a worker and says `pid N`, so a kill costs
milliseconds instead of a 0.6 s interpreter start. A worker opens the workspace as the program
does, says `siap`, and writes until it is killed: `mulai <jenis> <kunci> <isi> <sidik before>`
before each service call, `komit` as each COMMIT starts, `ok <jenis> <kunci> <sidik>` after the
call returns. `{"tunggu": N}` waits for worker N
and answers `mati N <status>`. Lines are single `write()` calls on the shared stdout pipe.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
import sys
import traceback
import uuid
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from kks_desktop.domain.kegiatan import JenisKelamin, Kegiatan, Narasumber, Peserta, Rtl
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.pokja import Anggota, Jabatan
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber, three_pillar_bounds
from kks_desktop.services import kegiatan_service, pokja_service, sanitasi_service
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace

KECAMATAN = KodeWilayah.parse("33.25.01")
SILURAH = KodeWilayah.parse("33.25.01.2001")  # written only by the import
MAX_LANGKAH = 5000  # a worker nobody kills stops here and says `selesai`
_NAMA = ("Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Wati", "Joko Susilo",
         "Sri Mulyani", "Eko Prasetyo", "Tri Handayani", "Bambang Irawan", "Nur Hidayah",
         "Wahyu Nugroho", "Lilis Suryani", "Hendra Gunawan", "Yuni Astuti", "Slamet Riyadi")
_JENIS = ("rapat_pokja", "sosialisasi_stbm", "pemicuan", "orientasi_kks", "pelatihan")
_KATEGORI = ("pokja_desa", "puskesmas", "masyarakat", "forum_kecamatan", "opd")


def _polos(x: Any, buang: frozenset[str]) -> Any:
    """A record as plain JSON values, without the fields in `buang`, dict keys as text."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _polos(getattr(x, f.name), buang) for f in dataclasses.fields(x)
                if f.name not in buang}
    if isinstance(x, Enum):
        return x.value
    if isinstance(x, dict):
        return {str(_polos(k, buang)): _polos(v, buang) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_polos(v, buang) for v in x]
    if isinstance(x, dt.date | Path):
        return str(x)
    return x


def _hash(x: Any, buang: frozenset[str]) -> str:
    text = json.dumps(_polos(x, buang), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def sidik(x: Any) -> str:
    """A record exactly, with its uuids and time stamps: what a confirmed write must still be."""
    return _hash(x, frozenset())


def isi(x: Any) -> str:
    """A record's content without the uuids and stamps the store gives it: what a write meant."""
    return _hash(x, frozenset({"uuid", "updated_at"}))


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())


class Penulis:
    """A worker's stream of writes: monthly reports, sessions, Pokja members and one import."""

    def __init__(self, ws: Workspace, rng: random.Random, hanya: KodeWilayah | None = None,
                 lapor: Callable[[str], None] = say) -> None:
        self.ws, self.rng, self.say = ws, rng, lapor
        self.desa = [d for d in ws.desa.desa_list()
                     if (d.kode == hanya if hanya else d.kode != SILURAH)]
        self.awal = {str(d.kode): min((r.periode for r in ws.laporan.reports_for(d.kode)),
                                      default=Periode(2024, 1)) for d in self.desa}

    def satu(self) -> None:
        kind = self.rng.choices(("laporan", "kegiatan", "pokja"), (4, 3, 3))[0]
        {"laporan": self.laporan, "kegiatan": self.kegiatan, "pokja": self.pokja}[kind]()

    def laporan(self) -> str:
        """A report for the month before the desa's earliest one (a back-filled history)."""
        desa = self.rng.choice(self.desa)
        periode = self.awal[str(desa.kode)].previous()
        total = (desa.jumlah_kk or 400) + self.rng.randint(-20, 20)
        cuts = sorted(self.rng.randint(0, total) for _ in range(len(Rung) - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        lap = LaporanSanitasi(
            periode=periode, total_kk=total, tangga=dict(zip(Rung, parts, strict=True)),
            pilar={p: self.rng.randint(0, total) for p in Pilar}, sumber=Sumber.MONITORING,
            petugas="Sanitarian Puskesmas", catatan=f"Isian ulang {periode}",
            uuid=str(uuid.uuid4()))
        low, high = three_pillar_bounds(lap) or (0, 0)
        lap = lap.with_changes(kk_tiga_pilar=self.rng.randint(low, high))
        kunci = f"{desa.kode}/{lap.uuid}"
        self.say(f"mulai laporan {kunci} {isi(lap)} -")
        saved = sanitasi_service.save_report(self.ws, desa.kode, lap)
        self.awal[str(desa.kode)] = periode
        self.say(f"ok laporan {kunci} {sidik(saved.laporan)}")
        return kunci

    def kegiatan(self) -> str:
        """A new session with participants, attendance per day, scores and RTL."""
        rng = self.rng
        desa = rng.choice(self.desa)
        mulai = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        hari = rng.randint(1, 3)
        names = rng.sample(_NAMA, rng.randint(3, 12))
        peserta = tuple(Peserta(
            nama=nama, jenis_kelamin=rng.choice(list(JenisKelamin)), jabatan="Anggota",
            instansi=f"Pokja Desa Sehat {desa.nama}", kategori=rng.choice(_KATEGORI),
            desa_nama=desa.nama, telepon=f"08{rng.randint(10**9, 10**10 - 1)}",
            hadir=tuple(d for d in range(1, hari + 1) if rng.random() < 0.85),
            pre=float(rng.randint(20, 90)) if rng.random() < 0.9 else None,
            post=float(rng.randint(40, 100)) if rng.random() < 0.9 else None) for nama in names)
        rtl = tuple(Rtl(f"Tindak lanjut {i + 1}", tujuan="Akses jamban", sasaran="KK belum akses",
                        waktu=mulai + dt.timedelta(days=30 * (i + 1)),
                        penanggung_jawab=names[0]) for i in range(rng.randint(0, 3)))
        sesi = Kegiatan(
            jenis=rng.choice(_JENIS), judul=f"Pertemuan {desa.nama} {mulai:%d/%m}", mulai=mulai,
            selesai=mulai + dt.timedelta(days=hari - 1), wilayah=desa.kode,
            tempat=f"Balai Desa {desa.nama}", penyelenggara="Puskesmas",
            materi=("STBM", "Pilar 1"),
            narasumber=(Narasumber("dr. Ratna", "Dinas Kesehatan", None, "STBM"),),
            notulen="Peserta sepakat menindaklanjuti.", peserta=peserta, rtl=rtl,
            uuid=str(uuid.uuid4()))
        sesi = sesi.with_changes(peserta=tuple(kegiatan_service.hubungkan_desa(self.ws, peserta)))
        self.say(f"mulai kegiatan {sesi.uuid} {isi(sesi)} -")
        stored, _ = kegiatan_service.simpan(self.ws, sesi)
        self.say(f"ok kegiatan {sesi.uuid} {sidik(stored)}")
        return sesi.uuid

    def pokja(self) -> str:
        """A member joins the Pokja (or, in a large one, the last one leaves) and the SK changes."""
        desa = self.rng.choice(self.desa)
        here = pokja_service.pokja_for(self.ws, desa.kode)
        if len(here.anggota) > 10:
            anggota = here.anggota[:-1]
        else:
            anggota = (*here.anggota, Anggota(
                nama=f"{self.rng.choice(_NAMA)} {len(here.anggota) + 1}", jabatan=Jabatan.ANGGOTA,
                unsur="Kader Posyandu", telepon=f"08{self.rng.randint(10**9, 10**10 - 1)}",
                aktif_sejak=dt.date(2025, self.rng.randint(1, 10), 1)))
        baru = dataclasses.replace(here, anggota=anggota,
                                   sk_nomor=f"141/{self.rng.randint(1, 99):02d}/2025")
        self.say(f"mulai pokja {desa.kode} {isi(baru)} {sidik(here)}")
        saved = pokja_service.save_pokja(self.ws, desa.kode, baru)
        self.say(f"ok pokja {desa.kode} {sidik(saved.pokja)}")
        return str(desa.kode)

    def impor(self, path: Path) -> None:
        """The received desa workbook: the dry run, then the commit (with its backup first)."""
        rencana = rencanakan(self.ws, path)
        self.say(f"mulai impor {rencana.sha256} - -")
        hasil = terapkan(self.ws, rencana)
        self.say(f"ok impor {rencana.sha256} {hasil.hasil}:{hasil.ditulis}")


def _komit(sql: str) -> None:
    if sql.lstrip()[:6].upper() == "COMMIT":
        say("komit")


def _buka(path: Path) -> Workspace:
    """The workspace opened as the program opens it; each COMMIT is announced as it starts."""
    ws = Workspace.open(path)
    ws.desa.db.conn.set_trace_callback(_komit)
    say("siap")
    return ws


def tulis(job: dict[str, Any]) -> None:
    with _buka(Path(job["db"])) as ws:
        penulis = Penulis(ws, random.Random(job["seed"]))
        for langkah in range(MAX_LANGKAH):
            if langkah == job.get("impor_pada", -1):
                penulis.impor(Path(job["impor"]))
            else:
                penulis.satu()
    say("selesai")


def ekspor(job: dict[str, Any]) -> None:
    """The desa workbook exported again and again to the same name."""
    target = Path(job["target"])
    with _buka(Path(job["db"])) as ws:
        for _ in range(MAX_LANGKAH):
            say(f"mulai ekspor {target.name} - -")
            hasil = ekspor_desa(ws, [SILURAH], target)
            say(f"ok ekspor {target.name} {hasil.sha256}")
    say("selesai")


def _worker(job: dict[str, Any]) -> None:
    try:
        {"tulis": tulis, "ekspor": ekspor}[job["job"]](job)
        code = 0
    except BaseException as exc:  # the harness reads this line and the traceback in the log
        say(f"gagal {type(exc).__name__}")
        traceback.print_exc()
        code = 1
    sys.stderr.flush()
    os._exit(code)


def main() -> None:
    say("siap")
    for line in sys.stdin:
        job = json.loads(line)
        if "tunggu" in job:
            pid, status = os.waitpid(int(job["tunggu"]), 0)
            say(f"mati {pid} {status}")
            continue
        pid = os.fork()
        if pid == 0:
            _worker(job)
        say(f"pid {pid}")


if __name__ == "__main__":
    main()
