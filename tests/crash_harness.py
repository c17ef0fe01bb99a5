"""Kill the program with SIGKILL mid-write and mid-export, then check what it left; shared by
tests/test_crash_safety.py (a few kills) and bench/bench_crash.py (hundreds, with figures)."""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crash_check import (
    Fakta,
    Harapan,
    KunciImpor,
    Tertunda,
    baca_buku,
    periksa_berkas,
    periksa_ekspor,
    periksa_tulis,
)
from crash_worker import KECAMATAN, SILURAH, Penulis

from kks_desktop.services import desa_service
from kks_desktop.services.buku_desa import ekspor_desa
from kks_desktop.services.demo import build_demo
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace

WORKER = Path(__file__).with_name("crash_worker.py")
# One workspace lives through these kills (see Bidikan), each life from the `impor` one on also
# importing while the import is not in; then a fresh copy of the demo.
CARA_TULIS = ("komit", "impor", "acak", "mulai")
CARA_EKSPOR = ("acak", "mulai", "komit")
ACAK_MAKS = 0.35  # seconds: the latest random kill after a worker is started
KE_MAKS = {"tulis": 8, "ekspor": 3}  # kills aim at the k-th write or commit, k up to this
MACET = 60.0  # seconds without a kill condition: the worker is stuck


@dataclass(frozen=True)
class Bahan:
    """What a run is built from, once: the demo of a kecamatan and a desa workbook to import."""

    base: Path
    workbook: Path
    kunci: KunciImpor
    acuan: tuple[Fakta, Fakta]  # the import's facts before it and after a whole one


