"""The sentences for every typed error and validation problem, in one place (GUI and CLI).

Written in Indonesian and translated at call time (`translate("messages", ...)`); the label
tables are marked with `QT_TRANSLATE_NOOP` and stay Indonesian at run time (services write them
into workbooks), so a GUI shows them as `translate("messages", TABLE[key])`.
"""

from __future__ import annotations

from collections.abc import Callable

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain import errors as e
from kks_desktop.domain.fields import teks_tampil
from kks_desktop.domain.kode_wilayah import JenisDesa
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.domain.problems import Problem

FIELD_LABELS = {
    "kode": QT_TRANSLATE_NOOP("messages", "Kode wilayah"),
    "jumlah_kk": QT_TRANSLATE_NOOP("messages", "Jumlah KK"),
    "jumlah_jiwa": QT_TRANSLATE_NOOP("messages", "Jumlah jiwa"),
    "jumlah_dusun": QT_TRANSLATE_NOOP("messages", "Jumlah dusun"),
    "jumlah_rw": QT_TRANSLATE_NOOP("messages", "Jumlah RW"),
    "jumlah_rt": QT_TRANSLATE_NOOP("messages", "Jumlah RT"),
    "telepon": QT_TRANSLATE_NOOP("messages", "Telepon"),
    "alamat_sekretariat": QT_TRANSLATE_NOOP("messages", "Alamat sekretariat Pokja"),
    "laporan_sanitasi": QT_TRANSLATE_NOOP("messages", "Laporan sanitasi"),
    "sk_nomor": QT_TRANSLATE_NOOP("messages", "Nomor SK"),
    "sk_tanggal": QT_TRANSLATE_NOOP("messages", "Tanggal SK"),
    "anggota": QT_TRANSLATE_NOOP("messages", "Anggota Pokja"),
    "anggota.nama": QT_TRANSLATE_NOOP("messages", "Nama anggota"),
    "anggota.aktif_sejak": QT_TRANSLATE_NOOP("messages", "Aktif sejak"),
    "anggota.telepon": QT_TRANSLATE_NOOP("messages", "Telepon anggota"),
    "tatanan": QT_TRANSLATE_NOOP("messages", "Tatanan"),
    "periode": QT_TRANSLATE_NOOP("messages", "Periode"),
    "total_kk": QT_TRANSLATE_NOOP("messages", "Total KK"),
    "aman": QT_TRANSLATE_NOOP("messages", "Akses aman"),
    "layak": QT_TRANSLATE_NOOP("messages", "Akses layak"),
    "sharing": QT_TRANSLATE_NOOP("messages", "Layak bersama (sharing)"),
    "belum_layak": QT_TRANSLATE_NOOP("messages", "Belum layak"),
    "babs_tertutup": QT_TRANSLATE_NOOP("messages", "BABS tertutup"),
    "babs_terbuka": QT_TRANSLATE_NOOP("messages", "BABS terbuka"),
    "akses": QT_TRANSLATE_NOOP("messages", "KK dengan akses (tidak BABS)"),
    "babs": QT_TRANSLATE_NOOP("messages", "KK masih BABS"),
    "ctps": QT_TRANSLATE_NOOP("messages", "Pilar 2 CTPS"),
    "pamm": QT_TRANSLATE_NOOP("messages", "Pilar 3 PAMM-RT"),
    "psrt": QT_TRANSLATE_NOOP("messages", "Pilar 4 PS-RT"),
    "plcrt": QT_TRANSLATE_NOOP("messages", "Pilar 5 PLC-RT"),
    "kk_tiga_pilar": QT_TRANSLATE_NOOP("messages", "KK menerapkan ≥3 pilar (2–5)"),
    "lama": QT_TRANSLATE_NOOP("messages", "Jumlah skala lama (JSP/JSSP/sharing/OD)"),
    "tanggal": QT_TRANSLATE_NOOP("messages", "Tanggal"),
    "hasil": QT_TRANSLATE_NOOP("messages", "Hasil verifikasi"),
    "tim": QT_TRANSLATE_NOOP("messages", "Tim verifikasi"),
    "nomor_ba": QT_TRANSLATE_NOOP("messages", "Nomor Berita Acara"),
    "judul": QT_TRANSLATE_NOOP("messages", "Judul kegiatan"),
    "jenis": QT_TRANSLATE_NOOP("messages", "Jenis kegiatan"),
    "selesai": QT_TRANSLATE_NOOP("messages", "Tanggal selesai"),
    "batas_lulus": QT_TRANSLATE_NOOP("messages", "Batas lulus"),
    "narasumber.nama": QT_TRANSLATE_NOOP("messages", "Nama narasumber"),
    "peserta": QT_TRANSLATE_NOOP("messages", "Peserta"),
    "peserta.nama": QT_TRANSLATE_NOOP("messages", "Nama peserta"),
    "peserta.jenis_kelamin": QT_TRANSLATE_NOOP("messages", "Jenis kelamin peserta"),
    "peserta.kategori": QT_TRANSLATE_NOOP("messages", "Kategori peserta"),
    "peserta.pre": QT_TRANSLATE_NOOP("messages", "Nilai pre-test"),
    "peserta.post": QT_TRANSLATE_NOOP("messages", "Nilai post-test"),
    "peserta.hadir": QT_TRANSLATE_NOOP("messages", "Kehadiran peserta"),
    "peserta.telepon": QT_TRANSLATE_NOOP("messages", "Telepon peserta"),
    "rtl.kegiatan": QT_TRANSLATE_NOOP("messages", "Kegiatan RTL"),
    "rtl.waktu": QT_TRANSLATE_NOOP("messages", "Waktu RTL"),
    "rtl.penanggung_jawab": QT_TRANSLATE_NOOP("messages", "Penanggung jawab RTL"),
    # Fields named by the input rules (form input at its extremes).
    "catatan": QT_TRANSLATE_NOOP("messages", "Catatan"),
    "sk_penandatangan": QT_TRANSLATE_NOOP("messages", "Penandatangan SK"),
    "anggota.unsur": QT_TRANSLATE_NOOP("messages", "Unsur/instansi anggota"),
    "petugas": QT_TRANSLATE_NOOP("messages", "Petugas"),
    "nama_kepala": QT_TRANSLATE_NOOP("messages", "Nama kepala keluarga"),
    "no_kk": QT_TRANSLATE_NOOP("messages", "No. KK"),
    "dusun": QT_TRANSLATE_NOOP("messages", "Dusun"),
    "rt": QT_TRANSLATE_NOOP("messages", "RT"),
    "rw": QT_TRANSLATE_NOOP("messages", "RW"),
    "alamat": QT_TRANSLATE_NOOP("messages", "Alamat"),
    "pembuangan": QT_TRANSLATE_NOOP("messages", "Pembuangan tinja"),
    "fasilitator": QT_TRANSLATE_NOOP("messages", "Fasilitator"),
    "saksi": QT_TRANSLATE_NOOP("messages", "Saksi"),
    "tim.nama": QT_TRANSLATE_NOOP("messages", "Nama anggota tim"),
    "tim.instansi": QT_TRANSLATE_NOOP("messages", "Instansi anggota tim"),
    "mulai": QT_TRANSLATE_NOOP("messages", "Tanggal mulai"),
    "tempat": QT_TRANSLATE_NOOP("messages", "Tempat"),
    "penyelenggara": QT_TRANSLATE_NOOP("messages", "Penyelenggara"),
    "notulen": QT_TRANSLATE_NOOP("messages", "Notulen"),
    "materi": QT_TRANSLATE_NOOP("messages", "Materi"),
    "narasumber.instansi": QT_TRANSLATE_NOOP("messages", "Instansi narasumber"),
    "narasumber.materi": QT_TRANSLATE_NOOP("messages", "Materi narasumber"),
    "peserta.jabatan": QT_TRANSLATE_NOOP("messages", "Jabatan peserta"),
    "peserta.instansi": QT_TRANSLATE_NOOP("messages", "Instansi peserta"),
    "peserta.desa_nama": QT_TRANSLATE_NOOP("messages", "Desa peserta"),
    "rtl.tujuan": QT_TRANSLATE_NOOP("messages", "Tujuan RTL"),
    "rtl.sasaran": QT_TRANSLATE_NOOP("messages", "Sasaran RTL"),
    "rtl.tempat": QT_TRANSLATE_NOOP("messages", "Tempat RTL"),
    "rtl.sumber_dana": QT_TRANSLATE_NOOP("messages", "Sumber dana RTL"),
    "rtl.indikator": QT_TRANSLATE_NOOP("messages", "Indikator RTL"),
    "rtl.catatan": QT_TRANSLATE_NOOP("messages", "Catatan RTL"),
    "jawaban.nomor": QT_TRANSLATE_NOOP("messages", "Nomor dokumen"),
    "jawaban.tanggal": QT_TRANSLATE_NOOP("messages", "Tanggal dokumen"),
    "jawaban.catatan": QT_TRANSLATE_NOOP("messages", "Catatan jawaban"),
    "jawaban.oleh": QT_TRANSLATE_NOOP("messages", "Dijawab oleh"),
}

