"""The ODF path of each desa: pemicuan, verifikasi with its team, deklarasi; matched on uuid."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent
from kks_desktop.store.baris_anak import ganti_baris
from kks_desktop.store.clock import date_text, date_value, new_uuid, now_text
from kks_desktop.store.desa_store import DesaStore


class OdfStore:
    """Repository for `odf_event` and `odf_tim`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._desa = DesaStore(db)

    def events_for(self, kode: KodeWilayah) -> list[OdfEvent]:
        """A desa's events by date.

        Raises DesaNotFound if the desa is not registered.
        """
        rows = list(self.db.query(
            "SELECT * FROM odf_event WHERE desa_id = ? ORDER BY tanggal, id",
            [self._desa.desa_id(kode)]))
        teams = self._teams([row["id"] for row in rows])
        return [_to_event(row, teams.get(row["id"], ())) for row in rows]

    def events_within(self, within: KodeWilayah | None) -> dict[str, list[OdfEvent]]:
        """The events of every desa inside `within` that has any, keyed by kode."""
        prefix = f"{within}%" if within is not None else "%"
        rows = list(self.db.query(
            """SELECT d.kode AS desa_kode, e.* FROM odf_event e JOIN desa d ON d.id = e.desa_id
               WHERE d.kode LIKE ? ORDER BY d.kode, e.tanggal, e.id""", [prefix]))
        teams = self._teams([row["id"] for row in rows])
        result: dict[str, list[OdfEvent]] = defaultdict(list)
        for row in rows:
            result[row["desa_kode"]].append(_to_event(row, teams.get(row["id"], ())))
        return dict(result)

    def put_event(self, kode: KodeWilayah, event: OdfEvent) -> OdfEvent:
        """Write an event: the stored one with the same uuid is replaced, otherwise it is added.

        Raises DesaNotFound if the desa is not registered.
        """
        with self.db.atomic():
            desa_id = self._desa.desa_id(kode)
            stamp = now_text()
            values: dict[str, Any] = {
                "jenis": event.jenis.value, "tanggal": date_text(event.tanggal),
                "fasilitator": event.fasilitator.strip(),
                "hasil": event.hasil.value if event.hasil else None,
                "nomor_ba": event.nomor_ba.strip(), "saksi": event.saksi.strip(),
                "catatan": event.catatan, "updated_at": stamp,
            }
            found = self.db.execute("SELECT id FROM odf_event WHERE uuid = ? AND desa_id = ?",
                                    [event.uuid, desa_id]).fetchone() if event.uuid else None
            uuid = event.uuid or new_uuid()
            if found:
                event_id = int(found[0])
                self.db.table("odf_event").update(event_id, values)
            else:
                values.update(desa_id=desa_id, uuid=uuid, created_at=stamp)
                event_id = int(self.db.table("odf_event").insert(values).last_pk)  # type: ignore[arg-type]
            ganti_baris(self.db, "odf_tim", "event_id = ?", [event_id],
                        [{"event_id": event_id, "urutan": n, "nama": m.nama.strip(),
                          "instansi": m.instansi.strip()}
                         for n, m in enumerate(event.tim, start=1)], ("event_id", "urutan"))
            row = next(self.db.query("SELECT * FROM odf_event WHERE id = ?", [event_id]))
            return _to_event(row, self._teams([event_id]).get(event_id, ()))

    def delete_event(self, kode: KodeWilayah, uuid: str) -> None:
        """Remove one event of a desa with its team (nothing if it is already gone).

        Raises DesaNotFound if the desa is not registered.
        """
        with self.db.atomic():
            self.db.execute("DELETE FROM odf_event WHERE uuid = ? AND desa_id = ?",
                            [uuid, self._desa.desa_id(kode)])

    def _teams(self, event_ids: list[int]) -> dict[int, tuple[AnggotaTim, ...]]:
        teams: dict[int, list[AnggotaTim]] = defaultdict(list)
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(
                    f"SELECT * FROM odf_tim WHERE event_id IN ({marks}) ORDER BY event_id, urutan",
                    chunk):
                teams[row["event_id"]].append(AnggotaTim(row["nama"], row["instansi"]))
        return {k: tuple(v) for k, v in teams.items()}


def _to_event(row: dict[str, Any], tim: tuple[AnggotaTim, ...]) -> OdfEvent:
    tanggal = date_value(row["tanggal"])
    assert tanggal is not None
    return OdfEvent(
        jenis=JenisOdf(row["jenis"]), tanggal=tanggal, fasilitator=row["fasilitator"], tim=tim,
        hasil=Hasil(row["hasil"]) if row["hasil"] else None, nomor_ba=row["nomor_ba"],
        saksi=row["saksi"], catatan=row["catatan"], uuid=row["uuid"],
        updated_at=row["updated_at"],
    )
