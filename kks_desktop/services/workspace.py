"""An open workspace: its database, its scope and the repositories the use cases work with."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services.wilayah import JUMLAH_RESMI_KEY, catatan_jumlah_resmi
from kks_desktop.store.backup import backup_database, restore_into
from kks_desktop.store.connection import (
    OpenedDatabase,
    open_database,
    open_for_thread,
)
from kks_desktop.store.desa_store import DesaStore
from kks_desktop.store.health import Health, health_of
from kks_desktop.store.kegiatan_store import KegiatanStore
from kks_desktop.store.kesiapan_store import KesiapanStore
from kks_desktop.store.laporan_store import LaporanStore
from kks_desktop.store.odf_store import OdfStore
from kks_desktop.store.pertukaran_store import PertukaranStore
from kks_desktop.store.pokja_store import PokjaStore
from kks_desktop.store.riwayat_store import RiwayatStore
from kks_desktop.store.rumah_tangga_store import RumahTanggaStore
from kks_desktop.store.settings_store import SettingsStore
from kks_desktop.store.uuid_store import UuidStore

logger = logging.getLogger(__name__)

_SCOPE_KEYS = ("scope.level", "scope.kode", "scope.nama")


class Workspace:
    """One workspace file open for writing by this program (and locked against a second copy).

    Belongs to the thread that opened it; a worker thread opens its own.
    """

    def __init__(self, opened: OpenedDatabase) -> None:
        self._opened = opened
        self.path = opened.path
        self.desa = DesaStore(opened.db)
        self.pokja = PokjaStore(opened.db)
        self.settings = SettingsStore(opened.db)
        self.laporan = LaporanStore(opened.db)
        self.odf = OdfStore(opened.db)
        self.kegiatan = KegiatanStore(opened.db)
        self.kesiapan = KesiapanStore(opened.db)
        self.pertukaran = PertukaranStore(opened.db)
        self.uuid = UuidStore(opened.db)
        self.riwayat = RiwayatStore(opened.db)
        self.rumah_tangga = RumahTanggaStore(opened.db)

    @classmethod
    def open(cls, path: Path) -> Workspace:
        """Open or create the workspace at `path`.

        Raises NotADatabase, DatabaseDamaged, NewerSchema or WorkspaceLocked.
        """
        return cls(open_database(path))

    def for_thread(self) -> Workspace:
        """The same workspace on a second connection, for a worker thread to use and close."""
        return Workspace(open_for_thread(self._opened))

    @property
    def backup_before_migration(self) -> Path | None:
        return self._opened.backup_before_migration

    def close(self) -> None:
        self._opened.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def atomic(self, judul: str = "") -> Iterator[None]:
        """Group several writes into one transaction (nested blocks become savepoints); the
        outermost one is one entry of the change history, titled `judul` when given."""
        with self._opened.db.atomic(judul):
            yield

    def scope(self) -> Scope | None:
        """The home region chosen at first start, or None before that."""
        level, kode, nama = (self.settings.get(k) for k in _SCOPE_KEYS)
        if not (level and kode and nama):
            return None
        return Scope(ScopeLevel(level), KodeWilayah.parse(kode), nama)

    def set_scope(self, scope: Scope) -> None:
        """Keep the scope, with a note of how many desa the official list has inside it (read
        by Beranda at every start without loading the list)."""
        values = dict(zip(_SCOPE_KEYS, (scope.level.value, str(scope.kode), scope.nama),
                          strict=True))
        values[JUMLAH_RESMI_KEY] = catatan_jumlah_resmi(scope.kode)
        self.settings.set_many(values)

    def health(self) -> Health:
        return health_of(self._opened.db)

    def backup_to(self, target: Path, meta: dict[str, str]) -> Path:
        """A checked copy of the workspace at `target` (see store.backup.backup_database)."""
        return backup_database(self._opened.db.conn, target, meta)

    def restore_from(self, backup: Path) -> None:
        """Replace everything in the workspace with the backup's content, in one step."""
        restore_into(self._opened.db.conn, backup)

    def size_bytes(self) -> int:
        """The workspace file with its WAL, as the user's disk sees it."""
        files = [self.path, self.path.with_name(self.path.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists())