KODE_REASONS = {
    "empty": QT_TRANSLATE_NOOP("messages", "kode wilayah belum diisi"),
    "format": QT_TRANSLATE_NOOP("messages", "bentuknya harus PP.KK.CC.DDDD, misalnya 33.25.01.2001"),
    "not_digits": QT_TRANSLATE_NOOP("messages", "hanya boleh berisi angka dan titik"),
    "length": QT_TRANSLATE_NOOP(
        "messages", "harus 10 angka (atau 2, 4, 6 angka untuk provinsi, kabupaten, kecamatan)"),
    "zero_segment": QT_TRANSLATE_NOOP("messages", "tidak ada bagian kode yang bernilai 00"),
    "village_kind": QT_TRANSLATE_NOOP(
        "messages", "angka pertama kode desa harus 1 (kelurahan), 2 (desa) atau 3 (desa adat)"),
}

PROBLEM_TEXTS = {
    "negative": QT_TRANSLATE_NOOP("messages", "tidak boleh negatif"),
    "not_whole_number": QT_TRANSLATE_NOOP("messages", "“{text}” bukan bilangan bulat (contoh: 1.234)"),
    "too_large": QT_TRANSLATE_NOOP("messages", "terlalu besar (paling banyak {maximum})"),
    "kk_more_than_jiwa": QT_TRANSLATE_NOOP(
        "messages", "jumlah KK ({kk}) lebih besar dari jumlah jiwa ({jiwa}); periksa lagi"),
    "jiwa_per_kk_high": QT_TRANSLATE_NOOP(
        "messages", "lebih dari {maximum} jiwa per KK ({jiwa} jiwa, {kk} KK); periksa lagi"),
    "rt_fewer_than_rw": QT_TRANSLATE_NOOP("messages", "jumlah RT lebih kecil dari jumlah RW; periksa lagi"),
    "phone_format": QT_TRANSLATE_NOOP("messages", "nomor telepon tampak tidak lengkap (8–15 angka)"),
    "future_date": QT_TRANSLATE_NOOP("messages", "tanggal tidak boleh di masa depan"),
    "sk_without_date": QT_TRANSLATE_NOOP("messages", "nomor SK sudah diisi, tanggal SK belum"),
    "sk_without_number": QT_TRANSLATE_NOOP("messages", "tanggal SK sudah diisi, nomor SK belum"),
    "required": QT_TRANSLATE_NOOP("messages", "wajib diisi"),
    "no_kk_bentuk": QT_TRANSLATE_NOOP("messages", "harus 16 angka (yang tertulis {panjang} karakter)"),
    "no_kk_provinsi": QT_TRANSLATE_NOOP(
        "messages", "dua angka pertama ({kode}) bukan kode provinsi; periksa lagi"),
    "no_kk_tanggal": QT_TRANSLATE_NOOP(
        "messages", "angka ke-7 sampai ke-12 ({tanggal}) bukan tanggal terbit KK (HHBBTT); "
                    "periksa lagi"),
    "jiwa_nol": QT_TRANSLATE_NOOP("messages", "satu KK paling sedikit 1 jiwa"),
    "post_held_twice": QT_TRANSLATE_NOOP("messages", "jabatan {jabatan} diisi lebih dari satu orang"),
    "no_ketua": QT_TRANSLATE_NOOP("messages", "belum ada ketua"),
    "unknown_tatanan": QT_TRANSLATE_NOOP("messages", "tatanan “{id}” tidak dikenal"),
    "duplicate_tatanan": QT_TRANSLATE_NOOP("messages", "ada tatanan yang dipilih dua kali"),
    "future_period": QT_TRANSLATE_NOOP("messages", "periode tidak boleh di masa depan"),
    "ladder_sum_mismatch": QT_TRANSLATE_NOOP(
        "messages", "jumlah tangga akses ({jumlah}) tidak sama dengan total KK ({total})"),
    "above_total_kk": QT_TRANSLATE_NOOP("messages", "lebih besar dari total KK ({total})"),
    "three_pillar_impossible": QT_TRANSLATE_NOOP(
        "messages", "tidak mungkin dengan jumlah KK per pilar yang diisi "
                    "(harus antara {low} dan {high})"),
    "far_from_registered": QT_TRANSLATE_NOOP(
        "messages", "berbeda lebih dari {persen}% dari jumlah KK terdaftar ({terdaftar}); "
                    "periksa lagi"),
    "jump_from_previous": QT_TRANSLATE_NOOP(
        "messages", "berubah dari {sebelumnya} ({periode}) menjadi {sekarang}, lebih dari "
                    "{persen}% total KK; periksa lagi"),
    "babs_after_odf": QT_TRANSLATE_NOOP(
        "messages", "{babs} KK masih/kembali BABS padahal desa sudah dideklarasikan ODF "
                    "({tanggal})"),
    "period_taken": QT_TRANSLATE_NOOP("messages", "laporan {periode} sudah ada; ubah laporan itu"),
    "member_without_name": QT_TRANSLATE_NOOP("messages", "ada anggota tim tanpa nama"),
    "team_small": QT_TRANSLATE_NOOP("messages", "tim verifikasi kurang dari {minimum} orang"),
    "passed_with_babs": QT_TRANSLATE_NOOP(
        "messages", "dinyatakan lulus, tetapi laporan terakhir masih mencatat {babs} KK BABS"),
    "deklarasi_without_verifikasi": QT_TRANSLATE_NOOP(
        "messages", "deklarasi ODF harus didahului verifikasi yang lulus "
                    "(pada tanggal yang sama atau sebelumnya)"),
    "ba_missing": QT_TRANSLATE_NOOP("messages", "nomor Berita Acara belum diisi"),
    "unknown_choice": QT_TRANSLATE_NOOP("messages", "pilihan “{value}” tidak dikenal"),
    "end_before_start": QT_TRANSLATE_NOOP("messages", "tanggal selesai tidak boleh sebelum tanggal mulai"),
    "too_many_days": QT_TRANSLATE_NOOP(
        "messages", "kegiatan lebih dari {maximum} hari; periksa tanggal selesai"),
    "score_range": QT_TRANSLATE_NOOP("messages", "nilai harus antara 0 dan 100"),
    "not_a_score": QT_TRANSLATE_NOOP("messages", "“{text}” bukan nilai (contoh: 85 atau 72,5)"),
    "same_person": QT_TRANSLATE_NOOP(
        "messages", "{nama} tampaknya tercatat lebih dari sekali (baris {rows}); gabungkan bila "
                    "orangnya sama"),
    "day_outside_session": QT_TRANSLATE_NOOP(
        "messages", "hari kehadiran di luar lama kegiatan ({hari} hari)"),
    "no_target_date": QT_TRANSLATE_NOOP("messages", "waktu (tanggal target) belum diisi"),
    "no_person_in_charge": QT_TRANSLATE_NOOP("messages", "penanggung jawab belum diisi"),
    "unknown_gender": QT_TRANSLATE_NOOP(
        "messages", "“{value}” tidak dikenali (isi L atau P); dikosongkan"),
    "unknown_kategori": QT_TRANSLATE_NOOP("messages", "kategori “{value}” tidak dikenal; dikosongkan"),
    # The input rules: control characters, line breaks, length, dates out of range.
    "control_char": QT_TRANSLATE_NOOP(
        "messages", "berisi karakter kendali atau karakter tak terlihat ({karakter}) pada huruf "
                    "ke-{posisi}; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi"),
    "line_break": QT_TRANSLATE_NOOP("messages", "harus satu baris; hapus pindah baris (Enter) di dalamnya"),
    "too_long": QT_TRANSLATE_NOOP(
        "messages", "terlalu panjang ({panjang} karakter; paling banyak {maximum})"),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{nilai} tidak masuk akal; isi tanggal antara {awal} dan {akhir}"),
}

