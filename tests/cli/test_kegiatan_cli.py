"""`kks-desktop kegiatan ...`: the list, one session with its pre/post figures, errors, printing."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict

import pytest

from kks_desktop.cli import main
from kks_desktop.domain.kegiatan import JenisKelamin, Kegiatan, Peserta, Rtl, StatusRtl
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kegiatan_service
from kks_desktop.services.workspace import Workspace

KATEGORI = ("opd", "tim_pembina", "forum_kabupaten", "forum_kecamatan", "pokja_desa", "puskesmas",
            "")
LABELS = {"opd": "OPD", "tim_pembina": "Tim Pembina", "forum_kabupaten": "Forum Kabupaten",
          "forum_kecamatan": "Forum Kecamatan", "pokja_desa": "Pokja Desa",
          "puskesmas": "Puskesmas", "": ""}
BATAS = 72.5
MISSING_PRE, MISSING_POST, MISSING_BOTH = (5,), (10, 41), (30,)
UUID = "0a1b2c3d-0000-4000-8000-000000000001"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _score(rng: random.Random) -> float:
    return rng.choice((round(rng.uniform(20, 98), 1), float(rng.randint(30, 95)), BATAS))


def _people() -> list[Peserta]:
    """60 participants over six kategori (and a few without one); some exactly at the pass mark,
    one without a pre-test (came on day 2 only), two without a post-test, one with neither."""
    rng = random.Random(60)
    people = []
    for i in range(60):
        pre = _score(rng)
        post = min(100.0, round(pre + rng.uniform(-8, 30), 1)) if i % 9 else BATAS
        hadir: tuple[int, ...] = (1, 2)
        if i in MISSING_PRE:
            pre, hadir = None, (2,)
        if i in MISSING_POST:
            post, hadir = None, (1,)
        if i in MISSING_BOTH:
            pre, post, hadir = None, None, ()
        people.append(Peserta(
            nama=f"Peserta {i + 1:02d} Orientasi", jenis_kelamin=(JenisKelamin.L, JenisKelamin.P)[i % 2],
            jabatan="Anggota", instansi=f"Instansi {i % 7}", kategori=KATEGORI[i % 7 if i < 56 else 6],
            hadir=hadir, pre=pre, post=post))
    return people


def _orientasi(today: dt.date) -> Kegiatan:
    return Kegiatan(
        jenis="orientasi_kks", judul="Orientasi KKS Kabupaten Batang", mulai=dt.date(2025, 9, 16),
        selesai=dt.date(2025, 9, 17), wilayah=KodeWilayah.parse("33.25"), tempat="Aula Bappeda",
        penyelenggara="Tim Pembina", materi=("Kebijakan KKS", "STBM"), batas_lulus=BATAS,
        peserta=tuple(_people()), uuid=UUID,
        rtl=(Rtl("Rapat forum", waktu=today - dt.timedelta(days=3), penanggung_jawab="Camat",
                 status=StatusRtl.BERJALAN),
             Rtl("Pemicuan", waktu=today + dt.timedelta(days=30), penanggung_jawab="Dinkes"),
             Rtl("Verifikasi", waktu=today - dt.timedelta(days=40), penanggung_jawab="Dinkes",
                 status=StatusRtl.SELESAI)))


@pytest.fixture
def db(tmp_path):
    """A workspace with the orientation and a one-day rapat Pokja in Desa Silurah."""
    path = tmp_path / "kks.db"
    with Workspace.open(path) as ws:
        kegiatan_service.simpan(ws, _orientasi(dt.date.today()))
        kegiatan_service.simpan(ws, Kegiatan(
            jenis="rapat_pokja", judul="Rapat Pokja Silurah", mulai=dt.date(2025, 10, 2),
            selesai=dt.date(2025, 10, 2), wilayah=KodeWilayah.parse("33.25.01.2001"),
            peserta=(Peserta("Siti Aminah", hadir=(1,), kategori="pokja_desa"),
                     Peserta("Budi", hadir=())),
            uuid="0a1b2c3d-9999-4000-8000-000000000002"))
    return path


# --- the acceptance test: pre/post figures equal an independent computation ---------------------

def _figures(rows: list[tuple[float | None, float | None]], batas: float) -> dict:
    """The paired figures worked out here by hand: only people with both scores count."""
    pairs = [(a, b) for a, b in rows if a is not None and b is not None]
    n = len(pairs)
    pres = [a for a, _ in rows if a is not None]
    posts = [b for _, b in rows if b is not None]
    return {
        "peserta": len(rows), "pasangan": n,
        "hanya_pre": sum(1 for a, b in rows if a is not None and b is None),
        "hanya_post": sum(1 for a, b in rows if a is None and b is not None),
        "tanpa_nilai": sum(1 for a, b in rows if a is None and b is None),
        "rata_pre": sum(a for a, _ in pairs) / n if n else None,
        "rata_post": sum(b for _, b in pairs) / n if n else None,
        "rata_kenaikan": sum(b - a for a, b in pairs) / n if n else None,
        "lulus_pre": sum(1 for a, _ in pairs if a >= batas),
        "lulus_post": sum(1 for _, b in pairs if b >= batas),
        "persen_lulus_pre": 100 * sum(1 for a, _ in pairs if a >= batas) / n if n else None,
        "persen_lulus_post": 100 * sum(1 for _, b in pairs if b >= batas) / n if n else None,
        "rata_pre_semua": sum(pres) / len(pres) if pres else None,
        "rata_post_semua": sum(posts) / len(posts) if posts else None,
    }


def _assert_matches(shown: dict, expected: dict) -> None:
    for key, value in expected.items():
        if value is None or isinstance(value, int):
            assert shown[key] == value, key
        elif key.startswith("persen"):
            assert shown[key] == pytest.approx(value, abs=0.05 + 1e-9), key
        else:
            assert shown[key] == pytest.approx(value, abs=0.005 + 1e-9), key


def test_show_json_pre_post_figures_match_an_independent_computation(db, capsys):
    data = _json(capsys, "--db", db, "kegiatan", "show", UUID, "--json")
    raw = [(p.pre, p.post, p.kategori) for p in _people()]
    prepost = data["prepost"]

    assert prepost["batas_lulus"] == BATAS
    total = _figures([(a, b) for a, b, _ in raw], BATAS)
    assert (total["pasangan"], total["hanya_pre"], total["hanya_post"], total["tanpa_nilai"]) == (
        56, 2, 1, 1)
    assert 0 < total["lulus_pre"] < total["lulus_post"] < 56  # the mark splits the group
    _assert_matches(prepost["total"], total)
    assert prepost["total"]["catatan"] == (
        "Dihitung dari 56 peserta yang memiliki nilai pre-test dan post-test; 2 hanya pre-test, "
        "1 hanya post-test, 1 tanpa nilai tidak ikut dihitung.")

    by_kategori: dict[str, list] = defaultdict(list)
    for a, b, k in raw:
        by_kategori[k].append((a, b))
    assert [g["kategori"] for g in prepost["per_kategori"]] == list(KATEGORI)
    for group in prepost["per_kategori"]:
        assert group["label"] == LABELS[group["kategori"]]
        _assert_matches(group, _figures(by_kategori[group["kategori"]], BATAS))

    names = {p.nama: (p.pre, p.post) for p in _people()}
    incomplete = [(x["nama"], x["pre"], x["post"]) for x in prepost["tidak_lengkap"]]
    assert incomplete == [(f"Peserta {i + 1:02d} Orientasi", *names[f"Peserta {i + 1:02d} Orientasi"])
                          for i in sorted(MISSING_PRE + MISSING_POST)]
    assert all(x["uuid"] for x in prepost["tidak_lengkap"])


def test_show_json_has_identity_participants_attendance_and_late_rtl(db, capsys):
    data = _json(capsys, "--db", db, "kegiatan", "show", UUID[:10].upper(), "--json")
    assert data["uuid"] == UUID
    assert (data["jenis"], data["jenis_label"], data["hari"]) == ("orientasi_kks", "Orientasi KKS", 2)
    assert (data["tanggal_mulai"], data["tanggal_selesai"]) == ("2025-09-16", "2025-09-17")
    assert (data["wilayah_kode"], data["wilayah"]) == ("33.25", "Kabupaten Batang")
    assert data["identitas"]["provinsi"] == "Jawa Tengah"
    assert data["materi"] == ["Kebijakan KKS", "STBM"]
    assert [p["nama"] for p in data["peserta"]] == [p.nama for p in _people()]
    assert data["hadir_per_hari"] == [58, 57]  # 2 absent on day 1, 3 on day 2
    first = data["peserta"][0]
    assert (first["jenis_kelamin"], first["kategori_label"], first["hadir"]) == ("L", "OPD", [1, 2])
    assert data["peserta"][30]["pre"] is None and data["peserta"][30]["hadir"] == []
    assert [(r["kegiatan"], r["status"], r["lewat_waktu"]) for r in data["rtl"]] == [
        ("Rapat forum", "berjalan", True), ("Pemicuan", "belum", False),
        ("Verifikasi", "selesai", False)]


def test_show_text_reads_as_a_report(db, capsys):
    code, out, _ = run(capsys, "--db", db, "kegiatan", "show", UUID)
    assert code == 0
    assert "16 September 2025 s.d. 17 September 2025 (2 hari)" in out
    assert "Wilayah       : Kabupaten Batang (33.25)" in out
    assert "No  Nama" in out and "L/P" in out and "Peserta 60 Orientasi" in out
    assert "hari 1 (16/09/2025): 58 orang; hari 2 (17/09/2025): 57 orang" in out
    assert "Pre-test dan post-test (batas lulus 72,5)" in out
    assert "tidak ikut dihitung." in out
    assert "  - Peserta 06 Orientasi: pre -, post " in out
    rtl_lines = [line for line in out.splitlines() if "LEWAT WAKTU" in line]
    assert len(rtl_lines) == 1 and "Rapat forum" in rtl_lines[0]
    jumlah = next(line for line in out.splitlines() if line.startswith("JUMLAH"))
    assert jumlah.split()[1:3] == ["60", "56"]


def test_list_json_and_text(db, capsys):
    rows = _json(capsys, "--db", db, "kegiatan", "list", "--json")
    assert [r["judul"] for r in rows] == ["Rapat Pokja Silurah", "Orientasi KKS Kabupaten Batang"]
    rapat, orientasi = rows
    assert orientasi == {
        "uuid": UUID, "jenis": "orientasi_kks", "jenis_label": "Orientasi KKS",
        "judul": "Orientasi KKS Kabupaten Batang", "tanggal_mulai": "2025-09-16",
        "tanggal_selesai": "2025-09-17", "wilayah_kode": "33.25", "wilayah": "Kabupaten Batang",
        "tempat": "Aula Bappeda", "penyelenggara": "Tim Pembina", "peserta": 60,
        "hadir_per_hari": [58, 57], "dinilai": 56, "rtl": 3, "rtl_terbuka": 2}
    assert (rapat["wilayah"], rapat["peserta"], rapat["hadir_per_hari"], rapat["dinilai"]) == (
        "Desa Silurah", 2, [1], 0)

    code, out, _ = run(capsys, "--db", db, "kegiatan", "list")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:3] == ["Kode", "Tanggal", "Jenis"]
    assert lines[1].startswith("0a1b2c3d  02/10/2025  Rapat Pokja")
    assert "Kabupaten Batang" in lines[2] and "58 · 57" in lines[2] and "2 dari 3" in lines[2]
    assert lines[-1] == "2 kegiatan"


def test_list_of_an_empty_workspace(tmp_path, capsys):
    Workspace.open(tmp_path / "kosong.db").close()
    code, out, _ = run(capsys, "--db", tmp_path / "kosong.db", "kegiatan", "list")
    assert (code, out) == (0, "0 kegiatan\n")


@pytest.mark.parametrize(("text", "message"), [
    ("0a1b2c3d", "lebih dari satu kegiatan: 0a1b2c3d Orientasi KKS Kabupaten Batang; "
                 "0a1b2c3d Rapat Pokja Silurah. Tulis kode lebih panjang."),
    ("ffff", "Tidak ada kegiatan dengan kode “ffff”."),
    ("0a1", "Tidak ada kegiatan dengan kode “0a1”."),
])
def test_show_refuses_unknown_or_ambiguous_codes_in_indonesian(db, capsys, text, message):
    code, out, err = run(capsys, "--db", db, "kegiatan", "show", text)
    assert code == 1
    assert out == ""
    assert err.startswith("kks-desktop: ") and message in err


def test_commands_on_a_missing_workspace_create_nothing(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.db"
    code, _, err = run(capsys, "--db", missing, "kegiatan", "list")
    assert code == 1 and "tidak ditemukan" in err
    assert not missing.exists()


def test_print_refuses_blank_rows_for_anything_but_the_attendance_list(db, tmp_path, capsys):
    out = tmp_path / "rtl.pdf"
    code, _, err = run(capsys, "--db", db, "kegiatan", "print", UUID, "--what", "rtl",
                       "--out", out, "--kosong", "5")
    assert code == 2 and "--kosong hanya untuk --what daftar-hadir" in err
    assert not out.exists()


def test_print_rejects_an_unknown_what_and_a_negative_count(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "kegiatan", "print", UUID, "--what", "notulen", "--out", "x.pdf"])
    assert stop.value.code == 2
    assert "perintah tidak lengkap atau salah" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", str(db), "kegiatan", "print", UUID, "--what", "daftar-hadir", "--out",
              "x.pdf", "--kosong", "-3"])
    assert "bukan bilangan bulat 0 atau lebih" in capsys.readouterr().err


# --- printing: the PDF's own text read back -----------------------------------------------------

def _pdf_pages(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def _printed(capsys, db, tmp_path, *args) -> tuple[list[str], str]:
    pytest.importorskip("kks_desktop.ui.cetak_kegiatan")
    out = tmp_path / "cetak.pdf"
    code, stdout, err = run(capsys, "--db", db, "kegiatan", "print", *args, "--out", out)
    assert code == 0, err
    pages = _pdf_pages(out)
    assert stdout == f"Tercetak: {out} ({len(pages)} halaman)\n"
    return pages, " ".join(pages)


def test_print_daftar_hadir_holds_every_name_and_a_header_on_every_page(db, tmp_path, capsys):
    pages, text = _printed(capsys, db, tmp_path, UUID[:10], "--what", "daftar-hadir")
    assert len(pages) >= 2
    assert all(text.count(p.nama) == 2 for p in _people())  # one sheet per day
    assert all("Nama" in page and "Tanda" in page for page in pages)
    assert "DAFTAR HADIR" in text.upper() and "Orientasi KKS Kabupaten Batang" in text


def test_print_blank_rows_and_the_other_documents(db, tmp_path, capsys):
    _, filled = _printed(capsys, db, tmp_path, "0a1b2c3d-9", "--what", "daftar-hadir")
    assert "Siti Aminah" in filled and "Rapat Pokja Silurah" in filled
    _, blank = _printed(capsys, db, tmp_path, "0a1b2c3d-9", "--what", "daftar-hadir",
                        "--kosong", "25")
    assert "Siti Aminah" not in blank and "Rapat Pokja Silurah" in blank
    assert all(f" {n} " in blank for n in range(1, 26))
    _, prepost = _printed(capsys, db, tmp_path, UUID, "--what", "prepost")
    assert "Peserta 06 Orientasi" in prepost  # listed among the incomplete scores
    _, rtl = _printed(capsys, db, tmp_path, UUID, "--what", "rtl")
    assert all(word in rtl for word in ("Rapat forum", "Pemicuan", "Verifikasi"))


def test_print_into_a_missing_folder_fails_in_indonesian_and_leaves_no_file(db, tmp_path, capsys):
    pytest.importorskip("kks_desktop.ui.cetak_kegiatan")
    out = tmp_path / "tidak-ada" / "hadir.pdf"
    code, _, err = run(capsys, "--db", db, "kegiatan", "print", UUID, "--what", "rtl", "--out", out)
    assert code == 1 and "tidak dapat dibuka atau ditulis" in err
    assert not out.parent.exists()
