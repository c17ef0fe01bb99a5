"""The change history in groups, for the GUI: several saved actions undone as one (an import, a
folder of them), what went with a deleted record, and whose record a deleted row was."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence

from kks_desktop.domain.riwayat import Aksi, Entri
from kks_desktop.services import desa_service, kegiatan_service, pokja_service, riwayat_service
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)


def nomor_terakhir(ws: Workspace) -> int:
    """The id of the newest saved action (0 when there is none): read before a bulk action, so
    the actions it writes are the ones after it."""
    last = riwayat_service.aksi_terakhir(ws)
    return last.id if last is not None else 0


def aksi_sesudah(ws: Workspace, nomor: int) -> list[int]:
    """The ids of the saved actions written after action `nomor`, oldest first."""
    newest = nomor_terakhir(ws)
    return [i for i in range(nomor + 1, newest + 1) if ws.riwayat.aksi(i) is not None]


def ada(ws: Workspace, aksi_id: int) -> bool:
    """Whether the action was kept (one that changed nothing is not)."""
    return aksi_id > 0 and ws.riwayat.aksi(aksi_id) is not None


def balik_semua(ws: Workspace, aksi_ids: Sequence[int], judul: str) -> int:
    """Reverse the actions (newest first) as ONE new action titled `judul`, so reversing that
    one again puts them all back. Returns its id.

    Raises RiwayatBentrok, with nothing changed, when any of them cannot be reversed."""
    made = 0
    with ws.atomic(judul):
        for aksi_id in sorted(aksi_ids, reverse=True):
            made = riwayat_service.urungkan(ws, aksi_id)
    logger.info("reversed %s as action %s (%s)", list(aksi_ids), made, judul)
    return made


def ikut_terhapus(ws: Workspace, deleted: Sequence[tuple[Aksi, Entri]]) -> dict[int, Counter[str]]:
    """For each deleted record (by its entry id): how many rows of each table were deleted with
    it, itself not counted. One pass over each action, however many records it deleted."""
    roots: dict[int, list[Entri]] = defaultdict(list)
    for aksi, entri in deleted:
        roots[aksi.id].append(entri)
    result: dict[int, Counter[str]] = {}
    for aksi_id, found in roots.items():
        children = ws.riwayat.anak([e for e in ws.riwayat.entri_aksi(aksi_id)
                                    if e.operasi == "hapus"])
        for root in found:
            counts: Counter[str] = Counter()
            todo, seen = [root], {root.id}
            while todo:
                for child in children.get(todo.pop().id, []):
                    if child.id not in seen:
                        seen.add(child.id)
                        counts[child.tabel] += 1
                        todo.append(child)
            result[root.id] = counts
    return result


def nama_pemilik(ws: Workspace, entries: Sequence[Entri]) -> dict[str, str]:
    """The name of each record the entries hang on that is still here (desa, Pokja, session),
    by its uuid: "Silurah", "Pokja Silurah", "Orientasi KKS 2025"."""
    wanted = {e.induk for e in entries if e.induk}
    if not wanted:
        return {}
    names: dict[str, str] = {}
    desa = desa_service.desa_list(ws)
    names.update((d.uuid, d.nama) for d in desa)
    if wanted - names.keys():
        names.update((k.uuid, k.judul) for k in kegiatan_service.daftar(ws))
    if any(e.tabel == "pokja_anggota" for e in entries):
        for d in desa:
            pokja = pokja_service.pokja_for(ws, d.kode)
            if pokja.uuid:
                names[pokja.uuid] = f"Pokja {d.nama}"
    return {k: v for k, v in names.items() if k in wanted}
