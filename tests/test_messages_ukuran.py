"""File sizes as people read them, from a few bytes to gigabytes."""

import pytest

from kks_desktop.messages import size_text


@pytest.mark.parametrize(("size", "text"), [
    (0, "1 KB"), (700, "1 KB"), (850 * 1024, "850 KB"), (4_404_019, "4,2 MB"),
    (1023 * 1024 ** 2, "1023,0 MB"), (1024 ** 3 - 1, "1,0 GB"), (1024 ** 3, "1,0 GB"),
    (3_000_000_000, "2,8 GB")])
def test_size_text(size, text):
    assert size_text(size) == text
