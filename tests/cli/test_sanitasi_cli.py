"""`kks-desktop sanitasi ...`: reports saved and refused from the command line, histories and the summary."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from collections import Counter, defaultdict

import pytest

from kks_desktop.cli import main

STATUSES = ("belum", "pemicuan", "menunggu_verifikasi", "terverifikasi", "odf")
PILLARS = ("ctps", "pamm", "psrt", "plcrt")
RUNGS = ("aman", "layak", "sharing", "belum_layak", "babs_tertutup", "babs_terbuka")
DESA = "33.25.01.2001"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


# --- the acceptance test: the summary equals what every desa's history adds up to -------------

def _odf_by_events(events):
    """ODF iff a deklarasi comes on or after a passed verifikasi (the guideline's rule)."""
    passed = [e["tanggal"] for e in events if e["jenis"] == "verifikasi" and e["hasil"] == "lulus"]
    return any(e["jenis"] == "deklarasi" and any(p <= e["tanggal"] for p in passed) for e in events)


def _stbm_by_rule(lap, rule):
    """The Desa STBM verdict recomputed from a report's counts and the rule the summary names."""
    if lap is None or lap["total_kk"] <= 0:
        return False
    total = lap["total_kk"]
    if lap["akses"] < rule["min_sbs"] * total or None in lap["pilar"].values():
        return False
    need = rule["min_kk"] * total
    if rule["cara"] == "setiap_pilar":
        return all(v >= need for v in lap["pilar"].values())
    if lap["kk_tiga_pilar"] is not None:
        return lap["kk_tiga_pilar"] >= need
    return max(0, math.ceil((sum(lap["pilar"].values()) - 2 * total) / 2)) >= need


def _expected(histories, rule):
    """The figures of a group of desa, computed here from their histories alone."""
    latest = [h["laporan"][-1] if h["laporan"] else None for h in histories]
    reports = [r for r in latest if r is not None]
    complete = [r for r in reports if None not in r["pilar"].values()]
    stbm = [h["desa_stbm"]["status"] == "desa_stbm" for h in histories]
    assert stbm == [_stbm_by_rule(r, rule) for r in latest]
    return {
        "desa": len(histories),
        "per_status": {s: sum(h["odf"]["status"] == s for h in histories) for s in STATUSES},
        "desa_odf": sum(_odf_by_events(h["odf_events"]) for h in histories),
        "desa_dengan_laporan": len(reports),
        "desa_stbm": sum(stbm),
        "total_kk": sum(r["total_kk"] for r in reports),
        "kk_akses": sum(sum(r["tangga"][k] for k in RUNGS[:4]) for r in reports),
        "kk_babs": sum(r["tangga"]["babs_tertutup"] + r["tangga"]["babs_terbuka"] for r in reports),
        "kk_pilar": {p: sum(r["pilar"][p] for r in complete) for p in PILLARS},
        "kk_pilar_dasar": sum(r["total_kk"] for r in complete),
    }


def _assert_rekap(got, want):
    for key, value in want.items():
        assert got[key] == value, key
    assert got["desa_odf"] == got["per_status"]["odf"]
    for pct, part, whole in [("persen_desa_odf", want["desa_odf"], want["desa"]),
                             ("persen_kk_akses", want["kk_akses"], want["total_kk"])]:
        assert got[pct] == pytest.approx(100 * part / whole, abs=0.05), pct
    for p in PILLARS:
        expected = 100 * want["kk_pilar"][p] / want["kk_pilar_dasar"]
        assert got["persen_pilar"][p] == pytest.approx(expected, abs=0.05), p


def test_summary_equals_what_the_histories_of_every_desa_add_up_to(batang, capsys):
    started = time.perf_counter()
    summary = _json(capsys, "--db", batang, "sanitasi", "summary", "--by", "kecamatan", "--json")
    desa = _json(capsys, "--db", batang, "desa", "list", "--json")
    histories = [_json(capsys, "--db", batang, "sanitasi", "history", d["kode"], "--json")
                 for d in desa]
    elapsed = time.perf_counter() - started
    assert len(histories) == 248
    for d, h in zip(desa, histories, strict=True):
        assert h["desa"]["kode"] == d["kode"]
        periods = [r["periode"] for r in h["laporan"]]
        assert periods == sorted(periods) and len(set(periods)) == len(periods)
        assert (h["odf"]["status"] == "odf") == _odf_by_events(h["odf_events"])
    rule = summary["aturan_desa_stbm"]
    # The demo must exercise what the summary could get wrong: several statuses, several
    # reports per desa whose totals change, and both Desa STBM verdicts.
    want = _expected(histories, rule)
    assert sum(n > 0 for n in want["per_status"].values()) == 5
    assert min(len(h["laporan"]) for h in histories) >= 2
    assert sum(h["laporan"][0]["total_kk"] != h["laporan"][-1]["total_kk"] for h in histories) > 200
    assert 0 < want["desa_stbm"] < 248

    assert summary["wilayah"] == {"kode": "33.25", "nama": "Kabupaten Batang"}
    assert summary["total"]["kode"] == "33.25"
    _assert_rekap(summary["total"], want)

    groups = defaultdict(list)
    for h in histories:
        groups[(h["desa"]["kecamatan_kode"], h["desa"]["kecamatan"])].append(h)
    assert [(k["kode"], k["nama"]) for k in summary["kecamatan"]] == sorted(groups)
    assert len(summary["kecamatan"]) == 15
    for got in summary["kecamatan"]:
        _assert_rekap(got, _expected(groups[(got["kode"], got["nama"])], rule))

    odf, total = want["desa_odf"], want["desa"]
    cycle = summary["siklus"]
    assert [t["id"] for t in cycle["tingkat"]] == ["padapa", "wiwerda", "wistara"]
    for level in cycle["tingkat"]:
        needed = math.ceil(round(level["min_odf"] * total, 6))
        assert level["terpenuhi"] == (odf >= needed)
        assert level["desa_lagi"] == max(0, needed - odf)
    assert cycle["tingkat_terbuka"] == [t["id"] for t in cycle["tingkat"] if t["terpenuhi"]]
    first_open = next(t for t in cycle["tingkat"] if not t["terpenuhi"])
    assert cycle["tingkat_berikutnya"] == {"id": first_open["id"], "nama": first_open["nama"],
                                           "desa_lagi": first_open["desa_lagi"]}
    assert elapsed < 20, f"{len(histories) + 2} commands took {elapsed:.1f} s"


def test_summary_without_by_has_no_kecamatan_and_its_text_shows_the_same_figures(batang, capsys):
    data = _json(capsys, "--db", batang, "sanitasi", "summary", "--json")
    assert "kecamatan" not in data
    total = data["total"]
    code, out, _ = run(capsys, "--db", batang, "sanitasi", "summary", "--by", "kecamatan")
    assert code == 0
    pct = f"{total['persen_desa_odf']:.1f}".replace(".", ",")
    assert f"Desa ODF                    : {total['desa_odf']} ({pct}%)" in out
    kk = f"{total['total_kk']:,}".replace(",", ".")
    assert f"Total KK (laporan terakhir) : {kk}" in out
    lines = out.splitlines()
    table = lines[lines.index("Per kecamatan") + 1:]
    assert table[0].split()[:3] == ["Kode", "Kecamatan", "Desa"]
    assert table[1].startswith("33.25.01  Wonotunggal")
    assert table[-1].split()[:2] == ["JUMLAH", str(total["desa"])]
    assert len(table) == 1 + 15 + 1


def test_history_text_lists_the_path_and_every_report(batang, capsys):
    data = _json(capsys, "--db", batang, "sanitasi", "history", DESA, "--json")
    code, out, _ = run(capsys, "--db", batang, "sanitasi", "history", DESA)
    assert code == 0
    assert out.startswith(f"{DESA} Silurah, Kec. Wonotunggal, Kabupaten Batang")
    assert f"Status ODF : {data['odf']['label']}" in out
    assert data["odf"]["langkah_berikut"] in out
    periods = [line.split()[0] for line in out.splitlines() if line[:4].isdigit() and "-" in line[:7]]
    assert periods == [r["periode"] for r in data["laporan"]]


def test_python_dash_m_runs_the_sanitasi_commands(batang):
    done = subprocess.run([sys.executable, "-m", "kks_desktop", "--db", str(batang), "sanitasi",
                           "history", DESA, "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["desa"]["nama"] == "Silurah"


# --- add-report ---------------------------------------------------------------------------------

@pytest.fixture
def db(tmp_path, capsys):
    """A workspace with Silurah registered with 1.000 KK."""
    path = tmp_path / "kks.db"
    assert main(["--db", str(path), "desa", "add", DESA, "--kk", "1.000"]) == 0
    capsys.readouterr()
    return path


LADDER = ["--total-kk", "1.000", "--aman", "100", "--layak", "500", "--sharing", "100",
          "--belum-layak", "200", "--babs-tertutup", "60", "--babs-terbuka", "40"]


def add(capsys, db, *extra, periode="2025-10", ladder=LADDER):
    return run(capsys, "--db", db, "sanitasi", "add-report", DESA, "--periode", periode,
               *ladder, *extra)


def history(capsys, db, kode=DESA):
    return _json(capsys, "--db", db, "sanitasi", "history", kode, "--json")


def test_add_report_then_history_shows_the_counts_and_derived_figures(db, capsys):
    code, out, err = add(capsys, db, "--ctps", "555", "--psrt", "1000", "--sumber", "pendataan",
                         "--petugas", "  Bu Sri ", "--catatan", "Pendataan awal")
    assert code == 0, err
    assert err == ""
    assert out.strip() == (f"Disimpan: laporan Oktober 2025 {DESA} Silurah: total 1.000 KK, "
                           "akses 900 KK (90%), BABS 100 KK")
    data = history(capsys, db)
    assert data["desa"] == {"kode": DESA, "nama": "Silurah", "jenis": "desa",
                            "kecamatan_kode": "33.25.01", "kecamatan": "Wonotunggal",
                            "kabupaten": "Kabupaten Batang", "jumlah_kk": 1000}
    [lap] = data["laporan"]
    uuid = lap.pop("uuid")
    assert len(uuid) >= 32
    assert lap == {
        "periode": "2025-10", "total_kk": 1000,
        "tangga": {"aman": 100, "layak": 500, "sharing": 100, "belum_layak": 200,
                   "babs_tertutup": 60, "babs_terbuka": 40},
        "pilar": {"ctps": 555, "pamm": None, "psrt": 1000, "plcrt": None},
        "kk_tiga_pilar": None, "sumber": "pendataan", "petugas": "Bu Sri",
        "catatan": "Pendataan awal", "lama": None, "akses": 900, "babs": 100,
        "persen_akses": 90.0,
        "persen_pilar": {"ctps": 55.5, "pamm": None, "psrt": 100.0, "plcrt": None},
    }
    assert data["odf"]["status"] == "belum"
    assert data["odf"]["label"] == "Belum ODF"
    assert data["odf"]["sejak"] is None
    assert data["odf"]["babs"] == 100
    assert "Belum ada pemicuan tercatat" in data["odf"]["langkah_berikut"]
    assert data["odf_events"] == []
    assert data["desa_stbm"] == {"status": "belum", "label": "Belum Desa STBM",
                                 "alasan": "sbs_below",
                                 "keterangan": "masih ada 100 KK BABS (belum 100% SBS)",
                                 "aturan": "rpjmn_tiga_pilar"}


def test_reports_come_back_oldest_first_with_percentages_rounded(db, capsys):
    ladder = ["--total-kk", "3", "--aman", "1", "--layak", "1", "--sharing", "0",
              "--belum-layak", "0", "--babs-tertutup", "1", "--babs-terbuka", "0"]
    for periode in ("2025-10", "2025-08", "2025-9"):
        code, _, _ = add(capsys, db, "--ctps", "2", periode=periode, ladder=ladder)
        assert code == 0
    reports = history(capsys, db)["laporan"]
    assert [r["periode"] for r in reports] == ["2025-08", "2025-09", "2025-10"]
    assert reports[0]["persen_akses"] == 66.7
    assert reports[0]["persen_pilar"]["ctps"] == 66.7


def test_a_ladder_that_does_not_add_up_is_refused_and_nothing_is_written(db, capsys):
    bad = [*LADDER[:-1], "41"]
    code, out, err = add(capsys, db, "--ctps", "1.200", ladder=bad)
    assert code == 1
    assert out == ""
    assert "Data belum dapat disimpan" in err
    assert "Total KK: jumlah tangga akses (1.001) tidak sama dengan total KK (1.000)" in err
    assert "Pilar 2 CTPS: lebih besar dari total KK (1.000)" in err
    assert "Traceback" not in err
    assert history(capsys, db)["laporan"] == []


def test_a_pillar_above_the_total_is_refused(db, capsys):
    code, _, err = add(capsys, db, "--plcrt", "1001")
    assert code == 1
    assert "Pilar 5 PLC-RT: lebih besar dari total KK (1.000)" in err
    assert history(capsys, db)["laporan"] == []


def test_a_total_far_from_the_registered_kk_warns_but_saves(db, capsys):
    ladder = ["--total-kk", "1500", "--aman", "1500", "--layak", "0", "--sharing", "0",
              "--belum-layak", "0", "--babs-tertutup", "0", "--babs-terbuka", "0"]
    code, out, err = add(capsys, db, ladder=ladder)
    assert code == 0
    assert out.startswith("Disimpan: laporan Oktober 2025")
    assert err.strip() == ("Perhatian: Total KK: berbeda lebih dari 20% dari jumlah KK terdaftar "
                           "(1.000); periksa lagi")
    assert [r["total_kk"] for r in history(capsys, db)["laporan"]] == [1500]


def test_the_same_month_is_refused_without_ganti_and_replaced_with_it(db, capsys):
    assert add(capsys, db, "--ctps", "300")[0] == 0
    first = history(capsys, db)["laporan"][0]

    ladder = [*LADDER[:-3], "100", "--babs-terbuka", "0"]
    code, _, err = add(capsys, db, "--petugas", "Pak Joko", ladder=ladder)
    assert code == 1
    assert "Periode: laporan Oktober 2025 sudah ada" in err
    assert "--ganti" in err
    assert history(capsys, db)["laporan"] == [first]

    code, out, err = add(capsys, db, "--petugas", "Pak Joko", "--ganti", ladder=ladder)
    assert code == 0, err
    assert out.startswith("Diganti: laporan Oktober 2025")
    [now] = history(capsys, db)["laporan"]
    assert now["uuid"] == first["uuid"]
    assert (now["tangga"]["babs_tertutup"], now["tangga"]["babs_terbuka"]) == (100, 0)
    assert now["pilar"]["ctps"] is None
    assert now["petugas"] == "Pak Joko"


def test_ganti_without_an_existing_report_simply_saves(db, capsys):
    code, out, _ = add(capsys, db, "--ganti")
    assert code == 0
    assert out.startswith("Disimpan:")
    assert len(history(capsys, db)["laporan"]) == 1


def test_input_that_is_not_a_number_names_every_field(db, capsys):
    ladder = [*LADDER[:2], "--aman", "seratus", *LADDER[4:]]
    code, _, err = add(capsys, db, "--pamm", "1,5", "--tiga-pilar", "-4", ladder=ladder)
    assert code == 1
    assert "Akses aman: “seratus” bukan bilangan bulat (contoh: 1.234)" in err
    assert "Pilar 3 PAMM-RT: “1,5” bukan bilangan bulat" in err
    assert "KK menerapkan ≥3 pilar (2–5): tidak boleh negatif" in err
    assert history(capsys, db)["laporan"] == []


def test_an_empty_required_count_is_named(db, capsys):
    code, _, err = add(capsys, db, ladder=["--total-kk", " ", *LADDER[2:]])
    assert code == 1
    assert "Total KK: wajib diisi" in err


@pytest.mark.parametrize("periode", ["2025-13", "Okt 2025", "10-2025"])
def test_a_bad_period_is_a_malformed_command_line(db, capsys, periode):
    with pytest.raises(SystemExit) as stop:
        add(capsys, db, periode=periode)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert f"“{periode}” bukan periode yang sah; tulis tahun-bulan, misalnya 2025-10" in err


def test_a_future_period_is_refused(db, capsys):
    code, _, err = add(capsys, db, periode="2999-01")
    assert code == 1
    assert "Periode: periode tidak boleh di masa depan" in err


def test_a_missing_ladder_option_is_a_malformed_command_line(db, capsys):
    with pytest.raises(SystemExit) as stop:
        run(capsys, "--db", db, "sanitasi", "add-report", DESA, "--periode", "2025-10",
            *LADDER[:-2])
    assert stop.value.code == 2
    assert "--babs-terbuka" in capsys.readouterr().err


@pytest.mark.parametrize(("kode", "expected"), [
    ("33.25.01.2002", "Desa dengan kode 33.25.01.2002 tidak terdaftar di data ini."),
    ("33.25.01.2x", "Kode wilayah “33.25.01.2x” tidak sah"),
])
def test_an_unknown_desa_is_refused(db, capsys, kode, expected):
    code, _, err = run(capsys, "--db", db, "sanitasi", "add-report", kode, "--periode", "2025-10",
                       *LADDER)
    assert code == 1
    assert expected in err
    code, _, err = run(capsys, "--db", db, "sanitasi", "history", kode)
    assert code == 1
    assert expected in err


@pytest.mark.parametrize("command", [
    ["add-report", DESA, "--periode", "2025-10", *LADDER], ["history", DESA], ["summary", "--json"]])
def test_a_missing_workspace_is_refused_and_not_created(tmp_path, capsys, command):
    path = tmp_path / "tidak-ada.db"
    code, out, err = run(capsys, "--db", path, "sanitasi", *command)
    assert code == 1
    assert out == ""
    assert f"Berkas data {path} tidak ditemukan." in err
    assert not path.exists()


def test_summary_of_a_small_workspace_counts_the_latest_report_only(db, capsys):
    assert add(capsys, db, "--ctps", "100", "--pamm", "200", "--psrt", "300", "--plcrt", "400",
               periode="2025-09")[0] == 0
    assert add(capsys, db, "--ctps", "500", periode="2025-10")[0] == 0
    total = _json(capsys, "--db", db, "sanitasi", "summary", "--json")["total"]
    assert Counter(total["per_status"]) == Counter({"belum": 1, "pemicuan": 0,
                                                    "menunggu_verifikasi": 0, "terverifikasi": 0,
                                                    "odf": 0})
    assert (total["desa"], total["desa_dengan_laporan"], total["total_kk"], total["kk_akses"],
            total["kk_babs"], total["persen_kk_akses"]) == (1, 1, 1000, 900, 100, 90.0)
    # The latest report leaves pillars 3–5 empty, so no report gives every pillar.
    assert total["kk_pilar_dasar"] == 0
    assert total["persen_pilar"] == {p: None for p in PILLARS}
