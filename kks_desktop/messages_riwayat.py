"""Wording of the change history: what each saved action and each changed row was.

The titles the history itself stores (`judul_entri`, `judul_aksi`, written into the titles of
undo, restore and put-back actions by `riwayat_service`) stay Indonesian unless `tampil=True`
asks for the screen's language; every other text here is in the screen's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, indonesia, translate
from kks_desktop.domain.riwayat import Entri
from kks_desktop.messages import AREA_LABELS, FIELD_LABELS, _shown

# This module's own names of the tables (those of `messages.AREA_LABELS` come first there).
_TABEL_SENDIRI = {
    "desa": QT_TRANSLATE_NOOP("messages_riwayat", "desa"),
    "pokja_tatanan": QT_TRANSLATE_NOOP("messages_riwayat", "tatanan Pokja"),
    "odf_tim": QT_TRANSLATE_NOOP("messages_riwayat", "anggota tim verifikasi"),
    "kegiatan_materi": QT_TRANSLATE_NOOP("messages_riwayat", "materi kegiatan"),
    "kegiatan_narasumber": QT_TRANSLATE_NOOP("messages_riwayat", "narasumber"),
    "kegiatan_hadir": QT_TRANSLATE_NOOP("messages_riwayat", "kehadiran"),
    "kesiapan_jawaban": QT_TRANSLATE_NOOP("messages_riwayat", "jawaban kesiapan"),
    "kesiapan_berkas": QT_TRANSLATE_NOOP("messages_riwayat", "berkas bukti"),
    "sinkron_dasar": QT_TRANSLATE_NOOP("messages_riwayat", "catatan pertukaran"),
}
TABEL_LABELS = {**AREA_LABELS, **_TABEL_SENDIRI}
OPERASI_LABELS = {"tambah": QT_TRANSLATE_NOOP("messages_riwayat", "ditambahkan"),
                  "ubah": QT_TRANSLATE_NOOP("messages_riwayat", "diubah"),
                  "hapus": QT_TRANSLATE_NOOP("messages_riwayat", "dihapus")}
# The field that names a row of each table in a sentence.
_NAMA = {"desa": "nama", "pokja_anggota": "nama", "laporan_sanitasi": "periode",
         "odf_event": "jenis", "kegiatan": "judul", "kegiatan_peserta": "nama",
         "kegiatan_rtl": "kegiatan", "kesiapan_jawaban": "butir", "odf_tim": "nama",
         "kegiatan_narasumber": "nama", "kegiatan_materi": "judul", "pokja_tatanan": "nama",
         "kesiapan_berkas": "nama", "rumah_tangga": "nama_kepala"}
# This module's own column names (those of `messages.FIELD_LABELS` are used for the rest).
_KOLOM_SENDIRI = {
    "nama": QT_TRANSLATE_NOOP("messages_riwayat", "Nama"),
    "jenis": QT_TRANSLATE_NOOP("messages_riwayat", "Jenis"),
    "kecamatan": QT_TRANSLATE_NOOP("messages_riwayat", "Kecamatan"),
    "kabupaten": QT_TRANSLATE_NOOP("messages_riwayat", "Kabupaten"),
    "provinsi": QT_TRANSLATE_NOOP("messages_riwayat", "Provinsi"),
    "catatan": QT_TRANSLATE_NOOP("messages_riwayat", "Catatan"),
    "sk_penandatangan": QT_TRANSLATE_NOOP("messages_riwayat", "Penandatangan SK"),
    "sekretariat_ada": QT_TRANSLATE_NOOP("messages_riwayat", "Sekretariat"),
    "urutan": QT_TRANSLATE_NOOP("messages_riwayat", "Urutan"),
    "jabatan": QT_TRANSLATE_NOOP("messages_riwayat", "Jabatan"),
    "unsur": QT_TRANSLATE_NOOP("messages_riwayat", "Unsur"),
    "aktif_sejak": QT_TRANSLATE_NOOP("messages_riwayat", "Aktif sejak"),
    "sumber": QT_TRANSLATE_NOOP("messages_riwayat", "Sumber data"),
    "petugas": QT_TRANSLATE_NOOP("messages_riwayat", "Petugas"),
    "fasilitator": QT_TRANSLATE_NOOP("messages_riwayat", "Fasilitator"),
    "saksi": QT_TRANSLATE_NOOP("messages_riwayat", "Saksi"),
    "tanggal_mulai": QT_TRANSLATE_NOOP("messages_riwayat", "Tanggal mulai"),
    "tanggal_selesai": QT_TRANSLATE_NOOP("messages_riwayat", "Tanggal selesai"),
    "wilayah_kode": QT_TRANSLATE_NOOP("messages_riwayat", "Wilayah"),
    "tempat": QT_TRANSLATE_NOOP("messages_riwayat", "Tempat"),
    "penyelenggara": QT_TRANSLATE_NOOP("messages_riwayat", "Penyelenggara"),
    "notulen": QT_TRANSLATE_NOOP("messages_riwayat", "Notulen"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("messages_riwayat", "Jenis kelamin"),
    "instansi": QT_TRANSLATE_NOOP("messages_riwayat", "Instansi"),
    "kategori": QT_TRANSLATE_NOOP("messages_riwayat", "Kategori"),
    "desa_kode": QT_TRANSLATE_NOOP("messages_riwayat", "Kode desa"),
    "desa_nama": QT_TRANSLATE_NOOP("messages_riwayat", "Desa"),
    "nilai_pre": QT_TRANSLATE_NOOP("messages_riwayat", "Nilai pre-test"),
    "nilai_post": QT_TRANSLATE_NOOP("messages_riwayat", "Nilai post-test"),
    "hari": QT_TRANSLATE_NOOP("messages_riwayat", "Hari ke"),
    "kegiatan": QT_TRANSLATE_NOOP("messages_riwayat", "Kegiatan"),
    "tujuan": QT_TRANSLATE_NOOP("messages_riwayat", "Tujuan"),
    "sasaran": QT_TRANSLATE_NOOP("messages_riwayat", "Sasaran"),
    "waktu": QT_TRANSLATE_NOOP("messages_riwayat", "Waktu"),
    "penanggung_jawab": QT_TRANSLATE_NOOP("messages_riwayat", "Penanggung jawab"),
    "sumber_dana": QT_TRANSLATE_NOOP("messages_riwayat", "Sumber dana"),
    "indikator": QT_TRANSLATE_NOOP("messages_riwayat", "Indikator"),
    "status": QT_TRANSLATE_NOOP("messages_riwayat", "Status"),
    "siklus": QT_TRANSLATE_NOOP("messages_riwayat", "Siklus"),
    "butir": QT_TRANSLATE_NOOP("messages_riwayat", "Butir"),
    "nilai": QT_TRANSLATE_NOOP("messages_riwayat", "Nilai"),
    "nomor": QT_TRANSLATE_NOOP("messages_riwayat", "Nomor"),
    "oleh": QT_TRANSLATE_NOOP("messages_riwayat", "Oleh"),
    "ukuran": QT_TRANSLATE_NOOP("messages_riwayat", "Ukuran"),
    "isi": QT_TRANSLATE_NOOP("messages_riwayat", "Isi berkas"),
    "materi": QT_TRANSLATE_NOOP("messages_riwayat", "Materi"),
    "asal": QT_TRANSLATE_NOOP("messages_riwayat", "Asal"),
    "lama_jsp": QT_TRANSLATE_NOOP("messages_riwayat", "JSP (skala lama)"),
    "lama_jssp": QT_TRANSLATE_NOOP("messages_riwayat", "JSSP (skala lama)"),
    "lama_sharing": QT_TRANSLATE_NOOP("messages_riwayat", "Sharing (skala lama)"),
    "lama_od": QT_TRANSLATE_NOOP("messages_riwayat", "OD (skala lama)"),
    "desa_id": QT_TRANSLATE_NOOP("messages_riwayat", "Desa"),
    "pokja_id": QT_TRANSLATE_NOOP("messages_riwayat", "Pokja"),
    "kegiatan_id": QT_TRANSLATE_NOOP("messages_riwayat", "Kegiatan"),
    "event_id": QT_TRANSLATE_NOOP("messages_riwayat", "Catatan ODF"),
    "peserta_id": QT_TRANSLATE_NOOP("messages_riwayat", "Peserta"),
    "tatanan_id": QT_TRANSLATE_NOOP("messages_riwayat", "Tatanan"),
    "jawaban_id": QT_TRANSLATE_NOOP("messages_riwayat", "Jawaban"),
}
_KOLOM = {**FIELD_LABELS, **_KOLOM_SENDIRI}


@contextmanager
def _bahasa(tampil: bool) -> Iterator[None]:
    """The screen's language when `tampil`, else Indonesian (as the history stores titles)."""
    if tampil:
        yield
        return
    with indonesia():
        yield


