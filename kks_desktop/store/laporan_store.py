"""The monthly STBM reports of each desa: read, write (matched on uuid) and delete."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.errors import LaporanExists
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.periode import Periode
from kks_desktop.domain.sanitasi import LaporanSanitasi, Pilar, Rung, Sumber, TanggaLama
from kks_desktop.store.clock import new_uuid, now_text
from kks_desktop.store.desa_store import DesaStore

_OLD = ("jsp", "jssp", "sharing", "od")


class LaporanStore:
    """Repository for `laporan_sanitasi`; one report per desa per month."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._desa = DesaStore(db)

    def reports_for(self, kode: KodeWilayah) -> list[LaporanSanitasi]:
        """A desa's reports, oldest month first.

        Raises DesaNotFound if the desa is not registered.
        """
        rows = self.db.query("SELECT * FROM laporan_sanitasi WHERE desa_id = ? ORDER BY periode",
                             [self._desa.desa_id(kode)])
        return [_to_laporan(row) for row in rows]

    def latest_within(self, within: KodeWilayah | None) -> dict[str, LaporanSanitasi]:
        """The latest report of every desa inside `within` that has one, keyed by kode."""
        prefix = f"{within}%" if within is not None else "%"
        rows = self.db.query(
            """SELECT d.kode AS desa_kode, l.* FROM laporan_sanitasi l
               JOIN desa d ON d.id = l.desa_id
               WHERE d.kode LIKE ? AND l.periode = (
                   SELECT max(periode) FROM laporan_sanitasi WHERE desa_id = l.desa_id)""",
            [prefix])
        return {row["desa_kode"]: _to_laporan(row) for row in rows}

    def put_report(self, kode: KodeWilayah, lap: LaporanSanitasi) -> LaporanSanitasi:
        """Write a report: the stored one with the same uuid is replaced, otherwise it is added.

        Raises DesaNotFound, or LaporanExists if another report of the desa has that month.
        """
        with self.db.atomic():
            desa_id = self._desa.desa_id(kode)
            stamp = now_text()
            values = _row_of(lap)
            values["updated_at"] = stamp
            found = self.db.execute("SELECT id FROM laporan_sanitasi WHERE uuid = ? AND desa_id = ?",
                                    [lap.uuid, desa_id]).fetchone() if lap.uuid else None
            try:
                if found:
                    self.db.table("laporan_sanitasi").update(found[0], values)
                else:
                    values.update(desa_id=desa_id, uuid=lap.uuid or new_uuid(), created_at=stamp)
                    self.db.table("laporan_sanitasi").insert(values)
            except sqlite3.IntegrityError as exc:
                if "UNIQUE" not in str(exc) or "periode" not in str(exc):
                    raise
                raise LaporanExists(str(kode), str(lap.periode)) from exc
            return self._by_uuid(str(values.get("uuid") or lap.uuid))

    def add_many(self, kode: KodeWilayah, reports: list[LaporanSanitasi]) -> None:
        """Insert many new reports of one desa in one transaction (demo data, restores)."""
        with self.db.atomic():
            desa_id = self._desa.desa_id(kode)
            stamp = now_text()
            self.db.table("laporan_sanitasi").insert_all(
                {**_row_of(lap), "desa_id": desa_id, "uuid": lap.uuid or new_uuid(),
                 "created_at": stamp, "updated_at": stamp}
                for lap in reports)

    def delete_report(self, kode: KodeWilayah, uuid: str) -> None:
        """Remove one report of a desa (nothing if it is already gone).

        Raises DesaNotFound if the desa is not registered.
        """
        with self.db.atomic():
            self.db.execute("DELETE FROM laporan_sanitasi WHERE uuid = ? AND desa_id = ?",
                            [uuid, self._desa.desa_id(kode)])

    def _by_uuid(self, uuid: str) -> LaporanSanitasi:
        row = next(self.db.query("SELECT * FROM laporan_sanitasi WHERE uuid = ?", [uuid]))
        return _to_laporan(row)


def _row_of(lap: LaporanSanitasi) -> dict[str, Any]:
    row: dict[str, Any] = {
        "periode": str(lap.periode), "total_kk": lap.total_kk,
        "kk_tiga_pilar": lap.kk_tiga_pilar, "sumber": lap.sumber.value,
        "petugas": lap.petugas.strip(), "catatan": lap.catatan,
    }
    row.update({r.value: lap.rung(r) for r in Rung})
    row.update({p.value: lap.pilar_kk(p) for p in Pilar})
    row.update({f"lama_{c}": getattr(lap.lama, c) if lap.lama else None for c in _OLD})
    return row


def _to_laporan(row: dict[str, Any]) -> LaporanSanitasi:
    lama = (TanggaLama(*(row[f"lama_{c}"] for c in _OLD))
            if row["lama_jsp"] is not None else None)
    return LaporanSanitasi(
        periode=Periode.parse(row["periode"]), total_kk=row["total_kk"],
        tangga={r: row[r.value] for r in Rung}, pilar={p: row[p.value] for p in Pilar},
        kk_tiga_pilar=row["kk_tiga_pilar"], sumber=Sumber(row["sumber"]),
        petugas=row["petugas"], catatan=row["catatan"], lama=lama, uuid=row["uuid"],
        updated_at=row["updated_at"],
    )
