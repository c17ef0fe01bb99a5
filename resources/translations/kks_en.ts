<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>acuan</name>
    <message>
        <source>Kesiapan Kecamatan (Forum Komunikasi Kecamatan Sehat)</source>
        <translation>Sub-district readiness (Forum Komunikasi Kecamatan Sehat)</translation>
    </message>
    <message>
        <source>Kelembagaan</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Sanitasi (STBM)</source>
        <translation>Sanitation (STBM)</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>SK Forum</source>
        <translation>Forum decree</translation>
    </message>
    <message>
        <source>SK Camat tentang Forum Komunikasi Kecamatan Sehat</source>
        <translation>Camat&apos;s decree (SK) on the Forum Komunikasi Kecamatan Sehat</translation>
    </message>
    <message>
        <source>Nomor dan tanggal SK Camat; unggah atau catat nomornya sebagai bukti.</source>
        <translation>Number and date of the Camat&apos;s decree; upload it or note its number as evidence.</translation>
    </message>
    <message>
        <source>SK Pokja desa</source>
        <translation>Village Pokja decrees</translation>
    </message>
    <message>
        <source>Semua desa/kelurahan memiliki SK Pokja</source>
        <translation>Every village has a Pokja decree (SK)</translation>
    </message>
    <message>
        <source>Bagian desa di kecamatan yang nomor SK Pokja-nya sudah tercatat.</source>
        <translation>Share of villages in the sub-district whose Pokja decree number is recorded.</translation>
    </message>
    <message>
        <source>Desa ODF</source>
        <translation>ODF villages</translation>
    </message>
    <message>
        <source>Desa/kelurahan ODF (minimal 90%)</source>
        <translation>ODF villages (at least 90%)</translation>
    </message>
    <message>
        <source>Bagian desa yang sudah dideklarasikan ODF, dari jalur ODF tiap desa.</source>
        <translation>Share of villages declared ODF, from each village&apos;s ODF path.</translation>
    </message>
    <message>
        <source>Kegiatan forum</source>
        <translation>Forum activities</translation>
    </message>
    <message>
        <source>Kegiatan forum kecamatan dengan daftar hadir (minimal 2 kali setahun)</source>
        <translation>Sub-district forum activities with an attendance list (at least twice a year)</translation>
    </message>
    <message>
        <source>Rapat, sosialisasi atau orientasi tingkat kecamatan pada tahun siklus, dengan peserta hadir.</source>
        <translation>Sub-district meetings, outreach or orientations in the cycle year, with participants present.</translation>
    </message>
    <message>
        <source>Prasyarat dan Kelembagaan KKS Kabupaten, siklus 2025</source>
        <translation>KKS prerequisites and institutions of the district, 2025 cycle</translation>
    </message>
    <message>
        <source>Prasyarat ODF</source>
        <translation>ODF prerequisite</translation>
    </message>
    <message>
        <source>Pelaporan</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Gerbang ODF</source>
        <translation>ODF gate</translation>
    </message>
    <message>
        <source>Desa/kelurahan ODF: Padapa ≥80%, Wiwerda ≥90%, Wistara 100%</source>
        <translation>ODF villages: Padapa ≥80%, Wiwerda ≥90%, Wistara 100%</translation>
    </message>
    <message>
        <source>Bagian desa/kelurahan ODF dibandingkan syarat tiap tingkat penghargaan siklus 2025.</source>
        <translation>Share of ODF villages against the requirement of each award level in the 2025 cycle.</translation>
    </message>
    <message>
        <source>SK Tim Pembina</source>
        <translation>Tim Pembina decree</translation>
    </message>
    <message>
        <source>SK Bupati/Wali Kota tentang Tim Pembina KKS</source>
        <translation>Bupati/Wali Kota decree (SK) on the Tim Pembina KKS</translation>
    </message>
    <message>
        <source>Nomor dan tanggal SK yang masih berlaku.</source>
        <translation>Number and date of a decree still in force.</translation>
    </message>
    <message>
        <source>SK Forum Kabupaten/Kota Sehat</source>
        <translation>Decree of the Forum Kabupaten/Kota Sehat</translation>
    </message>
    <message>
        <source>Forum kecamatan</source>
        <translation>Sub-district forums</translation>
    </message>
    <message>
        <source>Forum Kecamatan Sehat ber-SK Camat di semua kecamatan yang ikut</source>
        <translation>Forum Kecamatan Sehat with a Camat&apos;s decree in every taking-part sub-district</translation>
    </message>
    <message>
        <source>Kecamatan yang menjawab Ada pada butir SK Camat di daftar periksa Kesiapan Kecamatan (dengan nomor dan tanggal SK).</source>
        <translation>Sub-districts that answered Yes for the Camat&apos;s decree item of the sub-district readiness checklist (with the decree&apos;s number and date).</translation>
    </message>
    <message>
        <source>Pokja ber-SK</source>
        <translation>Pokja with decree</translation>
    </message>
    <message>
        <source>Pokja Desa/Kelurahan Sehat ber-SK di semua desa</source>
        <translation>A Pokja Desa/Kelurahan Sehat with a decree (SK) in every village</translation>
    </message>
    <message>
        <source>Bagian desa yang nomor SK Pokja-nya sudah tercatat.</source>
        <translation>Share of villages whose Pokja decree number is recorded.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Self-assessment tahun sebelumnya sudah dilaporkan</source>
        <translation>Last year&apos;s self-assessment reported</translation>
    </message>
    <message>
        <source>Bukti pengiriman self-assessment KKS tahun lalu (nomor surat atau tanggal unggah).</source>
        <translation>Evidence that last year&apos;s KKS self-assessment was sent (letter number or upload date).</translation>
    </message>
    <message>
        <source>Kesiapan Pokja Desa Sehat</source>
        <translation>Pokja Desa Sehat readiness</translation>
    </message>
    <message>
        <source>Tatanan</source>
        <translation>Settings (tatanan)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>SK Pokja</source>
        <translation>Pokja decree</translation>
    </message>
    <message>
        <source>SK Pokja Desa Sehat (nomor dan tanggal)</source>
        <translation>Pokja Desa Sehat decree (SK) (number and date)</translation>
    </message>
    <message>
        <source>SK Kepala Desa/Lurah tentang pembentukan Pokja Desa Sehat, dengan nomor dan tanggal. Isi di tab Pokja.</source>
        <translation>Decree of the Kepala Desa/Lurah forming the Pokja Desa Sehat, with number and date. Fill in on the Pokja tab.</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Sekretariat Pokja (ruang, papan nama)</source>
        <translation>Pokja secretariat (room, name board)</translation>
    </message>
    <message>
        <source>Ruang sekretariat dengan papan nama; foto sebagai data dukung. Isi di tab Pokja.</source>
        <translation>A secretariat room with a name board; a photo as supporting data. Fill in on the Pokja tab.</translation>
    </message>
    <message>
        <source>Rencana kerja</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Rencana kerja Pokja sesuai tatanan yang dipilih</source>
        <translation>Pokja work plan for the chosen settings (tatanan)</translation>
    </message>
    <message>
        <source>Dokumen rencana kerja tahunan yang menyebut tatanan pilihan desa; nomor/tanggal dokumen sebagai bukti.</source>
        <translation>Annual work plan naming the village&apos;s chosen settings; the document&apos;s number/date as evidence.</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Dana kegiatan Pokja (Dana Desa/APBDes/lainnya)</source>
        <translation>Funds for Pokja activities (Dana Desa/APBDes/other)</translation>
    </message>
    <message>
        <source>Anggaran untuk Pokja di APBDes atau sumber lain (CSR, swadaya); sebut nomor Perdes APBDes atau dokumen lain.</source>
        <translation>Budget for the Pokja in the APBDes or another source (CSR, self-help); give the number of the APBDes village regulation or another document.</translation>
    </message>
    <message>
        <source>Rapat rutin</source>
        <translation>Regular meetings</translation>
    </message>
    <message>
        <source>Rapat rutin Pokja dengan daftar hadir dan notulen (minimal 4 kali setahun)</source>
        <translation>Regular Pokja meetings with attendance list and minutes (at least 4 a year)</translation>
    </message>
    <message>
        <source>Rapat Pokja tahun siklus yang tercatat di Kegiatan, dengan peserta hadir dan notulen.</source>
        <translation>Pokja meetings of the cycle year recorded under Activities, with participants present and minutes.</translation>
    </message>
    <message>
        <source>Orientasi</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Pengurus Pokja pernah mengikuti orientasi/pelatihan KKS</source>
        <translation>Pokja members have attended a KKS orientation/training</translation>
    </message>
    <message>
        <source>Nama anggota Pokja tercatat sebagai peserta Orientasi KKS atau pelatihan.</source>
        <translation>Names of Pokja members recorded as participants of a KKS orientation or a training.</translation>
    </message>
    <message>
        <source>RTL</source>
        <translation>RTL</translation>
    </message>
    <message>
        <source>Rencana tindak lanjut (RTL) berjalan, tidak ada yang lewat waktu</source>
        <translation>Follow-up plans (RTL) under way, none overdue</translation>
    </message>
    <message>
        <source>RTL dari kegiatan desa; baris yang belum selesai setelah tanggal targetnya dihitung lewat waktu.</source>
        <translation>RTL of village activities; rows not done after their target date count as overdue.</translation>
    </message>
    <message>
        <source>Tatanan KKS yang dipilih desa</source>
        <translation>KKS settings (tatanan) chosen by the village</translation>
    </message>
    <message>
        <source>Minimal satu tatanan dipilih di tab Pokja.</source>
        <translation>At least one setting chosen on the Pokja tab.</translation>
    </message>
    <message>
        <source>ODF</source>
        <translation>ODF</translation>
    </message>
    <message>
        <source>Desa sudah dideklarasikan ODF (SBS)</source>
        <translation>Village declared ODF (SBS)</translation>
    </message>
    <message>
        <source>Deklarasi ODF setelah verifikasi lulus, dicatat di jalur ODF tab Sanitasi.</source>
        <translation>ODF declaration after a passed verification, recorded on the ODF path of the Sanitation tab.</translation>
    </message>
    <message>
        <source>Desa STBM</source>
        <translation>Desa STBM</translation>
    </message>
    <message>
        <source>Desa STBM menurut laporan terakhir</source>
        <translation>Desa STBM by the latest report</translation>
    </message>
    <message>
        <source>Penilaian Desa STBM dari laporan sanitasi terakhir, menurut aturan di Pengaturan.</source>
        <translation>Desa STBM judged from the latest sanitation report, by the rule chosen in Settings.</translation>
    </message>
    <message>
        <source>Data desa</source>
        <translation>Village data</translation>
    </message>
    <message>
        <source>Data desa lengkap (KK, jiwa, dusun, RW, RT, alamat sekretariat, laporan sanitasi)</source>
        <translation>Village data complete (households, population, hamlets, RW, RT, secretariat address, sanitation report)</translation>
    </message>
    <message>
        <source>Isian di tab Data desa dan minimal satu laporan sanitasi.</source>
        <translation>Entries on the Village data tab and at least one sanitation report.</translation>
    </message>
    <message>
        <source>Orientasi KKS</source>
        <translation>KKS orientation</translation>
    </message>
    <message>
        <source>Sosialisasi STBM</source>
        <translation>STBM outreach</translation>
    </message>
    <message>
        <source>Pemicuan</source>
        <translation>Triggering</translation>
    </message>
    <message>
        <source>Rapat Pokja</source>
        <translation>Pokja meeting</translation>
    </message>
    <message>
        <source>Rapat Forum</source>
        <translation>Forum meeting</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD (government office)</translation>
    </message>
    <message>
        <source>Tim Pembina</source>
        <translation>Tim Pembina</translation>
    </message>
    <message>
        <source>Forum Kabupaten</source>
        <translation>District forum</translation>
    </message>
    <message>
        <source>Forum Kecamatan</source>
        <translation>Sub-district forum</translation>
    </message>
    <message>
        <source>Pokja Desa</source>
        <translation>Village Pokja</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Masyarakat</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>100% SBS dan ≥75% KK menerapkan minimal 3 pilar (2–5)</source>
        <translation>100% SBS and ≥75% of households practising at least 3 pillars (2–5)</translation>
    </message>
    <message>
        <source>Indikator RPJMN: seluruh KK sudah tidak BABS, dan sedikitnya 75% KK menerapkan paling sedikit tiga dari pilar 2–5.</source>
        <translation>RPJMN indicator: no household practises open defecation any more, and at least 75% of households practise at least three of pillars 2–5.</translation>
    </message>
    <message>
        <source>100% SBS dan setiap pilar 2–5 ≥50% KK</source>
        <translation>100% SBS and each of pillars 2–5 ≥50% of households</translation>
    </message>
    <message>
        <source>Laman STBM Kemenkes: seluruh KK sudah tidak BABS, dan setiap pilar 2–5 diterapkan sedikitnya 50% KK.</source>
        <translation>Ministry of Health STBM site: no household practises open defecation any more, and each of pillars 2–5 is practised by at least 50% of households.</translation>
    </message>
    <message>
        <source>Kehidupan Masyarakat Sehat Mandiri</source>
        <translation>Healthy, self-reliant community life</translation>
    </message>
    <message>
        <source>Permukiman dan Fasilitas Umum</source>
        <translation>Settlements and public facilities</translation>
    </message>
    <message>
        <source>Satuan Pendidikan</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Pasar</source>
        <translation>Markets</translation>
    </message>
    <message>
        <source>Pariwisata</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Transportasi dan Tertib Lalu Lintas</source>
        <translation>Transport and road safety</translation>
    </message>
    <message>
        <source>Perkantoran dan Perindustrian</source>
        <translation>Offices and industry</translation>
    </message>
    <message>
        <source>Perlindungan Sosial</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <source>Penanggulangan Bencana</source>
        <translation>Disaster management</translation>
    </message>
</context>
<context>
    <name>add_desa_dialog</name>
    <message>
        <source>Tambah desa/kelurahan</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Pilih dari daftar, atau ketik/tempel kode desa (mis. 33.25.01.2001). Nama diambil dari daftar resmi Kemendagri.</source>
        <translation>Choose from the lists, or type/paste the village code (e.g. 33.25.01.2001). The name comes from the official Kemendagri list.</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>aksi_command</name>
    <message>
        <source>Tidak dapat diulangi</source>
        <translation>Cannot redo</translation>
    </message>
    <message>
        <source>Tidak dapat diurungkan</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>anggota_table_model</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unsur/Instansi</source>
        <translation>Sector/Institution</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
</context>
<context>
    <name>beranda_cards</name>
    <message>
        <source>Tidak ada rencana tindak lanjut yang melewati waktunya.</source>
        <translation>No follow-up plan (RTL) is past its due date.</translation>
    </message>
    <message>
        <source>, PJ: {nama}</source>
        <translation>, responsible: {nama}</translation>
    </message>
    <message>
        <source>• &lt;b&gt;{kegiatan}&lt;/b&gt; — {tanggal} (lewat {hari} hari){pj}&lt;br&gt;&lt;span style=&apos;color:#5f6b76&apos;&gt;&amp;nbsp;&amp;nbsp;dari {sesi}, {wilayah}&lt;/span&gt;</source>
        <translation>• &lt;b&gt;{kegiatan}&lt;/b&gt; — {tanggal} ({hari} days overdue){pj}&lt;br&gt;&lt;span style=&apos;color:#5f6b76&apos;&gt;&amp;nbsp;&amp;nbsp;from {sesi}, {wilayah}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>… dan {jumlah} lainnya.</source>
        <translation>… and {jumlah} more.</translation>
    </message>
    <message>
        <source>Tahun {tahun}: {peserta} peserta</source>
        <translation>{tahun}: {peserta} participants</translation>
    </message>
    <message>
        <source> · tahun {tahun}: {kegiatan} kegiatan, {peserta} peserta</source>
        <translation> · {tahun}: {kegiatan} activities, {peserta} participants</translation>
    </message>
</context>
<context>
    <name>beranda_page</name>
    <message>
        <source>Desa/kelurahan terdaftar</source>
        <translation>Villages registered</translation>
    </message>
    <message>
        <source>Pokja dengan SK</source>
        <translation>Pokja with a decree (SK)</translation>
    </message>
    <message>
        <source>Pokja dengan sekretariat</source>
        <translation>Pokja with a secretariat</translation>
    </message>
    <message>
        <source>Anggota Pokja</source>
        <translation>Pokja members</translation>
    </message>
    <message>
        <source>Kegiatan tahun ini</source>
        <translation>Activities this year</translation>
    </message>
    <message>
        <source>RTL lewat waktu</source>
        <translation>Overdue RTL</translation>
    </message>
    <message>
        <source>Wilayah kerja: {nama} ({kode})</source>
        <translation>Working area: {nama} ({kode})</translation>
    </message>
    <message>
        <source>Wilayah kerja belum dipilih</source>
        <translation>No working area chosen yet</translation>
    </message>
    <message>
        <source>{jumlah} desa berisi data contoh (demo), bukan data resmi.</source>
        <translation>{jumlah} villages hold demo data, not official data.</translation>
    </message>
    <message>
        <source>dari {jumlah} dalam daftar resmi</source>
        <translation>of {jumlah} in the official list</translation>
    </message>
    <message>
        <source>orang tercatat</source>
        <translation>people recorded</translation>
    </message>
    <message>
        <source>Desa/kelurahan ODF · syarat penilaian KKS siklus {tahun}</source>
        <translation>ODF villages · KKS assessment requirements, {tahun} cycle</translation>
    </message>
    <message>
        <source>Desa STBM: {stbm} dari {desa} desa (aturan: {aturan}). Laporan sanitasi ada untuk {berlaporan} desa.</source>
        <translation>Desa STBM: {stbm} of {desa} villages (rule: {aturan}). Sanitation reports exist for {berlaporan} villages.</translation>
    </message>
    <message>
        <source>belum ada desa</source>
        <translation>no villages yet</translation>
    </message>
    <message>
        <source>{persen}% dari {jumlah} desa</source>
        <translation>{persen}% of {jumlah} villages</translation>
    </message>
</context>
<context>
    <name>buka_gagal_dialog</name>
    <message>
        <source>Berkas ini bukan berkas data KKS Desktop</source>
        <translation>This file is not a KKS Desktop data file</translation>
    </message>
    <message>
        <source>Berkas data rusak</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <source>Berkas data kosong</source>
        <translation>The data file is empty</translation>
    </message>
    <message>
        <source>Berkas data dari versi KKS Desktop yang lebih baru</source>
        <translation>The data file is from a newer version of KKS Desktop</translation>
    </message>
    <message>
        <source>Berkas data tidak dapat ditulisi</source>
        <translation>The data file cannot be written to</translation>
    </message>
    <message>
        <source>Berkas data sedang dibuka program lain</source>
        <translation>The data file is open in another program</translation>
    </message>
    <message>
        <source>Berkas data tidak dapat dibuka</source>
        <translation>The data file cannot be opened</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Pilih berkas &amp;lain…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>Buat ruang kerja &amp;baru…</source>
        <translation>Create a &amp;new workspace…</translation>
    </message>
    <message>
        <source>Buka &amp;salinan</source>
        <translation>Open a &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Belum ada cadangan di {folder}; Anda dapat memilih berkas cadangan dari tempat lain (misalnya flashdisk). Berkas ini tidak dihapus.</source>
        <translation>There are no backups in {folder} yet; you can choose a backup file from elsewhere (for example a USB stick). This file is not deleted.</translation>
    </message>
    <message>
        <source>{jumlah} cadangan utuh di {folder}, terbaru {kapan}. Berkas ini tidak dihapus.</source>
        <translation>Intact backups in {folder}: {jumlah}, the newest made {kapan}. This file is not deleted.</translation>
    </message>
    <message>
        <source>folder lain</source>
        <translation>another folder</translation>
    </message>
    <message>
        <source>Salin berkas ke {folder} lalu buka salinannya. Perubahan tersimpan di salinan, bukan di berkas asli.</source>
        <translation>Copy the file to {folder} and open the copy. Changes are saved in the copy, not in the original file.</translation>
    </message>
    <message>
        <source>Buka berkas data lain, misalnya salinan di flashdisk.</source>
        <translation>Open another data file, for example a copy on a USB stick.</translation>
    </message>
    <message>
        <source>Mulai dengan data kosong. Berkas ini tidak dihapus: diberi nama lain atau dibiarkan di tempatnya.</source>
        <translation>Start with empty data. This file is not deleted: it is renamed or left where it is.</translation>
    </message>
    <message>
        <source>Setelah KKS Desktop yang lain ditutup.</source>
        <translation>Once the other KKS Desktop has been closed.</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Tutup KKS Desktop; tidak ada yang diubah.</source>
        <translation>Close KKS Desktop; nothing is changed.</translation>
    </message>
    <message>
        <source>Apa yang ingin Anda lakukan?</source>
        <translation>What would you like to do?</translation>
    </message>
</context>
<context>
    <name>buka_pilihan</name>
    <message>
        <source>Berkas data KKS Desktop (*.db);;Semua berkas (*)</source>
        <translation>KKS Desktop data files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Berkas yang tidak dapat dibuka tidak dihapus: setelah ini Anda memilih apakah berkas itu diberi nama lain dan cadangan dipulihkan di tempatnya, atau cadangan dipulihkan ke berkas baru.</source>
        <translation>The file that cannot be opened is not deleted: next you choose whether that file is renamed and the backup restored in its place, or the backup is restored to a new file.</translation>
    </message>
    <message>
        <source>&amp;Di tempat berkas ini ({nama})</source>
        <translation>&amp;In place of this file ({nama})</translation>
    </message>
    <message>
        <source>Sebagai berkas &amp;baru</source>
        <translation>As a &amp;new file</translation>
    </message>
    <message>
        <source>Berkas ini diberi nama {nama} di folder yang sama, tidak dihapus. Lain kali program membuka data seperti biasa.</source>
        <translation>This file is renamed {nama} in the same folder, not deleted. Next time the program opens the data as usual.</translation>
    </message>
    <message>
        <source>Tidak mungkin: folder {folder} tidak dapat ditulisi.</source>
        <translation>Not possible: the folder {folder} cannot be written to.</translation>
    </message>
    <message>
        <source>Pilih nama dan foldernya; berkas ini dibiarkan di tempatnya. Lain kali program menanyakan berkas ini lagi; pilih berkas baru itu dengan “Pilih berkas lain”.</source>
        <translation>Choose its name and folder; this file is left where it is. Next time the program asks about this file again; then choose the new file with “Choose another file”.</translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Pilih berkas data</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <source>Buat ruang kerja baru</source>
        <translation>Create a new workspace</translation>
    </message>
    <message>
        <source>Berkas lama disisihkan</source>
        <translation>Old file set aside</translation>
    </message>
    <message>
        <source>Berkas lama disimpan sebagai {lama}. Ruang kerja baru dibuat di {berkas}.</source>
        <translation>The old file is kept as {lama}. The new workspace is created at {berkas}.</translation>
    </message>
    <message>
        <source>berkas sudah ada; pilih nama lain</source>
        <translation>the file already exists; choose another name</translation>
    </message>
    <message>
        <source>Pulihkan cadangan ke…</source>
        <translation>Restore the backup to…</translation>
    </message>
    <message>
        <source> Berkas lama disimpan sebagai {lama}.</source>
        <translation> The old file is kept as {lama}.</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Cadangan {cadangan} dipulihkan ke {berkas}.</source>
        <translation>Backup {cadangan} was restored to {berkas}.</translation>
    </message>
    <message>
        <source>Salinan dibuka</source>
        <translation>Copy opened</translation>
    </message>
    <message>
        <source>Salinan dibuat di {salinan} dan dibuka sekarang. Perubahan tersimpan di salinan ini, bukan di {asli}. Untuk kembali ke berkas asli, salin berkas ini ke tempatnya setelah tanda hanya-bacanya dihilangkan.</source>
        <translation>A copy was made at {salinan} and is opened now. Changes are saved in this copy, not in {asli}. To go back to the original file, copy this file to its place once its read-only mark has been removed.</translation>
    </message>
</context>
<context>
    <name>cadangan_aksi</name>
    <message>
        <source>Data dipulihkan dari cadangan {cadangan} (dibuat {kapan}). Keadaan sebelum pemulihan tersimpan sebagai cadangan {sebelum} di {folder}.</source>
        <translation>Data restored from backup {cadangan} (made {kapan}). The state before the restore is kept as backup {sebelum} in {folder}.</translation>
    </message>
    <message>
        <source> Data cadangan sudah diperbarui ke versi program ini.</source>
        <translation> The backup&apos;s data has been updated to this version of the program.</translation>
    </message>
    <message>
        <source>Cadangkan ke folder (misalnya flashdisk)</source>
        <translation>Back up to a folder (for example a USB stick)</translation>
    </message>
    <message>
        <source>Membuat cadangan di {folder}…</source>
        <translation>Making a backup in {folder}…</translation>
    </message>
    <message>
        <source>Cadangan tersimpan</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Cadangan tersimpan dan diperiksa utuh:
{berkas}

Isinya: {desa} desa, {laporan} laporan sanitasi, {kegiatan} kegiatan.</source>
        <translation>Backup saved and checked intact:
{berkas}

It holds: {desa} villages, {laporan} sanitation reports, {kegiatan} activities.</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Memulihkan dari {cadangan}…</source>
        <translation>Restoring from {cadangan}…</translation>
    </message>
</context>
<context>
    <name>cadangan_harian</name>
    <message>
        <source>Cadangan harian gagal dibuat</source>
        <translation>The daily backup could not be made</translation>
    </message>
</context>
<context>
    <name>cadangan_panel</name>
    <message>
        <source>Cadangkan &amp;ke…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>Simpan salinan data yang diperiksa utuh ke folder pilihan Anda, misalnya flashdisk</source>
        <translation>Save a copy of the data, checked intact, to a folder of your choice, for example a USB stick</translation>
    </message>
    <message>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Kembalikan data dari sebuah cadangan; keadaan sekarang dicadangkan dahulu</source>
        <translation>Bring the data back from a backup; the current state is backed up first</translation>
    </message>
    <message>
        <source>Sudah lebih dari {hari} hari tanpa cadangan. Buat cadangan sekarang, sebaiknya ke flashdisk yang disimpan terpisah dari laptop: tekan &lt;b&gt;Cadangkan ke…&lt;/b&gt;.</source>
        <translation>More than {hari} days without a backup. Make a backup now, preferably to a USB stick kept apart from the laptop: press &lt;b&gt;Back up to…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Buat cadangan sekarang, sebaiknya ke flashdisk yang disimpan terpisah dari laptop: tekan &lt;b&gt;Cadangkan ke…&lt;/b&gt;.</source>
        <translation>Make a backup now, preferably to a USB stick kept apart from the laptop: press &lt;b&gt;Back up to…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Cadangan harian dibuat otomatis saat program dibuka, di folder {folder}. Sesekali simpan juga ke flashdisk: &lt;b&gt;Cadangkan ke…&lt;/b&gt;.</source>
        <translation>A daily backup is made automatically when the program opens, in the folder {folder}. Now and then save one to a USB stick too: &lt;b&gt;Back up to…&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>cadangan_teks</name>
    <message>
        <source>hari ini {jam}</source>
        <translation>today {jam}</translation>
    </message>
    <message>
        <source>kemarin {jam}</source>
        <translation>yesterday {jam}</translation>
    </message>
    <message>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {kapan}</source>
        <translation>Last backup: {kapan}</translation>
    </message>
    <message>
        <source>{teks} ({hari} hari lalu)</source>
        <translation>{teks} ({hari} days ago)</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>cetak_dialog</name>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Daftar hadir kosong (untuk diisi tangan)</source>
        <translation>Blank attendance list (to fill in by hand)</translation>
    </message>
    <message>
        <source>Rekap pre-test/post-test</source>
        <translation>Pre-test/post-test summary</translation>
    </message>
    <message>
        <source>Rencana tindak lanjut (RTL)</source>
        <translation>Follow-up plan (RTL)</translation>
    </message>
    <message>
        <source>Pengantar</source>
        <translation>Opening line</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>{dokumen}…</source>
        <translation>{dokumen}…</translation>
    </message>
    <message>
        <source>Cetak kegiatan</source>
        <translation>Print activity</translation>
    </message>
    <message>
        <source>Yang dicetak</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>Jumlah baris kosong</source>
        <translation>Number of blank rows</translation>
    </message>
    <message>
        <source>Jumlah baris:</source>
        <translation>Number of rows:</translation>
    </message>
    <message>
        <source>Kegiatan {hari} hari: daftar hadir dicetak satu lembar per hari.</source>
        <translation>A {hari}-day activity: the attendance list is printed one sheet per day.</translation>
    </message>
    <message>
        <source>&amp;Buka PDF setelah disimpan</source>
        <translation>&amp;Open the PDF after saving</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Penanda tangan (dapat diubah)</source>
        <translation>Signers (can be changed)</translation>
    </message>
    <message>
        <source>mis. Batang</source>
        <translation>e.g. Batang</translation>
    </message>
    <message>
        <source>Ditulis sebelum tanggal: “Batang, 16 September 2025”</source>
        <translation>Written before the date: “Batang, 16 September 2025”</translation>
    </message>
    <message>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kiri (mengetahui)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Left (acknowledged by)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kanan (pembuat)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Right (prepared by)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>{label} kiri</source>
        <translation>{label}, left</translation>
    </message>
    <message>
        <source>{label} kanan</source>
        <translation>{label}, right</translation>
    </message>
    <message>
        <source>Nama kosong: dicetak titik-titik untuk ditulis tangan. Jabatan kiri kosong: tanda tangan kiri tidak dicetak.</source>
        <translation>Empty name: a dotted line is printed to write on by hand. Empty left position: the left signature is not printed.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tidak tersimpan</source>
        <translation>PDF not saved</translation>
    </message>
