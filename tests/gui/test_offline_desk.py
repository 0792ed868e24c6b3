"""The desk window when the PostgreSQL server goes away and comes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window
from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo
from tests.pg_server import ThrowawayServer


def test_the_desk_goes_on_and_catches_up(
    qtbot: QtBot,
    throwaway_server: ThrowawayServer,
    tmp_path: Path,
) -> None:
    server = throwaway_server
    import psycopg

    with psycopg.connect(server.url("postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE meeting")
    services = open_services(server.url("meeting"))
    build_demo(services, delegates=40, seed=9)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(services, Desk("Desk A", "ana"), settings, tmp_path / "offline")
    qtbot.addWidget(window)
    window.show()
    assert window.watcher is not None
    window.watcher.stop()  # type: ignore[attr-defined]  # checked by hand below

    server.stop()
    window.watcher.check()  # type: ignore[attr-defined]
    assert window.message_bar.text.text().startswith("The database is not answering")
    field = window.checkin_view.field
    qtbot.keyClicks(field, "jovanovic")
    assert window.checkin_view.model.rowCount() == 1  # searched in the local copy
    qtbot.keyClick(field, Qt.Key.Key_Return)
    panel = window.checkin_view.panel
    assert panel.headline.text() == "Checked in (offline)"
    assert panel.message.text().endswith("sent when the server answers)")

    server.start()
    window.watcher.check()  # type: ignore[attr-defined]
    assert "1 check-ins made meanwhile were sent." in window.message_bar.text.text()
    hits = services.search.search("jovanovic").hits
    assert hits[0].checked_in
    services.close()


def test_a_blip_shorter_than_the_watcher_leaves_no_desk_stuck_offline(
    qtbot: QtBot, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One search fails during a blip (the watcher never saw it): the desk goes
    to its local copy, and the watcher's next answer brings it back with an
    empty queue, so the next check-in goes straight to the server."""
    from meetingdesk.domain.errors import DatabaseUnavailable
    from meetingdesk.services.search import SearchService

    services = open_services(pg_database)
    build_demo(services, delegates=40, seed=9)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(services, Desk("Desk A", "ana"), settings, tmp_path / "offline")
    qtbot.addWidget(window)
    window.show()
    window.watcher.stop()  # type: ignore[attr-defined]  # checked by hand below
    offline = window.checkin_view._search  # the desk's OfflineDesk
    real = SearchService.search

    def blip(self: SearchService, query: str, limit: int | None = 50) -> object:
        monkeypatch.setattr(SearchService, "search", real)  # only this once
        raise DatabaseUnavailable("cannot reach the database: timeout")

    monkeypatch.setattr(SearchService, "search", blip)
    field = window.checkin_view.field
    qtbot.keyClicks(field, "jovanovic")
    qtbot.waitUntil(lambda: window.checkin_view.model.rowCount() == 1)
    assert offline.online is False  # type: ignore[attr-defined]

    window.watcher.check()  # type: ignore[attr-defined]  # the server answers
    assert offline.online is True  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.checkin_view.panel.headline.text() == "Checked in"
    assert offline.pending() == 0  # type: ignore[attr-defined]
    assert services.search.search("jovanovic").hits[0].checked_in
    services.close()
