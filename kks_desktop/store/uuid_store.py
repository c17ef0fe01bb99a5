"""Which record holds a uuid and under which parent, so an import never reuses one held elsewhere."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

# For each table whose rows travel: the uuid and the parent key (desa kode or session uuid).
_OWNER = {
    "desa": "SELECT x.uuid, x.kode FROM desa x",
    "pokja": "SELECT x.uuid, d.kode FROM pokja x JOIN desa d ON d.id = x.desa_id",
    "pokja_anggota": "SELECT x.uuid, d.kode FROM pokja_anggota x "
                     "JOIN pokja p ON p.id = x.pokja_id JOIN desa d ON d.id = p.desa_id",
    "laporan_sanitasi": "SELECT x.uuid, d.kode FROM laporan_sanitasi x "
                        "JOIN desa d ON d.id = x.desa_id",
    "odf_event": "SELECT x.uuid, d.kode FROM odf_event x JOIN desa d ON d.id = x.desa_id",
    "kegiatan": "SELECT x.uuid, x.wilayah_kode FROM kegiatan x",
    "kegiatan_peserta": "SELECT x.uuid, k.uuid FROM kegiatan_peserta x "
                        "JOIN kegiatan k ON k.id = x.kegiatan_id",
    "kegiatan_rtl": "SELECT x.uuid, k.uuid FROM kegiatan_rtl x "
                    "JOIN kegiatan k ON k.id = x.kegiatan_id",
}


class UuidStore:
    """Read-only lookups over the uuids of every travelling table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def pemilik(self, tabel: str, uuids: Iterable[str]) -> dict[str, str]:
        """For each of `uuids` that `tabel` holds, the parent key of its row: the desa kode
        (desa, Pokja, members, reports, ODF events), the region (sessions) or the session uuid
        (participants, RTL rows).

        Raises KeyError for a table that is not one of those.
        """
        sql = _OWNER[tabel]
        keys = sorted({u for u in uuids if u})
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update((str(r[0]), str(r[1])) for r in self.db.execute(
                f"{sql} WHERE x.uuid IN ({marks})", chunk))
        return found
