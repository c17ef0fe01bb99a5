"""Workspace-wide settings kept inside the workspace file (scope, user name, ...)."""

from __future__ import annotations

from sqlite_utils import Database


class SettingsStore:
    """Key/value text settings; `None` means not set."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_many(self, values: dict[str, str]) -> None:
        """Write several settings in one transaction."""
        with self.db.atomic():
            for key, value in values.items():
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