</context>
<context>
    <name>data_terhapus</name>
    <message>
        <source>Data yang dihapus tetap tersimpan di riwayat perubahan. Pilih satu lalu tekan &lt;b&gt;Pulihkan&lt;/b&gt; (atau Enter): data itu kembali beserta semua yang ikut terhapus bersamanya (anggota, laporan, peserta…). Pemulihan dicatat dan dapat diurungkan (Ctrl+Z).</source>
        <translation>Deleted data stays stored in the change history. Choose one and press &lt;b&gt;Restore&lt;/b&gt; (or Enter): it comes back together with everything deleted with it (members, reports, participants…). The restore is recorded and can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Tidak ada data terhapus yang dapat dipulihkan.</source>
        <translation>There is no deleted data that can be restored.</translation>
    </message>
    <message>
        <source>Data terhapus</source>
        <translation>Deleted data</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Kembalikan data terpilih beserta yang ikut terhapus</source>
        <translation>Bring back the selected data with what was deleted with it</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tidak dapat memulihkan</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>pulihkan {judul}</source>
        <translation>restore {judul}</translation>
    </message>
</context>
<context>
    <name>date_field</name>
    <message>
        <source>Kosongkan dengan Delete setelah memilih seluruh isian.</source>
        <translation>Select the whole field and press Delete to empty it.</translation>
    </message>
