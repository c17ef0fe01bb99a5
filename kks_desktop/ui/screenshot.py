"""`kks-desktop screenshot`: render a page of the main window offscreen into a PNG."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kks_desktop.domain.errors import WorkspaceNotFound
from kks_desktop.services.workspace import Workspace

logger = logging.getLogger(__name__)


def save_screenshot(db_path: Path, page: str, out: Path, size: str) -> int:
    """Render `page` of the main window at `size` (e.g. "1280x800") into `out`; 0 on success.

    Raises WorkspaceNotFound if the workspace does not exist, or its opening errors.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kks_desktop.ui.app import application
    from kks_desktop.ui.main_window import MainWindow
    from kks_desktop.ui.session import UiSession

    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        print(f"kks-desktop: ukuran “{size}” tidak sah; contoh: 1280x800", file=sys.stderr)
        return 2
    if not db_path.exists():
        raise WorkspaceNotFound(db_path)
    app = application()
    with Workspace.open(db_path) as ws:
        window = MainWindow(UiSession(ws))
        if page not in window.view_keys:
            print(f"kks-desktop: halaman “{page}” tidak dikenal; pilihan: "
                  f"{', '.join(window.view_keys)}", file=sys.stderr)
            return 2
        window.show_page(page)
        window.resize(width, height)
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(out))
        window.close()
    if not saved:
        print(f"kks-desktop: gambar tidak dapat disimpan ke {out}", file=sys.stderr)
        return 1
    print(f"Tersimpan: {out} ({page}, {width}x{height})")
    return 0
