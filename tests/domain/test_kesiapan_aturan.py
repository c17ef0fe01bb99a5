"""Readiness rules on hand-made facts: each status boundary, and what a rule refuses to count."""

from __future__ import annotations

import datetime as dt

from kks_desktop.domain.award import Siklus, Tingkat
from kks_desktop.domain.desa import Desa, Wilayah
from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kegiatan import Rtl, StatusRtl
from kks_desktop.domain.kesiapan_aturan import ATURAN
from kks_desktop.domain.kesiapan_fakta import (
    Fakta,
    FaktaDesa,
    FaktaKegiatan,
    NilaiJawaban,
    StatusButir,
)
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.pokja import Anggota, Pokja

TODAY = dt.date(2025, 12, 1)
SIKLUS = Siklus(2025, (Tingkat("padapa", "Padapa", 0.8), Tingkat("wiwerda", "Wiwerda", 0.9),
                       Tingkat("wistara", "Wistara", 1.0)))
KODE = "33.25.01.2001"


NO_POKJA = Pokja()


def _desa(n: int = 1, odf: StatusOdf = StatusOdf.ODF, pokja: Pokja = NO_POKJA,
          kecamatan: str = "01") -> FaktaDesa:
    kode = KodeWilayah.parse(f"33.25.{kecamatan}.{2000 + n}")
    wilayah = Wilayah(kode, f"Desa {n}", "Wonotunggal", "Kabupaten Batang", "Jawa Tengah")
    return FaktaDesa(Desa(wilayah), pokja, odf, StatusStbm.BELUM, None)


def _fakta(desa: tuple[FaktaDesa, ...], kegiatan: tuple[FaktaKegiatan, ...] = (),
           kode: str = KODE) -> Fakta:
    return Fakta(kode, "x", desa, kegiatan, SIKLUS, TODAY)


def _rapat(day: dt.date, hadir: int = 5, notulen: bool = True, **extra) -> FaktaKegiatan:
    return FaktaKegiatan("Rapat", "rapat_pokja", True, day, KODE, hadir, notulen, frozenset(),
                         **extra)


def _judge(name: str, fakta: Fakta, **params):
    spec, judge = ATURAN[name]
    values = {k: params.get(k, default) for k, (_check, default) in spec.parameter.items()}
    return judge(fakta, values)


def test_meetings_count_only_the_cycle_year_with_attendance_and_minutes() -> None:
    sessions = (_rapat(dt.date(2025, 1, 5)), _rapat(dt.date(2025, 4, 5), notulen=False),
                _rapat(dt.date(2025, 7, 5), hadir=0), _rapat(dt.date(2024, 10, 5)))
    found = _judge("meetings_with_attendance_per_year", _fakta((_desa(),), sessions), min=2,
                   notulen=True)
    assert (found.status, dict(found.params)["jumlah"]) == (StatusButir.SEBAGIAN, 1)
    loose = _judge("meetings_with_attendance_per_year", _fakta((_desa(),), sessions), min=2)
    assert (loose.status, dict(loose.params)["jumlah"]) == (StatusButir.TERPENUHI, 2)
    none = _judge("meetings_with_attendance_per_year", _fakta((_desa(),)), min=2)
    assert none.status is StatusButir.BELUM


def test_odf_gates_open_levels_and_count_what_the_next_needs() -> None:
    ten = tuple(_desa(n, StatusOdf.ODF if n <= 8 else StatusOdf.PEMICUAN) for n in range(1, 11))
    found = _judge("odf_gates", _fakta(ten, kode="33.25"))
    params = dict(found.params)
    assert (found.status, found.bukti, params["berikutnya"], params["kurang"]) == (
        StatusButir.SEBAGIAN, ("Padapa",), "Wiwerda", 1)
    every = _judge("odf_gates", _fakta(tuple(_desa(n) for n in range(1, 4)), kode="33.25"))
    assert (every.status, every.bukti) == (StatusButir.TERPENUHI, ("Padapa", "Wiwerda", "Wistara"))
    few = _judge("odf_gates", _fakta(ten[7:], kode="33.25"))
    assert (few.status, few.bukti) == (StatusButir.BELUM, ())


