"""The Pengaturan page: Desa STBM rule, KKS cycle, paper size, backups and the user name."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import translate
from kks_desktop.domain.award import Siklus
from kks_desktop.domain.kertas import Kertas
from kks_desktop.services.pengaturan import (
    aturan_stbm,
    kertas,
    set_aturan_stbm,
    set_kertas,
    set_siklus,
    siklus,
)
from kks_desktop.services.reference import aturan_sanitasi, penghargaan
from kks_desktop.ui.gate_chart import gate_text
from kks_desktop.ui.pengaturan_bahasa import PengaturanBahasa
from kks_desktop.ui.pengaturan_cadangan import PengaturanCadangan, hint
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)


def gates_text(cycle: Siklus) -> str:
    """`Padapa ≥80%, Wiwerda ≥90%, Wistara 100%`."""
    return ", ".join(f"{t.nama} {gate_text(t.min_odf * 100)}" for t in cycle.tingkat)


def kertas_text(paper: Kertas) -> str:
    """`F4 / Folio (215 × 330 mm)`."""
    name = "F4 / Folio" if paper is Kertas.F4 else paper.value  # teks-tetap: a paper size's name
    width, height = (f"{v:g}" for v in paper.mm)
    return f"{name} ({width} × {height} mm)"


class PengaturanPage(QWidget):
    """Each choice is saved as soon as it is made; then `session.notify("")` refreshes the pages."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        heading = QLabel(translate("pengaturan_page", "Pengaturan"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        intro = hint(translate("pengaturan_page", "Perubahan di halaman ini langsung disimpan di "
                               "berkas data ini dan langsung dipakai di Beranda, halaman Sanitasi, "
                               "laporan dan cadangan."))

        self.rule_group = QButtonGroup(self)
        self.rule_buttons: dict[str, QRadioButton] = {}
        rules = aturan_sanitasi()
        stbm_box = QGroupBox(translate("pengaturan_page", "Aturan Desa STBM"))
        stbm_layout = QVBoxLayout(stbm_box)
        stbm_layout.addWidget(hint(translate("pengaturan_page", "Syarat sebuah desa/kelurahan disebut "
                                             "Desa STBM, dinilai dari laporan sanitasi terakhirnya.")))
        bawaan = translate("pengaturan_page", " (bawaan)")
        for rule in rules.desa_stbm:
            default = bawaan if rule.id == rules.bawaan.id else ""
            button = QRadioButton(translate("acuan", rule.nama) + default)
            button.setToolTip(translate("acuan", rule.keterangan))
            button.setProperty("rule_id", rule.id)
            self.rule_group.addButton(button)
            self.rule_buttons[rule.id] = button
            detail = hint(translate("acuan", rule.keterangan))
            detail.setContentsMargins(24, 0, 0, 6)
            stbm_layout.addWidget(button)
            stbm_layout.addWidget(detail)
        self.rule_group.buttonToggled.connect(self._rule_toggled)

        cycles = penghargaan()
        self.cycle_combo = QComboBox()
        self.cycle_combo.setAccessibleName(translate("pengaturan_page", "Siklus penilaian KKS"))
        for cycle in reversed(cycles.siklus):
            default = bawaan if cycle.tahun == cycles.bawaan.tahun else ""
            self.cycle_combo.addItem(
                translate("pengaturan_page", "Siklus {tahun}{bawaan} — {syarat}").format(
                    tahun=cycle.tahun, bawaan=default, syarat=gates_text(cycle)), cycle.tahun)
        self.cycle_combo.currentIndexChanged.connect(self._cycle_chosen)
        cycle_label = QLabel(translate("pengaturan_page", "&Siklus:"))
        cycle_label.setBuddy(self.cycle_combo)
        self.cycle_detail = hint("")
        cycle_box = QGroupBox(translate("pengaturan_page", "Siklus penilaian KKS"))
        cycle_layout = QVBoxLayout(cycle_box)
        cycle_layout.addWidget(hint(translate(
            "pengaturan_page", "Syarat persentase desa/kelurahan ODF di kabupaten/kota untuk tiap "
            "tingkat penghargaan Swasti Saba berbeda per siklus penilaian.")))
        cycle_layout.addWidget(cycle_label)
        cycle_layout.addWidget(self.cycle_combo)
        cycle_layout.addWidget(self.cycle_detail)

        paper_box = self._build_paper()

        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #2e5d2e;")
        self.saved_label.setWordWrap(True)
        self.cadangan = PengaturanCadangan(session, self.saved_label.setText)
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (stbm_box, cycle_box):
            left.addWidget(box)
        self.bahasa = PengaturanBahasa(self.saved_label.setText)
        for box in (paper_box, self.cadangan.backup_box, self.cadangan.name_box, self.bahasa):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        session.data_changed.connect(self.load)
        self.load()

    def load(self, *_changed: object) -> None:
        """Show the choices stored in the workspace (without saving anything)."""
        ws = self.session.workspace
        rule = aturan_stbm(ws)
        cycle = siklus(ws)
        self.rule_group.blockSignals(True)
        if rule.id in self.rule_buttons:
            self.rule_buttons[rule.id].setChecked(True)
        self.rule_group.blockSignals(False)
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(cycle.tahun)))
        self.cycle_combo.blockSignals(False)
        self._show_cycle(cycle)
        self.paper_group.blockSignals(True)
        self.paper_buttons[kertas(ws)].setChecked(True)
        self.paper_group.blockSignals(False)
        self.cadangan.load()

    def _build_paper(self) -> QGroupBox:
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: dict[Kertas, QRadioButton] = {}
        box = QGroupBox(translate("pengaturan_page", "Ukuran kertas untuk cetak"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint(translate("pengaturan_page", "Dipakai untuk daftar hadir, rekap "
                                        "pre-test/post-test, RTL dan laporan lain yang dicetak ke "
                                        "PDF.")))
        for paper in Kertas:
            button = QRadioButton(kertas_text(paper))
            button.setProperty("kertas", paper.value)
            self.paper_group.addButton(button)
            self.paper_buttons[paper] = button
            layout.addWidget(button)
        self.paper_group.buttonToggled.connect(self._paper_toggled)
        return box

    def _show_cycle(self, cycle: Siklus) -> None:
        line = translate("pengaturan_page", "<li>{tingkat}: {syarat} desa/kelurahan ODF</li>")
        lines = "".join(line.format(tingkat=t.nama, syarat=gate_text(t.min_odf * 100))
                        for t in cycle.tingkat)
        self.cycle_detail.setTextFormat(Qt.TextFormat.RichText)
        self.cycle_detail.setText(translate("pengaturan_page", "Syarat ODF siklus {tahun}:<ul>{daftar}</ul>")
                                  .format(tahun=cycle.tahun, daftar=lines))

    def _rule_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        rule = set_aturan_stbm(self.session.workspace, str(button.property("rule_id")))
        logger.info("Desa STBM rule set to %s", rule.id)
        self.saved_label.setText(translate("pengaturan_page", "Tersimpan: aturan Desa STBM “{aturan}”.")
                                 .format(aturan=translate("acuan", rule.nama)))
        self.session.notify("")

    def _paper_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        paper = set_kertas(self.session.workspace, Kertas(str(button.property("kertas"))))
        logger.info("Paper set to %s", paper.value)
        self.saved_label.setText(translate("pengaturan_page", "Tersimpan: ukuran kertas {kertas}.")
                                 .format(kertas=kertas_text(paper)))
        self.session.notify("")

    def _cycle_chosen(self, index: int) -> None:
        tahun = self.cycle_combo.itemData(index)
        if tahun is None:
            return
        cycle = set_siklus(self.session.workspace, int(tahun))
        logger.info("KKS cycle set to %s", cycle.tahun)
        self.saved_label.setText(translate("pengaturan_page", "Tersimpan: syarat ODF siklus {tahun} "
                                           "({syarat}).").format(tahun=cycle.tahun,
                                                                  syarat=gates_text(cycle)))
        self.session.notify("")
