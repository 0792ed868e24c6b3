"""Logging set-up: category loggers under "meetingdesk" (checkin, db, registry, ...).

Records carry desk names and delegate ids, never names or e-mail addresses.
"""

from __future__ import annotations

import logging
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: int = logging.WARNING, file: Path | None = None) -> None:
    root = logging.getLogger("meetingdesk")
    root.setLevel(min(level, logging.INFO) if file else level)
    if root.handlers:
        return
    console = logging.StreamHandler()
    console.setLevel(level)
    console.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(console)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(file, encoding="utf-8")
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
