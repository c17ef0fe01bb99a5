"""The household (KK) register: bulk and single writes, ordered id lists for the views, aggregates."""

from __future__ import annotations

import re
import sqlite3
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from kks_desktop.domain.errors import RumahTanggaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.rumah_tangga import (
    BAGIAN_PILAR,
    KUNCI_PERTANYAAN,
    PILAR_NOMOR,
    TANPA_JAWABAN,
    Jawaban,
    Pembuangan,
    RumahTangga,
    praktik_dari,
    tangga_dari,
)
from kks_desktop.domain.rumah_tangga_hitung import HitunganKK
from kks_desktop.domain.sanitasi import Pilar, Rung
from kks_desktop.store.clock import date_value, now_text, uuids_berurut
from kks_desktop.store.riwayat_pemicu import tanpa_riwayat

# The stored columns of a household after its desa, in the order `_nilai` gives them.
_ISIAN = ("no_kk", "nama_kepala", "dusun", "rt", "rw", "alamat", "jumlah_jiwa", "tanggal",
          "petugas", *KUNCI_PERTANYAAN, "pembuangan", "tangga", *(p.value for p in Pilar))
_INSERT = (f"INSERT INTO rumah_tangga (desa_id, {', '.join(_ISIAN)}, uuid, created_at, updated_at) "
           f"VALUES ({', '.join('?' * (len(_ISIAN) + 4))})")
_UPDATE = (f"UPDATE rumah_tangga SET {', '.join(f'{c} = ?' for c in _ISIAN)}, updated_at = ? "
           "WHERE uuid = ?")
_SELECT = f"SELECT id, desa_id, {', '.join(_ISIAN)}, uuid, updated_at FROM rumah_tangga"
# The values `nilai_desa` gives per household, in this order.
KOLOM_NILAI = (*_ISIAN, "uuid")
_BOOL = {True: 1, False: 0, None: None}
_PAGE = 500  # ids per `IN (...)` query, well inside SQLite's variable limit
_CACHE_MUAT_KIB = 65_536  # page cache while loading in bulk (SQLite's default is 2 MiB)
_first = itemgetter(0)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Ingat(dict[K, V], Generic[K, V]):
    """`fn(key)` for each key, computed once: the few answer patterns of a pillar (at most
    3^5 = 243) repeat over every row."""

    def __init__(self, fn: Callable[[K], V]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: K) -> V:
        value = self[key] = self.fn(key)
        return value


def _dengan(bagian: slice, jawaban: tuple[bool | None, ...]) -> Jawaban:
    """A full answer tuple holding `jawaban` at `bagian` (the rest unanswered)."""
    full = list(TANPA_JAWABAN)
    full[bagian] = jawaban
    return tuple(full)


Bagian = tuple[bool | None, ...]  # one pillar's answers
Tersimpan = tuple[int | None, ...]  # the same as stored: 1, 0 or NULL (exact ints bind fast)


def _pilar_tersimpan(pilar: Pilar) -> _Ingat[Bagian, tuple[Tersimpan, int | None]]:
    """A pillar's answers as stored, and whether the pillar is practised (1/0/None)."""
    bagian = BAGIAN_PILAR[PILAR_NOMOR[pilar]]
    return _Ingat(lambda j: (tuple(_BOOL[v] for v in j),
                             _BOOL[praktik_dari(_dengan(bagian, j), pilar)]))


def _tangga(key: tuple[Bagian, Pembuangan | None]) -> tuple[Tersimpan, tuple[str | None, ...]]:
    """Pillar 1's answers as stored, and the stored outlet and rung."""
    rung = tangga_dari(_dengan(_P1, key[0]), key[1])
    return (tuple(_BOOL[v] for v in key[0]),
            (key[1].value if key[1] is not None else None,
             rung.value if rung is not None else None))


# The answers as stored and what the domain's rules derive from them, per pillar and pattern.
_P1, _P2, _P3, _P4, _P5 = (BAGIAN_PILAR[n] for n in (1, 2, 3, 4, 5))
_TANGGA = _Ingat(_tangga)
_CTPS, _PAMM, _PSRT, _PLCRT = (_pilar_tersimpan(p) for p in Pilar)


