"""Tests for the Indonesian texts of sanitation: every problem code and field, ODF events, Desa STBM."""

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kks_desktop import messages
from kks_desktop import messages_sanitasi as ms
from kks_desktop.domain.desa_stbm import AturanDesaStbm, Cara, StatusStbm, nilai_desa_stbm
from kks_desktop.domain.errors import DesaInUse, LaporanExists, ValidationFailed
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent, PosisiOdf, StatusOdf, validate_path
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import (
    Konteks,
    LaporanSanitasi,
    Pilar,
    Rung,
    Sumber,
    TanggaLama,
    validate_laporan,
)

MakeLaporan = Callable[..., LaporanSanitasi]
PACKAGE = Path(messages.__file__).parent
SOURCES = ("domain/sanitasi.py", "domain/odf.py", "domain/tanggal.py",
           "services/sanitasi_service.py", "services/odf_service.py")
_CALL = re.compile(r'Problem\.(?:error|warning)\(\s*(?:"([a-z_.]+)"|[^,()]+),\s*"([a-z_]+)"')
TODAY = dt.date(2025, 11, 5)
TIGA = AturanDesaStbm("rpjmn", "RPJMN", "-", Cara.TIGA_PILAR, 1.0, 0.75)
SETIAP = AturanDesaStbm("kemenkes", "Kemenkes", "-", Cara.SETIAP_PILAR, 1.0, 0.5)


def _scanned() -> tuple[set[str], set[str]]:
    fields: set[str] = set()
    codes: set[str] = set()
    for name in SOURCES:
        for field, code in _CALL.findall((PACKAGE / name).read_text(encoding="utf-8")):
            codes.add(code)
            if field:
                fields.add(field)
    return fields, codes


def _triggered(make_laporan: MakeLaporan) -> list[Problem]:
    """One finding of every kind the report and path rules produce, with real parameters."""
    found: list[Problem] = []
    lap = make_laporan(pilar=(-1, 0, 0, 0), kk_tiga_pilar=-1, total_kk=-1)
    found += validate_laporan(lap.with_changes(tangga=dict.fromkeys(Rung, -1),
                                               lama=TanggaLama(-1, 0, 0, 0)), Konteks(TODAY))
    bad = make_laporan("2026-01", total=1200, pilar=(1300, 1300, 0, 0), kk_tiga_pilar=1300,
                       lama=TanggaLama(1, 2, 3, 4)).with_changes(total_kk=1201)
    found += validate_laporan(bad, Konteks(TODAY))
    found += validate_laporan(make_laporan(total=2_000_000), Konteks(TODAY))
    impossible = make_laporan(total=200, pilar=(150, 180, 120, 100), kk_tiga_pilar=10)
    found += validate_laporan(impossible, Konteks(TODAY))
    prev = make_laporan("2025-06", total=1000, pilar=(100, 100, 100, 100))
    now = make_laporan("2025-07", total=2000, babs=1500, pilar=(1000, 1000, 1000, 1000))
    found += validate_laporan(now, Konteks(TODAY, kk_terdaftar=1000, sebelumnya=prev,
                                           deklarasi_odf=dt.date(2025, 6, 1)))
    found.append(Problem.error("periode", "period_taken", periode="Oktober 2025"))
    nameless = OdfEvent(JenisOdf.VERIFIKASI, dt.date(2026, 1, 2), tim=(AnggotaTim(""),))
    small = OdfEvent(JenisOdf.VERIFIKASI, dt.date(2025, 3, 12), tim=(AnggotaTim("Retno"),),
                     hasil=Hasil.LULUS)
    deklarasi = OdfEvent(JenisOdf.DEKLARASI, dt.date(2025, 3, 1))
    found += validate_path([nameless, small, deklarasi], TODAY, [make_laporan("2025-03", babs=4)])
    found += validate_path([OdfEvent(JenisOdf.PEMICUAN, dt.date(1899, 12, 31))], TODAY, [])
    return found


def test_the_scan_finds_the_codes_the_rules_produce(make_laporan: MakeLaporan) -> None:
    fields, codes = _scanned()
    triggered = _triggered(make_laporan)
    assert {p.code for p in triggered} == codes
    assert codes == {
        "negative", "future_period", "ladder_sum_mismatch", "above_total_kk",
        "three_pillar_impossible", "far_from_registered", "jump_from_previous", "babs_after_odf",
        "period_taken", "future_date", "required", "member_without_name", "team_small",
        "passed_with_babs", "deklarasi_without_verifikasi", "ba_missing", "too_large",
        "date_out_of_range",
    }
    assert fields <= {p.field for p in triggered}


