"""The change history for the GUI and CLI: a record's versions, undo and redo of a saved action,
deleted records brought back, an earlier version put back; each of those is itself recorded."""

from __future__ import annotations

import logging

from kks_desktop.bahasa import tetap_indonesia
from kks_desktop.domain.riwayat import Aksi, Entri
from kks_desktop.messages_riwayat import judul_aksi, judul_entri
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)

# The records a user deletes on purpose, which "Data terhapus" lists (their rows hanging on them
# come back with them).
REKAMAN_UTAMA = ("desa", "pokja_anggota", "laporan_sanitasi", "odf_event", "kegiatan",
                 "kegiatan_peserta", "kegiatan_rtl", "kesiapan_jawaban")


def rekaman(ws: Workspace, uuid: str) -> list[tuple[Aksi, list[Entri]]]:
    """The saved actions that touched the record (and what hangs on it), newest first."""
    return ws.riwayat.untuk(uuid)


def aksi_terakhir(ws: Workspace) -> Aksi | None:
    """The newest saved action, e.g. the one an import just wrote."""
    return ws.riwayat.aksi_terakhir()


def judul(ws: Workspace, aksi: Aksi) -> str:
    """What the action did, in a few words: its own title, or one made from its changes."""
    return aksi.judul or judul_aksi(ws.riwayat.entri_aksi(aksi.id))


@tetap_indonesia
def urungkan(ws: Workspace, aksi_id: int) -> int:
    """Undo a saved action (or redo it, given the action that undid it): its changes are
    reversed, newest first, as a new action. Returns that action's id.

    Raises RiwayatBentrok, with nothing changed, when a record it touched was changed since."""
    found = ws.riwayat.aksi(aksi_id)
    if found is None:
        raise ValueError(f"no action {aksi_id}")
    what = judul(ws, found)
    prefix = "Ulangi" if found.membalik is not None else "Urungkan"
    return ws.riwayat.balik(aksi_id, f"{prefix}: {what.split(': ', 1)[-1]}")


def terhapus(ws: Workspace, batas: int = 500) -> list[tuple[Aksi, Entri]]:
    """Deleted records that are not back, newest first (rows deleted with their parent are
    left out: they come back with it)."""
    return ws.riwayat.terhapus(REKAMAN_UTAMA, batas)


@tetap_indonesia
def pulihkan_terhapus(ws: Workspace, entri: Entri) -> int:
    """Bring back a deleted record with everything deleted with it. Raises RiwayatBentrok."""
    return ws.riwayat.pulihkan_terhapus(entri.id, f"Pulihkan {judul_entri(entri)}")


@tetap_indonesia
def kembalikan_versi(ws: Workspace, entri: Entri) -> int:
    """Put the record back as it was before this change. Raises RiwayatBentrok."""
    return ws.riwayat.kembalikan_versi(entri.id, f"Kembalikan versi lama {judul_entri(entri)}")
