"""Reference data shipped in resources/ (tatanan list), loaded and checked once."""

from __future__ import annotations

import json
from functools import cache

from kks_desktop.domain.errors import ReferenceDataInvalid
from kks_desktop.domain.tatanan import TatananList, parse_tatanan_list
from kks_desktop.paths import resource

TATANAN_FILE = "reference/tatanan.json"


@cache
def tatanan_list() -> TatananList:
    """The tatanan list in force.

    Raises ReferenceDataInvalid naming the file if it is missing or broken.
    """
    path = resource(*TATANAN_FILE.split("/"))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceDataInvalid(TATANAN_FILE, "-", "unreadable") from exc
    return parse_tatanan_list(data, TATANAN_FILE)