def _label_tabel(tabel: str) -> str:
    """The name of a kind of row, translated with the context of the module that defines it."""
    if tabel in _TABEL_SENDIRI:
        return translate("messages_riwayat", _TABEL_SENDIRI[tabel])
    if tabel in AREA_LABELS:
        return translate("messages", AREA_LABELS[tabel])
    return tabel


def _label_operasi(operasi: str) -> str:
    return translate("messages_riwayat", OPERASI_LABELS[operasi])


def label_kolom(kolom: str) -> str:
    if kolom in _KOLOM_SENDIRI:
        return translate("messages_riwayat", _KOLOM_SENDIRI[kolom])
    if kolom in FIELD_LABELS:
        return translate("messages", FIELD_LABELS[kolom])
    return kolom.replace("_", " ").capitalize()


def nilai_text(value: Any) -> str:
    """A stored value as a person reads it: empty as "–", long text shortened."""
    if value is None or value == "":
        return "–"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def judul_entri(entri: Entri, *, tampil: bool = False) -> str:
    """`laporan sanitasi “2025-05”`, `anggota Pokja “Siti Aminah”`: Indonesian, as
    `riwayat_service` writes it into the titles of the actions it saves; `tampil=True` gives
    it in the screen's language, for showing."""
    with _bahasa(tampil):
        label = _label_tabel(entri.tabel)
    name = nama_entri(entri)
    return f"{label} “{name}”" if name else label


