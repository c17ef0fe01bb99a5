"""The change-history triggers: each insert, update and delete of a record is written to `riwayat`
under the transaction's `aksi`; TEMP triggers made on every connection from the live schema."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from kks_desktop.store.clock import now_text

logger = logging.getLogger(__name__)

# The tables whose rows users create and change (settings and the exchange ledgers are not).
DICATAT = ("desa", "pokja", "pokja_anggota", "pokja_tatanan", "laporan_sanitasi", "odf_event",
           "odf_tim", "kegiatan", "kegiatan_materi", "kegiatan_narasumber", "kegiatan_peserta",
           "kegiatan_hadir", "kegiatan_rtl", "kesiapan_jawaban", "kesiapan_berkas",
           "sinkron_dasar", "rumah_tangga")
NAMA_PENGGUNA_KEY = "pengguna.nama"
_DIABAIKAN = frozenset({"updated_at"})  # a save that changes only this is no change


@dataclass(frozen=True)
class BentukTabel:
    """What the triggers and the reversal need to know about one table."""

    nama: str
    kolom: tuple[str, ...]
    kunci: tuple[str, ...]  # the primary key columns, in key order
    blob: frozenset[str]  # kept as hex text in the history
    induk: tuple[str, str, str] | None  # (own column, parent table, parent column) of the parent
    punya_uuid: bool


def bentuk(conn: sqlite3.Connection, tabel: str) -> BentukTabel:
    info = conn.execute(f"PRAGMA table_info([{tabel}])").fetchall()
    kolom = tuple(str(r[1]) for r in info)
    kunci = tuple(str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: int(r[5])))
    blob = frozenset(str(r[1]) for r in info if str(r[2]).upper() == "BLOB")
    induk = None
    for fk in conn.execute(f"PRAGMA foreign_key_list([{tabel}])").fetchall():
        parent = str(fk[2])
        if "uuid" in {str(r[1]) for r in conn.execute(f"PRAGMA table_info([{parent}])")}:
            induk = (str(fk[3]), parent, str(fk[4]))
            break
    return BentukTabel(tabel, kolom, kunci, blob, induk, "uuid" in kolom)


def _json(alias: str, b: BentukTabel, blob_hex: bool) -> str:
    parts = []
    for c in b.kolom:
        value = f"{alias}.[{c}]"
        if c in b.blob:
            value = f"hex({value})" if blob_hex else "NULL"
        parts.append(f"'{c}', {value}")
    return f"json_object({', '.join(parts)})"


def _trigger(b: BentukTabel, operasi: str) -> str:
    alias = "OLD" if operasi == "hapus" else "NEW"
    event = {"tambah": "INSERT", "ubah": "UPDATE", "hapus": "DELETE"}[operasi]
    kunci = f"json_array({', '.join(f'{alias}.[{c}]' for c in b.kunci)})"
    uuid = f"{alias}.uuid" if b.punya_uuid else "NULL"
    induk = "NULL"
    if b.induk is not None:
        own, parent, col = b.induk
        induk = f"(SELECT uuid FROM main.[{parent}] WHERE [{col}] = {alias}.[{own}])"
    lama = _json("OLD", b, blob_hex=True) if operasi != "tambah" else "NULL"
    baru = _json("NEW", b, blob_hex=False) if operasi != "hapus" else "NULL"
    when = ""
    if operasi == "ubah":
        changed = " OR ".join(f"OLD.[{c}] IS NOT NEW.[{c}]" for c in b.kolom
                              if c not in _DIABAIKAN)
        when = f"WHEN {changed}"
    return f"""
        CREATE TEMP TRIGGER IF NOT EXISTS [riwayat_{b.nama}_{operasi}]
        AFTER {event} ON main.[{b.nama}] {when}
        BEGIN
            INSERT INTO riwayat (aksi_id, tabel, kunci, uuid, induk, operasi, lama, baru)
            VALUES ((SELECT id FROM temp.aksi_kini), '{b.nama}', {kunci}, {uuid}, {induk},
                    '{operasi}', {lama}, {baru});
        END"""


@cache
def _sql_for(shape: tuple[BentukTabel, ...]) -> tuple[str, ...]:
    return tuple(_trigger(b, op) for b in shape for op in ("tambah", "ubah", "hapus"))


def pasang(conn: sqlite3.Connection) -> bool:
    """Make the history triggers on this connection; False (nothing made) for a workspace whose
    schema has no history yet."""
    tables = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")}
    if "riwayat" not in tables:
        return False
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS aksi_kini (id INTEGER NOT NULL)")
    shape = tuple(bentuk(conn, t) for t in DICATAT if t in tables)
    for sql in _sql_for(shape):
        conn.execute(sql)
    return True


@contextmanager
def tanpa_riwayat(conn: sqlite3.Connection, tabel: str) -> Iterator[None]:
    """Inside a transaction: writes to `tabel` go unrecorded until the block ends. For bulk
    loads of the household register (300k rows would add ~200 MB of history); such a load is
    guarded by the backup made before it instead."""
    names = [f"riwayat_{tabel}_{op}" for op in ("tambah", "ubah", "hapus")]
    made = {r[0] for r in conn.execute("SELECT name FROM temp.sqlite_master WHERE type='trigger'")}
    sql = [s for name, s in zip(names, _sql_for((bentuk(conn, tabel),)), strict=True)
           if name in made]
    for name in names:
        conn.execute(f"DROP TRIGGER IF EXISTS temp.[{name}]")
    try:
        yield
    finally:
        for statement in sql:
            conn.execute(statement)


def mulai_aksi(conn: sqlite3.Connection, judul: str) -> int:
    """Open the `aksi` the rest of this transaction's changes are filed under (call inside it)."""
    cur = conn.execute(
        "INSERT INTO aksi (waktu, pengguna, judul) VALUES (?, coalesce((SELECT value FROM "
        "settings WHERE key = ?), ''), ?)", [now_text(), NAMA_PENGGUNA_KEY, judul])
    aksi = int(cur.lastrowid or 0)
    conn.execute("DELETE FROM temp.aksi_kini")
    conn.execute("INSERT INTO temp.aksi_kini (id) VALUES (?)", [aksi])
    return aksi


def tutup_aksi(conn: sqlite3.Connection, aksi: int) -> None:
    """Close the transaction's `aksi` (before its commit); one that changed nothing is dropped."""
    conn.execute("DELETE FROM temp.aksi_kini")
    conn.execute("DELETE FROM aksi WHERE id = ? AND NOT EXISTS (SELECT 1 FROM riwayat WHERE "
                 "aksi_id = ?)", [aksi, aksi])
