"""The household (KK) register: bulk and single writes, ordered id lists for the views, aggregates."""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.errors import RumahTanggaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga import (
    KUNCI_PERTANYAAN,
    Pembuangan,
    RumahTangga,
    praktik_dari,
    tangga_dari,
)
from kks_desktop.domain.rumah_tangga_hitung import HitunganKK
from kks_desktop.domain.sanitasi import Pilar, Rung
from kks_desktop.store.clock import date_value, new_uuid, now_text
from kks_desktop.store.riwayat_pemicu import tanpa_riwayat

# The stored columns of a household after its desa, in the order `_nilai` gives them.
_ISIAN = ("no_kk", "nama_kepala", "dusun", "rt", "rw", "alamat", "jumlah_jiwa", "tanggal",
          "petugas", *KUNCI_PERTANYAAN, "pembuangan", "tangga", *(p.value for p in Pilar))
_INSERT = (f"INSERT INTO rumah_tangga (desa_id, {', '.join(_ISIAN)}, uuid, created_at, updated_at) "
           f"VALUES ({', '.join('?' * (len(_ISIAN) + 4))})")
_UPDATE = (f"UPDATE rumah_tangga SET {', '.join(f'{c} = ?' for c in _ISIAN)}, updated_at = ? "
           "WHERE uuid = ?")
_SELECT = f"SELECT id, desa_id, {', '.join(_ISIAN)}, uuid, updated_at FROM rumah_tangga"
_BOOL = {True: 1, False: 0, None: None}
_PILAR = tuple(Pilar)
_PAGE = 500  # ids per `IN (...)` query, well inside SQLite's variable limit


def _nilai(rt: RumahTangga) -> tuple[object, ...]:
    """The stored values of `_ISIAN`, the derived ones computed here, at every write (kept
    lean: a 300k-row import calls it once per row)."""
    tangga = tangga_dari(rt.jawaban, rt.pembuangan)
    tanggal = rt.tanggal
    return (rt.no_kk, rt.nama_kepala, rt.dusun, rt.rt, rt.rw, rt.alamat, rt.jumlah_jiwa,
            tanggal.isoformat() if tanggal is not None else None, rt.petugas,
            *map(_BOOL.__getitem__, rt.jawaban),
            rt.pembuangan.value if rt.pembuangan is not None else None,
            tangga.value if tangga is not None else None,
            *(_BOOL[praktik_dari(rt.jawaban, p)] for p in _PILAR))


def _dari_baris(row: Sequence[Any]) -> RumahTangga:
    """A household from a `_SELECT` row (after its id and desa_id)."""
    n = len(KUNCI_PERTANYAAN)
    answers = tuple(None if v is None else bool(v) for v in row[11:11 + n])
    outlet = row[11 + n]
    return RumahTangga(
        no_kk=row[2], nama_kepala=row[3], dusun=row[4], rt=row[5], rw=row[6], alamat=row[7],
        jumlah_jiwa=row[8], tanggal=date_value(row[9]), petugas=row[10], jawaban=answers,
        pembuangan=Pembuangan(outlet) if outlet is not None else None, uuid=row[-2],
        updated_at=row[-1])


