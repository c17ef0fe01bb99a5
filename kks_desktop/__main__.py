"""Runs KKS Desktop with `python -m kks_desktop` (the same program as `kks-desktop`)."""

from kks_desktop.cli import main

raise SystemExit(main())