def test_every_code_has_an_indonesian_text(make_laporan: MakeLaporan) -> None:
    _, codes = _scanned()
    assert sorted(codes - set(messages.PROBLEM_TEXTS)) == []
    for problem in _triggered(make_laporan):
        text = messages.describe_problem(problem)
        assert "{" not in text and problem.code not in text, text


def test_every_field_has_a_label(make_laporan: MakeLaporan) -> None:
    fields, _ = _scanned()
    fields |= {p.field for p in _triggered(make_laporan)}
    fields |= {r.value for r in Rung} | {p.value for p in Pilar} | {"akses"}
    assert sorted(fields - set(messages.FIELD_LABELS)) == []
    assert {r: messages.FIELD_LABELS[r.value] for r in Rung} == ms.RUNG_LABELS
    assert all(ms.PILAR_LABELS[p] in messages.FIELD_LABELS[p.value] for p in Pilar)


@pytest.mark.parametrize(("problem", "text"), [
    (Problem.error("tanggal", "future_date", jenis="verifikasi", tanggal="12/03/2025"),
     "Verifikasi 12/03/2025, tanggal: tanggal tidak boleh di masa depan"),
    (Problem.warning("hasil", "passed_with_babs", babs=1234, jenis="verifikasi",
                     tanggal="12/03/2025"),
     "Verifikasi 12/03/2025, hasil verifikasi: dinyatakan lulus, tetapi laporan terakhir masih "
     "mencatat 1.234 KK BABS"),
    (Problem.warning("nomor_ba", "ba_missing", jenis="deklarasi", tanggal="01/07/2025"),
     "Deklarasi 01/07/2025, nomor Berita Acara: nomor Berita Acara belum diisi"),
    (Problem.error("total_kk", "ladder_sum_mismatch", jumlah=1200, total=1201),
     "Total KK: jumlah tangga akses (1.200) tidak sama dengan total KK (1.201)"),
    (Problem.error("kk_tiga_pilar", "three_pillar_impossible", low=75, high=183),
     "KK menerapkan ≥3 pilar (2–5): tidak mungkin dengan jumlah KK per pilar yang diisi "
     "(harus antara 75 dan 183)"),
    (Problem.warning("ctps", "jump_from_previous", sebelumnya=100, sekarang=151,
                     periode="September 2025", persen=25),
     "Pilar 2 CTPS: berubah dari 100 (September 2025) menjadi 151, lebih dari 25% total KK; "
     "periksa lagi"),
    (Problem.warning("babs", "babs_after_odf", babs=3, tanggal="15/06/2025"),
     "KK masih BABS: 3 KK masih/kembali BABS padahal desa sudah dideklarasikan ODF (15/06/2025)"),
])
def test_describe_problem(problem: Problem, text: str) -> None:
    assert messages.describe_problem(problem) == text


def test_describe_sanitation_errors() -> None:
    assert messages.describe(LaporanExists("33.25.01.2001", "2025-10")) == (
        "Desa 33.25.01.2001 sudah memiliki laporan untuk periode 2025-10. Ubah laporan itu.")
    failed = ValidationFailed([
        Problem.error("periode", "period_taken", periode="Oktober 2025"),
        Problem.warning("total_kk", "far_from_registered", terdaftar=100, persen=20)])
    assert messages.describe(failed) == (
        "Data belum dapat disimpan:\n• Periode: laporan Oktober 2025 sudah ada; ubah laporan itu")
    in_use = DesaInUse("33.25.01.2001", {"laporan_sanitasi": 12, "odf_event": 3})
    assert messages.describe(in_use).startswith(
        "Desa 33.25.01.2001 masih memiliki 12 laporan sanitasi, 3 catatan jalur ODF.")


def test_every_enum_member_has_a_label() -> None:
    assert list(ms.RUNG_LABELS) == list(Rung)
    assert list(ms.PILAR_LABELS) == list(Pilar) == list(ms.PILAR_NAMES)
    assert [ms.PILAR_NAMES[p].split()[1] for p in Pilar] == ["2", "3", "4", "5"]
    assert list(ms.SUMBER_LABELS) == list(Sumber)
    assert list(ms.HASIL_LABELS) == list(Hasil)
    assert list(ms.STATUS_ODF_LABELS) == list(StatusOdf)
    assert list(ms.STATUS_STBM_LABELS) == list(StatusStbm)
    assert set(messages.JENIS_ODF_LABELS) == {j.value for j in JenisOdf}
    assert all(messages.JENIS_ODF_LABELS[j.value] == j.value.title() for j in JenisOdf)


