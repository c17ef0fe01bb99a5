<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id_ID">
<context>
    <name>app</name>
    <message>
        <source>Data dipulihkan</source>
        <translation>Data restored</translation>
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
        <source>Bahasa {bahasa} dipakai mulai program dibuka lagi.</source>
        <translation>{bahasa} is used from the next time the program is opened.</translation>
    </message>
</context>
</TS>