AREA_LABELS = {
    "pokja": QT_TRANSLATE_NOOP("messages", "data Pokja"),
    "pokja_anggota": QT_TRANSLATE_NOOP("messages", "anggota Pokja"),
    "laporan_sanitasi": QT_TRANSLATE_NOOP("messages", "laporan sanitasi"),
    "odf_event": QT_TRANSLATE_NOOP("messages", "catatan jalur ODF"),
    "kegiatan": QT_TRANSLATE_NOOP("messages", "kegiatan"),
    "kegiatan_peserta": QT_TRANSLATE_NOOP("messages", "peserta kegiatan"),
    "kegiatan_rtl": QT_TRANSLATE_NOOP("messages", "baris RTL"),
    "rumah_tangga": QT_TRANSLATE_NOOP("messages", "data KK"),
}

JABATAN_LABELS = {
    Jabatan.PEMBINA: QT_TRANSLATE_NOOP("messages", "Pembina"),
    Jabatan.KETUA: QT_TRANSLATE_NOOP("messages", "Ketua"),
    Jabatan.WAKIL_KETUA: QT_TRANSLATE_NOOP("messages", "Wakil Ketua"),
    Jabatan.SEKRETARIS: QT_TRANSLATE_NOOP("messages", "Sekretaris"),
    Jabatan.BENDAHARA: QT_TRANSLATE_NOOP("messages", "Bendahara"),
    Jabatan.KOORDINATOR: QT_TRANSLATE_NOOP("messages", "Koordinator Bidang"),
    Jabatan.ANGGOTA: QT_TRANSLATE_NOOP("messages", "Anggota"),
}