def _kepala(entri: Entri) -> str:
    """`laporan sanitasi “2025-05” diubah`, in the language `translate` gives now."""
    return translate("messages_riwayat", "{judul} {operasi}").format(
        judul=judul_entri(entri, tampil=True), operasi=_label_operasi(entri.operasi))


def kalimat_entri(entri: Entri) -> str:
    """`laporan sanitasi “2025-05” diubah: Akses aman 12 → 15; Catatan – → cek ulang`."""
    head = _kepala(entri)
    if entri.operasi != "ubah":
        return head
    changes = "; ".join(f"{label_kolom(k)} {nilai_text(a)} → {nilai_text(b)}"
                        for k, a, b in entri.kolom_berubah())
    return f"{head}: {changes}" if changes else head


def judul_aksi(entries: list[Entri], *, tampil: bool = False) -> str:
    """A title for an action saved without one: its one change, or counts per kind of row.
    Indonesian, as `riwayat_service` writes it into the title of an undo; `tampil=True`
    gives it in the screen's language."""
    with _bahasa(tampil):
        shown = [e for e in entries if e.tabel != "sinkron_dasar"]
        if not shown:
            return translate("messages_riwayat", "Perubahan data")
        if len(shown) == 1:
            text = _kepala(shown[0])
            return text[:1].upper() + text[1:]
        counts = Counter((e.tabel, e.operasi) for e in shown)
        parts = [translate("messages_riwayat", "{jumlah} {jenis} {operasi}").format(
                     jumlah=n, jenis=_label_tabel(t), operasi=_label_operasi(op))
                 for (t, op), n in counts.most_common(3)]
        more = len(counts) - 3
        text = ", ".join(parts)
        if more > 0:
            text = translate("messages_riwayat", "{daftar}, dan {jumlah} jenis lain").format(
                daftar=text, jumlah=more)
        return text


# What a deleted record took with it, counted in short words ("beserta 12 laporan, 1 Pokja");
# rows that are details of these (attendance, a team, tatanan) are not counted on their own.
_IKUT = {"laporan_sanitasi": QT_TRANSLATE_NOOP("messages_riwayat", "laporan"),
         "pokja": QT_TRANSLATE_NOOP("messages_riwayat", "Pokja"),
         "pokja_anggota": QT_TRANSLATE_NOOP("messages_riwayat", "anggota"),
         "odf_event": QT_TRANSLATE_NOOP("messages_riwayat", "catatan jalur ODF"),
         "kegiatan_peserta": QT_TRANSLATE_NOOP("messages_riwayat", "peserta"),
         "kegiatan_narasumber": QT_TRANSLATE_NOOP("messages_riwayat", "narasumber"),
         "kegiatan_materi": QT_TRANSLATE_NOOP("messages_riwayat", "materi"),
         "kegiatan_rtl": QT_TRANSLATE_NOOP("messages_riwayat", "baris RTL"),
         "kesiapan_berkas": QT_TRANSLATE_NOOP("messages_riwayat", "berkas bukti"),
         "rumah_tangga": QT_TRANSLATE_NOOP("messages_riwayat", "data KK")}
TANPA_PENGGUNA = "–"  # an action saved before a user name was set


def ikut_text(counts: Mapping[str, int]) -> str:
    """`12 laporan, 1 Pokja, 9 anggota`: what went with a deleted record; "" for nothing."""
    return ", ".join(
        translate("messages_riwayat", "{jumlah} {jenis}").format(
            jumlah=_shown(n), jenis=translate("messages_riwayat", label))
        for tabel, label in _IKUT.items() if (n := counts.get(tabel, 0)))


def beserta_text(counts: Mapping[str, int]) -> str:
    """`beserta 12 laporan, 1 Pokja, 9 anggota`; "" when nothing went with the record."""
    parts = ikut_text(counts)
    return translate("messages_riwayat", "beserta {daftar}").format(daftar=parts) if parts else ""


def nama_entri(entri: Entri) -> str:
    """The value that names the row (a desa's name, a report's period), or ""."""
    row = (entri.baru if entri.operasi != "hapus" else entri.lama) or {}
    name = row.get(_NAMA.get(entri.tabel, ""))
    return nilai_text(name) if name else ""


def jenis_entri(entri: Entri) -> str:
    """What kind of record the row is, capitalised: "Desa", "Laporan sanitasi"."""
    label = _label_tabel(entri.tabel)
    return label[:1].upper() + label[1:]


def dipulihkan_text(entri: Entri, counts: Mapping[str, int]) -> str:
    """`Dipulihkan: desa “Silurah” beserta 19 laporan, 1 Pokja, 7 anggota.`"""
    judul = judul_entri(entri, tampil=True)
    parts = ikut_text(counts)
    if parts:
        return translate("messages_riwayat", "Dipulihkan: {judul} beserta {daftar}.").format(
            judul=judul, daftar=parts)
    return translate("messages_riwayat", "Dipulihkan: {judul}.").format(judul=judul)
