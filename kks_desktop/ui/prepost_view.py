"""PrePostView: a session's pre-test/post-test results (paired figures, per kategori, missing scores)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.kegiatan import Kegiatan
from kks_desktop.domain.prepost import HasilPrePost, RingkasanNilai, hasil_prepost
from kks_desktop.messages_kegiatan import catatan_pasangan
from kks_desktop.ui.beranda_cards import card
from kks_desktop.ui.formatting import number, percent
from kks_desktop.ui.prepost_model import (
    BelumLengkapModel,
    PrePostKategoriModel,
    kenaikan,
    lulus,
    rata,
    skor,
)
from kks_desktop.ui.record_table import record_table
from kks_desktop.ui.sanitasi_parts import fit_columns

logger = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP("prepost_view", "Belum ada nilai pre-test/post-test. Isi kolom Pre "
                               "dan Post di tab Peserta & nilai.")
CARDS = (("batas", QT_TRANSLATE_NOOP("prepost_view", "Batas lulus")),
         ("peserta", QT_TRANSLATE_NOOP("prepost_view", "Peserta")),
         ("pasangan", QT_TRANSLATE_NOOP("prepost_view", "Dengan nilai pre & post")),
         ("rata_pre", QT_TRANSLATE_NOOP("prepost_view", "Rata-rata pre")),
         ("rata_post", QT_TRANSLATE_NOOP("prepost_view", "Rata-rata post")),
         ("kenaikan", QT_TRANSLATE_NOOP("prepost_view", "Rata-rata kenaikan")),
         ("lulus_pre", QT_TRANSLATE_NOOP("prepost_view", "Lulus sebelum")),
         ("lulus_post", QT_TRANSLATE_NOOP("prepost_view", "Lulus sesudah")))
# Column widths: the wider of these texts and the column's header (never shown).
KATEGORI_SAMPLES = ("Forum Kabupaten/Kota Sehat",  # teks-tetap: width samples
                    "000", "000", "00,0", "00,0", "+00,0", "00,0%", "00,0%")
BELUM_SAMPLES = ("Muhammad Sutrisno Rahmawati",  # teks-tetap: width samples
                 "Forum Kecamatan Sehat Wonotunggal", "belum ada", "belum ada")


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
    return label


class PrePostView(QWidget):
    """Read-only: `show_kegiatan` computes the results of the participants handed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hasil: HasilPrePost | None = None
        self.empty = QLabel(translate("prepost_view", EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 12pt; color: #5f6b76; padding: 24px;")
        self.content = QWidget()
        self._build_content()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self._show_empty(True)

    def _build_content(self) -> None:
        grid = QGridLayout()
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        for pos, (key, title) in enumerate(CARDS):
            frame, value, detail = card(translate("prepost_view", title), value_pt=16)
            self.cards[key] = (value, detail)
            grid.addWidget(frame, pos // 4, pos % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff8e1; border: 1px solid #e6d8a8; "
                                "border-radius: 4px; padding: 6px; font-weight: bold;")
        self.kategori_model = PrePostKategoriModel(self)
        self.kategori_table = record_table(self.kategori_model,
                                           translate("prepost_view", "Hasil per kategori"))
        fit_columns(self.kategori_table, KATEGORI_SAMPLES)
        self.belum_model = BelumLengkapModel(self)
        self.belum_table = record_table(
            self.belum_model, translate("prepost_view", "Peserta dengan nilai belum lengkap"))
        fit_columns(self.belum_table, BELUM_SAMPLES)
        self.belum_title = _section_title("")
        self.belum_hint = QLabel(translate(
            "prepost_view", "Mereka tidak ikut dihitung di angka berpasangan di atas. Lengkapi "
            "nilainya di tab Peserta & nilai."))
        self.belum_hint.setWordWrap(True)
        self.belum_hint.setStyleSheet("color: #5f6b76;")
        layout = QVBoxLayout(self.content)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(_section_title(translate("prepost_view", "Per kategori peserta")))
        layout.addWidget(self.kategori_table)
        for widget in (self.belum_title, self.belum_hint, self.belum_table):
            layout.addWidget(widget)
        layout.addStretch(1)

    # -- public API -----------------------------------------------------------------------

    def show_kegiatan(self, kegiatan: Kegiatan) -> None:
        """Show the results of `kegiatan.peserta` against `kegiatan.batas_lulus`."""
        hasil = hasil_prepost(kegiatan.peserta, kegiatan.batas_lulus)
        self.hasil = hasil
        t = hasil.total
        self._show_empty(not (t.pasangan or t.hanya_pre or t.hanya_post))
        self._show_cards(hasil.batas_lulus, t)
        self.note.setText(catatan_pasangan(t))
        self.kategori_model.set_hasil(hasil)
        _fit_size(self.kategori_table)
        self.belum_model.set_peserta(hasil.tidak_lengkap)
        self.belum_title.setText(translate(
            "prepost_view", "Belum lengkap: {jumlah} peserta dengan satu nilai saja").format(
                jumlah=number(len(hasil.tidak_lengkap))))
        for widget in (self.belum_title, self.belum_hint, self.belum_table):
            widget.setVisible(bool(hasil.tidak_lengkap))
        _fit_size(self.belum_table, most=12)

    def card_text(self, key: str) -> tuple[str, str]:
        """(figure, detail) of one card, as shown."""
        value, detail = self.cards[key]
        return value.text(), detail.text()

    # -- showing --------------------------------------------------------------------------

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self._scroll.setVisible(not empty)

    def _show_cards(self, batas: float, t: RingkasanNilai) -> None:
        pre_count, post_count = t.pasangan + t.hanya_pre, t.pasangan + t.hanya_post
        share = 100 * t.pasangan / t.peserta if t.peserta else None
        no_score = (translate("prepost_view", "{jumlah} tanpa nilai sama sekali").format(
            jumlah=number(t.tanpa_nilai)) if t.tanpa_nilai
            else translate("prepost_view", "semua ikut pre-test atau post-test"))
        texts = {
            "batas": (skor(batas), translate("prepost_view", "nilai ≥ {batas} dihitung lulus").format(
                batas=skor(batas))),
            "peserta": (number(t.peserta), no_score),
            "pasangan": (number(t.pasangan), translate(
                "prepost_view", "{persen} dari {jumlah} peserta").format(
                    persen=percent(share), jumlah=number(t.peserta))),
            "rata_pre": (rata(t.rata_pre), translate(
                "prepost_view", "semua nilai pre: {rata} ({jumlah} orang)").format(
                    rata=rata(t.rata_pre_semua), jumlah=number(pre_count))),
            "rata_post": (rata(t.rata_post), translate(
                "prepost_view", "semua nilai post: {rata} ({jumlah} orang)").format(
                    rata=rata(t.rata_post_semua), jumlah=number(post_count))),
            "kenaikan": (kenaikan(t.rata_kenaikan),
                         translate("prepost_view", "rata-rata (post − pre) per orang")),
            "lulus_pre": (lulus(t.lulus_pre, t.persen_lulus_pre), translate(
                "prepost_view", "pre ≥ {batas}, dari {pasangan} pasangan").format(
                    batas=skor(batas), pasangan=number(t.pasangan))),
            "lulus_post": (lulus(t.lulus_post, t.persen_lulus_post), translate(
                "prepost_view", "post ≥ {batas}, dari {pasangan} pasangan").format(
                    batas=skor(batas), pasangan=number(t.pasangan))),
        }
        for key, (value, detail) in texts.items():
            self.cards[key][0].setText(value)
            self.cards[key][1].setText(detail)


def _fit_size(table: QTableView, most: int = 0) -> None:
    """As wide as its columns and as tall as its rows (at most `most` rows when given, then the
    table scrolls), so no empty grey area is left beside or below the rows."""
    rows = table.model().rowCount()
    shown = min(rows, most) if most else rows
    frame = 2 * table.frameWidth()
    height = (table.horizontalHeader().sizeHint().height() + frame
              + shown * table.verticalHeader().defaultSectionSize())
    scrolls = bool(most) and rows > most
    extra = table.verticalScrollBar().sizeHint().width() if scrolls else 0
    table.setFixedHeight(height + 2)
    table.setMaximumWidth(table.horizontalHeader().length() + frame + extra + 2)
