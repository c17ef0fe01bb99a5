"""What `check` reports about a workspace: schema version, quick_check, rows per table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from kks_desktop.store.schema import SCHEMA_VERSION, TABLES


@dataclass(frozen=True)
class Health:
    schema_version: int
    supported_version: int
    quick_check: list[str]
    foreign_key_problems: int
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return (
            self.quick_check == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema_version == self.supported_version
        )


def health_of(db: Database) -> Health:
    """Read-only health figures of an open workspace."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    quick = [str(row[0]) for row in db.execute("PRAGMA quick_check").fetchall()]
    fk_problems = len(db.execute("PRAGMA foreign_key_check").fetchall())
    counts = {t: int(db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]) for t in TABLES}
    return Health(version, SCHEMA_VERSION, quick, fk_problems, counts)
