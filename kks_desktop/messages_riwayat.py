"""Indonesian wording of the change history: what each saved action and each changed row was."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from kks_desktop.domain.riwayat import Entri
from kks_desktop.messages import AREA_LABELS, FIELD_LABELS, _shown

TABEL_LABELS = {
    **AREA_LABELS,
    "desa": "desa", "pokja_tatanan": "tatanan Pokja", "odf_tim": "anggota tim verifikasi",
    "kegiatan_materi": "materi kegiatan", "kegiatan_narasumber": "narasumber",
    "kegiatan_hadir": "kehadiran", "kesiapan_jawaban": "jawaban kesiapan",
    "kesiapan_berkas": "berkas bukti", "sinkron_dasar": "catatan pertukaran",
}
OPERASI_LABELS = {"tambah": "ditambahkan", "ubah": "diubah", "hapus": "dihapus"}
# The field that names a row of each table in a sentence.
_NAMA = {"desa": "nama", "pokja_anggota": "nama", "laporan_sanitasi": "periode",
         "odf_event": "jenis", "kegiatan": "judul", "kegiatan_peserta": "nama",
         "kegiatan_rtl": "kegiatan", "kesiapan_jawaban": "butir", "odf_tim": "nama",
         "kegiatan_narasumber": "nama", "kegiatan_materi": "judul", "pokja_tatanan": "nama",
         "kesiapan_berkas": "nama", "rumah_tangga": "nama_kepala"}
_KOLOM = {
    **FIELD_LABELS,
    "nama": "Nama", "jenis": "Jenis", "kecamatan": "Kecamatan", "kabupaten": "Kabupaten",
    "provinsi": "Provinsi", "catatan": "Catatan", "sk_penandatangan": "Penandatangan SK",
    "sekretariat_ada": "Sekretariat", "urutan": "Urutan", "jabatan": "Jabatan",
    "unsur": "Unsur", "aktif_sejak": "Aktif sejak", "sumber": "Sumber data",
    "petugas": "Petugas", "fasilitator": "Fasilitator", "saksi": "Saksi",
    "tanggal_mulai": "Tanggal mulai", "tanggal_selesai": "Tanggal selesai",
    "wilayah_kode": "Wilayah", "tempat": "Tempat", "penyelenggara": "Penyelenggara",
    "notulen": "Notulen", "jenis_kelamin": "Jenis kelamin", "instansi": "Instansi",
    "kategori": "Kategori", "desa_kode": "Kode desa", "desa_nama": "Desa",
    "nilai_pre": "Nilai pre-test", "nilai_post": "Nilai post-test", "hari": "Hari ke",
    "kegiatan": "Kegiatan", "tujuan": "Tujuan", "sasaran": "Sasaran", "waktu": "Waktu",
    "penanggung_jawab": "Penanggung jawab", "sumber_dana": "Sumber dana",
    "indikator": "Indikator", "status": "Status", "siklus": "Siklus", "butir": "Butir",
    "nilai": "Nilai", "nomor": "Nomor", "oleh": "Oleh", "ukuran": "Ukuran", "isi": "Isi berkas",
    "materi": "Materi", "asal": "Asal", "lama_jsp": "JSP (skala lama)",
    "lama_jssp": "JSSP (skala lama)", "lama_sharing": "Sharing (skala lama)",
    "lama_od": "OD (skala lama)", "desa_id": "Desa", "pokja_id": "Pokja",
    "kegiatan_id": "Kegiatan", "event_id": "Catatan ODF", "peserta_id": "Peserta",
    "tatanan_id": "Tatanan", "jawaban_id": "Jawaban",
}


def label_kolom(kolom: str) -> str:
    return _KOLOM.get(kolom, kolom.replace("_", " ").capitalize())


def nilai_text(value: Any) -> str:
    """A stored value as a person reads it: empty as "–", long text shortened."""
    if value is None or value == "":
        return "–"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def judul_entri(entri: Entri) -> str:
    """`laporan sanitasi “2025-05”`, `anggota Pokja “Siti Aminah”`."""
    label = TABEL_LABELS.get(entri.tabel, entri.tabel)
    name = nama_entri(entri)
    return f"{label} “{name}”" if name else label


def kalimat_entri(entri: Entri) -> str:
    """`laporan sanitasi “2025-05” diubah: Akses aman 12 → 15; Catatan – → cek ulang`."""
    head = f"{judul_entri(entri)} {OPERASI_LABELS[entri.operasi]}"
    if entri.operasi != "ubah":
        return head
    changes = "; ".join(f"{label_kolom(k)} {nilai_text(a)} → {nilai_text(b)}"
                        for k, a, b in entri.kolom_berubah())
    return f"{head}: {changes}" if changes else head


def judul_aksi(entries: list[Entri]) -> str:
    """A title for an action saved without one: its one change, or counts per kind of row."""
    shown = [e for e in entries if e.tabel != "sinkron_dasar"]
    if not shown:
        return "Perubahan data"
    if len(shown) == 1:
        text = kalimat_entri(shown[0]).split(":", 1)[0]
        return text[:1].upper() + text[1:]
    counts = Counter((e.tabel, e.operasi) for e in shown)
    parts = [f"{n} {TABEL_LABELS.get(t, t)} {OPERASI_LABELS[op]}"
             for (t, op), n in counts.most_common(3)]
    more = len(counts) - 3
    return ", ".join(parts) + (f", dan {more} jenis lain" if more > 0 else "")


# What a deleted record took with it, counted in short words ("beserta 12 laporan, 1 Pokja");
# rows that are details of these (attendance, a team, tatanan) are not counted on their own.
_IKUT = {"laporan_sanitasi": "laporan", "pokja": "Pokja", "pokja_anggota": "anggota",
         "odf_event": "catatan jalur ODF", "kegiatan_peserta": "peserta",
         "kegiatan_narasumber": "narasumber", "kegiatan_materi": "materi",
         "kegiatan_rtl": "baris RTL", "kesiapan_berkas": "berkas bukti",
         "rumah_tangga": "data KK"}
TANPA_PENGGUNA = "–"  # an action saved before a user name was set


def beserta_text(counts: Mapping[str, int]) -> str:
    """`beserta 12 laporan, 1 Pokja, 9 anggota`; "" when nothing went with the record."""
    parts = [f"{_shown(n)} {label}" for tabel, label in _IKUT.items()
             if (n := counts.get(tabel, 0))]
    return "beserta " + ", ".join(parts) if parts else ""


def nama_entri(entri: Entri) -> str:
    """The value that names the row (a desa's name, a report's period), or ""."""
    row = (entri.baru if entri.operasi != "hapus" else entri.lama) or {}
    name = row.get(_NAMA.get(entri.tabel, ""))
    return nilai_text(name) if name else ""


def jenis_entri(entri: Entri) -> str:
    """What kind of record the row is, capitalised: "Desa", "Laporan sanitasi"."""
    label = TABEL_LABELS.get(entri.tabel, entri.tabel)
    return label[:1].upper() + label[1:]


def dipulihkan_text(entri: Entri, counts: Mapping[str, int]) -> str:
    """`Dipulihkan: desa “Silurah” beserta 19 laporan, 1 Pokja, 7 anggota.`"""
    beserta = beserta_text(counts)
    return f"Dipulihkan: {judul_entri(entri)}{' ' + beserta if beserta else ''}."
