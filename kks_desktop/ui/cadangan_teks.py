"""How the GUI says when a backup was made: "hari ini 09.15", and the last-backup line with its warning."""

from __future__ import annotations

import datetime as dt
import logging

from kks_desktop import messages
from kks_desktop.bahasa import translate
from kks_desktop.services.cadangan import InfoCadangan
from kks_desktop.ui.formatting import number, table_date

logger = logging.getLogger(__name__)


def waktu_singkat(when: dt.datetime, now: dt.datetime) -> str:
    """"hari ini 09.15", "kemarin 17.40", "19/11/2026 09.15" (the Indonesian time notation)."""
    jam = when.strftime("%H.%M")
    if when.date() == now.date():
        return translate("cadangan_teks", "hari ini {jam}").format(jam=jam)
    if when.date() == now.date() - dt.timedelta(days=1):
        return translate("cadangan_teks", "kemarin {jam}").format(jam=jam)
    return f"{table_date(when.date())} {jam}"


def umur_hari(when: dt.datetime, now: dt.datetime) -> int:
    """Whole days between `when` and `now` (0 on the same day)."""
    return max(0, (now.date() - when.date()).days)


def status_cadangan(last: dt.datetime | None, now: dt.datetime,
                    peringatan_hari: int) -> tuple[str, bool]:
    """("Cadangan terakhir: hari ini 09.15", False), or the text and True when there is no
    backup yet or the last one is older than `peringatan_hari` days."""
    if last is None:
        return translate("cadangan_teks", "Belum ada cadangan"), True
    text = translate("cadangan_teks", "Cadangan terakhir: {kapan}").format(kapan=waktu_singkat(last, now))
    if now - last <= dt.timedelta(days=peringatan_hari):
        return text, False
    return translate("cadangan_teks", "{teks} ({hari} hari lalu)").format(
        teks=text, hari=number(umur_hari(last, now))), True


def jenis_text(info: InfoCadangan) -> str:
    """"harian", "dibuat manual", "sebelum pemulihan"... (the kind a backup was made as)."""
    return translate("messages", messages.BACKUP_KINDS.get(info.jenis, info.jenis))


def dibuat_text(info: InfoCadangan, now: dt.datetime) -> str:
    """When a backup was made, or "tidak diketahui" for a copy made elsewhere."""
    return waktu_singkat(info.dibuat, now) if info.dibuat else translate("cadangan_teks",
                                                                          "tidak diketahui")