def salin(base: Path, folder: Path) -> Path:
    """A fresh copy of a closed workspace in its own folder (its backups go beside it)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return Path(shutil.copyfile(base, folder / "kks.db"))


def siapkan(folder: Path) -> Bahan:
    """The Wonotunggal demo, exported once (the last exchange), and a Silurah workbook from a copy
    where three months were back-filled, a session held, a member added and the phone changed."""
    base = folder / "demo.db"
    with Workspace.open(base) as ws:
        build_demo(ws, KECAMATAN)
        ekspor_desa(ws, [SILURAH], folder / "kirim" / "silurah-awal.xlsx")
    with Workspace.open(salin(base, folder / "sumber")) as ws:
        penulis = Penulis(ws, random.Random(7), hanya=SILURAH, lapor=lambda _: None)
        laporan = tuple(penulis.laporan() for _ in range(3))
        kegiatan = penulis.kegiatan()
        penulis.pokja()
        desa_service.update_desa(ws, ws.desa.desa(SILURAH).with_changes(telepon="0285-391100"))
        hasil = ekspor_desa(ws, [SILURAH], folder / "terima" / "silurah.xlsx")
    kunci = KunciImpor(laporan, kegiatan, hasil.sha256)
    with Workspace.open(base) as ws:
        sebelum = kunci.fakta(ws)
    with Workspace.open(salin(base, folder / "acuan")) as ws:
        terapkan(ws, rencanakan(ws, hasil.path), cadangkan=False)
        sesudah = kunci.fakta(ws)
    same = [k for k in sebelum if sebelum[k] == sesudah[k]]
    if same:
        raise AssertionError(f"the workbook to import changes nothing in {same}")
    return Bahan(base, hasil.path, kunci, (sebelum, sesudah))


class Pemula:
    """The starter process (crash_worker.py) and the lines it and its workers write."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.log = folder / "pekerja.log"
        self._log = self.log.open("wb")
        env = {**os.environ, "KKS_DATA_DIR": str(folder)}
        self.proc = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._log, env=env)
        self._buf = b""
        self._lines: deque[tuple[float, str]] = deque()

    def siap(self) -> None:
        """Wait until the starter has imported the program."""
        item = self.baris(time.monotonic() + MACET)
        if item is None or item[1] != "siap":
            raise RuntimeError(f"starter did not start: {item}; see {self.log}")

    def kirim(self, job: dict[str, Any]) -> float:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        return time.monotonic()

    def baris(self, deadline: float) -> tuple[float, str] | None:
        """The next line (with the moment it was read), or None at the deadline."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while not self._lines:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError(f"starter ended; see {self.log}")
            now = time.monotonic()
            *done, self._buf = (self._buf + chunk).split(b"\n")
            self._lines.extend((now, line.decode()) for line in done)
        return self._lines.popleft()

    def tutup(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self._log.close()

    def ekor_log(self, n: int = 15) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


@dataclass
class Jendela:
    """How long each kind of write takes from `mulai` to `ok`, how long from `komit` to `ok`
    (the commit itself) and how many commits an import makes: kills are aimed inside those."""

    durasi: dict[str, deque[float]] = field(default_factory=dict)
    komit_impor: int = 2

    def untuk(self, jenis: str) -> float:
        """The median duration seen so far (a guess before the first)."""
        seen = sorted(self.durasi.get(jenis, ()))
        guess = {"impor": 0.1, "ekspor": 0.1, "komit": 0.003}.get(jenis, 0.01)
        return seen[len(seen) // 2] if seen else guess

    def belajar(self, lines: list[tuple[float, str]]) -> None:
        begun: dict[str, float] = {}
        komit: list[float] = []
        for t, line in lines:
            word = line.split()
            if word[0] == "mulai":
                begun[word[1]], komit = t, []
            elif word[0] == "komit":
                komit.append(t)
            elif word[0] == "ok" and word[1] in begun:
                self._tambah(word[1], t - begun.pop(word[1]))
                if komit:
                    self._tambah("komit", t - komit[-1])
                if word[1] == "impor":
                    self.komit_impor = max(self.komit_impor, len(komit))

    def _tambah(self, jenis: str, seconds: float) -> None:
        self.durasi.setdefault(jenis, deque(maxlen=50)).append(seconds)


@dataclass
class Bidikan:
    """Where a kill is aimed: inside the k-th begun write (`mulai`), inside the k-th commit
    (`komit`), or inside the k-th commit of the import (`impor`); `acak` needs no aim."""

    cara: str
    k: int
    siaga: bool  # counting has begun (for `impor`: once the import has begun)
    seen: int = 0

    def lihat(self, t: float, word: list[str], jendela: Jendela, rng: random.Random) -> float | None:
        """The moment to kill, once this line makes it known."""
        if self.cara == "impor" and word[:2] == ["mulai", "impor"]:
            self.siaga = True
            return None
        counted = "mulai" if self.cara == "mulai" else "komit"
        if not self.siaga or word[0] != counted:
            return None
        self.seen += 1
        if self.seen < self.k:
            return None
        return t + rng.uniform(0, 1.3) * jendela.untuk(word[1] if counted == "mulai" else "komit")


@dataclass
class Nyawa:
    """One worker's life: the lines it wrote, how it ended (-9: killed), how it was killed."""

    lines: list[tuple[float, str]]
    status: int
    cara: str
    dibunuh: bool


