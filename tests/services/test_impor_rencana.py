"""The dry run classifies, the commit writes that in one transaction; the same file twice changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from impor_bantu import (
    DATA_TABLES,
    SILURAH,
    SODONG,
    build_source,
    cell,
    copy_of,
    dump,
    edit,
    empty_target,
    export,
    first_row,
    rows_where,
)
from openpyxl import load_workbook

from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.peserta import kunci_nama
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.domain.sinkron import Kelas
from kks_desktop.messages import describe
from kks_desktop.messages_excel import hasil_impor_text, masalah_text, ringkasan_rencana
from kks_desktop.services import cadangan, desa_service, kegiatan_service
from kks_desktop.services.impor_buku import CatatanRencana, RencanaImpor, rencanakan
from kks_desktop.services.impor_terap import terapkan
from kks_desktop.services.workspace import Workspace


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_source(tmp_path_factory.mktemp("sumber"))


@pytest.fixture
def ws(source: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo workspace (the one the workbooks are exported from)."""
    with copy_of(source, tmp_path) as opened:
        yield opened


def _changed(rencana: RencanaImpor) -> list[CatatanRencana]:
    return [c for c in rencana.catatan if c.perbandingan.kelas is not Kelas.SAMA]


def test_an_edited_workbook_shows_its_changes_and_commits_them(ws: Workspace,
                                                               tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim")
    row = first_row(path, "Desa dan Pokja")
    anggota = first_row(path, "Anggota Pokja")
    edit(path, [("Desa dan Pokja", row, "RT", 40), ("Desa dan Pokja", row, "Telepon",
                                                           "0285-111222"),
                ("Anggota Pokja", anggota, "Unsur", "Bidan Desa")])
    rencana = rencanakan(ws, path)
    assert rencana.jenis == "buku_desa" and rencana.desa_kode == (str(SILURAH),)
    assert rencana.masalah == []
    changed = _changed(rencana)
    assert [(c.lembar, c.baris, c.perbandingan.kelas, c.perbandingan.berubah) for c in changed] == [
        ("Desa dan Pokja", row, Kelas.BERUBAH, ("jumlah_rt", "telepon")),
        ("Anggota Pokja", anggota, Kelas.BERUBAH, ("unsur",))]
    assert changed[0].label == "Desa dan Pokja: 33.25.01.2001 Silurah"
    assert changed[0].perbandingan.di_berkas["telepon"] == "0285-111222"
    assert changed[0].perbandingan.di_sini["telepon"] != "0285-111222"
    sama = len(rencana.catatan) - 2
    assert ringkasan_rencana(rencana) == f"2 berubah, {sama} sama"
    before = dump(ws, DATA_TABLES, waktu=False)
    hasil = terapkan(ws, rencana, cadangkan=False)
    assert (hasil.ditulis, hasil.hasil, hasil.dilewati) == (2, "diperbarui", ())
    assert hasil_impor_text(hasil) == f"Tersimpan 2 catatan (2 berubah, {sama} sama)."
    desa = ws.desa.desa(SILURAH)
    assert (desa.jumlah_rt, desa.telepon) == (40, "0285-111222")
    assert ws.pokja.pokja_for(SILURAH).anggota[0].unsur == "Bidan Desa"
    after = dump(ws, DATA_TABLES, waktu=False)
    assert [t for t in DATA_TABLES if after[t] != before[t]] == ["desa", "pokja_anggota"]
    after = dump(ws, DATA_TABLES)
    received = ws.pertukaran.imports()[0]
    assert (received.nama_berkas, received.hasil, received.desa_kode) == (
        "buku.xlsx", "diperbarui", (str(SILURAH),))
    assert received.jumlah["berubah"] == 2 and received.ekspor_uuid == rencana.meta["ekspor_uuid"]
    # The same file again: every record is the same now, and nothing is written.
    again = rencanakan(ws, path)
    assert {c.perbandingan.kelas for c in again.catatan} == {Kelas.SAMA}
    second = terapkan(ws, again)
    assert (second.ditulis, second.hasil) == (0, "sama")
    assert hasil_impor_text(second) == ("Tidak ada data yang disimpan: isi berkas sama dengan "
                                        "data di sini.")
    assert dump(ws, DATA_TABLES) == after
    assert list(ws.path.parent.glob("*/*sebelum-impor*")) == []  # no backup for nothing


def test_a_field_changed_both_here_and_in_the_file_is_a_conflict_the_user_settles(
        ws: Workspace, tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim")
    row = first_row(path, "Desa dan Pokja")
    edit(path, [("Desa dan Pokja", row, "Telepon", "0285-999999"),
                ("Desa dan Pokja", row, "RT", 50), ("Desa dan Pokja", row, "Dusun", 9)])
    desa = ws.desa.desa(SILURAH)
    desa_service.update_desa(ws, desa.with_changes(telepon="0285-777777", jumlah_rt=51,
                                                   jumlah_rw=desa.jumlah_rw + 1))
    rencana = rencanakan(ws, path)
    [c] = _changed(rencana)
    p = c.perbandingan
    assert p.kelas is Kelas.KONFLIK
    assert (p.konflik, p.berubah) == (("jumlah_rt", "telepon"), ("jumlah_dusun",))
    assert [(p.di_sini[f], p.di_berkas[f]) for f in p.konflik] == [(51, 50),
                                                                   ("0285-777777", "0285-999999")]
    hasil = terapkan(ws, rencana, ambil_berkas={c.kunci: frozenset({"telepon"})},
                     cadangkan=False)
    assert (hasil.ditulis, hasil.hasil) == (1, "konflik")
    stored = ws.desa.desa(SILURAH)
    # The file's telepon as chosen, jumlah_rt kept here, dusun from the file, RW changed here.
    assert (stored.telepon, stored.jumlah_rt, stored.jumlah_dusun, stored.jumlah_rw) == (
        "0285-999999", 51, 9, desa.jumlah_rw + 1)
    # The file is now the last exchanged version: it brings nothing new any more.
    again = rencanakan(ws, path)
    assert [x.perbandingan.kelas for x in _changed(again)] == [Kelas.LEBIH_BARU]
    assert terapkan(ws, again, cadangkan=False).ditulis == 0


def test_conflicts_all_kept_here_write_nothing_and_say_so(ws: Workspace, tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim")
    edit(path, [("Desa dan Pokja", first_row(path, "Desa dan Pokja"), "Telepon", "0285-1")])
    desa_service.update_desa(ws, ws.desa.desa(SILURAH).with_changes(telepon="0285-2"))
    hasil = terapkan(ws, rencanakan(ws, path), cadangkan=False)
    assert (hasil.ditulis, hasil.hasil, ws.desa.desa(SILURAH).telepon) == (0, "konflik", "0285-2")
    assert hasil_impor_text(hasil) == ("Tidak ada data yang disimpan: 1 konflik, nilai di sini "
                                       "dipertahankan.")


def test_a_workbook_without_an_export_here_compares_without_a_base(ws: Workspace,
                                                                   tmp_path: Path) -> None:
    """Received from elsewhere and never exchanged: a difference cannot be told newer."""
    path = export(ws, tmp_path / "kirim")
    edit(path, [("Desa dan Pokja", first_row(path, "Desa dan Pokja"), "Telepon", "0285-3")])
    ws.desa.db.execute("DELETE FROM sinkron_dasar")
    [c] = _changed(rencanakan(ws, path))
    assert (c.perbandingan.kelas, c.perbandingan.konflik) == (Kelas.KONFLIK, ("telepon",))


def test_a_failed_write_leaves_every_table_as_it_was(ws: Workspace, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = export(ws, tmp_path / "kirim")
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, path)
        before = dump(target)

        def broken(*_: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(target.pertukaran, "add_import", broken)
        with pytest.raises(OSError):
            terapkan(target, rencana, cadangkan=False)
        assert dump(target) == before
        assert target.desa.count() == 0


def test_a_new_workspace_receives_everything_and_a_second_time_nothing(
        ws: Workspace, tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim", SILURAH, SODONG)
    with empty_target(tmp_path) as target:
        rencana = rencanakan(target, path)
        assert {c.perbandingan.kelas for c in rencana.catatan} == {Kelas.BARU}
        hasil = terapkan(target, rencana)
        assert (hasil.hasil, hasil.ditulis) == ("diterima", len(rencana.catatan))
        assert [b.jenis for b in _backups(target)] == ["sebelum-impor"]
        for kode in (SILURAH, SODONG):
            assert target.desa.desa(kode).uuid == ws.desa.desa(kode).uuid
            assert target.pokja.pokja_for(kode) == ws.pokja.pokja_for(kode)
            assert [r.with_changes(updated_at="") for r in target.laporan.reports_for(kode)] == [
                r.with_changes(updated_at="") for r in ws.laporan.reports_for(kode)]
            assert [e.with_changes(updated_at="") for e in target.odf.events_for(kode)] == [
                e.with_changes(updated_at="") for e in ws.odf.events_for(kode)]
        held = [k for k in ws.kegiatan.ringkasan() if str(k.wilayah) == str(SILURAH)]
        for k in held:
            assert target.kegiatan.get(k.uuid).with_changes(updated_at="") == ws.kegiatan.get(
                k.uuid).with_changes(updated_at="")
        data = dump(target, DATA_TABLES)
        again = rencanakan(target, path)
        assert {c.perbandingan.kelas for c in again.catatan} == {Kelas.SAMA}
        second = terapkan(target, again)
        assert (second.ditulis, second.hasil) == (0, "sama")
        assert dump(target, DATA_TABLES) == data
        assert len(_backups(target)) == 1


def _backups(ws: Workspace) -> list[cadangan.InfoCadangan]:
    return cadangan.daftar(cadangan.folder_cadangan(ws))


def test_a_session_held_higher_up_keeps_the_participants_the_file_does_not_carry(
        ws: Workspace, tmp_path: Path) -> None:
    silurah = export(ws, tmp_path / "kirim", SILURAH, name="silurah.xlsx")
    sodong = export(ws, tmp_path / "kirim", SODONG, name="sodong.xlsx")
    with empty_target(tmp_path) as target:
        terapkan(target, rencanakan(target, silurah), cadangkan=False)
        [shared] = [k for k in target.kegiatan.ringkasan() if str(k.wilayah) == "33.25.01"]
        # Someone registered here, who is in no desa workbook.
        session = target.kegiatan.get(shared.uuid)
        guest = session.peserta[0].with_changes(nama="Tamu Kecamatan", uuid="", desa_kode="",
                                                desa_nama="")
        kegiatan_service.pasang(target, session.with_changes(peserta=(*session.peserta, guest)))
        before = [p.nama for p in target.kegiatan.get(shared.uuid).peserta]
        rencana = rencanakan(target, sodong)
        row = next(c for c in rencana.catatan if c.kunci == shared.uuid)
        assert row.perbandingan.kelas is Kelas.SAMA
        terapkan(target, rencana, cadangkan=False)
        after = target.kegiatan.get(shared.uuid).peserta
        # The workbook carries its part of a shared list in name order.
        from_sodong = sorted((p.nama for p in ws.kegiatan.get(shared.uuid).peserta
                              if p.desa_kode == str(SODONG)), key=kunci_nama)
        assert [p.nama for p in after] == before + from_sodong
        assert "Tamu Kecamatan" in before


def test_scores_and_answers_travel_and_items_judged_from_data_stay_read_only(
        ws: Workspace, tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim")
    prepost = first_row(path, "Pre-Post")
    kesiapan = load_workbook(path)["Kesiapan"]
    [manual] = rows_where(kesiapan, "Kode Butir", "rencana_kerja")
    [auto] = rows_where(kesiapan, "Kode Butir", "sekretariat")
    edit(path, [("Pre-Post", prepost, "Post-test", 99), ("Pre-Post", prepost, "Selisih", -5),
                ("Kesiapan", manual, "Jawaban", "Ada"),
                ("Kesiapan", manual, "Nomor Dokumen", "12/RK/2025"),
                ("Kesiapan", auto, "Jawaban", "Ada")])
    rencana = rencanakan(ws, path)
    assert [masalah_text(m) for m in rencana.masalah] == [
        f"Sheet Kesiapan, baris {auto}, kolom Jawaban: butir “sekretariat” dinilai otomatis dari "
        "data; isian Jawaban diabaikan (peringatan)"]
    assert [(c.lembar, c.perbandingan.berubah) for c in _changed(rencana)] == [
        ("Pre-Post", ("post",)), ("Kesiapan", ("nilai", "nomor"))]
    uuid = cell(path, "Pre-Post", prepost, "uuid")
    session = cell(path, "Pre-Post", prepost, "uuid kegiatan")
    person = next(p for p in ws.kegiatan.get(session).peserta if p.uuid == uuid)
    assert terapkan(ws, rencana, cadangkan=False).ditulis == 2
    stored = next(p for p in ws.kegiatan.get(session).peserta if p.uuid == uuid)
    assert stored == person.with_changes(post=99.0)
    answer = ws.kesiapan.jawaban(2025, str(SILURAH))
    assert (answer["rencana_kerja"].nilai.value, answer["rencana_kerja"].nomor) == ("ada",
                                                                                   "12/RK/2025")
    assert "sekretariat" not in answer


def test_a_changed_session_title_and_date_reach_every_row_of_it(ws: Workspace,
                                                                tmp_path: Path) -> None:
    path = export(ws, tmp_path / "kirim")
    book = load_workbook(path)
    [row] = rows_where(book["Kegiatan"], "Judul Kegiatan", "Rapat rutin Pokja Desa Sehat triwulan 1")
    edit(path, [("Kegiatan", row, "Tanggal Selesai", dt.date(2025, 1, 15)),
                ("Kegiatan", row, "Tempat", "Rumah Ketua")])
    rencana = rencanakan(ws, path)
    assert [(c.lembar, c.perbandingan.berubah) for c in _changed(rencana)] == [
        ("Kegiatan", ("tanggal_selesai", "tempat"))]
    uuid = cell(path, "Kegiatan", row, "uuid")
    before = ws.kegiatan.get(uuid)
    terapkan(ws, rencana, cadangkan=False)
    after = ws.kegiatan.get(uuid)
    assert (after.selesai, after.tempat) == (dt.date(2025, 1, 15), "Rumah Ketua")
    assert after.peserta == before.peserta and after.rtl == before.rtl


def test_two_people_of_the_same_name_from_two_desa_stay_two_people(ws: Workspace,
                                                                   tmp_path: Path) -> None:
    [shared] = [k for k in ws.kegiatan.ringkasan() if str(k.wilayah) == "33.25.01"]
    session = ws.kegiatan.get(shared.uuid)
    template = session.peserta[0]
    twins = tuple(template.with_changes(nama="Fitri Lestari", uuid="", desa_kode=str(kode),
                                        desa_nama=nama, instansi=f"Pokja Desa Sehat {nama}")
                  for kode, nama in ((SODONG, "Sodong"), (SILURAH, "Silurah")))
    kegiatan_service.pasang(ws, session.with_changes(peserta=(*session.peserta, *twins)))
    sodong = export(ws, tmp_path / "kirim", SODONG, name="sodong.xlsx")
    silurah = export(ws, tmp_path / "kirim", SILURAH, name="silurah.xlsx")
    with empty_target(tmp_path) as target:
        terapkan(target, rencanakan(target, sodong), cadangkan=False)
        rencana = rencanakan(target, silurah)
        fitri = [c for c in rencana.catatan if c.label.startswith("Peserta: Fitri Lestari")]
        assert [c.perbandingan.kelas for c in fitri] == [Kelas.BARU]
        terapkan(target, rencana, cadangkan=False)
        people = [(p.nama, p.desa_nama) for p in target.kegiatan.get(shared.uuid).peserta
                  if p.nama == "Fitri Lestari"]
        assert people == [("Fitri Lestari", "Sodong"), ("Fitri Lestari", "Silurah")]


def test_a_merge_that_would_break_a_rule_is_refused_whole(ws: Workspace, tmp_path: Path) -> None:
    """The file moves 5 KK from layak to aman; here 3 KK moved from belum layak to aman. Kept
    field by field, the ladder would no longer add up to the total: nothing is written."""
    path = export(ws, tmp_path / "kirim")
    row = first_row(path, "Sanitasi")
    aman, layak = (cell(path, "Sanitasi", row, c) for c in ("Akses aman", "Akses layak"))
    edit(path, [("Sanitasi", row, "Akses aman", aman + 5), ("Sanitasi", row, "Akses layak",
                                                            layak - 5)])
    lap = ws.laporan.reports_for(SILURAH)[0]
    tangga = {**lap.tangga, Rung.AMAN: aman + 3, Rung.BELUM_LAYAK: lap.rung(Rung.BELUM_LAYAK) - 3}
    ws.laporan.put_report(SILURAH, lap.with_changes(tangga=tangga))
    rencana = rencanakan(ws, path)
    [c] = _changed(rencana)
    assert (c.perbandingan.kelas, c.perbandingan.konflik, c.perbandingan.berubah) == (
        Kelas.KONFLIK, ("aman",), ("layak",))
    before = dump(ws)
    with pytest.raises(ValidationFailed) as refused:
        terapkan(ws, rencana, ambil_berkas={c.kunci: frozenset({"aman"})}, cadangkan=False)
    assert describe(refused.value) == (
        "Data belum dapat disimpan:\n• Total KK: jumlah tangga akses "
        f"({_ribuan(lap.total_kk - 3)}) tidak sama dengan total KK ({_ribuan(lap.total_kk)})")
    assert dump(ws) == before


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")
