"""The workspace schema as named migrations; never rename one, only add new ones at the end."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "kks"
MIGRATIONS = Migrations(MIGRATION_SET)

# Columns every record that travels between laptops carries.
_SHARED = """
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


@MIGRATIONS()
def m001_settings(db: Database) -> None:
    """Workspace-wide settings: scope, user name and the like, as key/value text."""
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT""")


@MIGRATIONS()
def m002_desa(db: Database) -> None:
    """The desa register, with the official names copied in so the file stands alone."""
    db.execute(f"""
        CREATE TABLE desa (
            id INTEGER PRIMARY KEY,
            kode TEXT NOT NULL UNIQUE CHECK (length(kode) = 13),
            nama TEXT NOT NULL CHECK (nama <> ''),
            jenis TEXT NOT NULL CHECK (jenis IN ('desa', 'kelurahan', 'desa_adat')),
            kecamatan TEXT NOT NULL,
            kabupaten TEXT NOT NULL,
            provinsi TEXT NOT NULL,
            jumlah_kk INTEGER CHECK (jumlah_kk >= 0),
            jumlah_jiwa INTEGER CHECK (jumlah_jiwa >= 0),
            jumlah_dusun INTEGER CHECK (jumlah_dusun >= 0),
            jumlah_rw INTEGER CHECK (jumlah_rw >= 0),
            jumlah_rt INTEGER CHECK (jumlah_rt >= 0),
            alamat_sekretariat TEXT NOT NULL DEFAULT '',
            telepon TEXT NOT NULL DEFAULT '',
            catatan TEXT NOT NULL DEFAULT '',
            is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),{_SHARED}
        ) STRICT""")


@MIGRATIONS()
def m003_pokja(db: Database) -> None:
    """The Pokja of each desa, its members and the tatanan it works on."""
    db.execute(f"""
        CREATE TABLE pokja (
            id INTEGER PRIMARY KEY,
            desa_id INTEGER NOT NULL UNIQUE REFERENCES desa(id) ON DELETE CASCADE,
            sk_nomor TEXT NOT NULL DEFAULT '',
            sk_tanggal TEXT CHECK (sk_tanggal IS NULL OR sk_tanggal GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            sk_penandatangan TEXT NOT NULL DEFAULT '',
            sekretariat_ada INTEGER CHECK (sekretariat_ada IN (0, 1)),{_SHARED}
        ) STRICT""")
    db.execute(f"""
        CREATE TABLE pokja_anggota (
            id INTEGER PRIMARY KEY,
            pokja_id INTEGER NOT NULL REFERENCES pokja(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            nama TEXT NOT NULL CHECK (nama <> ''),
            jabatan TEXT NOT NULL,
            unsur TEXT NOT NULL DEFAULT '',
            telepon TEXT NOT NULL DEFAULT '',
            aktif_sejak TEXT,{_SHARED}
        ) STRICT""")
    db.execute("CREATE INDEX pokja_anggota_by_pokja ON pokja_anggota (pokja_id, urutan)")
    db.execute("""
        CREATE TABLE pokja_tatanan (
            pokja_id INTEGER NOT NULL REFERENCES pokja(id) ON DELETE CASCADE,
            tatanan_id TEXT NOT NULL,
            nama TEXT NOT NULL,
            PRIMARY KEY (pokja_id, tatanan_id)
        ) STRICT""")


@MIGRATIONS()
def m004_sanitasi(db: Database) -> None:
    """Monthly STBM reports per desa: the access ladder, pillars 2–5, older-scale originals."""
    rungs = ("aman", "layak", "sharing", "belum_layak", "babs_tertutup", "babs_terbuka")
    ladder = "\n".join(f"            {r} INTEGER NOT NULL CHECK ({r} >= 0)," for r in rungs)
    pillars = "\n".join(f"            {p} INTEGER CHECK ({p} IS NULL OR {p} >= 0),"
                        for p in ("ctps", "pamm", "psrt", "plcrt", "kk_tiga_pilar"))
    old = "\n".join(f"            lama_{c} INTEGER CHECK (lama_{c} IS NULL OR lama_{c} >= 0),"
                    for c in ("jsp", "jssp", "sharing", "od"))
    db.execute(f"""
        CREATE TABLE laporan_sanitasi (
            id INTEGER PRIMARY KEY,
            desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE CASCADE,
            periode TEXT NOT NULL CHECK (periode GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            total_kk INTEGER NOT NULL CHECK (total_kk >= 0),
{ladder}
{pillars}
{old}
            sumber TEXT NOT NULL CHECK (sumber IN ('pendataan', 'monitoring', 'verifikasi')),
            petugas TEXT NOT NULL DEFAULT '',
            catatan TEXT NOT NULL DEFAULT '',{_SHARED},
            UNIQUE (desa_id, periode),
            CHECK ({" + ".join(rungs)} = total_kk)
        ) STRICT""")


@MIGRATIONS()
def m005_odf(db: Database) -> None:
    """The ODF path of each desa: pemicuan, verifikasi (with its team), deklarasi."""
    db.execute(f"""
        CREATE TABLE odf_event (
            id INTEGER PRIMARY KEY,
            desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE CASCADE,
            jenis TEXT NOT NULL CHECK (jenis IN ('pemicuan', 'verifikasi', 'deklarasi')),
            tanggal TEXT NOT NULL CHECK (tanggal GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            fasilitator TEXT NOT NULL DEFAULT '',
            hasil TEXT CHECK (hasil IS NULL OR hasil IN ('lulus', 'gagal')),
            nomor_ba TEXT NOT NULL DEFAULT '',
            saksi TEXT NOT NULL DEFAULT '',
            catatan TEXT NOT NULL DEFAULT '',{_SHARED}
        ) STRICT""")
    db.execute("CREATE INDEX odf_event_by_desa ON odf_event (desa_id, tanggal)")
    db.execute("""
        CREATE TABLE odf_tim (
            event_id INTEGER NOT NULL REFERENCES odf_event(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            nama TEXT NOT NULL CHECK (nama <> ''),
            instansi TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, urutan)
        ) STRICT""")


@MIGRATIONS()
def m006_kegiatan(db: Database) -> None:
    """Sessions with their topics, speakers, participants (attendance per day, scores) and RTL."""
    day = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    score = "IS NULL OR ({0} >= 0 AND {0} <= 100)"
    db.execute(f"""
        CREATE TABLE kegiatan (
            id INTEGER PRIMARY KEY,
            jenis TEXT NOT NULL CHECK (jenis <> ''),
            judul TEXT NOT NULL CHECK (judul <> ''),
            tanggal_mulai TEXT NOT NULL CHECK (tanggal_mulai {day}),
            tanggal_selesai TEXT NOT NULL CHECK (tanggal_selesai {day}
                AND tanggal_selesai >= tanggal_mulai),
            wilayah_kode TEXT NOT NULL CHECK (length(wilayah_kode) IN (2, 5, 8, 13)),
            tempat TEXT NOT NULL DEFAULT '',
            penyelenggara TEXT NOT NULL DEFAULT '',
            batas_lulus REAL NOT NULL CHECK (batas_lulus >= 0 AND batas_lulus <= 100),
            notulen TEXT NOT NULL DEFAULT '',
            catatan TEXT NOT NULL DEFAULT '',{_SHARED}
        ) STRICT""")
    db.execute("CREATE INDEX kegiatan_by_tanggal ON kegiatan (tanggal_mulai)")
    db.execute("CREATE INDEX kegiatan_by_wilayah ON kegiatan (wilayah_kode, tanggal_mulai)")
    db.execute("""
        CREATE TABLE kegiatan_materi (
            kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            judul TEXT NOT NULL CHECK (judul <> ''),
            PRIMARY KEY (kegiatan_id, urutan)
        ) STRICT""")
    db.execute("""
        CREATE TABLE kegiatan_narasumber (
            kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            nama TEXT NOT NULL CHECK (nama <> ''),
            instansi TEXT NOT NULL DEFAULT '',
            asal TEXT CHECK (asal IS NULL OR asal IN
                ('pusat', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'lainnya')),
            materi TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (kegiatan_id, urutan)
        ) STRICT""")
    db.execute(f"""
        CREATE TABLE kegiatan_peserta (
            id INTEGER PRIMARY KEY,
            kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            nama TEXT NOT NULL CHECK (nama <> ''),
            jenis_kelamin TEXT CHECK (jenis_kelamin IS NULL OR jenis_kelamin IN ('L', 'P')),
            jabatan TEXT NOT NULL DEFAULT '',
            instansi TEXT NOT NULL DEFAULT '',
            kategori TEXT NOT NULL DEFAULT '',
            desa_kode TEXT NOT NULL DEFAULT '',
            desa_nama TEXT NOT NULL DEFAULT '',
            telepon TEXT NOT NULL DEFAULT '',
            nilai_pre REAL CHECK (nilai_pre {score.format("nilai_pre")}),
            nilai_post REAL CHECK (nilai_post {score.format("nilai_post")}),{_SHARED}
        ) STRICT""")
    db.execute("CREATE INDEX kegiatan_peserta_by_kegiatan ON kegiatan_peserta (kegiatan_id, urutan)")
    db.execute("""
        CREATE TABLE kegiatan_hadir (
            peserta_id INTEGER NOT NULL REFERENCES kegiatan_peserta(id) ON DELETE CASCADE,
            hari INTEGER NOT NULL CHECK (hari >= 1),
            PRIMARY KEY (peserta_id, hari)
        ) STRICT, WITHOUT ROWID""")
    db.execute(f"""
        CREATE TABLE kegiatan_rtl (
            id INTEGER PRIMARY KEY,
            kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id) ON DELETE CASCADE,
            urutan INTEGER NOT NULL,
            kegiatan TEXT NOT NULL CHECK (kegiatan <> ''),
            tujuan TEXT NOT NULL DEFAULT '',
            sasaran TEXT NOT NULL DEFAULT '',
            waktu TEXT CHECK (waktu IS NULL OR waktu {day}),
            tempat TEXT NOT NULL DEFAULT '',
            penanggung_jawab TEXT NOT NULL DEFAULT '',
            sumber_dana TEXT NOT NULL DEFAULT '',
            indikator TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('belum', 'berjalan', 'selesai', 'batal')),
            catatan TEXT NOT NULL DEFAULT '',{_SHARED}
        ) STRICT""")
    db.execute("CREATE INDEX kegiatan_rtl_by_kegiatan ON kegiatan_rtl (kegiatan_id, urutan)")
    db.execute("CREATE INDEX kegiatan_rtl_open ON kegiatan_rtl (status, waktu)")


@MIGRATIONS()
def m007_kesiapan(db: Database) -> None:
    """Manual answers to readiness checklist items per cycle and region, with evidence files."""
    db.execute(f"""
        CREATE TABLE kesiapan_jawaban (
            id INTEGER PRIMARY KEY,
            siklus INTEGER NOT NULL CHECK (siklus BETWEEN 2000 AND 2100),
            wilayah_kode TEXT NOT NULL CHECK (length(wilayah_kode) IN (2, 5, 8, 13)),
            butir TEXT NOT NULL CHECK (butir <> ''),
            nilai TEXT NOT NULL CHECK (nilai IN ('ada', 'sebagian', 'tidak_ada')),
            nomor TEXT NOT NULL DEFAULT '',
            tanggal TEXT CHECK (tanggal IS NULL OR tanggal GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            catatan TEXT NOT NULL DEFAULT '',
            oleh TEXT NOT NULL DEFAULT '',{_SHARED},
            UNIQUE (siklus, wilayah_kode, butir)
        ) STRICT""")
    # Kept apart so listing answers never reads the files.
    db.execute("""
        CREATE TABLE kesiapan_berkas (
            jawaban_id INTEGER PRIMARY KEY REFERENCES kesiapan_jawaban(id) ON DELETE CASCADE,
            nama TEXT NOT NULL CHECK (nama <> ''),
            ukuran INTEGER NOT NULL CHECK (ukuran >= 0 AND ukuran <= 5242880),
            isi BLOB NOT NULL CHECK (length(isi) = ukuran)
        ) STRICT""")


@MIGRATIONS()
def m008_pertukaran(db: Database) -> None:
    """The exchange ledger: workbooks written and received, and each record's last exchanged values."""
    db.execute("""
        CREATE TABLE ekspor_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            waktu TEXT NOT NULL,
            jenis TEXT NOT NULL CHECK (jenis IN ('buku_desa', 'rekap', 'templat')),
            nama_berkas TEXT NOT NULL CHECK (nama_berkas <> ''),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            lingkup TEXT NOT NULL DEFAULT '',
            desa_kode TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(desa_kode)),
            baris TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(baris))
        ) STRICT""")
    db.execute("CREATE INDEX ekspor_log_by_waktu ON ekspor_log (waktu)")
    db.execute("""
        CREATE TABLE impor_log (
            id INTEGER PRIMARY KEY,
            waktu TEXT NOT NULL,
            nama_berkas TEXT NOT NULL CHECK (nama_berkas <> ''),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            ekspor_uuid TEXT NOT NULL DEFAULT '',
            desa_kode TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(desa_kode)),
            hasil TEXT NOT NULL CHECK (hasil IN ('diterima', 'diperbarui', 'sama', 'konflik')),
            jumlah TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(jumlah))
        ) STRICT""")
    db.execute("CREATE INDEX impor_log_by_waktu ON impor_log (waktu)")
    # One row per record last exchanged: `kunci` is its uuid (or a natural key for records
    # without one), `nilai` the JSON of the fields as they left or arrived.
    db.execute("""
        CREATE TABLE sinkron_dasar (
            kunci TEXT PRIMARY KEY,
            nilai TEXT NOT NULL CHECK (json_valid(nilai)),
            pada TEXT NOT NULL
        ) STRICT, WITHOUT ROWID""")



@MIGRATIONS()
def m009_riwayat(db: Database) -> None:
    """Change history: each write transaction is an `aksi` (when, who, what) and each row it
    created, changed or deleted is a `riwayat` entry with the old and new values (written by the
    triggers of store/riwayat_pemicu.py), so any change can be shown, reverted or undone."""
    db.execute("""
        CREATE TABLE aksi (
            id INTEGER PRIMARY KEY,
            waktu TEXT NOT NULL,
            pengguna TEXT NOT NULL DEFAULT '',
            judul TEXT NOT NULL DEFAULT '',
            membalik INTEGER REFERENCES aksi(id)
        ) STRICT""")
    db.execute("""
        CREATE TABLE riwayat (
            id INTEGER PRIMARY KEY,
            aksi_id INTEGER REFERENCES aksi(id) ON DELETE CASCADE,
            tabel TEXT NOT NULL,
            kunci TEXT NOT NULL CHECK (json_valid(kunci)),
            uuid TEXT,
            induk TEXT,
            operasi TEXT NOT NULL CHECK (operasi IN ('tambah', 'ubah', 'hapus')),
            lama TEXT CHECK (lama IS NULL OR json_valid(lama)),
            baru TEXT CHECK (baru IS NULL OR json_valid(baru))
        ) STRICT""")
    db.execute("CREATE INDEX riwayat_by_aksi ON riwayat (aksi_id)")
    db.execute("CREATE INDEX riwayat_by_uuid ON riwayat (uuid) WHERE uuid IS NOT NULL")
    db.execute("CREATE INDEX riwayat_by_induk ON riwayat (induk) WHERE induk IS NOT NULL")
    db.execute("CREATE INDEX riwayat_hapus ON riwayat (operasi, tabel)")


@MIGRATIONS()
def m010_rumah_tangga(db: Database) -> None:
    """The household (KK) register of each desa: who, where, the Ya/Tidak answers per pillar
    (1 Ya, 0 Tidak, NULL not answered), and the rung and pillars practised derived from them
    (written with every save by domain/rumah_tangga.py, so the report aggregates read them)."""
    questions = ("p1_bab_jamban", "p1_milik_sendiri", "p1_leher_angsa", "p2_sarana",
                 "p2_air_mengalir", "p2_sabun", "p2_mampu", "p2_waktu_kritis", "p3_sumber_layak",
                 "p3_olah_air", "p3_wadah_aman", "p3_pangan_aman", "p4_tidak_berserakan",
                 "p4_tempat_tertutup", "p4_olah_aman", "p4_pilah", "p5_tidak_tergenang",
                 "p5_saluran_tertutup", "p5_resapan")
    answers = "\n".join(f"            {k} INTEGER CHECK ({k} IN (0, 1))," for k in questions)
    # The allowed texts as `x = 'a' OR x = 'b' ...`: an IN list of more than two texts makes
    # SQLite build a lookup table for every row written (a quarter of a bulk load of 300k KK).
    def one_of(column: str, values: tuple[str, ...]) -> str:
        return " OR ".join(f"{column} = '{v}'" for v in values)
    outlets = one_of("pembuangan", ("septik_aman", "septik", "cubluk", "langsung"))
    rungs = one_of("tangga", ("aman", "layak", "sharing", "belum_layak", "babs_tertutup",
                              "babs_terbuka"))
    pillar_keys = ("ctps", "pamm", "psrt", "plcrt")
    pillars = "\n".join(f"            {p} INTEGER CHECK ({p} IN (0, 1))," for p in pillar_keys)
    db.execute(f"""
        CREATE TABLE rumah_tangga (
            id INTEGER PRIMARY KEY,
            desa_id INTEGER NOT NULL REFERENCES desa(id) ON DELETE CASCADE,
            no_kk TEXT NOT NULL DEFAULT '',
            nama_kepala TEXT NOT NULL CHECK (nama_kepala <> ''),
            dusun TEXT NOT NULL DEFAULT '',
            rt TEXT NOT NULL DEFAULT '',
            rw TEXT NOT NULL DEFAULT '',
            alamat TEXT NOT NULL DEFAULT '',
            jumlah_jiwa INTEGER CHECK (jumlah_jiwa > 0),
            tanggal TEXT CHECK (tanggal IS NULL OR tanggal GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            petugas TEXT NOT NULL DEFAULT '',
{answers}
            pembuangan TEXT CHECK ({outlets}),
            tangga TEXT CHECK ({rungs}),
{pillars}{_SHARED}
        ) STRICT""")
    # The report aggregate (GROUP BY desa) reads only this index; a plain desa index would be
    # slower than none (reference/perf-baselines.md §3).
    db.execute(f"CREATE INDEX rumah_tangga_hitung ON rumah_tangga (desa_id, tangga, "
               f"{', '.join(pillar_keys)})")
    # The listing's order; with the No. KK in it, a search (name contains, No. KK starts with)
    # reads this narrow index alone instead of every row (about 3x faster over 300k KK).
    db.execute("CREATE INDEX rumah_tangga_urut ON rumah_tangga (desa_id, rw, rt, nama_kepala, "
               "no_kk)")
    db.execute("CREATE INDEX rumah_tangga_no_kk ON rumah_tangga (no_kk) WHERE no_kk <> ''")


@MIGRATIONS()
def m011_ekspor_data_kk(db: Database) -> None:
    """The exchange ledger also records exports of the household register ("data_kk"): a file
    with names and No. KK leaving the laptop is listed with the other workbooks. SQLite cannot
    change a CHECK, so the table is made anew with its rows."""
    db.execute("""
        CREATE TABLE ekspor_log_baru (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            waktu TEXT NOT NULL,
            jenis TEXT NOT NULL CHECK (jenis IN ('buku_desa', 'rekap', 'templat', 'data_kk')),
            nama_berkas TEXT NOT NULL CHECK (nama_berkas <> ''),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            lingkup TEXT NOT NULL DEFAULT '',
            desa_kode TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(desa_kode)),
            baris TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(baris))
        ) STRICT""")
    db.execute("INSERT INTO ekspor_log_baru SELECT id, uuid, waktu, jenis, nama_berkas, sha256, "
               "lingkup, desa_kode, baris FROM ekspor_log")
    db.execute("DROP TABLE ekspor_log")
    db.execute("ALTER TABLE ekspor_log_baru RENAME TO ekspor_log")
    db.execute("CREATE INDEX ekspor_log_by_waktu ON ekspor_log (waktu)")


# Every migration is pending on an empty database: that lists them without private API.
KNOWN_MIGRATIONS = tuple(m.name for m in MIGRATIONS.pending(Database(memory=True)))
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
# The tables a workspace holds, in the order `check` reports them.
TABLES = ("settings", "desa", "pokja", "pokja_anggota", "pokja_tatanan", "laporan_sanitasi",
          "odf_event", "odf_tim", "kegiatan", "kegiatan_materi", "kegiatan_narasumber",
          "kegiatan_peserta", "kegiatan_hadir", "kegiatan_rtl", "kesiapan_jawaban",
          "kesiapan_berkas", "ekspor_log", "impor_log", "sinkron_dasar", "aksi", "riwayat",
          "rumah_tangga")
