"""Sessions in the workspace: read one whole, save one whole, list them; matched on uuid."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from kks_desktop.domain.errors import KegiatanNotFound
from kks_desktop.domain.kegiatan import (
    AsalNarasumber,
    JenisKelamin,
    Kegiatan,
    KegiatanRingkas,
    Narasumber,
    Peserta,
    Rtl,
    RtlTerlambat,
)
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.store.baris_anak import ganti_baris
from kks_desktop.store.clock import date_text, date_value, new_uuid, now_text
from kks_desktop.store.kegiatan_rows import peserta_values, rtl_values, to_peserta, to_rtl


class KegiatanStore:
    """Repository for `kegiatan` and the tables that hang on it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM kegiatan").fetchone()[0])

    def ringkasan(self, within: KodeWilayah | None = None) -> list[KegiatanRingkas]:
        """Every session (inside `within` if given), newest first, with its counts."""
        prefix = f"{within}%" if within is not None else "%"
        rows = self.db.execute(
            """WITH p AS (SELECT kegiatan_id, count(*) AS n,
                            sum(nilai_pre IS NOT NULL AND nilai_post IS NOT NULL) AS dinilai
                          FROM kegiatan_peserta GROUP BY kegiatan_id),
                    r AS (SELECT kegiatan_id, count(*) AS n,
                            sum(status IN ('belum', 'berjalan')) AS terbuka
                          FROM kegiatan_rtl GROUP BY kegiatan_id)
               SELECT k.id, k.uuid, k.jenis, k.judul, k.tanggal_mulai, k.tanggal_selesai,
                      k.wilayah_kode, k.tempat, k.penyelenggara, coalesce(p.n, 0),
                      coalesce(p.dinilai, 0), coalesce(r.n, 0), coalesce(r.terbuka, 0)
               FROM kegiatan k LEFT JOIN p ON p.kegiatan_id = k.id
                 LEFT JOIN r ON r.kegiatan_id = k.id
               WHERE k.wilayah_kode LIKE ?
               ORDER BY k.tanggal_mulai DESC, k.id DESC""", [prefix]).fetchall()
        attendance: dict[int, dict[int, int]] = defaultdict(dict)
        for kid, day, n in self.db.execute(
                """SELECT p.kegiatan_id, h.hari, count(*) FROM kegiatan_hadir h
                   JOIN kegiatan_peserta p ON p.id = h.peserta_id GROUP BY p.kegiatan_id, h.hari"""):
            attendance[kid][day] = n
        codes: dict[str, KodeWilayah] = {}
        result = []
        for (kid, uuid, jenis, judul, mulai_text, selesai_text, kode, tempat, penyelenggara,
             peserta, dinilai, rtl, terbuka) in rows:
            mulai, selesai = dt.date.fromisoformat(mulai_text), dt.date.fromisoformat(selesai_text)
            days = attendance.get(kid, {})
            if kode not in codes:
                codes[kode] = KodeWilayah.parse(kode)
            result.append(KegiatanRingkas(
                uuid=uuid, jenis=jenis, judul=judul, mulai=mulai, selesai=selesai,
                wilayah=codes[kode], tempat=tempat, penyelenggara=penyelenggara, peserta=peserta,
                hadir_per_hari=tuple(days.get(d, 0) for d in range(1, (selesai - mulai).days + 2)),
                dinilai=dinilai, rtl=rtl, rtl_terbuka=terbuka))
        return result

    def uuids_starting(self, prefix: str) -> list[tuple[str, str]]:
        """(uuid, judul) of the sessions whose uuid begins with `prefix`."""
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [(r["uuid"], r["judul"]) for r in self.db.query(
            "SELECT uuid, judul FROM kegiatan WHERE uuid LIKE ? ESCAPE '\\' ORDER BY uuid LIMIT 10",
            [pattern])]

    def get(self, uuid: str) -> Kegiatan:
        """The whole session.

        Raises KegiatanNotFound if there is none with this uuid.
        """
        rows = list(self.db.query("SELECT * FROM kegiatan WHERE uuid = ?", [uuid]))
        if not rows:
            raise KegiatanNotFound(uuid)
        row = rows[0]
        kid = row["id"]
        materi = tuple(r["judul"] for r in self.db.query(
            "SELECT judul FROM kegiatan_materi WHERE kegiatan_id = ? ORDER BY urutan", [kid]))
        speakers = tuple(
            Narasumber(r["nama"], r["instansi"], AsalNarasumber(r["asal"]) if r["asal"] else None,
                       r["materi"])
            for r in self.db.query(
                "SELECT * FROM kegiatan_narasumber WHERE kegiatan_id = ? ORDER BY urutan", [kid]))
        days: dict[int, list[int]] = defaultdict(list)
        for r in self.db.query(
                """SELECT h.peserta_id, h.hari FROM kegiatan_hadir h JOIN kegiatan_peserta p
                   ON p.id = h.peserta_id WHERE p.kegiatan_id = ? ORDER BY h.hari""", [kid]):
            days[r["peserta_id"]].append(r["hari"])
        people = tuple(to_peserta(r, tuple(days.get(r["id"], ()))) for r in self.db.query(
            "SELECT * FROM kegiatan_peserta WHERE kegiatan_id = ? ORDER BY urutan", [kid]))
        plans = tuple(to_rtl(r) for r in self.db.query(
            "SELECT * FROM kegiatan_rtl WHERE kegiatan_id = ? ORDER BY urutan", [kid]))
        return _to_kegiatan(row).with_changes(materi=materi, narasumber=speakers, peserta=people,
                                              rtl=plans)

    def put(self, kegiatan: Kegiatan) -> Kegiatan:
        """Write a session whole: the stored one with the same uuid is replaced, otherwise added.
        Participant and RTL uuids are kept where given, so an import can match them later."""
        with self.db.atomic():
            stamp = now_text()
            values: dict[str, Any] = {
                "jenis": kegiatan.jenis, "judul": kegiatan.judul.strip(),
                "tanggal_mulai": date_text(kegiatan.mulai),
                "tanggal_selesai": date_text(kegiatan.selesai),
                "wilayah_kode": str(kegiatan.wilayah), "tempat": kegiatan.tempat.strip(),
                "penyelenggara": kegiatan.penyelenggara.strip(),
                "batas_lulus": float(kegiatan.batas_lulus), "notulen": kegiatan.notulen,
                "catatan": kegiatan.catatan, "updated_at": stamp,
            }
            found = self.db.execute("SELECT id FROM kegiatan WHERE uuid = ?",
                                    [kegiatan.uuid]).fetchone() if kegiatan.uuid else None
            if found:
                kid = int(found[0])
                self.db.table("kegiatan").update(kid, values)
            else:
                values.update(uuid=kegiatan.uuid or new_uuid(), created_at=stamp)
                kid = int(self.db.table("kegiatan").insert(values).last_pk)  # type: ignore[arg-type]
            self._replace_lists(kid, kegiatan)
            self._replace_people(kid, kegiatan.peserta, stamp)
            self._replace_rows("kegiatan_rtl", kid, [rtl_values(p) for p in kegiatan.rtl],
                               [p.uuid for p in kegiatan.rtl], stamp)
            uuid = self.db.execute("SELECT uuid FROM kegiatan WHERE id = ?", [kid]).fetchone()[0]
            return self.get(str(uuid))

    def delete(self, uuid: str) -> None:
        """Remove a session with everything on it (nothing if it is already gone)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM kegiatan WHERE uuid = ?", [uuid])

    def orang_terakhir(self, kecuali: str = "") -> list[Peserta]:
        """Each participant once per exactly the same name and institution (ignoring case), as
        entered at their latest session, leaving out session `kecuali`; no uuid, days or scores."""
        return [Peserta(nama=r[1], jenis_kelamin=JenisKelamin(r[2]) if r[2] else None,
                        jabatan=r[3], instansi=r[4], kategori=r[5], desa_kode=r[6],
                        desa_nama=r[7], telepon=r[8])
                for r in self.db.execute(
                    """SELECT max(k.tanggal_mulai), p.nama, p.jenis_kelamin, p.jabatan, p.instansi,
                              p.kategori, p.desa_kode, p.desa_nama, p.telepon, p.id
                       FROM kegiatan_peserta p JOIN kegiatan k ON k.id = p.kegiatan_id
                       WHERE k.uuid <> ?
                       GROUP BY lower(p.nama), lower(p.instansi)
                       ORDER BY 1 DESC, 10""", [kecuali])]

    def ringkas_fakta(self) -> list[tuple[str, str, str, str, str, int, bool]]:
        """(uuid, judul, jenis, tanggal_mulai, wilayah_kode, present participants, has notulen)
        of every session, for readiness rules."""
        return [(r[0], r[1], r[2], r[3], r[4], int(r[5]), bool(r[6])) for r in self.db.execute(
            """SELECT k.uuid, k.judul, k.jenis, k.tanggal_mulai, k.wilayah_kode,
                      (SELECT count(DISTINCT h.peserta_id) FROM kegiatan_hadir h
                         JOIN kegiatan_peserta p ON p.id = h.peserta_id
                        WHERE p.kegiatan_id = k.id),
                      trim(k.notulen) <> ''
               FROM kegiatan k ORDER BY k.tanggal_mulai""")]

    def nama_peserta(self, jenis: frozenset[str]) -> dict[str, list[tuple[str, str]]]:
        """(name, desa kode or "") of the participants per session uuid, for sessions of these
        kinds."""
        marks = ",".join("?" * len(jenis))
        names: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for uuid, nama, desa in self.db.execute(
                f"""SELECT k.uuid, p.nama, p.desa_kode FROM kegiatan_peserta p
                    JOIN kegiatan k ON k.id = p.kegiatan_id WHERE k.jenis IN ({marks})""",
                sorted(jenis)):
            names[uuid].append((nama, desa))
        return dict(names)

    def rtl_di(self, within: KodeWilayah | None) -> dict[str, tuple[Rtl, ...]]:
        """The RTL rows of the sessions that belong to `within` or a region inside it (all for
        None), per session uuid."""
        rows: dict[str, list[Rtl]] = defaultdict(list)
        for r in self.db.query(
                """SELECT k.uuid AS k_uuid, r.* FROM kegiatan_rtl r
                   JOIN kegiatan k ON k.id = r.kegiatan_id WHERE k.wilayah_kode LIKE ?
                   ORDER BY r.kegiatan_id, r.urutan""", [f"{within or ''}%"]):
            rows[r["k_uuid"]].append(to_rtl(r))
        return {k: tuple(v) for k, v in rows.items()}

    def rtl_lewat_waktu(self, today_text: str,
                        within: KodeWilayah | None = None) -> list[RtlTerlambat]:
        """Open RTL rows whose target date is before `today_text` (ISO), the oldest first."""
        prefix = f"{within}%" if within is not None else "%"
        return [RtlTerlambat(r["k_uuid"], r["k_judul"], KodeWilayah.parse(r["k_wilayah"]),
                             to_rtl(r))
                for r in self.db.query(
                    """SELECT k.uuid AS k_uuid, k.judul AS k_judul, k.wilayah_kode AS k_wilayah, r.*
                       FROM kegiatan_rtl r JOIN kegiatan k ON k.id = r.kegiatan_id
                       WHERE r.status IN ('belum', 'berjalan') AND r.waktu < ?
                         AND k.wilayah_kode LIKE ?
                       ORDER BY r.waktu, k.id, r.urutan""", [today_text, prefix])]

    def _replace_lists(self, kid: int, kegiatan: Kegiatan) -> None:
        key = ("kegiatan_id", "urutan")
        ganti_baris(self.db, "kegiatan_materi", "kegiatan_id = ?", [kid], [
            {"kegiatan_id": kid, "urutan": n, "judul": t.strip()}
            for n, t in enumerate((t for t in kegiatan.materi if t.strip()), start=1)], key)
        ganti_baris(self.db, "kegiatan_narasumber", "kegiatan_id = ?", [kid], [
            {"kegiatan_id": kid, "urutan": n, "nama": s.nama.strip(), "instansi": s.instansi.strip(),
             "asal": s.asal.value if s.asal else None, "materi": s.materi.strip()}
            for n, s in enumerate(kegiatan.narasumber, start=1)], key)

    def _replace_people(self, kid: int, people: Sequence[Peserta], stamp: str) -> None:
        ids = self._replace_rows("kegiatan_peserta", kid, [peserta_values(p) for p in people],
                                 [p.uuid for p in people], stamp)
        ganti_baris(self.db, "kegiatan_hadir",
                    "peserta_id IN (SELECT id FROM kegiatan_peserta WHERE kegiatan_id = ?)", [kid],
                    [{"peserta_id": pid, "hari": day} for pid, p in zip(ids, people, strict=True)
                     for day in sorted(set(p.hadir))], ("peserta_id", "hari"))

    def _replace_rows(self, table: str, kid: int, rows: list[dict[str, Any]], uuids: list[str],
                      stamp: str) -> list[int]:
        """Update rows whose uuid is kept, insert the rest, delete the ones gone; the row ids in
        the order given."""
        existing = {r["uuid"]: r["id"] for r in self.db.query(
            f"SELECT id, uuid FROM {table} WHERE kegiatan_id = ?", [kid])}
        final = self._fresh_uuids(table, uuids, existing)
        keep = set(final) & set(existing)
        gone = [pk for u, pk in existing.items() if u not in keep]
        for start in range(0, len(gone), 500):
            chunk = gone[start:start + 500]
            self.db.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        full = [{**values, "kegiatan_id": kid, "urutan": order, "updated_at": stamp, "uuid": uuid}
                for order, (values, uuid) in enumerate(zip(rows, final, strict=True), start=1)]
        if full:
            columns = list(full[0])
            sets = ", ".join(f"{c} = ?" for c in columns)
            self.db.conn.executemany(
                f"UPDATE {table} SET {sets} WHERE uuid = ?",
                [[*row.values(), row["uuid"]] for row in full if row["uuid"] in keep])
            added = [row for row in full if row["uuid"] not in keep]
            self.db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}, created_at) "
                f"VALUES ({', '.join('?' * len(columns))}, ?)",
                [[*row.values(), stamp] for row in added])
        ids = {r["uuid"]: int(r["id"]) for r in self.db.query(
            f"SELECT id, uuid FROM {table} WHERE kegiatan_id = ?", [kid])}
        return [ids[u] for u in final]

    def _fresh_uuids(self, table: str, uuids: list[str], existing: dict[str, int]) -> list[str]:
        """The uuids to store: kept where this session has them, new where a row brings none,
        repeats one given earlier in the list, or one another session's row already holds."""
        taken: set[str] = set()
        brought = [u for u in uuids if u and u not in existing]
        for start in range(0, len(brought), 500):
            chunk = brought[start:start + 500]
            taken.update(r[0] for r in self.db.execute(
                f"SELECT uuid FROM {table} WHERE uuid IN ({','.join('?' * len(chunk))})", chunk))
        final: list[str] = []
        seen: set[str] = set()
        for uuid in uuids:
            fresh = uuid if uuid and uuid not in seen and uuid not in taken else new_uuid()
            seen.add(fresh)
            final.append(fresh)
        return final

def _to_kegiatan(row: dict[str, Any]) -> Kegiatan:
    mulai, selesai = date_value(row["tanggal_mulai"]), date_value(row["tanggal_selesai"])
    assert mulai is not None and selesai is not None
    return Kegiatan(
        jenis=row["jenis"], judul=row["judul"], mulai=mulai, selesai=selesai,
        wilayah=KodeWilayah.parse(row["wilayah_kode"]), tempat=row["tempat"],
        penyelenggara=row["penyelenggara"], notulen=row["notulen"], catatan=row["catatan"],
        batas_lulus=row["batas_lulus"], uuid=row["uuid"], updated_at=row["updated_at"])