def _nilai(rt: RumahTangga) -> tuple[object, ...]:
    """The stored values of `_ISIAN`, the derived ones by the domain's rules, at every write.
    Kept lean, as a 300k-row import calls it once per row: each pillar's answers are looked up
    by pattern, already as the exact ints 1/0 (sqlite3 binds a bool ~10× slower than an int)
    beside the rung or "practised" they give."""
    j = rt.jawaban
    tanggal = rt.tanggal
    a1, tangga = _TANGGA[j[_P1], rt.pembuangan]
    a2, ctps = _CTPS[j[_P2]]
    a3, pamm = _PAMM[j[_P3]]
    a4, psrt = _PSRT[j[_P4]]
    a5, plcrt = _PLCRT[j[_P5]]
    return (rt.no_kk, rt.nama_kepala, rt.dusun, rt.rt, rt.rw, rt.alamat, rt.jumlah_jiwa,
            tanggal.isoformat() if tanggal is not None else None, rt.petugas,
            *a1, *a2, *a3, *a4, *a5, *tangga, ctps, pamm, psrt, plcrt)


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

    @contextmanager
    def tanpa_riwayat(self) -> Iterator[None]:
        """Inside a transaction: a bulk load (an import) that the change history does not record
        row by row; the backup made before the import guards it instead.

        Meanwhile the page cache is larger, so index pages are written once rather than spilled
        and read back; and into an empty register the indexes other than the uuid's are made
        once at the end, from the rows loaded, instead of row by row (300k KK: ~30% faster);
        inside the block only write (by uuid), as reads by desa or No. KK lack their index.
        """
        before = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {min(before, -_CACHE_MUAT_KIB)}")
        later = self._indeks_sesudahnya()
        try:
            with tanpa_riwayat(self.conn, "rumah_tangga"):
                yield
        finally:
            for sql in later:
                self.conn.execute(sql)
            self.conn.execute(f"PRAGMA cache_size = {before}")

    def _indeks_sesudahnya(self) -> list[str]:
        """When the register is empty (and a transaction is open): drop its own indexes and
        return the statements that make them again."""
        if not self.conn.in_transaction or self.conn.execute(
                "SELECT 1 FROM rumah_tangga LIMIT 1").fetchone() is not None:
            return []
        found = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
            "tbl_name = 'rumah_tangga' AND sql IS NOT NULL").fetchall()
        for name, _sql in found:
            self.conn.execute(f"DROP INDEX [{name}]")
        # IF NOT EXISTS: an error that made SQLite roll back the transaction brought them back.
        return [re.sub(r"^CREATE (UNIQUE )?INDEX ", r"CREATE \1INDEX IF NOT EXISTS ", str(sql))
                for _name, sql in found]

    def tambah_banyak(self, desa_id: int, households: Iterable[RumahTangga]) -> list[str]:
        """Insert new households of one desa (a uuid given is kept); returns their uuids."""
        stamp = now_text()
        uuids: list[str] = []
        fresh = uuids_berurut()

        def rows() -> Iterable[tuple[object, ...]]:
            for rt in households:
                uuid = rt.uuid or next(fresh)
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

    def desa_dari_uuid(self, uuids: Sequence[str]) -> dict[str, int]:
        """The desa_id of each of `uuids` that is a stored household (an import checks the IDs
        it brings in one pass per 500, not one query per row)."""
        found: dict[str, int] = {}
        for start in range(0, len(uuids), _PAGE):
            part = list(uuids[start:start + _PAGE])
            marks = ", ".join("?" * len(part))
            found.update((str(u), int(d)) for u, d in self.conn.execute(
                f"SELECT uuid, desa_id FROM rumah_tangga WHERE uuid IN ({marks})", part))
        return found

    def jumlah(self, desa_id: int | None = None) -> int:
        if desa_id is None:
            return int(self.conn.execute("SELECT count(*) FROM rumah_tangga").fetchone()[0])
        return int(self.conn.execute("SELECT count(*) FROM rumah_tangga WHERE desa_id = ?",
                                     [desa_id]).fetchone()[0])

    def id_urut(self, desa_id: int | None = None, cari: str = "") -> array[int]:
        """The ids of the households shown, in the order shown (desa, RW, RT, name), read off
        the index: 8 bytes each, where a row in Python or Qt costs ~0.7 KB.

        `cari` keeps those whose name contains it (any case) or whose No. KK starts with it;
        the index `rumah_tangga_urut` holds both, so a search reads it alone, not the rows.
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
        while chunk := cur.fetchmany(50_000):
            ids.extend(map(_first, chunk))
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

    def nilai_desa(self, desa_id: int) -> Iterator[tuple[Any, ...]]:
        """Every household of one desa as its stored values in the order of KOLOM_NILAI (answers
        and pillars 1/0/None, rung and outlet keys, the date as ISO text), in the order shown,
        one row at a time and no object built: what an export of 300k rows streams."""
        return iter(self.conn.execute(
            f"SELECT {', '.join(KOLOM_NILAI)} FROM rumah_tangga WHERE desa_id = ? "
            "ORDER BY rw, rt, nama_kepala", [desa_id]))

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

