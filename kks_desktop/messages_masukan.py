"""Indonesian for what a form refuses (control characters, line breaks, overlong text, dates out of
range) and the labels of the fields those rules name; added to the shared tables on import."""

from __future__ import annotations

from kks_desktop.messages import FIELD_LABELS, PROBLEM_TEXTS

MASUKAN_TEXTS = {
    "control_char": "berisi karakter kendali atau karakter tak terlihat ({karakter}) pada huruf "
                    "ke-{posisi}; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi",
    "line_break": "harus satu baris; hapus pindah baris (Enter) di dalamnya",
    "too_long": "terlalu panjang ({panjang} karakter; paling banyak {maximum})",
    "date_out_of_range": "{nilai} tidak masuk akal; isi tanggal antara {awal} dan {akhir}",
}

# The fields the input rules name that had no label yet: desa and Pokja, sanitation and the
# ODF path, sessions, readiness answers.
MASUKAN_LABELS = {
    "catatan": "Catatan",
    "sk_penandatangan": "Penandatangan SK",
    "anggota.unsur": "Unsur/instansi anggota",
    "petugas": "Petugas",
    "fasilitator": "Fasilitator",
    "saksi": "Saksi",
    "tim.nama": "Nama anggota tim",
    "tim.instansi": "Instansi anggota tim",
    "mulai": "Tanggal mulai",
    "tempat": "Tempat",
    "penyelenggara": "Penyelenggara",
    "notulen": "Notulen",
    "materi": "Materi",
    "narasumber.instansi": "Instansi narasumber",
    "narasumber.materi": "Materi narasumber",
    "peserta.jabatan": "Jabatan peserta",
    "peserta.instansi": "Instansi peserta",
    "peserta.desa_nama": "Desa peserta",
    "rtl.tujuan": "Tujuan RTL",
    "rtl.sasaran": "Sasaran RTL",
    "rtl.tempat": "Tempat RTL",
    "rtl.sumber_dana": "Sumber dana RTL",
    "rtl.indikator": "Indikator RTL",
    "rtl.catatan": "Catatan RTL",
    "jawaban.nomor": "Nomor dokumen",
    "jawaban.tanggal": "Tanggal dokumen",
    "jawaban.catatan": "Catatan jawaban",
    "jawaban.oleh": "Dijawab oleh",
}

# The shared tables keep their own wording where they have one.
for _table, _extra in ((PROBLEM_TEXTS, MASUKAN_TEXTS), (FIELD_LABELS, MASUKAN_LABELS)):
    for _key, _text in _extra.items():
        _table.setdefault(_key, _text)
