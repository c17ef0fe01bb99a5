"""Indonesian sentences for every typed error and validation problem, in one place (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable

from kks_desktop.domain import errors as e
from kks_desktop.domain.fields import teks_tampil
from kks_desktop.domain.kode_wilayah import JenisDesa
from kks_desktop.domain.pokja import Jabatan
from kks_desktop.domain.problems import Problem

FIELD_LABELS = {
    "kode": "Kode wilayah",
    "jumlah_kk": "Jumlah KK",
    "jumlah_jiwa": "Jumlah jiwa",
    "jumlah_dusun": "Jumlah dusun",
    "jumlah_rw": "Jumlah RW",
    "jumlah_rt": "Jumlah RT",
    "telepon": "Telepon",
    "alamat_sekretariat": "Alamat sekretariat Pokja",
    "laporan_sanitasi": "Laporan sanitasi",
    "sk_nomor": "Nomor SK",
    "sk_tanggal": "Tanggal SK",
    "anggota": "Anggota Pokja",
    "anggota.nama": "Nama anggota",
    "anggota.aktif_sejak": "Aktif sejak",
    "anggota.telepon": "Telepon anggota",
    "tatanan": "Tatanan",
    "periode": "Periode",
    "total_kk": "Total KK",
    "aman": "Akses aman",
    "layak": "Akses layak",
    "sharing": "Layak bersama (sharing)",
    "belum_layak": "Belum layak",
    "babs_tertutup": "BABS tertutup",
    "babs_terbuka": "BABS terbuka",
    "akses": "KK dengan akses (tidak BABS)",
    "babs": "KK masih BABS",
    "ctps": "Pilar 2 CTPS",
    "pamm": "Pilar 3 PAMM-RT",
    "psrt": "Pilar 4 PS-RT",
    "plcrt": "Pilar 5 PLC-RT",
    "kk_tiga_pilar": "KK menerapkan ≥3 pilar (2–5)",
    "lama": "Jumlah skala lama (JSP/JSSP/sharing/OD)",
    "tanggal": "Tanggal",
    "hasil": "Hasil verifikasi",
    "tim": "Tim verifikasi",
    "nomor_ba": "Nomor Berita Acara",
    "judul": "Judul kegiatan",
    "jenis": "Jenis kegiatan",
    "selesai": "Tanggal selesai",
    "batas_lulus": "Batas lulus",
    "narasumber.nama": "Nama narasumber",
    "peserta": "Peserta",
    "peserta.nama": "Nama peserta",
    "peserta.jenis_kelamin": "Jenis kelamin peserta",
    "peserta.kategori": "Kategori peserta",
    "peserta.pre": "Nilai pre-test",
    "peserta.post": "Nilai post-test",
    "peserta.hadir": "Kehadiran peserta",
    "peserta.telepon": "Telepon peserta",
    "rtl.kegiatan": "Kegiatan RTL",
    "rtl.waktu": "Waktu RTL",
    "rtl.penanggung_jawab": "Penanggung jawab RTL",
    # Fields named by the input rules (form input at its extremes).
    "catatan": "Catatan",
    "sk_penandatangan": "Penandatangan SK",
    "anggota.unsur": "Unsur/instansi anggota",
    "petugas": "Petugas",
    "nama_kepala": "Nama kepala keluarga",
    "no_kk": "No. KK",
    "dusun": "Dusun",
    "rt": "RT",
    "rw": "RW",
    "alamat": "Alamat",
    "pembuangan": "Pembuangan tinja",
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

KODE_REASONS = {
    "empty": "kode wilayah belum diisi",
    "format": "bentuknya harus PP.KK.CC.DDDD, misalnya 33.25.01.2001",
    "not_digits": "hanya boleh berisi angka dan titik",
    "length": "harus 10 angka (atau 2, 4, 6 angka untuk provinsi, kabupaten, kecamatan)",
    "zero_segment": "tidak ada bagian kode yang bernilai 00",
    "village_kind": "angka pertama kode desa harus 1 (kelurahan), 2 (desa) atau 3 (desa adat)",
}

PROBLEM_TEXTS = {
    "negative": "tidak boleh negatif",
    "not_whole_number": "“{text}” bukan bilangan bulat (contoh: 1.234)",
    "too_large": "terlalu besar (paling banyak {maximum})",
    "kk_more_than_jiwa": "jumlah KK ({kk}) lebih besar dari jumlah jiwa ({jiwa}); periksa lagi",
    "jiwa_per_kk_high": "lebih dari {maximum} jiwa per KK ({jiwa} jiwa, {kk} KK); periksa lagi",
    "rt_fewer_than_rw": "jumlah RT lebih kecil dari jumlah RW; periksa lagi",
    "phone_format": "nomor telepon tampak tidak lengkap (8–15 angka)",
    "future_date": "tanggal tidak boleh di masa depan",
    "sk_without_date": "nomor SK sudah diisi, tanggal SK belum",
    "sk_without_number": "tanggal SK sudah diisi, nomor SK belum",
    "required": "wajib diisi",
    "no_kk_bentuk": "harus 16 angka (yang tertulis {panjang} karakter)",
    "no_kk_provinsi": "dua angka pertama ({kode}) bukan kode provinsi; periksa lagi",
    "no_kk_tanggal": "angka ke-7 sampai ke-12 ({tanggal}) bukan tanggal terbit KK (HHBBTT); "
                     "periksa lagi",
    "jiwa_nol": "satu KK paling sedikit 1 jiwa",
    "post_held_twice": "jabatan {jabatan} diisi lebih dari satu orang",
    "no_ketua": "belum ada ketua",
    "unknown_tatanan": "tatanan “{id}” tidak dikenal",
    "duplicate_tatanan": "ada tatanan yang dipilih dua kali",
    "future_period": "periode tidak boleh di masa depan",
    "ladder_sum_mismatch": "jumlah tangga akses ({jumlah}) tidak sama dengan total KK ({total})",
    "above_total_kk": "lebih besar dari total KK ({total})",
    "three_pillar_impossible": "tidak mungkin dengan jumlah KK per pilar yang diisi "
                               "(harus antara {low} dan {high})",
    "far_from_registered": "berbeda lebih dari {persen}% dari jumlah KK terdaftar ({terdaftar}); "
                           "periksa lagi",
    "jump_from_previous": "berubah dari {sebelumnya} ({periode}) menjadi {sekarang}, lebih dari "
                          "{persen}% total KK; periksa lagi",
    "babs_after_odf": "{babs} KK masih/kembali BABS padahal desa sudah dideklarasikan ODF "
                      "({tanggal})",
    "period_taken": "laporan {periode} sudah ada; ubah laporan itu",
    "member_without_name": "ada anggota tim tanpa nama",
    "team_small": "tim verifikasi kurang dari {minimum} orang",
    "passed_with_babs": "dinyatakan lulus, tetapi laporan terakhir masih mencatat {babs} KK BABS",
    "deklarasi_without_verifikasi": "deklarasi ODF harus didahului verifikasi yang lulus "
                                    "(pada tanggal yang sama atau sebelumnya)",
    "ba_missing": "nomor Berita Acara belum diisi",
    "unknown_choice": "pilihan “{value}” tidak dikenal",
    "end_before_start": "tanggal selesai tidak boleh sebelum tanggal mulai",
    "too_many_days": "kegiatan lebih dari {maximum} hari; periksa tanggal selesai",
    "score_range": "nilai harus antara 0 dan 100",
    "not_a_score": "“{text}” bukan nilai (contoh: 85 atau 72,5)",
    "same_person": "{nama} tampaknya tercatat lebih dari sekali (baris {rows}); gabungkan bila "
                   "orangnya sama",
    "day_outside_session": "hari kehadiran di luar lama kegiatan ({hari} hari)",
    "no_target_date": "waktu (tanggal target) belum diisi",
    "no_person_in_charge": "penanggung jawab belum diisi",
    "unknown_gender": "“{value}” tidak dikenali (isi L atau P); dikosongkan",
    "unknown_kategori": "kategori “{value}” tidak dikenal; dikosongkan",
    # The input rules: control characters, line breaks, length, dates out of range.
    "control_char": "berisi karakter kendali atau karakter tak terlihat ({karakter}) pada huruf "
                    "ke-{posisi}; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi",
    "line_break": "harus satu baris; hapus pindah baris (Enter) di dalamnya",
    "too_long": "terlalu panjang ({panjang} karakter; paling banyak {maximum})",
    "date_out_of_range": "{nilai} tidak masuk akal; isi tanggal antara {awal} dan {akhir}",
}

AREA_LABELS = {"pokja": "data Pokja", "pokja_anggota": "anggota Pokja",
               "laporan_sanitasi": "laporan sanitasi", "odf_event": "catatan jalur ODF",
               "kegiatan": "kegiatan", "kegiatan_peserta": "peserta kegiatan",
               "kegiatan_rtl": "baris RTL", "rumah_tangga": "data KK"}

JABATAN_LABELS = {
    Jabatan.PEMBINA: "Pembina",
    Jabatan.KETUA: "Ketua",
    Jabatan.WAKIL_KETUA: "Wakil Ketua",
    Jabatan.SEKRETARIS: "Sekretaris",
    Jabatan.BENDAHARA: "Bendahara",
    Jabatan.KOORDINATOR: "Koordinator Bidang",
    Jabatan.ANGGOTA: "Anggota",
}

JENIS_LABELS = {
    JenisDesa.DESA: "Desa",
    JenisDesa.KELURAHAN: "Kelurahan",
    JenisDesa.DESA_ADAT: "Desa Adat",
}


JENIS_ODF_LABELS = {"pemicuan": "Pemicuan", "verifikasi": "Verifikasi", "deklarasi": "Deklarasi"}


def unknown_kode(kode: str) -> str:
    """The sentence for a code missing from the official list, without suggestions."""
    return f"Kode {kode} tidak ada dalam daftar resmi Kemendagri."


def _nearest(exc: e.UnknownWilayah) -> str:
    text = unknown_kode(exc.kode)
    if exc.nearest:
        options = "; ".join(f"{kode} {nama}" for kode, nama in exc.nearest)
        text += f" Mungkin yang Anda maksud: {options}."
    return text


def dependents_text(counts: dict[str, int]) -> str:
    """"1 data Pokja, 7 anggota Pokja": what hangs on a desa."""
    return ", ".join(f"{n} {AREA_LABELS.get(k, k)}" for k, n in counts.items())


def _in_use(exc: e.DesaInUse) -> str:
    parts = dependents_text(exc.counts)
    return (f"Desa {exc.kode} masih memiliki {parts}. Hapus data itu dahulu, "
            "atau pilih hapus beserta semua datanya.")


def _read_only(exc: e.WorkspaceReadOnly) -> str:
    if exc.folder is not None:
        return (f"Folder {exc.folder} tidak dapat ditulisi (misalnya flashdisk yang dikunci "
                f"tulis atau CD), padahal KKS Desktop perlu menulis di samping berkas data "
                f"{exc.path.name} (kunci dan cadangan). Berkas tidak diubah. Buka salinannya "
                "di folder lain, atau pindahkan berkas ke folder yang dapat ditulisi.")
    return (f"Berkas data {exc.path} hanya-baca, sehingga perubahan tidak dapat disimpan ke "
            "dalamnya. Berkas tidak diubah. Buka salinannya di folder lain, atau hilangkan "
            "tanda “Hanya-baca” di Properti berkas lalu buka lagi.")


# The areas a backup is compared by (restore, `backups`), from the tables holding their records.
BACKUP_AREAS = {"Desa": ("desa",), "Anggota Pokja": ("pokja_anggota",),
                "Laporan sanitasi": ("laporan_sanitasi",), "Jalur ODF": ("odf_event",),
                "Kegiatan": ("kegiatan",), "Peserta": ("kegiatan_peserta",),
                "Jawaban kesiapan": ("kesiapan_jawaban",)}
BACKUP_KINDS = {"harian": "harian", "manual": "dibuat manual", "sebelum-pulih": "sebelum pemulihan",
                "sebelum-skema": "sebelum pembaruan versi", "": "salinan"}


def area_counts(counts: dict[str, int]) -> dict[str, int]:
    """Rows per table -> records per area of BACKUP_AREAS (0 where a table is missing)."""
    return {area: sum(counts.get(t, 0) for t in tables) for area, tables in BACKUP_AREAS.items()}


_WORKBOOK_REASONS = {
    "tidak_ada": "berkas tidak ditemukan.",
    "rusak": "berkas rusak atau tidak lengkap (mungkin salinan yang terputus). Minta kiriman ulang.",
    "terlalu_besar": "ukurannya {size}, melebihi batas {limit} untuk buku kerja.",
    "bom": "isinya mengembang menjadi {size} saat dibuka (batas {limit}); berkas ini tidak wajar.",
    "bukan_xlsx": "bukan buku kerja Excel (.xlsx). Simpan ulang dari Excel sebagai "
                  "“Buku Kerja Excel (*.xlsx)”.",
    "xls_lama": "berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx.",
    "berkas_sandi": "buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, "
                    "simpan, lalu impor lagi.",
    "baris_terlalu_banyak": "salah satu sheet berisi {rows} baris, melebihi batas {max_rows}.",
}


_ERROR_TEXTS: dict[type[Exception], Callable[..., str]] = {
    e.InvalidKode: lambda x: (
        f"Kode wilayah “{teks_tampil(x.text)}” tidak sah: {KODE_REASONS[x.reason]}."),
    e.UnknownWilayah: _nearest,
    e.NotADesaCode: lambda x: f"Kode {x.kode} bukan kode desa/kelurahan (harus 10 angka).",
    e.OutsideScope: lambda x: f"Desa {x.kode} berada di luar wilayah kerja ({x.scope}).",
    e.ValidationFailed: lambda x: "Data belum dapat disimpan:\n" + "\n".join(
        "• " + describe_problem(p) for p in x.problems if p.is_error),
    e.DesaNotFound: lambda x: f"Desa dengan kode {x.kode} tidak terdaftar di data ini.",
    e.DesaExists: lambda x: f"Desa {x.kode} ({x.nama}) sudah terdaftar.",
    e.DesaInUse: _in_use,
    e.RecordChanged: lambda x: f"Data {x.what} sudah berubah atau dihapus. Muat ulang lalu coba lagi.",
    e.NewerSchema: lambda x: (
        f"Berkas {x.path} dibuat oleh versi KKS Desktop yang lebih baru (skema {x.found}); "
        f"versi ini hanya mengenal skema {x.supported}. Berkas tidak diubah. "
        "Perbarui KKS Desktop untuk membukanya."),
    e.NotADatabase: lambda x: (
        f"Berkas {x.path} bukan berkas data KKS Desktop. Berkas tidak diubah."),
    e.DatabaseDamaged: lambda x: (
        f"Berkas {x.path} rusak: pemeriksaan keutuhan menemukan kerusakan, mungkin karena "
        "salinan yang terputus atau listrik padam saat menyimpan. Berkas tidak diubah. "
        f"Pulihkan dari cadangan terakhir. (Rincian teknis: {'; '.join(x.details[:3])}.)"),
    e.WorkspaceLocked: lambda x: (
        f"Data {x.path} sedang dibuka oleh KKS Desktop lain di komputer ini. "
        "Tutup program itu dahulu, lalu coba lagi."),
    e.WorkspaceNotFound: lambda x: f"Berkas data {x.path} tidak ditemukan.",
    e.WorkspaceEmpty: lambda x: (
        f"Berkas data {x.path} kosong (0 byte): tidak ada satu data pun di dalamnya. Bila Anda "
        "mengira data Anda ada di sini, berkas ini mungkin terpotong saat disalin atau saat "
        "listrik padam; pulihkan dari cadangan. Berkas tidak diubah."),
    e.WorkspaceReadOnly: _read_only,
    e.LaporanExists: lambda x: (
        f"Desa {x.kode} sudah memiliki laporan untuk periode {x.periode}. Ubah laporan itu."),
    e.KegiatanNotFound: lambda x: f"Tidak ada kegiatan dengan kode “{x.uuid}”.",
    e.RumahTanggaNotFound: lambda x: (
        "Data KK itu tidak ada lagi (sudah dihapus). Muat ulang daftarnya."),
    e.KegiatanAmbiguous: lambda x: (
        f"Kode “{x.text}” cocok dengan lebih dari satu kegiatan: "
        + "; ".join(f"{u[:8]} {j}" for u, j in x.matches) + ". Tulis kode lebih panjang."),
    e.ChecklistInvalid: lambda x: (
        f"Daftar periksa {x.file}" + (f", butir “{x.item}”" if x.item != "-" else "")
        + f": {x.reason}."),
    e.ChecklistNotFound: lambda x: (
        f"Daftar periksa “{x.checklist_id}” tidak ada. Yang tersedia: {', '.join(x.known)}."),
    e.ChecklistWrongLevel: lambda x: (
        f"Daftar periksa {x.checklist_id} untuk tingkat {x.tingkat}; kode {x.kode} bukan "
        f"kode {x.tingkat}."),
    e.ChecklistNeedsRegion: lambda x: (
        f"Daftar periksa {x.checklist_id} untuk satu {x.tingkat}: sebutkan {x.tingkat} mana "
        f"(--{x.tingkat} KODE)."),
    e.ChecklistItemNotManual: lambda x: (
        f"Butir “{x.item}” " + ("dinilai otomatis dari data, tidak dijawab manual"
                                if x.exists else f"tidak ada di daftar periksa {x.checklist_id}")
        + "."),
    e.EvidenceTooLarge: lambda x: (
        f"Berkas bukti {x.name} berukuran {size_text(x.size)}, melebihi batas "
        f"{size_text(x.limit)}. "
        "Perkecil dahulu (foto beresolusi lebih rendah atau PDF hasil pindai hitam-putih)."),
    e.WorkbookUnreadable: lambda x: f"Berkas {x.path.name} tidak dibaca: " + _WORKBOOK_REASONS[
        x.reason].format(size=size_text(x.size), limit=size_text(x.limit),
                         rows=_shown(x.size), max_rows=_shown(x.limit)) + " Data tidak diubah.",
    e.ImportBlocked: lambda x: (
        f"Buku kerja masih berisi {_shown(x.count)} kesalahan; tidak ada yang disimpan. Perbaiki "
        "dahulu, atau pilih “impor baris yang sah saja”."),
    e.Cancelled: lambda x: "Dibatalkan. Tidak ada yang setengah jadi; data tidak berubah.",
    e.RiwayatBentrok: lambda x: _RIWAYAT_REASONS[x.alasan] + " Tidak ada yang diubah.",
    e.ReferenceDataInvalid: lambda x: (
        f"Berkas acuan {x.file} rusak pada “{x.entry}” ({x.reason}). Pasang ulang KKS Desktop."),
}


_RIWAYAT_REASONS: dict[str, str] = {
    "sudah_berubah": "Data itu sudah diubah lagi sesudahnya; urungkan perubahan yang lebih baru "
                     "dahulu, atau kembalikan versinya lewat Riwayat.",
    "sudah_ada": "Data itu sudah ada lagi (dipulihkan atau diimpor kembali).",
    "tidak_ada": "Data itu sudah tidak ada; pulihkan dahulu lewat Data terhapus.",
    "bentrok_data": "Data itu bentrok dengan data yang dimasukkan sesudahnya (misalnya laporan "
                    "periode yang sama sudah ada).",
}


def describe(exc: Exception) -> str:
    """One Indonesian sentence (or a short list) for an expected error; a generic one otherwise."""
    for kind in type(exc).__mro__:
        text = _ERROR_TEXTS.get(kind)
        if text is not None:
            return text(exc)
    return f"Terjadi kesalahan yang tidak terduga: {exc}"


def problem_text(problem: Problem) -> str:
    """The finding without the field name, e.g. "tidak boleh negatif"."""
    template = PROBLEM_TEXTS.get(problem.code, problem.code)
    return template.format(**{k: _shown(v) for k, v in problem.params})


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
    label = FIELD_LABELS.get(problem.field, problem.field)
    row = problem.param("row")
    where = f"{label} baris {row}" if row is not None else label
    jenis, tanggal = problem.param("jenis"), problem.param("tanggal")
    if isinstance(jenis, str) and tanggal is not None:
        where = f"{JENIS_ODF_LABELS.get(jenis, jenis)} {tanggal}, {where[0].lower()}{where[1:]}"
    return f"{where}: {problem_text(problem)}"


def describe_os_error(exc: OSError) -> str:
    """A file the program could not read or write (read-only USB stick, missing folder, full disk)."""
    where = exc.filename or "berkas"
    return (f"Berkas atau folder {where} tidak dapat dibuka atau ditulis ({exc.strerror or exc}). "
            "Periksa apakah lokasinya ada, tidak terkunci tulis, dan masih ada ruang kosong.")
