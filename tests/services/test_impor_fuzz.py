"""Import fuzzing: valid desa workbooks mutated (bytes, zip, cells, sheets); no traceback, no partial write.

Each case copies a workspace, runs the dry run and the commit on the mutated file, and checks:
only the program's typed errors (KksError) come out, each with an Indonesian sentence; a refused
or failed commit leaves every table as it was; a commit that succeeded, repeated with the same
file, writes nothing. `KKS_FUZZ_CONTOH=2000` runs that many cases per test instead of the few
that keep `make test` short (`KKS_FUZZ_BENIH=7` draws other cases, `KKS_FUZZ_SUSUT=0` skips
shrinking a failing case); the tally of outcomes is printed at the end of the module.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fuzz_buku import (
    Anggota,
    baca_zip,
    lembar_part,
    tulis_zip,
    ubah_byte,
    ubah_lembar,
    ubah_meta,
    ubah_sel,
    ubah_zip,
)
from hypothesis import HealthCheck, Phase, given, note, seed, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from impor_bantu import SILURAH, SODONG, build_source, copy_of, dump, empty_target, export

from kks_desktop.domain.errors import KksError
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import describe
from kks_desktop.messages_excel import hasil_impor_text, masalah_text, ringkasan_rencana
from kks_desktop.services import desa_service
from kks_desktop.services.impor_buku import rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace
from kks_desktop.store.schema import TABLES

_CONTOH = int(os.environ.get("KKS_FUZZ_CONTOH", "0"))
_BENIH = os.environ.get("KKS_FUZZ_BENIH")
# KKS_FUZZ_SUSUT=0: report a failing case as found, without shrinking it (long runs).
_FASE = tuple(Phase) if os.environ.get("KKS_FUZZ_SUSUT", "1") != "0" else (
    Phase.explicit, Phase.reuse, Phase.generate)
TALLY: Counter[tuple[str, str]] = Counter()
# What a second import of the same file may change: only the list of files received.
_TETAP = tuple(t for t in TABLES if t != "impor_log")


def _settings(examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Reproducible (derandomized, or `KKS_FUZZ_BENIH=n` for another fixed seed; no example
    database) and bounded by the number of cases, never by a clock: a slow shared machine
    must not fail a case."""
    chosen = settings(max_examples=_CONTOH or examples, deadline=None,
                      derandomize=_BENIH is None, database=None, print_blob=False,
                      phases=_FASE,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    return chosen if _BENIH is None else lambda test: seed(int(_BENIH))(chosen(test))


@dataclass
class Bahan:
    """The workbooks to mutate and the workspaces to import them into, as closed files."""

    folder: Path
    buku: dict[str, Path]
    sasaran: dict[str, Path]


@pytest.fixture(scope="module")
def bahan(tmp_path_factory: pytest.TempPathFactory) -> Bahan:
    """Silurah's workbook and Silurah with Sodong's, exported from the Wonotunggal demo; three
    workspaces: new (nothing there), the one they came from, and that one changed since."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = build_source(folder)
    with copy_of(source, folder, "asal.db") as ws:
        buku = {"silurah": export(ws, folder / "kirim", SILURAH, name="silurah.xlsx"),
                "dua desa": export(ws, folder / "kirim", SILURAH, SODONG, name="dua.xlsx")}
    shutil.copyfile(folder / "asal.db", folder / "sumber.db")
    with Workspace.open(folder / "asal.db") as ws:  # changed here after the export: conflicts
        desa = ws.desa.desa(SILURAH)
        desa_service.update_desa(ws, desa.with_changes(jumlah_kk=(desa.jumlah_kk or 0) + 3))
    with empty_target(folder, "kosong.db"):
        pass
    return Bahan(folder, buku, {"kosong": folder / "kosong.db", "sumber": folder / "sumber.db",
                                "diubah": folder / "asal.db"})


@pytest.fixture(scope="module", autouse=True)
def hitungan(request: pytest.FixtureRequest) -> Iterator[None]:
    """After the module: how many cases each test tried, by outcome."""
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not TALLY:
        return
    per_test: Counter[str] = Counter()
    for (test, _), n in TALLY.items():
        per_test[test] += n
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    line = f"fuzz impor: {sum(TALLY.values())} kasus; " + "; ".join(
        f"{test} {n}: " + ", ".join(f"{outcome} {m}" for (t, outcome), m in sorted(TALLY.items())
                                    if t == test) for test, n in per_test.items())
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_line(line)


def _kalimat(exc: KksError) -> str:
    """The sentence the user sees: Indonesian, never the fallback for a bug."""
    text = describe(exc)
    assert text and not text.startswith("Terjadi kesalahan yang tidak terduga"), (exc, text)
    return text


def _catat(text: str) -> None:
    """Said with a failing case (and nowhere outside one)."""
    if currently_in_test_context():
        note(text)


def impor_diperiksa(bahan: Bahan, path: Path, sasaran: str, sah: bool, ambil: bool) -> str:
    """The dry run and the commit of `path` into a fresh copy of a workspace, with every
    invariant checked; the outcome's name."""
    db = bahan.folder / "uji.db"
    for stale in (db, db.with_name("uji.db-wal"), db.with_name("uji.db-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(bahan.sasaran[sasaran], db)
    ws = Workspace.open(db)
    try:
        before = dump(ws)
        try:
            rencana = rencanakan(ws, path)
        except KksError as exc:
            _catat(_kalimat(exc))
            assert dump(ws) == before
            return f"ditolak {getattr(exc, 'reason', type(exc).__name__)}"
        assert dump(ws) == before, "the dry run wrote"
        for m in rencana.masalah:
            masalah_text(m)
        _catat(ringkasan_rencana(rencana))
        pilihan = ({c.kunci_dasar: frozenset(c.perbandingan.konflik) for c in rencana.catatan
                    if c.perbandingan.kelas is Kelas.KONFLIK} if ambil else None)
        try:
            hasil = terapkan(ws, rencana, hanya_baris_sah=sah, ambil_berkas=pilihan,
                             cadangkan=False)
        except KksError as exc:
            _catat(_kalimat(exc))
            assert dump(ws) == before, "a refused commit left a partial write"
            return f"tidak ditulis {type(exc).__name__}"
        _catat(hasil_impor_text(hasil))
        after = dump(ws, _TETAP)
        again = terapkan(ws, rencanakan(ws, path), hanya_baris_sah=sah, ambil_berkas=pilihan,
                         cadangkan=False)
        assert again.ditulis == 0, ("the same file imported twice wrote again",
                                    hasil_impor_text(again))
        assert dump(ws, _TETAP) == after, "the second import changed data, ledger or history"
        return "ditulis" if hasil.ditulis else "tidak ada yang baru"
    finally:
        ws.close()


def _jalankan(test: str, data: st.DataObject, bahan: Bahan, path: Path) -> None:
    """Import the mutated file into a workspace drawn, with or without "only the valid rows"
    and taking the file's values for conflicts or not; the outcome is tallied."""
    outcome = impor_diperiksa(bahan, path, data.draw(st.sampled_from(sorted(bahan.sasaran)),
                                                     label="sasaran"),
                              data.draw(st.booleans(), label="hanya baris sah"),
                              data.draw(st.booleans(), label="ambil nilai berkas"))
    TALLY[test, outcome] += 1


@_settings(40)
@given(data=st.data())
def test_byte_mutations(bahan: Bahan, data: st.DataObject) -> None:
    buku = data.draw(st.sampled_from(sorted(bahan.buku)), label="buku")
    raw = bahan.buku[buku].read_bytes()
    for _ in range(data.draw(st.integers(1, 3), label="berapa")):
        raw, what = ubah_byte(data, raw)
        note(what)
    path = bahan.folder / "byte.xlsx"
    path.write_bytes(raw)
    _jalankan("byte", data, bahan, path)


def _kasus_zip(test: str, data: st.DataObject, bahan: Bahan, most: int,
               ubah: Callable[[list[Anggota]], str]) -> None:
    """A workbook drawn, changed 1 to `most` times through its zip members, then imported."""
    members = baca_zip(bahan.buku[data.draw(st.sampled_from(sorted(bahan.buku)), label="buku")])
    for _ in range(data.draw(st.integers(1, most), label="berapa")):
        note(ubah(members))
    _jalankan(test, data, bahan, tulis_zip(members, bahan.folder / f"{test}.xlsx"))


@_settings(30)
@given(data=st.data())
def test_zip_mutations(bahan: Bahan, data: st.DataObject) -> None:
    _kasus_zip("zip", data, bahan, 2, lambda members: ubah_zip(data, members))


@_settings(30)
@given(data=st.data())
def test_cell_mutations(bahan: Bahan, data: st.DataObject) -> None:
    _kasus_zip("sel", data, bahan, 4,
               lambda members: ubah_sel(data, members, lembar_part(members)))


@_settings(25)
@given(data=st.data())
def test_sheet_mutations(bahan: Bahan, data: st.DataObject) -> None:
    _kasus_zip("lembar", data, bahan, 3, lambda members: (
        ubah_meta(data, members, lembar_part(members)) if data.draw(st.integers(0, 3)) == 0
        else ubah_lembar(data, members)))


def test_the_same_workbook_twice_leaves_data_ledger_and_history_alone(bahan: Bahan) -> None:
    """The invariant above on the unchanged workbooks: into each workspace, the second import
    adds only its line to the list of files received (no change in the history either)."""
    for buku in sorted(bahan.buku):
        for sasaran in sorted(bahan.sasaran):
            assert impor_diperiksa(bahan, bahan.buku[buku], sasaran, False, True) == (
                "ditulis" if sasaran == "kosong" else "tidak ada yang baru"), (buku, sasaran)