def test_share_rules_reach_their_minimum_exactly() -> None:
    nine = tuple(_desa(n, StatusOdf.ODF if n <= 9 else StatusOdf.BELUM) for n in range(1, 11))
    assert _judge("share_desa_odf", _fakta(nine), min=0.9).status is StatusButir.TERPENUHI
    assert _judge("share_desa_odf", _fakta(nine), min=0.95).status is StatusButir.SEBAGIAN
    none = tuple(_desa(n, StatusOdf.BELUM) for n in range(1, 3))
    assert _judge("share_desa_odf", _fakta(none), min=0.9).status is StatusButir.BELUM
    assert _judge("share_desa_odf", _fakta(()), min=0.9).status is StatusButir.TIDAK_DIKETAHUI


def test_orientation_counts_members_not_namesakes_from_another_desa() -> None:
    pokja = Pokja(anggota=(Anggota("Siti Aminah"), Anggota("Budi Santoso")))
    other = FaktaKegiatan("Orientasi", "orientasi_kks", False, dt.date(2025, 9, 16), "33.25", 60,
                          True, frozenset({("siti aminah", "33.25.01.2002"),
                                           ("budi santoso", KODE)}))
    found = _judge("pengurus_ikut_orientasi", _fakta((_desa(pokja=pokja),), (other,)))
    assert (found.status, found.bukti) == (StatusButir.TERPENUHI, ("Budi Santoso",))
    assert dict(found.params)["jumlah"] == 1


def test_rtl_is_met_only_with_rows_and_none_late() -> None:
    on_time = Rtl("Pendataan", waktu=dt.date(2026, 1, 1))
    late = Rtl("Pemicuan", waktu=dt.date(2025, 11, 1), status=StatusRtl.BERJALAN)
    done = Rtl("Verifikasi", waktu=dt.date(2025, 10, 1), status=StatusRtl.SELESAI)

    def judged(*rows: Rtl) -> StatusButir:
        session = _rapat(dt.date(2025, 9, 1), rtl=rows)
        return _judge("rtl_berjalan", _fakta((_desa(),), (session,))).status
    assert judged() is StatusButir.BELUM
    assert judged(on_time, done) is StatusButir.TERPENUHI
    assert judged(on_time, late) is StatusButir.SEBAGIAN


def test_forum_coverage_counts_kecamatan_answering_ada_among_those_with_desa() -> None:
    desa = (_desa(1), _desa(2), _desa(3, kecamatan="02"), _desa(4, kecamatan="03"))
    answers = (("33.25.01", "sk_forum", NilaiJawaban.ADA),
               ("33.25.02", "sk_forum", NilaiJawaban.SEBAGIAN),
               ("33.25.03", "rapat", NilaiJawaban.ADA),  # another item
               ("33.25.09", "sk_forum", NilaiJawaban.ADA))  # no desa registered there
    fakta = Fakta("33.25", "x", desa, (), SIKLUS, TODAY, answers)
    found = _judge("share_kecamatan_answered", fakta, butir="sk_forum")
    params = dict(found.params)
    assert (found.status, found.bukti) == (StatusButir.SEBAGIAN, ("Wonotunggal (33.25.01)",))
    assert (params["jumlah"], params["kecamatan"], params["dijawab"]) == (1, 3, 2)
    loose = _judge("share_kecamatan_answered", fakta, butir="sk_forum", min=0.3)
    assert loose.status is StatusButir.TERPENUHI
    unanswered = Fakta("33.25", "x", desa, (), SIKLUS, TODAY)
    assert _judge("share_kecamatan_answered", unanswered, butir="sk_forum").status is (
        StatusButir.BELUM)
    assert _judge("share_kecamatan_answered", _fakta(()), butir="sk_forum").status is (
        StatusButir.TIDAK_DIKETAHUI)