def jalani(pemula: Pemula, job: dict[str, Any], cara: str, rng: random.Random,
           jendela: Jendela) -> Nyawa:
    """Start a worker and kill it after a random delay (`acak`) or where a Bidikan aims."""
    start = pemula.kirim(job)
    deadline = start + rng.uniform(0, ACAK_MAKS) if cara == "acak" else None
    k = rng.randint(1, jendela.komit_impor if cara == "impor" else KE_MAKS[job["job"]])
    bidikan = Bidikan(cara, k, siaga=cara in ("mulai", "komit"))
    lines: list[tuple[float, str]] = []
    pid, ended = 0, False
    while not ended and not (pid and deadline is not None and time.monotonic() >= deadline):
        item = pemula.baris(deadline if pid and deadline is not None else start + MACET)
        if item is None:
            if time.monotonic() >= start + MACET:
                lines.append((time.monotonic(), "macet"))
                break
            continue
        word = item[1].split()
        if word[0] == "pid":
            pid = int(word[1])
            continue
        lines.append(item)
        ended = word[0] in ("selesai", "gagal")
        if deadline is None:
            deadline = bidikan.lihat(item[0], word, jendela, rng)
    while not pid:  # the starter says the pid right after the fork
        item = pemula.baris(time.monotonic() + MACET)
        if item is None:
            raise RuntimeError("the starter gave no pid")
        if item[1].startswith("pid "):
            pid = int(item[1].split()[1])
        else:
            lines.append(item)
    if not ended:
        os.kill(pid, signal.SIGKILL)
    pemula.kirim({"tunggu": pid})
    while True:  # whatever the worker wrote before it died was reported
        item = pemula.baris(time.monotonic() + MACET)
        if item is None:
            raise RuntimeError(f"worker {pid} did not end")
        if item[1].startswith(f"mati {pid} "):
            status = os.waitstatus_to_exitcode(int(item[1].split()[2]))
            break
        lines.append(item)
    jendela.belajar(lines)
    return Nyawa(lines, status, cara, not ended)


def catat(harapan: Harapan, nyawa: Nyawa) -> Tertunda | None:
    """Record the writes a life reported; return the one it began and did not report."""
    tertunda = None
    for _, line in nyawa.lines:
        word = line.split()
        if word[0] == "mulai":
            tertunda = Tertunda(*word[1:5])
        elif word[0] == "ok":
            harapan.catat(*word[1:4])
            tertunda = None
    return tertunda


@dataclass
class Angka:
    """The figures of a run; `masalah` lists every loss or damage, each with seed and kill."""

    seed: int
    bunuh: Counter[str] = field(default_factory=Counter)
    dilaporkan: int = 0  # writes the workers reported as committed (the import not included)
    ditemukan: int = 0  # of those, found with their content at the next check
    saat_buka: int = 0  # kills before the worker had opened the workspace
    dalam_tulis: int = 0  # kills while a write was begun and not reported
    tak_dilaporkan: int = 0  # of those, committed whole (only the report was lost)
    impor: Counter[str] = field(default_factory=Counter)  # state after each kill
    impor_dibunuh: int = 0  # kills inside the import (after its dry run)
    impor_tak_dilaporkan: int = 0  # of those, committed whole (only the report was lost)
    impor_dilaporkan: int = 0
    buka: list[float] = field(default_factory=list)
    dasar: list[float] = field(default_factory=list)
    cadangan_sisa: int = 0  # half-made backups (.partial) left in the backups folder
    ekspor: Counter[str] = field(default_factory=Counter)
    sementara: int = 0  # temporary workbooks left beside the target by killed exports
    sementara_dihapus: int = 0  # of those, removed later by the program
    masalah: list[str] = field(default_factory=list)

    def salah(self, n: int, cara: str, text: str) -> None:
        self.masalah.append(f"seed {self.seed}, kill {n} ({cara}): {text}")


def _akhir(angka: Angka, pemula: Pemula, n: int, nyawa: Nyawa) -> None:
    angka.bunuh[nyawa.cara] += 1
    angka.saat_buka += all(line != "siap" for _, line in nyawa.lines)
    if nyawa.dibunuh and nyawa.status != -signal.SIGKILL:
        angka.salah(n, nyawa.cara, f"worker ended with {nyawa.status}:\n{pemula.ekor_log()}")
    elif not nyawa.dibunuh:
        angka.salah(n, nyawa.cara, f"worker ended before the kill ({nyawa.lines[-1][1]}):\n"
                                   f"{pemula.ekor_log()}")