JENIS_LABELS = {
    JenisDesa.DESA: QT_TRANSLATE_NOOP("messages", "Desa"),
    JenisDesa.KELURAHAN: QT_TRANSLATE_NOOP("messages", "Kelurahan"),
    JenisDesa.DESA_ADAT: QT_TRANSLATE_NOOP("messages", "Desa Adat"),
}


JENIS_ODF_LABELS = {"pemicuan": QT_TRANSLATE_NOOP("messages", "Pemicuan"),
                    "verifikasi": QT_TRANSLATE_NOOP("messages", "Verifikasi"),
                    "deklarasi": QT_TRANSLATE_NOOP("messages", "Deklarasi")}


def unknown_kode(kode: str) -> str:
    """The sentence for a code missing from the official list, without suggestions."""
    return translate("messages", "Kode {kode} tidak ada dalam daftar resmi Kemendagri.").format(kode=kode)


def _nearest(exc: e.UnknownWilayah) -> str:
    text = unknown_kode(exc.kode)
    if exc.nearest:
        options = "; ".join(f"{kode} {nama}" for kode, nama in exc.nearest)
        text += " " + translate("messages", "Mungkin yang Anda maksud: {pilihan}.").format(pilihan=options)
    return text


# AREA_LABELS with a count, whole, so that a language with plurals can say "7 Pokja members".
_AREA_COUNTS = {
    "pokja": QT_TRANSLATE_NOOP("messages", "{jumlah} data Pokja"),
    "pokja_anggota": QT_TRANSLATE_NOOP("messages", "{jumlah} anggota Pokja"),
    "laporan_sanitasi": QT_TRANSLATE_NOOP("messages", "{jumlah} laporan sanitasi"),
    "odf_event": QT_TRANSLATE_NOOP("messages", "{jumlah} catatan jalur ODF"),
    "kegiatan": QT_TRANSLATE_NOOP("messages", "{jumlah} kegiatan"),
    "kegiatan_peserta": QT_TRANSLATE_NOOP("messages", "{jumlah} peserta kegiatan"),
    "kegiatan_rtl": QT_TRANSLATE_NOOP("messages", "{jumlah} baris RTL"),
    "rumah_tangga": QT_TRANSLATE_NOOP("messages", "{jumlah} data KK"),
}


