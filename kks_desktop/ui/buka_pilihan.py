"""Carrying out the way out chosen for a workspace file that cannot be opened; nothing is deleted."""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kks_desktop.bahasa import QT_TRANSLATE_NOOP, translate
from kks_desktop.domain.errors import KksError
from kks_desktop.services import cadangan, pulih_berkas
from kks_desktop.store.periksa_berkas import writable
from kks_desktop.ui.buka_gagal_dialog import (
    BARU,
    COBA,
    LAIN,
    PULIHKAN,
    SALINAN,
    BukaGagalDialog,
)
from kks_desktop.ui.dialogs import show_error
from kks_desktop.ui.pengaturan_cadangan import hint
from kks_desktop.ui.pulih_dialog import PulihDialog

logger = logging.getLogger(__name__)

# Translated where used (context "buka_pilihan").
WORKSPACE_FILTER = QT_TRANSLATE_NOOP("buka_pilihan", "Berkas data KKS Desktop (*.db);;Semua berkas (*)")
RESCUE_NOTE = QT_TRANSLATE_NOOP(
    "buka_pilihan", "Berkas yang tidak dapat dibuka tidak dihapus: setelah ini Anda memilih apakah "
    "berkas itu diberi nama lain dan cadangan dipulihkan di tempatnya, atau cadangan "
    "dipulihkan ke berkas baru.")


def jalan_keluar(exc: Exception, path: Path, parent: QWidget | None = None) -> Path | None:
    """Tell why `path` cannot be opened, offer the ways out that fit and carry out the one
    chosen. Returns the workspace file to open next (None: the user closes the program).
    A step that fails or is cancelled brings the offers back."""
    while True:
        dialog = BukaGagalDialog(exc, path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.pilihan:
            return None
        try:
            chosen = _STEPS[dialog.pilihan](path, parent)
        except (KksError, OSError) as failure:
            logger.info("way out %s failed: %r", dialog.pilihan, failure)
            show_error(parent, failure)
            continue
        if chosen is not None:
            return chosen


class TempatDialog(QDialog):
    """Where a restored or new workspace goes: in place of the file that cannot be opened (which
    is kept under another name) or as a new file. `exec()` Accepted: `di_tempat()` says which."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        can_move = writable(path.parent)
        aside = f"{path.stem}-disisihkan-{dt.datetime.now():%Y%m%d-%H%M%S}{path.suffix}"
        self.in_place = QRadioButton(translate("buka_pilihan", "&Di tempat berkas ini ({nama})")
                                     .format(nama=path.name))
        self.new_file = QRadioButton(translate("buka_pilihan", "Sebagai berkas &baru"))
        self.in_place.setEnabled(can_move)
        group = QButtonGroup(self)
        for button in (self.in_place, self.new_file):
            group.addButton(button)
        (self.in_place if can_move else self.new_file).setChecked(True)
        in_place_hint = _hint(
            translate("buka_pilihan", "Berkas ini diberi nama {nama} di folder yang sama, tidak "
                      "dihapus. Lain kali program membuka data seperti biasa.").format(nama=aside)
            if can_move else
            translate("buka_pilihan", "Tidak mungkin: folder {folder} tidak dapat ditulisi.")
            .format(folder=path.parent))
        new_file_hint = _hint(translate(
            "buka_pilihan", "Pilih nama dan foldernya; berkas ini dibiarkan di tempatnya. Lain "
            "kali program menanyakan berkas ini lagi; pilih berkas baru itu dengan “Pilih berkas "
            "lain”."))
        buttons = QDialogButtonBox()
        buttons.addButton(translate("buka_pilihan", "&Lanjut"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("buka_pilihan", "Bata&l"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.in_place, in_place_hint, self.new_file, new_file_hint, buttons):
            layout.addWidget(widget)

    def di_tempat(self) -> bool:
        return self.in_place.isChecked()


def _hint(text: str) -> QLabel:
    """A grey line under a choice, indented to its text."""
    label = hint(text)
    label.setContentsMargins(24, 0, 0, 6)
    return label


def _place(path: Path, title: str, parent: QWidget | None) -> Path | None:
    """`path` itself (to be set aside first), a new file the user names, or None (cancelled)."""
    dialog = TempatDialog(path, title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.di_tempat():
        return path
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(path.with_name(f"{path.stem}-baru.db")),  # teks-tetap: a file name
        translate("buka_pilihan", WORKSPACE_FILTER))
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix else target.with_suffix(".db")


def _other(path: Path, parent: QWidget | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("buka_pilihan", "Pilih berkas data"), str(path.parent),
        translate("buka_pilihan", WORKSPACE_FILTER))
    return Path(chosen) if chosen else None


def _again(path: Path, _parent: QWidget | None) -> Path:
    return path


def _fresh(path: Path, parent: QWidget | None) -> Path | None:
    target = _place(path, translate("buka_pilihan", "Buat ruang kerja baru"), parent)
    if target is None:
        return None
    if target == path:
        aside = pulih_berkas.sisihkan(path)
        _tell(parent, translate("buka_pilihan", "Berkas lama disisihkan"),
              translate("buka_pilihan", "Berkas lama disimpan sebagai {lama}. Ruang kerja baru "
                        "dibuat di {berkas}.").format(lama=aside, berkas=path))
    elif target.exists():
        raise FileExistsError(errno.EEXIST, translate("buka_pilihan", "berkas sudah ada; pilih nama lain"),
                              str(target))
    return target


def _restore(path: Path, parent: QWidget | None) -> Path | None:
    dialog = PulihDialog(cadangan.folder_cadangan_berkas(path), None, parent,
                         translate("buka_pilihan", RESCUE_NOTE))
    if dialog.exec() != QDialog.DialogCode.Accepted or (info := dialog.terpilih()) is None:
        return None
    target = _place(path, translate("buka_pilihan", "Pulihkan cadangan ke…"), parent)
    if target is None:
        return None
    kept = ""
    if target == path:
        _info, aside = pulih_berkas.pulihkan_di_tempat(info.path, path)
        kept = translate("buka_pilihan", " Berkas lama disimpan sebagai {lama}.").format(lama=aside)
    else:
        pulih_berkas.pulihkan_ke_berkas(info.path, target)
    _tell(parent, translate("buka_pilihan", "Cadangan dipulihkan"),
          translate("buka_pilihan", "Cadangan {cadangan} dipulihkan ke {berkas}.").format(
              cadangan=info.path.name, berkas=target) + kept)
    return target


def _copy(path: Path, parent: QWidget | None) -> Path:
    copy = pulih_berkas.buat_salinan(path)
    _tell(parent, translate("buka_pilihan", "Salinan dibuka"),
          translate("buka_pilihan", "Salinan dibuat di {salinan} dan dibuka sekarang. Perubahan "
                    "tersimpan di salinan ini, bukan di {asli}. Untuk kembali ke berkas asli, salin "
                    "berkas ini ke tempatnya setelah tanda hanya-bacanya dihilangkan.").format(
              salinan=copy, asli=path))
    return copy


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    logger.info("%s: %s", title, text)
    QMessageBox.information(parent, title, text)


_STEPS: dict[str, Callable[[Path, QWidget | None], Path | None]] = {
    PULIHKAN: _restore, LAIN: _other, BARU: _fresh, SALINAN: _copy, COBA: _again}
