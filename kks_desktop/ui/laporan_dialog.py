"""LaporanDialog: add or edit one monthly sanitation report of a desa, checked before it is saved."""

from __future__ import annotations

import datetime as dt
import logging
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import KksError, ValidationFailed
from kks_desktop.domain.fields import parse_count
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import (
    BABS_RUNGS,
    MAX_KK_LAPORAN,
    ODF_RUNGS,
    LaporanSanitasi,
    Pilar,
    Rung,
    Sumber,
    TanggaLama,
    share,
    three_pillar_bounds,
)
from kks_desktop.domain.tangga_lama import PEMETAAN, tangga_dari_lama
from kks_desktop.messages_sanitasi import PILAR_NAMES, RUNG_LABELS, SUMBER_LABELS
from kks_desktop.services import sanitasi_service
from kks_desktop.services.sanitasi_service import SavedLaporan
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.formatting import number, percent
from kks_desktop.ui.problem_label import ERROR_COLOUR, WARNING_COLOUR, ProblemLabel
from kks_desktop.ui.save_buttons import SaveButtons
from kks_desktop.ui.session import UiSession

logger = logging.getLogger(__name__)

MONTHS = tuple(Periode(2000, m).label.split()[0] for m in range(1, 13))
RUNG_MNEMONICS = {Rung.AMAN: QT_TRANSLATE_NOOP("laporan_dialog", "Akses a&man:"),
                  Rung.LAYAK: QT_TRANSLATE_NOOP("laporan_dialog", "Akses &layak:"),
                  Rung.SHARING: QT_TRANSLATE_NOOP("laporan_dialog", "Layak bersama (s&haring):"),
                  Rung.BELUM_LAYAK: QT_TRANSLATE_NOOP("laporan_dialog", "Belum la&yak:"),
                  Rung.BABS_TERTUTUP: QT_TRANSLATE_NOOP("laporan_dialog", "BABS t&ertutup:"),
                  Rung.BABS_TERBUKA: QT_TRANSLATE_NOOP("laporan_dialog", "BABS terb&uka:")}
# Old-scale counts: attribute of TanggaLama, label with mnemonic, field name shown in problems.
OLD_FIELDS = (("jsp", QT_TRANSLATE_NOOP("laporan_dialog", "&JSP (jamban sehat permanen):"), "JSP"),
              ("jssp", QT_TRANSLATE_NOOP("laporan_dialog", "JSS&P (semi permanen):"), "JSSP"),
              ("sharing", QT_TRANSLATE_NOOP("laporan_dialog", "Sharing/&numpang:"),
               "Sharing (skala lama)"),  # teks-tetap: the problem field key (shown as is)
              ("od", QT_TRANSLATE_NOOP("laporan_dialog", "O&D (BAB sembarangan):"), "OD"))
PILAR_MNEMONICS = {Pilar.CTPS: QT_TRANSLATE_NOOP("laporan_dialog", "Pilar &2 CTPS:"),
                   Pilar.PAMM: QT_TRANSLATE_NOOP("laporan_dialog", "Pilar &3 PAMM-RT:"),
                   Pilar.PSRT: QT_TRANSLATE_NOOP("laporan_dialog", "Pilar &4 PS-RT:"),
                   Pilar.PLCRT: QT_TRANSLATE_NOOP("laporan_dialog", "Pilar &5 PLC-RT:")}