def dependents_text(counts: dict[str, int]) -> str:
    """"1 data Pokja, 7 anggota Pokja": what hangs on a desa."""
    return ", ".join(translate("messages", _AREA_COUNTS[k]).format(jumlah=n) if k in _AREA_COUNTS
                     else f"{n} {k}" for k, n in counts.items())


def _in_use(exc: e.DesaInUse) -> str:
    return translate("messages", "Desa {kode} masih memiliki {data}. Hapus data itu dahulu, "
                                 "atau pilih hapus beserta semua datanya.").format(
        kode=exc.kode, data=dependents_text(exc.counts))


def _read_only(exc: e.WorkspaceReadOnly) -> str:
    if exc.folder is not None:
        return translate(
            "messages", "Folder {folder} tidak dapat ditulisi (misalnya flashdisk yang dikunci "
                        "tulis atau CD), padahal KKS Desktop perlu menulis di samping berkas data "
                        "{berkas} (kunci dan cadangan). Berkas tidak diubah. Buka salinannya "
                        "di folder lain, atau pindahkan berkas ke folder yang dapat ditulisi.").format(
            folder=exc.folder, berkas=exc.path.name)
    return translate(
        "messages", "Berkas data {berkas} hanya-baca, sehingga perubahan tidak dapat disimpan ke "
                    "dalamnya. Berkas tidak diubah. Buka salinannya di folder lain, atau hilangkan "
                    "tanda “Hanya-baca” di Properti berkas lalu buka lagi.").format(berkas=exc.path)


# The areas a backup is compared by (restore, `backups`), from the tables holding their records.
# The keys are the labels shown (Indonesian, as the CLI prints them); the GUI shows
# translate("messages", area).
BACKUP_AREAS = {QT_TRANSLATE_NOOP("messages", "Desa"): ("desa",),
                QT_TRANSLATE_NOOP("messages", "Anggota Pokja"): ("pokja_anggota",),
                QT_TRANSLATE_NOOP("messages", "Laporan sanitasi"): ("laporan_sanitasi",),
                QT_TRANSLATE_NOOP("messages", "Jalur ODF"): ("odf_event",),
                QT_TRANSLATE_NOOP("messages", "Kegiatan"): ("kegiatan",),
                QT_TRANSLATE_NOOP("messages", "Peserta"): ("kegiatan_peserta",),
                QT_TRANSLATE_NOOP("messages", "Jawaban kesiapan"): ("kesiapan_jawaban",)}
