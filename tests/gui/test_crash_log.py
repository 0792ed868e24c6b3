"""A bug reaches the crash dialog, which names the desk's log file; the file is
the owner's alone and holds no personal data."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from meetingdesk.log import configure, desk_log_file
from meetingdesk.qt import app as desk_app


def test_the_crash_dialog_names_the_log_that_holds_the_details(
    qapp: object, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    configure(logging.WARNING, file=desk_log_file())
    logging.getLogger("meetingdesk.checkin").info("desk=Desk 1 checked in delegate=42 (scan)")
    try:
        raise RuntimeError("no such column: delegate.no_such_column")
    except RuntimeError as exc:
        desk_app._crash_hook(RuntimeError, exc, exc.__traceback__)
    log_file = log_folder / "meetingdesk.log"
    assert shown == [f"Something went wrong. The details are in the log: {log_file}"]
    for handler in logging.getLogger("meetingdesk").handlers:
        handler.flush()
    written = log_file.read_text("utf-8")
    assert "delegate=42" in written and "no_such_column" in written
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    root = logging.getLogger("meetingdesk")
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()
