"""The change history: reading it per record and per `aksi`, and writing its reversals (undo,
redo, bringing back deleted records, putting back an earlier version), each a new `aksi`."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from kks_desktop.domain.errors import RiwayatBentrok
from kks_desktop.domain.riwayat import Aksi, Entri
from kks_desktop.store.clock import now_text
from kks_desktop.store.connection import KksDatabase
from kks_desktop.store.riwayat_pemicu import BentukTabel, bentuk

logger = logging.getLogger(__name__)

_ENTRI = "SELECT id, aksi_id, tabel, kunci, uuid, induk, operasi, lama, baru FROM riwayat"
_AKSI = "SELECT id, waktu, pengguna, judul, membalik FROM aksi"
_TETAP = frozenset({"id", "uuid", "created_at"})  # never put back from an earlier version


def _aksi(row: Sequence[Any]) -> Aksi:
    return Aksi(int(row[0]), str(row[1]), str(row[2]), str(row[3]),
                None if row[4] is None else int(row[4]))


def _entri(row: Sequence[Any]) -> Entri:
    return Entri(int(row[0]), None if row[1] is None else int(row[1]), str(row[2]),
                 tuple(json.loads(row[3])), row[4], row[5], str(row[6]),
                 None if row[7] is None else json.loads(row[7]),
                 None if row[8] is None else json.loads(row[8]))


def _baris(entry: Entri) -> dict[str, Any]:
    """The row's values the entry holds: as deleted, or as written."""
    return (entry.lama if entry.operasi == "hapus" else entry.baru) or {}


def _tanpa_cap(row: dict[str, Any] | None) -> dict[str, Any] | None:
    """The row without its last-saved time, which a save without changes also moves."""
    return None if row is None else {k: v for k, v in row.items() if k != "updated_at"}