BACKUP_KINDS = {"harian": QT_TRANSLATE_NOOP("messages", "harian"),
                "manual": QT_TRANSLATE_NOOP("messages", "dibuat manual"),
                "sebelum-pulih": QT_TRANSLATE_NOOP("messages", "sebelum pemulihan"),
                "sebelum-skema": QT_TRANSLATE_NOOP("messages", "sebelum pembaruan versi"),
                "": QT_TRANSLATE_NOOP("messages", "salinan")}


def area_counts(counts: dict[str, int]) -> dict[str, int]:
    """Rows per table -> records per area of BACKUP_AREAS (0 where a table is missing)."""
    return {area: sum(counts.get(t, 0) for t in tables) for area, tables in BACKUP_AREAS.items()}


_WORKBOOK_REASONS = {
    "tidak_ada": QT_TRANSLATE_NOOP("messages", "berkas tidak ditemukan."),
    "rusak": QT_TRANSLATE_NOOP(
        "messages", "berkas rusak atau tidak lengkap (mungkin salinan yang terputus). Minta kiriman ulang."),
    "terlalu_besar": QT_TRANSLATE_NOOP(
        "messages", "ukurannya {size}, melebihi batas {limit} untuk buku kerja."),
    "bom": QT_TRANSLATE_NOOP(
        "messages", "isinya mengembang menjadi {size} saat dibuka (batas {limit}); berkas ini tidak wajar."),
    "bukan_xlsx": QT_TRANSLATE_NOOP(
        "messages", "bukan buku kerja Excel (.xlsx). Simpan ulang dari Excel sebagai "
                    "“Buku Kerja Excel (*.xlsx)”."),
    "xls_lama": QT_TRANSLATE_NOOP(
        "messages", "berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx."),
    "berkas_sandi": QT_TRANSLATE_NOOP(
        "messages", "buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, "
                    "simpan, lalu impor lagi."),
    "baris_terlalu_banyak": QT_TRANSLATE_NOOP(
        "messages", "salah satu sheet berisi {rows} baris, melebihi batas {max_rows}."),
}


def _invalid_kode(x: e.InvalidKode) -> str:
    return translate("messages", "Kode wilayah “{teks}” tidak sah: {alasan}.").format(
        teks=teks_tampil(x.text), alasan=translate("messages", KODE_REASONS[x.reason]))


def _validation_failed(x: e.ValidationFailed) -> str:
    return translate("messages", "Data belum dapat disimpan:") + "\n" + "\n".join(
        "• " + describe_problem(p) for p in x.problems if p.is_error)


def _database_damaged(x: e.DatabaseDamaged) -> str:
    return translate(
        "messages", "Berkas {berkas} rusak: pemeriksaan keutuhan menemukan kerusakan, mungkin karena "
                    "salinan yang terputus atau listrik padam saat menyimpan. Berkas tidak diubah. "
                    "Pulihkan dari cadangan terakhir. (Rincian teknis: {rincian}.)").format(
        berkas=x.path, rincian="; ".join(x.details[:3]))


def _kegiatan_ambiguous(x: e.KegiatanAmbiguous) -> str:
    return translate("messages", "Kode “{teks}” cocok dengan lebih dari satu kegiatan: {pilihan}. "
                                 "Tulis kode lebih panjang.").format(
        teks=x.text, pilihan="; ".join(f"{u[:8]} {j}" for u, j in x.matches))


def _checklist_invalid(x: e.ChecklistInvalid) -> str:
    if x.item != "-":
        return translate("messages", "Daftar periksa {berkas}, butir “{butir}”: {alasan}.").format(
            berkas=x.file, butir=x.item, alasan=x.reason)
    return translate("messages", "Daftar periksa {berkas}: {alasan}.").format(
        berkas=x.file, alasan=x.reason)


def _checklist_item_not_manual(x: e.ChecklistItemNotManual) -> str:
    if x.exists:
        return translate("messages", "Butir “{butir}” dinilai otomatis dari data, tidak dijawab "
                                     "manual.").format(butir=x.item)
    return translate("messages", "Butir “{butir}” tidak ada di daftar periksa {daftar}.").format(
        butir=x.item, daftar=x.checklist_id)


def _workbook_unreadable(x: e.WorkbookUnreadable) -> str:
    alasan = translate("messages", _WORKBOOK_REASONS[x.reason]).format(
        size=size_text(x.size), limit=size_text(x.limit), rows=_shown(x.size), max_rows=_shown(x.limit))
    return translate("messages", "Berkas {berkas} tidak dibaca: {alasan} Data tidak diubah.").format(
        berkas=x.path.name, alasan=alasan)