</context>
<context>
    <name>desa_form</name>
    <message>
        <source>Jumlah &amp;KK:</source>
        <translation>&amp;KK (households):</translation>
    </message>
    <message>
        <source>Jumlah &amp;jiwa:</source>
        <translation>Populat&amp;ion:</translation>
    </message>
    <message>
        <source>Jumlah d&amp;usun:</source>
        <translation>D&amp;usun (hamlets):</translation>
    </message>
    <message>
        <source>Jumlah R&amp;W:</source>
        <translation>R&amp;W count:</translation>
    </message>
    <message>
        <source>Jumlah R&amp;T:</source>
        <translation>R&amp;T count:</translation>
    </message>
    <message>
        <source>Identitas (dari daftar resmi Kemendagri)</source>
        <translation>Identity (from the official Kemendagri list)</translation>
    </message>
    <message>
        <source>Kode wilayah:</source>
        <translation>Region code:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Sub-district:</translation>
    </message>
    <message>
        <source>Kabupaten/Kota:</source>
        <translation>District/city:</translation>
    </message>
    <message>
        <source>Provinsi:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Kependudukan dan wilayah</source>
        <translation>Population and area</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Sekretariat Pokja</source>
        <translation>Pokja secretariat</translation>
    </message>
    <message>
        <source>&amp;Alamat sekretariat:</source>
        <translation>Secretariat &amp;address:</translation>
    </message>
    <message>
        <source>T&amp;elepon:</source>
        <translation>Te&amp;lephone:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>desa_page</name>
    <message>
        <source>Cari kode, nama desa atau kecamatan… (Ctrl+F)</source>
        <translation>Search code, village or sub-district name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari desa</source>
        <translation>Search villages</translation>
    </message>
    <message>
        <source>Daftar desa</source>
        <translation>Village list</translation>
    </message>
    <message>
        <source>Ta&amp;mbah desa…</source>
        <translation>A&amp;dd village…</translation>
    </message>
    <message>
        <source>Tambah desa/kelurahan dari daftar resmi (Ctrl+N)</source>
        <translation>Add a village from the official list (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hapus desa</source>
        <translation>Delete village</translation>
    </message>
    <message>
        <source>Hapus desa yang dipilih (tombol Delete di daftar)</source>
        <translation>Delete the selected village (Delete key in the list)</translation>
    </message>
    <message>
        <source>Riwayat…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Perubahan desa terpilih, Pokja dan anggotanya: kapan, oleh siapa, isi lama dan baru</source>
        <translation>Changes to the selected village, its Pokja and members: when, by whom, old and new content</translation>
    </message>
    <message>
        <source>&amp;Data desa</source>
        <translation>&amp;Village data</translation>
    </message>
    <message>
        <source>&amp;Pokja Desa Sehat</source>
        <translation>&amp;Pokja</translation>
    </message>
    <message>
        <source>Sa&amp;nitasi</source>
        <translation>Sa&amp;nitation</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan perubahan (Ctrl+S atau Enter)</source>
        <translation>Save changes (Ctrl+S or Enter)</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kembalikan isian ke data tersimpan (Esc)</source>
        <translation>Put the fields back to the saved data (Esc)</translation>
    </message>
    <message>
        <source>{jumlah} desa/kelurahan di {wilayah}</source>
        <translation>Villages in {wilayah}: {jumlah}</translation>
    </message>
    <message>
        <source>{jumlah} desa/kelurahan</source>
        <translation>Villages: {jumlah}</translation>
    </message>
    <message>
        <source>{tampil} dari {jumlah} desa/kelurahan di {wilayah}</source>
        <translation>Villages in {wilayah}: {tampil} of {jumlah} shown</translation>
    </message>
    <message>
        <source>{tampil} dari {jumlah} desa/kelurahan</source>
        <translation>Villages: {tampil} of {jumlah} shown</translation>
    </message>
    <message>
        <source>Belum ada desa. Klik “Tambah desa…” (Ctrl+N).</source>
        <translation>No villages yet. Click “Add village…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>(data contoh)</source>
        <translation>(demo data)</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan pada {desa} belum disimpan. Simpan sekarang?</source>
        <translation>Changes to {desa} have not been saved. Save now?</translation>
    </message>
    <message>
        <source>desa ini</source>
        <translation>this village</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>simpan {desa}</source>
        <translation>save {desa}</translation>
    </message>
    <message>
        <source>Tidak dapat menambah desa</source>
        <translation>Cannot add the village</translation>
    </message>
    <message>
        <source>Ikut terhapus: {daftar}.</source>
        <translation>Also deleted: {daftar}.</translation>
    </message>
    <message>
        <source>Yakin ingin menghapus {desa} ({kode})?</source>
        <translation>Are you sure you want to delete {desa} ({kode})?</translation>
    </message>
    <message>
        <source>Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.</source>
        <translation>The deletion can be undone with Ctrl+Z while the program is still open.</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>desa_table_model</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>(data contoh)</source>
        <translation>(demo data)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>ekspor_panel</name>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dibatalkan. Buku kerja desa yang sudah selesai sebelum Batal tetap ada di folder itu (lihat tab Riwayat); yang sedang ditulis tidak ditinggalkan setengah jadi.</source>
        <translation>Cancelled. The village workbooks finished before Cancel stay in that folder (see the History tab); the one being written is not left half-done.</translation>
    </message>
    <message>
        <source>Buku kerja desa (“Laporan Pokja Desa Sehat”) adalah berkas yang diterima kecamatan dan kabupaten: berisi data desa dan Pokja, sanitasi, jalur ODF, kegiatan, peserta, RTL dan kesiapan. Berkas yang sama dapat diimpor kembali setelah diperbaiki di Excel.</source>
        <translation>The village workbook (“Laporan Pokja Desa Sehat”) is the file the sub-district and district receive: it holds the village and Pokja data, sanitation, the ODF path, activities, participants, follow-up plans (RTL) and readiness. The same file can be imported again after it is corrected in Excel.</translation>
    </message>
    <message>
        <source>Daftar desa</source>
        <translation>Village list</translation>
    </message>
    <message>
        <source>Anggota Pokja</source>
        <translation>Pokja members</translation>
    </message>
    <message>
        <source>Peserta kegiatan</source>
        <translation>Activity participants</translation>
    </message>
    <message>
        <source>Laporan sanitasi</source>
        <translation>Sanitation reports</translation>
    </message>
    <message>
        <source>Tersimpan: {berkas} ({baris} baris).</source>
        <translation>Saved: {berkas} ({baris} rows).</translation>
    </message>
    <message>
        <source>{jumlah} buku kerja tersimpan ({baris} baris): {berkas}</source>
        <translation>{jumlah} workbooks saved ({baris} rows): {berkas}</translation>
    </message>
    <message>
        <source>Buku kerja desa (Laporan Pokja Desa Sehat)</source>
        <translation>Village workbook (Laporan Pokja Desa Sehat)</translation>
    </message>
    <message>
        <source>Satu &amp;desa:</source>
        <translation>One &amp;village:</translation>
    </message>
    <message>
        <source>Desa yang diekspor</source>
        <translation>Village to export</translation>
    </message>
    <message>
        <source>&amp;Semua desa dalam wilayah kerja</source>
        <translation>&amp;All villages in the working area</translation>
    </message>
    <message>
        <source>satu berkas per desa, ke sebuah &amp;folder</source>
        <translation>one file per village, into a fo&amp;lder</translation>
    </message>
    <message>
        <source>satu buku kerja berisi se&amp;mua desa</source>
        <translation>one &amp;workbook holding all villages</translation>
    </message>
    <message>
        <source>Ekspor buku ker&amp;ja…</source>
        <translation>Export work&amp;book…</translation>
    </message>
    <message>
        <source>Tulis buku kerja desa ke berkas Excel (Ctrl+E)</source>
        <translation>Write the village workbook to an Excel file (Ctrl+E)</translation>
    </message>
    <message>
        <source>Wilayah rekap</source>
        <translation>Summary area</translation>
    </message>
    <message>
        <source>Ekspor rek&amp;ap…</source>
        <translation>Export s&amp;ummary…</translation>
    </message>
    <message>
        <source>Satu baris per desa: status ODF, akses, pilar, Desa STBM, SK Pokja, kesiapan, laporan terakhir; jumlah per kecamatan dan grafik % desa ODF</source>
        <translation>One row per village: ODF status, access, pillars, Desa STBM, Pokja decree (SK), readiness, latest report; totals per sub-district and a chart of % ODF villages</translation>
    </message>
    <message>
        <source>Rekap kecamatan/kabupaten</source>
        <translation>Sub-district/district summary</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>Jenis templat</source>
        <translation>Template kind</translation>
    </message>
    <message>
        <source>Simpan temp&amp;lat…</source>
        <translation>Save &amp;template…</translation>
    </message>
    <message>
        <source>Buku kerja kosong dengan pilihan (dropdown) dan petunjuk isian; setelah diisi, impor di tab Impor</source>
        <translation>An empty workbook with choices (dropdowns) and filling instructions; once filled in, import it on the Import tab</translation>
    </message>
    <message>
        <source>Templat kosong untuk pengisian massal</source>
        <translation>Empty template for bulk entry</translation>
    </message>
    <message>
        <source>Jenis &amp;templat:</source>
        <translation>Template &amp;kind:</translation>
    </message>
    <message>
        <source>{nama} ({kode}, Kec. {kecamatan})</source>
        <translation>{nama} ({kode}, {kecamatan} sub-district)</translation>
    </message>
    <message>
        <source>&amp;Semua desa dalam wilayah kerja ({jumlah} desa)</source>
        <translation>&amp;All villages in the working area ({jumlah} villages)</translation>
    </message>
    <message>
        <source>{wilayah} (semua desa)</source>
        <translation>{wilayah} (all villages)</translation>
    </message>
    <message>
        <source>Kecamatan {nama}</source>
        <translation>{nama} sub-district</translation>
    </message>
    <message>
        <source>Pilih folder untuk buku kerja desa</source>
        <translation>Choose a folder for the village workbooks</translation>
    </message>
    <message>
        <source>Simpan buku kerja desa</source>
        <translation>Save village workbook</translation>
    </message>
    <message>
        <source>Menulis buku kerja {desa}…</source>
        <translation>Writing the workbook of {desa}…</translation>
    </message>
    <message>
        <source>Menulis {jumlah} buku kerja desa…</source>
        <translation>Writing {jumlah} village workbooks…</translation>
    </message>
    <message>
        <source>Simpan buku kerja semua desa</source>
        <translation>Save workbook of all villages</translation>
    </message>
    <message>
        <source>Menulis buku kerja semua desa…</source>
        <translation>Writing the workbook of all villages…</translation>
    </message>
    <message>
        <source>Simpan rekap</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Menulis rekap {wilayah}…</source>
        <translation>Writing the summary of {wilayah}…</translation>
    </message>
    <message>
        <source>Simpan templat kosong</source>
        <translation>Save empty template</translation>
    </message>
    <message>
        <source>Menulis templat…</source>
        <translation>Writing template…</translation>
    </message>
    <message>
        <source>Tidak ada buku kerja yang ditulis.</source>
        <translation>No workbook was written.</translation>
    </message>
    <message>
        <source>B&amp;uka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Sistem: {sistem}</source>
        <translation>System: {sistem}</translation>
    </message>
    <message>
        <source>Berkas log: {berkas}</source>
        <translation>Log file: {berkas}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Salin rincian di bawah dan kirimkan kepada pengelola program bersama penjelasan apa yang sedang Anda lakukan.</source>
        <translation>Sorry, an unexpected error occurred. The data already saved is safe. Copy the details below and send them to the program&apos;s maintainers, together with a description of what you were doing.</translation>
    </message>
    <message>
        <source>&amp;Salin rincian</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <source>&amp;1  Satu desa/kelurahan (Pokja Desa/Kelurahan Sehat)</source>
        <translation>&amp;1  One village (Pokja Desa/Kelurahan Sehat)</translation>
    </message>
    <message>
        <source>&amp;2  Satu kecamatan (Forum Komunikasi Kecamatan Sehat)</source>
        <translation>&amp;2  One sub-district (Forum Komunikasi Kecamatan Sehat)</translation>
    </message>
    <message>
        <source>&amp;3  Satu kabupaten/kota (Tim Pembina dan Forum Kabupaten/Kota Sehat)</source>
        <translation>&amp;3  One district/city (Tim Pembina and Forum Kabupaten/Kota Sehat)</translation>
    </message>
    <message>
        <source>Selamat datang di KKS Desktop</source>
        <translation>Welcome to KKS Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data ini untuk wilayah mana?&lt;/b&gt;&lt;br&gt;Pilih sekali saja; daftar desa akan menampilkan desa/kelurahan di wilayah ini.</source>
        <translation>&lt;b&gt;Which area is this data for?&lt;/b&gt;&lt;br&gt;You choose this only once; the village list will show the villages in this area.</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Muat data &amp;contoh (Kab. Batang)</source>
        <translation>Load &amp;demo data (Kab. Batang)</translation>
    </message>
    <message>
        <source>248 desa/kelurahan Kabupaten Batang dengan angka rekaan, dan data KK rekaan untuk desa di Kec. Wonotunggal, untuk mencoba program</source>
        <translation>248 villages of Kabupaten Batang with made-up figures, and made-up household data for the villages of Kec. Wonotunggal, to try the program</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>gate_chart</name>
    <message>
        <source>Belum ada data desa untuk digambar.</source>
        <translation>No village data to chart yet.</translation>
    </message>
    <message>
        <source>Grafik persentase desa ODF per kecamatan</source>
        <translation>Chart of the percentage of ODF villages per sub-district</translation>
    </message>
    <message>
        <source>Belum memenuhi syarat</source>
        <translation>Requirement not yet met</translation>
    </message>
    <message>
        <source>Syarat {tingkat}</source>
        <translation>{tingkat} requirement</translation>
    </message>
    <message>
        <source>{kecamatan}: {persen} desa ODF — klik untuk melihat desanya</source>
        <translation>{kecamatan}: {persen} of villages ODF — click to see the villages</translation>
    </message>
</context>
<context>
    <name>impor_panel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Impor buku kerja&lt;/b&gt; yang dibuat KKS Desktop (buku kerja desa, atau templat yang sudah diisi). Pilih satu berkas (Ctrl+O) untuk melihat dahulu apa yang akan berubah — tidak ada yang ditulis sebelum Anda menekan &lt;b&gt;Impor&lt;/b&gt;. Pilih sebuah folder (atau beberapa berkas) untuk menggabungkan buku kerja banyak desa sekaligus.&lt;/p&gt;&lt;p&gt;Berkas juga dapat diseret ke halaman ini.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import workbooks&lt;/b&gt; made by KKS Desktop (village workbooks, or templates that have been filled in). Choose one file (Ctrl+O) to see first what would change — nothing is written before you press &lt;b&gt;Import&lt;/b&gt;. Choose a folder (or several files) to combine the workbooks of many villages at once.&lt;/p&gt;&lt;p&gt;Files can also be dragged onto this page.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dibatalkan. Buku kerja yang sudah selesai diimpor sebelum Batal tetap tersimpan, masing-masing utuh (lihat tab Riwayat); yang sedang diperiksa tidak diubah.</source>
        <translation>Cancelled. The workbooks imported before Cancel stay saved, each one whole (see the History tab); the one being checked was not changed.</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <source>Pilih satu buku kerja untuk diperiksa (Ctrl+O), atau beberapa sekaligus</source>
        <translation>Choose one workbook to check (Ctrl+O), or several at once</translation>
    </message>
    <message>
        <source>Pilih &amp;folder…</source>
        <translation>Choose fol&amp;der…</translation>
    </message>
    <message>
        <source>Impor semua buku kerja .xlsx di sebuah folder</source>
        <translation>Import every .xlsx workbook in a folder</translation>
    </message>
    <message>
        <source>Impor baris yang &amp;sah saja</source>
        <translation>Import &amp;valid rows only</translation>
    </message>
    <message>
        <source>Baris berkesalahan dilewati (dan disebutkan di hasil); baris lain diimpor. Berlaku juga untuk impor folder.</source>
        <translation>Rows with errors are skipped (and named in the result); the other rows are imported. Also applies to a folder import.</translation>
    </message>
    <message>
        <source>Pilih buku kerja untuk diimpor</source>
        <translation>Choose workbooks to import</translation>
    </message>
    <message>
        <source>Pilih folder berisi buku kerja desa</source>
        <translation>Choose a folder with village workbooks</translation>
    </message>
    <message>
        <source>Memeriksa {berkas}…</source>
        <translation>Checking {berkas}…</translation>
    </message>
    <message>
        <source>Data di sini berubah setelah pemeriksaan tadi, jadi berkas diperiksa ulang. Pilihan konflik sebelumnya perlu dibuat lagi.</source>
        <translation>The data here changed after the last check, so the file was checked again. The earlier conflict choices need to be made again.</translation>
    </message>
    <message>
        <source>impor {berkas}</source>
        <translation>import {berkas}</translation>
    </message>
    <message>
        <source>Mengimpor {berkas}…</source>
        <translation>Importing {berkas}…</translation>
    </message>
    <message>
        <source>Dapat diurungkan dengan Ctrl+Z.</source>
        <translation>Can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Simpan salinan bertanda</source>
        <translation>Save marked copy</translation>
    </message>
    <message>
        <source>Menyimpan salinan bertanda…</source>
        <translation>Saving marked copy…</translation>
    </message>
    <message>
        <source>Salinan bertanda tersimpan: {berkas}. Sel yang salah diberi warna dan tiap baris bermasalah diberi keterangan di kolom Kesalahan.</source>
        <translation>Marked copy saved: {berkas}. Wrong cells are coloured and each row with a problem has a note in the Kesalahan column.</translation>
    </message>
    <message>
        <source>Tidak ada buku kerja Excel (.xlsx) di sana. Data tidak berubah.</source>
        <translation>There are no Excel workbooks (.xlsx) there. The data did not change.</translation>
    </message>
    <message>
        <source>Impor {jumlah} buku kerja dari {folder}?

Setiap berkas diperiksa dahulu: baris yang berkesalahan dilewati; catatan yang bertentangan dengan data di sini tidak ditimpa (hasilnya “konflik”; impor berkas itu sendiri untuk memilih nilainya).</source>
        <translation>Import {jumlah} workbooks from {folder}?

Each file is checked first: rows with errors are skipped; records that conflict with the data here are not overwritten (the result is “conflict”; import that file on its own to choose its values).</translation>
    </message>
    <message>
        <source>Impor {jumlah} buku kerja dari {folder}?

Setiap berkas diperiksa dahulu: berkas yang berkesalahan ditolak seluruhnya; catatan yang bertentangan dengan data di sini tidak ditimpa (hasilnya “konflik”; impor berkas itu sendiri untuk memilih nilainya).</source>
        <translation>Import {jumlah} workbooks from {folder}?

Each file is checked first: a file with errors is rejected whole; records that conflict with the data here are not overwritten (the result is “conflict”; import that file on its own to choose its values).</translation>
    </message>
    <message>
        <source>Impor banyak buku kerja</source>
        <translation>Import many workbooks</translation>
    </message>
    <message>
        <source>impor {jumlah} buku kerja dari {folder}</source>
        <translation>import {jumlah} workbooks from {folder}</translation>
    </message>
    <message>
        <source>Mengimpor {jumlah} buku kerja…</source>
        <translation>Importing {jumlah} workbooks…</translation>
    </message>
</context>
<context>
    <name>impor_rencana_model</name>
    <message>
        <source>ada kesalahan</source>
        <translation>has errors</translation>
    </message>
    <message>
        <source>Berkas berisi {jumlah} kesalahan; tidak ada yang diimpor selama kesalahan masih ada. Perbaiki di Excel (salinan bertanda membantu), lalu pilih berkasnya lagi — atau centang “Impor baris yang sah saja”.</source>
        <translation>The file has {jumlah} error(s); nothing is imported while errors remain. Correct them in Excel (a marked copy helps), then choose the file again — or tick “Import valid rows only”.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diimpor: semua catatan di berkas sudah sama dengan data di sini (atau berada di baris berkesalahan).</source>
        <translation>Nothing to import: every record in the file is already the same as the data here (or sits in a row with errors).</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diimpor: semua catatan di berkas sudah sama dengan data di sini.</source>
        <translation>Nothing to import: every record in the file is already the same as the data here.</translation>
    </message>
    <message>
        <source>Akan ditulis: {jumlah} catatan</source>
        <translation>To be written: {jumlah} record(s)</translation>
    </message>
    <message>
        <source>; {jumlah} baris berkesalahan dilewati</source>
        <translation>; {jumlah} row(s) with errors skipped</translation>
    </message>
    <message>
        <source>; {jumlah} konflik — Anda memilih nilainya sebelum impor</source>
        <translation>; {jumlah} conflict(s) — you choose their values before the import</translation>
    </message>
    <message>
        <source>(catatan baru)</source>
        <translation>(new record)</translation>
    </message>
    <message>
        <source>konflik: {kolom}</source>
        <translation>conflict: {kolom}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Kolom berubah</source>
        <translation>Changed columns</translation>
    </message>
    <message>
        <source>Sheet buku kerja</source>
        <translation>Workbook sheet</translation>
    </message>
    <message>
        <source>Nomor baris di Excel</source>
        <translation>Row number in Excel</translation>
    </message>
    <message>
        <source>Catatan yang dibawa baris ini</source>
        <translation>The record this row carries</translation>
    </message>
    <message>
        <source>Baru, berubah, sama, lebih baru di sini, atau konflik</source>
        <translation>New, changed, same, newer here, or conflict</translation>
    </message>
    <message>
        <source>Kolom yang akan diambil dari berkas, dan kolom yang bertentangan</source>
        <translation>Columns to be taken from the file, and columns in conflict</translation>
    </message>
    <message>
        <source>Baris ini (atau catatan induknya) berisi kesalahan; lihat daftar masalah</source>
        <translation>This row (or its parent record) has errors; see the list of problems</translation>
    </message>
    <message>
        <source>Catatan di berkas</source>
        <translation>Records in the file</translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Masalah di berkas</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Simpan salinan bertan&amp;da…</source>
        <translation>Save &amp;marked copy…</translation>
    </message>
    <message>
        <source>Salinan buku kerja dengan sel yang salah diberi warna dan kolom Kesalahan, untuk diperbaiki di Excel</source>
        <translation>A copy of the workbook with the wrong cells coloured and a Kesalahan (errors) column, to correct in Excel</translation>
    </message>
    <message>
        <source>Li&amp;hat konflik…</source>
        <translation>See co&amp;nflicts…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Tutup hasil pemeriksaan tanpa mengimpor</source>
        <translation>Close the check result without importing</translation>
    </message>
    <message>
        <source>I&amp;mpor</source>
        <translation>Im&amp;port</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{jumlah} kesalahan</source>
        <translation>{jumlah} error(s)</translation>
    </message>
    <message>
        <source>{jumlah} peringatan</source>
        <translation>{jumlah} warning(s)</translation>
    </message>
    <message>
        <source>Masalah: {rincian}</source>
        <translation>Problems: {rincian}</translation>
    </message>
    <message>
        <source>Li&amp;hat konflik ({jumlah})…</source>
        <translation>See co&amp;nflicts ({jumlah})…</translation>
    </message>
    <message>
        <source>Li&amp;hat konflik ({jumlah} kolom dari berkas)…</source>
        <translation>See co&amp;nflicts ({jumlah} columns from the file)…</translation>
    </message>
</context>
<context>
    <name>jabatan_delegate</name>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
</context>
<context>
    <name>kegiatan_commands</name>
    <message>
        <source>tanpa judul</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>tambah kegiatan “{judul}”</source>
        <translation>add activity “{judul}”</translation>
    </message>
    <message>
        <source>simpan kegiatan “{judul}”</source>
        <translation>save activity “{judul}”</translation>
    </message>
    <message>
        <source>hapus kegiatan “{judul}”</source>
        <translation>delete activity “{judul}”</translation>
    </message>
</context>
<context>
    <name>kegiatan_editor</name>
    <message>
        <source>Kegiatan baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Data kegiatan</source>
        <translation>&amp;Activity data</translation>
    </message>
    <message>
        <source>&amp;Peserta &amp;&amp; nilai</source>
        <translation>&amp;Participants &amp;&amp; scores</translation>
    </message>
    <message>
        <source>&amp;Hasil pre/post</source>
        <translation>Pre/post resu&amp;lts</translation>
    </message>
    <message>
        <source>&amp;RTL</source>
        <translation>&amp;RTL</translation>
    </message>
    <message>
        <source>N&amp;otulen</source>
        <translation>Min&amp;utes</translation>
    </message>
    <message>
        <source>← Daftar kegiatan</source>
        <translation>← Activity list</translation>
    </message>
    <message>
        <source>Kembali ke daftar kegiatan (Alt+←)</source>
        <translation>Back to the activity list (Alt+←)</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Catat jalannya kegiatan: pembukaan, pokok bahasan, tanya jawab, kesepakatan.</source>
        <translation>Record how the activity went: opening, topics discussed, questions and answers, agreements.</translation>
    </message>
    <message>
        <source>Simpan kegiatan (Ctrl+S)</source>
        <translation>Save the activity (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kembalikan isian ke data tersimpan</source>
        <translation>Put the fields back to the saved data</translation>
    </message>
    <message>
        <source>Ceta&amp;k</source>
        <translation>Pri&amp;nt</translation>
    </message>
    <message>
        <source>Daftar hadir, rekap pre/post-test atau RTL sebagai PDF</source>
        <translation>Attendance list, pre/post-test summary or RTL as a PDF</translation>
    </message>
    <message>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan pada kegiatan “{judul}” belum disimpan. Simpan sekarang?</source>
        <translation>The changes to the activity “{judul}” have not been saved. Save now?</translation>
    </message>
    <message>
        <source>Kegiatan baru ini belum disimpan. Simpan sekarang?</source>
        <translation>This new activity has not been saved. Save now?</translation>
    </message>
</context>
<context>
    <name>kegiatan_form</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Materi yang dibawakan</source>
        <translation>Topics presented</translation>
    </message>
    <message>
        <source>Asal narasumber</source>
        <translation>Speaker&apos;s level</translation>
    </message>
    <message>
        <source>mis. Orientasi Kabupaten Sehat bagi Pokja Desa</source>
        <translation>e.g. Healthy District orientation for village Pokja</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Wilayah kegiatan</source>
        <translation>Region of the activity</translation>
    </message>
    <message>
        <source>Desa, kecamatan atau kabupaten tempat kegiatan ini dicatat</source>
        <translation>Village, sub-district or district under which this activity is recorded</translation>
    </message>
    <message>
        <source>mis. Aula Balai Desa</source>
        <translation>e.g. Village hall</translation>
    </message>
    <message>
        <source>mis. Dinas Kesehatan bersama Bappelitbangda</source>
        <translation>e.g. Health Office with Bappelitbangda</translation>
    </message>
    <message>
        <source>Nilai post-test paling rendah yang dihitung lulus</source>
        <translation>The lowest post-test score that counts as a pass</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Materi</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Tambah &amp;materi</source>
        <translation>Add &amp;topic</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Narasumber dan fasilitator</source>
        <translation>Speakers and facilitators</translation>
    </message>
    <message>
        <source>Tambah narasumber</source>
        <translation>Add speaker</translation>
    </message>
    <message>
        <source>Hapus narasumber</source>
        <translation>Delete speaker</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Jenis kegiatan:</source>
        <translation>Activity t&amp;ype:</translation>
    </message>
    <message>
        <source>J&amp;udul/topik:</source>
        <translation>T&amp;itle/topic:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Temp&amp;at:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Pen&amp;yelenggara:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Batas &amp;lulus post-test:</source>
        <translation>Post-test pass &amp;mark:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>Remar&amp;ks:</translation>
    </message>
    <message>
        <source>Materi (urut sesuai jadwal):</source>
        <translation>Topics (in the order of the schedule):</translation>
    </message>
    <message>
        <source>Narasumber/fasilitator:</source>
        <translation>Speakers/facilitators:</translation>
    </message>
    <message>
        <source>(1 hari)</source>
        <translation>(1 day)</translation>
    </message>
    <message>
        <source>({hari} hari)</source>
        <translation>({hari} days)</translation>
    </message>
    <message>
        <source>({hari} hari: terlalu lama)</source>
        <translation>({hari} days: too long)</translation>
    </message>
</context>
<context>
    <name>kegiatan_list_model</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Pre/post</source>
        <translation>Pre/post</translation>
    </message>
    <message>
        <source>RTL terbuka</source>
        <translation>Open RTL</translation>
    </message>
    <message>
        <source>Tanggal kegiatan (mulai–selesai)</source>
        <translation>Date of the activity (start–end)</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Judul atau topik</source>
        <translation>Title or topic</translation>
    </message>
    <message>
        <source>Desa, kecamatan atau kabupaten penyelenggara</source>
        <translation>Organising village, sub-district or district</translation>
    </message>
    <message>
        <source>Jumlah peserta tercatat</source>
        <translation>Number of participants recorded</translation>
    </message>
    <message>
        <source>Peserta hadir per hari (hari 1/hari 2/…)</source>
        <translation>Participants present per day (day 1/day 2/…)</translation>
    </message>
    <message>
        <source>Peserta yang memiliki nilai pre-test dan post-test</source>
        <translation>Participants with both a pre-test and a post-test score</translation>
    </message>
    <message>
        <source>Baris rencana tindak lanjut yang belum selesai atau masih berjalan</source>
        <translation>Follow-up plan rows not started yet or still in progress</translation>
    </message>
    <message>
        <source>Tempat: {tempat}</source>
        <translation>Venue: {tempat}</translation>
    </message>
    <message>
        <source>Belum ada peserta</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <source>hari {hari}: {hadir} dari {jumlah} peserta</source>
        <translation>day {hari}: {hadir} of {jumlah} participants</translation>
    </message>
    <message>
        <source>{dinilai} dari {jumlah} peserta memiliki nilai pre dan post</source>
        <translation>{dinilai} of {jumlah} participants have pre and post scores</translation>
    </message>
    <message>
        <source>Belum ada rencana tindak lanjut</source>
        <translation>No follow-up plan yet</translation>
    </message>
    <message>
        <source>{terbuka} dari {jumlah} baris RTL belum selesai</source>
        <translation>{terbuka} of {jumlah} RTL rows not done</translation>
    </message>
</context>
<context>
    <name>kegiatan_page</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Belum ada kegiatan tercatat.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Catat orientasi, sosialisasi STBM, pemicuan, rapat Pokja atau pelatihan beserta peserta, daftar hadir, nilai pre/post-test dan rencana tindak lanjutnya. Klik &lt;b&gt;Tambah kegiatan&lt;/b&gt; (Ctrl+N) untuk memulai.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No activities recorded yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Record orientations, STBM awareness sessions, triggering, Pokja meetings or trainings with their participants, attendance lists, pre/post-test scores and follow-up plans. Click &lt;b&gt;Add activity&lt;/b&gt; (Ctrl+N) to begin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tambah kegiatan</source>
        <translation>&amp;Add activity</translation>
    </message>
    <message>
        <source>Catat kegiatan baru (Ctrl+N)</source>
        <translation>Record a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Buka kegiatan terpilih (Enter atau klik ganda)</source>
        <translation>Open the selected activity (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus kegiatan terpilih (Delete); dapat diurungkan Ctrl+Z</source>
        <translation>Delete the selected activity (Delete); can be undone with Ctrl+Z</translation>
    </message>
    <message>
        <source>Ceta&amp;k</source>
        <translation>Pri&amp;nt</translation>
    </message>
    <message>
        <source>Cetak daftar hadir, rekap pre/post-test atau RTL kegiatan terpilih</source>
        <translation>Print the attendance list, pre/post-test summary or RTL of the selected activity</translation>
    </message>
    <message>
        <source>&amp;Riwayat…</source>
        <translation>H&amp;istory…</translation>
    </message>
    <message>
        <source>Perubahan kegiatan terpilih beserta peserta, kehadiran dan RTL-nya: kapan, oleh siapa, isi lama dan baru</source>
        <translation>Changes to the selected activity with its participants, attendance and RTL: when, by whom, old and new content</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Cari judul atau tempat… (Ctrl+F)</source>
        <translation>Search title or venue… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari kegiatan</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <source>Daftar kegiatan</source>
        <translation>Activity list</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{jumlah} kegiatan di {wilayah}</source>
        <translation>Activities in {wilayah}: {jumlah}</translation>
    </message>
    <message>
        <source>{jumlah} kegiatan</source>
        <translation>Activities: {jumlah}</translation>
    </message>
    <message>
        <source>{tampil} dari {jumlah} kegiatan di {wilayah}</source>
        <translation>{tampil} of {jumlah} activities in {wilayah}</translation>
    </message>
    <message>
        <source>{tampil} dari {jumlah} kegiatan</source>
        <translation>{tampil} of {jumlah} activities</translation>
    </message>
    <message>
        <source>Tidak dapat membuka kegiatan</source>
        <translation>Cannot open the activity</translation>
    </message>
    <message>
        <source>Yakin ingin menghapus kegiatan “{judul}” ({jenis}, {tanggal}) beserta {peserta} peserta, daftar hadir, nilai dan {rtl} baris RTL-nya?

Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.</source>
        <translation>Delete the activity “{judul}” ({jenis}, {tanggal}) with its {peserta} participants, attendance list, scores and {rtl} RTL rows?

The deletion can be undone with Ctrl+Z while the program stays open.</translation>
    </message>
    <message>
        <source>Hapus kegiatan</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>tanpa judul</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>kegiatan “{judul}”</source>
        <translation>activity “{judul}”</translation>
    </message>
</context>
<context>
    <name>kesiapan_commands</name>
    <message>
        <source>hapus jawaban {butir} ({wilayah})</source>
        <translation>delete answer {butir} ({wilayah})</translation>
    </message>
    <message>
        <source>jawab {butir} ({wilayah})</source>
        <translation>answer {butir} ({wilayah})</translation>
    </message>
</context>
<context>
    <name>kesiapan_daftar</name>
    <message>
        <source>Pilih satu butir untuk melihat bantuannya. Butir isian manual dijawab dengan tombol Jawab…, Enter atau klik ganda.</source>
        <translation>Choose an item to see its help. Manual items are answered with the Answer… button, Enter or a double-click.</translation>
    </message>
    <message>
        <source>✓ Semua butir terpenuhi.</source>
        <translation>✓ All items met.</translation>
    </message>
    <message>
        <source>Yang masih kurang (terpenting dahulu):</source>
        <translation>Still missing (most important first):</translation>
    </message>
    <message>
        <source>Yang masih kurang</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>&amp;Jawab…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Butir daftar periksa</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Skor {skor}</source>
        <translation>Score {skor}</translation>
    </message>
    <message>
        <source>Bobot butir terpenuhi ditambah setengah bobot butir sebagian, dibagi jumlah bobot semua butir.</source>
        <translation>The weight of the items met plus half the weight of the partial items, divided by the total weight of all items.</translation>
    </message>
    <message>
        <source>siklus {siklus}, {jumlah} butir</source>
        <translation>cycle {siklus}, {jumlah} items</translation>
    </message>
    <message>
        <source>Ubah &amp;jawaban…</source>
        <translation>Edit &amp;answer…</translation>
    </message>
    <message>
        <source>Butir ini dinilai otomatis dari data program; ubah datanya di tempat yang disebut.</source>
        <translation>This item is assessed automatically from the program&apos;s data; change the data where it says.</translation>
    </message>
    <message>
        <source>(dinilai otomatis)</source>
        <translation>(assessed automatically)</translation>
    </message>
    <message>
        <source>{cara}, bobot {bobot}</source>
        <translation>{cara}, weight {bobot}</translation>
    </message>
    <message>
        <source>Alasan: {alasan}</source>
        <translation>Reason: {alasan}</translation>
    </message>
    <message>
        <source>Bukti: {bukti}</source>
        <translation>Evidence: {bukti}</translation>
    </message>
    <message>
        <source>Yang dihitung sebagai bukti: {bantuan}</source>
        <translation>What counts as evidence: {bantuan}</translation>
    </message>
    <message>
        <source>Dinilai otomatis dari data program. Asal datanya: {bantuan}</source>
        <translation>Assessed automatically from the program&apos;s data. Where the data comes from: {bantuan}</translation>
    </message>
</context>
<context>
    <name>kesiapan_jawaban_dialog</name>
    <message>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.webp *.doc *.docx *.xls *.xlsx);;PDF (*.pdf);;Gambar (*.jpg *.jpeg *.png *.webp);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.webp *.doc *.docx *.xls *.xlsx);;PDF (*.pdf);;Images (*.jpg *.jpeg *.png *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>Belum ada berkas (PDF hasil pindai atau foto, paling besar {ukuran} MB).</source>
        <translation>No file yet (a scanned PDF or a photo, at most {ukuran} MB).</translation>
    </message>
    <message>
        <source>Pilih jawaban: Ada, Sebagian atau Tidak ada.</source>
        <translation>Choose an answer: Yes, Partial or No.</translation>
    </message>
    <message>
        <source>&amp;Ada</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Sebag&amp;ian</source>
        <translation>Pa&amp;rtial</translation>
    </message>
    <message>
        <source>&amp;Tidak ada</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Jawab butir · {wilayah}</source>
        <translation>Answer item · {wilayah}</translation>
    </message>
    <message>
        <source>Yang dihitung sebagai bukti: {bantuan}</source>
        <translation>What counts as evidence: {bantuan}</translation>
    </message>
    <message>
        <source>mis. 141/05/2025</source>
        <translation>e.g. 141/05/2025</translation>
    </message>
    <message>
        <source>mis. Sekretaris Pokja</source>
        <translation>e.g. Pokja secretary</translation>
    </message>
    <message>
        <source>&amp;Jawaban:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Nomor dokumen:</source>
        <translation>Document n&amp;umber:</translation>
    </message>
    <message>
        <source>Tan&amp;ggal dokumen:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Dijawab oleh:</source>
        <translation>Answered &amp;by:</translation>
    </message>
    <message>
        <source>Berkas bukti:</source>
        <translation>Evidence file:</translation>
    </message>
    <message>
        <source>&amp;Hapus jawaban</source>
        <translation>Delete ans&amp;wer</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Si&amp;mpan salinan…</source>
        <translation>Sa&amp;ve a copy…</translation>
    </message>
    <message>
        <source>&amp;Lepas berkas</source>
        <translation>Re&amp;move file</translation>
    </message>
    <message>
        <source>PDF hasil pindai atau foto dokumen, paling besar {ukuran}; disimpan di dalam berkas data sehingga ikut tercadang.</source>
        <translation>A scanned PDF or a photo of the document, at most {ukuran}; kept inside the data file, so it is backed up with it.</translation>
    </message>
    <message>
        <source>Pilih berkas bukti</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <source>Berkas terlalu besar</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka</source>
        <translation>File cannot be opened</translation>
    </message>
    <message>
        <source>Tidak ada program untuk membuka {berkas} di komputer ini. Pakai Simpan salinan…, lalu buka berkas itu dari foldernya.</source>
        <translation>There is no program to open {berkas} on this computer. Use Save a copy…, then open the file from its folder.</translation>
    </message>
    <message>
        <source>Simpan salinan berkas bukti</source>
        <translation>Save a copy of the evidence file</translation>
    </message>
    <message>
        <source>Salinan tidak tersimpan</source>
        <translation>Copy not saved</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Hapus jawaban</source>
        <translation>Delete answer</translation>
    </message>
    <message>
        <source>Hapus jawaban “{butir}” untuk {wilayah}, beserta berkas buktinya? Anda dapat mengurungkannya dengan Ctrl+Z.</source>
        <translation>Delete the answer to “{butir}” for {wilayah}, together with its evidence file? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>kesiapan_matriks</name>
    <message>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{judul} (siklus {siklus})</source>
        <translation>{judul} (cycle {siklus})</translation>
    </message>
    <message>
        <source>Saring kecamatan</source>
        <translation>Filter by sub-district</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Sub-district:</translation>
    </message>
    <message>
        <source>Cari nama desa… (Ctrl+F)</source>
        <translation>Search village name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari desa</source>
        <translation>Search village</translation>
    </message>
    <message>
        <source>Matriks kesiapan desa</source>
        <translation>Village readiness matrix</translation>
    </message>
    <message>
        <source>Jumlah per butir</source>
        <translation>Totals per item</translation>
    </message>
    <message>
        <source>&amp;Daftar periksa:</source>
        <translation>&amp;Checklist:</translation>
    </message>
    <message>
        <source>Keterangan:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All sub-districts</translation>
    </message>
    <message>
        <source>Belum ada daftar periksa untuk desa.</source>
        <translation>There is no checklist for villages yet.</translation>
    </message>
    <message>
        <source>Belum ada desa/kelurahan terdaftar di wilayah kerja ini.</source>
        <translation>No village (desa/kelurahan) is registered in this working area yet.</translation>
    </message>
    <message>
        <source>{jumlah} desa/kelurahan. Jumlah di bawah tabel dihitung dari desa yang tampil. Enter atau klik ganda membuka daftar periksa desa.</source>
        <translation>{jumlah} villages. The totals under the table count the villages shown. Enter or a double-click opens the village&apos;s checklist.</translation>
    </message>
    <message>
        <source>Menampilkan {tampil} dari {jumlah} desa/kelurahan; jumlah di bawah tabel hanya untuk yang tampil.</source>
        <translation>Showing {tampil} of {jumlah} villages; the totals under the table are for those shown only.</translation>
    </message>
</context>
<context>
    <name>kesiapan_matriks_model</name>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nama desa/kelurahan</source>
        <translation>Village name (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Skor berbobot daftar periksa (0–100%)</source>
        <translation>Weighted checklist score (0–100%)</translation>
    </message>
    <message>
        <source>Bobot {bobot}; diisi manual (Ada/Sebagian/Tidak ada).</source>
        <translation>Weight {bobot}; answered by hand (Yes/Partial/No).</translation>
    </message>
    <message>
        <source>Bobot {bobot}; dinilai dari data.</source>
        <translation>Weight {bobot}; assessed from the data.</translation>
    </message>
    <message>
        <source>{desa} ({kode}), skor {skor}. Enter atau klik ganda membuka daftar periksa desa ini.</source>
        <translation>{desa} ({kode}), score {skor}. Enter or a double-click opens this village&apos;s checklist.</translation>
    </message>
    <message>
        <source>Bukti: {bukti}</source>
        <translation>Evidence: {bukti}</translation>
    </message>
    <message>
        <source>{status} (dari {jumlah} desa)</source>
        <translation>{status} (of {jumlah} villages)</translation>
    </message>
    <message>
        <source>Rata-rata skor {jumlah} desa yang tampil: {skor}</source>
        <translation>Average score of the {jumlah} villages shown: {skor}</translation>
    </message>
    <message>
        <source>Dihitung dari desa yang tampil di tabel (mengikuti saringan)</source>
        <translation>Counted from the villages shown in the table (following the filters)</translation>
    </message>
    <message>
        <source>{terpenuhi} terpenuhi dari {jumlah} desa</source>
        <translation>{terpenuhi} met of {jumlah} villages</translation>
    </message>
</context>
<context>
    <name>kesiapan_page</name>
    <message>
        <source>Belum ada desa/kelurahan di berkas data ini. Tambahkan desa di halaman Desa dan Pokja; setelah itu kesiapan tiap desa, kecamatan dan kabupaten dinilai di sini dari data yang Anda isi.</source>
        <translation>There are no villages in this data file yet. Add villages on the Villages and Pokja page; then the readiness of each village, sub-district and district is assessed here from the data you enter.</translation>
    </message>
    <message>
        <source>{judul} (siklus {siklus})</source>
        <translation>{judul} (cycle {siklus})</translation>
    </message>
    <message>
        <source>{desa} (Kec. {kecamatan})</source>
        <translation>{desa} ({kecamatan} sub-district)</translation>
    </message>
    <message>
        <source>Kecamatan {nama}</source>
        <translation>{nama} sub-district</translation>
    </message>
    <message>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Matriks desa</source>
        <translation>Village matrix</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ketik sebagian nama…</source>
        <translation>Type part of a name…</translation>
    </message>
    <message>
        <source>&amp;Daftar periksa:</source>
        <translation>&amp;Checklist:</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>A&amp;rea:</translation>
    </message>
</context>
<context>
    <name>kesiapan_tree_model</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>(isian manual)</source>
        <translation>(answered by hand)</translation>
    </message>
    <message>
        <source>Nomor {nomor}</source>
        <translation>Number {nomor}</translation>
    </message>
    <message>
        <source>Tanggal {tanggal}</source>
        <translation>Date {tanggal}</translation>
    </message>
    <message>
        <source>Berkas: {berkas} ({ukuran})</source>
        <translation>File: {berkas} ({ukuran})</translation>
    </message>
    <message>
        <source>{kelompok} — {terpenuhi} dari {jumlah} terpenuhi</source>
        <translation>{kelompok} — {terpenuhi} of {jumlah} met</translation>
    </message>
</context>
<context>
    <name>konflik_dialog</name>
    <message>
        <source>Pakai yang di sini</source>
        <translation>Use the value here</translation>
    </message>
    <message>
        <source>Pakai dari berkas</source>
        <translation>Use the file&apos;s value</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Konflik: pilih nilai yang dipakai</source>
        <translation>Conflict: choose the values to use</translation>
    </message>
    <message>
        <source>&lt;b&gt;{jumlah} catatan&lt;/b&gt; diubah di sini dan juga di berkas &lt;b&gt;{berkas}&lt;/b&gt;, dengan nilai berbeda. Pilih untuk setiap kolom nilai mana yang dipakai. Yang tidak Anda ubah tetap memakai nilai di sini.</source>
        <translation>Records changed both here and in the file &lt;b&gt;{berkas}&lt;/b&gt;, with different values: &lt;b&gt;{jumlah}&lt;/b&gt;. Choose for each column which value to use. Whatever you do not change keeps the value here.</translation>
    </message>
    <message>
        <source>Semua pakai yang di &amp;sini</source>
        <translation>Use all values &amp;here</translation>
    </message>
    <message>
        <source>Semua pakai dari &amp;berkas</source>
        <translation>Use all values from the &amp;file</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan impor</source>
        <translation>&amp;Continue import</translation>
    </message>
    <message>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>{catatan}  —  sheet {lembar}, baris {baris}</source>
        <translation>{catatan}  —  sheet {lembar}, row {baris}</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai di sini</source>
        <translation>Value here</translation>
    </message>
    <message>
        <source>Nilai di berkas</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Dipakai</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Juga diambil dari berkas (tidak bertentangan): {kolom}</source>
        <translation>Also taken from the file (no conflict): {kolom}</translation>
    </message>
</context>
<context>
    <name>laporan_dialog</name>
    <message>
        <source>Akses a&amp;man:</source>
        <translation>Sa&amp;fe access:</translation>
    </message>
    <message>
        <source>Akses &amp;layak:</source>
        <translation>&amp;Adequate access:</translation>
    </message>
    <message>
        <source>Layak bersama (s&amp;haring):</source>
        <translation>Adequate, shared (s&amp;haring):</translation>
    </message>
    <message>
        <source>Belum la&amp;yak:</source>
        <translation>Not &amp;yet adequate:</translation>
    </message>
    <message>
        <source>BABS t&amp;ertutup:</source>
        <translation>BABS, &amp;enclosed:</translation>
    </message>
    <message>
        <source>BABS terb&amp;uka:</source>
        <translation>BABS, &amp;in the open:</translation>
    </message>
    <message>
        <source>&amp;JSP (jamban sehat permanen):</source>
        <translation>&amp;JSP (permanent healthy latrine):</translation>
    </message>
    <message>
        <source>JSS&amp;P (semi permanen):</source>
        <translation>JSS&amp;P (semi-permanent):</translation>
    </message>
    <message>
        <source>Sharing/&amp;numpang:</source>
        <translation>Sharing/using a neigh&amp;bour&apos;s:</translation>
    </message>
    <message>
        <source>O&amp;D (BAB sembarangan):</source>
        <translation>O&amp;D (open defecation):</translation>
    </message>
    <message>
        <source>Pilar &amp;2 CTPS:</source>
        <translation>Pillar &amp;2 CTPS:</translation>
    </message>
    <message>
        <source>Pilar &amp;3 PAMM-RT:</source>
        <translation>Pillar &amp;3 PAMM-RT:</translation>
    </message>
    <message>
        <source>Pilar &amp;4 PS-RT:</source>
        <translation>Pillar &amp;4 PS-RT:</translation>
    </message>
    <message>
        <source>Pilar &amp;5 PLC-RT:</source>
        <translation>Pillar &amp;5 PLC-RT:</translation>
    </message>
    <message>
        <source>Ubah laporan sanitasi · {desa}</source>
        <translation>Edit sanitation report · {desa}</translation>
    </message>
    <message>
        <source>Tambah laporan sanitasi · {desa}</source>
        <translation>Add sanitation report · {desa}</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>mis. Sanitarian Puskesmas</source>
        <translation>e.g. Puskesmas sanitarian</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Peri&amp;ode:</source>
        <translation>Reporting &amp;month:</translation>
    </message>
    <message>
        <source>Sumbe&amp;r data:</source>
        <translation>Data sou&amp;rce:</translation>
    </message>
    <message>
        <source>Petu&amp;gas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Total KK:</source>
        <translation>&amp;Total households:</translation>
    </message>
    <message>
        <source>S&amp;kala lama (JSP/JSSP/sharing/OD)</source>
        <translation>O&amp;ld scale (JSP/JSSP/sharing/OD)</translation>
    </message>
    <message>
        <source>Untuk laporan lama yang memakai skala JSP/JSSP/sharing/OD. Angkanya disimpan apa adanya dan dipetakan ke tangga akses.</source>
        <translation>For old reports that use the JSP/JSSP/sharing/OD scale. The figures are stored as entered and mapped onto the access ladder.</translation>
    </message>
    <message>
        <source>Pilar 1 Stop BABS: tangga akses jamban (jumlah KK)</source>
        <translation>Pillar 1 Stop BABS: latrine access ladder (number of households)</translation>
    </message>
    <message>
        <source>belum didata</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Pilar 2–5 (jumlah KK yang menerapkan)</source>
        <translation>Pillars 2–5 (number of households practising)</translation>
    </message>
    <message>
        <source>KK menerapkan ≥3 p&amp;ilar:</source>
        <translation>Ho&amp;useholds practising ≥3 pillars:</translation>
    </message>
    <message>
        <source>Kosongkan pilar yang tidak didata bulan ini.</source>
        <translation>Leave empty the pillars not recorded this month.</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Akses: – · BABS: –</source>
        <translation>Access: – · BABS: –</translation>
    </message>
    <message>
        <source>Jumlah tangga: –</source>
        <translation>Ladder total: –</translation>
    </message>
    <message>
        <source>Akses: {akses} dari {total} KK ({persen}) · BABS: {babs} KK</source>
        <translation>Access: {akses} of {total} households ({persen}) · BABS: {babs} households</translation>
    </message>
    <message>
        <source>Jumlah tangga: {jumlah} (cocok dengan total KK)</source>
        <translation>Ladder total: {jumlah} (matches total households)</translation>
    </message>
    <message>
        <source>Jumlah tangga: {jumlah} (tidak cocok dengan total KK {total})</source>
        <translation>Ladder total: {jumlah} (does not match total households {total})</translation>
    </message>
    <message>
        <source>Menurut angka per pilar, KK yang menerapkan ≥3 pilar antara {bawah} dan {atas}.</source>
        <translation>By the per-pillar figures, households practising ≥3 pillars are between {bawah} and {atas}.</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan laporan</source>
        <translation>Cannot save the report</translation>
    </message>
</context>
<context>
    <name>laporan_table_model</name>
    <message>
        <source>Periode</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total KK</source>
        <translation>Total households</translation>
    </message>
    <message>
        <source>Akses %</source>
        <translation>Access %</translation>
    </message>
    <message>
        <source>KK BABS</source>
        <translation>BABS households</translation>
    </message>
    <message>
        <source>CTPS %</source>
        <translation>CTPS %</translation>
    </message>
    <message>
        <source>PAMM %</source>
        <translation>PAMM %</translation>
    </message>
    <message>
        <source>PS-RT %</source>
        <translation>PS-RT %</translation>
    </message>
    <message>
        <source>PLC-RT %</source>
        <translation>PLC-RT %</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>Jumlah KK yang didata</source>
        <translation>Number of households surveyed</translation>
    </message>
    <message>
        <source>KK dengan akses jamban (tidak BABS)</source>
        <translation>Households with latrine access (no BABS)</translation>
    </message>
    <message>
        <source>KK yang masih BABS (tertutup dan terbuka)</source>
        <translation>Households still practising BABS (enclosed and in the open)</translation>
    </message>
    <message>
        <source>Pilar 2 Cuci Tangan Pakai Sabun</source>
        <translation>Pillar 2 Handwashing with soap</translation>
    </message>
    <message>
        <source>Pilar 3 Pengelolaan Air Minum dan Makanan RT</source>
        <translation>Pillar 3 Household drinking water and food management</translation>
    </message>
    <message>
        <source>Pilar 4 Pengamanan Sampah RT</source>
        <translation>Pillar 4 Household solid waste management</translation>
    </message>
    <message>
        <source>Pilar 5 Pengamanan Limbah Cair RT</source>
        <translation>Pillar 5 Household wastewater management</translation>
    </message>
    <message>
        <source>Asal angka laporan</source>
        <translation>Where the report&apos;s figures come from</translation>
    </message>
    <message>
        <source>Yang mengisi laporan</source>
        <translation>Who filled in the report</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Desa dan Pokja</source>
        <translation>Villages and Pokja</translation>
    </message>
    <message>
        <source>Sanitasi</source>
        <translation>Sanitation</translation>
    </message>
    <message>
        <source>Data KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Ekspor/Impor</source>
        <translation>Export/Import</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Membuka data…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>KKS Desktop — {wilayah}</source>
        <translation>KKS Desktop — {wilayah}</translation>
    </message>
    <message>
        <source>Bagian program</source>
        <translation>Program areas</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Cadangkan ke…</source>
        <translation>&amp;Back up to…</translation>
    </message>
    <message>
        <source>Simpan salinan data ke folder pilihan Anda, misalnya flashdisk</source>
        <translation>Save a copy of the data to a folder of your choice, for example a USB stick</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Data &amp;terhapus…</source>
        <translation>&amp;Deleted data…</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Tentang KKS Desktop</source>
        <translation>&amp;About KKS Desktop</translation>
    </message>
    <message>
        <source>Berkas data: {berkas}  ({ukuran})</source>
        <translation>Data file: {berkas}  ({ukuran})</translation>
    </message>
    <message>
        <source>Tentang KKS Desktop</source>
        <translation>About KKS Desktop</translation>
    </message>
    <message>
        <source>KKS Desktop {versi}
Untuk Pokja Desa/Kelurahan Sehat, Forum Kecamatan Sehat dan Tim Pembina KKS.

Berkas data: {berkas}</source>
        <translation>KKS Desktop {versi}
For Pokja Desa/Kelurahan Sehat (healthy village working groups), Forum Kecamatan Sehat and the Tim Pembina KKS.

Data file: {berkas}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>Jumlah KK</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <source>Jumlah jiwa</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Jumlah dusun</source>
        <translation>Number of dusun</translation>
    </message>
    <message>
        <source>Jumlah RW</source>
        <translation>Number of RW</translation>
    </message>
    <message>
        <source>Jumlah RT</source>
        <translation>Number of RT</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Alamat sekretariat Pokja</source>
        <translation>Pokja secretariat address</translation>
    </message>
    <message>
        <source>Laporan sanitasi</source>
        <translation>Sanitation report</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <source>Anggota Pokja</source>
        <translation>Pokja members</translation>
    </message>
    <message>
        <source>Nama anggota</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
    <message>
        <source>Telepon anggota</source>
        <translation>Member telephone</translation>
    </message>
    <message>
        <source>Tatanan</source>
        <translation>Setting (tatanan)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>Total KK</source>
        <translation>Total households</translation>
    </message>
    <message>
        <source>Akses aman</source>
        <translation>Safe access</translation>
    </message>
    <message>
        <source>Akses layak</source>
        <translation>Adequate access</translation>
    </message>
    <message>
        <source>Layak bersama (sharing)</source>
        <translation>Adequate, shared (sharing)</translation>
    </message>
    <message>
        <source>Belum layak</source>
        <translation>Not yet adequate</translation>
    </message>
    <message>
        <source>BABS tertutup</source>
        <translation>BABS, enclosed</translation>
    </message>
    <message>
        <source>BABS terbuka</source>
        <translation>BABS, in the open</translation>
    </message>
    <message>
        <source>KK dengan akses (tidak BABS)</source>
        <translation>Households with access (no BABS)</translation>
    </message>
    <message>
        <source>KK masih BABS</source>
        <translation>Households still practising BABS</translation>
    </message>
    <message>
        <source>Pilar 2 CTPS</source>
        <translation>Pillar 2 CTPS</translation>
    </message>
    <message>
        <source>Pilar 3 PAMM-RT</source>
        <translation>Pillar 3 PAMM-RT</translation>
    </message>
    <message>
        <source>Pilar 4 PS-RT</source>
        <translation>Pillar 4 PS-RT</translation>
    </message>
    <message>
        <source>Pilar 5 PLC-RT</source>
        <translation>Pillar 5 PLC-RT</translation>
    </message>
    <message>
        <source>KK menerapkan ≥3 pilar (2–5)</source>
        <translation>Households practising ≥3 pillars (2–5)</translation>
    </message>
    <message>
        <source>Jumlah skala lama (JSP/JSSP/sharing/OD)</source>
        <translation>Old-scale total (JSP/JSSP/sharing/OD)</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Tim verifikasi</source>
        <translation>Verification team</translation>
    </message>
    <message>
        <source>Nomor Berita Acara</source>
        <translation>Official report (Berita Acara) number</translation>
    </message>
    <message>
        <source>Judul kegiatan</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <source>Jenis kegiatan</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Batas lulus</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Nama narasumber</source>
        <translation>Resource person name</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nama peserta</source>
        <translation>Participant name</translation>
    </message>
    <message>
        <source>Jenis kelamin peserta</source>
        <translation>Participant sex</translation>
    </message>
    <message>
        <source>Kategori peserta</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Nilai pre-test</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Nilai post-test</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>Kehadiran peserta</source>
        <translation>Participant attendance</translation>
    </message>
    <message>
        <source>Telepon peserta</source>
        <translation>Participant telephone</translation>
    </message>
    <message>
        <source>Kegiatan RTL</source>
        <translation>RTL activity</translation>
    </message>
    <message>
        <source>Waktu RTL</source>
        <translation>RTL timing</translation>
    </message>
    <message>
        <source>Penanggung jawab RTL</source>
        <translation>RTL person in charge</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Penandatangan SK</source>
        <translation>Decree (SK) signed by</translation>
    </message>
    <message>
        <source>Unsur/instansi anggota</source>
        <translation>Member sector/agency</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Head of household name</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Pembuangan tinja</source>
        <translation>Excreta disposal</translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Nama anggota tim</source>
        <translation>Team member name</translation>
    </message>
    <message>
        <source>Instansi anggota tim</source>
        <translation>Team member agency</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Materi</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Instansi narasumber</source>
        <translation>Resource person agency</translation>
    </message>
    <message>
        <source>Materi narasumber</source>
        <translation>Resource person material</translation>
    </message>
    <message>
        <source>Jabatan peserta</source>
        <translation>Participant position</translation>
    </message>
    <message>
        <source>Instansi peserta</source>
        <translation>Participant agency</translation>
    </message>
    <message>
        <source>Desa peserta</source>
        <translation>Participant village</translation>
    </message>
    <message>
        <source>Tujuan RTL</source>
        <translation>RTL objective</translation>
    </message>
    <message>
        <source>Sasaran RTL</source>
        <translation>RTL target group</translation>
    </message>
    <message>
        <source>Tempat RTL</source>
        <translation>RTL venue</translation>
    </message>
    <message>
        <source>Sumber dana RTL</source>
        <translation>RTL funding source</translation>
    </message>
    <message>
        <source>Indikator RTL</source>
        <translation>RTL indicator</translation>
    </message>
    <message>
        <source>Catatan RTL</source>
        <translation>RTL notes</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Tanggal dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Catatan jawaban</source>
        <translation>Answer notes</translation>
    </message>
    <message>
        <source>Dijawab oleh</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>kode wilayah belum diisi</source>
        <translation>the area code is empty</translation>
    </message>
    <message>
        <source>bentuknya harus PP.KK.CC.DDDD, misalnya 33.25.01.2001</source>
        <translation>it must have the form PP.KK.CC.DDDD, for example 33.25.01.2001</translation>
    </message>
    <message>
        <source>hanya boleh berisi angka dan titik</source>
        <translation>it may only contain digits and dots</translation>
    </message>
    <message>
        <source>harus 10 angka (atau 2, 4, 6 angka untuk provinsi, kabupaten, kecamatan)</source>
        <translation>it must have 10 digits (or 2, 4, 6 digits for a province, district/city, sub-district)</translation>
    </message>
    <message>
        <source>tidak ada bagian kode yang bernilai 00</source>
        <translation>no part of the code may be 00</translation>
    </message>
    <message>
        <source>angka pertama kode desa harus 1 (kelurahan), 2 (desa) atau 3 (desa adat)</source>
        <translation>the first digit of a village code must be 1 (kelurahan), 2 (desa) or 3 (desa adat)</translation>
    </message>
    <message>
        <source>tidak boleh negatif</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>“{text}” bukan bilangan bulat (contoh: 1.234)</source>
        <translation>“{text}” is not a whole number (example: 1.234)</translation>
    </message>
    <message>
        <source>terlalu besar (paling banyak {maximum})</source>
        <translation>too large (at most {maximum})</translation>
    </message>
    <message>
        <source>jumlah KK ({kk}) lebih besar dari jumlah jiwa ({jiwa}); periksa lagi</source>
        <translation>the number of households ({kk}) is larger than the number of people ({jiwa}); please check</translation>
    </message>
    <message>
        <source>lebih dari {maximum} jiwa per KK ({jiwa} jiwa, {kk} KK); periksa lagi</source>
        <translation>more than {maximum} people per household ({jiwa} people, {kk} households); please check</translation>
    </message>
    <message>
        <source>jumlah RT lebih kecil dari jumlah RW; periksa lagi</source>
        <translation>the number of RT is smaller than the number of RW; please check</translation>
    </message>
    <message>
        <source>nomor telepon tampak tidak lengkap (8–15 angka)</source>
        <translation>the telephone number looks incomplete (8–15 digits)</translation>
    </message>
    <message>
        <source>tanggal tidak boleh di masa depan</source>
        <translation>the date cannot be in the future</translation>
    </message>
    <message>
        <source>nomor SK sudah diisi, tanggal SK belum</source>
        <translation>the decree (SK) number is filled in, the SK date is not</translation>
    </message>
    <message>
        <source>tanggal SK sudah diisi, nomor SK belum</source>
        <translation>the decree (SK) date is filled in, the SK number is not</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>harus 16 angka (yang tertulis {panjang} karakter)</source>
        <translation>must have 16 digits ({panjang} characters were entered)</translation>
    </message>
    <message>
        <source>dua angka pertama ({kode}) bukan kode provinsi; periksa lagi</source>
        <translation>the first two digits ({kode}) are not a province code; please check</translation>
    </message>
    <message>
        <source>angka ke-7 sampai ke-12 ({tanggal}) bukan tanggal terbit KK (HHBBTT); periksa lagi</source>
        <translation>digits 7 to 12 ({tanggal}) are not a family card issue date (DDMMYY); please check</translation>
    </message>
    <message>
        <source>satu KK paling sedikit 1 jiwa</source>
        <translation>a household has at least 1 person</translation>
    </message>
    <message>
        <source>jabatan {jabatan} diisi lebih dari satu orang</source>
        <translation>the position {jabatan} is held by more than one person</translation>
    </message>
    <message>
        <source>belum ada ketua</source>
        <translation>there is no chair yet</translation>
    </message>
    <message>
        <source>tatanan “{id}” tidak dikenal</source>
        <translation>unknown setting (tatanan) “{id}”</translation>
    </message>
    <message>
        <source>ada tatanan yang dipilih dua kali</source>
        <translation>a setting (tatanan) is chosen twice</translation>
    </message>
    <message>
        <source>periode tidak boleh di masa depan</source>
        <translation>the reporting month cannot be in the future</translation>
    </message>
    <message>
        <source>jumlah tangga akses ({jumlah}) tidak sama dengan total KK ({total})</source>
        <translation>the access ladder sum ({jumlah}) does not equal total households ({total})</translation>
    </message>
    <message>
        <source>lebih besar dari total KK ({total})</source>
        <translation>larger than total households ({total})</translation>
    </message>
    <message>
        <source>tidak mungkin dengan jumlah KK per pilar yang diisi (harus antara {low} dan {high})</source>
        <translation>impossible with the households per pillar entered (must be between {low} and {high})</translation>
    </message>
    <message>
        <source>berbeda lebih dari {persen}% dari jumlah KK terdaftar ({terdaftar}); periksa lagi</source>
        <translation>differs by more than {persen}% from the registered number of households ({terdaftar}); please check</translation>
    </message>
    <message>
        <source>berubah dari {sebelumnya} ({periode}) menjadi {sekarang}, lebih dari {persen}% total KK; periksa lagi</source>
        <translation>changed from {sebelumnya} ({periode}) to {sekarang}, more than {persen}% of total households; please check</translation>
    </message>
    <message>
        <source>{babs} KK masih/kembali BABS padahal desa sudah dideklarasikan ODF ({tanggal})</source>
        <translation>{babs} households still/again practise BABS although the village was declared ODF ({tanggal})</translation>
    </message>
    <message>
        <source>laporan {periode} sudah ada; ubah laporan itu</source>
        <translation>the report for {periode} already exists; edit that report</translation>
    </message>
    <message>
        <source>ada anggota tim tanpa nama</source>
        <translation>a team member has no name</translation>
    </message>
    <message>
        <source>tim verifikasi kurang dari {minimum} orang</source>
        <translation>the verification team has fewer than {minimum} people</translation>
    </message>
    <message>
        <source>dinyatakan lulus, tetapi laporan terakhir masih mencatat {babs} KK BABS</source>
        <translation>marked as passed, but the latest report still records {babs} households practising BABS</translation>
    </message>
    <message>
        <source>deklarasi ODF harus didahului verifikasi yang lulus (pada tanggal yang sama atau sebelumnya)</source>
        <translation>an ODF declaration must be preceded by a passed verification (on the same date or earlier)</translation>
    </message>
    <message>
        <source>nomor Berita Acara belum diisi</source>
        <translation>the official report (Berita Acara) number is empty</translation>
    </message>
    <message>
        <source>pilihan “{value}” tidak dikenal</source>
        <translation>unknown choice “{value}”</translation>
    </message>
    <message>
        <source>tanggal selesai tidak boleh sebelum tanggal mulai</source>
        <translation>the end date cannot be before the start date</translation>
    </message>
    <message>
        <source>kegiatan lebih dari {maximum} hari; periksa tanggal selesai</source>
        <translation>the activity lasts more than {maximum} days; check the end date</translation>
    </message>
    <message>
        <source>nilai harus antara 0 dan 100</source>
        <translation>the score must be between 0 and 100</translation>
    </message>
    <message>
        <source>“{text}” bukan nilai (contoh: 85 atau 72,5)</source>
        <translation>“{text}” is not a score (example: 85 or 72,5)</translation>
    </message>
    <message>
        <source>{nama} tampaknya tercatat lebih dari sekali (baris {rows}); gabungkan bila orangnya sama</source>
        <translation>{nama} seems to be recorded more than once (rows {rows}); merge them if it is the same person</translation>
    </message>
    <message>
        <source>hari kehadiran di luar lama kegiatan ({hari} hari)</source>
        <translation>attendance day outside the length of the activity ({hari} days)</translation>
    </message>
    <message>
        <source>waktu (tanggal target) belum diisi</source>
        <translation>the timing (target date) is empty</translation>
    </message>
    <message>
        <source>penanggung jawab belum diisi</source>
        <translation>the person in charge is empty</translation>
    </message>
    <message>
        <source>“{value}” tidak dikenali (isi L atau P); dikosongkan</source>
        <translation>“{value}” not recognised (enter L or P); left empty</translation>
    </message>
    <message>
        <source>kategori “{value}” tidak dikenal; dikosongkan</source>
        <translation>unknown category “{value}”; left empty</translation>
    </message>
    <message>
        <source>berisi karakter kendali atau karakter tak terlihat ({karakter}) pada huruf ke-{posisi}; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi</source>
        <translation>contains a control or invisible character ({karakter}) at character {posisi}; delete that character (e.g. retype the text) and save again</translation>
    </message>
    <message>
        <source>harus satu baris; hapus pindah baris (Enter) di dalamnya</source>
        <translation>must be a single line; remove the line breaks (Enter) in it</translation>
    </message>
    <message>
        <source>terlalu panjang ({panjang} karakter; paling banyak {maximum})</source>
        <translation>too long ({panjang} characters; at most {maximum})</translation>
    </message>
    <message>
        <source>{nilai} tidak masuk akal; isi tanggal antara {awal} dan {akhir}</source>
        <translation>{nilai} is not plausible; enter a date between {awal} and {akhir}</translation>
    </message>
    <message>
        <source>data Pokja</source>
        <translation>Pokja data</translation>
    </message>
    <message>
        <source>anggota Pokja</source>
        <translation>Pokja member</translation>
    </message>
    <message>
        <source>laporan sanitasi</source>
        <translation>sanitation report</translation>
    </message>
    <message>
        <source>catatan jalur ODF</source>
        <translation>ODF pathway record</translation>
    </message>
    <message>
        <source>kegiatan</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>peserta kegiatan</source>
        <translation>activity participant</translation>
    </message>
    <message>
        <source>baris RTL</source>
        <translation>RTL row</translation>
    </message>
    <message>
        <source>data KK</source>
        <translation>household record</translation>
    </message>
    <message>
        <source>Pembina</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Wakil Ketua</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Koordinator Bidang</source>
        <translation>Section coordinator</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Urban village</translation>
    </message>
    <message>
        <source>Desa Adat</source>
        <translation>Customary village</translation>
    </message>
    <message>
        <source>Pemicuan</source>
        <translation>Triggering</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Deklarasi</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Kode {kode} tidak ada dalam daftar resmi Kemendagri.</source>
        <translation>Code {kode} is not in the official Kemendagri list.</translation>
    </message>
    <message>
        <source>Mungkin yang Anda maksud: {pilihan}.</source>
        <translation>Did you mean {pilihan}?</translation>
    </message>
    <message>
        <source>{jumlah} data Pokja</source>
        <translation>{jumlah} Pokja record(s)</translation>
    </message>
    <message>
        <source>{jumlah} anggota Pokja</source>
        <translation>{jumlah} Pokja member(s)</translation>
    </message>
    <message>
        <source>{jumlah} laporan sanitasi</source>
        <translation>{jumlah} sanitation report(s)</translation>
    </message>
    <message>
        <source>{jumlah} catatan jalur ODF</source>
        <translation>{jumlah} ODF pathway record(s)</translation>
    </message>
    <message>
        <source>{jumlah} kegiatan</source>
        <translation>{jumlah} activities</translation>
    </message>
    <message>
        <source>{jumlah} peserta kegiatan</source>
        <translation>{jumlah} activity participant(s)</translation>
    </message>
    <message>
        <source>{jumlah} baris RTL</source>
        <translation>{jumlah} RTL row(s)</translation>
    </message>
    <message>
        <source>{jumlah} data KK</source>
        <translation>{jumlah} household record(s)</translation>
    </message>
    <message>
        <source>Desa {kode} masih memiliki {data}. Hapus data itu dahulu, atau pilih hapus beserta semua datanya.</source>
        <translation>Village {kode} still has {data}. Delete that data first, or choose to delete the village with all its data.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak dapat ditulisi (misalnya flashdisk yang dikunci tulis atau CD), padahal KKS Desktop perlu menulis di samping berkas data {berkas} (kunci dan cadangan). Berkas tidak diubah. Buka salinannya di folder lain, atau pindahkan berkas ke folder yang dapat ditulisi.</source>
        <translation>The folder {folder} cannot be written to (for example a write-protected USB stick or a CD), but KKS Desktop needs to write next to the data file {berkas} (lock and backups). The file was not changed. Open a copy in another folder, or move the file to a folder that can be written to.</translation>
    </message>
    <message>
        <source>Berkas data {berkas} hanya-baca, sehingga perubahan tidak dapat disimpan ke dalamnya. Berkas tidak diubah. Buka salinannya di folder lain, atau hilangkan tanda “Hanya-baca” di Properti berkas lalu buka lagi.</source>
        <translation>The data file {berkas} is read-only, so changes cannot be saved to it. The file was not changed. Open a copy in another folder, or clear “Read-only” in the file’s Properties and open it again.</translation>
    </message>
    <message>
        <source>Jalur ODF</source>
        <translation>ODF pathway</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Jawaban kesiapan</source>
        <translation>Readiness answers</translation>
    </message>
    <message>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>dibuat manual</source>
        <translation>made manually</translation>
    </message>
    <message>
        <source>sebelum pemulihan</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>sebelum pembaruan versi</source>
        <translation>before a version upgrade</translation>
    </message>
    <message>
        <source>salinan</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>berkas tidak ditemukan.</source>
        <translation>the file was not found.</translation>
    </message>
    <message>
        <source>berkas rusak atau tidak lengkap (mungkin salinan yang terputus). Minta kiriman ulang.</source>
        <translation>the file is damaged or incomplete (perhaps an interrupted copy). Ask for it to be sent again.</translation>
    </message>
    <message>
        <source>ukurannya {size}, melebihi batas {limit} untuk buku kerja.</source>
        <translation>its size is {size}, over the {limit} limit for workbooks.</translation>
    </message>
    <message>
        <source>isinya mengembang menjadi {size} saat dibuka (batas {limit}); berkas ini tidak wajar.</source>
        <translation>its contents expand to {size} when opened (limit {limit}); this file is not normal.</translation>
    </message>
    <message>
        <source>bukan buku kerja Excel (.xlsx). Simpan ulang dari Excel sebagai “Buku Kerja Excel (*.xlsx)”.</source>
        <translation>it is not an Excel workbook (.xlsx). Save it again from Excel as “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx.</source>
        <translation>it is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.</translation>
    </message>
    <message>
        <source>buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.</source>
        <translation>the workbook is password-protected. Open it in Excel, remove the password, save, and import again.</translation>
    </message>
    <message>
        <source>salah satu sheet berisi {rows} baris, melebihi batas {max_rows}.</source>
        <translation>one of the sheets has {rows} rows, over the limit of {max_rows}.</translation>
    </message>
    <message>
        <source>Kode wilayah “{teks}” tidak sah: {alasan}.</source>
        <translation>Area code “{teks}” is not valid: {alasan}.</translation>
    </message>
    <message>
        <source>Data belum dapat disimpan:</source>
        <translation>The data cannot be saved yet:</translation>
    </message>
    <message>
        <source>Berkas {berkas} rusak: pemeriksaan keutuhan menemukan kerusakan, mungkin karena salinan yang terputus atau listrik padam saat menyimpan. Berkas tidak diubah. Pulihkan dari cadangan terakhir. (Rincian teknis: {rincian}.)</source>
        <translation>The file {berkas} is damaged: the integrity check found damage, perhaps from an interrupted copy or a power cut while saving. The file was not changed. Restore from the latest backup. (Technical details: {rincian}.)</translation>
    </message>
    <message>
        <source>Kode “{teks}” cocok dengan lebih dari satu kegiatan: {pilihan}. Tulis kode lebih panjang.</source>
        <translation>Code “{teks}” matches more than one activity: {pilihan}. Type a longer code.</translation>
    </message>
    <message>
        <source>Daftar periksa {berkas}, butir “{butir}”: {alasan}.</source>
        <translation>Checklist {berkas}, item “{butir}”: {alasan}.</translation>
    </message>
    <message>
        <source>Daftar periksa {berkas}: {alasan}.</source>
        <translation>Checklist {berkas}: {alasan}.</translation>
    </message>
    <message>
        <source>Butir “{butir}” dinilai otomatis dari data, tidak dijawab manual.</source>
        <translation>Item “{butir}” is assessed automatically from the data, not answered by hand.</translation>
    </message>
    <message>
        <source>Butir “{butir}” tidak ada di daftar periksa {daftar}.</source>
        <translation>Item “{butir}” is not in checklist {daftar}.</translation>
    </message>
    <message>
        <source>Berkas {berkas} tidak dibaca: {alasan} Data tidak diubah.</source>
        <translation>The file {berkas} was not read: {alasan} The data was not changed.</translation>
    </message>
    <message>
        <source>{alasan} Tidak ada yang diubah.</source>
        <translation>{alasan} Nothing was changed.</translation>
    </message>
    <message>
        <source>Kode {kode} bukan kode desa/kelurahan (harus 10 angka).</source>
        <translation>Code {kode} is not a village code (it must have 10 digits).</translation>
    </message>
    <message>
        <source>Desa {kode} berada di luar wilayah kerja ({wilayah}).</source>
        <translation>Village {kode} is outside the working area ({wilayah}).</translation>
    </message>
    <message>
        <source>Desa dengan kode {kode} tidak terdaftar di data ini.</source>
        <translation>No village with code {kode} is registered in this data.</translation>
    </message>
    <message>
        <source>Desa {kode} ({nama}) sudah terdaftar.</source>
        <translation>Village {kode} ({nama}) is already registered.</translation>
    </message>
    <message>
        <source>Data {data} sudah berubah atau dihapus. Muat ulang lalu coba lagi.</source>
        <translation>The data {data} has changed or been deleted. Reload and try again.</translation>
    </message>
    <message>
        <source>Berkas {berkas} dibuat oleh versi KKS Desktop yang lebih baru (skema {skema}); versi ini hanya mengenal skema {dikenal}. Berkas tidak diubah. Perbarui KKS Desktop untuk membukanya.</source>
        <translation>The file {berkas} was made by a newer version of KKS Desktop (schema {skema}); this version only knows schema {dikenal}. The file was not changed. Update KKS Desktop to open it.</translation>
    </message>
    <message>
        <source>Berkas {berkas} bukan berkas data KKS Desktop. Berkas tidak diubah.</source>
        <translation>The file {berkas} is not a KKS Desktop data file. The file was not changed.</translation>
    </message>
    <message>
        <source>Data {berkas} sedang dibuka oleh KKS Desktop lain di komputer ini. Tutup program itu dahulu, lalu coba lagi.</source>
        <translation>The data {berkas} is open in another KKS Desktop on this computer. Close that program first, then try again.</translation>
    </message>
    <message>
        <source>Berkas data {berkas} tidak ditemukan.</source>
        <translation>The data file {berkas} was not found.</translation>
    </message>
    <message>
        <source>Berkas data {berkas} kosong (0 byte): tidak ada satu data pun di dalamnya. Bila Anda mengira data Anda ada di sini, berkas ini mungkin terpotong saat disalin atau saat listrik padam; pulihkan dari cadangan. Berkas tidak diubah.</source>
        <translation>The data file {berkas} is empty (0 bytes): there is no data in it at all. If you expected your data here, the file may have been cut short while copying or during a power cut; restore from a backup. The file was not changed.</translation>
    </message>
    <message>
        <source>Desa {kode} sudah memiliki laporan untuk periode {periode}. Ubah laporan itu.</source>
        <translation>Village {kode} already has a report for {periode}. Edit that report.</translation>
    </message>
    <message>
        <source>Tidak ada kegiatan dengan kode “{kode}”.</source>
        <translation>There is no activity with code “{kode}”.</translation>
    </message>
    <message>
        <source>Data KK itu tidak ada lagi (sudah dihapus). Muat ulang daftarnya.</source>
        <translation>That household record no longer exists (it was deleted). Reload the list.</translation>
    </message>
    <message>
        <source>Daftar periksa “{daftar}” tidak ada. Yang tersedia: {tersedia}.</source>
        <translation>There is no checklist “{daftar}”. Available: {tersedia}.</translation>
    </message>
    <message>
        <source>Daftar periksa {daftar} untuk tingkat {tingkat}; kode {kode} bukan kode {tingkat}.</source>
        <translation>Checklist {daftar} is for the {tingkat} level; code {kode} is not a {tingkat} code.</translation>
    </message>
    <message>
        <source>Daftar periksa {daftar} untuk satu {tingkat}: sebutkan {tingkat} mana (--{tingkat} KODE).</source>
        <translation>Checklist {daftar} is for one {tingkat}: say which {tingkat} (--{tingkat} KODE).</translation>
    </message>
    <message>
        <source>Berkas bukti {nama} berukuran {ukuran}, melebihi batas {batas}. Perkecil dahulu (foto beresolusi lebih rendah atau PDF hasil pindai hitam-putih).</source>
        <translation>The evidence file {nama} is {ukuran}, over the {batas} limit. Make it smaller first (a lower-resolution photo or a black-and-white scanned PDF).</translation>
    </message>
    <message>
        <source>Buku kerja masih berisi {jumlah} kesalahan; tidak ada yang disimpan. Perbaiki dahulu, atau pilih “impor baris yang sah saja”.</source>
        <translation>The workbook still contains {jumlah} errors; nothing was saved. Correct them first, or choose “import only the valid rows”.</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada yang setengah jadi; data tidak berubah.</source>
        <translation>Cancelled. Nothing was left half done; the data did not change.</translation>
    </message>
    <message>
        <source>Berkas acuan {berkas} rusak pada “{entri}” ({alasan}). Pasang ulang KKS Desktop.</source>
        <translation>The reference file {berkas} is damaged at “{entri}” ({alasan}). Reinstall KKS Desktop.</translation>
    </message>
    <message>
        <source>Data itu sudah diubah lagi sesudahnya; urungkan perubahan yang lebih baru dahulu, atau kembalikan versinya lewat Riwayat.</source>
        <translation>That data was changed again afterwards; undo the newer changes first, or bring back its version through History.</translation>
    </message>
    <message>
        <source>Data itu sudah ada lagi (dipulihkan atau diimpor kembali).</source>
        <translation>That data exists again (restored or imported again).</translation>
    </message>
    <message>
        <source>Data itu sudah tidak ada; pulihkan dahulu lewat Data terhapus.</source>
        <translation>That data no longer exists; restore it first through Deleted data.</translation>
    </message>
    <message>
        <source>Data itu bentrok dengan data yang dimasukkan sesudahnya (misalnya laporan periode yang sama sudah ada).</source>
        <translation>That data clashes with data entered afterwards (for example, a report for the same month already exists).</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {kesalahan}</source>
        <translation>An unexpected error occurred: {kesalahan}</translation>
    </message>
    <message>
        <source>{kolom} baris {baris}</source>
        <translation>{kolom} row {baris}</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Berkas atau folder {lokasi} tidak dapat dibuka atau ditulis ({sebab}). Periksa apakah lokasinya ada, tidak terkunci tulis, dan masih ada ruang kosong.</source>
        <translation>The file or folder {lokasi} could not be opened or written ({sebab}). Check that the location exists, is not write-protected, and still has free space.</translation>
    </message>
</context>
<context>
    <name>messages_excel</name>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Lebih baru di sini</source>
        <translation>Newer here</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>{jumlah} baru</source>
        <translation>{jumlah} new</translation>
    </message>
    <message>
        <source>{jumlah} berubah</source>
        <translation>{jumlah} changed</translation>
    </message>
    <message>
        <source>{jumlah} sama</source>
        <translation>{jumlah} same</translation>
    </message>
    <message>
        <source>{jumlah} lebih baru di sini</source>
        <translation>{jumlah} newer here</translation>
    </message>
    <message>
        <source>{jumlah} konflik</source>
        <translation>{jumlah} in conflict</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>sama</source>
        <translation>same</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>tanggal (contoh: 13/11/2023 atau 13 November 2023)</source>
        <translation>a date (for example 13/11/2023 or 13 November 2023)</translation>
    </message>
    <message>
        <source>bulan dan tahun (contoh: 01/2025)</source>
        <translation>a month and year (for example 01/2025)</translation>
    </message>
    <message>
        <source>bilangan bulat (contoh: 1.234)</source>
        <translation>a whole number (for example 1.234)</translation>
    </message>
    <message>
        <source>angka (contoh: 85 atau 72,5)</source>
        <translation>a number (for example 85 or 72,5)</translation>
    </message>
    <message>
        <source>persen (contoh: 85%)</source>
        <translation>a percentage (for example 85%)</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>bukan tanggal (“{teks}”); tulis misalnya 13/11/2023 atau 13 November 2023</source>
        <translation>not a date (“{teks}”); write for example 13/11/2023 or 13 November 2023</translation>
    </message>
    <message>
        <source>bukan angka (“{teks}”); tulis misalnya 1.234 atau 72,5</source>
        <translation>not a number (“{teks}”); write for example 1.234 or 72,5</translation>
    </message>
    <message>
        <source>harus bilangan bulat (“{teks}”)</source>
        <translation>must be a whole number (“{teks}”)</translation>
    </message>
    <message>
        <source>bukan bulan dan tahun (“{teks}”); tulis misalnya 01/2025 atau Januari 2025</source>
        <translation>not a month and year (“{teks}”); write for example 01/2025 or Januari 2025</translation>
    </message>
    <message>
        <source>“{teks}” tidak ada dalam pilihan ({pilihan})</source>
        <translation>“{teks}” is not one of the choices ({pilihan})</translation>
    </message>
    <message>
        <source>isinya tidak dapat dibaca (“{teks}”)</source>
        <translation>its content cannot be read (“{teks}”)</translation>
    </message>
    <message>
        <source>baris judul kolom tidak ditemukan; sheet ini tidak dibaca</source>
        <translation>the row of column headings was not found; this sheet was not read</translation>
    </message>
    <message>
        <source>kolom ini tidak ada; sheet ini tidak dibaca. Tambahkan kolom dengan judul tersebut</source>
        <translation>this column is missing; this sheet was not read. Add a column with that heading</translation>
    </message>
    <message>
        <source>nama sheet tidak dikenali, jadi isinya tidak dibaca. Nama sheet yang dikenali: {dikenal}</source>
        <translation>the sheet name is not recognised, so its content was not read. Sheet names recognised: {dikenal}</translation>
    </message>
    <message>
        <source>sheet {lembar} sudah ada; sheet dengan nama serupa ini tidak dibaca</source>
        <translation>sheet {lembar} is already there; this sheet with a similar name was not read</translation>
    </message>
    <message>
        <source>tidak ada sheet yang dikenali; buku kerja ini berisi: {ada}. Pakai buku kerja atau templat dari KKS Desktop</source>
        <translation>no sheet is recognised; this workbook holds: {ada}. Use a workbook or template from KKS Desktop</translation>
    </message>
    <message>
        <source>kode “{teks}” tidak sah: {alasan}</source>
        <translation>code “{teks}” is not valid: {alasan}</translation>
    </message>
    <message>
        <source>kode {kode} tidak ada dalam daftar resmi Kemendagri</source>
        <translation>code {kode} is not in the official Kemendagri list</translation>
    </message>
    <message>
        <source>kode {kode} bukan kode desa/kelurahan (harus 10 angka)</source>
        <translation>code {kode} is not a village (desa/kelurahan) code (it must have 10 digits)</translation>
    </message>
    <message>
        <source>desa {kode} berada di luar wilayah kerja ({lingkup})</source>
        <translation>village {kode} is outside the working area ({lingkup})</translation>
    </message>
    <message>
        <source>wilayah {kode} berada di luar wilayah kerja ({lingkup})</source>
        <translation>area {kode} is outside the working area ({lingkup})</translation>
    </message>
    <message>
        <source>desa {kode} tidak terdaftar di sini dan tidak ada di sheet Desa dan Pokja</source>
        <translation>village {kode} is not registered here and is not on the Desa dan Pokja sheet</translation>
    </message>
    <message>
        <source>kegiatan “{judul}” tanggal {tanggal} tidak ada di sheet Kegiatan maupun di data ini</source>
        <translation>activity “{judul}” on {tanggal} is neither on the Kegiatan sheet nor in this data</translation>
    </message>
    <message>
        <source>peserta “{nama}” tidak ada di sheet Peserta maupun di kegiatan itu di data ini</source>
        <translation>participant “{nama}” is neither on the Peserta sheet nor in that activity in this data</translation>
    </message>
    <message>
        <source>sama dengan baris {baris} ({apa}); baris ini tidak dibaca</source>
        <translation>same as row {baris} ({apa}); this row was not read</translation>
    </message>
    <message>
        <source>“{teks}” bukan nomor hari (tulis misalnya 1, 2)</source>
        <translation>“{teks}” is not a day number (write for example 1, 2)</translation>
    </message>
    <message>
        <source>asal narasumber “{teks}” tidak dikenal (pilihan: {pilihan})</source>
        <translation>resource person origin “{teks}” is not known (choices: {pilihan})</translation>
    </message>
    <message>
        <source>tidak ada daftar periksa desa untuk siklus {siklus}</source>
        <translation>there is no village checklist for cycle {siklus}</translation>
    </message>
    <message>
        <source>butir “{butir}” tidak ada di daftar periksa siklus {siklus}</source>
        <translation>item “{butir}” is not in the checklist of cycle {siklus}</translation>
    </message>
    <message>
        <source>butir “{butir}” dinilai otomatis dari data; isian Jawaban diabaikan</source>
        <translation>item “{butir}” is assessed automatically from the data; the Jawaban (answer) entry is ignored</translation>
    </message>
    <message>
        <source>skala lama diisi sebagian; isi keempat kolom skala lama atau kosongkan semuanya</source>
        <translation>the old scale is partly filled; fill all four old-scale columns or leave them all empty</translation>
    </message>
    <message>
        <source>ikut dilewati karena {lembar} baris {baris} berisi kesalahan</source>
        <translation>skipped as well because {lembar} row {baris} has errors</translation>
    </message>
    <message>
        <source>“{teks}” bukan {jenis}</source>
        <translation>“{teks}” is not {jenis}</translation>
    </message>
    <message>
        <source>Sheet {lembar}</source>
        <translation>Sheet {lembar}</translation>
    </message>
    <message>
        <source>Buku kerja</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>{tempat}, baris {baris}</source>
        <translation>{tempat}, row {baris}</translation>
    </message>
    <message>
        <source>{tempat}, kolom {kolom}</source>
        <translation>{tempat}, column {kolom}</translation>
    </message>
    <message>
        <source>{temuan} (peringatan)</source>
        <translation>{temuan} (warning)</translation>
    </message>
    <message>
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>{jumlah} kesalahan</source>
        <translation>{jumlah} error(s)</translation>
    </message>
    <message>
        <source>{jumlah} peringatan</source>
        <translation>{jumlah} warning(s)</translation>
    </message>
    <message>
        <source>{lembar} baris {nomor}</source>
        <translation>{lembar} row(s) {nomor}</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan: {jumlah} konflik, nilai di sini dipertahankan.</source>
        <translation>No data was saved: {jumlah} conflict(s), the values here were kept.</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan: data di sini lebih baru daripada isi berkas.</source>
        <translation>No data was saved: the data here is newer than the file&apos;s content.</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan: isi berkas sama dengan data di sini.</source>
        <translation>No data was saved: the file&apos;s content is the same as the data here.</translation>
    </message>
    <message>
        <source>Tersimpan {jumlah} catatan ({rincian}).</source>
        <translation>Saved {jumlah} record(s) ({rincian}).</translation>
    </message>
    <message>
        <source>{jumlah} konflik diselesaikan menurut pilihan Anda.</source>
        <translation>{jumlah} conflict(s) resolved as you chose.</translation>
    </message>
    <message>
        <source>{jumlah} baris dilewati karena berisi kesalahan: {baris}.</source>
        <translation>{jumlah} row(s) skipped because they have errors: {baris}.</translation>
    </message>
</context>
<context>
    <name>messages_kegiatan</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Pusat</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>District/City</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dihitung dari {jumlah} peserta yang memiliki nilai pre-test dan post-test</source>
        <translation>Counted from the {jumlah} participants who have both a pre-test and a post-test score</translation>
    </message>
    <message>
        <source>{jumlah} hanya pre-test</source>
        <translation>{jumlah} pre-test only</translation>
    </message>
    <message>
        <source>{jumlah} hanya post-test</source>
        <translation>{jumlah} post-test only</translation>
    </message>
    <message>
        <source>{jumlah} tanpa nilai</source>
        <translation>{jumlah} without scores</translation>
    </message>
    <message>
        <source>{kalimat}; {daftar} tidak ikut dihitung</source>
        <translation>{kalimat}; not counted: {daftar}</translation>
    </message>
</context>
<context>
    <name>messages_kesiapan</name>
    <message>
        <source>Terpenuhi</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Sebagian</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Tidak diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{jumlah} dari minimal {minimum} rapat/kegiatan dengan daftar hadir dan notulen tercatat tahun {tahun}</source>
        <translation>{jumlah} of at least {minimum} meetings/activities with an attendance list and minutes recorded in {tahun}</translation>
    </message>
    <message>
        <source>{jumlah} dari minimal {minimum} rapat/kegiatan dengan daftar hadir tercatat tahun {tahun}</source>
        <translation>{jumlah} of at least {minimum} meetings/activities with an attendance list recorded in {tahun}</translation>
    </message>
    <message>
        <source>{jumlah} dari {desa} desa/kelurahan ODF ({persen}): {terbuka} terbuka</source>
        <translation>{jumlah} of {desa} villages ODF ({persen}): {terbuka} open</translation>
    </message>
    <message>
        <source>{jumlah} dari {desa} desa/kelurahan ODF ({persen}): belum ada tingkat yang terbuka</source>
        <translation>{jumlah} of {desa} villages ODF ({persen}): no level open yet</translation>
    </message>
    <message>
        <source>; untuk {berikutnya} (≥{syarat}) perlu {kurang} desa lagi</source>
        <translation>; {berikutnya} (≥{syarat}) needs {kurang} more villages</translation>
    </message>
    <message>
        <source>{teks} (siklus {siklus})</source>
        <translation>{teks} (cycle {siklus})</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>belum diisi: {kolom}</source>
        <translation>not filled in yet: {kolom}</translation>
    </message>
    <message>
        <source>dijawab “{nilai}” oleh {oleh} pada {pada}</source>
        <translation>answered “{nilai}” by {oleh} on {pada}</translation>
    </message>
    <message>
        <source>dijawab “{nilai}” oleh {oleh}</source>
        <translation>answered “{nilai}” by {oleh}</translation>
    </message>
    <message>
        <source>dijawab “{nilai}” pada {pada}</source>
        <translation>answered “{nilai}” on {pada}</translation>
    </message>
    <message>
        <source>dijawab “{nilai}”</source>
        <translation>answered “{nilai}”</translation>
    </message>
    <message>
        <source>status ODF: {status}; syarat: {syarat}</source>
        <translation>ODF status: {status}; required: {syarat}</translation>
    </message>
    <message>
        <source>SK tercatat</source>
        <translation>Decree (SK) recorded</translation>
    </message>
    <message>
        <source>SK belum lengkap: nomor atau tanggal masih kosong</source>
        <translation>Decree (SK) incomplete: the number or date is still empty</translation>
    </message>
    <message>
        <source>SK Pokja belum tercatat</source>
        <translation>Pokja decree (SK) not recorded yet</translation>
    </message>
    <message>
        <source>keberadaan sekretariat belum diisi di tab Pokja</source>
        <translation>whether there is a secretariat is not filled in yet on the Pokja tab</translation>
    </message>
    <message>
        <source>sekretariat ada</source>
        <translation>there is a secretariat</translation>
    </message>
    <message>
        <source>belum ada sekretariat</source>
        <translation>no secretariat yet</translation>
    </message>
    <message>
        <source>{jumlah} tatanan dipilih (minimal {minimum})</source>
        <translation>{jumlah} tatanan chosen (at least {minimum})</translation>
    </message>
    <message>
        <source>anggota Pokja belum tercatat</source>
        <translation>no Pokja members recorded yet</translation>
    </message>
    <message>
        <source>{jumlah} dari {pengurus} anggota Pokja tercatat ikut orientasi/pelatihan (minimal {minimum})</source>
        <translation>{jumlah} of {pengurus} Pokja members recorded at an orientation/training (at least {minimum})</translation>
    </message>
    <message>
        <source>belum ada RTL dari kegiatan desa</source>
        <translation>no follow-up plan (RTL) from village activities yet</translation>
    </message>
    <message>
        <source>{jumlah} baris RTL, {terlambat} lewat waktu</source>
        <translation>{jumlah} follow-up plan (RTL) rows, {terlambat} overdue</translation>
    </message>
    <message>
        <source>belum ada desa/kelurahan terdaftar di wilayah ini</source>
        <translation>no village (desa/kelurahan) registered in this area yet</translation>
    </message>
    <message>
        <source>{jumlah} dari {desa} desa/kelurahan ODF ({persen}; syarat {minimum})</source>
        <translation>{jumlah} of {desa} villages ODF ({persen}; required {minimum})</translation>
    </message>
    <message>
        <source>{jumlah} dari {desa} desa/kelurahan memiliki SK Pokja ({persen}; syarat {minimum})</source>
        <translation>{jumlah} of {desa} villages have a Pokja decree (SK) ({persen}; required {minimum})</translation>
    </message>
    <message>
        <source>{jumlah} dari {kecamatan} kecamatan menjawab Ada di daftar periksa kecamatannya ({persen}; syarat {minimum}; {dijawab} kecamatan sudah menjawab)</source>
        <translation>{jumlah} of {kecamatan} sub-districts answered Yes in their sub-district checklist ({persen}; required {minimum}; {dijawab} sub-districts have answered)</translation>
    </message>
    <message>
        <source>belum dijawab</source>
        <translation>not answered yet</translation>
    </message>
</context>
<context>
    <name>messages_riwayat</name>
    <message>
        <source>desa</source>
        <translation>village</translation>
    </message>
    <message>
        <source>tatanan Pokja</source>
        <translation>Pokja tatanan</translation>
    </message>
    <message>
        <source>anggota tim verifikasi</source>
        <translation>verification team member</translation>
    </message>
    <message>
        <source>materi kegiatan</source>
        <translation>activity material</translation>
    </message>
    <message>
        <source>narasumber</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>kehadiran</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>jawaban kesiapan</source>
        <translation>readiness answer</translation>
    </message>
    <message>
        <source>berkas bukti</source>
        <translation>evidence file</translation>
    </message>
    <message>
        <source>catatan pertukaran</source>
        <translation>exchange record</translation>
    </message>
    <message>
        <source>ditambahkan</source>
        <translation>added</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Penandatangan SK</source>
        <translation>SK (decree) signed by</translation>
    </message>
    <message>
        <source>Sekretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
    <message>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Nilai pre-test</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Nilai post-test</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>Hari ke</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Siklus</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Isi berkas</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>Materi</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>JSP (skala lama)</source>
        <translation>JSP (old scale)</translation>
    </message>
    <message>
        <source>JSSP (skala lama)</source>
        <translation>JSSP (old scale)</translation>
    </message>
    <message>
        <source>Sharing (skala lama)</source>
        <translation>Sharing (old scale)</translation>
    </message>
    <message>
        <source>OD (skala lama)</source>
        <translation>OD (old scale)</translation>
    </message>
    <message>
        <source>Pokja</source>
        <translation>Pokja</translation>
    </message>
    <message>
        <source>Catatan ODF</source>
        <translation>ODF record</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Tatanan</source>
        <translation>Tatanan</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>{judul} {operasi}</source>
        <translation>{judul} {operasi}</translation>
    </message>
    <message>
        <source>Perubahan data</source>
        <translation>Data change</translation>
    </message>
    <message>
        <source>{jumlah} {jenis} {operasi}</source>
        <translation>{jenis} {operasi}: {jumlah}</translation>
    </message>
    <message>
        <source>{daftar}, dan {jumlah} jenis lain</source>
        <translation>{daftar}, and {jumlah} other kinds</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>anggota</source>
        <translation>members</translation>
    </message>
    <message>
        <source>catatan jalur ODF</source>
        <translation>ODF path records</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>materi</source>
        <translation>materials</translation>
    </message>
    <message>
        <source>baris RTL</source>
        <translation>RTL rows</translation>
    </message>
    <message>
        <source>data KK</source>
        <translation>household records</translation>
    </message>
    <message>
        <source>{jumlah} {jenis}</source>
        <translation>{jenis}: {jumlah}</translation>
    </message>
    <message>
        <source>beserta {daftar}</source>
        <translation>with {daftar}</translation>
    </message>
    <message>
        <source>Dipulihkan: {judul} beserta {daftar}.</source>
        <translation>Restored: {judul} with {daftar}.</translation>
    </message>
    <message>
        <source>Dipulihkan: {judul}.</source>
        <translation>Restored: {judul}.</translation>
    </message>
</context>
<context>
    <name>messages_rumah_tangga</name>
    <message>
        <source>BAB di jamban</source>
        <translation>Uses latrine</translation>
    </message>
    <message>
        <source>Anggota keluarga buang air besar di jamban?</source>
        <translation>Do family members defecate in a latrine?</translation>
    </message>
    <message>
        <source>Jamban sendiri</source>
        <translation>Own latrine</translation>
    </message>
    <message>
        <source>Jamban milik sendiri (tidak bersama KK lain)?</source>
        <translation>Is the latrine their own (not shared with other households)?</translation>
    </message>
    <message>
        <source>Leher angsa</source>
        <translation>Gooseneck</translation>
    </message>
    <message>
        <source>Kloset leher angsa atau rancangan lain yang kedap vektor?</source>
        <translation>Gooseneck toilet or another design that keeps vectors out?</translation>
    </message>
    <message>
        <source>Sarana CTPS</source>
        <translation>CTPS facility</translation>
    </message>
    <message>
        <source>Memiliki sarana cuci tangan?</source>
        <translation>Has a handwashing facility?</translation>
    </message>
    <message>
        <source>Air mengalir</source>
        <translation>Running water</translation>
    </message>
    <message>
        <source>Ada air mengalir di sarana cuci tangan?</source>
        <translation>Is there running water at the handwashing facility?</translation>
    </message>
    <message>
        <source>Sabun</source>
        <translation>Soap</translation>
    </message>
    <message>
        <source>Ada sabun di sarana cuci tangan?</source>
        <translation>Is there soap at the handwashing facility?</translation>
    </message>
    <message>
        <source>Mampu CTPS</source>
        <translation>Can do CTPS</translation>
    </message>
    <message>
        <source>Mampu mempraktikkan cuci tangan pakai sabun dengan benar?</source>
        <translation>Can they wash hands with soap correctly?</translation>
    </message>
    <message>
        <source>Tahu waktu kritis</source>
        <translation>Knows critical times</translation>
    </message>
    <message>
        <source>Mengetahui paling sedikit 3 waktu kritis cuci tangan?</source>
        <translation>Do they know at least 3 critical times for handwashing?</translation>
    </message>
    <message>
        <source>Sumber air layak</source>
        <translation>Improved water source</translation>
    </message>
    <message>
        <source>Sumber air minum layak (perpipaan, sumur terlindung, mata air terlindung, air hujan)?</source>
        <translation>Improved drinking water source (piped, protected well, protected spring, rainwater)?</translation>
    </message>
    <message>
        <source>Air diolah</source>
        <translation>Water treated</translation>
    </message>
    <message>
        <source>Air minum diolah (direbus, klorin, filter, SODIS, dan sebagainya)?</source>
        <translation>Is drinking water treated (boiled, chlorine, filter, SODIS and so on)?</translation>
    </message>
    <message>
        <source>Wadah aman</source>
        <translation>Safe container</translation>
    </message>
    <message>
        <source>Air minum disimpan dalam wadah tertutup yang aman?</source>
        <translation>Is drinking water stored in a safe, covered container?</translation>
    </message>
    <message>
        <source>Pangan aman</source>
        <translation>Safe food</translation>
    </message>
    <message>
        <source>Makanan tertutup, jauh dari bahan berbahaya, mengikuti 5 kunci keamanan pangan?</source>
        <translation>Is food covered, away from hazardous materials, following the 5 keys to food safety?</translation>
    </message>
    <message>
        <source>Tak ada sampah</source>
        <translation>No litter</translation>
    </message>
    <message>
        <source>Tidak ada sampah berserakan di sekitar rumah?</source>
        <translation>No litter scattered around the house?</translation>
    </message>
    <message>
        <source>Tempat sampah</source>
        <translation>Waste bin</translation>
    </message>
    <message>
        <source>Ada tempat sampah yang tertutup dan kuat?</source>
        <translation>Is there a sturdy, covered waste bin?</translation>
    </message>
    <message>
        <source>Sampah diolah aman</source>
        <translation>Waste handled safely</translation>
    </message>
    <message>
        <source>Sampah diolah dengan aman (tidak dibakar, tidak dibuang sembarangan)?</source>
        <translation>Is waste handled safely (not burned, not dumped anywhere)?</translation>
    </message>
    <message>
        <source>Sampah dipilah</source>
        <translation>Waste sorted</translation>
    </message>
    <message>
        <source>Sampah dipilah?</source>
        <translation>Is waste sorted?</translation>
    </message>
    <message>
        <source>Tak ada genangan</source>
        <translation>No pooling</translation>
    </message>
    <message>
        <source>Tidak ada genangan air limbah di sekitar rumah?</source>
        <translation>No pools of wastewater around the house?</translation>
    </message>
    <message>
        <source>Saluran tertutup</source>
        <translation>Covered drain</translation>
    </message>
    <message>
        <source>Saluran air limbah tertutup dan kedap?</source>
        <translation>Is the wastewater drain covered and sealed?</translation>
    </message>
    <message>
        <source>Resapan/IPAL</source>
        <translation>Soakaway/IPAL</translation>
    </message>
    <message>
        <source>Air limbah dialirkan ke sumur resapan atau IPAL/riol?</source>
        <translation>Does wastewater drain into a soakaway pit or an IPAL/sewer?</translation>
    </message>
    <message>
        <source>Tangki septik disedot (3–5 tahun) / SPALD</source>
        <translation>Septic tank emptied (every 3–5 years) / SPALD</translation>
    </message>
    <message>
        <source>Tangki septik belum pernah disedot</source>
        <translation>Septic tank never emptied</translation>
    </message>
    <message>
        <source>Cubluk / lubang tanah</source>
        <translation>Pit / hole in the ground</translation>
    </message>
    <message>
        <source>Langsung ke saluran, sawah, sungai, laut, kebun</source>
        <translation>Straight to a drain, rice field, river, sea or garden</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No. KK ini juga tercatat pada KK lain</source>
        <translation>This No. KK is also recorded for another household</translation>
    </message>
    <message>
        <source>Nama, RT dan RW sama dengan KK lain di desa ini</source>
        <translation>Same name, RT and RW as another household in this village</translation>
    </message>
</context>
<context>
    <name>messages_rumah_tangga_excel</name>
    <message>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village (desa/kelurahan)</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Jumlah jiwa</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Tanggal kunjungan</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Pembuangan tinja</source>
        <translation>Excreta outlet</translation>
    </message>
    <message>
        <source>Akses jamban (dihitung)</source>
        <translation>Latrine access (computed)</translation>
    </message>
    <message>
        <source>CTPS (dihitung)</source>
        <translation>CTPS (computed)</translation>
    </message>
    <message>
        <source>PAMM-RT (dihitung)</source>
        <translation>PAMM-RT (computed)</translation>
    </message>
    <message>
        <source>PS-RT (dihitung)</source>
        <translation>PS-RT (computed)</translation>
    </message>
    <message>
        <source>PLC-RT (dihitung)</source>
        <translation>PLC-RT (computed)</translation>
    </message>
    <message>
        <source>ID (jangan diubah)</source>
        <translation>ID (do not change)</translation>
    </message>
    <message>
        <source>Isi buku kerja</source>
        <translation>Workbook contents</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Waktu ekspor</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Jumlah KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Desa/kelurahan berisi data KK</source>
        <translation>Villages with household data</translation>
    </message>
    <message>
        <source>Dibuat dengan</source>
        <translation>Made with</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris Excel</source>
        <translation>Excel rows</translation>
    </message>
    <message>
        <source>KK ke-</source>
        <translation>Households no.</translation>
    </message>
    <message>
        <source>semua desa</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>Kode desa dengan titik, mis. 33.25.01.2001. Sudah terisi; jangan diubah.</source>
        <translation>Village code with dots, e.g. 33.25.01.2001. Already filled in; do not change.</translation>
    </message>
    <message>
        <source>Nama desa/kelurahan, hanya petunjuk (kode desa yang dibaca).</source>
        <translation>Village name, a guide only (the village code is what is read).</translation>
    </message>
    <message>
        <source>Nama dusun/lingkungan. Boleh kosong.</source>
        <translation>Name of the dusun/neighbourhood. May be left blank.</translation>
    </message>
    <message>
        <source>Nomor RT seperti tertulis, mis. 001 (nol di depan tetap tersimpan).</source>
        <translation>RT number as written, e.g. 001 (leading zeros are kept).</translation>
    </message>
    <message>
        <source>Nomor RW seperti tertulis, mis. 002 (nol di depan tetap tersimpan).</source>
        <translation>RW number as written, e.g. 002 (leading zeros are kept).</translation>
    </message>
    <message>
        <source>16 angka No. KK, ditulis sebagai teks (jangan sebagai angka). Boleh kosong.</source>
        <translation>The 16 digits of the No. KK, written as text (not as a number). May be left blank.</translation>
    </message>
    <message>
        <source>Nama kepala keluarga. Wajib diisi.</source>
        <translation>Name of the head of household. Required.</translation>
    </message>
    <message>
        <source>Alamat rumah. Boleh kosong.</source>
        <translation>Home address. May be left blank.</translation>
    </message>
    <message>
        <source>Jumlah anggota keluarga, 1 sampai {maks}. Boleh kosong.</source>
        <translation>Number of household members, 1 to {maks}. May be left blank.</translation>
    </message>
    <message>
        <source>Tanggal kunjungan terakhir, mis. 13/11/2025. Boleh kosong.</source>
        <translation>Date of the last visit, e.g. 13/11/2025. May be left blank.</translation>
    </message>
    <message>
        <source>Nama petugas/kader yang mendata. Boleh kosong.</source>
        <translation>Name of the officer/cadre who recorded it. May be left blank.</translation>
    </message>
    <message>
        <source>{pertanyaan} Pilih Ya atau Tidak; kosongkan bila tidak ditanyakan.</source>
        <translation>{pertanyaan} Choose Ya (yes) or Tidak (no); leave blank if not asked.</translation>
    </message>
    <message>
        <source>Ke mana tinja dari jamban dibuang. Pilih dari daftar; kosongkan bila tidak berjamban.</source>
        <translation>Where excreta from the latrine goes. Choose from the list; leave blank if there is no latrine.</translation>
    </message>
    <message>
        <source>Dihitung program dari jawaban. Tidak perlu diisi; isian di kolom ini tidak dibaca.</source>
        <translation>Computed by the program from the answers. No need to fill in; entries in this column are not read.</translation>
    </message>
    <message>
        <source>Tanda pengenal KK di program. Kosong untuk KK baru; pada data hasil ekspor jangan diubah atau disalin ke baris lain.</source>
        <translation>The household&apos;s identifier in the program. Blank for a new household; in exported data do not change it or copy it to another row.</translation>
    </message>
    <message>
        <source>Isi Ya atau Tidak (atau kosongkan).</source>
        <translation>Enter Ya (yes) or Tidak (no), or leave blank.</translation>
    </message>
    <message>
        <source>Pilih salah satu isian dari daftar.</source>
        <translation>Choose one entry from the list.</translation>
    </message>
    <message>
        <source>Jumlah jiwa harus bilangan bulat 1 sampai {maks}.</source>
        <translation>Household members must be a whole number from 1 to {maks}.</translation>
    </message>
    <message>
        <source>Tanggal harus antara {awal} dan {akhir}, mis. 13/11/2025.</source>
        <translation>The date must be between {awal} and {akhir}, e.g. 13/11/2025.</translation>
    </message>
    <message>
        <source>No. KK harus tepat 16 angka.</source>
        <translation>The No. KK must be exactly 16 digits.</translation>
    </message>
    <message>
        <source>Isi sheet “{lembar}” mulai baris 2, satu baris untuk satu KK. Jangan mengubah judul kolom dan nama sheet.</source>
        <translation>Fill in sheet “{lembar}” from row 2, one row per household. Do not change the column headings or the sheet names.</translation>
    </message>
    <message>
        <source>Kode desa dan nama desa sudah terisi untuk setiap desa; baris yang hanya berisi kode dan nama desa tidak dibaca. Salin baris bila memerlukan baris lagi.</source>
        <translation>The village code and name are already filled in for each village; rows holding only the village code and name are not read. Copy rows if you need more.</translation>
    </message>
    <message>
        <source>No. KK ditulis lengkap 16 angka sebagai teks (kolomnya sudah berformat teks). Bila diketik sebagai angka, Excel membulatkan angka terakhir menjadi 0.</source>
        <translation>Write all 16 digits of the No. KK as text (the column is already formatted as text). Typed as a number, Excel rounds the last digit to 0.</translation>
    </message>
    <message>
        <source>Jawaban formulir diisi Ya atau Tidak dari daftar tarik-turun; kosongkan bila tidak ditanyakan.</source>
        <translation>Answer the form with Ya (yes) or Tidak (no) from the drop-down list; leave blank if not asked.</translation>
    </message>
    <message>
        <source>Akses jamban (tangga sanitasi) dan pilar 2–5 yang dipraktikkan dihitung program dari jawaban; kolom bertanda (dihitung) tidak perlu diisi.</source>
        <translation>Latrine access (the sanitation ladder) and the pillars 2–5 practised are computed by the program from the answers; columns marked (dihitung) need not be filled in.</translation>
    </message>
    <message>
        <source>Kolom ID (jangan diubah) dibiarkan kosong untuk KK baru. Pada berkas hasil ekspor, ID menandai KK yang sama: jangan diubah atau disalin ke baris lain.</source>
        <translation>Leave the ID (jangan diubah) column blank for new households. In an exported file the ID marks the same household: do not change it or copy it to another row.</translation>
    </message>
    <message>
        <source>Simpan sebagai .xlsx, lalu impor di program (atau: kks-desktop kk impor BERKAS). Pratinjau menunjukkan setiap masalah sebelum ada yang disimpan.</source>
        <translation>Save as .xlsx, then import it in the program (or: kks-desktop kk impor FILE). The preview shows every problem before anything is saved.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>tidak ada sheet berisi data KK; buku kerja ini berisi: {ada}. Sheet data KK memuat baris judul kolom (dalam 10 baris pertama) dengan kolom Nama kepala keluarga</source>
        <translation>no sheet holds household data; this workbook contains: {ada}. A household data sheet has a row of column headings (within the first 10 rows) with a “Nama kepala keluarga” (head of household) column</translation>
    </message>
    <message>
        <source>kolom Nama kepala keluarga (wajib) tidak ditemukan di baris judul; sheet ini tidak dibaca. Tambahkan kolom itu, misalnya berjudul “Nama KK” atau “Nama Kepala Keluarga”</source>
        <translation>the “Nama kepala keluarga” (head of household, required) column was not found in the heading row; this sheet is not read. Add that column, for example headed “Nama KK” or “Nama Kepala Keluarga”</translation>
    </message>
    <message>
        <source>sheet ini tidak menyebut desa. Pilih desa/kelurahan untuk seluruh isinya (di baris perintah: --desa KODE)</source>
        <translation>this sheet names no village. Choose the village for all of its rows (on the command line: --desa CODE)</translation>
    </message>
    <message>
        <source>desa belum diisi; isi kode atau nama desa, atau pilih desa untuk baris yang kosong</source>
        <translation>no village filled in; enter the village code or name, or choose a village for the blank rows</translation>
    </message>
    <message>
        <source>desa “{teks}” tidak terdaftar di data ini; daftarkan desanya dahulu atau perbaiki isiannya</source>
        <translation>village “{teks}” is not registered in this data; register the village first or correct the entry</translation>
    </message>
    <message>
        <source>nama desa “{teks}” ada lebih dari satu: {pilihan}. Tulis kode desanya, atau tambahkan kolom Kecamatan</source>
        <translation>there is more than one village named “{teks}”: {pilihan}. Write the village code, or add a Kecamatan (sub-district) column</translation>
    </message>
    <message>
        <source>No. KK di {jumlah} baris (mis. baris {contoh}) tersimpan sebagai angka, bukan teks. Excel hanya menyimpan 15 angka pertama sebuah angka, sehingga angka terakhir No. KK yang diketik di Excel menjadi 0. Periksa angka terakhirnya; agar utuh, format kolom No. KK sebagai Teks lalu ketik ulang nomornya</source>
        <translation>the No. KK in {jumlah} rows (e.g. row {contoh}) is stored as a number, not text. Excel keeps only the first 15 digits of a number, so the last digit of a No. KK typed in Excel becomes 0. Check the last digits; to keep them whole, format the No. KK column as Text and type the numbers again</translation>
    </message>
    <message>
        <source>No. KK tersimpan sebagai angka ({teks}) dan tidak lagi 16 angka (Excel menyimpan paling banyak 15 angka). Format kolom No. KK sebagai Teks lalu ketik ulang nomornya</source>
        <translation>the No. KK is stored as a number ({teks}) and no longer has 16 digits (Excel keeps at most 15 digits). Format the No. KK column as Text and type the number again</translation>
    </message>
    <message>
        <source>“{teks}” bukan RT/RW; tulis misalnya 001/002</source>
        <translation>“{teks}” is not an RT/RW; write for example 001/002</translation>
    </message>
    <message>
        <source>lebih dari satu pilihan bangunan bawah bertanda Ya ({kolom}); pilih satu saja</source>
        <translation>more than one outlet option is marked Ya ({kolom}); choose only one</translation>
    </message>
    <message>
        <source>“{teks}” bukan ID dari KKS Desktop; kosongkan sel ini untuk KK baru</source>
        <translation>“{teks}” is not an ID from KKS Desktop; leave this cell blank for a new household</translation>
    </message>
    <message>
        <source>KK dengan ID ini terdaftar di desa {desa}; baris ini tidak dibaca. Perbaiki kode desanya, atau kosongkan ID bila memang KK lain</source>
        <translation>the household with this ID is registered in village {desa}; this row is not read. Correct the village code, or clear the ID if it really is another household</translation>
    </message>
    <message>
        <source>ID sama dengan {baris} (baris yang disalin?); baris ini tidak dibaca</source>
        <translation>same ID as {baris} (a copied row?); this row is not read</translation>
    </message>
    <message>
        <source>No. KK sama dengan {baris}; baris ini tidak dibaca. Satu KK cukup satu baris</source>
        <translation>same No. KK as {baris}; this row is not read. One household needs only one row</translation>
    </message>
    <message>
        <source>No. KK sama dengan {baris}, tetapi ID-nya berbeda: dibaca sebagai dua KK; periksa apakah KK yang sama tercatat dua kali</source>
        <translation>same No. KK as {baris}, but a different ID: read as two households; check whether the same household was recorded twice</translation>
    </message>
    <message>
        <source>nama, RT dan RW sama dengan {baris}; periksa apakah KK yang sama tercatat dua kali</source>
        <translation>same name, RT and RW as {baris}; check whether the same household was recorded twice</translation>
    </message>
    <message>
        <source>Kolom yang tidak dibaca (tidak dikenali sebagai kolom data KK)</source>
        <translation>Columns not read (not recognised as household data columns)</translation>
    </message>
    <message>
        <source>{temuan} (peringatan)</source>
        <translation>{temuan} (warning)</translation>
    </message>
    <message>
        <source>{jumlah} baru</source>
        <translation>{jumlah} new</translation>
    </message>
    <message>
        <source>{jumlah} berubah</source>
        <translation>{jumlah} changed</translation>
    </message>
    <message>
        <source>{jumlah} sama</source>
        <translation>{jumlah} unchanged</translation>
    </message>
    <message>
        <source>{jumlah} baris berkesalahan</source>
        <translation>{jumlah} rows with errors</translation>
    </message>
    <message>
        <source>tidak ada KK</source>
        <translation>no households</translation>
    </message>
    <message>
        <source>Tidak ada data KK yang disimpan: isi berkas sama dengan data di sini.</source>
        <translation>No household data was saved: the file holds the same data as this computer.</translation>
    </message>
    <message>
        <source>Tidak ada data KK yang disimpan: berkas tidak berisi KK yang sah.</source>
        <translation>No household data was saved: the file holds no valid households.</translation>
    </message>
    <message>
        <source>Tersimpan {jumlah} KK ({rincian}).</source>
        <translation>Saved {jumlah} households ({rincian}).</translation>
    </message>
    <message>
        <source>{jumlah} baris berkesalahan dilewati.</source>
        <translation>{jumlah} rows with errors skipped.</translation>
    </message>
</context>
<context>
    <name>messages_sanitasi</name>
    <message>
        <source>Akses aman</source>
        <translation>Safe access</translation>
    </message>
    <message>
        <source>Akses layak</source>
        <translation>Adequate access</translation>
    </message>
    <message>
        <source>Layak bersama (sharing)</source>
        <translation>Adequate, shared (sharing)</translation>
    </message>
    <message>
        <source>Belum layak</source>
        <translation>Not yet adequate</translation>
    </message>
    <message>
        <source>BABS tertutup</source>
        <translation>BABS, enclosed</translation>
    </message>
    <message>
        <source>BABS terbuka</source>
        <translation>BABS, in the open</translation>
    </message>
    <message>
        <source>CTPS</source>
        <translation>CTPS</translation>
    </message>
    <message>
        <source>PAMM-RT</source>
        <translation>PAMM-RT</translation>
    </message>
    <message>
        <source>PS-RT</source>
        <translation>PS-RT</translation>
    </message>
    <message>
        <source>PLC-RT</source>
        <translation>PLC-RT</translation>
    </message>
    <message>
        <source>Pilar 2 Cuci Tangan Pakai Sabun</source>
        <translation>Pillar 2 Handwashing with soap</translation>
    </message>
    <message>
        <source>Pilar 3 Pengelolaan Air Minum dan Makanan Rumah Tangga</source>
        <translation>Pillar 3 Household drinking water and food management</translation>
    </message>
    <message>
        <source>Pilar 4 Pengamanan Sampah Rumah Tangga</source>
        <translation>Pillar 4 Household solid waste management</translation>
    </message>
    <message>
        <source>Pilar 5 Pengamanan Limbah Cair Rumah Tangga</source>
        <translation>Pillar 5 Household wastewater management</translation>
    </message>
    <message>
        <source>Pendataan</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Belum ODF</source>
        <translation>Not yet ODF</translation>
    </message>
    <message>
        <source>Pemicuan</source>
        <translation>Triggering</translation>
    </message>
    <message>
        <source>Menunggu verifikasi</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>ODF (deklarasi)</source>
        <translation>ODF (declared)</translation>
    </message>
    <message>
        <source>Desa STBM</source>
        <translation>Desa STBM</translation>
    </message>
    <message>
        <source>Belum Desa STBM</source>
        <translation>Not yet Desa STBM</translation>
    </message>
    <message>
        <source>Belum dapat dinilai</source>
        <translation>Cannot be assessed yet</translation>
    </message>
    <message>
        <source>belum ada laporan sanitasi</source>
        <translation>no sanitation report yet</translation>
    </message>
    <message>
        <source>masih ada {babs} KK BABS (belum 100% SBS)</source>
        <translation>{babs} households still practise BABS (not yet 100% SBS)</translation>
    </message>
    <message>
        <source>laporan terakhir belum mengisi semua pilar 2–5</source>
        <translation>the latest report does not fill in all of pillars 2–5</translation>
    </message>
    <message>
        <source>pilar {pilar} belum mencapai ambang</source>
        <translation>pillar {pilar} below the threshold</translation>
    </message>
    <message>
        <source>{kk} KK menerapkan ≥3 pilar, belum mencapai ambang</source>
        <translation>{kk} households practise ≥3 pillars, below the threshold</translation>
    </message>
    <message>
        <source>paling banyak {kk} KK dapat menerapkan ≥3 pilar, belum mencapai ambang</source>
        <translation>at most {kk} households can practise ≥3 pillars, below the threshold</translation>
    </message>
    <message>
        <source>KK yang menerapkan ≥3 pilar belum diisi (antara {low} dan {high} menurut angka per pilar); isi angkanya dari pendataan</source>
        <translation>households practising ≥3 pillars not filled in (between {low} and {high} by the per-pillar figures); enter the figure from the survey</translation>
    </message>
    <message>
        <source>memenuhi aturan</source>
        <translation>meets the rule</translation>
    </message>
    <message>
        <source>memenuhi aturan (sedikitnya {kk} KK menerapkan ≥3 pilar)</source>
        <translation>meets the rule (at least {kk} households practise ≥3 pillars)</translation>
    </message>
    <message>
        <source>Laporan terakhir mencatat {babs} KK BABS sesudah deklarasi ODF. Segera dampingi KK itu (pemicuan ulang bila perlu) agar status ODF tetap terjaga.</source>
        <translation>The latest report records {babs} households practising BABS after the ODF declaration. Support those households soon (triggering again if needed) so that the ODF status is kept.</translation>
    </message>
    <message>
        <source>Pertahankan status ODF: kirim laporan tiap bulan dan pastikan tidak ada KK kembali BABS. Lanjutkan pilar 2–5 menuju Desa STBM.</source>
        <translation>Keep the ODF status: send a report every month and make sure no household returns to BABS. Continue with pillars 2–5 towards Desa STBM.</translation>
    </message>
    <message>
        <source>Verifikasi lulus. Siapkan deklarasi ODF bersama kecamatan dan Puskesmas.</source>
        <translation>Verification passed. Prepare the ODF declaration with the sub-district and the Puskesmas.</translation>
    </message>
    <message>
        <source>Laporan terakhir mencatat 0 KK BABS. Ajukan verifikasi ulang ke Puskesmas/Dinas Kesehatan.</source>
        <translation>The latest report records 0 households practising BABS. Request a new verification from the Puskesmas/District Health Office.</translation>
    </message>
    <message>
        <source>Laporan terakhir mencatat 0 KK BABS. Ajukan verifikasi ke Puskesmas/Dinas Kesehatan.</source>
        <translation>The latest report records 0 households practising BABS. Request verification from the Puskesmas/District Health Office.</translation>
    </message>
    <message>
        <source>Verifikasi belum lulus. Tindak lanjuti temuan tim verifikasi ({babs} KK masih BABS); setelah laporan bulan berikutnya mencatat 0 KK BABS, ajukan verifikasi ulang.</source>
        <translation>Verification not yet passed. Follow up the verification team&apos;s findings ({babs} households still practise BABS); once a later monthly report records 0 households practising BABS, request a new verification.</translation>
    </message>
    <message>
        <source>Verifikasi belum lulus. Tindak lanjuti temuan tim verifikasi; setelah laporan bulan berikutnya mencatat 0 KK BABS, ajukan verifikasi ulang.</source>
        <translation>Verification not yet passed. Follow up the verification team&apos;s findings; once a later monthly report records 0 households practising BABS, request a new verification.</translation>
    </message>
    <message>
        <source>{babs} KK masih BABS. Lanjutkan pemantauan dan pendampingan sampai semua KK tidak BABS, lalu ajukan verifikasi.</source>
        <translation>{babs} households still practise BABS. Continue monitoring and support until no household practises BABS, then request verification.</translation>
    </message>
    <message>
        <source>Lanjutkan pemantauan dan pendampingan sampai semua KK tidak BABS, lalu ajukan verifikasi.</source>
        <translation>Continue monitoring and support until no household practises BABS, then request verification.</translation>
    </message>
    <message>
        <source>Laporan terakhir mencatat 0 KK BABS, tetapi belum ada pemicuan tercatat. Catat pemicuan yang pernah dilakukan, lalu ajukan verifikasi.</source>
        <translation>The latest report records 0 households practising BABS, but no triggering is recorded. Record the triggering that was done, then request verification.</translation>
    </message>
    <message>
        <source>Belum ada pemicuan tercatat. Rencanakan pemicuan STBM bersama Puskesmas.</source>
        <translation>No triggering recorded yet. Plan STBM triggering with the Puskesmas.</translation>
    </message>
</context>
<context>
    <name>odf_event_dialog</name>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Ubah langkah ODF · {desa}</source>
        <translation>Edit ODF step · {desa}</translation>
    </message>
    <message>
        <source>Catat langkah ODF · {desa}</source>
        <translation>Record ODF step · {desa}</translation>
    </message>
    <message>
        <source>mis. Sanitarian Puskesmas</source>
        <translation>e.g. Puskesmas sanitarian</translation>
    </message>
    <message>
        <source>mis. BA/VER/2025/07</source>
        <translation>e.g. BA/VER/2025/07</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Tim verifikasi</source>
        <translation>Verification team</translation>
    </message>
    <message>
        <source>Tambah &amp;anggota</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Hapus angg&amp;ota</source>
        <translation>Remo&amp;ve member</translation>
    </message>
    <message>
        <source>Pedoman: {paling_sedikit}–5 orang.</source>
        <translation>Guideline: {paling_sedikit}–5 people.</translation>
    </message>
    <message>
        <source>mis. Camat, Kepala Puskesmas, Kepala Desa</source>
        <translation>e.g. Camat, head of Puskesmas, village head</translation>
    </message>
    <message>
        <source>&amp;Jenis langkah:</source>
        <translation>Step &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Fasilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Hasil:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Nomor Berita Acara:</source>
        <translation>&amp;Minutes (BA) no.:</translation>
    </message>
    <message>
        <source>T&amp;im verifikasi:</source>
        <translation>Verification t&amp;eam:</translation>
    </message>
    <message>
        <source>Sa&amp;ksi:</source>
        <translation>&amp;Witnesses:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>odf_event_table_model</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Nomor BA</source>
        <translation>Minutes (BA) no.</translation>
    </message>
    <message>
        <source>Tim</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{jumlah} orang</source>
        <translation>{jumlah} people</translation>
    </message>
    <message>
        <source>Fasilitator: {nama}</source>
        <translation>Facilitator: {nama}</translation>
    </message>
    <message>
        <source>Saksi: {nama}</source>
        <translation>Witnesses: {nama}</translation>
    </message>
</context>
<context>
    <name>panduan_dialog</name>
    <message>
        <source>Panduan KKS Desktop</source>
        <translation>KKS Desktop user guide</translation>
    </message>
    <message>
        <source>Isi panduan</source>
        <translation>User guide text</translation>
    </message>
    <message>
        <source>← &amp;Kembali</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (Alt+←)</source>
        <translation>Previous page (Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Daftar isi</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Panduan tidak ditemukan</source>
        <translation>User guide not found</translation>
    </message>
    <message>
        <source>Berkas panduan tidak ada di {folder}. Salin ulang folder program KKS Desktop secara utuh, lalu coba lagi.</source>
        <translation>The user guide files are missing from {folder}. Copy the KKS Desktop program folder again in full, then try again.</translation>
    </message>
</context>
<context>
    <name>pengaturan_bahasa</name>
    <message>
        <source>Bahasa / Language</source>
        <translation>Language / Bahasa</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Bahasa tampilan program ini berganti setelah program ditutup dan dibuka lagi. Buku kerja Excel dan cetakan tetap berbahasa Indonesia.</source>
        <translation>The program&apos;s display language changes after the program is closed and opened again. Excel workbooks and printouts stay in Indonesian.</translation>
    </message>
    <message>
        <source>Bahasa &amp;tampilan:</source>
        <translation>Display lan&amp;guage:</translation>
    </message>
    <message>
        <source>Bahasa {bahasa} dipakai mulai program dibuka lagi.</source>
        <translation>{bahasa} is used from the next time the program is opened.</translation>
    </message>
</context>
<context>
    <name>pengaturan_cadangan</name>
    <message>
        <source>Cadangan &amp;harian disimpan:</source>
        <translation>Keep &amp;daily backups for:</translation>
    </message>
    <message>
        <source> hari terakhir</source>
        <translation> days</translation>
    </message>
    <message>
        <source>cadangan harian disimpan {n} hari</source>
        <translation>daily backups kept for {n} days</translation>
    </message>
    <message>
        <source>Cadangan &amp;bulanan disimpan:</source>
        <translation>Keep &amp;monthly backups for:</translation>
    </message>
    <message>
        <source> bulan terakhir</source>
        <translation> months</translation>
    </message>
    <message>
        <source>satu cadangan per bulan disimpan {n} bulan</source>
        <translation>one backup per month kept for {n} months</translation>
    </message>
    <message>
        <source>&amp;Peringatan bila cadangan terakhir lebih dari:</source>
        <translation>&amp;Warn when the last backup is older than:</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>peringatan setelah {n} hari tanpa cadangan</source>
        <translation>warning after {n} days without a backup</translation>
    </message>
    <message>
        <source>Cadangan otomatis</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Setiap hari, saat program dibuka, data dicadangkan ke folder “cadangan” di samping berkas data. Cadangan harian yang lebih lama dihapus, kecuali satu per bulan. Cadangan yang Anda buat sendiri tidak pernah dihapus.</source>
        <translation>Every day, when the program opens, the data is backed up to the “cadangan” folder beside the data file. Older daily backups are deleted, except one per month. Backups you make yourself are never deleted.</translation>
    </message>
    <message>
        <source>tidak disimpan</source>
        <translation>not kept</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>mis. Siti Aminah (Sekretaris Pokja)</source>
        <translation>e.g. Siti Aminah (Pokja secretary)</translation>
    </message>
    <message>
        <source>Simpan &amp;nama</source>
        <translation>Save &amp;name</translation>
    </message>
    <message>
        <source>Nama ini dicatat di riwayat perubahan sebagai orang yang melakukan setiap perubahan (menambah, mengubah, menghapus). Bila laptop dipakai bergantian, ganti nama sebelum mulai bekerja. Kosongkan bila tidak perlu.</source>
        <translation>This name is recorded in the change history as the person who made each change (adding, editing, deleting). If the laptop is shared, change the name before starting work. Leave it empty if not needed.</translation>
    </message>
    <message>
        <source>Tersimpan: {apa}.</source>
        <translation>Saved: {apa}.</translation>
    </message>
    <message>
        <source>Tersimpan: nama pengguna “{nama}”; perubahan berikutnya dicatat atas nama ini.</source>
        <translation>Saved: user name “{nama}”; the next changes are recorded under this name.</translation>
    </message>
    <message>
        <source>Tersimpan: tanpa nama pengguna; perubahan dicatat tanpa nama.</source>
        <translation>Saved: no user name; changes are recorded without a name.</translation>
    </message>
</context>
<context>
    <name>pengaturan_page</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Perubahan di halaman ini langsung disimpan di berkas data ini dan langsung dipakai di Beranda, halaman Sanitasi, laporan dan cadangan.</source>
        <translation>Changes on this page are saved in this data file at once and used straight away on Home, the Sanitation page, reports and backups.</translation>
    </message>
    <message>
        <source>Aturan Desa STBM</source>
        <translation>Desa STBM rule</translation>
    </message>
    <message>
        <source>Syarat sebuah desa/kelurahan disebut Desa STBM, dinilai dari laporan sanitasi terakhirnya.</source>
        <translation>When a village counts as a Desa STBM, judged from its latest sanitation report.</translation>
    </message>
    <message>
        <source> (bawaan)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <source>Siklus penilaian KKS</source>
        <translation>KKS assessment cycle</translation>
    </message>
    <message>
        <source>Siklus {tahun}{bawaan} — {syarat}</source>
        <translation>Cycle {tahun}{bawaan} — {syarat}</translation>
    </message>
    <message>
        <source>&amp;Siklus:</source>
        <translation>&amp;Cycle:</translation>
    </message>
    <message>
        <source>Syarat persentase desa/kelurahan ODF di kabupaten/kota untuk tiap tingkat penghargaan Swasti Saba berbeda per siklus penilaian.</source>
        <translation>The share of ODF villages a district/city needs for each Swasti Saba award level differs per assessment cycle.</translation>
    </message>
    <message>
        <source>Ukuran kertas untuk cetak</source>
        <translation>Paper size for printing</translation>
    </message>
    <message>
        <source>Dipakai untuk daftar hadir, rekap pre-test/post-test, RTL dan laporan lain yang dicetak ke PDF.</source>
        <translation>Used for attendance lists, pre-test/post-test summaries, RTL and other reports printed to PDF.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{tingkat}: {syarat} desa/kelurahan ODF&lt;/li&gt;</source>
        <translation>&lt;li&gt;{tingkat}: {syarat} of villages are ODF&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Syarat ODF siklus {tahun}:&lt;ul&gt;{daftar}&lt;/ul&gt;</source>
        <translation>ODF requirements of the {tahun} cycle:&lt;ul&gt;{daftar}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Tersimpan: aturan Desa STBM “{aturan}”.</source>
        <translation>Saved: Desa STBM rule “{aturan}”.</translation>
    </message>
    <message>
        <source>Tersimpan: ukuran kertas {kertas}.</source>
        <translation>Saved: paper size {kertas}.</translation>
    </message>
    <message>
        <source>Tersimpan: syarat ODF siklus {tahun} ({syarat}).</source>
        <translation>Saved: ODF requirements of the {tahun} cycle ({syarat}).</translation>
    </message>
</context>
<context>
    <name>pengendali</name>
    <message>
        <source>Data dipulihkan</source>
        <translation>Data restored</translation>
    </message>
</context>
<context>
    <name>pertukaran_page</name>
    <message>
        <source>E&amp;kspor</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>Hi&amp;story</translation>
    </message>
</context>
<context>
    <name>peserta_delegates</name>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nama peserta</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
</context>
<context>
    <name>peserta_editor</name>
    <message>
        <source>Ketik langsung di tabel: Tab ke kanan, Enter ke bawah, F2 mengubah isi sel, Delete mengosongkan. Salin baris dari Excel lalu tekan Ctrl+V (Ctrl+Z mengurungkan tempelan).</source>
        <translation>Type straight into the table: Tab moves right, Enter moves down, F2 edits a cell, Delete empties it. Copy rows from Excel, then press Ctrl+V (Ctrl+Z undoes the paste).</translation>
    </message>
    <message>
        <source>dua</source>
        <translation>two</translation>
    </message>
    <message>
        <source>tiga</source>
        <translation>three</translation>
    </message>
    <message>
        <source>empat</source>
        <translation>four</translation>
    </message>
    <message>
        <source>lima</source>
        <translation>five</translation>
    </message>
    <message>
        <source>Tambah &amp;baris</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Sisipkan baris kosong di atas baris yang dipilih</source>
        <translation>Insert a blank row above the selected row</translation>
    </message>
    <message>
        <source>Hapus baris &amp;terpilih</source>
        <translation>&amp;Delete selected rows</translation>
    </message>
    <message>
        <source>Te&amp;mpel dari Excel</source>
        <translation>Paste from E&amp;xcel</translation>
    </message>
    <message>
        <source>Tempel baris peserta yang disalin dari Excel (Ctrl+V)</source>
        <translation>Paste participant rows copied from Excel (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>B&amp;ukan orang yang sama</source>
        <translation>Not the same pers&amp;on</translation>
    </message>
    <message>
        <source>Daftar peserta</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <source>{jumlah} baris dihapus.</source>
        <translation>Rows deleted: {jumlah}.</translation>
    </message>
    <message>
        <source>Papan klip kosong: salin dulu baris peserta dari Excel.</source>
        <translation>The clipboard is empty: copy participant rows from Excel first.</translation>
    </message>
    <message>
        <source>{jumlah} peserta ditambahkan dari tempelan.</source>
        <translation>Participants added from the paste: {jumlah}.</translation>
    </message>
    <message>
        <source>{jumlah} baris tidak ditambahkan karena ada kesalahan (baris {baris} tempelan).</source>
        <translation>Rows not added because of errors: {jumlah} (pasted rows {baris}).</translation>
    </message>
    <message>
        <source>Tempelan diurungkan: {jumlah} peserta dikeluarkan lagi (Ctrl+Y mengulanginya).</source>
        <translation>Paste undone: {jumlah} participant(s) taken out again (Ctrl+Y redoes it).</translation>
    </message>
    <message>
        <source>{jumlah} peserta ditambahkan lagi dari tempelan.</source>
        <translation>Participants added again from the paste: {jumlah}.</translation>
    </message>
    <message>
        <source>Pilih sel isian (bukan kolom No atau Hadir) untuk menempel satu nilai.</source>
        <translation>Select an entry cell (not the No or attendance columns) to paste a single value.</translation>
    </message>
    <message>
        <source>Baris {baris} digabungkan.</source>
        <translation>Rows {baris} merged.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{nama}&lt;/b&gt; tampaknya tercatat {kali} kali (baris {baris}).</source>
        <translation>&lt;b&gt;{nama}&lt;/b&gt; seems to be recorded {kali} times (rows {baris}).</translation>
    </message>
    <message>
        <source>Masih ada {jumlah} kemungkinan lain setelah ini.</source>
        <translation>More possible duplicates after this one: {jumlah}.</translation>
    </message>
    <message>
        <source>H{hari}: {hadir}</source>
        <translation>D{hari}: {hadir}</translation>
    </message>
    <message>
        <source>{jumlah} peserta · hadir {hari} · pre/post lengkap: {lengkap}</source>
        <translation>Participants: {jumlah} · present {hari} · pre/post complete: {lengkap}</translation>
    </message>
</context>
<context>
    <name>peserta_table_model</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi/unsur</source>
        <translation>Institution/group</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>H{hari} {tanggal}</source>
        <translation>D{hari} {tanggal}</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Hadir hari ke-{hari} {tanggal}</source>
        <translation>Present on day {hari} {tanggal}</translation>
    </message>
    <message>
        <source>Nilai pre-test / post-test, 0–100 (boleh desimal: 72,5)</source>
        <translation>Pre-test / post-test score, 0–100 (decimals allowed: 72,5)</translation>
    </message>
</context>
<context>
    <name>pokja_editor</name>
    <message>
        <source>Belum diisi</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>mis. 141/12/2023</source>
        <translation>e.g. 141/12/2023</translation>
    </message>
    <message>
        <source>Kepala Desa ...</source>
        <translation>Village head ...</translation>
    </message>
    <message>
        <source>Nomo&amp;r SK:</source>
        <translation>SK (decree) num&amp;ber:</translation>
    </message>
    <message>
        <source>Tan&amp;ggal SK:</source>
        <translation>SK (decree) &amp;issued on:</translation>
    </message>
    <message>
        <source>Ditandatangani &amp;oleh:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>Se&amp;kretariat Pokja:</source>
        <translation>Pokja secretaria&amp;t:</translation>
    </message>
    <message>
        <source>Tatanan yang dipilih</source>
        <translation>Tatanan chosen by the Pokja</translation>
    </message>
    <message>
        <source>Centang tatanan yang dipilih Pokja (Spasi untuk mencentang).</source>
        <translation>Tick the tatanan the Pokja chose (Space ticks).</translation>
    </message>
    <message>
        <source>Tatanan &amp;yang dipilih:</source>
        <translation>Tatanan chosen b&amp;y the Pokja:</translation>
    </message>
    <message>
        <source>Anggota Pokja</source>
        <translation>Pokja members</translation>
    </message>
    <message>
        <source>&amp;Anggota Pokja:</source>
        <translation>Pokja &amp;members:</translation>
    </message>
    <message>
        <source>&amp;Tambah anggota</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Hapus anggota</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Na&amp;ik</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>T&amp;urun</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Pindahkan anggota terpilih satu baris ke atas</source>
        <translation>Move the selected member one row up</translation>
    </message>
    <message>
        <source>Pindahkan anggota terpilih satu baris ke bawah</source>
        <translation>Move the selected member one row down</translation>
    </message>
    <message>
        <source>{tatanan} (tidak ada dalam daftar tatanan)</source>
        <translation>{tatanan} (not in the tatanan list)</translation>
    </message>
</context>
<context>
    <name>prepost_model</name>
    <message>
        <source>Tanpa kategori</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>JUMLAH (semua peserta)</source>
        <translation>TOTAL (all participants)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pasangan</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Rata pre</source>
        <translation>Mean pre</translation>
    </message>
    <message>
        <source>Rata post</source>
        <translation>Mean post</translation>
    </message>
    <message>
        <source>Kenaikan</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Lulus pre %</source>
        <translation>Pass pre %</translation>
    </message>
    <message>
        <source>Lulus post %</source>
        <translation>Pass post %</translation>
    </message>
    <message>
        <source>Semua peserta dalam kategori</source>
        <translation>All participants in the category</translation>
    </message>
    <message>
        <source>Peserta dengan nilai pre-test dan post-test; hanya mereka yang dihitung di kolom berikut</source>
        <translation>Participants with both pre-test and post-test scores; only they are counted in the following columns</translation>
    </message>
    <message>
        <source>Rata-rata (post − pre) per orang</source>
        <translation>Mean (post − pre) per person</translation>
    </message>
    <message>
        <source>Bagian pasangan dengan pre ≥ batas lulus</source>
        <translation>Share of pairs with pre ≥ pass mark</translation>
    </message>
    <message>
        <source>Bagian pasangan dengan post ≥ batas lulus</source>
        <translation>Share of pairs with post ≥ pass mark</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>prepost_view</name>
    <message>
        <source>Belum ada nilai pre-test/post-test. Isi kolom Pre dan Post di tab Peserta &amp; nilai.</source>
        <translation>No pre-test/post-test scores yet. Fill in the Pre and Post columns on the Participants &amp; scores tab.</translation>
    </message>
    <message>
        <source>Batas lulus</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Dengan nilai pre &amp; post</source>
        <translation>With pre &amp; post scores</translation>
    </message>
    <message>
        <source>Rata-rata pre</source>
        <translation>Mean pre</translation>
    </message>
    <message>
        <source>Rata-rata post</source>
        <translation>Mean post</translation>
    </message>
    <message>
        <source>Rata-rata kenaikan</source>
        <translation>Mean gain</translation>
    </message>
    <message>
        <source>Lulus sebelum</source>
        <translation>Passed before</translation>
    </message>
    <message>
        <source>Lulus sesudah</source>
        <translation>Passed after</translation>
    </message>
    <message>
        <source>Hasil per kategori</source>
        <translation>Results per category</translation>
    </message>
    <message>
        <source>Peserta dengan nilai belum lengkap</source>
        <translation>Participants with incomplete scores</translation>
    </message>
    <message>
        <source>Mereka tidak ikut dihitung di angka berpasangan di atas. Lengkapi nilainya di tab Peserta &amp; nilai.</source>
        <translation>They are not counted in the paired figures above. Complete their scores on the Participants &amp; scores tab.</translation>
    </message>
    <message>
        <source>Per kategori peserta</source>
        <translation>Per participant category</translation>
    </message>
    <message>
        <source>Belum lengkap: {jumlah} peserta dengan satu nilai saja</source>
        <translation>Incomplete: {jumlah} participants with only one score</translation>
    </message>
    <message>
        <source>{jumlah} tanpa nilai sama sekali</source>
        <translation>{jumlah} without any score</translation>
    </message>
    <message>
        <source>semua ikut pre-test atau post-test</source>
        <translation>all took the pre-test or the post-test</translation>
    </message>
    <message>
        <source>nilai ≥ {batas} dihitung lulus</source>
        <translation>a score ≥ {batas} counts as a pass</translation>
    </message>
    <message>
        <source>{persen} dari {jumlah} peserta</source>
        <translation>{persen} of {jumlah} participants</translation>
    </message>
    <message>
        <source>semua nilai pre: {rata} ({jumlah} orang)</source>
        <translation>all pre scores: {rata} (n = {jumlah})</translation>
    </message>
    <message>
        <source>semua nilai post: {rata} ({jumlah} orang)</source>
        <translation>all post scores: {rata} (n = {jumlah})</translation>
    </message>
    <message>
        <source>rata-rata (post − pre) per orang</source>
        <translation>mean (post − pre) per person</translation>
    </message>
    <message>
        <source>pre ≥ {batas}, dari {pasangan} pasangan</source>
        <translation>pre ≥ {batas}, of {pasangan} pairs</translation>
    </message>
    <message>
        <source>post ≥ {batas}, dari {pasangan} pasangan</source>
        <translation>post ≥ {batas}, of {pasangan} pairs</translation>
    </message>
</context>
<context>
    <name>problem_label</name>
    <message>
        <source>Harus diperbaiki:</source>
        <translation>Must be corrected:</translation>
    </message>
    <message>
        <source>Perlu diperiksa:</source>
        <translation>Please check:</translation>
    </message>
</context>
<context>
    <name>pulih_dialog</name>
    <message>
        <source>Berkas cadangan KKS Desktop (*.db);;Semua berkas (*)</source>
        <translation>KKS Desktop backup files (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sebelum memulihkan, keadaan data sekarang dicadangkan dahulu ke folder cadangan, jadi tidak ada yang hilang. Setelah dipulihkan, KKS Desktop menutup lalu membuka ulang data ini.</source>
        <translation>Before restoring, the current data is first backed up to the backup folder, so nothing is lost. After the restore, KKS Desktop closes this data and opens it again.</translation>
    </message>
    <message>
        <source>versi {versi}</source>
        <translation>version {versi}</translation>
    </message>
    <message>
        <source>versi yang lebih baru</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh KKS Desktop {versi_cadangan} (skema {skema_cadangan}); program ini versi {versi} hanya mengenal skema {skema}. Perbarui KKS Desktop dahulu untuk memulihkannya. Tidak ada yang diubah.</source>
        <translation>This backup was made by KKS Desktop {versi_cadangan} (schema {skema_cadangan}); this program, version {versi}, only knows schema {skema}. Update KKS Desktop first to restore it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cadangan ini rusak: pemeriksaan keutuhan menemukan {jumlah} masalah. Cadangan yang rusak tidak dipulihkan; pilih cadangan lain. Tidak ada yang diubah.</source>
        <translation>This backup is damaged: the integrity check found {jumlah} problem(s). A damaged backup is not restored; choose another backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cadangan utuh, dari versi lama (skema {skema_cadangan}; program ini skema {skema}). Setelah dipulihkan, datanya diperbarui ke versi ini secara otomatis; sebelum pembaruan, berkasnya dicadangkan lagi.</source>
        <translation>Backup intact, from an older version (schema {skema_cadangan}; this program: schema {skema}). After the restore its data is updated to this version automatically; before the update, the file is backed up again.</translation>
    </message>
    <message>
        <source>Cadangan utuh dan dapat dipulihkan.</source>
        <translation>The backup is intact and can be restored.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih cadangan dari folder cadangan (&lt;b&gt;{folder}&lt;/b&gt;), atau berkas cadangan lain, misalnya dari flashdisk.</source>
        <translation>Choose a backup from the backup folder (&lt;b&gt;{folder}&lt;/b&gt;), or another backup file, for example from a USB stick.</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backups in this folder yet.</translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation>Backup list</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas cadangan lain…</source>
        <translation>Choose another &amp;backup file…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Di cadangan</source>
        <translation>In the backup</translation>
    </message>
    <message>
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Isi cadangan dibandingkan data sekarang</source>
        <translation>Backup contents compared with the current data</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>skema {skema}</source>
        <translation>schema {skema}</translation>
    </message>
    <message>
        <source>skema {skema_cadangan} (program ini: skema {skema})</source>
        <translation>schema {skema_cadangan} (this program: schema {skema})</translation>
    </message>
    <message>
        <source>utuh (pemeriksaan keutuhan lulus)</source>
        <translation>intact (integrity check passed)</translation>
    </message>
    <message>
        <source>&lt;b&gt;RUSAK&lt;/b&gt;: pemeriksaan keutuhan menemukan {jumlah} masalah</source>
        <translation>&lt;b&gt;DAMAGED&lt;/b&gt;: the integrity check found {jumlah} problem(s)</translation>
    </message>
    <message>
        <source>Rincian teknis (SQLite):</source>
        <translation>Technical details (SQLite):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{berkas}&lt;/b&gt;&lt;br&gt;Dibuat: {kapan} · {jenis}&lt;br&gt;Program: KKS Desktop {versi}, {skema}&lt;br&gt;Keutuhan: {keutuhan}</source>
        <translation>&lt;b&gt;{berkas}&lt;/b&gt;&lt;br&gt;Made: {kapan} · {jenis}&lt;br&gt;Program: KKS Desktop {versi}, {skema}&lt;br&gt;Integrity: {keutuhan}</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cadangan berisi lebih sedikit data daripada sekarang</source>
        <translation>The backup holds less data than there is now</translation>
    </message>
</context>
<context>
    <name>riwayat_dialog</name>
    <message>
        <source>Setiap perubahan yang tersimpan, terbaru di atas, dengan waktu dan nama pengguna (diatur di Pengaturan). Pilih satu untuk melihat rinciannya.</source>
        <translation>Every saved change, newest at the top, with its time and user name (set in Settings). Choose one to see its details.</translation>
    </message>
    <message>
        <source>Pilih baris “diubah” di rincian untuk mengembalikan isinya ke versi sebelum perubahan itu.</source>
        <translation>Choose a “changed” row in the details to put its contents back to the version before that change.</translation>
    </message>
    <message>
        <source>Riwayat {judul}</source>
        <translation>History of {judul}</translation>
    </message>
    <message>
        <source>Perubahan tersimpan</source>
        <translation>Saved changes</translation>
    </message>
    <message>
        <source>Rincian perubahan</source>
        <translation>Change details</translation>
    </message>
    <message>
        <source>&amp;Kembalikan ke versi sebelum perubahan ini…</source>
        <translation>&amp;Revert to the version before this change…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Belum ada perubahan tercatat untuk data ini.</source>
        <translation>No changes have been recorded for this data yet.</translation>
    </message>
    <message>
        <source>Kembalikan versi</source>
        <translation>Revert version</translation>
    </message>
    <message>
        <source>Kembalikan {data} ke isinya sebelum perubahan {kapan}?

{rincian}

Pengembalian ini dicatat sebagai perubahan baru dan dapat diurungkan (Ctrl+Z).</source>
        <translation>Put {data} back to its contents before the change of {kapan}?

{rincian}

This is recorded as a new change and can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Tidak dapat mengembalikan</source>
        <translation>Cannot revert</translation>
    </message>
    <message>
        <source>Isi {data} sudah sama dengan versi itu; tidak ada yang diubah.</source>
        <translation>The contents of {data} already match that version; nothing was changed.</translation>
    </message>
    <message>
        <source>kembalikan versi lama {data}</source>
        <translation>revert {data} to an earlier version</translation>
    </message>
    <message>
        <source>{data} dikembalikan ke isinya sebelum perubahan {kapan}.</source>
        <translation>{data} put back to its contents before the change of {kapan}.</translation>
    </message>
</context>
<context>
    <name>riwayat_model</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beserta</source>
        <translation>Along with</translation>
    </message>
</context>
<context>
    <name>riwayat_pertukaran</name>
    <message>
        <source>Buku kerja desa</source>
        <translation>Village workbook</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Templat kosong</source>
        <translation>Empty template</translation>
    </message>
    <message>
        <source>Data KK</source>
        <translation>Households (Data KK)</translation>
    </message>
    <message>
        <source>Belum ada buku kerja yang diekspor atau diimpor dari berkas data ini. Setiap ekspor dan impor dicatat di sini: kapan, berkas mana, wilayahnya, jumlah baris dan sidik SHA-256 berkasnya (untuk memastikan berkas yang diterima sama dengan yang dikirim).</source>
        <translation>No workbook has been exported or imported from this data file yet. Every export and import is recorded here: when, which file, its area, the number of rows and the file&apos;s SHA-256 fingerprint (to make sure the file received is the one that was sent).</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Buku kerja</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Wilayah/desa</source>
        <translation>Area/village</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Waktu setempat</source>
        <translation>Local time</translation>
    </message>
    <message>
        <source>Ekspor (dikirim) atau impor (diterima)</source>
        <translation>Export (sent) or import (received)</translation>
    </message>
    <message>
        <source>Jenis buku kerja</source>
        <translation>Kind of workbook</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Desa atau wilayah yang dibawa berkas</source>
        <translation>The villages or area the file carries</translation>
    </message>
    <message>
        <source>Jumlah baris data di berkas</source>
        <translation>Number of data rows in the file</translation>
    </message>
    <message>
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Awal sidik SHA-256 berkas; arahkan tetikus untuk sidik lengkap</source>
        <translation>Start of the file&apos;s SHA-256 fingerprint; point the mouse at it for the full fingerprint</translation>
    </message>
    <message>
        <source>{jumlah} desa</source>
        <translation>{jumlah} villages</translation>
    </message>
    <message>
        <source>Riwayat ekspor dan impor</source>
        <translation>Export and import history</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Nama berkas buku kerja</source>
        <translation>Workbook file name</translation>
    </message>
    <message>
        <source>Diterima, diperbarui, sama, konflik atau ditolak</source>
        <translation>Accepted, updated, same, conflict or rejected</translation>
    </message>
    <message>
        <source>Apa yang ditulis, atau mengapa berkas ditolak</source>
        <translation>What was written, or why the file was rejected</translation>
    </message>
    <message>
        <source>Hasil impor per berkas</source>
        <translation>Import result per file</translation>
    </message>
    <message>
        <source>&lt;b&gt;{jumlah} berkas&lt;/b&gt;: {rincian}.</source>
        <translation>&lt;b&gt;{jumlah} files&lt;/b&gt;: {rincian}.</translation>
    </message>
</context>
<context>
    <name>rtl_editor</name>
    <message>
        <source>Tulis tanggal target, mis. 16/09/2025 atau 16-9-2025.</source>
        <translation>Type the target date, e.g. 16/09/2025 or 16-9-2025.</translation>
    </message>
    <message>
        <source>Status RTL</source>
        <translation>RTL status</translation>
    </message>
    <message>
        <source>Waktu (tanggal target)</source>
        <translation>Time (target date)</translation>
    </message>
    <message>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Rencana Tindak Lanjut</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <source>Tambah &amp;baris</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Hapus b&amp;aris</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>Na&amp;ik</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <source>T&amp;urun</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <source>Sisipkan baris kosong di bawah baris terpilih</source>
        <translation>Insert a blank row below the selected row</translation>
    </message>
    <message>
        <source>Hapus baris terpilih</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>Pindahkan baris terpilih satu baris ke atas</source>
        <translation>Move the selected row up by one</translation>
    </message>
    <message>
        <source>Pindahkan baris terpilih satu baris ke bawah</source>
        <translation>Move the selected row down by one</translation>
    </message>
    <message>
        <source>Ketik langsung di tabel (Tab/Enter pindah sel). Tanggal merah: lewat waktu.</source>
        <translation>Type straight into the table (Tab/Enter moves between cells). Red date: overdue.</translation>
    </message>
    <message>
        <source>bukan tanggal (contoh: 16/09/2025 atau 16-9-2025)</source>
        <translation>is not a date (example: 16/09/2025 or 16-9-2025)</translation>
    </message>
    <message>
        <source>tidak dikenal</source>
        <translation>is not recognised</translation>
    </message>
    <message>
        <source>{kolom} baris {baris}: “{teks}” {alasan}; isi lama tetap.</source>
        <translation>{kolom}, row {baris}: “{teks}” {alasan}; the old value is kept.</translation>
    </message>
    <message>
        <source>{jumlah} {status}</source>
        <translation>{jumlah} {status}</translation>
    </message>
    <message>
        <source>{jumlah} baris RTL</source>
        <translation>RTL rows: {jumlah}</translation>
    </message>
    <message>
        <source>{jumlah} lewat waktu</source>
        <translation>{jumlah} overdue</translation>
    </message>
</context>
<context>
    <name>rtl_table_model</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Indikator keberhasilan</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lewat waktu</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_ekspor_aksi</name>
    <message>
        <source>Ekspor data KK</source>
        <translation>Export household data</translation>
    </message>
    <message>
        <source>Templat data KK</source>
        <translation>Household data template</translation>
    </message>
    <message>
        <source>Itu data pribadi. Simpan dan kirim hanya kepada yang berhak dan memerlukannya, jangan dibagikan di grup atau media sosial, dan hapus bila tidak diperlukan lagi.</source>
        <translation>That is personal data. Keep it and send it only to people who are entitled to it and need it, do not share it in groups or on social media, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada berkas yang ditulis.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Berkas ini akan memuat nama kepala keluarga dan No. KK dari {jumlah} rumah tangga (KK) di {wilayah}.</source>
        <translation>This file will hold the names of the heads of household and the No. KK of {jumlah} households in {wilayah}.</translation>
    </message>
    <message>
        <source>{pribadi}

Berkas: {berkas}</source>
        <translation>{pribadi}

File: {berkas}</translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{jumlah} KK di sheet “{lembar}”</source>
        <translation>{jumlah} households in sheet “{lembar}”</translation>
    </message>
    <message>
        <source>{lembar}; sheet Keterangan menjelaskan isinya.</source>
        <translation>{lembar}; the Keterangan sheet explains the contents.</translation>
    </message>
    <message>
        <source>{lembar}; sheet Keterangan menjelaskan pembagiannya.</source>
        <translation>{lembar}; the Keterangan sheet explains how the data is split.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Data KK tersimpan: {berkas}</source>
        <translation>Household data saved: {berkas}</translation>
    </message>
    <message>
        <source>{lembar}
Folder: {folder}</source>
        <translation>{lembar}
Folder: {folder}</translation>
    </message>
    <message>
        <source>Templat data KK tersimpan: {berkas}</source>
        <translation>Household data template saved: {berkas}</translation>
    </message>
    <message>
        <source>{baris} baris disiapkan untuk {desa} desa/kelurahan (kode dan nama desa sudah terisi). Setelah diisi, impor kembali berkas ini.
Folder: {folder}</source>
        <translation>{baris} rows prepared for {desa} villages (village code and name already filled in). Once it is filled in, import this file back.
Folder: {folder}</translation>
    </message>
    <message>
        <source>Belum ada data KK di {wilayah}; tidak ada yang diekspor.</source>
        <translation>There is no household data in {wilayah} yet; nothing was exported.</translation>
    </message>
    <message>
        <source>Simpan data KK</source>
        <translation>Save household data</translation>
    </message>
    <message>
        <source>Menulis data {jumlah} KK {wilayah}…</source>
        <translation>Writing the data of {jumlah} households in {wilayah}…</translation>
    </message>
    <message>
        <source>Belum ada desa terdaftar di {wilayah}; templat tidak dibuat.</source>
        <translation>No village is registered in {wilayah} yet; no template was made.</translation>
    </message>
    <message>
        <source>Simpan templat data KK</source>
        <translation>Save household data template</translation>
    </message>
    <message>
        <source>Menulis templat data KK…</source>
        <translation>Writing the household data template…</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_grid</name>
    <message>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_hitung_dialog</name>
    <message>
        <source>Laporan terakhir</source>
        <translation>Last report</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Dihitung dari data KK</source>
        <translation>Computed from household data</translation>
    </message>
    <message>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Laporan {bulan}</source>
        <translation>Report {bulan}</translation>
    </message>
    <message>
        <source>Hitung laporan dari data KK · {desa}</source>
        <translation>Compute report from household data · {desa}</translation>
    </message>
    <message>
        <source>Bulan laporan</source>
        <translation>Reporting month</translation>
    </message>
    <message>
        <source>&amp;Bulan laporan:</source>
        <translation>Reporting &amp;month:</translation>
    </message>
    <message>
        <source>Angka laporan dihitung dan laporan terakhir</source>
        <translation>Report figures computed and last report</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tidak dapat menghitung laporan</source>
        <translation>Cannot compute the report</translation>
    </message>
    <message>
        <source>{jumlah} KK belum lengkap jawaban pilar 1-nya (tangga akses belum dapat ditentukan), jadi tidak ikut dihitung.</source>
        <translation>{jumlah} households have incomplete pillar 1 answers (their access ladder cannot be determined yet), so they are not counted.</translation>
    </message>
    <message>
        <source>Semua KK sudah lengkap jawaban pilar 1-nya.</source>
        <translation>All households have complete pillar 1 answers.</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai laporan {bulan}</source>
        <translation>&amp;Save as the report for {bulan}</translation>
    </message>
    <message>
        <source>Belum ada KK dengan jawaban pilar 1 lengkap.</source>
        <translation>No household has complete pillar 1 answers yet.</translation>
    </message>
    <message>
        <source>Dihitung dari {jumlah} KK dengan jawaban pilar 1 lengkap (dari {total} KK di data KK {desa}).</source>
        <translation>Computed from {jumlah} households with complete pillar 1 answers (of {total} households in the household data of {desa}).</translation>
    </message>
    <message>
        <source>Belum ada laporan tersimpan sampai {bulan}.</source>
        <translation>No report saved up to {bulan} yet.</translation>
    </message>
    <message>
        <source>Laporan {bulan} sudah ada; menyimpan hasil hitungan akan menggantinya.</source>
        <translation>The report for {bulan} already exists; saving the computed figures will replace it.</translation>
    </message>
    <message>
        <source>Laporan terakhir yang tersimpan: {terakhir}; menyimpan membuat laporan baru {bulan}.</source>
        <translation>Last saved report: {terakhir}; saving makes a new report for {bulan}.</translation>
    </message>
    <message>
        <source>Ganti laporan</source>
        <translation>Replace report</translation>
    </message>
    <message>
        <source>Laporan {bulan} {desa} sudah ada. Angka-angkanya akan diganti dengan hasil hitungan dari data KK (total KK {sebelum} menjadi {sesudah}).

Penggantian dapat diurungkan dengan Ctrl+Z selama program masih terbuka. Lanjutkan?</source>
        <translation>The {bulan} report of {desa} already exists. Its figures will be replaced with those computed from the household data (total households {sebelum} becomes {sesudah}).

The replacement can be undone with Ctrl+Z while the program is still open. Continue?</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan laporan</source>
        <translation>Cannot save the report</translation>
    </message>
    <message>
        <source>Tersimpan sebagai laporan {bulan}.</source>
        <translation>Saved as the report for {bulan}.</translation>
    </message>
    <message>
        <source>Ada yang perlu diperiksa (lihat di atas).</source>
        <translation>Some things need checking (see above).</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_impor_dialog</name>
    <message>
        <source>(tidak ada: setiap baris menyebut desanya)</source>
        <translation>(none: every row names its village)</translation>
    </message>
    <message>
        <source>Sebelum menyimpan, data dicadangkan (cadangan “sebelum impor”). Impor data KK tidak dicatat baris demi baris di riwayat perubahan, jadi tidak dapat diurungkan dengan Ctrl+Z; pulihkan cadangan itu bila perlu.</source>
        <translation>Before saving, the data is backed up (the “before import” backup). A household data import is not recorded row by row in the change history, so it cannot be undone with Ctrl+Z; restore that backup if needed.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Berubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Sama</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Berkesalahan</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Pilih buku kerja data KK untuk diimpor</source>
        <translation>Choose a household data workbook to import</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Berkas berisi {jumlah} kesalahan; tidak ada yang diimpor selama kesalahan masih ada. Perbaiki di Excel lalu pilih berkasnya lagi, atau centang “Impor baris yang sah saja”.</source>
        <translation>The file has {jumlah} errors; nothing is imported while errors remain. Fix them in Excel and choose the file again, or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <source>Berkas ini tidak menyebut desa: pilih desanya di atas.</source>
        <translation>This file names no village: choose the village above.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diimpor: semua KK di berkas sudah sama dengan data di sini.</source>
        <translation>Nothing to import: every household in the file is the same as the data on this computer.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu diimpor: baris yang sah sudah sama dengan data di sini.</source>
        <translation>Nothing to import: the valid rows are the same as the data on this computer.</translation>
    </message>
    <message>
        <source>Akan ditulis: {rincian}; {jumlah} baris berkesalahan dilewati. {cadangan}</source>
        <translation>Will be written: {rincian}; {jumlah} rows with errors skipped. {cadangan}</translation>
    </message>
    <message>
        <source>Akan ditulis: {rincian}. {cadangan}</source>
        <translation>Will be written: {rincian}. {cadangan}</translation>
    </message>
    <message>
        <source>Impor data KK: {berkas}</source>
        <translation>Import household data: {berkas}</translation>
    </message>
    <message>
        <source>&amp;Desa untuk baris yang tidak menyebut desa:</source>
        <translation>&amp;Village for rows that name none:</translation>
    </message>
    <message>
        <source>{kode}  {nama} (Kec. {kecamatan})</source>
        <translation>{kode}  {nama} (sub-district {kecamatan})</translation>
    </message>
    <message>
        <source>KK per desa</source>
        <translation>Households per village</translation>
    </message>
    <message>
        <source>Masalah di berkas</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Impor baris yang &amp;sah saja</source>
        <translation>Import only the valid &amp;rows</translation>
    </message>
    <message>
        <source>Baris berkesalahan dilewati; baris lain diimpor.</source>
        <translation>Rows with errors are skipped; the other rows are imported.</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>I&amp;mpor</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Membatalkan… menunggu pekerjaan berhenti dengan rapi.</source>
        <translation>Cancelling… waiting for the work to stop cleanly.</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan. Tidak ada yang disimpan.</source>
        <translation>Check cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa {berkas}…</source>
        <translation>Reading and checking {berkas}…</translation>
    </message>
    <message>
        <source>Memeriksa ulang dengan desa yang dipilih…</source>
        <translation>Checking again with the chosen village…</translation>
    </message>
    <message>
        <source>Sheet dibaca: {lembar}</source>
        <translation>Sheets read: {lembar}</translation>
    </message>
    <message>
        <source>(desa tidak dikenali)</source>
        <translation>(village not recognised)</translation>
    </message>
    <message>
        <source>{jumlah} kesalahan</source>
        <translation>{jumlah} errors</translation>
    </message>
    <message>
        <source>{jumlah} peringatan</source>
        <translation>{jumlah} warnings</translation>
    </message>
    <message>
        <source>Masalah: {rincian}</source>
        <translation>Problems: {rincian}</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{lembar} kolom {huruf} “{judul}”</source>
        <translation>{lembar} column {huruf} “{judul}”</translation>
    </message>
    <message>
        <source>Berkas dibaca dan diperiksa dahulu; tidak ada yang disimpan sebelum Anda menekan Impor.</source>
        <translation>The file is read and checked first; nothing is saved before you press Import.</translation>
    </message>
    <message>
        <source>Menyimpan {jumlah} KK…</source>
        <translation>Saving {jumlah} households…</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_model</name>
    <message>
        <source>＋ KK baru: ketik di baris ini</source>
        <translation>＋ New household: type on this row</translation>
    </message>
    <message>
        <source>KK baris {baris} sudah tidak ada (dihapus di tempat lain).</source>
        <translation>The household on row {baris} no longer exists (deleted elsewhere).</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_page</name>
    <message>
        <source>Data KK</source>
        <translation>Household data</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>&amp;Desa:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Cari KK</source>
        <translation>Search households</translation>
    </message>
    <message>
        <source>&amp;Tambah KK</source>
        <translation>&amp;Add household</translation>
    </message>
    <message>
        <source>Ke baris ＋ paling bawah untuk mengetik KK baru</source>
        <translation>Go to the ＋ row at the bottom to type a new household</translation>
    </message>
    <message>
        <source>&amp;Hapus KK…</source>
        <translation>&amp;Delete household…</translation>
    </message>
    <message>
        <source>Hapus KK pada baris yang dipilih (ditanya dulu)</source>
        <translation>Delete the households on the selected rows (asks first)</translation>
    </message>
    <message>
        <source>Hitung &amp;laporan dari data KK…</source>
        <translation>Compute &amp;report from household data…</translation>
    </message>
    <message>
        <source>Hitung laporan sanitasi bulanan desa dari data KK dan bandingkan dengan laporan yang diketik</source>
        <translation>Compute the village&apos;s monthly sanitation report from the household data and compare it with the report typed in</translation>
    </message>
    <message>
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Tem&amp;plat Excel…</source>
        <translation>Excel tem&amp;plate…</translation>
    </message>
    <message>
        <source>Buku kerja kosong untuk mengisi data KK di Excel: desa yang dipilih, atau semua desa</source>
        <translation>An empty workbook for filling in household data in Excel: the chosen village, or all villages</translation>
    </message>
    <message>
        <source>Mungkin ganda (baris {baris}): {alasan}.</source>
        <translation>Possibly entered twice (rows {baris}): {alasan}.</translation>
    </message>
    <message>
        <source>Menghitung jumlah KK…</source>
        <translation>Counting households…</translation>
    </message>
    <message>
        <source>Ketik KK baru di baris ＋. KK tersimpan setelah nama kepala keluarga diisi.</source>
        <translation>Type the new household on the ＋ row. It is saved once the head of household&apos;s name is filled in.</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_penyunting</name>
    <message>
        <source>KK baru disimpan setelah nama kepala keluarga diisi.</source>
        <translation>A new household is saved once the head of household&apos;s name is filled in.</translation>
    </message>
    <message>
        <source>Ctrl+Z mengurungkan.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>… dan {jumlah} lainnya.</source>
        <translation>… and {jumlah} more.</translation>
    </message>
    <message>
        <source>tanpa nama</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>{nama} dan {jumlah} KK lainnya</source>
        <translation>{nama} and {jumlah} other households</translation>
    </message>
    <message>
        <source>{awal} dan {akhir}</source>
        <translation>{awal} and {akhir}</translation>
    </message>
    <message>
        <source>tambah KK {nama}</source>
        <translation>add household {nama}</translation>
    </message>
    <message>
        <source>ubah KK {nama}</source>
        <translation>edit household {nama}</translation>
    </message>
    <message>
        <source>Tidak disimpan; perbaiki dulu:</source>
        <translation>Not saved; fix these first:</translation>
    </message>
    <message>
        <source>{teks} Perlu diperiksa:</source>
        <translation>{teks} Needs checking:</translation>
    </message>
    <message>
        <source>Pilih satu desa dahulu untuk mengisi data KK.</source>
        <translation>Choose one village first to fill in household data.</translation>
    </message>
    <message>
        <source>Papan klip kosong: salin dulu sel dari Excel.</source>
        <translation>The clipboard is empty: copy cells from Excel first.</translation>
    </message>
    <message>
        <source>Tidak ada yang ditempel; perbaiki dulu:</source>
        <translation>Nothing was pasted; fix these first:</translation>
    </message>
    <message>
        <source>Tempelan tidak mengubah data apa pun.</source>
        <translation>The paste changes no data.</translation>
    </message>
    <message>
        <source>tempel {jumlah} KK</source>
        <translation>paste {jumlah} households</translation>
    </message>
    <message>
        <source>{jumlah} KK ditambahkan</source>
        <translation>{jumlah} households added</translation>
    </message>
    <message>
        <source>{jumlah} KK diubah</source>
        <translation>{jumlah} households changed</translation>
    </message>
    <message>
        <source>Dari tempelan: {rincian}. {urungkan}</source>
        <translation>From the paste: {rincian}. {urungkan}</translation>
    </message>
    <message>
        <source>kosongkan {jumlah} sel</source>
        <translation>clear {jumlah} cells</translation>
    </message>
    <message>
        <source>{jumlah} sel dikosongkan. {urungkan}</source>
        <translation>{jumlah} cells cleared. {urungkan}</translation>
    </message>
    <message>
        <source>Pilih dulu baris KK yang akan dihapus.</source>
        <translation>First select the household rows to delete.</translation>
    </message>
    <message>
        <source>Hapus {jumlah} KK dari data KK {desa}: {nama}?

Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.</source>
        <translation>Delete {jumlah} households from the household data of {desa}: {nama}?

The deletion can be undone with Ctrl+Z while the program is still open.</translation>
    </message>
    <message>
        <source>Hapus KK</source>
        <translation>Delete households</translation>
    </message>
    <message>
        <source>hapus {jumlah} KK</source>
        <translation>delete {jumlah} households</translation>
    </message>
    <message>
        <source>{jumlah} KK dihapus. {urungkan}</source>
        <translation>{jumlah} households deleted. {urungkan}</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_sel</name>
    <message>
        <source>Septik disedot/SPALD</source>
        <translation>Septic emptied/SPALD</translation>
    </message>
    <message>
        <source>Septik belum disedot</source>
        <translation>Septic never emptied</translation>
    </message>
    <message>
        <source>Cubluk/lubang tanah</source>
        <translation>Pit/hole in ground</translation>
    </message>
    <message>
        <source>Langsung ke saluran/alam</source>
        <translation>Straight to drain/nature</translation>
    </message>
    <message>
        <source>Tulis tanggal kunjungan, mis. 16/09/2025 atau 16-9-2025.</source>
        <translation>Type the visit date, e.g. 16/09/2025 or 16-9-2025.</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Akses jamban</source>
        <translation>Latrine access</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dihitung dari jawaban, tidak diketik.</source>
        <translation>Computed from the answers, not typed.</translation>
    </message>
    <message>
        <source>Nomor baris; ＋ adalah baris KK baru</source>
        <translation>Row number; ＋ is the row for a new household</translation>
    </message>
    <message>
        <source>16 angka; boleh dikosongkan</source>
        <translation>16 digits; may be left blank</translation>
    </message>
    <message>
        <source>Wajib diisi: KK baru tersimpan setelah nama ini diketik</source>
        <translation>Required: a new household is saved once this name is typed</translation>
    </message>
    <message>
        <source>Pilar {pilar}: {pertanyaan}
Y = Ya, T = Tidak, spasi berganti, Delete mengosongkan</source>
        <translation>Pillar {pilar}: {pertanyaan}
Y = Yes, T = No (tidak), Space cycles, Delete clears</translation>
    </message>
    <message>
        <source>Pilar 1: ke mana tinja dari jamban dibuang</source>
        <translation>Pillar 1: where excreta from the latrine goes</translation>
    </message>
    <message>
        <source>Tangga akses pilar 1. {dihitung}</source>
        <translation>Pillar 1 access ladder. {dihitung}</translation>
    </message>
    <message>
        <source>{pilar}: Ya bila semua jawabannya Ya. {dihitung}</source>
        <translation>{pilar}: Yes when all its answers are Yes. {dihitung}</translation>
    </message>
    <message>
        <source>{kolom} baris {baris}: {temuan}</source>
        <translation>{kolom} row {baris}: {temuan}</translation>
    </message>
    <message>
        <source>Baris {baris} tempelan, kolom {kolom}: {temuan}</source>
        <translation>Pasted row {baris}, column {kolom}: {temuan}</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_teks</name>
    <message>
        <source>Semua desa (hanya dilihat)</source>
        <translation>All villages (view only)</translation>
    </message>
    <message>
        <source>Cari nama atau No. KK… (Ctrl+F)</source>
        <translation>Search name or No. KK… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ketik langsung di tabel: Tab ke kanan, Enter ke bawah, F2 mengubah isi sel, Delete mengosongkan. Jawaban Ya/Tidak: tekan Y atau T (spasi berganti). KK baru: baris ＋ paling bawah. Salin baris dari Excel lalu Ctrl+V. Setiap isian langsung tersimpan; Ctrl+Z mengurungkan.</source>
        <translation>Type straight into the table: Tab moves right, Enter moves down, F2 edits a cell, Delete clears it. Yes/No answers: press Y for Yes or T for No (tidak); Space cycles. New household: the ＋ row at the bottom. Copy rows from Excel, then Ctrl+V. Every entry is saved at once; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Semua desa hanya untuk melihat dan mencari. Pilih satu desa untuk mengisi, mengubah, menghapus KK atau menghitung laporannya.</source>
        <translation>All villages is for viewing and searching only. Choose one village to add, edit or delete households or to compute its report.</translation>
    </message>
    <message>
        <source>KK yang jawaban pilar 1-nya belum lengkap tidak punya tangga akses dan tidak ikut dihitung dalam laporan.</source>
        <translation>Households with incomplete pillar 1 answers have no access ladder and are not counted in the report.</translation>
    </message>
    <message>
        <source>Pilih satu desa dahulu.</source>
        <translation>Choose one village first.</translation>
    </message>
    <message>
        <source>{jumlah} KK</source>
        <translation>{jumlah} households</translation>
    </message>
    <message>
        <source>{jumlah} KK di {desa} desa</source>
        <translation>{jumlah} households in {desa} villages</translation>
    </message>
    <message>
        <source>{cocok} KK cocok dari {semua}</source>
        <translation>{cocok} households match out of {semua}</translation>
    </message>
    <message>
        <source>{jumlah} belum lengkap</source>
        <translation>{jumlah} incomplete</translation>
    </message>
    <message>
        <source>{jumlah} mungkin ganda</source>
        <translation>{jumlah} possibly entered twice</translation>
    </message>
    <message>
        <source>Baris ＋: KK baru</source>
        <translation>Row ＋: new household</translation>
    </message>
    <message>
        <source>Dusun {dusun}</source>
        <translation>Dusun {dusun}</translation>
    </message>
    <message>
        <source>RT {rt}/RW {rw}</source>
        <translation>RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <source>Baris {baris}: {nama}</source>
        <translation>Row {baris}: {nama}</translation>
    </message>
</context>
<context>
    <name>rumah_tangga_tempel</name>
    <message>
        <source>Baris {nomor} tempelan: KK di baris {baris} sudah tidak ada.</source>
        <translation>Pasted row {nomor}: the household on row {baris} no longer exists.</translation>
    </message>
</context>
<context>
    <name>sanitasi_commands</name>
    <message>
        <source>tambah laporan {periode} {desa}</source>
        <translation>add report {periode} {desa}</translation>
    </message>
    <message>
        <source>ubah laporan {periode} {desa}</source>
        <translation>edit report {periode} {desa}</translation>
    </message>
    <message>
        <source>hapus laporan {periode} {desa}</source>
        <translation>delete report {periode} {desa}</translation>
    </message>
    <message>
        <source>catat {langkah} {desa}</source>
        <translation>record {langkah} {desa}</translation>
    </message>
    <message>
        <source>ubah {langkah} {desa}</source>
        <translation>edit {langkah} {desa}</translation>
    </message>
    <message>
        <source>hapus {langkah} {desa}</source>
        <translation>delete {langkah} {desa}</translation>
    </message>
</context>
<context>
    <name>sanitasi_page</name>
    <message>
        <source>Semua status ODF</source>
        <translation>All ODF statuses</translation>
    </message>
    <message>
        <source>Belum deklarasi ODF</source>
        <translation>ODF not yet declared</translation>
    </message>
    <message>
        <source>Simpan grafik (&amp;PNG)…</source>
        <translation>Save chart (&amp;PNG)…</translation>
    </message>
    <message>
        <source>Simpan grafik persentase desa ODF per kecamatan sebagai gambar</source>
        <translation>Save the chart of ODF villages per sub-district as an image</translation>
    </message>
    <message>
        <source>Rekap per kecamatan</source>
        <translation>Summary per sub-district</translation>
    </message>
    <message>
        <source>&amp;Grafik per kecamatan</source>
        <translation>&amp;Chart per sub-district</translation>
    </message>
    <message>
        <source>&amp;Tabel per kecamatan</source>
        <translation>&amp;Table per sub-district</translation>
    </message>
    <message>
        <source>Desa dan status ODF</source>
        <translation>Villages and ODF status</translation>
    </message>
    <message>
        <source>Saring kecamatan</source>
        <translation>Filter by sub-district</translation>
    </message>
    <message>
        <source>Saring status ODF</source>
        <translation>Filter by ODF status</translation>
    </message>
    <message>
        <source>Cari kode, desa atau kecamatan… (Ctrl+F)</source>
        <translation>Search code, village or sub-district… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari desa</source>
        <translation>Search villages</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>&amp;Sub-district:</translation>
    </message>
    <message>
        <source>&amp;Status ODF:</source>
        <translation>ODF stat&amp;us:</translation>
    </message>
    <message>
        <source>Desa STBM: {stbm} dari {desa} desa (aturan: {aturan}).</source>
        <translation>Desa STBM: {stbm} of {desa} villages (rule: {aturan}).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Persentase desa/kelurahan ODF per kecamatan — {wilayah} ({ringkasan}; syarat siklus {tahun})</source>
        <translation>Percentage of ODF villages per sub-district — {wilayah} ({ringkasan}; {tahun} cycle requirements)</translation>
    </message>
    <message>
        <source>semua desa</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>Tambahkan desa/kelurahan di halaman Desa dan Pokja, lalu isi laporan sanitasinya di tab Sanitasi desa.</source>
        <translation>Add villages on the Villages and Pokja page, then enter their sanitation reports on the village&apos;s Sanitation tab.</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All sub-districts</translation>
    </message>
    <message>
        <source>Belum ada desa/kelurahan.</source>
        <translation>No villages yet.</translation>
    </message>
    <message>
        <source>{jumlah} desa/kelurahan. Enter atau klik ganda membuka tab Sanitasi desa.</source>
        <translation>{jumlah} villages. Enter or double-click opens the village&apos;s Sanitation tab.</translation>
    </message>
    <message>
        <source>Menampilkan {tampil} dari {jumlah} desa/kelurahan.</source>
        <translation>Showing {tampil} of {jumlah} villages.</translation>
    </message>
    <message>
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Grafik disimpan: {berkas}</source>
        <translation>Chart saved: {berkas}</translation>
    </message>
    <message>
        <source>Grafik tidak tersimpan</source>
        <translation>Chart not saved</translation>
    </message>
    <message>
        <source>Grafik tidak dapat disimpan ke {berkas}. Periksa apakah folder itu ada dan boleh ditulisi, lalu coba lagi.</source>
        <translation>The chart could not be saved to {berkas}. Check that the folder exists and can be written to, then try again.</translation>
    </message>
</context>
<context>
    <name>sanitasi_parts</name>
    <message>
        <source>% KK akses (tidak BABS)</source>
        <translation>% households with access (no BABS)</translation>
    </message>
</context>
<context>
    <name>sanitasi_rekap_model</name>
    <message>
        <source>Belum ada desa/kelurahan di wilayah kerja ini</source>
        <translation>No villages in this working area yet</translation>
    </message>
    <message>
        <source>{odf} dari {desa} desa/kelurahan ODF ({persen})</source>
        <translation>{odf} of {desa} villages ODF ({persen})</translation>
    </message>
    <message>
        <source>{tingkat} {syarat} terpenuhi</source>
        <translation>{tingkat} {syarat} met</translation>
    </message>
    <message>
        <source>{tingkat} {syarat} perlu {jumlah} desa lagi</source>
        <translation>{tingkat} {syarat} needs {jumlah} more villages</translation>
    </message>
    <message>
        <source>Syarat ODF siklus {tahun}: {syarat}</source>
        <translation>ODF requirements, {tahun} cycle: {syarat}</translation>
    </message>
    <message>
        <source>{daftar} dan {terakhir}</source>
        <translation>{daftar} and {terakhir}</translation>
    </message>
    <message>
        <source>Belum ada desa/kelurahan untuk dihitung.</source>
        <translation>No villages to count yet.</translation>
    </message>
    <message>
        <source>Memenuhi syarat ODF {tingkat}.</source>
        <translation>Meets the ODF requirement for {tingkat}.</translation>
    </message>
    <message>
        <source>Belum memenuhi syarat ODF tingkat penghargaan mana pun.</source>
        <translation>Does not yet meet the ODF requirement of any award level.</translation>
    </message>
    <message>
        <source>Semua tingkat terpenuhi.</source>
        <translation>All levels met.</translation>
    </message>
    <message>
        <source>Untuk {tingkat} ({syarat}) perlu {jumlah} desa lagi.</source>
        <translation>{tingkat} ({syarat}) needs {jumlah} more villages.</translation>
    </message>
    <message>
        <source>Status ODF: {status} sejak {tanggal}. {langkah}</source>
        <translation>ODF status: {status} since {tanggal}. {langkah}</translation>
    </message>
    <message>
        <source>Status ODF: {status}. {langkah}</source>
        <translation>ODF status: {status}. {langkah}</translation>
    </message>
    <message>
        <source>Syarat ini dinilai untuk kabupaten/kota; di sini dihitung untuk wilayah kerja Anda.</source>
        <translation>These requirements are assessed for a district/city; here they are counted for your working area.</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>ODF</source>
        <translation>ODF</translation>
    </message>
    <message>
        <source>% desa ODF</source>
        <translation>% villages ODF</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Menunggu verifikasi</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>Pemicuan</source>
        <translation>Triggering</translation>
    </message>
    <message>
        <source>Belum ODF</source>
        <translation>Not yet ODF</translation>
    </message>
    <message>
        <source>% KK akses</source>
        <translation>% households with access</translation>
    </message>
    <message>
        <source>Desa STBM</source>
        <translation>Desa STBM</translation>
    </message>
    <message>
        <source>JUMLAH</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>{punya} dari {desa} desa punya laporan</source>
        <translation>{punya} of {desa} villages have a report</translation>
    </message>
    <message>
        <source>dari {kk} KK dalam laporan terakhir tiap desa</source>
        <translation>of {kk} households in each village&apos;s latest report</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status ODF</source>
        <translation>ODF status</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Laporan terakhir</source>
        <translation>Latest report</translation>
    </message>
    <message>
        <source>% akses</source>
        <translation>% access</translation>
    </message>
    <message>
        <source>KK BABS</source>
        <translation>BABS households</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{desa} ({kode}) — Enter atau klik ganda untuk membuka tab Sanitasi desa ini</source>
        <translation>{desa} ({kode}) — Enter or double-click to open this village&apos;s Sanitation tab</translation>
    </message>
</context>
<context>
    <name>sanitasi_tab</name>
    <message>
        <source>Status ODF</source>
        <translation>ODF status</translation>
    </message>
    <message>
        <source>Jalur menuju ODF</source>
        <translation>Path to ODF</translation>
    </message>
    <message>
        <source>Pemi&amp;cuan…</source>
        <translation>&amp;Triggering…</translation>
    </message>
    <message>
        <source>&amp;Verifikasi…</source>
        <translation>&amp;Verification…</translation>
    </message>
    <message>
        <source>D&amp;eklarasi…</source>
        <translation>D&amp;eclaration…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Catat:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Catat {langkah} untuk desa ini</source>
        <translation>Record {langkah} for this village</translation>
    </message>
    <message>
        <source>Ubah langkah yang dipilih (Enter di daftar)</source>
        <translation>Edit the selected step (Enter in the list)</translation>
    </message>
    <message>
        <source>Hapus langkah yang dipilih (Delete di daftar)</source>
        <translation>Delete the selected step (Delete in the list)</translation>
    </message>
    <message>
        <source>Riwayat laporan sanitasi</source>
        <translation>Sanitation report history</translation>
    </message>
    <message>
        <source>Tambah &amp;laporan…</source>
        <translation>Add &amp;report…</translation>
    </message>
    <message>
        <source>Laporan bulan berikutnya</source>
        <translation>The next month&apos;s report</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Ubah laporan yang dipilih (Enter atau klik ganda)</source>
        <translation>Edit the selected report (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus laporan yang dipilih (Delete); dapat diurungkan Ctrl+Z</source>
        <translation>Delete the selected report (Delete); can be undone with Ctrl+Z</translation>
    </message>
    <message>
        <source>Laporan bulanan (terbaru di atas)</source>
        <translation>Monthly reports (newest at the top)</translation>
    </message>
    <message>
        <source>Simpan &amp;grafik (PNG)…</source>
        <translation>Save &amp;chart (PNG)…</translation>
    </message>
    <message>
        <source>Tren capaian (% KK)</source>
        <translation>Progress over time (% of households)</translation>
    </message>
    <message>
        <source>Riwayat…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Tren sanitasi {desa} ({kode})</source>
        <translation>Sanitation trend {desa} ({kode})</translation>
    </message>
    <message>
        <source>sejak {tanggal}</source>
        <translation>since {tanggal}</translation>
    </message>
    <message>
        <source>laporan terakhir {periode}: akses {persen}, {babs} KK BABS</source>
        <translation>latest report {periode}: access {persen}, {babs} households practising BABS</translation>
    </message>
    <message>
        <source>&lt;b&gt;Langkah berikutnya:&lt;/b&gt; {langkah}</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt; {langkah}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{status}&lt;/b&gt;: {alasan} (aturan: {aturan}).</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt;: {alasan} (rule: {aturan}).</translation>
    </message>
    <message>
        <source>Hapus laporan</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>Yakin ingin menghapus laporan {periode} {desa}?

Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.</source>
        <translation>Delete the report {periode} of {desa}?

The deletion can be undone with Ctrl+Z while the program is still open.</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus laporan</source>
        <translation>Cannot delete the report</translation>
    </message>
    <message>
        <source>Hapus langkah ODF</source>
        <translation>Delete ODF step</translation>
    </message>
    <message>
        <source>Yakin ingin menghapus catatan {langkah} dari jalur ODF {desa}?

Penghapusan dapat diurungkan dengan Ctrl+Z selama program masih terbuka.</source>
        <translation>Delete the record {langkah} from the ODF path of {desa}?

The deletion can be undone with Ctrl+Z while the program is still open.</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>laporan {periode} {desa}</source>
        <translation>report {periode} {desa}</translation>
    </message>
    <message>
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Grafik tidak tersimpan</source>
        <translation>Chart not saved</translation>
    </message>
    <message>
        <source>Grafik tidak dapat disimpan ke {berkas}. Periksa apakah folder itu ada, tidak terkunci tulis, dan masih ada ruang kosong.</source>
        <translation>The chart could not be saved to {berkas}. Check that the folder exists, is not write-protected, and has free space.</translation>
    </message>
    <message>
        <source>Tersimpan: {berkas}</source>
        <translation>Saved: {berkas}</translation>
    </message>
</context>
<context>
    <name>save_buttons</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tetap &amp;simpan</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>sejak_ekspor_label</name>
    <message>
        <source>Buku kerja desa ini belum pernah diekspor. Buat di halaman Ekspor/Impor untuk dikirim ke kabupaten.</source>
        <translation>This village&apos;s workbook has never been exported. Make it on the Export/Import page to send it to the district.</translation>
    </message>
    <message>
        <source>Ekspor terakhir {waktu}; sejak itu tidak ada perubahan.</source>
        <translation>Last export {waktu}; no changes since then.</translation>
    </message>
    <message>
        <source>{jumlah} baru</source>
        <translation>{jumlah} new</translation>
    </message>
    <message>
        <source>{jumlah} berubah</source>
        <translation>{jumlah} changed</translation>
    </message>
    <message>
        <source>; dan {jumlah} lainnya</source>
        <translation>; and {jumlah} more</translation>
    </message>
    <message>
        <source>Berkas: {berkas}</source>
        <translation>File: {berkas}</translation>
    </message>
    <message>
        <source>Baru: {perubahan}</source>
        <translation>New: {perubahan}</translation>
    </message>
    <message>
        <source>Berubah: {perubahan}</source>
        <translation>Changed: {perubahan}</translation>
    </message>
    <message>
        <source>⚠ Ekspor terakhir {waktu}; sejak itu {jumlah}: {rincian}. Ekspor ulang sebelum dikirim.</source>
        <translation>⚠ Last export {waktu}; since then {jumlah}: {rincian}. Export again before sending.</translation>
    </message>
    <message>
        <source>Perubahan sejak ekspor terakhir</source>
        <translation>Changes since the last export</translation>
    </message>
</context>
<context>
    <name>tanggal</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>tempel_dialog</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex (L/P)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi/unsur</source>
        <translation>Institution/group</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nilai pre-test</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Nilai post-test</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>(diabaikan)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>{daftar} dan {terakhir}</source>
        <translation>{daftar} and {terakhir}</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tidak ditambahkan: {masalah}</source>
        <translation>Not added: {masalah}</translation>
    </message>
    <message>
        <source>Sudah ada di daftar (baris {baris})</source>
        <translation>Already in the list (row {baris})</translation>
    </message>
    <message>
        <source>Dua kali dalam tempelan (juga baris {baris})</source>
        <translation>Twice in the paste (also row {baris})</translation>
    </message>
    <message>
        <source>Tempel peserta dari Excel</source>
        <translation>Paste participants from Excel</translation>
    </message>
    <message>
        <source>Kolom pertama tempelan</source>
        <translation>First pasted column</translation>
    </message>
    <message>
        <source>Kolom pertama tempelan &amp;adalah:</source>
        <translation>The first pasted column &amp;is:</translation>
    </message>
    <message>
        <source>Pratinjau baris yang ditempel</source>
        <translation>Preview of the pasted rows</translation>
    </message>
    <message>
        <source>Masalah pada tempelan</source>
        <translation>Problems in the paste</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Baris pertama dibaca sebagai judul kolom; kolom dicocokkan menurut judulnya.</source>
        <translation>The first row is read as column headings; columns are matched by their headings.</translation>
    </message>
    <message>
        <source>Tidak ada baris judul: kolom dibaca menurut urutannya. Bila kolom pertama bukan Nama, pilih kolom pertama di bawah.</source>
        <translation>No heading row: columns are read in their order. If the first column is not Name, choose the first column below.</translation>
    </message>
    <message>
        <source>Kolom: {kolom}</source>
        <translation>Columns: {kolom}</translation>
    </message>
    <message>
        <source>{jumlah} baris dibaca.</source>
        <translation>Rows read: {jumlah}.</translation>
    </message>
    <message>
        <source>{jumlah} baris tidak ditambahkan karena ada kesalahan: baris {baris}.</source>
        <translation>Rows not added because of errors: {jumlah} (rows {baris}).</translation>
    </message>
    <message>
        <source>Lewati {jumlah} baris yang sudah ada di daftar (baris {baris})</source>
        <translation>Skip the {jumlah} row(s) already in the list (rows {baris})</translation>
    </message>
    <message>
        <source>Tambahkan {jumlah} peserta</source>
        <translation>Add {jumlah} participant(s)</translation>
    </message>
    <message>
        <source>Kolom {nomor} “{judul}”</source>
        <translation>Column {nomor} “{judul}”</translation>
    </message>
    <message>
        <source>Kolom {nomor}</source>
        <translation>Column {nomor}</translation>
    </message>
</context>
<context>
    <name>trend_chart</name>
    <message>
        <source>Belum ada laporan sanitasi untuk digambarkan.</source>
        <translation>No sanitation reports to chart yet.</translation>
    </message>
    <message>
        <source>Grafik tren sanitasi</source>
        <translation>Sanitation trend chart</translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>tambah desa {desa}</source>
        <translation>add village {desa}</translation>
    </message>
    <message>
        <source>ubah data desa {desa}</source>
        <translation>edit village data {desa}</translation>
    </message>
    <message>
        <source>hapus desa {desa}</source>
        <translation>delete village {desa}</translation>
    </message>
    <message>
        <source>ubah Pokja {desa}</source>
        <translation>edit Pokja {desa}</translation>
    </message>
</context>
<context>
    <name>wilayah_picker</name>
    <message>
        <source>&amp;Provinsi:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota:</source>
        <translation>Dis&amp;trict/city:</translation>
    </message>
    <message>
        <source>K&amp;ecamatan:</source>
        <translation>&amp;Sub-district:</translation>
    </message>
    <message>
        <source>&amp;Desa/Kelurahan:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Kode yang mungkin dimaksud</source>
        <translation>Codes you may have meant</translation>
    </message>
    <message>
        <source>Kode &amp;wilayah:</source>
        <translation>Region co&amp;de:</translation>
    </message>
    <message>
        <source>Lanjutkan mengetik kode desa (10 angka).</source>
        <translation>Keep typing the village code (10 digits).</translation>
    </message>
    <message>
        <source>Mungkin yang Anda maksud (klik untuk memilih):</source>
        <translation>Did you mean one of these (click to choose):</translation>
    </message>
    <message>
        <source>Terpilih: {wilayah}</source>
        <translation>Chosen: {wilayah}</translation>
    </message>
    <message>
        <source>mis. 33</source>
        <translation>e.g. 33</translation>
    </message>
    <message>
        <source>mis. 33.25</source>
        <translation>e.g. 33.25</translation>
    </message>
    <message>
        <source>mis. 33.25.01</source>
        <translation>e.g. 33.25.01</translation>
    </message>
    <message>
        <source>mis. 33.25.01.2001 atau 3325012001</source>
        <translation>e.g. 33.25.01.2001 or 3325012001</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Membatalkan… menunggu pekerjaan berhenti dengan rapi.</source>
        <translation>Cancelling… waiting for the work to stop cleanly.</translation>
    </message>
</context>
</TS>