class RumahTanggaStore:
    """Repository for `rumah_tangga`; households are matched on uuid."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn

    def desa_id(self, kode: KodeWilayah) -> int | None:
        row = self.conn.execute("SELECT id FROM desa WHERE kode = ?", [str(kode)]).fetchone()
        return None if row is None else int(row[0])

    # --- writes (call inside a transaction) ---

    def tanpa_riwayat(self) -> AbstractContextManager[None]:
        """Inside a transaction: a bulk load (an import) that the change history does not record
        row by row; the backup made before the import guards it instead."""
        return tanpa_riwayat(self.conn, "rumah_tangga")

    def tambah_banyak(self, desa_id: int, households: Iterable[RumahTangga]) -> list[str]:
        """Insert new households of one desa (a uuid given is kept); returns their uuids."""
        stamp = now_text()
        uuids: list[str] = []

        def rows() -> Iterable[tuple[object, ...]]:
            for rt in households:
                uuid = rt.uuid or new_uuid()
                uuids.append(uuid)
                yield (desa_id, *_nilai(rt), uuid, stamp, stamp)
        self.conn.executemany(_INSERT, rows())
        return uuids

    def ubah_banyak(self, households: Iterable[RumahTangga]) -> int:
        """Write households over the stored ones with the same uuid; returns how many matched."""
        stamp = now_text()
        cur = self.conn.executemany(_UPDATE, ((*_nilai(rt), stamp, rt.uuid) for rt in households))
        return int(cur.rowcount)

    def simpan(self, desa_id: int, rt: RumahTangga) -> RumahTangga:
        """Add a household (no uuid) or write over the stored one; returns it as stored."""
        if rt.uuid and self.ubah_banyak([rt]):
            return self.ambil(rt.uuid)
        uuid = self.tambah_banyak(desa_id, [rt])[0]
        return self.ambil(uuid)

    def hapus(self, uuids: Iterable[str]) -> int:
        cur = self.conn.executemany("DELETE FROM rumah_tangga WHERE uuid = ?", ([u] for u in uuids))
        return int(cur.rowcount)

    # --- reads ---

    def ambil(self, uuid: str) -> RumahTangga:
        """Raises RumahTanggaNotFound."""
        row = self.conn.execute(f"{_SELECT} WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            raise RumahTanggaNotFound(uuid)
        return _dari_baris(row)

    def jumlah(self, desa_id: int | None = None) -> int:
        if desa_id is None:
            return int(self.conn.execute("SELECT count(*) FROM rumah_tangga").fetchone()[0])
        return int(self.conn.execute("SELECT count(*) FROM rumah_tangga WHERE desa_id = ?",
                                     [desa_id]).fetchone()[0])

    def id_urut(self, desa_id: int | None = None, cari: str = "") -> array[int]:
        """The ids of the households shown, in the order shown (desa, RW, RT, name), read off
        the index: 8 bytes each, where a row in Python or Qt costs ~0.7 KB.

        `cari` keeps those whose name contains it (any case) or whose No. KK starts with it.
        """
        where: list[str] = []
        params: list[object] = []
        if desa_id is not None:
            where.append("desa_id = ?")
            params.append(desa_id)
        cari = cari.strip()
        if cari:
            where.append("(nama_kepala LIKE ? ESCAPE '\\' OR no_kk LIKE ? ESCAPE '\\')")
            escaped = cari.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params += [f"%{escaped}%", f"{escaped}%"]
        sql = "SELECT id FROM rumah_tangga"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY desa_id, rw, rt, nama_kepala"
        ids: array[int] = array("q")
        cur = self.conn.execute(sql, params)
        while chunk := cur.fetchmany(10_000):
            ids.extend(r[0] for r in chunk)
        return ids

    def baris(self, ids: Sequence[int]) -> dict[int, tuple[int, RumahTangga]]:
        """(desa_id, household) for each of `ids` that exists, keyed by id."""
        found: dict[int, tuple[int, RumahTangga]] = {}
        for start in range(0, len(ids), _PAGE):
            part = list(ids[start:start + _PAGE])
            marks = ", ".join("?" * len(part))
            for row in self.conn.execute(f"{_SELECT} WHERE id IN ({marks})", part):
                found[int(row[0])] = (int(row[1]), _dari_baris(row))
        return found

    def semua_desa(self, desa_id: int) -> Iterable[RumahTangga]:
        """Every household of one desa, in the order shown, one at a time."""
        for row in self.conn.execute(f"{_SELECT} WHERE desa_id = ? ORDER BY rw, rt, nama_kepala",
                                     [desa_id]):
            yield _dari_baris(row)

    def ganda(self, desa_id: int) -> dict[int, str]:
        """The households of a desa that look entered twice, id → why: "no_kk" (the No. KK is
        also on another household, in any desa) or "nama_rt" (same name, RT and RW here)."""
        found: dict[int, str] = {}
        for (hid,) in self.conn.execute(
                """SELECT h.id FROM rumah_tangga h WHERE h.desa_id = ? AND h.no_kk <> ''
                   AND EXISTS (SELECT 1 FROM rumah_tangga o WHERE o.no_kk = h.no_kk
                               AND o.no_kk <> '' AND o.id <> h.id)""", [desa_id]):
            found[int(hid)] = "no_kk"
        for (hid,) in self.conn.execute(
                """SELECT h.id FROM rumah_tangga h JOIN (
                       SELECT lower(trim(nama_kepala)) AS n, rt, rw FROM rumah_tangga
                       WHERE desa_id = ? GROUP BY 1, 2, 3 HAVING count(*) > 1) g
                   ON lower(trim(h.nama_kepala)) = g.n AND h.rt = g.rt AND h.rw = g.rw
                   WHERE h.desa_id = ?""", [desa_id, desa_id]):
            found.setdefault(int(hid), "nama_rt")
        return found

    def hitungan(self, within: KodeWilayah | None = None) -> dict[str, HitunganKK]:
        """The register's counts per desa inside `within`, keyed by desa kode; one pass over
        the covering index `rumah_tangga_hitung`."""
        pillars = [p.value for p in Pilar]
        sums = ", ".join(f"total({p}), count({p})" for p in pillars)
        three = " + ".join(f"coalesce({p}, 0)" for p in pillars)
        rows = self.conn.execute(
            f"""SELECT d.kode, h.tangga, count(*), {sums}, total(({three}) >= 3)
                FROM rumah_tangga h JOIN desa d ON d.id = h.desa_id
                WHERE d.kode LIKE ? GROUP BY h.desa_id, h.tangga""",
            [f"{within}%" if within is not None else "%"])
        result: dict[str, HitunganKK] = {}
        for row in rows:
            h = result.setdefault(row[0], HitunganKK())
            if row[1] is None:
                h.tanpa_tangga += row[2]
            else:
                h.tangga[Rung(row[1])] = row[2]
            for i, p in enumerate(Pilar):
                h.praktik[p] = h.praktik.get(p, 0) + int(row[3 + 2 * i])
                h.diketahui[p] = h.diketahui.get(p, 0) + int(row[4 + 2 * i])
            h.tiga_pilar += int(row[-1])
        return result

