"""Manual answers to readiness checklist items, per cycle and region, with their evidence files."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.kesiapan_fakta import Berkas, Jawaban, NilaiJawaban
from kks_desktop.store.baris_anak import ganti_baris
from kks_desktop.store.clock import date_text, date_value, new_uuid, now_text

_COLUMNS = """j.wilayah_kode, j.butir, j.nilai, j.nomor, j.tanggal, j.catatan, j.oleh,
              j.updated_at, coalesce(b.nama, '') AS berkas_nama,
              coalesce(b.ukuran, 0) AS berkas_ukuran"""
_FROM = "kesiapan_jawaban j LEFT JOIN kesiapan_berkas b ON b.jawaban_id = j.id"


class KesiapanStore:
    """Repository for `kesiapan_jawaban` and `kesiapan_berkas`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def jawaban(self, siklus: int, kode: str) -> dict[str, Jawaban]:
        """The answers given for one region in a cycle, by item id (files not read)."""
        rows = self.db.query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE j.siklus = ? "
                             "AND j.wilayah_kode = ?", [siklus, kode])
        return {row["butir"]: _to_jawaban(row) for row in rows}

    def jawaban_di(self, siklus: int, within: str) -> dict[str, dict[str, Jawaban]]:
        """The answers of every region inside `within` (itself included), by kode and item id."""
        result: dict[str, dict[str, Jawaban]] = {}
        for row in self.db.query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE j.siklus = ? "
                                 "AND j.wilayah_kode LIKE ? ORDER BY j.wilayah_kode",
                                 [siklus, f"{within}%"]):
            result.setdefault(row["wilayah_kode"], {})[row["butir"]] = _to_jawaban(row)
        return result

    def berkas(self, siklus: int, kode: str, butir: str) -> Berkas | None:
        """The evidence file kept with an answer, or None."""
        row = self.db.execute(
            f"SELECT b.nama, b.isi FROM {_FROM} WHERE j.siklus = ? AND j.wilayah_kode = ? "
            "AND j.butir = ? AND b.jawaban_id IS NOT NULL", [siklus, kode, butir]).fetchone()
        return Berkas(row[0], bytes(row[1])) if row else None

    def put(self, siklus: int, kode: str, butir: str, jawaban: Jawaban,
            berkas: Berkas | None, keep_berkas: bool = False,
            keep_time: bool = False) -> Jawaban:
        """Write an answer in one transaction: replace the stored one for the same item, or add.
        The evidence file becomes `berkas` (none for None) unless `keep_berkas` keeps the one
        stored. The answer is stamped now unless `keep_time` keeps `jawaban.pada` (undo puts an
        answer back as it was); its file fields are ignored. Returns the stored answer.
        """
        with self.db.atomic():
            stamp = now_text()
            values: dict[str, Any] = {
                "nilai": jawaban.nilai.value, "nomor": jawaban.nomor.strip(),
                "tanggal": date_text(jawaban.tanggal), "catatan": jawaban.catatan.strip(),
                "oleh": jawaban.oleh.strip(),
                "updated_at": jawaban.pada if keep_time and jawaban.pada else stamp}
            found = self._id(siklus, kode, butir)
            if found is None:
                values.update(siklus=siklus, wilayah_kode=kode, butir=butir, uuid=new_uuid(),
                              created_at=stamp)
                found = int(self.db.table("kesiapan_jawaban").insert(values).last_pk)  # type: ignore[arg-type]
            else:
                self.db.table("kesiapan_jawaban").update(found, values)
            if not keep_berkas:
                ganti_baris(self.db, "kesiapan_berkas", "jawaban_id = ?", [found], [
                    {"jawaban_id": found, "nama": berkas.nama, "ukuran": len(berkas.isi),
                     "isi": berkas.isi}] if berkas is not None else [], ("jawaban_id",))
            return self.jawaban(siklus, kode)[butir]

    def delete(self, siklus: int, kode: str, butir: str) -> None:
        """Remove an answer with its file (nothing if there is none)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM kesiapan_jawaban WHERE siklus = ? AND wilayah_kode = ? "
                            "AND butir = ?", [siklus, kode, butir])

    def _id(self, siklus: int, kode: str, butir: str) -> int | None:
        row = self.db.execute("SELECT id FROM kesiapan_jawaban WHERE siklus = ? AND "
                              "wilayah_kode = ? AND butir = ?", [siklus, kode, butir]).fetchone()
        return int(row[0]) if row else None


def _to_jawaban(row: dict[str, Any]) -> Jawaban:
    return Jawaban(NilaiJawaban(row["nilai"]), row["nomor"], date_value(row["tanggal"]),
                   row["catatan"], row["oleh"], row["updated_at"], row["berkas_nama"],
                   int(row["berkas_ukuran"]))