class RiwayatStore:
    """Reads run on any connection; each reversal is one transaction filed as its own `aksi`
    that names the one it reverses (`membalik`)."""

    def __init__(self, db: KksDatabase) -> None:
        self.db = db
        self._bentuk: dict[str, BentukTabel] = {}

    def bentuk(self, tabel: str) -> BentukTabel:
        if tabel not in self._bentuk:
            self._bentuk[tabel] = bentuk(self.db.conn, tabel)
        return self._bentuk[tabel]

    # Reading

    def aksi(self, aksi_id: int) -> Aksi | None:
        row = self.db.execute(f"{_AKSI} WHERE id = ?", [aksi_id]).fetchone()
        return None if row is None else _aksi(row)

    def aksi_terakhir(self) -> Aksi | None:
        row = self.db.execute(f"{_AKSI} ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else _aksi(row)

    def entri_aksi(self, aksi_id: int) -> list[Entri]:
        return [_entri(r) for r in self.db.execute(f"{_ENTRI} WHERE aksi_id = ? ORDER BY id",
                                                   [aksi_id])]

    def untuk(self, uuid: str) -> list[tuple[Aksi, list[Entri]]]:
        """Every `aksi` that touched the record or the records hanging on it (its Pokja members,
        a session's participants, ...), newest first, each with the entries that concern it."""
        uuids, entries = {uuid}, dict[int, Entri]()
        frontier = {uuid}
        while frontier:  # records hang at most three deep (desa > pokja > anggota)
            marks = ",".join("?" * len(frontier))
            found = [_entri(r) for r in self.db.execute(
                f"{_ENTRI} WHERE uuid IN ({marks}) OR induk IN ({marks})",
                [*frontier, *frontier])]
            entries.update((e.id, e) for e in found)
            frontier = {e.uuid for e in found if e.uuid and e.uuid not in uuids}
            uuids |= frontier
        by_aksi: dict[int, list[Entri]] = {}
        for e in sorted(entries.values(), key=lambda e: e.id):
            by_aksi.setdefault(e.aksi_id or 0, []).append(e)
        result = []
        for aksi_id in sorted(by_aksi, reverse=True):
            found_aksi = self.aksi(aksi_id) or Aksi(0, "", "", "", None)
            result.append((found_aksi, self._dengan_anak(by_aksi[aksi_id], aksi_id)))
        return result

    def _dengan_anak(self, entries: list[Entri], aksi_id: int) -> list[Entri]:
        """The entries plus the rows deleted with them in the same `aksi` (a cascade leaves no
        parent uuid on them)."""
        if aksi_id == 0 or not any(e.operasi == "hapus" for e in entries):
            return entries
        return sorted(self.keturunan(self.entri_aksi(aksi_id), entries), key=lambda e: e.id)

    def keturunan(self, pool: list[Entri], roots: list[Entri]) -> list[Entri]:
        """`roots` and the entries of `pool` that hang on them, directly or further down."""
        children = self.anak(pool)
        chosen = {e.id: e for e in roots}
        todo = list(roots)
        while todo:
            for child in children.get(todo.pop().id, []):
                if child.id not in chosen:
                    chosen[child.id] = child
                    todo.append(child)
        return list(chosen.values())

    def anak(self, pool: Sequence[Entri]) -> dict[int, list[Entri]]:
        """The entries of `pool` hanging directly on each entry of it (by the parent's entry
        id), linked by the parent key the child's row held: a cascade leaves no parent uuid."""
        links = {t: self.bentuk(t).induk for t in {e.tabel for e in pool}}
        keys = {(parent, col) for link in links.values() if link for _own, parent, col in [link]}
        by_key: dict[tuple[str, str, Any], list[Entri]] = defaultdict(list)
        for e in pool:
            for tabel, col in keys:
                if tabel == e.tabel:
                    by_key[(tabel, col, _baris(e).get(col))].append(e)
        children: dict[int, list[Entri]] = defaultdict(list)
        for e in pool:
            link = links[e.tabel]
            if link is not None:
                own, parent, col = link
                for p in by_key.get((parent, col, _baris(e).get(own)), []):
                    children[p.id].append(e)
        return children

    def terhapus(self, tabel: Iterable[str], batas: int = 500) -> list[tuple[Aksi, Entri]]:
        """Deleted records of these tables that are not back (by uuid), newest first; rows that
        went with their parent (deleted in the same action) are left out: they come back with
        it."""
        names = list(tabel)
        marks = ",".join("?" * len(names))
        rows = self.db.execute(
            f"""{_ENTRI} WHERE operasi = 'hapus' AND tabel IN ({marks}) AND uuid IS NOT NULL
                ORDER BY id DESC""", names).fetchall()
        result: list[tuple[Aksi, Entri]] = []
        seen: set[str] = set()
        deleted_keys: dict[tuple[int | None, str, str], set[Any]] = {}
        for row in rows:
            e = _entri(row)
            if e.uuid in seen or self._ada(e.tabel, uuid=e.uuid) or self._ikut_induk(
                    e, deleted_keys):
                continue
            seen.add(e.uuid or "")
            result.append((self.aksi(e.aksi_id or 0) or Aksi(0, "", "", "", None), e))
            if len(result) >= batas:
                break
        return result

    def _ikut_induk(self, entry: Entri,
                    cache: dict[tuple[int | None, str, str], set[Any]]) -> bool:
        """Whether the row's parent was deleted in the same action; `cache` keeps, per action,
        the keys of the rows it deleted."""
        link = self.bentuk(entry.tabel).induk
        if link is None or entry.lama is None:
            return False
        own, parent, col = link
        key = (entry.aksi_id, parent, col)
        if key not in cache:
            cache[key] = {r[0] for r in self.db.execute(
                f"SELECT json_extract(lama, '$.{col}') FROM riwayat WHERE aksi_id IS ? AND "
                "operasi = 'hapus' AND tabel = ?", [entry.aksi_id, parent])}
        return entry.lama.get(own) in cache[key]

    def _ada(self, tabel: str, uuid: str | None = None, kunci: tuple[Any, ...] = ()) -> bool:
        if uuid is not None:
            sql, args = f"SELECT 1 FROM [{tabel}] WHERE uuid = ?", [uuid]
        else:
            sql, args = self._where(tabel, kunci, "SELECT 1")
        return self.db.execute(sql, args).fetchone() is not None

    def _where(self, tabel: str, kunci: tuple[Any, ...], head: str) -> tuple[str, list[Any]]:
        """`head FROM tabel WHERE <the primary key is kunci>` with its arguments."""
        return f"{head} FROM [{tabel}] WHERE {self._kondisi(tabel)}", list(kunci)

    def _kondisi(self, tabel: str) -> str:
        return " AND ".join(f"[{c}] = ?" for c in self.bentuk(tabel).kunci)

    def _sekarang(self, tabel: str, kunci: tuple[Any, ...]) -> dict[str, Any] | None:
        """The row as the history would write it now (blobs left out), or None."""
        b = self.bentuk(tabel)
        parts = ", ".join(f"'{c}', {'NULL' if c in b.blob else f'[{c}]'}" for c in b.kolom)
        sql, args = self._where(tabel, kunci, f"SELECT json_object({parts})")
        row = self.db.execute(sql, args).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    # Writing

    def balik(self, aksi_id: int, judul: str) -> int:
        """Undo `aksi_id` (or redo, when it was itself an undo) as a new `aksi`, newest entry
        first. Raises RiwayatBentrok, with nothing written, when a record it touched has changed
        since."""
        entries = self.entri_aksi(aksi_id)
        return self._sebagai_aksi(judul, aksi_id, lambda: self._balik(entries))

    def _balik(self, entries: list[Entri]) -> None:
        for e in reversed(entries):
            now = self._sekarang(e.tabel, e.kunci)
            if e.operasi == "hapus":
                if now is not None or (e.uuid and self._ada(e.tabel, uuid=e.uuid)):
                    raise RiwayatBentrok(e.tabel, e.uuid or "", "sudah_ada")
                self._sisipkan(e, {})
            elif _tanpa_cap(now) != _tanpa_cap(e.baru):
                raise RiwayatBentrok(e.tabel, e.uuid or "", "sudah_berubah")
            elif e.operasi == "tambah":
                sql, args = self._where(e.tabel, e.kunci, "DELETE")
                self.db.execute(sql, args)
            else:
                self._tulis(e.tabel, e.kunci, e.lama or {})

    def pulihkan_terhapus(self, entri_id: int, judul: str) -> int:
        """Bring back a deleted record with everything deleted with it (its members, reports,
        participants, ...) as a new `aksi`. A key taken since is given anew and its children
        follow. Raises RiwayatBentrok when the record is back already."""
        row = self.db.execute(f"{_ENTRI} WHERE id = ?", [entri_id]).fetchone()
        if row is None or row[6] != "hapus":
            raise RiwayatBentrok("", "", "tidak_ada")
        root = _entri(row)
        family = self.keturunan([e for e in self.entri_aksi(root.aksi_id or 0)
                                 if e.operasi == "hapus"], [root])

        def restore() -> None:
            if root.uuid and self._ada(root.tabel, uuid=root.uuid):
                raise RiwayatBentrok(root.tabel, root.uuid, "sudah_ada")
            new_keys: dict[tuple[str, Any], Any] = {}
            for e in sorted(family, key=lambda e: -e.id):  # parents were deleted last
                if not (e.uuid and self._ada(e.tabel, uuid=e.uuid)):
                    self._sisipkan(e, new_keys)
        return self._sebagai_aksi(judul, root.aksi_id, restore)

    def kembalikan_versi(self, entri_id: int, judul: str) -> int:
        """Put the record back as it was before change `entri_id` (its own fields; the key, uuid
        and creation time stay). Raises RiwayatBentrok when the record is gone."""
        row = self.db.execute(f"{_ENTRI} WHERE id = ?", [entri_id]).fetchone()
        entry = None if row is None else _entri(row)
        if entry is None or entry.lama is None or not entry.uuid:
            raise RiwayatBentrok("", "", "tidak_ada")
        if not self._ada(entry.tabel, uuid=entry.uuid):
            raise RiwayatBentrok(entry.tabel, entry.uuid, "tidak_ada")
        values = {k: v for k, v in entry.lama.items() if k not in _TETAP}
        values["updated_at"] = now_text()

        def put_back() -> None:
            key = self.db.execute(*self._where_uuid(entry)).fetchone()
            self._tulis(entry.tabel, tuple(key), values)
        return self._sebagai_aksi(judul, None, put_back)

    def _where_uuid(self, entry: Entri) -> tuple[str, list[Any]]:
        cols = ", ".join(f"[{c}]" for c in self.bentuk(entry.tabel).kunci)
        return f"SELECT {cols} FROM [{entry.tabel}] WHERE uuid = ?", [entry.uuid]

    def _sebagai_aksi(self, judul: str, membalik: int | None, work: Any) -> int:
        try:
            with self.db.atomic(judul):
                work()
                row = self.db.execute("SELECT id FROM temp.aksi_kini").fetchone()
                aksi = int(row[0]) if row else 0
                if aksi and membalik is not None:
                    self.db.execute("UPDATE aksi SET membalik = ? WHERE id = ?", [membalik, aksi])
        except sqlite3.IntegrityError as exc:
            logger.info("reversal refused: %s", exc)
            raise RiwayatBentrok("", "", "bentrok_data", str(exc)) from exc
        logger.info("aksi %s written (%s, reverses %s)", aksi, judul, membalik)
        return aksi

    def _nilai(self, tabel: str, row: dict[str, Any]) -> dict[str, Any]:
        blob = self.bentuk(tabel).blob
        return {k: (bytes.fromhex(v) if k in blob and isinstance(v, str) else v)
                for k, v in row.items()}

    def _tulis(self, tabel: str, kunci: tuple[Any, ...], row: dict[str, Any]) -> None:
        values = self._nilai(tabel, row)
        sets = ", ".join(f"[{c}] = ?" for c in values)
        self.db.execute(f"UPDATE [{tabel}] SET {sets} WHERE {self._kondisi(tabel)}",
                        [*values.values(), *kunci])

    def _sisipkan(self, entry: Entri, new_keys: dict[tuple[str, Any], Any]) -> None:
        """Insert a deleted row again; its parent key follows a parent given a new key, and an
        `id` taken since is given anew (remembered in `new_keys` for its children)."""
        b = self.bentuk(entry.tabel)
        values = self._nilai(entry.tabel, dict(entry.lama or {}))
        if b.induk is not None:
            own, parent, _col = b.induk
            values[own] = new_keys.get((parent, values.get(own)), values.get(own))
        old_id = values.get("id")
        if b.kunci == ("id",) and self._ada(entry.tabel, kunci=(old_id,)):
            values.pop("id")
        cols = ", ".join(f"[{c}]" for c in values)
        cur = self.db.execute(f"INSERT INTO [{entry.tabel}] ({cols}) VALUES "
                              f"({', '.join('?' * len(values))})", list(values.values()))
        if b.kunci == ("id",) and "id" not in values:
            new_keys[(entry.tabel, old_id)] = cur.lastrowid
