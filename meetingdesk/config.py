"""Where the database lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_DB = "MEETINGDESK_DB"


def default_database() -> str:
    """``MEETINGDESK_DB`` if set, else meetingdesk.sqlite3 in the user's data folder."""
    from_env = os.environ.get(ENV_DB)
    if from_env:
        return from_env
    folder = user_data_path("meetingdesk", appauthor=False, ensure_exists=True)
    return str(Path(folder) / "meetingdesk.sqlite3")
