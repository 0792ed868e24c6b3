"""The desk window when the PostgreSQL server goes away and comes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window
from meetingdesk.qt.refresh import DeskTicker
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.desk_session import Link
from tests.gui.conftest import close_desk, tick
from tests.pg_server import ThrowawayServer


def desk_window(qtbot: QtBot, services: Services, tmp_path: Path) -> tuple[MainWindow, DeskTicker]:
    """The window with its ticker stopped: the test ticks by hand."""
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(services, Desk("Desk A", "ana"), settings, tmp_path / "offline")
    qtbot.addWidget(window)
    window.show()
    ticker = window.watcher
    assert isinstance(ticker, DeskTicker)
    ticker.stop()
    tick(qtbot, ticker)
    copy = ticker.session.copy
    assert copy is not None and copy.replica is not None  # the first tick made it
    return window, ticker


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
    window, ticker = desk_window(qtbot, services, tmp_path)

    server.stop()
    assert tick(qtbot, ticker).went_offline
    assert window.message_bar.text.text().startswith("The database is not answering")
    field = window.checkin_view.field
    qtbot.keyClicks(field, "jovanovic")
    assert window.checkin_view.model.rowCount() == 1  # searched in the local copy
    qtbot.keyClick(field, Qt.Key.Key_Return)
    panel = window.checkin_view.panel
    assert panel.headline.text() == "Checked in (offline)"
    assert panel.message.text().endswith("sent when the server answers.")

    server.start()
    assert tick(qtbot, ticker).back_online
    assert "1 check-ins made meanwhile were sent." in window.message_bar.text.text()
    hits = services.search.search("jovanovic").hits
    assert hits[0].checked_in
    close_desk(window)
    services.close()


def test_a_blip_shorter_than_the_watcher_leaves_no_desk_stuck_offline(
    qtbot: QtBot, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One search fails during a blip (no tick saw it): the desk goes to its
    local copy, and the next tick brings it back with an empty queue, so the
    next check-in goes straight to the server."""
    from meetingdesk.domain.errors import DatabaseUnavailable
    from meetingdesk.services.search import SearchService

    services = open_services(pg_database)
    build_demo(services, delegates=40, seed=9)
    window, ticker = desk_window(qtbot, services, tmp_path)
    real = SearchService.search

    def blip(self: SearchService, query: str, limit: int | None = 50) -> object:
        monkeypatch.setattr(SearchService, "search", real)  # only this once
        raise DatabaseUnavailable("cannot reach the database: timeout")

    monkeypatch.setattr(SearchService, "search", blip)
    field = window.checkin_view.field
    qtbot.keyClicks(field, "jovanovic")
    assert window.checkin_view.model.rowCount() == 1
    assert ticker.session.link is Link.OFFLINE

    assert tick(qtbot, ticker).back_online  # the server answers
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.checkin_view.panel.headline.text() == "Checked in"
    assert ticker.session.pending() == 0
    assert services.search.search("jovanovic").hits[0].checked_in
    close_desk(window)
    services.close()
