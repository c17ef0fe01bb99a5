"""The named rules a checklist item can use, each a pure function of the facts and parameters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kesiapan import Aturan, Tingkat
from kks_desktop.domain.kesiapan_fakta import Fakta, FaktaKegiatan, NilaiJawaban, StatusButir
from kks_desktop.domain.kode_wilayah import Level
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.domain.peserta import kunci_nama


@dataclass(frozen=True)
class Temuan:
    """What a rule found: the status, a stable reason key with its figures, evidence refs."""

    status: StatusButir
    alasan: str
    params: tuple[tuple[str, object], ...] = ()
    bukti: tuple[str, ...] = ()


def _temuan(hasil: StatusButir, alasan: str, bukti: tuple[str, ...] = (),
            **params: object) -> Temuan:
    return Temuan(hasil, alasan, tuple(sorted(params.items())), bukti)


def _bertingkat(count: int, minimum: float) -> StatusButir:
    """Met at the minimum, partly met above zero, not met at zero."""
    if count >= minimum:
        return StatusButir.TERPENUHI
    return StatusButir.SEBAGIAN if count > 0 else StatusButir.BELUM


def _min_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("harus bilangan bulat 1 atau lebih")
    return value


def _share(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ValueError("harus pecahan antara 0 dan 1, misalnya 0.9")
    return float(value)


def _status_odf(value: Any) -> StatusOdf:
    try:
        return StatusOdf(value)
    except ValueError:
        raise ValueError("harus salah satu dari " + ", ".join(s.value for s in StatusOdf)) from None


def _jenis(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError("harus daftar id jenis kegiatan")
    return tuple(value)


def _butir_id(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("harus id butir daftar periksa tingkat kecamatan")
    return value.strip()


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("harus true atau false")
    return value


# -- desa ------------------------------------------------------------------------------------

def pokja_sk(f: Fakta, p: dict[str, Any]) -> Temuan:
    pokja = f.desa[0].pokja
    ref = tuple(x for x in (pokja.sk_nomor, pokja.sk_tanggal and pokja.sk_tanggal.strftime(
        "%d/%m/%Y")) if x)
    if pokja.sk_nomor and pokja.sk_tanggal:
        return _temuan(StatusButir.TERPENUHI, "sk_ada", (f"SK {', '.join(ref)}",))
    if pokja.sk_nomor or pokja.sk_tanggal:
        return _temuan(StatusButir.SEBAGIAN, "sk_tidak_lengkap", (f"SK {', '.join(ref)}",))
    return _temuan(StatusButir.BELUM, "sk_belum")


def sekretariat(f: Fakta, p: dict[str, Any]) -> Temuan:
    ada = f.desa[0].pokja.sekretariat_ada
    if ada is None:
        return _temuan(StatusButir.TIDAK_DIKETAHUI, "sekretariat_belum_diisi")
    return _temuan(StatusButir.TERPENUHI if ada else StatusButir.BELUM,
                   "sekretariat_ada" if ada else "sekretariat_tidak_ada")


def tatanan_dipilih(f: Fakta, p: dict[str, Any]) -> Temuan:
    n = len(f.desa[0].pokja.tatanan)
    return _temuan(_bertingkat(n, p["min"]), "tatanan", jumlah=n, minimum=p["min"])


def odf_status_at_least(f: Fakta, p: dict[str, Any]) -> Temuan:
    status, wanted = f.desa[0].odf, p["status"]
    met = status.rank >= wanted.rank
    partly = status is not StatusOdf.BELUM
    return _temuan(StatusButir.TERPENUHI if met else StatusButir.SEBAGIAN if partly
                   else StatusButir.BELUM, "status_odf", status=status.value,
                   target=wanted.value)


def desa_stbm(f: Fakta, p: dict[str, Any]) -> Temuan:
    verdict = f.desa[0].stbm
    status = {StatusStbm.DESA_STBM: StatusButir.TERPENUHI, StatusStbm.BELUM: StatusButir.BELUM,
              }.get(verdict, StatusButir.TIDAK_DIKETAHUI)
    return _temuan(status, "desa_stbm", verdict=verdict.value)


def _year(f: Fakta, p: dict[str, Any]) -> int:
    return int(p.get("tahun") or f.siklus.tahun)


def _meetings(f: Fakta, kode: str, year: int, jenis: tuple[str, ...] | None,
              notulen: bool) -> list[FaktaKegiatan]:
    return [k for k in f.kegiatan if k.wilayah == kode and k.mulai.year == year and k.hadir > 0
            and (k.jenis in jenis if jenis else k.rapat) and (k.notulen or not notulen)]


def _meeting_refs(found: list[FaktaKegiatan]) -> tuple[str, ...]:
    return tuple(f"{k.judul} ({k.mulai.strftime('%d/%m/%Y')}, {k.hadir} hadir)"
                 for k in sorted(found, key=lambda k: k.mulai))


def meetings_with_attendance_per_year(f: Fakta, p: dict[str, Any]) -> Temuan:
    year = _year(f, p)
    found = _meetings(f, f.kode, year, p["jenis"], p["notulen"])
    return _temuan(_bertingkat(len(found), p["min"]), "rapat", _meeting_refs(found),
                   jumlah=len(found), minimum=p["min"], tahun=year,
                   notulen=p["notulen"])


def pengurus_ikut_orientasi(f: Fakta, p: dict[str, Any]) -> Temuan:
    members = {kunci_nama(m.nama): m.nama for m in f.desa[0].pokja.anggota}
    sessions = [k for k in f.kegiatan if k.jenis in p["jenis"] and k.mulai <= f.hari_ini]
    # A participant linked to another desa is a namesake, not this Pokja's member.
    came = {key for k in sessions for key, desa in k.peserta if desa in ("", f.kode)}
    came &= set(members)
    refs = tuple(members[key] for key in sorted(came))
    if not members:
        return _temuan(StatusButir.TIDAK_DIKETAHUI, "tanpa_pengurus")
    return _temuan(_bertingkat(len(came), p["min"]), "orientasi", refs, jumlah=len(came),
                   pengurus=len(members), minimum=p["min"])


def rtl_berjalan(f: Fakta, p: dict[str, Any]) -> Temuan:
    rows = [r for k in f.kegiatan if k.wilayah == f.kode for r in k.rtl]
    late = [r for r in rows if r.lewat_waktu(f.hari_ini)]
    if not rows:
        return _temuan(StatusButir.BELUM, "rtl_tidak_ada")
    status = StatusButir.SEBAGIAN if late else StatusButir.TERPENUHI
    return _temuan(status, "rtl", tuple(r.kegiatan for r in late), jumlah=len(rows),
                   terlambat=len(late))


_DESA_FIELDS = ("jumlah_kk", "jumlah_jiwa", "jumlah_dusun", "jumlah_rw", "jumlah_rt",
                "alamat_sekretariat")


def data_desa_lengkap(f: Fakta, p: dict[str, Any]) -> Temuan:
    fakta = f.desa[0]
    missing = [name for name in _DESA_FIELDS if getattr(fakta.desa, name) in (None, "")]
    if fakta.laporan_terakhir is None:
        missing.append("laporan_sanitasi")
    status = (StatusButir.TERPENUHI if not missing else
              StatusButir.BELUM if len(missing) == len(_DESA_FIELDS) + 1 else StatusButir.SEBAGIAN)
    return _temuan(status, "data_desa", kurang=", ".join(missing))


# -- kecamatan and kabupaten -----------------------------------------------------------------

def _share_of(f: Fakta, count: int) -> float | None:
    return count / len(f.desa) if f.desa else None


def _share_rule(f: Fakta, p: dict[str, Any], count: int, alasan: str) -> Temuan:
    share = _share_of(f, count)
    if share is None:
        return _temuan(StatusButir.TIDAK_DIKETAHUI, "tanpa_desa")
    status = (StatusButir.BELUM if not count else
              StatusButir.TERPENUHI if share + 1e-9 >= p["min"] else StatusButir.SEBAGIAN)
    return _temuan(status, alasan, jumlah=count, desa=len(f.desa), persen=100 * share,
                   minimum=100 * p["min"])


def share_desa_odf(f: Fakta, p: dict[str, Any]) -> Temuan:
    return _share_rule(f, p, sum(1 for d in f.desa if d.odf is StatusOdf.ODF), "share_odf")


def share_desa_pokja_sk(f: Fakta, p: dict[str, Any]) -> Temuan:
    return _share_rule(f, p, sum(1 for d in f.desa if d.pokja.sk_nomor.strip()), "share_sk")


def odf_gates(f: Fakta, p: dict[str, Any]) -> Temuan:
    odf = sum(1 for d in f.desa if d.odf is StatusOdf.ODF)
    share = _share_of(f, odf)
    if share is None:
        return _temuan(StatusButir.TIDAK_DIKETAHUI, "tanpa_desa")
    open_levels = f.siklus.terbuka(share)
    nxt = f.siklus.berikutnya(share)
    need = 0
    if nxt is not None:
        while (odf + need) / len(f.desa) + 1e-9 < nxt.min_odf:
            need += 1
    status = (StatusButir.TERPENUHI if nxt is None else
              StatusButir.SEBAGIAN if open_levels else StatusButir.BELUM)
    return _temuan(status, "gerbang_odf", tuple(t.nama for t in open_levels), jumlah=odf,
                   desa=len(f.desa), persen=100 * share, siklus=f.siklus.tahun,
                   terbuka=", ".join(t.nama for t in open_levels),
                   berikutnya=nxt.nama if nxt else "", syarat=100 * nxt.min_odf if nxt else 0,
                   kurang=need)


def forum_meetings_per_year(f: Fakta, p: dict[str, Any]) -> Temuan:
    return meetings_with_attendance_per_year(f, p)


def share_kecamatan_answered(f: Fakta, p: dict[str, Any]) -> Temuan:
    """Kecamatan (those with registered desa) whose own checklist answers the item "Ada"."""
    names = {str(d.desa.kode.at(Level.KECAMATAN)): d.desa.wilayah.kecamatan for d in f.desa}
    kecamatan = sorted(names)
    if not kecamatan:
        return _temuan(StatusButir.TIDAK_DIKETAHUI, "tanpa_desa")
    answers = {kode: nilai for kode, butir, nilai in f.jawaban_bawah if butir == p["butir"]}
    ada = [k for k in kecamatan if answers.get(k) is NilaiJawaban.ADA]
    answered = sum(1 for k in kecamatan if k in answers)
    share = len(ada) / len(kecamatan)
    status = (StatusButir.BELUM if not ada else
              StatusButir.TERPENUHI if share + 1e-9 >= p["min"] else StatusButir.SEBAGIAN)
    return _temuan(status, "share_kecamatan", tuple(f"{names[k]} ({k})" for k in ada),
                   jumlah=len(ada),
                   kecamatan=len(kecamatan), dijawab=answered, persen=100 * share,
                   minimum=100 * p["min"], butir=p["butir"])


_DESA = frozenset({Tingkat.DESA})
_WILAYAH = frozenset({Tingkat.KECAMATAN, Tingkat.KABUPATEN})
_MEETING_PARAMS = {"min": (_min_int, 4), "jenis": (_jenis, None), "notulen": (_flag, False),
                   "tahun": (_min_int, None)}

# name -> (what it accepts, how it judges)
ATURAN: dict[str, tuple[Aturan, Callable[[Fakta, dict[str, Any]], Temuan]]] = {
    "pokja_sk": (Aturan(_DESA, {}), pokja_sk),
    "sekretariat": (Aturan(_DESA, {}), sekretariat),
    "tatanan_dipilih": (Aturan(_DESA, {"min": (_min_int, 1)}), tatanan_dipilih),
    "odf_status_at_least": (Aturan(_DESA, {"status": (_status_odf, ...)}), odf_status_at_least),
    "desa_stbm": (Aturan(_DESA, {}), desa_stbm),
    "meetings_with_attendance_per_year": (Aturan(_DESA, _MEETING_PARAMS),
                                          meetings_with_attendance_per_year),
    "pengurus_ikut_orientasi": (Aturan(_DESA, {
        "jenis": (_jenis, ("orientasi_kks", "pelatihan")), "min": (_min_int, 1)}),
        pengurus_ikut_orientasi),
    "rtl_berjalan": (Aturan(_DESA, {}), rtl_berjalan),
    "data_desa_lengkap": (Aturan(_DESA, {}), data_desa_lengkap),
    "share_desa_odf": (Aturan(_WILAYAH, {"min": (_share, ...)}), share_desa_odf),
    "share_desa_pokja_sk": (Aturan(_WILAYAH, {"min": (_share, 1.0)}), share_desa_pokja_sk),
    "odf_gates": (Aturan(frozenset({Tingkat.KABUPATEN}), {}), odf_gates),
    "forum_meetings_per_year": (Aturan(_WILAYAH, {**_MEETING_PARAMS, "min": (_min_int, 2)}),
                                forum_meetings_per_year),
    "share_kecamatan_answered": (Aturan(frozenset({Tingkat.KABUPATEN}), {
        "butir": (_butir_id, ...), "min": (_share, 1.0)}), share_kecamatan_answered),
}
SPESIFIKASI = {name: spec for name, (spec, _) in ATURAN.items()}
