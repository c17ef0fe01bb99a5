"""The Pokja of each desa in the workspace: read it whole, save it whole, in one transaction."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.store.baris_anak import ganti_baris
from kks_desktop.store.clock import date_text, date_value, new_uuid, now_text
from kks_desktop.store.desa_store import DesaStore


class PokjaStore:
    """Repository for `pokja`, `pokja_anggota` and `pokja_tatanan`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._desa = DesaStore(db)

    def pokja_for(self, kode: KodeWilayah) -> Pokja:
        """The Pokja of a desa; an empty Pokja (no uuid) if none has been recorded.

        Raises DesaNotFound if the desa is not registered.
        """
        desa_id = self._desa.desa_id(kode)
        rows = list(self.db.query("SELECT * FROM pokja WHERE desa_id = ?", [desa_id]))
        if not rows:
            return Pokja()
        row = rows[0]
        members = tuple(
            Anggota(
                nama=m["nama"], jabatan=Jabatan(m["jabatan"]), unsur=m["unsur"],
                telepon=m["telepon"], aktif_sejak=date_value(m["aktif_sejak"]), uuid=m["uuid"],
            )
            for m in self.db.query(
                "SELECT * FROM pokja_anggota WHERE pokja_id = ? ORDER BY urutan", [row["id"]]
            )
        )
        tatanan = tuple(
            t["tatanan_id"]
            for t in self.db.query(
                "SELECT tatanan_id FROM pokja_tatanan WHERE pokja_id = ? ORDER BY rowid",
                [row["id"]],
            )
        )
        sekretariat = row["sekretariat_ada"]
        return Pokja(
            sk_nomor=row["sk_nomor"], sk_tanggal=date_value(row["sk_tanggal"]),
            sk_penandatangan=row["sk_penandatangan"],
            sekretariat_ada=None if sekretariat is None else bool(sekretariat),
            anggota=members, tatanan=tatanan, uuid=row["uuid"],
        )

    def save_pokja(self, kode: KodeWilayah, pokja: Pokja, tatanan_names: dict[str, str]) -> Pokja:
        """Replace the Pokja of a desa with `pokja`; member uuids are kept where given.

        Raises DesaNotFound if the desa is not registered.
        """
        with self.db.atomic():
            desa_id = self._desa.desa_id(kode)
            pokja_id = self._upsert_pokja(desa_id, pokja)
            self._replace_members(pokja_id, pokja.anggota)
            ganti_baris(self.db, "pokja_tatanan", "pokja_id = ?", [pokja_id],
                        [{"pokja_id": pokja_id, "tatanan_id": t, "nama": tatanan_names.get(t, t)}
                         for t in pokja.tatanan], ("pokja_id", "tatanan_id"))
            return self.pokja_for(kode)

    def _upsert_pokja(self, desa_id: int, pokja: Pokja) -> int:
        stamp = now_text()
        values: dict[str, Any] = {
            "sk_nomor": pokja.sk_nomor, "sk_tanggal": date_text(pokja.sk_tanggal),
            "sk_penandatangan": pokja.sk_penandatangan,
            "sekretariat_ada": None if pokja.sekretariat_ada is None else int(pokja.sekretariat_ada),
            "updated_at": stamp,
        }
        rows = list(self.db.query("SELECT id FROM pokja WHERE desa_id = ?", [desa_id]))
        if rows:
            pokja_id = int(rows[0]["id"])
            self.db.table("pokja").update(pokja_id, values)
            return pokja_id
        values.update(desa_id=desa_id, uuid=pokja.uuid or new_uuid(), created_at=stamp)
        table = self.db.table("pokja").insert(values)
        return int(table.last_pk)  # type: ignore[arg-type]

    def _replace_members(self, pokja_id: int, members: tuple[Anggota, ...]) -> None:
        existing = {
            row["uuid"]: row["id"]
            for row in self.db.query("SELECT id, uuid FROM pokja_anggota WHERE pokja_id = ?",
                                     [pokja_id])
        }
        keep = {m.uuid for m in members if m.uuid in existing}
        gone = [existing[u] for u in existing if u not in keep]
        if gone:
            marks = ",".join("?" * len(gone))
            self.db.execute(f"DELETE FROM pokja_anggota WHERE id IN ({marks})", gone)
        stamp = now_text()
        new_rows: list[dict[str, Any]] = []
        for order, member in enumerate(members, start=1):
            values: dict[str, Any] = {
                "pokja_id": pokja_id, "urutan": order, "nama": member.nama.strip(),
                "jabatan": member.jabatan.value, "unsur": member.unsur, "telepon": member.telepon,
                "aktif_sejak": date_text(member.aktif_sejak), "updated_at": stamp,
            }
            if member.uuid in keep:
                self.db.table("pokja_anggota").update(existing[member.uuid], values)
            else:
                new_rows.append({**values, "uuid": member.uuid or new_uuid(), "created_at": stamp})
        self.db.table("pokja_anggota").insert_all(new_rows)

    def delete_pokja(self, kode: KodeWilayah) -> None:
        """Remove the Pokja of a desa with its members and tatanan (nothing if there is none).

        Raises DesaNotFound if the desa is not registered.
        """
        with self.db.atomic():
            self.db.execute("DELETE FROM pokja WHERE desa_id = ?", [self._desa.desa_id(kode)])

    def coverage(self, within: KodeWilayah | None) -> tuple[int, int, int]:
        """(desa with a Pokja SK number, desa with a sekretariat, Pokja members) inside `within`."""
        prefix = f"{within}%" if within is not None else "%"
        row = self.db.execute(
            """SELECT
                 coalesce(sum(pokja.sk_nomor <> ''), 0),
                 coalesce(sum(pokja.sekretariat_ada = 1), 0),
                 (SELECT count(*) FROM pokja_anggota a JOIN pokja p ON p.id = a.pokja_id
                    JOIN desa d ON d.id = p.desa_id WHERE d.kode LIKE ?)
               FROM pokja JOIN desa ON desa.id = pokja.desa_id WHERE desa.kode LIKE ?""",
            [prefix, prefix],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])
