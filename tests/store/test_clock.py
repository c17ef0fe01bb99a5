"""New records' uuids: the UUIDv7 layout, in the order they were made, so uuid indexes grow at
their end."""

from __future__ import annotations

import time
import uuid

from kks_desktop.store.clock import new_uuid, uuids_berurut


def test_a_new_uuid_is_version_7_and_sorts_after_one_made_earlier() -> None:
    earlier = new_uuid()
    time.sleep(0.002)
    later = new_uuid()
    for made in (earlier, later):
        parsed = uuid.UUID(made)
        assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
        assert str(parsed) == made
    assert earlier < later
    assert abs(int(earlier[:8] + earlier[9:13], 16) - time.time_ns() // 1_000_000) < 5_000


def test_uuids_made_together_ascend_and_differ() -> None:
    made = uuids_berurut()
    batch = [next(made) for _ in range(1000)]
    assert batch == sorted(batch) and len(set(batch)) == 1000
    assert {uuid.UUID(u).version for u in batch} == {7}
    assert len({new_uuid() for _ in range(1000)}) == 1000