# --- Desa STBM reasons and next steps ------------------------------------------------------

def test_every_desa_stbm_reason_has_a_sentence(make_laporan: MakeLaporan) -> None:
    cases = [
        (TIGA, None, "belum ada laporan sanitasi"),
        (TIGA, make_laporan(total=2000, babs=1234), "masih ada 1.234 KK BABS (belum 100% SBS)"),
        (TIGA, make_laporan(), "laporan terakhir belum mengisi semua pilar 2–5"),
        (SETIAP, make_laporan(pilar=(99, 100, 100, 10)),
         "pilar CTPS, PLC-RT belum mencapai ambang"),
        (SETIAP, make_laporan(pilar=(100, 100, 100, 100)), "memenuhi aturan"),
        (TIGA, make_laporan(total=2000, pilar=(2000,) * 4, kk_tiga_pilar=1499),
         "1.499 KK menerapkan ≥3 pilar, belum mencapai ambang"),
        (TIGA, make_laporan(pilar=(200, 200, 200, 100)),
         "memenuhi aturan (sedikitnya 150 KK menerapkan ≥3 pilar)"),
        (TIGA, make_laporan(pilar=(149, 150, 150, 0)),
         "paling banyak 149 KK dapat menerapkan ≥3 pilar, belum mencapai ambang"),
        (TIGA, make_laporan(pilar=(150, 150, 150, 0)),
         "KK yang menerapkan ≥3 pilar belum diisi (antara 25 dan 150 menurut angka per pilar); "
         "isi angkanya dari pendataan"),
    ]
    reasons = set()
    for aturan, lap, text in cases:
        penilaian = nilai_desa_stbm(aturan, lap)
        reasons.add(penilaian.alasan)
        assert ms.alasan_stbm(penilaian) == text
    assert reasons == set(ms._STBM_REASONS)


@pytest.mark.parametrize(("posisi", "start"), [
    (PosisiOdf(StatusOdf.ODF, babs=0), "Pertahankan status ODF"),
    (PosisiOdf(StatusOdf.ODF, babs=1500), "Laporan terakhir mencatat 1.500 KK BABS sesudah deklarasi"),
    (PosisiOdf(StatusOdf.TERVERIFIKASI), "Verifikasi lulus. Siapkan deklarasi ODF"),
    (PosisiOdf(StatusOdf.MENUNGGU_VERIFIKASI, babs=0),
     "Laporan terakhir mencatat 0 KK BABS. Ajukan verifikasi ke"),
    (PosisiOdf(StatusOdf.MENUNGGU_VERIFIKASI, babs=0, verifikasi_gagal=1),
     "Laporan terakhir mencatat 0 KK BABS. Ajukan verifikasi ulang ke"),
    (PosisiOdf(StatusOdf.PEMICUAN, babs=1234), "1.234 KK masih BABS. Lanjutkan pemantauan"),
    (PosisiOdf(StatusOdf.PEMICUAN), "Lanjutkan pemantauan"),
    (PosisiOdf(StatusOdf.PEMICUAN, babs=3, verifikasi_gagal=1),
     "Verifikasi belum lulus. Tindak lanjuti temuan tim verifikasi (3 KK masih BABS)"),
    (PosisiOdf(StatusOdf.BELUM, babs=0), "Laporan terakhir mencatat 0 KK BABS, tetapi belum ada "
                                         "pemicuan tercatat"),
    (PosisiOdf(StatusOdf.BELUM, babs=12), "Belum ada pemicuan tercatat. Rencanakan pemicuan"),
    (PosisiOdf(StatusOdf.BELUM), "Belum ada pemicuan tercatat. Rencanakan pemicuan"),
])
def test_next_step_for_every_status(posisi: PosisiOdf, start: str) -> None:
    text = ms.langkah_berikut(posisi)
    assert text.startswith(start)
    assert text.endswith(".")


@pytest.mark.parametrize(("value", "text"), [
    (81.4516, "81,5%"), (80.0, "80%"), (99.96, "99,9%"), (100.0, "100%"), (0.04, "0,0%"),
    (None, "–"),
])
def test_percent_text_never_shows_complete_below_100(value: float | None, text: str) -> None:
    from kks_desktop.messages import percent_text

    assert percent_text(value) == text