def _count_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(90)
    edit.setMaximumWidth(120)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _row(form: QFormLayout, text: str, widget: QWidget, extra: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    if extra is None:
        form.addRow(label, widget)
    else:
        line = QHBoxLayout()
        line.addWidget(widget)
        line.addWidget(extra, 1)
        form.addRow(label, line)
    return label


class LaporanDialog(QDialog):
    """Fill the fields, then `accept_if_valid()` checks, asks once about warnings and saves.

    After a save `saved` holds the stored report and its warnings.
    """

    def __init__(self, session: UiSession, desa: Desa, laporan: LaporanSanitasi | None = None,
                 periode: Periode | None = None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session, self.desa, self.laporan = session, desa, laporan
        self.today = today or dt.date.today()
        self.saved: SavedLaporan | None = None
        self._loading = True
        title = (translate("laporan_dialog", "Ubah laporan sanitasi · {desa}") if laporan
                 else translate("laporan_dialog", "Tambah laporan sanitasi · {desa}"))
        self.setWindowTitle(title.format(desa=desa.nama))
        self._build()
        self._load(laporan, periode or Periode.of(self.today))
        self._loading = False
        self._on_edit()
        self.total_kk.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.bulan = QComboBox()
        self.bulan.addItems(MONTHS)
        self.bulan.setAccessibleName(translate("laporan_dialog", "Bulan"))
        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2100)
        self.tahun.setAccessibleName(translate("laporan_dialog", "Tahun"))
        self.sumber = QComboBox()
        for sumber in Sumber:
            self.sumber.addItem(translate("messages_sanitasi", SUMBER_LABELS[sumber]), sumber)
        self.petugas = QLineEdit()
        self.petugas.setPlaceholderText(translate("laporan_dialog", "mis. Sanitarian Puskesmas"))
        self.total_kk = _count_edit(translate("laporan_dialog", "wajib diisi"))
        top = QFormLayout()
        periode_line = QHBoxLayout()
        periode_line.addWidget(self.bulan)
        periode_line.addWidget(self.tahun)
        periode_line.addStretch(1)
        label = QLabel(translate("laporan_dialog", "Peri&ode:"))
        label.setBuddy(self.bulan)
        top.addRow(label, periode_line)
        _row(top, translate("laporan_dialog", "Sumbe&r data:"), self.sumber)
        _row(top, translate("laporan_dialog", "Petu&gas:"), self.petugas)
        _row(top, translate("laporan_dialog", "&Total KK:"), self.total_kk)

        self.lama_check = QCheckBox(translate("laporan_dialog", "S&kala lama (JSP/JSSP/sharing/OD)"))
        self.lama_check.setToolTip(translate(
            "laporan_dialog", "Untuk laporan lama yang memakai skala JSP/JSSP/sharing/OD. "
            "Angkanya disimpan apa adanya dan dipetakan ke tangga akses."))
        self.rung_edits = {rung: _count_edit("0") for rung in Rung}
        self.ladder = QWidget()
        ladder_form = QFormLayout(self.ladder)
        ladder_form.setContentsMargins(0, 0, 0, 0)
        for rung in Rung:
            _row(ladder_form, translate("laporan_dialog", RUNG_MNEMONICS[rung]), self.rung_edits[rung])
        self.old_edits = {name: _count_edit("0") for name, _t, _f in OLD_FIELDS}
        self.old = QWidget()
        old_form = QFormLayout(self.old)
        old_form.setContentsMargins(0, 0, 0, 0)
        for name, text, _field in OLD_FIELDS:
            target = QLabel(f"→ {translate('messages_sanitasi', RUNG_LABELS[PEMETAAN[name]])}")
            target.setObjectName(f"pemetaan_{name}")
            _row(old_form, translate("laporan_dialog", text), self.old_edits[name], target)
        self.akses_label = QLabel()
        self.jumlah_label = QLabel()
        pilar1 = QGroupBox(translate("laporan_dialog", "Pilar 1 Stop BABS: tangga akses jamban "
                                     "(jumlah KK)"))
        pilar1_layout = QVBoxLayout(pilar1)
        pilar1_layout.addWidget(self.lama_check)
        pilar1_layout.addWidget(self.ladder)
        pilar1_layout.addWidget(self.old)
        pilar1_layout.addWidget(self.akses_label)
        pilar1_layout.addWidget(self.jumlah_label)
        pilar1_layout.addStretch(1)

        not_recorded = translate("laporan_dialog", "belum didata")
        self.pilar_edits = {p: _count_edit(not_recorded) for p in Pilar}
        self.tiga_pilar = _count_edit(not_recorded)
        pilar = QGroupBox(translate("laporan_dialog", "Pilar 2–5 (jumlah KK yang menerapkan)"))
        pilar_form = QFormLayout(pilar)
        for p in Pilar:
            _row(pilar_form, translate("laporan_dialog", PILAR_MNEMONICS[p]),
                 self.pilar_edits[p]).setToolTip(translate("messages_sanitasi", PILAR_NAMES[p]))
        _row(pilar_form, translate("laporan_dialog", "KK menerapkan ≥3 p&ilar:"), self.tiga_pilar)
        self.bounds_label = QLabel()
        self.bounds_label.setWordWrap(True)
        pilar_form.addRow(self.bounds_label)
        hint = QLabel(translate("laporan_dialog", "Kosongkan pilar yang tidak didata bulan ini."))
        hint.setWordWrap(True)
        pilar_form.addRow(hint)

        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setMaximumHeight(60)
        bottom = QFormLayout()
        _row(bottom, translate("laporan_dialog", "&Catatan:"), self.catatan)
        self.problems = ProblemLabel()
        self.buttons = SaveButtons()
        self.ok_button = self.buttons.ok_button
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(pilar1, 1)
        columns.addWidget(pilar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [self.bulan, self.tahun, self.sumber, self.petugas, self.total_kk,
                                self.lama_check, *self.rung_edits.values(),
                                *self.old_edits.values(), *self.pilar_edits.values(),
                                self.tiga_pilar, self.catatan, self.ok_button,
                                self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for edit in self._count_edits():
            edit.textChanged.connect(self._on_edit)
        self.lama_check.toggled.connect(self._mode_changed)
        for combo in (self.bulan, self.sumber):
            combo.currentIndexChanged.connect(self._on_edit)
        self.tahun.valueChanged.connect(self._on_edit)
        self.petugas.textChanged.connect(self._on_edit)
        self.catatan.textChanged.connect(self._on_edit)

    def _count_edits(self) -> list[QLineEdit]:
        return [self.total_kk, *self.rung_edits.values(), *self.old_edits.values(),
                *self.pilar_edits.values(), self.tiga_pilar]

    def _load(self, lap: LaporanSanitasi | None, periode: Periode) -> None:
        shown = lap.periode if lap else periode
        self.bulan.setCurrentIndex(shown.month - 1)
        self.tahun.setValue(shown.year)
        if lap is None:
            self.sumber.setCurrentIndex(self.sumber.findData(Sumber.MONITORING))
            self._mode_changed(False)
            return
        self.sumber.setCurrentIndex(self.sumber.findData(lap.sumber))
        self.petugas.setText(lap.petugas)
        self.total_kk.setText(number(lap.total_kk))
        for rung, edit in self.rung_edits.items():
            edit.setText(number(lap.rung(rung)))
        if lap.lama is not None:
            for name, edit in self.old_edits.items():
                edit.setText(number(getattr(lap.lama, name)))
        for p, edit in self.pilar_edits.items():
            edit.setText(number(lap.pilar_kk(p)))
        self.tiga_pilar.setText(number(lap.kk_tiga_pilar))
        self.catatan.setPlainText(lap.catatan)
        self.lama_check.setChecked(lap.lama is not None)
        self._mode_changed(lap.lama is not None)

    # -- reading --------------------------------------------------------------------------
    def periode(self) -> Periode:
        return Periode(self.tahun.value(), self.bulan.currentIndex() + 1)

    def edited(self) -> tuple[LaporanSanitasi | None, list[Problem]]:
        """The report as typed, or None when a field cannot be read; plus the reading problems."""
        problems: list[Problem] = []

        def count(edit: QLineEdit, name: str) -> int | None:
            value, found = parse_count(edit.text(), name, MAX_KK_LAPORAN)
            problems.extend(found)
            return value

        total = count(self.total_kk, "total_kk")
        if total is None and not self.total_kk.text().strip():
            problems.append(Problem.error("total_kk", "required"))
        lama: TanggaLama | None = None
        if self.lama_check.isChecked():
            old = {name: count(self.old_edits[name], field) or 0 for name, _t, field in OLD_FIELDS}
            lama = TanggaLama(**old)
            tangga = tangga_dari_lama(lama)
        else:
            tangga = {rung: count(edit, rung.value) or 0 for rung, edit in self.rung_edits.items()}
        pilar = {p: count(edit, p.value) for p, edit in self.pilar_edits.items()}
        tiga = count(self.tiga_pilar, "kk_tiga_pilar")
        if problems or total is None:
            return None, problems
        values: dict[str, object] = dict(
            periode=self.periode(), total_kk=total, tangga=tangga, pilar=pilar, kk_tiga_pilar=tiga,
            sumber=self.sumber.currentData(), petugas=self.petugas.text().strip(),
            catatan=self.catatan.toPlainText().strip(), lama=lama)
        base = self.laporan or LaporanSanitasi(periode=self.periode(), total_kk=0, tangga={})
        return base.with_changes(**values), []

    # -- live feedback --------------------------------------------------------------------
    def _mode_changed(self, old_scale: bool) -> None:
        self.ladder.setVisible(not old_scale)
        self.old.setVisible(old_scale)
        self._on_edit()

    def _on_edit(self) -> None:
        if self._loading:
            return
        self.buttons.reset()
        lap, problems = self.edited()
        self._show_problems(problems)
        self._update_figures(lap)

    def _update_figures(self, lap: LaporanSanitasi | None) -> None:
        if lap is None:
            self.akses_label.setText(translate("laporan_dialog", "Akses: – · BABS: –"))
            self.jumlah_label.setText(translate("laporan_dialog", "Jumlah tangga: –"))
            self.bounds_label.setText("")
            return
        akses, babs = sum(lap.rung(r) for r in ODF_RUNGS), sum(lap.rung(r) for r in BABS_RUNGS)
        self.akses_label.setText(translate(
            "laporan_dialog", "Akses: {akses} dari {total} KK ({persen}) · BABS: {babs} KK").format(
            akses=number(akses), total=number(lap.total_kk),
            persen=percent(share(akses, lap.total_kk)), babs=number(babs)))
        fits = lap.ladder_sum == lap.total_kk
        jumlah = (translate("laporan_dialog", "Jumlah tangga: {jumlah} (cocok dengan total KK)") if fits
                  else translate("laporan_dialog",
                                 "Jumlah tangga: {jumlah} (tidak cocok dengan total KK {total})"))
        self.jumlah_label.setText(jumlah.format(jumlah=number(lap.ladder_sum),
                                                total=number(lap.total_kk)))
        self.jumlah_label.setStyleSheet("" if fits else f"color: {ERROR_COLOUR};")
        bounds = three_pillar_bounds(lap)
        self.bounds_label.setText(
            "" if bounds is None else
            translate("laporan_dialog", "Menurut angka per pilar, KK yang menerapkan ≥3 pilar "
                      "antara {bawah} dan {atas}.").format(bawah=number(bounds[0]),
                                                          atas=number(bounds[1])))

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems)
        edits: dict[str, QWidget] = {"total_kk": self.total_kk, "kk_tiga_pilar": self.tiga_pilar,
                                     "petugas": self.petugas, "catatan": self.catatan}
        edits.update({r.value: e for r, e in self.rung_edits.items()})
        edits.update({p.value: e for p, e in self.pilar_edits.items()})
        edits.update({f: self.old_edits[n] for n, _t, f in OLD_FIELDS})
        marked = {p.field: p for p in problems}
        for _n, _t, f in OLD_FIELDS:  # a wrong old-scale sum marks all four old counts
            if "lama" in marked and f not in marked:
                marked[f] = marked["lama"]
        for name, edit in edits.items():
            problem = marked.get(name)
            colour = None if problem is None else ERROR_COLOUR if problem.is_error else WARNING_COLOUR
            edit.setStyleSheet(f"border: 2px solid {colour};" if colour else "")

    # -- saving ---------------------------------------------------------------------------
    def accept_if_valid(self) -> bool:
        """Check and save; errors keep the dialog open, warnings are shown once to confirm."""
        lap, problems = self.edited()
        if lap is None:
            self._show_problems(problems)
            return False
        ws, kode = self.session.workspace, self.desa.kode
        try:
            problems = sanitasi_service.check_report(ws, kode, lap, self.today)
            self._show_problems(problems)
            if not self.buttons.may_save(lap, problems):
                return False
            self.saved = sanitasi_service.save_report(ws, kode, lap, self.today)
        except ValidationFailed as exc:
            self._show_problems(exc.problems)
            return False
        except KksError as exc:
            show_error(self, exc, translate("laporan_dialog", "Tidak dapat menyimpan laporan"))
            return False
        logger.info("saved report %s of %s", lap.periode, kode)
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, session: UiSession, desa: Desa,
            laporan: LaporanSanitasi | None = None,
            periode: Periode | None = None) -> SavedLaporan | None:
        """Show the dialog; the saved report (with its warnings), or None when cancelled."""
        dialog = cls(session, desa, laporan, periode, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.saved if accepted else None
