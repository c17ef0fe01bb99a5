"""Importing the household (KK) register from Excel: layouts, desa, matching, findings, commit."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from impor_bantu import dump
from kk_uji import JUDUL_TEMPLAT, baris_templat, buku_templat, rumah_tangga_acak, tulis_buku

from kks_desktop.domain.errors import DesaNotFound, ImportBlocked, RecordChanged, WorkbookUnreadable
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga import KUNCI_PERTANYAAN, Pembuangan, RumahTangga, tangga_dari
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.services import rumah_tangga_service as service
from kks_desktop.services.rumah_tangga_impor import masalah_kk_text, rencanakan, terapkan
from kks_desktop.services.rumah_tangga_sinonim import JAWABAN_TANGGA

SILURAH = KodeWilayah.parse("33.25.01.2001")
SODONG = KodeWilayah.parse("33.25.01.2002")
TODAY = dt.date(2026, 11, 22)
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture
def dua_desa(ws, make_desa):
    make_desa(ws, SILURAH)
    make_desa(ws, SODONG)
    return ws


def _semua(ws, kode=SILURAH):
    return sorted(ws.rumah_tangga.semua_desa(ws.rumah_tangga.desa_id(kode)),
                  key=lambda r: r.nama_kepala)


def _tanpa_waktu(rt: RumahTangga) -> RumahTangga:
    return rt.with_changes(updated_at="")


def after_backup(ws) -> str:
    """When the last backup was made, as the workspace remembers it."""
    return ws.settings.get("cadangan.terakhir")


def _teks(rencana) -> list[str]:
    return [masalah_kk_text(m) for m in rencana.masalah]


def test_template_round_trip_keeps_every_household_and_a_second_import_writes_nothing(
        tmp_path, dua_desa, workspace_path, make_desa):
    rnd = random.Random(8)
    here = rumah_tangga_acak(rnd, 240) + rumah_tangga_acak(rnd, 60, no_kk=False)
    saved = service.save(dua_desa, SILURAH, here[:200], TODAY).rumah_tangga
    saved += service.save(dua_desa, SODONG, here[200:], TODAY).rumah_tangga
    rows = [("33.25.01.2001", "Silurah", rt) for rt in saved[:200]]
    rows += [("33.25.01.2002", "Sodong", rt) for rt in saved[200:]]
    path = buku_templat(tmp_path / "data kk.xlsx", rows, per_lembar=120)

    from kks_desktop.services.workspace import Workspace
    with Workspace.open(tmp_path / "baru.db") as fresh:
        make_desa(fresh, SILURAH)
        make_desa(fresh, SODONG)
        plan = rencanakan(fresh, path, today=TODAY)
        assert [m.problem.code for m in plan.masalah if m.is_error] == []
        assert plan.jumlah()[Kelas.BARU] == 300
        assert [(d.kode, d.baru) for d in plan.per_desa.values()] == [
            ("33.25.01.2001", 200), ("33.25.01.2002", 100)]
        assert [lembar.nama for lembar in plan.bacaan.lembar] == ["Data KK", "Data KK (2)",
                                                                   "Data KK (3)"]
        assert plan.diabaikan == []
        hasil = terapkan(fresh, plan)
        assert (hasil.baru, hasil.berubah, hasil.ditulis) == (300, 0, 300)
        for kode in (SILURAH, SODONG):
            assert [_tanpa_waktu(r) for r in _semua(fresh, kode)] == [
                _tanpa_waktu(r) for r in _semua(dua_desa, kode)]
        before = dump(fresh)
        again = rencanakan(fresh, path, today=TODAY)
        assert again.jumlah()[Kelas.SAMA] == 300 and again.akan_ditulis == 0
        assert terapkan(fresh, again).ditulis == 0
        assert dump(fresh) == before


def test_common_layout_with_synonyms_rt_rw_in_one_column_and_desa_by_name(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "buku kader.xlsx", {"Rekap": [
        ["DATA STBM DESA", None, None],
        [None],
        ["No", "Desa/Kelurahan", "RT/RW", "NKK", "Nama Kepala Keluarga", "Jml Jiwa", "Tgl",
         "BAB di jamban", "Jamban sendiri", "Leher angsa", "Pembuangan tinja", "Sabun",
         "Latitude"],
        [1, "Desa Silurah", "001/002", "3325010101250001", "Sutrisno", 4, "13/11/2025", "Y", "T",
         "v", "septic tank belum pernah disedot", 1, "-7.1"],
        [2, "SODONG", "3 / 1", "3325.0101.0125.0002", "  Siti   Aminah ", "5", dt.date(2025, 2, 1),
         "√", "x", "", "langsung ke sungai", 0, None],
        [None, None, None, None, None, None, None, None, None, None, None, None, None],
    ]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == []
    assert [(k.judul, k.huruf) for k in plan.diabaikan] == [("No", "A"), ("Latitude", "M")]
    terapkan(dua_desa, plan)
    (silurah,), (sodong,) = _semua(dua_desa), _semua(dua_desa, SODONG)
    assert (silurah.rt, silurah.rw, silurah.no_kk, silurah.jumlah_jiwa, silurah.tanggal) == (
        "001", "002", "3325010101250001", 4, dt.date(2025, 11, 13))
    assert silurah.jawaban[:3] == (True, False, True) and silurah.jawab("p2_sabun") is True
    assert silurah.pembuangan is Pembuangan.SEPTIK and silurah.tangga is Rung.SHARING
    assert (sodong.nama_kepala, sodong.rt, sodong.rw, sodong.no_kk) == (
        "Siti   Aminah", "3", "1", "3325010101250002")
    assert sodong.jawaban[:3] == (True, False, None) and sodong.jawab("p2_sabun") is False
    assert sodong.tangga is Rung.BABS_TERTUTUP


def test_moniver_form_headers_outlet_columns_and_composite_questions(tmp_path, dua_desa):
    head = ["Tanggal Monitoring", "Nama Petugas Moniver", "No. Kartu Keluarga",
            "Nama Kepala Keluarga", "Alamat", "RT", "RW", "Jumlah Jiwa", "Jumlah Jiwa Menetap",
            "Buang Air Besar Di Jamban", "Jamban Milik Sendiri",
            "Tangki septik disedot setidaknya sekali dalam 3-5 tahun terakhir atau disalurkan "
            "ke Sistem Pengolahan Air Limbah Domestik (SPALD)",
            "Tangki septik yang tidak pernah disedot, atau disedot lebih dari 5 tahun terakhir, "
            "atau termasuk rumah baru dibangun", "Cubluk / Lubang Tanah",
            "Dibuang langsung ke drainase/kolam/ sawah/ sungai/danau/laut dan pantai/ tanah "
            "lapang/kebun",
            "Kloset Leher Angsa/Teknologi lain yang mencegah vektor dan binatang pengganggu masuk",
            "Sebelum makan", "Sebelum mengolah dan menghidangkan makanan",
            "Sebelum menyusui anak, Sebelum memberi makan bayi / Balita", "Setelah BAB /Kecil",
            "Layak : Perpipaan", "Tidak Layak : Sungai / Mata Air Tidak Terlindungi",
            "pangan tertutup dengan baik dengan penutup yang bersih ",
            "pangan tidak berdekatan bahan berbahaya dan beracun (deterjen, pestisida)",
            "melakukan praktik penanganan pangan yang baik dan benar, sesuai 5 Kunci Keamanan "
            "Pangan "]
    rows = [
        [dt.date(2025, 9, 1), "Bu Ani", "3325010101250001", "Darto", "Krajan", "1", "1", 3, 3,
         "Ya", "Ya", "Ya", "Tidak", "Tidak", "Tidak", "Ya", "Ya", "Ya", "Tidak", "Ya", "Ya",
         "Tidak", "Ya", "Ya", "Ya"],
        [dt.date(2025, 9, 1), "Bu Ani", "3325010101250002", "Suparmi", "Krajan", "1", "1", 2, 2,
         "Ya", "Tidak", "Tidak", "Ya", "Ya", "Tidak", "Ya", "Ya", "Tidak", "Tidak", "", "Tidak",
         "Ya", "Ya", "Tidak", "Ya"],
    ]
    path = tulis_buku(tmp_path / "moniver.xlsx", {"Sheet1": [head, *rows]})
    plan = rencanakan(dua_desa, path, SILURAH, today=TODAY)
    assert [masalah_kk_text(m) for m in plan.masalah] == [
        "Sheet Sheet1, baris 3, kolom Tangki septik yang tidak pernah disedot, atau disedot "
        "lebih dari 5 tahun terakhir, atau termasuk rumah baru dibangun: lebih dari satu pilihan "
        "bangunan bawah bertanda Ya (Tangki septik yang tidak perna, Cubluk / Lubang Tanah); pilih "
        "satu saja"]
    assert [k.judul for k in plan.diabaikan] == ["Jumlah Jiwa Menetap"]
    terapkan(dua_desa, plan, hanya_valid=True)
    (darto,) = _semua(dua_desa)
    assert darto.pembuangan is Pembuangan.SEPTIK_AMAN and darto.tangga is Rung.AMAN
    assert (darto.jawab("p2_waktu_kritis"), darto.jawab("p3_sumber_layak"),
            darto.jawab("p3_pangan_aman"), darto.jawab("p2_sabun")) == (True, True, True, None)
    assert (darto.tanggal, darto.petugas, darto.alamat) == (dt.date(2025, 9, 1), "Bu Ani", "Krajan")


RUNG_WORDS = [("Aman", Rung.AMAN), ("Akses layak", Rung.LAYAK), ("Sharing", Rung.SHARING),
              ("Belum layak", Rung.BELUM_LAYAK), ("BABS tertutup", Rung.BABS_TERTUTUP),
              ("BABS terbuka", Rung.BABS_TERBUKA), ("JSP", Rung.LAYAK),
              ("JSSP", Rung.BELUM_LAYAK), ("numpang", Rung.SHARING), ("OD", Rung.BABS_TERBUKA),
              ("Layak bersama (sharing)", Rung.SHARING)]


@pytest.mark.parametrize(("rung"), list(Rung))
def test_each_rung_maps_to_the_fewest_answers_that_give_it_back(rung):
    given, outlet = JAWABAN_TANGGA[rung]
    answers = RumahTangga("x").with_jawaban(**given).jawaban
    assert tangga_dari(answers, outlet) is rung
    # Leaving out any one of the answers no longer decides that rung.
    for key in given:
        fewer = RumahTangga("x").with_jawaban(**{k: v for k, v in given.items() if k != key})
        assert tangga_dari(fewer.jawaban, outlet) is not rung
    if outlet is not None:
        assert tangga_dari(answers, None) is not rung


def test_a_kader_book_with_only_the_access_column(tmp_path, dua_desa):
    rows = [["Nama KK", "RT", "RW", "Akses jamban"]]
    rows += [[f"KK {n}", "001", "001", word] for n, (word, _) in enumerate(RUNG_WORDS)]
    rows.append(["KK salah", "001", "001", "BABS"])
    path = tulis_buku(tmp_path / "kader.xlsx", {"Data": rows})
    plan = rencanakan(dua_desa, path, SILURAH, today=TODAY)
    assert _teks(plan) == [
        "Sheet Data, baris 13, kolom Akses jamban: “BABS” tidak ada dalam pilihan (Akses aman, "
        "Akses layak, Layak bersama (sharing), Belum layak, BABS tertutup, BABS terbuka (atau "
        "JSP, JSSP, Sharing, OD))"]
    terapkan(dua_desa, plan, hanya_valid=True)
    got = {r.nama_kepala: r for r in _semua(dua_desa)}
    for n, (_word, rung) in enumerate(RUNG_WORDS):
        household = got[f"KK {n}"]
        assert household.tangga is rung
        assert household.jawaban[3:] == (None,) * (len(KUNCI_PERTANYAAN) - 3)


def test_a_typed_rung_keeps_richer_answers_that_give_the_same_rung(tmp_path, dua_desa):
    rich = RumahTangga("Darto", rt="001", rw="001", pembuangan=Pembuangan.SEPTIK).with_jawaban(
        p1_bab_jamban=True, p1_milik_sendiri=False, p1_leher_angsa=False, p2_sabun=True)
    other = RumahTangga("Suparmi", rt="001", rw="001", pembuangan=Pembuangan.CUBLUK
                        ).with_jawaban(p1_bab_jamban=True)
    stored = service.save(dua_desa, SILURAH, [rich, other], TODAY).rumah_tangga
    assert stored[0].tangga is Rung.BELUM_LAYAK
    path = tulis_buku(tmp_path / "kader.xlsx", {"Data": [
        ["Nama", "RT", "RW", "Status akses"], ["Darto", "1", "1", "Belum layak"],
        ["Suparmi", "001", "001", "Akses aman"], ["Baru", "002", "001", ""]]})
    plan = rencanakan(dua_desa, path, SILURAH, today=TODAY)
    assert plan.per_desa["33.25.01.2001"].sama == 1 and plan.per_desa["33.25.01.2001"].berubah == 1
    terapkan(dua_desa, plan)
    got = {r.uuid: r for r in _semua(dua_desa)}
    assert _tanpa_waktu(got[stored[0].uuid]) == _tanpa_waktu(stored[0])
    assert got[stored[1].uuid].tangga is Rung.AMAN
    assert got[stored[1].uuid].rt == "001"  # RT 1 and 001 are the same, the file's kept
    assert [r.nama_kepala for r in _semua(dua_desa)] == ["Baru", "Darto", "Suparmi"]


def test_a_no_kk_stored_as_a_number_is_a_warning_and_a_shorter_one_an_error(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "angka.xlsx", {"Data KK": [
        ["Kode desa", "No KK", "Nama KK"],
        ["33.25.01.2001", 3325010101250000, "Sutrisno"],
        ["33.25.01.2001", 332501010125000, "Darto"],
        ["33.25.01.2001", 3325010101250010, "Suparmi"]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet Data KK, baris 2, kolom No KK: No. KK di 2 baris (mis. baris 2, 4) tersimpan "
        "sebagai angka, bukan teks. Excel hanya menyimpan 15 angka pertama sebuah angka, "
        "sehingga angka terakhir No. KK yang diketik di Excel menjadi 0. Periksa angka "
        "terakhirnya; agar utuh, format kolom No. KK sebagai Teks lalu ketik ulang nomornya "
        "(peringatan)",
        "Sheet Data KK, baris 3, kolom No KK: No. KK tersimpan sebagai angka (332501010125000) "
        "dan tidak lagi 16 angka (Excel menyimpan paling banyak 15 angka). Format kolom No. KK "
        "sebagai Teks lalu ketik ulang nomornya"]
    with pytest.raises(ImportBlocked):
        terapkan(dua_desa, plan)
    terapkan(dua_desa, plan, hanya_valid=True)
    assert [(r.nama_kepala, r.no_kk) for r in _semua(dua_desa)] == [
        ("Suparmi", "3325010101250010"), ("Sutrisno", "3325010101250000")]


def test_unknown_and_ambiguous_desa_are_named_with_sheet_row_column_and_text(
        tmp_path, dua_desa, make_desa):
    make_desa(dua_desa, "33.25.02.2001")  # another kecamatan: its own name
    path = tulis_buku(tmp_path / "desa.xlsx", {"KK": [
        ["Desa", "Nama KK"], ["Silurah", "Sutrisno"], ["Sukamaju", "Darto"],
        ["33.25.09.2001", "Suparmi"], ["33.25.01", "Wahyuni"], [None, "Bambang"]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet KK, baris 3, kolom Desa: desa “Sukamaju” tidak terdaftar di data ini; daftarkan "
        "desanya dahulu atau perbaiki isiannya",
        "Sheet KK, baris 4, kolom Desa: desa “33.25.09.2001” tidak terdaftar di data ini; "
        "daftarkan desanya dahulu atau perbaiki isiannya",
        "Sheet KK, baris 5, kolom Desa: kode 33.25.01 bukan kode desa/kelurahan (harus 10 angka)",
        "Sheet KK, baris 6, kolom Desa: desa belum diisi; isi kode atau nama desa, atau pilih "
        "desa untuk baris yang kosong"]
    assert plan.per_desa["33.25.01.2001"].baru == 1 and plan.baris_salah == 4
    chosen = rencanakan(dua_desa, path, SODONG, today=TODAY)
    assert chosen.per_desa["33.25.01.2002"].baru == 1  # the blank desa takes the chosen one


def test_a_desa_name_in_two_kecamatan_needs_its_code_or_the_kecamatan(tmp_path, ws, make_desa):
    from kks_desktop.services import wilayah
    twins = [make_desa(ws, r.kode) for r in wilayah.desa_within(KodeWilayah.parse("33.25"))
             if r.nama == "Kalisalak"]
    assert len(twins) == 2
    path = tulis_buku(tmp_path / "kembar.xlsx", {"KK": [
        ["Kecamatan", "Desa", "Nama KK"], [None, "Kalisalak", "Sutrisno"],
        [f"Kec. {twins[1].wilayah.kecamatan.upper()}", "KALISALAK", "Darto"]]})
    plan = rencanakan(ws, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet KK, baris 2, kolom Desa: nama desa “Kalisalak” ada lebih dari satu: "
        f"{twins[0].kode} Kalisalak (Kec. {twins[0].wilayah.kecamatan}); {twins[1].kode} "
        f"Kalisalak (Kec. {twins[1].wilayah.kecamatan}). Tulis kode desanya, atau tambahkan "
        "kolom Kecamatan"]
    assert plan.per_desa[str(twins[1].kode)].baru == 1


def test_cells_that_cannot_be_read_are_errors_at_their_place(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "salah.xlsx", {"Data KK": [
        JUDUL_TEMPLAT,
        baris_templat("33.25.01.2001", "Silurah", RumahTangga("Darto")),
        ["33.25.01.2001", "", "", "1/2", "", "123", "", "", "banyak", "32/13/2025", "", "mungkin"],
        ["33.25.01.2001", "", "", "", "", "", "Bambang", "", 0, dt.date(2027, 1, 1)],
        ["33.25.01.2001", "", "", "", "", "", "=SUM(A1)\tx", "", 4, "", "", "Ya", "", "", "", "",
         *[""] * 14, "di sungai kecil", "", "", "", "", "", "bukan-id"],
    ]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet Data KK, baris 3, kolom Jumlah jiwa: “banyak” bukan bilangan bulat (contoh: 1.234)",
        "Sheet Data KK, baris 3, kolom Tanggal kunjungan: bukan tanggal (“32/13/2025”); tulis "
        "misalnya 13/11/2023 atau 13 November 2023",
        "Sheet Data KK, baris 3, kolom BAB di jamban: “mungkin” tidak ada dalam pilihan (Ya, "
        "Tidak (juga Y/T, 1/0, √/x; kosong = belum dijawab))",
        "Sheet Data KK, baris 3, kolom Nama kepala keluarga: wajib diisi",
        "Sheet Data KK, baris 3, kolom No. KK: harus 16 angka (yang tertulis 3 karakter)",
        "Sheet Data KK, baris 4, kolom Jumlah jiwa: satu KK paling sedikit 1 jiwa",
        "Sheet Data KK, baris 4, kolom Tanggal kunjungan: tanggal tidak boleh di masa depan",
        "Sheet Data KK, baris 5, kolom ID (jangan diubah): “bukan-id” bukan ID dari KKS Desktop; "
        "kosongkan sel ini untuk KK baru",
        "Sheet Data KK, baris 5, kolom Nama kepala keluarga: berisi karakter kendali atau "
        "karakter tak terlihat (U+0009) pada huruf ke-9; hapus karakter itu (mis. ketik ulang "
        "isinya) lalu simpan lagi"]
    assert plan.jumlah()[Kelas.BARU] == 1 and plan.baris_salah == 3


def test_a_sheet_without_a_name_column_and_a_workbook_without_a_register(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "tanpa nama.xlsx", {
        "Petunjuk": [["Isi data KK di sheet berikut"]],
        "Data": [["Kode desa", "No KK", "RT", "RW", "Alamat"], ["33.25.01.2001", "", "1", "1", "x"]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Buku kerja: tidak ada sheet berisi data KK; buku kerja ini berisi: Petunjuk, Data. Sheet "
        "data KK memuat baris judul kolom (dalam 10 baris pertama) dengan kolom Nama kepala "
        "keluarga",
        "Sheet Data, baris 1: kolom Nama kepala keluarga (wajib) tidak ditemukan di baris judul; "
        "sheet ini tidak dibaca. Tambahkan kolom itu, misalnya berjudul “Nama KK” atau “Nama "
        "Kepala Keluarga”"]
    with pytest.raises(WorkbookUnreadable):
        rencanakan(dua_desa, tmp_path / "tidak ada.xlsx")
    (tmp_path / "bukan.xlsx").write_text("No KK;Nama\n1;2\n")
    with pytest.raises(WorkbookUnreadable) as raised:
        rencanakan(dua_desa, tmp_path / "bukan.xlsx")
    assert raised.value.reason == "bukan_xlsx"


def test_a_file_without_desa_waits_for_the_users_choice(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "satu desa.xlsx", {"KK": [["Nama KK", "RT"], ["Darto", "1"]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert plan.perlu_desa and _teks(plan) == [
        "Sheet KK: sheet ini tidak menyebut desa. Pilih desa/kelurahan untuk seluruh isinya (di "
        "baris perintah: --desa KODE)"]
    with pytest.raises(ImportBlocked):
        terapkan(dua_desa, plan, hanya_valid=False)
    assert terapkan(dua_desa, plan, hanya_valid=True).ditulis == 0
    from kks_desktop.services.rumah_tangga_impor import rencanakan_bacaan
    chosen = rencanakan_bacaan(dua_desa, plan.bacaan, SODONG)
    assert not chosen.perlu_desa and chosen.masalah == []
    assert terapkan(dua_desa, chosen).baru == 1
    assert [r.nama_kepala for r in _semua(dua_desa, SODONG)] == ["Darto"]
    with pytest.raises(DesaNotFound):
        rencanakan(dua_desa, path, KodeWilayah.parse("33.25.01.2003"))


def test_matching_by_id_then_no_kk_then_name_and_rows_repeated_in_the_file(tmp_path, dua_desa):
    stored = service.save(dua_desa, SILURAH, [
        RumahTangga("Sutrisno", no_kk="3325010101250001", rt="001", rw="001"),
        RumahTangga("Darto", rt="002", rw="001"),
        RumahTangga("Suparmi", no_kk="3325010101250003", rt="003", rw="001"),
        RumahTangga("Wahyuni", rt="004", rw="001"), RumahTangga("Wahyuni", rt="004", rw="001"),
    ], TODAY).rumah_tangga
    head = ["Kode desa", "ID (jangan diubah)", "No. KK", "Nama KK", "RT", "RW", "Jumlah jiwa"]
    path = tulis_buku(tmp_path / "cocok.xlsx", {"Data KK": [
        head,
        ["33.25.01.2001", stored[2].uuid, "3325010101250099", "Suparmi A", "3", "1", 3],
        ["33.25.01.2001", "", "3325010101250001", "Sutrisno", "1", "1", 2],
        ["33.25.01.2001", "", "", "DARTO ", "002", "001", 5],
        ["33.25.01.2001", "", "", "Wahyuni", "4", "1", 1],
        ["33.25.01.2001", "", "3325010101250001", "Sutrisno lagi", "1", "1", 2],
        ["33.25.01.2001", stored[2].uuid, "", "Suparmi", "3", "1", 3],
        ["33.25.01.2001", "", "", "Darto", "2", "1", 5],
    ]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet Data KK, baris 6, kolom No. KK: No. KK sama dengan baris 3; baris ini tidak "
        "dibaca. Satu KK cukup satu baris",
        "Sheet Data KK, baris 7, kolom ID (jangan diubah): ID sama dengan baris 2 (baris yang "
        "disalin?); baris ini tidak dibaca",
        "Sheet Data KK, baris 8, kolom Nama KK: nama, RT dan RW sama dengan baris 4; periksa "
        "apakah KK yang sama tercatat dua kali (peringatan)"]
    counts = plan.per_desa["33.25.01.2001"]
    assert (counts.baru, counts.berubah, counts.sama, counts.salah) == (1, 4, 0, 2)
    terapkan(dua_desa, plan, hanya_valid=True)
    got = {r.uuid: r for r in _semua(dua_desa)}
    assert got[stored[2].uuid].no_kk == "3325010101250099"
    assert got[stored[2].uuid].nama_kepala == "Suparmi A"
    assert got[stored[0].uuid].jumlah_jiwa == 2 and got[stored[1].uuid].jumlah_jiwa == 5
    # Two Wahyuni here: the file's one is paired with the first; the second Darto of the file
    # finds the one here taken by the first, so it is new.
    assert sorted((r.nama_kepala, r.jumlah_jiwa or 0) for r in got.values()) == [
        ("DARTO", 5), ("Darto", 5), ("Suparmi A", 3), ("Sutrisno", 2), ("Wahyuni", 0),
        ("Wahyuni", 1)]


def test_a_file_with_the_same_name_twice_in_an_rt_imports_once(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "kembar.xlsx", {"KK": [
        ["Nama KK", "RT", "RW", "Jiwa"], ["Slamet", "1", "1", 3], ["Slamet", "1", "1", 4],
        ["Slamet", "1", "1", 5]]})
    plan = rencanakan(dua_desa, path, SILURAH, today=TODAY)
    assert [m.problem.code for m in plan.masalah] == ["kk_ganda_nama", "kk_ganda_nama"]
    terapkan(dua_desa, plan)
    again = rencanakan(dua_desa, path, SILURAH, today=TODAY)
    assert again.jumlah()[Kelas.SAMA] == 3 and again.akan_ditulis == 0
    assert sorted(r.jumlah_jiwa for r in _semua(dua_desa)) == [3, 4, 5]


def test_an_id_of_a_household_in_another_desa_is_refused(tmp_path, dua_desa):
    (sodong,) = service.save(dua_desa, SODONG, [RumahTangga("Darto")], TODAY).rumah_tangga
    path = tulis_buku(tmp_path / "pindah.xlsx", {"Data KK": [
        ["Kode desa", "ID (jangan diubah)", "Nama KK"], ["33.25.01.2001", sodong.uuid, "Darto"]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert _teks(plan) == [
        "Sheet Data KK, baris 2, kolom ID (jangan diubah): KK dengan ID ini terdaftar di desa "
        "33.25.01.2002 Sodong; baris ini tidak dibaca. Perbaiki kode desanya, atau kosongkan ID "
        "bila memang KK lain"]


def test_a_dry_run_writes_nothing_and_a_failed_commit_leaves_every_table_as_it_was(
        tmp_path, dua_desa):
    rnd = random.Random(3)
    stored = service.save(dua_desa, SILURAH, rumah_tangga_acak(rnd, 30), TODAY).rumah_tangga
    rows = [("33.25.01.2001", "Silurah", rt.with_changes(jumlah_jiwa=9)) for rt in stored]
    rows += [("33.25.01.2002", "Sodong", rt) for rt in rumah_tangga_acak(rnd, 20, no_kk=False)]
    path = buku_templat(tmp_path / "ubah.xlsx", rows)
    before = dump(dua_desa)
    backups = set((dua_desa.path.parent / "cadangan").glob("*")) if (
        dua_desa.path.parent / "cadangan").exists() else set()
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert (plan.jumlah()[Kelas.BERUBAH], plan.jumlah()[Kelas.BARU]) == (30, 20)
    assert dump(dua_desa) == before
    service.delete(dua_desa, [stored[-1].uuid])  # gone between the dry run and the commit
    before = dump(dua_desa)
    with pytest.raises(RecordChanged):
        terapkan(dua_desa, plan)
    after = dump(dua_desa)
    assert after.pop("settings") == [*before.pop("settings"), ("cadangan.terakhir", after_backup(
        dua_desa))]
    assert after == before
    made = set((dua_desa.path.parent / "cadangan").glob("*")) - backups
    assert [p.name.split("-")[1] for p in made] == ["sebelum"]  # the backup came first


def test_only_valid_rows_are_written_when_chosen_and_nothing_otherwise(tmp_path, dua_desa):
    path = tulis_buku(tmp_path / "sebagian.xlsx", {"Data KK": [
        ["Kode desa", "Nama KK", "Jumlah jiwa"], ["33.25.01.2001", "Sutrisno", 3],
        ["33.25.01.2001", "Darto", "tiga"], ["33.25.01.2002", "Suparmi", 2]]})
    plan = rencanakan(dua_desa, path, today=TODAY)
    before = dump(dua_desa)
    with pytest.raises(ImportBlocked) as raised:
        terapkan(dua_desa, plan)
    assert raised.value.count == 1 and dump(dua_desa) == before
    hasil = terapkan(dua_desa, plan, hanya_valid=True)
    assert (hasil.baru, hasil.dilewati) == (2, 1)
    assert [r.nama_kepala for r in _semua(dua_desa)] == ["Sutrisno"]
    assert [r.nama_kepala for r in _semua(dua_desa, SODONG)] == ["Suparmi"]


def test_progress_moves_forward_and_batal_stops_without_writing(tmp_path, dua_desa):
    from kks_desktop.domain.errors import Cancelled
    rows = [("33.25.01.2001", "Silurah", rt) for rt in rumah_tangga_acak(random.Random(1), 50)]
    path = buku_templat(tmp_path / "batal.xlsx", rows)
    seen: list[tuple[int, int]] = []
    plan = rencanakan(dua_desa, path, progress=lambda d, t: seen.append((d, t)), today=TODAY)
    assert seen[-1] == (1000, 1000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    before = dump(dua_desa)
    with pytest.raises(Cancelled):
        terapkan(dua_desa, plan, batal=lambda: True)
    assert dump(dua_desa) == before


def test_the_programs_own_export_split_over_sheets_comes_back_whole(tmp_path, dua_desa, make_desa):
    from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk
    from kks_desktop.services.workspace import Workspace
    rnd = random.Random(11)
    service.save(dua_desa, SILURAH, rumah_tangga_acak(rnd, 70), TODAY)
    service.save(dua_desa, SODONG, rumah_tangga_acak(rnd, 30, no_kk=False), TODAY)
    path = ekspor_kk(dua_desa, tmp_path / "ekspor.xlsx", baris_per_lembar=40).path
    with Workspace.open(tmp_path / "lain.db") as other:
        make_desa(other, SILURAH)
        make_desa(other, SODONG)
        plan = rencanakan(other, path, today=TODAY)
        assert [m.problem.code for m in plan.masalah] == []
        assert [s.nama for s in plan.bacaan.lembar] == ["Data KK", "Data KK (2)", "Data KK (3)"]
        assert plan.jumlah()[Kelas.BARU] == 100 and plan.diabaikan == []
        terapkan(other, plan)
        for kode in (SILURAH, SODONG):
            assert [_tanpa_waktu(r) for r in _semua(other, kode)] == [
                _tanpa_waktu(r) for r in _semua(dua_desa, kode)]
    again = rencanakan(dua_desa, path, today=TODAY)
    assert again.jumlah()[Kelas.SAMA] == 100 and again.akan_ditulis == 0


def test_a_filled_template_imports_its_rows_and_skips_the_prepared_blank_ones(tmp_path, dua_desa):
    from openpyxl import load_workbook

    from kks_desktop.services.rumah_tangga_templat import buat_templat_kk
    path = buat_templat_kk(dua_desa, tmp_path / "templat.xlsx", [SILURAH, SODONG]).path
    wb = load_workbook(path)
    sheet = wb["Data KK"]
    head = {c.value: c.column for c in sheet[1]}
    for row, (nama, bab) in ((2, ("Sutrisno", "Ya")), (3, ("Darto", "Tidak"))):
        sheet.cell(row, head["Nama kepala keluarga"], nama)
        sheet.cell(row, head["BAB di jamban"], bab)
    wb.save(path)
    plan = rencanakan(dua_desa, path, today=TODAY)
    assert plan.masalah == [] and plan.jumlah()[Kelas.BARU] == 2
    terapkan(dua_desa, plan)
    assert [(r.nama_kepala, r.tangga) for r in _semua(dua_desa)] == [
        ("Darto", Rung.BABS_TERBUKA), ("Sutrisno", None)]


def test_households_the_program_keeps_apart_by_id_come_back_apart(tmp_path, dua_desa, make_desa):
    """A No. KK typed on two households is flagged, not refused, in the program; its export
    carries both with their IDs, and the kecamatan that imports it gets both, with a warning."""
    from kks_desktop.services.rumah_tangga_ekspor import ekspor_kk
    from kks_desktop.services.workspace import Workspace
    twice = [RumahTangga("Darto", no_kk="3325010101200002", rt="001"),
             RumahTangga("Darto Wiyono", no_kk="3325010101200002", rt="002")]
    service.save(dua_desa, SILURAH, twice, TODAY)
    path = ekspor_kk(dua_desa, tmp_path / "ekspor.xlsx").path
    with Workspace.open(tmp_path / "lain.db") as other:
        make_desa(other, SILURAH)
        plan = rencanakan(other, path, today=TODAY)
        assert [(m.problem.code, m.problem.is_error) for m in plan.masalah] == [
            ("kk_ganda_no_kk_id", False)]
        terapkan(other, plan)
        assert sorted(r.nama_kepala for r in _semua(other)) == ["Darto", "Darto Wiyono"]
    assert rencanakan(dua_desa, path, today=TODAY).jumlah()[Kelas.SAMA] == 2
