"""Logging set-up: category loggers under "meetingdesk" (checkin, db, registry, ...).

Records carry desk names and delegate ids, never names or e-mail addresses
(SQL parameters are hidden from errors too: engines use ``hide_parameters``).
The desk also writes them to a rotating file in the user's log folder
(``desk_log_file``), readable by its owner only, which the crash dialog names.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_BYTES = 1_000_000
LOG_FILES = 5  # the current file and this many older ones


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Each file it opens (the first, and each after a rotation) is created
    readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        from meetingdesk.files import private_file

        private_file(Path(self.baseFilename))
        return super()._open()


def desk_log_file() -> Path:
    """Where the desk's log goes (``MEETINGDESK_LOG_DIR`` overrides the folder)."""
    folder = os.environ.get("MEETINGDESK_LOG_DIR")
    if folder:
        return Path(folder) / "meetingdesk.log"
    from platformdirs import user_log_path

    return user_log_path("meetingdesk", appauthor=False) / "meetingdesk.log"


def configure(level: int = logging.WARNING, file: Path | None = None) -> None:
    root = logging.getLogger("meetingdesk")
    root.setLevel(min(level, logging.INFO) if file else level)
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(level)
        console.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(console)
    if file is not None and not any(
        isinstance(h, logging.FileHandler) and Path(h.baseFilename) == file.resolve()
        for h in root.handlers
    ):
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _PrivateRotatingFile(
            file, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
