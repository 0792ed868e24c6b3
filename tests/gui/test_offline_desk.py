"""The desk window when the PostgreSQL server goes away and comes back."""

from __future__ import annotations

from pathlib import Path

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
