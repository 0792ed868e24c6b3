from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.config import default_database


def test_environment_chooses_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEETINGDESK_DB", "postgresql+psycopg://desk@server/meeting")
    assert default_database() == "postgresql+psycopg://desk@server/meeting"


def test_default_is_in_the_user_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("MEETINGDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_database() == str(tmp_path / "meetingdesk" / "meetingdesk.sqlite3")
