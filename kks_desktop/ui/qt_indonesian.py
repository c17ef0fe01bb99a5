"""Indonesian for Qt's own button and dialog texts (Qt ships no qtbase_id.qm)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# Source texts as Qt 6 writes them (contexts QPlatformTheme, QMessageBox, QDialogButtonBox...).
QT_TEXTS = {  # teks-tetap: Qt's own texts, answered in Indonesian
    "OK": "OK", "&OK": "&OK",
    "Save": "Simpan", "&Save": "&Simpan",
    "Save All": "Simpan Semua",
    "Open": "Buka", "&Open": "&Buka",
    "Cancel": "Batal", "&Cancel": "&Batal",
    "Close": "Tutup", "&Close": "&Tutup",
    "Discard": "Buang", "Don't Save": "Jangan Simpan", "Close without Saving": "Tutup tanpa Menyimpan",
    "Apply": "Terapkan", "Reset": "Atur Ulang", "Restore Defaults": "Kembalikan Bawaan",
    "Help": "Bantuan", "&Help": "&Bantuan",
    "Yes": "Ya", "&Yes": "&Ya", "Yes to All": "Ya untuk Semua", "Yes to &All": "Ya untuk &Semua",
    "No": "Tidak", "&No": "&Tidak", "No to All": "Tidak untuk Semua", "N&o to All": "T&idak untuk Semua",
    "Abort": "Batalkan", "Retry": "Coba Lagi", "Ignore": "Abaikan",
    "Show Details...": "Tampilkan Rincian…", "Hide Details...": "Sembunyikan Rincian…",
    "&Undo": "&Urungkan", "&Redo": "&Ulangi", "Cu&t": "Po&tong", "&Copy": "&Salin",
    "&Paste": "T&empel", "Delete": "Hapus", "Select All": "Pilih Semua",
    "Look in:": "Cari di:", "File &name:": "&Nama berkas:", "Files of type:": "Jenis berkas:",
    "&Choose": "&Pilih", "Directory:": "Folder:", "File": "Berkas", "Folder": "Folder",
}


class IndonesianQtTranslator(QTranslator):
    """Answers Qt's own strings in Indonesian; everything else is left to other translators."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        # None (a null QString) means "not translated here"; an empty string would count as a
        # translation and blank every other Qt string (QT_LAYOUT_DIRECTION among them).
        return QT_TEXTS.get(source_text)  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
