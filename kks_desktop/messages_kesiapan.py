"""Indonesian for readiness checklists: item statuses with their symbols, and each rule's reason."""

from __future__ import annotations

from collections.abc import Callable

from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kesiapan_aturan import Temuan
from kks_desktop.domain.kesiapan_fakta import NilaiJawaban, StatusButir
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.messages import FIELD_LABELS, percent_text
from kks_desktop.messages_sanitasi import STATUS_ODF_LABELS, STATUS_STBM_LABELS

STATUS_LABELS = {
    StatusButir.TERPENUHI: "Terpenuhi",
    StatusButir.SEBAGIAN: "Sebagian",
    StatusButir.BELUM: "Belum",
    StatusButir.TIDAK_DIKETAHUI: "Tidak diketahui",
}
# Shown beside the colour, so the status never rests on colour alone.
STATUS_SYMBOLS = {
    StatusButir.TERPENUHI: "✓",
    StatusButir.SEBAGIAN: "◐",
    StatusButir.BELUM: "✗",
    StatusButir.TIDAK_DIKETAHUI: "?",
}


def status_text(status: StatusButir) -> str:
    """"✓ Terpenuhi", "? Tidak diketahui": the symbol with its label."""
    return f"{STATUS_SYMBOLS[status]} {STATUS_LABELS[status]}"


JAWABAN_LABELS = {NilaiJawaban.ADA: "Ada", NilaiJawaban.SEBAGIAN: "Sebagian",
                  NilaiJawaban.TIDAK_ADA: "Tidak ada"}


def _pct(value: object) -> str:
    return percent_text(float(value)) if isinstance(value, int | float) else "–"


def _rapat(p: dict[str, object]) -> str:
    kind = "rapat/kegiatan dengan daftar hadir" + (" dan notulen" if p["notulen"] else "")
    return f"{p['jumlah']} dari minimal {p['minimum']} {kind} tercatat tahun {p['tahun']}"


def _gerbang(p: dict[str, object]) -> str:
    text = (f"{p['jumlah']} dari {p['desa']} desa/kelurahan ODF ({_pct(p['persen'])}): "
            + (f"{p['terbuka']} terbuka" if p["terbuka"] else "belum ada tingkat yang terbuka"))
    if p["berikutnya"]:
        text += (f"; untuk {p['berikutnya']} (≥{_pct(p['syarat'])}) perlu {p['kurang']} desa "
                 "lagi")
    return f"{text} (siklus {p['siklus']})"


_ALASAN: dict[str, Callable[[dict[str, object]], str]] = {
    "sk_ada": lambda p: "SK tercatat",
    "sk_tidak_lengkap": lambda p: "SK belum lengkap: nomor atau tanggal masih kosong",
    "sk_belum": lambda p: "SK Pokja belum tercatat",
    "sekretariat_belum_diisi": lambda p: "keberadaan sekretariat belum diisi di tab Pokja",
    "sekretariat_ada": lambda p: "sekretariat ada",
    "sekretariat_tidak_ada": lambda p: "belum ada sekretariat",
    "tatanan": lambda p: f"{p['jumlah']} tatanan dipilih (minimal {p['minimum']})",
    "status_odf": lambda p: (
        f"status ODF: {STATUS_ODF_LABELS[StatusOdf(str(p['status']))]}; syarat: "
        f"{STATUS_ODF_LABELS[StatusOdf(str(p['target']))]}"),
    "desa_stbm": lambda p: STATUS_STBM_LABELS[StatusStbm(str(p["verdict"]))],
    "rapat": _rapat,
    "tanpa_pengurus": lambda p: "anggota Pokja belum tercatat",
    "orientasi": lambda p: (f"{p['jumlah']} dari {p['pengurus']} anggota Pokja tercatat ikut "
                            f"orientasi/pelatihan (minimal {p['minimum']})"),
    "rtl_tidak_ada": lambda p: "belum ada RTL dari kegiatan desa",
    "rtl": lambda p: f"{p['jumlah']} baris RTL, {p['terlambat']} lewat waktu",
    "data_desa": lambda p: ("belum diisi: " + ", ".join(
        FIELD_LABELS.get(f, f) for f in str(p["kurang"]).split(", ")) if p["kurang"]
        else "lengkap"),
    "tanpa_desa": lambda p: "belum ada desa/kelurahan terdaftar di wilayah ini",
    "share_odf": lambda p: (f"{p['jumlah']} dari {p['desa']} desa/kelurahan ODF "
                            f"({_pct(p['persen'])}; syarat {_pct(p['minimum'])})"),
    "share_sk": lambda p: (f"{p['jumlah']} dari {p['desa']} desa/kelurahan memiliki SK Pokja "
                           f"({_pct(p['persen'])}; syarat {_pct(p['minimum'])})"),
    "gerbang_odf": _gerbang,
    "share_kecamatan": lambda p: (
        f"{p['jumlah']} dari {p['kecamatan']} kecamatan menjawab Ada di daftar periksa "
        f"kecamatannya ({_pct(p['persen'])}; syarat {_pct(p['minimum'])}; {p['dijawab']} "
        "kecamatan sudah menjawab)"),
    "belum_dijawab": lambda p: "belum dijawab",
    "dijawab": lambda p: (f"dijawab “{JAWABAN_LABELS[NilaiJawaban(str(p['nilai']))]}”"
                          + (f" oleh {p['oleh']}" if p.get("oleh") else "")
                          + (f" pada {p['pada']}" if p.get("pada") else "")),
}


def alasan_text(temuan: Temuan) -> str:
    """The reason in data terms, e.g. "3 dari minimal 4 rapat/kegiatan ... tercatat tahun 2025"."""
    text = _ALASAN.get(temuan.alasan)
    return text(dict(temuan.params)) if text else temuan.alasan