def bunuh_tulis(pemula: Pemula, bahan: Bahan, folder: Path, angka: Angka, kills: int,
                ukur: bool = False) -> None:
    """`kills` workers writing reports, sessions, Pokja members and the import, each killed and
    the workspace checked; with `ukur`, the reopen is timed against plain sqlite3."""
    rng, jendela = random.Random(angka.seed), Jendela()
    path, harapan, lengkap = folder, Harapan(), False
    for n in range(kills):
        gen, pos = divmod(n, len(CARA_TULIS))
        if pos == 0:
            if n and not angka.masalah:
                shutil.rmtree(path.parent)
            path, harapan, lengkap = salin(bahan.base, folder / f"ruang{gen}"), Harapan(), False
        cara = CARA_TULIS[pos] if CARA_TULIS[pos] != "impor" or not lengkap else "komit"
        impor = not lengkap and pos >= CARA_TULIS.index("impor")
        job = {"job": "tulis", "db": str(path), "seed": rng.randrange(2**32),
               "impor": str(bahan.workbook), "impor_pada": rng.randint(0, 4) if impor else -1}
        nyawa = jalani(pemula, job, cara, rng, jendela)
        _akhir(angka, pemula, n, nyawa)
        tertunda = catat(harapan, nyawa)
        angka.dilaporkan += sum(harapan.baru.values())
        angka.impor_dilaporkan += harapan.impor_dilaporkan and not lengkap
        temuan = periksa_tulis(path, harapan, tertunda, bahan.kunci, bahan.acuan, ukur)
        for text in temuan.masalah:
            angka.salah(n, cara, f"{text} (workspace {path})")
        angka.ditemukan += temuan.ditemukan
        angka.dalam_tulis += tertunda is not None and tertunda.jenis != "impor"
        angka.tak_dilaporkan += temuan.tertunda == "utuh"
        if tertunda is not None and tertunda.jenis == "impor":
            angka.impor_dibunuh += 1
            angka.impor_tak_dilaporkan += temuan.impor == "lengkap"
        angka.impor[temuan.impor] += 1
        lengkap = temuan.impor == "lengkap"
        if temuan.buka:
            angka.buka.append(temuan.buka)
            angka.dasar.append(temuan.dasar)
        if pos == len(CARA_TULIS) - 1 or n == kills - 1:
            angka.cadangan_sisa += len(list(path.parent.glob("cadangan/*.partial*")))


def bunuh_ekspor(pemula: Pemula, bahan: Bahan, folder: Path, angka: Angka, kills: int) -> None:
    """`kills` workers exporting the Silurah workbook to the same name, each killed; the target is
    absent or whole after every kill, and the workspace opens and passes its checks."""
    rng, jendela = random.Random(angka.seed + 1), Jendela()
    path = salin(bahan.base, folder / "ekspor")
    target = path.parent / "kirim" / "silurah.xlsx"
    with Workspace.open(path) as ws:
        acuan = baca_buku(ekspor_desa(ws, [SILURAH], path.parent / "acuan.xlsx").path)
    seen: set[Path] = set()
    for n in range(kills):
        cara = CARA_EKSPOR[n % len(CARA_EKSPOR)]
        nyawa = jalani(pemula, {"job": "ekspor", "db": str(path), "target": str(target)},
                       cara, rng, jendela)
        _akhir(angka, pemula, n, nyawa)
        state, problems = periksa_ekspor(target, acuan)
        angka.ekspor[state] += 1
        for text in problems:
            angka.salah(n, f"ekspor {cara}", text)
        left = set(target.parent.glob(f".{target.name}.*.tmp"))
        angka.sementara_dihapus += len(seen - left)
        seen |= left
        try:
            with Workspace.open(path) as ws:
                for text in periksa_berkas(ws):
                    angka.salah(n, f"ekspor {cara}", text)
        except Exception as exc:
            angka.salah(n, f"ekspor {cara}", f"Workspace.open failed: {exc!r}")
    angka.sementara = len(seen)