def _riwayat_bentrok(x: e.RiwayatBentrok) -> str:
    return translate("messages", "{alasan} Tidak ada yang diubah.").format(
        alasan=translate("messages", _RIWAYAT_REASONS[x.alasan]))


_ERROR_TEXTS: dict[type[Exception], Callable[..., str]] = {
    e.InvalidKode: _invalid_kode,
    e.UnknownWilayah: _nearest,
    e.NotADesaCode: lambda x: translate(
        "messages", "Kode {kode} bukan kode desa/kelurahan (harus 10 angka).").format(kode=x.kode),
    e.OutsideScope: lambda x: translate(
        "messages", "Desa {kode} berada di luar wilayah kerja ({wilayah}).").format(
        kode=x.kode, wilayah=x.scope),
    e.ValidationFailed: _validation_failed,
    e.DesaNotFound: lambda x: translate(
        "messages", "Desa dengan kode {kode} tidak terdaftar di data ini.").format(kode=x.kode),
    e.DesaExists: lambda x: translate("messages", "Desa {kode} ({nama}) sudah terdaftar.").format(
        kode=x.kode, nama=x.nama),
    e.DesaInUse: _in_use,
    e.RecordChanged: lambda x: translate(
        "messages", "Data {data} sudah berubah atau dihapus. Muat ulang lalu coba lagi.").format(
        data=x.what),
    e.NewerSchema: lambda x: translate(
        "messages", "Berkas {berkas} dibuat oleh versi KKS Desktop yang lebih baru (skema {skema}); "
                    "versi ini hanya mengenal skema {dikenal}. Berkas tidak diubah. "
                    "Perbarui KKS Desktop untuk membukanya.").format(
        berkas=x.path, skema=x.found, dikenal=x.supported),
    e.NotADatabase: lambda x: translate(
        "messages", "Berkas {berkas} bukan berkas data KKS Desktop. Berkas tidak diubah.").format(
        berkas=x.path),
    e.DatabaseDamaged: _database_damaged,
    e.WorkspaceLocked: lambda x: translate(
        "messages", "Data {berkas} sedang dibuka oleh KKS Desktop lain di komputer ini. "
                    "Tutup program itu dahulu, lalu coba lagi.").format(berkas=x.path),
    e.WorkspaceNotFound: lambda x: translate(
        "messages", "Berkas data {berkas} tidak ditemukan.").format(berkas=x.path),
    e.WorkspaceEmpty: lambda x: translate(
        "messages", "Berkas data {berkas} kosong (0 byte): tidak ada satu data pun di dalamnya. Bila "
                    "Anda mengira data Anda ada di sini, berkas ini mungkin terpotong saat disalin atau "
                    "saat listrik padam; pulihkan dari cadangan. Berkas tidak diubah.").format(
        berkas=x.path),
    e.WorkspaceReadOnly: _read_only,
    e.LaporanExists: lambda x: translate(
        "messages", "Desa {kode} sudah memiliki laporan untuk periode {periode}. "
                    "Ubah laporan itu.").format(kode=x.kode, periode=x.periode),
    e.KegiatanNotFound: lambda x: translate(
        "messages", "Tidak ada kegiatan dengan kode “{kode}”.").format(kode=x.uuid),
    e.RumahTanggaNotFound: lambda x: translate(
        "messages", "Data KK itu tidak ada lagi (sudah dihapus). Muat ulang daftarnya."),
    e.KegiatanAmbiguous: _kegiatan_ambiguous,
    e.ChecklistInvalid: _checklist_invalid,
    e.ChecklistNotFound: lambda x: translate(
        "messages", "Daftar periksa “{daftar}” tidak ada. Yang tersedia: {tersedia}.").format(
        daftar=x.checklist_id, tersedia=", ".join(x.known)),
    e.ChecklistWrongLevel: lambda x: translate(
        "messages", "Daftar periksa {daftar} untuk tingkat {tingkat}; kode {kode} bukan "
                    "kode {tingkat}.").format(daftar=x.checklist_id, tingkat=x.tingkat, kode=x.kode),
    e.ChecklistNeedsRegion: lambda x: translate(
        "messages", "Daftar periksa {daftar} untuk satu {tingkat}: sebutkan {tingkat} mana "
                    "(--{tingkat} KODE).").format(daftar=x.checklist_id, tingkat=x.tingkat),
    e.ChecklistItemNotManual: _checklist_item_not_manual,
    e.EvidenceTooLarge: lambda x: translate(
        "messages", "Berkas bukti {nama} berukuran {ukuran}, melebihi batas {batas}. "
                    "Perkecil dahulu (foto beresolusi lebih rendah atau PDF hasil pindai "
                    "hitam-putih).").format(nama=x.name, ukuran=size_text(x.size), batas=size_text(x.limit)),
    e.WorkbookUnreadable: _workbook_unreadable,
    e.ImportBlocked: lambda x: translate(
        "messages", "Buku kerja masih berisi {jumlah} kesalahan; tidak ada yang disimpan. Perbaiki "
                    "dahulu, atau pilih “impor baris yang sah saja”.").format(jumlah=_shown(x.count)),
    e.Cancelled: lambda x: translate(
        "messages", "Dibatalkan. Tidak ada yang setengah jadi; data tidak berubah."),
    e.RiwayatBentrok: _riwayat_bentrok,
    e.ReferenceDataInvalid: lambda x: translate(
        "messages", "Berkas acuan {berkas} rusak pada “{entri}” ({alasan}). "
                    "Pasang ulang KKS Desktop.").format(berkas=x.file, entri=x.entry, alasan=x.reason),
}


