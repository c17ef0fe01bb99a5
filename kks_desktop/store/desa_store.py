"""The desa register in the workspace: add, update, delete and list desa records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.desa import Desa, Wilayah
from kks_desktop.domain.errors import DesaExists, DesaInUse, DesaNotFound
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.store.clock import new_uuid, now_text

_COLUMNS = (
    "jumlah_kk", "jumlah_jiwa", "jumlah_dusun", "jumlah_rw", "jumlah_rt",
    "alamat_sekretariat", "telepon", "catatan",
)
# Tables whose rows hang on a desa, with how to count them; later areas add theirs here.
_DEPENDENTS = {
    "pokja": "SELECT count(*) FROM pokja WHERE desa_id = ?",
    "pokja_anggota": (
        "SELECT count(*) FROM pokja_anggota JOIN pokja ON pokja.id = pokja_anggota.pokja_id "
        "WHERE pokja.desa_id = ?"
    ),
    "laporan_sanitasi": "SELECT count(*) FROM laporan_sanitasi WHERE desa_id = ?",
    "odf_event": "SELECT count(*) FROM odf_event WHERE desa_id = ?",
    "rumah_tangga": "SELECT count(*) FROM rumah_tangga WHERE desa_id = ?",
}


class DesaStore:
    """Repository for `desa` rows; every write runs in one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def desa_list(self, within: KodeWilayah | None = None, limit: int | None = None) -> list[Desa]:
        """All desa ordered by kode, or only those inside the region `within`; the first
        `limit` of them when given."""
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        if within is None:
            rows = self.db.query("SELECT * FROM desa ORDER BY kode" + tail)
        else:
            prefix = str(within)
            rows = self.db.query(
                "SELECT * FROM desa WHERE kode = ? OR kode LIKE ? ORDER BY kode" + tail,
                [prefix, prefix + ".%"],
            )
        return [_to_desa(row) for row in rows]

    def desa(self, kode: KodeWilayah) -> Desa:
        """The desa with this kode.

        Raises DesaNotFound if there is none.
        """
        return _to_desa(self._row(kode))

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM desa").fetchone()[0])

    def add_desa(self, desa: Desa) -> Desa:
        """Insert a new desa (a fresh uuid unless the record brings one).

        Raises DesaExists if the kode is already registered.
        """
        with self.db.atomic():
            return self._insert(desa)

    def add_many(self, records: Iterable[Desa]) -> int:
        """Insert many desa in one transaction; all or nothing.

        Raises DesaExists on the first kode already registered (nothing is written).
        """
        count = 0
        with self.db.atomic():
            for desa in records:
                self._insert(desa)
                count += 1
        return count

    def update_desa(self, desa: Desa) -> Desa:
        """Write the editable fields of an existing desa.

        Raises DesaNotFound if the kode is not registered.
        """
        with self.db.atomic():
            row = self._row(desa.kode)
            values: dict[str, Any] = {col: getattr(desa, col) for col in _COLUMNS}
            values["updated_at"] = now_text()
            self.db.table("desa").update(row["id"], values)
            return self.desa(desa.kode)

    def dependents(self, kode: KodeWilayah) -> dict[str, int]:
        """How many records of each kind hang on this desa (only kinds with at least one)."""
        desa_id = self._row(kode)["id"]
        counts = {
            name: int(self.db.execute(sql, [desa_id]).fetchone()[0])
            for name, sql in _DEPENDENTS.items()
        }
        return {name: n for name, n in counts.items() if n}

    def delete_desa(self, kode: KodeWilayah, *, force: bool = False) -> None:
        """Delete a desa; with `force`, also every record hanging on it.

        Raises DesaNotFound if it is not registered, DesaInUse if records hang on it and
        `force` is False.
        """
        with self.db.atomic():
            row = self._row(kode)
            counts = self.dependents(kode)
            if counts and not force:
                raise DesaInUse(str(kode), counts)
            self.db.execute("DELETE FROM desa WHERE id = ?", [row["id"]])

    def desa_id(self, kode: KodeWilayah) -> int:
        return int(self._row(kode)["id"])

    def _row(self, kode: KodeWilayah) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM desa WHERE kode = ?", [str(kode)]))
        if not rows:
            raise DesaNotFound(str(kode))
        return rows[0]

    def _insert(self, desa: Desa) -> Desa:
        existing = list(self.db.query("SELECT nama FROM desa WHERE kode = ?", [str(desa.kode)]))
        if existing:
            raise DesaExists(str(desa.kode), existing[0]["nama"])
        stamp = now_text()
        w = desa.wilayah
        row: dict[str, Any] = {
            "kode": str(w.kode), "nama": w.nama, "jenis": w.jenis.value,
            "kecamatan": w.kecamatan, "kabupaten": w.kabupaten, "provinsi": w.provinsi,
            "is_demo": int(desa.is_demo), "uuid": desa.uuid or new_uuid(),
            "created_at": stamp, "updated_at": stamp,
        }
        row.update({col: getattr(desa, col) for col in _COLUMNS})
        self.db.table("desa").insert(row)
        return self.desa(desa.kode)


def _to_desa(row: dict[str, Any]) -> Desa:
    wilayah = Wilayah(
        kode=KodeWilayah.parse(row["kode"]), nama=row["nama"], kecamatan=row["kecamatan"],
        kabupaten=row["kabupaten"], provinsi=row["provinsi"],
    )
    return Desa(
        wilayah=wilayah, uuid=row["uuid"], is_demo=bool(row["is_demo"]),
        updated_at=row["updated_at"], **{col: row[col] for col in _COLUMNS},
    )
