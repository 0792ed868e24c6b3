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


def local_time_zone() -> str | None:
    """This computer's time zone as an IANA name ("Europe/Madrid"), or None when it
    cannot be told (then the person must say which)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text("utf-8", "replace").strip())
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if not name or name.startswith("/"):
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return None
