"""PrePostView: paired pre/post figures, per kategori with JUMLAH, missing scores, empty state."""

from __future__ import annotations

import datetime as dt
from statistics import fmean

import pytest
from PySide6.QtCore import Qt

from kks_desktop.domain.kegiatan import Kegiatan, Peserta
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.services import kegiatan_service
from kks_desktop.ui.cell_table_model import TOTAL_ROLE
from kks_desktop.ui.prepost_model import BelumLengkapModel, PrePostKategoriModel
from kks_desktop.ui.prepost_view import EMPTY_TEXT, PrePostView


def session_with(people: list[Peserta], batas: float = 70.0) -> Kegiatan:
    day = dt.date(2025, 9, 16)
    return Kegiatan(jenis="orientasi_kks", judul="Orientasi", mulai=day, selesai=day,
                    wilayah=KodeWilayah.parse("33.25"), batas_lulus=batas, peserta=tuple(people))


HAND_MADE = [
    Peserta("Ani", instansi="Bappeda", kategori="opd", pre=50, post=80),
    Peserta("Budi", instansi="Dinkes", kategori="opd", pre=70, post=90),
    Peserta("Citra", instansi="Puskesmas Wonotunggal", kategori="puskesmas", pre=60, post=65),
    Peserta("Dedi", instansi="Puskesmas Bandar", kategori="puskesmas", pre=40),
    Peserta("Eka", instansi="Warga"),
    Peserta("Fajar", instansi="Pokja Silurah", kategori="pokja_desa", post=72.5),
]


@pytest.fixture
def view(qtbot) -> PrePostView:
    widget = PrePostView()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def rows(model) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_headline_figures_of_a_small_session_computed_by_hand(view):
    view.show_kegiatan(session_with(HAND_MADE))
    # Paired: Ani 50→80, Budi 70→90, Citra 60→65. Pre 60, post 78,33, gain (30+20+5)/3 = 18,33.
    # Pass mark 70: before only Budi (1 of 3), after Ani and Budi (2 of 3).
    assert view.card_text("batas") == ("70", "nilai ≥ 70 dihitung lulus")
    assert view.card_text("peserta") == ("6", "1 tanpa nilai sama sekali")
    assert view.card_text("pasangan") == ("3", "50% dari 6 peserta")
    assert view.card_text("rata_pre") == ("60,0", "semua nilai pre: 55,0 (4 orang)")
    assert view.card_text("rata_post") == ("78,3", "semua nilai post: 76,9 (4 orang)")
    assert view.card_text("kenaikan") == ("+18,3", "rata-rata (post − pre) per orang")
    assert view.card_text("lulus_pre") == ("1 (33,3%)", "pre ≥ 70, dari 3 pasangan")
    assert view.card_text("lulus_post") == ("2 (66,7%)", "post ≥ 70, dari 3 pasangan")
    assert view.note.text() == ("Dihitung dari 3 peserta yang memiliki nilai pre-test dan "
                                "post-test; 1 hanya pre-test, 1 hanya post-test, 1 tanpa nilai "
                                "tidak ikut dihitung.")
    assert view.note.isVisibleTo(view)
    assert not view.empty.isVisibleTo(view)


def test_per_kategori_table_in_order_of_appearance_with_a_bold_jumlah_row(view):
    view.show_kegiatan(session_with(HAND_MADE))
    model = view.kategori_model
    assert rows(model) == [
        ("OPD", "2", "2", "60,0", "85,0", "+25,0", "50%", "100%"),
        ("Puskesmas", "2", "1", "60,0", "65,0", "+5,0", "0%", "0%"),
        ("Tanpa kategori", "1", "0", "–", "–", "–", "–", "–"),
        ("Pokja Desa", "1", "0", "–", "–", "–", "–", "–"),
        ("JUMLAH (semua peserta)", "6", "3", "60,0", "78,3", "+18,3", "33,3%", "66,7%"),
    ]
    last = model.rowCount() - 1
    assert model.index(last, 0).data(TOTAL_ROLE) is True
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_participants_missing_one_score_are_listed_to_chase(view):
    view.show_kegiatan(session_with(HAND_MADE))
    assert rows(view.belum_model) == [("Dedi", "Puskesmas Bandar", "40", "belum ada"),
                                      ("Fajar", "Pokja Silurah", "belum ada", "72,5")]
    assert view.belum_title.text() == "Belum lengkap: 2 peserta dengan satu nilai saja"
    assert view.belum_table.isVisibleTo(view)
    complete = [p for p in HAND_MADE if p.nama not in ("Dedi", "Fajar")]
    view.show_kegiatan(session_with(complete))
    assert view.belum_model.rowCount() == 0
    assert not view.belum_table.isVisibleTo(view)
    assert not view.belum_title.isVisibleTo(view)


def test_a_lower_pass_mark_changes_who_passes(view):
    view.show_kegiatan(session_with(HAND_MADE, batas=60))
    assert view.card_text("batas")[0] == "60"
    assert view.card_text("lulus_pre") == ("2 (66,7%)", "pre ≥ 60, dari 3 pasangan")
    assert view.card_text("lulus_post") == ("3 (100%)", "post ≥ 60, dari 3 pasangan")


def test_nobody_scored_shows_what_to_do(view):
    view.show_kegiatan(session_with([Peserta("Ani", kategori="opd"), Peserta("Budi")]))
    assert view.empty.isVisibleTo(view)
    assert view.empty.text() == EMPTY_TEXT == ("Belum ada nilai pre-test/post-test. Isi kolom Pre "
                                               "dan Post di tab Peserta & nilai.")
    assert not view.content.isVisibleTo(view)
    view.show_kegiatan(session_with(HAND_MADE))
    assert not view.empty.isVisibleTo(view)
    assert view.content.isVisibleTo(view)


def test_demo_orientation_matches_an_independent_computation(view, kecamatan_session):
    ws = kecamatan_session.workspace
    uuid = next(k.uuid for k in kegiatan_service.daftar(ws) if k.jenis == "orientasi_kks")
    kegiatan = kegiatan_service.ambil(ws, uuid)
    view.show_kegiatan(kegiatan)
    paired = [p for p in kegiatan.peserta if p.pre is not None and p.post is not None]
    pre = fmean(p.pre for p in paired)
    post = fmean(p.post for p in paired)
    passed = sum(p.post >= 70 for p in paired)
    assert view.card_text("pasangan")[0] == str(len(paired))
    assert view.card_text("rata_pre")[0] == f"{pre:.1f}".replace(".", ",")
    assert view.card_text("rata_post")[0] == f"{post:.1f}".replace(".", ",")
    assert view.card_text("lulus_post")[0].startswith(f"{passed} (")
    single = [p.nama for p in kegiatan.peserta if (p.pre is None) != (p.post is None)]
    assert [view.belum_model.index(r, 0).data() for r in range(view.belum_model.rowCount())] == (
        single)
    assert single  # the demo has people who missed a day


def test_models_pass_the_qt_model_tester(qtmodeltester):
    from kks_desktop.domain.prepost import hasil_prepost

    hasil = hasil_prepost(HAND_MADE, 70)
    kategori = PrePostKategoriModel()
    kategori.set_hasil(hasil)
    qtmodeltester.check(kategori)
    belum = BelumLengkapModel()
    belum.set_peserta(hasil.tidak_lengkap)
    qtmodeltester.check(belum)
