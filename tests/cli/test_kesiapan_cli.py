"""`kks-desktop kesiapan ...`: the checklists listed, and the kabupaten gate as the summary has it."""

from __future__ import annotations

import datetime as dt
import json

from kks_desktop.cli import main


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_names_every_shipped_checklist(capsys, batang) -> None:
    code, out, _ = _run(capsys, "--db", batang, "kesiapan", "list")
    assert code == 0
    for checklist in ("pokja-desa-2025", "forum-kecamatan-2025", "kabupaten-2025"):
        assert checklist in out


def test_kabupaten_show_matches_sanitasi_summary_and_opens_the_allowed_levels(capsys,
                                                                               batang) -> None:
    code, out, err = _run(capsys, "--db", batang, "kesiapan", "show", "kabupaten-2025", "--json")
    assert code == 0, err
    shown = json.loads(out)
    code, out, err = _run(capsys, "--db", batang, "sanitasi", "summary", "--json")
    assert code == 0, err
    summary = json.loads(out)
    gate = next(b for b in shown["butir"] if b["id"] == "gerbang_odf")
    total = summary["total"]
    assert (gate["data"]["jumlah"], gate["data"]["desa"]) == (total["desa_odf"], total["desa"])
    assert round(gate["data"]["persen"], 1) == total["persen_desa_odf"]
    share = gate["data"]["jumlah"] / gate["data"]["desa"]
    allowed = [name for name, gate_min in (("Padapa", .8), ("Wiwerda", .9), ("Wistara", 1.0))
               if share >= gate_min]
    assert gate["bukti"] == allowed == ["Padapa"]
    assert shown["wilayah"] == {"kode": "33.25", "nama": "Kabupaten Batang"}
    assert shown["kurang"][0] == "gerbang_odf"  # the heaviest item not met comes first


def test_a_desa_checklist_needs_a_desa_and_says_so(capsys, batang) -> None:
    code, _, err = _run(capsys, "--db", batang, "kesiapan", "show", "pokja-desa-2025")
    assert code != 0 and "--desa" in err
    code, out, err = _run(capsys, "--db", batang, "kesiapan", "show", "pokja-desa-2025",
                          "--desa", "33.25.01.2006")
    assert code == 0, err
    assert "Kesiapan Pokja Desa Sehat — Desa Wonotunggal (33.25.01.2006)" in out
    assert "Yang masih kurang" in out
    code, _, err = _run(capsys, "--db", batang, "kesiapan", "show", "tidak-ada")
    assert code == 1 and "Daftar periksa “tidak-ada” tidak ada" in err


def test_show_json_carries_the_manual_answers_with_who_and_when(capsys, batang) -> None:
    code, out, err = _run(capsys, "--db", batang, "kesiapan", "show", "forum-kecamatan-2025",
                          "--kecamatan", "33.25.01", "--json")
    assert code == 0, err
    items = {b["id"]: b for b in json.loads(out)["butir"]}
    assert items["odf"]["jawaban"] is None  # judged from data
    answer = items["sk_forum"]["jawaban"]  # the Batang demo's Wonotunggal forum has its SK
    assert (answer["nilai"], answer["oleh"], answer["berkas"]) == (
        "ada", "Sekretaris Forum Kecamatan", None)
    assert dt.datetime.strptime(answer["pada"], "%Y-%m-%dT%H:%M:%S.%fZ")
    assert items["sk_forum"]["status"] == "terpenuhi"
    assert items["sk_forum"]["alasan"].startswith(
        "dijawab “Ada” oleh Sekretaris Forum Kecamatan pada ")
    assert answer["nomor"] in items["sk_forum"]["bukti"]
