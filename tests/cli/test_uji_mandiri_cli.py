"""`kks-desktop --self-test`: one line on success or failure, the same line in the log, exit 0 or 1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kks_desktop import __version__
from kks_desktop.cli import main
from kks_desktop.cli.uji_mandiri import JENDELA, LANGKAH_TEXTS, berhasil_text, gagal_text
from kks_desktop.paths import resource
from kks_desktop.services import uji_mandiri as uji
from kks_desktop.services.uji_mandiri import HasilUji, UjiGagal


def _log() -> str:
    return (Path(os.environ["KKS_DATA_DIR"]) / "log" / "kks-desktop.log").read_text(encoding="utf-8")


def test_self_test_prints_one_line_and_logs_it(capsys) -> None:
    code = main(["--self-test"])

    out, err = capsys.readouterr()
    checklists = len(list(resource("checklists").glob("*.json")))
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    assert re.fullmatch(
        rf"Uji mandiri KKS Desktop {re.escape(__version__)} berhasil: skema \d+, 38 provinsi, "
        rf"{checklists} daftar periksa, data contoh Kec\. Wonotunggal diekspor dan dibaca ulang, "
        r"semua sama, [1-9]\d* halaman jendela \(15 desa, [1-9][\d.]* baris, [1-9][\d.]* KK, "
        r"\d+,\d s\)\n", out)
    assert out.strip() in _log()


def test_a_failed_step_is_named_on_stderr_and_in_the_log(capsys, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "Laporan.xlsx")

    monkeypatch.setattr(uji, "ekspor_desa", refuse)

    code = main(["--self-test"])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == (f"Uji mandiri KKS Desktop {__version__} gagal pada langkah “mengekspor buku "
                   "kerja desa”: Berkas atau folder Laporan.xlsx tidak dapat dibuka atau ditulis "
                   "(Permission denied). Periksa apakah lokasinya ada, tidak terkunci tulis, dan "
                   "masih ada ruang kosong.\n")
    assert err.strip() in _log()


def test_every_step_has_words_and_checks_read_as_sentences() -> None:
    assert set(LANGKAH_TEXTS) == {*uji.LANGKAH, JENDELA}
    assert gagal_text(UjiGagal(uji.BACA_ULANG, "tidak_sama", kelas={"berubah": 1})).endswith(
        "gagal pada langkah “membaca ulang buku kerja (uji coba impor)”: tidak semua catatan "
        "“sama”: 1 berubah")
    assert gagal_text(UjiGagal(JENDELA, sebab=ValueError("x"), halaman="kegiatan")).endswith(
        "“membuka halaman jendela program”: halaman “kegiatan”: kesalahan tak terduga "
        "(ValueError: x)")
    assert gagal_text(UjiGagal(uji.DEMO, "jumlah_desa", diharapkan=15, ada=14)).endswith(
        "“membuat data contoh satu kecamatan”: 14 desa terdaftar, seharusnya 15")


def test_the_success_line_writes_numbers_the_indonesian_way() -> None:
    hasil = HasilUji(skema=9, provinsi=38, daftar_periksa=3, kecamatan="Wonotunggal", desa=15,
                     baris=1234, catatan=810, detik=1.0, kk=24705)

    assert berhasil_text(hasil, 9, 2.34) == (
        f"Uji mandiri KKS Desktop {__version__} berhasil: skema 9, 38 provinsi, 3 daftar "
        "periksa, data contoh Kec. Wonotunggal diekspor dan dibaca ulang, semua sama, "
        "9 halaman jendela (15 desa, 1.234 baris, 24.705 KK, 2,3 s)")


def test_qt_aborting_still_leaves_one_line_and_exit_1(tmp_path) -> None:
    """A bundle without its Qt platform plugin: Qt aborts the process, the line comes first."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "tidak-ada", "TMPDIR": str(temp)}

    run = subprocess.run([sys.executable, "-m", "kks_desktop", "--self-test"], env=env,
                         capture_output=True, text=True, timeout=120)

    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr.count("\n") == 1
    assert run.stderr.startswith(
        f"Uji mandiri KKS Desktop {__version__} gagal pada langkah “membuka halaman jendela "
        "program”: Qt berhenti, bagian tampilan program tidak lengkap; pasang ulang KKS Desktop "
        "(This application failed to start because no Qt platform plugin")
    assert run.stderr.strip() in _log()
    assert list(temp.iterdir()) == []  # the temporary workspace went with it
