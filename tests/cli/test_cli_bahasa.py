"""The command line's own wording is Indonesian, and a malformed kode is a usage error, not a crash."""

from __future__ import annotations

import pytest

from kks_desktop.cli import main


def _fails(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    return capsys.readouterr().err


def test_argument_errors_and_help_are_indonesian(capsys) -> None:
    err = _fails(capsys, "demo")
    assert err.startswith("cara pakai: kks-desktop demo")
    assert "salah satu dari --kabupaten --kecamatan wajib diisi" in err
    assert "argumen tidak dikenal: --bogus" in _fails(capsys, "desa", "list", "--bogus")
    assert "tidak boleh bersama --desa" in _fails(
        capsys, "kesiapan", "show", "x", "--desa", "33.25.01.2001", "--kecamatan", "33.25.01")
    with pytest.raises(SystemExit):
        main(["kesiapan", "--help"])
    out = capsys.readouterr().out
    assert "pilihan:" in out and "tampilkan bantuan ini lalu keluar" in out
    assert "usage" not in out and "show this help" not in out


def test_a_malformed_kode_is_named_in_the_usage_error(capsys) -> None:
    err = _fails(capsys, "kesiapan", "show", "pokja-desa-2025", "--desa", "1")
    assert "argumen --desa: Kode wilayah “1” tidak sah" in err
    assert "Traceback" not in err
