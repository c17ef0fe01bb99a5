"""Indonesian for readiness checklists: item statuses with their symbols, and each rule's reason."""

from __future__ import annotations

from collections.abc import Callable

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa_stbm import StatusStbm
from kks_desktop.domain.kesiapan_aturan import Temuan
from kks_desktop.domain.kesiapan_fakta import NilaiJawaban, StatusButir
from kks_desktop.domain.odf import StatusOdf
from kks_desktop.messages import FIELD_LABELS, percent_text
from kks_desktop.messages_sanitasi import STATUS_ODF_LABELS, STATUS_STBM_LABELS

STATUS_LABELS = {
    StatusButir.TERPENUHI: QT_TRANSLATE_NOOP("messages_kesiapan", "Terpenuhi"),
    StatusButir.SEBAGIAN: QT_TRANSLATE_NOOP("messages_kesiapan", "Sebagian"),
    StatusButir.BELUM: QT_TRANSLATE_NOOP("messages_kesiapan", "Belum"),
    StatusButir.TIDAK_DIKETAHUI: QT_TRANSLATE_NOOP("messages_kesiapan", "Tidak diketahui"),
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
    return f"{STATUS_SYMBOLS[status]} {translate('messages_kesiapan', STATUS_LABELS[status])}"


JAWABAN_LABELS = {
    NilaiJawaban.ADA: QT_TRANSLATE_NOOP("messages_kesiapan", "Ada"),
    NilaiJawaban.SEBAGIAN: QT_TRANSLATE_NOOP("messages_kesiapan", "Sebagian"),
    NilaiJawaban.TIDAK_ADA: QT_TRANSLATE_NOOP("messages_kesiapan", "Tidak ada"),
}


def _pct(value: object) -> str:
    return percent_text(float(value)) if isinstance(value, int | float) else "–"


def _rapat(p: dict[str, object]) -> str:
    if p["notulen"]:
        text = translate("messages_kesiapan", "{jumlah} dari minimal {minimum} rapat/kegiatan dengan "
                         "daftar hadir dan notulen tercatat tahun {tahun}")
    else:
        text = translate("messages_kesiapan", "{jumlah} dari minimal {minimum} rapat/kegiatan dengan "
                         "daftar hadir tercatat tahun {tahun}")
    return text.format(jumlah=p["jumlah"], minimum=p["minimum"], tahun=p["tahun"])


def _gerbang(p: dict[str, object]) -> str:
    if p["terbuka"]:
        text = translate("messages_kesiapan", "{jumlah} dari {desa} desa/kelurahan ODF ({persen}): "
                         "{terbuka} terbuka").format(jumlah=p["jumlah"], desa=p["desa"],
                                                     persen=_pct(p["persen"]), terbuka=p["terbuka"])
    else:
        text = translate("messages_kesiapan", "{jumlah} dari {desa} desa/kelurahan ODF ({persen}): "
                         "belum ada tingkat yang terbuka").format(
            jumlah=p["jumlah"], desa=p["desa"], persen=_pct(p["persen"]))
    if p["berikutnya"]:
        text += translate("messages_kesiapan", "; untuk {berikutnya} (≥{syarat}) perlu {kurang} desa "
                          "lagi").format(berikutnya=p["berikutnya"], syarat=_pct(p["syarat"]),
                                         kurang=p["kurang"])
    return translate("messages_kesiapan", "{teks} (siklus {siklus})").format(
        teks=text, siklus=p["siklus"])


def _data_desa(p: dict[str, object]) -> str:
    if not p["kurang"]:
        return translate("messages_kesiapan", "lengkap")
    fields = ", ".join(translate("messages", FIELD_LABELS[f]) if f in FIELD_LABELS else f
                       for f in str(p["kurang"]).split(", "))
    return translate("messages_kesiapan", "belum diisi: {kolom}").format(kolom=fields)


def _dijawab(p: dict[str, object]) -> str:
    nilai = translate("messages_kesiapan", JAWABAN_LABELS[NilaiJawaban(str(p["nilai"]))])
    oleh, pada = p.get("oleh"), p.get("pada")
    if oleh and pada:
        text = translate("messages_kesiapan", "dijawab “{nilai}” oleh {oleh} pada {pada}")
    elif oleh:
        text = translate("messages_kesiapan", "dijawab “{nilai}” oleh {oleh}")
    elif pada:
        text = translate("messages_kesiapan", "dijawab “{nilai}” pada {pada}")
    else:
        text = translate("messages_kesiapan", "dijawab “{nilai}”")
    return text.format(nilai=nilai, oleh=oleh, pada=pada)


def _status_odf(p: dict[str, object]) -> str:
    return translate("messages_kesiapan", "status ODF: {status}; syarat: {syarat}").format(
        status=translate("messages_sanitasi", STATUS_ODF_LABELS[StatusOdf(str(p["status"]))]),
        syarat=translate("messages_sanitasi", STATUS_ODF_LABELS[StatusOdf(str(p["target"]))]))


_ALASAN: dict[str, Callable[[dict[str, object]], str]] = {
    "sk_ada": lambda p: translate("messages_kesiapan", "SK tercatat"),
    "sk_tidak_lengkap": lambda p: translate(
        "messages_kesiapan", "SK belum lengkap: nomor atau tanggal masih kosong"),
    "sk_belum": lambda p: translate("messages_kesiapan", "SK Pokja belum tercatat"),
    "sekretariat_belum_diisi": lambda p: translate(
        "messages_kesiapan", "keberadaan sekretariat belum diisi di tab Pokja"),
    "sekretariat_ada": lambda p: translate("messages_kesiapan", "sekretariat ada"),
    "sekretariat_tidak_ada": lambda p: translate("messages_kesiapan", "belum ada sekretariat"),
    "tatanan": lambda p: translate("messages_kesiapan", "{jumlah} tatanan dipilih (minimal {minimum})")
    .format(jumlah=p["jumlah"], minimum=p["minimum"]),
    "status_odf": _status_odf,
    "desa_stbm": lambda p: translate("messages_sanitasi",
                                     STATUS_STBM_LABELS[StatusStbm(str(p["verdict"]))]),
    "rapat": _rapat,
    "tanpa_pengurus": lambda p: translate("messages_kesiapan", "anggota Pokja belum tercatat"),
    "orientasi": lambda p: translate(
        "messages_kesiapan", "{jumlah} dari {pengurus} anggota Pokja tercatat ikut "
        "orientasi/pelatihan (minimal {minimum})").format(
        jumlah=p["jumlah"], pengurus=p["pengurus"], minimum=p["minimum"]),
    "rtl_tidak_ada": lambda p: translate("messages_kesiapan", "belum ada RTL dari kegiatan desa"),
    "rtl": lambda p: translate("messages_kesiapan", "{jumlah} baris RTL, {terlambat} lewat waktu")
    .format(jumlah=p["jumlah"], terlambat=p["terlambat"]),
    "data_desa": _data_desa,
    "tanpa_desa": lambda p: translate(
        "messages_kesiapan", "belum ada desa/kelurahan terdaftar di wilayah ini"),
    "share_odf": lambda p: translate(
        "messages_kesiapan", "{jumlah} dari {desa} desa/kelurahan ODF ({persen}; syarat {minimum})")
    .format(jumlah=p["jumlah"], desa=p["desa"], persen=_pct(p["persen"]), minimum=_pct(p["minimum"])),
    "share_sk": lambda p: translate(
        "messages_kesiapan", "{jumlah} dari {desa} desa/kelurahan memiliki SK Pokja ({persen}; "
        "syarat {minimum})")
    .format(jumlah=p["jumlah"], desa=p["desa"], persen=_pct(p["persen"]), minimum=_pct(p["minimum"])),
    "gerbang_odf": _gerbang,
    "share_kecamatan": lambda p: translate(
        "messages_kesiapan", "{jumlah} dari {kecamatan} kecamatan menjawab Ada di daftar periksa "
        "kecamatannya ({persen}; syarat {minimum}; {dijawab} kecamatan sudah menjawab)")
    .format(jumlah=p["jumlah"], kecamatan=p["kecamatan"], persen=_pct(p["persen"]),
            minimum=_pct(p["minimum"]), dijawab=p["dijawab"]),
    "belum_dijawab": lambda p: translate("messages_kesiapan", "belum dijawab"),
    "dijawab": _dijawab,
}


def alasan_text(temuan: Temuan) -> str:
    """The reason in data terms, e.g. "3 dari minimal 4 rapat/kegiatan ... tercatat tahun 2025"."""
    text = _ALASAN.get(temuan.alasan)
    return text(dict(temuan.params)) if text else temuan.alasan
