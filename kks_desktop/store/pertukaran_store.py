"""The exchange ledger: workbooks exported and imported, and the values each record last travelled with."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from kks_desktop.store.clock import now_text


@dataclass(frozen=True)
class CatatanEkspor:
    """One workbook written: what, where, its checksum and how many rows per sheet."""

    uuid: str
    waktu: str
    jenis: str
    nama_berkas: str
    sha256: str
    lingkup: str
    desa_kode: tuple[str, ...]
    baris: dict[str, int]


@dataclass(frozen=True)
class CatatanImpor:
    """One workbook received: its checksum, the export it came from, the outcome and counts."""

    waktu: str
    nama_berkas: str
    sha256: str
    ekspor_uuid: str
    desa_kode: tuple[str, ...]
    hasil: str
    jumlah: dict[str, int]


class PertukaranStore:
    """Repository for `ekspor_log`, `impor_log` and `sinkron_dasar`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_export(self, catatan: CatatanEkspor) -> None:
        self.db.table("ekspor_log").insert({
            "uuid": catatan.uuid, "waktu": catatan.waktu, "jenis": catatan.jenis,
            "nama_berkas": catatan.nama_berkas, "sha256": catatan.sha256,
            "lingkup": catatan.lingkup, "desa_kode": json.dumps(list(catatan.desa_kode)),
            "baris": json.dumps(catatan.baris)})

    def exports(self, limit: int = 500) -> list[CatatanEkspor]:
        """The workbooks written, newest first."""
        rows = self.db.query("SELECT * FROM ekspor_log ORDER BY waktu DESC, id DESC LIMIT ?",
                             [limit])
        return [_to_export(r) for r in rows]

    def last_export_of(self, desa_kode: str) -> CatatanEkspor | None:
        """The newest desa workbook that carried this desa, or None."""
        rows = list(self.db.query(
            """SELECT e.* FROM ekspor_log AS e, json_each(e.desa_kode) AS d
               WHERE e.jenis = 'buku_desa' AND d.value = ? ORDER BY e.waktu DESC, e.id DESC
               LIMIT 1""", [desa_kode]))
        return _to_export(rows[0]) if rows else None

    def add_import(self, catatan: CatatanImpor) -> None:
        self.db.table("impor_log").insert({
            "waktu": catatan.waktu, "nama_berkas": catatan.nama_berkas,
            "sha256": catatan.sha256, "ekspor_uuid": catatan.ekspor_uuid,
            "desa_kode": json.dumps(list(catatan.desa_kode)), "hasil": catatan.hasil,
            "jumlah": json.dumps(catatan.jumlah)})

    def imports(self, limit: int = 500) -> list[CatatanImpor]:
        """The workbooks received, newest first."""
        rows = self.db.query("SELECT * FROM impor_log ORDER BY waktu DESC, id DESC LIMIT ?",
                             [limit])
        return [CatatanImpor(r["waktu"], r["nama_berkas"], r["sha256"], r["ekspor_uuid"],
                             tuple(json.loads(r["desa_kode"])), r["hasil"],
                             json.loads(r["jumlah"])) for r in rows]

    def last_received(self) -> dict[str, str]:
        """For each desa kode, when a workbook carrying it was last received (UTC text)."""
        rows = self.db.query(
            """SELECT d.value AS kode, max(i.waktu) AS waktu
               FROM impor_log AS i, json_each(i.desa_kode) AS d GROUP BY d.value""")
        return {r["kode"]: r["waktu"] for r in rows}

    def dasar(self, kunci: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The values last exchanged for the records named, by key (absent when never)."""
        keys = list(kunci)
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            for row in self.db.execute(
                    f"SELECT kunci, nilai FROM sinkron_dasar WHERE kunci IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                found[row[0]] = json.loads(row[1])
        return found

    def put_dasar(self, nilai: Mapping[str, Mapping[str, Any]]) -> None:
        """Remember the values each record was exchanged with now (callers hold the transaction);
        a record exchanged with the same values again is left as it is (nothing to record)."""
        stamp = now_text()
        self.db.conn.executemany(
            "INSERT INTO sinkron_dasar (kunci, nilai, pada) VALUES (?, ?, ?) ON CONFLICT(kunci) "
            "DO UPDATE SET nilai = excluded.nilai, pada = excluded.pada "
            "WHERE nilai IS NOT excluded.nilai",
            [(k, json.dumps(v, sort_keys=True, ensure_ascii=False), stamp)
             for k, v in nilai.items()])


def _to_export(r: dict[str, Any]) -> CatatanEkspor:
    return CatatanEkspor(r["uuid"], r["waktu"], r["jenis"], r["nama_berkas"], r["sha256"],
                         r["lingkup"], tuple(json.loads(r["desa_kode"])), json.loads(r["baris"]))