_RIWAYAT_REASONS: dict[str, str] = {
    "sudah_berubah": QT_TRANSLATE_NOOP(
        "messages", "Data itu sudah diubah lagi sesudahnya; urungkan perubahan yang lebih baru "
                    "dahulu, atau kembalikan versinya lewat Riwayat."),
    "sudah_ada": QT_TRANSLATE_NOOP("messages", "Data itu sudah ada lagi (dipulihkan atau diimpor kembali)."),
    "tidak_ada": QT_TRANSLATE_NOOP(
        "messages", "Data itu sudah tidak ada; pulihkan dahulu lewat Data terhapus."),
    "bentrok_data": QT_TRANSLATE_NOOP(
        "messages", "Data itu bentrok dengan data yang dimasukkan sesudahnya (misalnya laporan "
                    "periode yang sama sudah ada)."),
}


def describe(exc: Exception) -> str:
    """One sentence (or a short list) for an expected error; a generic one otherwise."""
    for kind in type(exc).__mro__:
        text = _ERROR_TEXTS.get(kind)
        if text is not None:
            return text(exc)
    return translate("messages", "Terjadi kesalahan yang tidak terduga: {kesalahan}").format(kesalahan=exc)


def problem_text(problem: Problem) -> str:
    """The finding without the field name, e.g. "tidak boleh negatif"."""
    template = PROBLEM_TEXTS.get(problem.code)
    text = translate("messages", template) if template is not None else problem.code
    return text.format(**{k: _shown(v) for k, v in problem.params})


def _shown(value: object) -> object:
    """Whole numbers the Indonesian way: 100000 -> "100.000"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")
    return value


def size_text(size: int) -> str:
    """A file size for people: "850 KB", "4,2 MB", "2,8 GB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if round(size / 1024 / 1024, 1) < 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{size / 1024 ** 3:.1f} GB".replace(".", ",")


def percent_text(value: float | None, decimals: int = 1, missing: str = "–") -> str:
    """`81,5%`, `80%` (whole numbers without decimals), `missing` for no value; never `100%`
    below 100, so a desa with one KK still BABS never reads as complete (GUI and CLI alike)."""
    if value is None:
        return missing
    if abs(value - round(value)) < 1e-9:
        return f"{round(value)}%"
    step = 10.0 ** -decimals
    shown = min(round(value, decimals), 100 - step) if value < 100 else value
    return f"{shown:.{decimals}f}%".replace(".", ",")


def describe_problem(problem: Problem) -> str:
    """"Jumlah KK: tidak boleh negatif" (with the row for a member: "Nama anggota baris 3: ...")."""
    field_label = FIELD_LABELS.get(problem.field)
    label = translate("messages", field_label) if field_label is not None else problem.field
    row = problem.param("row")
    where = (translate("messages", "{kolom} baris {baris}").format(kolom=label, baris=row)
             if row is not None else label)
    jenis, tanggal = problem.param("jenis"), problem.param("tanggal")
    if isinstance(jenis, str) and tanggal is not None:
        jenis_label = JENIS_ODF_LABELS.get(jenis)
        shown = translate("messages", jenis_label) if jenis_label is not None else jenis
        where = f"{shown} {tanggal}, {where[0].lower()}{where[1:]}"
    return f"{where}: {problem_text(problem)}"


def describe_os_error(exc: OSError) -> str:
    """A file the program could not read or write (read-only USB stick, missing folder, full disk)."""
    where = exc.filename or translate("messages", "berkas")
    return translate(
        "messages", "Berkas atau folder {lokasi} tidak dapat dibuka atau ditulis ({sebab}). "
                    "Periksa apakah lokasinya ada, tidak terkunci tulis, dan masih ada ruang kosong.").format(
        lokasi=where, sebab=exc.strerror or exc)
