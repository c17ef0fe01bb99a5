"""Extreme input through the services (the path of the GUI, the CLI and the import): refused with
a clear message and nothing written, or stored and read back exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kks_desktop import messages
from kks_desktop.domain.errors import ValidationFailed
from kks_desktop.domain.kesiapan_fakta import Jawaban, NilaiJawaban
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import JenisOdf, OdfEvent
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.sanitasi import Rung
from kks_desktop.services import (
    desa_service,
    kegiatan_service,
    kesiapan_jawaban,
    kesiapan_service,
    odf_service,
    pokja_service,
    sanitasi_service,
)
from kks_desktop.services.workspace import Workspace

SILURAH = KodeWilayah.parse("33.25.01.2001")
TODAY = dt.date(2025, 10, 15)
NAMES = ("عبد الله", "ꦱꦸꦫꦗꦪ", "Ni Luh Putu 🌺", "👨‍👩‍👧 Budi", "Tim 🇮🇩")
VISIBLE = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))


@pytest.fixture
def silurah(ws, make_desa):
    return make_desa(ws, SILURAH, jumlah_kk=200, jumlah_jiwa=700)


def _refused(call, *args, **kwargs) -> str:
    with pytest.raises(ValidationFailed) as caught:
        call(*args, **kwargs)
    return messages.describe(caught.value)


@pytest.mark.parametrize("value", [2**31, 2**63, 10**20])
def test_a_huge_desa_figure_is_refused_not_an_overflow(ws, silurah, value):
    text = _refused(desa_service.update_desa, ws, silurah.with_changes(jumlah_jiwa=value))
    assert text == ("Data belum dapat disimpan:\n"
                    "• Jumlah jiwa: terlalu besar (paling banyak 1.000.000)")
    assert ws.desa.desa(SILURAH) == silurah


def test_a_desa_note_with_a_control_character_is_refused_and_the_record_kept(ws, silurah):
    text = _refused(desa_service.update_desa, ws, silurah.with_changes(catatan="Catatan\x1b[2J"))
    assert "• Catatan: berisi karakter kendali atau karakter tak terlihat (U+001B) pada huruf ke-8" \
        in text
    assert ws.desa.desa(SILURAH) == silurah


def test_a_desa_note_of_ten_thousand_characters_in_any_script_is_stored_whole(ws, silurah):
    catatan = ("ꦱꦸꦫꦗꦪ عبد الله 👨‍👩‍👧\n" * 600)[:10_000]
    saved = desa_service.update_desa(ws, silurah.with_changes(catatan=catatan)).desa
    assert ws.desa.desa(SILURAH).catatan == saved.catatan == catatan


def test_pokja_members_in_any_script_are_stored_exactly(ws, silurah):
    members = tuple(Anggota(n, Jabatan.KETUA if i == 0 else Jabatan.ANGGOTA, unsur=n)
                    for i, n in enumerate(NAMES))
    pokja_service.save_pokja(ws, SILURAH, Pokja(anggota=members), TODAY)
    stored = pokja_service.pokja_for(ws, SILURAH)
    assert [(m.nama, m.unsur) for m in stored.anggota] == [(n, n) for n in NAMES]


@pytest.mark.parametrize(("pokja", "expected"), [
    (Pokja(anggota=(Anggota("Budi\u202eSantoso", Jabatan.KETUA),)),
     "Nama anggota baris 1: berisi karakter kendali atau karakter tak terlihat (U+202E)"),
    (Pokja(anggota=(Anggota("x" * 10_000, Jabatan.KETUA),)),
     "Nama anggota baris 1: terlalu panjang (10.000 karakter; paling banyak 200)"),
    (Pokja(sk_nomor="141\n12", sk_tanggal=dt.date(2023, 1, 2)),
     "Nomor SK: harus satu baris"),
    (Pokja(sk_nomor="141/12", sk_tanggal=dt.date(1899, 12, 31)),
     "Tanggal SK: 31/12/1899 tidak masuk akal; isi tanggal antara 01/01/1945 dan 31/12/2100"),
])
def test_a_bad_pokja_is_refused_and_nothing_written(ws, silurah, pokja, expected):
    before = pokja_service.pokja_for(ws, SILURAH)
    assert expected in _refused(pokja_service.save_pokja, ws, SILURAH, pokja, TODAY)
    assert pokja_service.pokja_for(ws, SILURAH) == before


def _report(total: int, **changes):
    tangga = {r: 0 for r in Rung} | {Rung.AMAN: total}
    from kks_desktop.domain.sanitasi import LaporanSanitasi
    return LaporanSanitasi(Periode(2025, 9), total, tangga).with_changes(**changes)


@pytest.mark.parametrize(("lap", "expected"), [
    (_report(2**63), "Total KK: terlalu besar (paling banyak 1.000.000)"),
    (_report(-1), "Total KK: tidak boleh negatif"),
    (_report(200, periode=Periode(1900, 1)),
     "Periode: Januari 1900 tidak masuk akal; isi tanggal antara 01/01/1945 dan 31/12/2100"),
    (_report(200, petugas="Sanitarian\nPuskesmas"), "Petugas: harus satu baris"),
    (_report(200, catatan="\x00"), "Catatan: berisi karakter kendali"),
])
def test_a_bad_report_is_refused_and_nothing_written(ws, silurah, lap, expected):
    assert expected in _refused(sanitasi_service.save_report, ws, SILURAH, lap, TODAY)
    assert sanitasi_service.reports_for(ws, SILURAH) == []


@pytest.mark.parametrize(("event", "expected"), [
    (OdfEvent(JenisOdf.PEMICUAN, dt.date(1, 1, 1)),
     "Pemicuan 01/01/0001, tanggal: 01/01/0001 tidak masuk akal"),
    (OdfEvent(JenisOdf.PEMICUAN, dt.date(2025, 3, 1), fasilitator="Budi\u200b"),
     "Pemicuan 01/03/2025, fasilitator: berisi karakter kendali atau karakter tak terlihat "
     "(U+200B) pada huruf ke-5"),
])
def test_a_bad_odf_event_is_refused_and_nothing_written(ws, silurah, event, expected):
    assert expected in _refused(odf_service.save_event, ws, SILURAH, event, TODAY)
    assert odf_service.events_for(ws, SILURAH) == []


def test_a_session_with_minutes_of_ten_thousand_characters_round_trips(ws, silurah):
    from kks_desktop.domain.kegiatan import Peserta
    notulen = "Pembukaan oleh Kepala Desa.\n\tTanya jawab: عبد الله, ꦱꦸꦫꦗꦪ 😀\n" * 200
    kegiatan = kegiatan_service.baru(ws, TODAY).with_changes(
        judul="Orientasi KKS 🇮🇩", notulen=notulen,
        peserta=tuple(Peserta(n, hadir=(1,)) for n in NAMES))
    saved, _ = kegiatan_service.simpan(ws, kegiatan)
    back = kegiatan_service.ambil(ws, saved.uuid)
    assert back.notulen == notulen and len(notulen) > 10_000
    assert [p.nama for p in back.peserta] == list(NAMES)


def test_a_session_with_an_impossible_date_is_refused_and_nothing_written(ws, silurah):
    kegiatan = kegiatan_service.baru(ws, TODAY).with_changes(
        judul="Rapat", mulai=dt.date(9999, 12, 31), selesai=dt.date(9999, 12, 31))
    text = _refused(kegiatan_service.simpan, ws, kegiatan)
    assert "Tanggal mulai: 31/12/9999 tidak masuk akal" in text
    assert kegiatan_service.daftar(ws) == []


def test_a_readiness_answer_with_bad_text_is_refused_and_the_old_one_kept(ws, silurah):
    definisi = kesiapan_service.cari_definisi("pokja-desa-2025")
    good = Jawaban(NilaiJawaban.ADA, "12/RK/2025", oleh="عبد الله")
    kesiapan_jawaban.simpan(ws, definisi, SILURAH, "rencana_kerja", good)
    before = kesiapan_jawaban.simpanan(ws, definisi, SILURAH, "rencana_kerja")
    text = _refused(kesiapan_jawaban.simpan, ws, definisi, SILURAH, "rencana_kerja",
                    Jawaban(NilaiJawaban.SEBAGIAN, "12\n13", dt.date(2101, 1, 1), "\x07"))
    assert text.splitlines()[1:] == [
        "• Nomor dokumen: harus satu baris; hapus pindah baris (Enter) di dalamnya",
        "• Catatan jawaban: berisi karakter kendali atau karakter tak terlihat (U+0007) pada "
        "huruf ke-1; hapus karakter itu (mis. ketik ulang isinya) lalu simpan lagi",
        "• Tanggal dokumen: 01/01/2101 tidak masuk akal; isi tanggal antara 01/01/1945 dan "
        "31/12/2100"]
    assert kesiapan_jawaban.simpanan(ws, definisi, SILURAH, "rencana_kerja") == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(VISIBLE, min_size=1, max_size=60).filter(str.strip), min_size=1,
                      max_size=4))
def test_any_valid_name_is_stored_and_read_back_identical(tmp_path, names):
    """Pokja members and participants named in any script round-trip through the store."""
    ws = Workspace.open(tmp_path / "hypo.db")
    try:
        if not ws.desa.desa_list():
            desa_service.add_desa(ws, desa_service.new_desa(ws, SILURAH))
        names = [n.strip() for n in names]
        members = tuple(Anggota(n, Jabatan.KETUA if i == 0 else Jabatan.ANGGOTA)
                        for i, n in enumerate(names))
        pokja_service.save_pokja(ws, SILURAH, Pokja(anggota=members), TODAY)
        assert [m.nama for m in pokja_service.pokja_for(ws, SILURAH).anggota] == names
        from kks_desktop.domain.kegiatan import Peserta
        kegiatan = kegiatan_service.baru(ws, TODAY).with_changes(
            judul=names[0], peserta=tuple(Peserta(n) for n in names))
        saved, _ = kegiatan_service.simpan(ws, kegiatan)
        back = kegiatan_service.ambil(ws, saved.uuid)
        assert back.judul == names[0]
        assert [p.nama for p in back.peserta] == names
    finally:
        ws.close()
