"""The whole desk window on PostgreSQL through a TCP proxy, while the cable is
pulled mid-burst and plugged back in: the GUI thread never stalls (a heartbeat
timer measures it), the desk searches and checks in from its local copy, comes
back online by itself with an empty queue, and the server ends with exactly one
check-in per person."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window
from meetingdesk.qt.refresh import DeskTicker
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.desk_session import DeskSession, Link
from tests.conftest import live_checkins
from tests.gui.conftest import close_desk, settle
from tests.heartbeat import Heartbeat
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgres

MAX_STALL_MS = 100


def wait(qtbot: QtBot, condition: object, seconds: float = 30) -> None:
    qtbot.waitUntil(condition, timeout=int(seconds * 1000))  # type: ignore[arg-type]


@dataclass
class Venue:
    proxy: TcpProxy
    window: MainWindow
    session: DeskSession
    server: Services  # the same database, not through the proxy
    codes: list[str]  # badge codes needing no identity document
    beat: Heartbeat


@pytest.fixture
def venue(pg_database: str, qtbot: QtBot, tmp_path: Path) -> Iterator[Venue]:
    direct = open_services(pg_database)
    build_demo(direct, delegates=60, seed=11)
    ids, _ = direct.badges.select()
    people = [direct.registry.delegate(i) for i in ids]
    codes = [p.badge_code for p in people if not p.requires_id_check]
    url = make_url(pg_database)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    desk_services = open_services(url.set(port=proxy.port).render_as_string(False), create=False)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(desk_services, Desk("Desk A", "ana"), settings, tmp_path / "offline")
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    ticker = window.watcher
    assert isinstance(ticker, DeskTicker)
    copy = ticker.session.copy
    assert copy is not None
    wait(qtbot, lambda: copy.replica is not None)  # the first tick made the local copy
    beat = Heartbeat().start()
    try:
        yield Venue(proxy, window, ticker.session, direct, codes, beat)
    finally:
        beat.stop()
        proxy.plug()  # nothing stays held on a thread after the test
        close_desk(window)
        desk_services.close()
        proxy.close()
        direct.close()


def scan(qtbot: QtBot, window: MainWindow, code: str) -> str:
    """A badge code typed or scanned at the check-in; the headline it got."""
    window.checkin_view.scan(code)
    settle(60)
    return window.checkin_view.panel.headline.text()


def test_a_pulled_cable_mid_burst_never_freezes_the_desk_nor_loses_a_check_in(
    qtbot: QtBot, venue: Venue
) -> None:
    window, session, codes = venue.window, venue.session, venue.codes
    for code in codes[:5]:
        assert scan(qtbot, window, code) == "Checked in"
    venue.proxy.pull()  # mid-burst: connections stay open, nothing answers
    headlines = [scan(qtbot, window, code) for code in codes[5:12]]
    assert headlines == ["Checked in (offline)"] * 7
    assert session.link is Link.OFFLINE and session.pending() == 7
    field = window.checkin_view.field
    qtbot.keyClicks(field, "a")  # the search answers from the local copy
    assert window.checkin_view.model.rowCount() > 0
    field.clear()
    wait(qtbot, lambda: "not answering" in window.message_bar.text.text())

    venue.proxy.plug()  # the cable is back: the desk finds the server by itself
    wait(qtbot, lambda: session.link is Link.ONLINE and session.pending() == 0, 60)
    # The session is back on a worker thread; the window hears of it a moment later.
    wait(qtbot, lambda: "The database answers again." in window.message_bar.text.text())
    assert live_checkins(venue.server) == (12, 0)  # exactly one check-in each, none lost
    assert scan(qtbot, window, codes[12]) == "Checked in"  # straight to the server
    assert live_checkins(venue.server) == (13, 0)
    stall = venue.beat.longest
    assert stall <= MAX_STALL_MS, f"the GUI thread stalled {stall:.0f} ms"


def test_after_a_short_blip_the_next_check_in_goes_straight_to_the_server(
    qtbot: QtBot, venue: Venue
) -> None:
    window, session = venue.window, venue.session
    venue.proxy.pull()
    qtbot.keyClicks(window.checkin_view.field, "a")  # misses its deadline: the copy answers
    assert window.checkin_view.model.rowCount() > 0
    window.checkin_view.field.clear()
    venue.proxy.plug()
    wait(qtbot, lambda: session.link is Link.ONLINE)
    assert scan(qtbot, window, venue.codes[0]) == "Checked in"
    assert session.pending() == 0 and live_checkins(venue.server) == (1, 0)
    stall = venue.beat.longest
    assert stall <= MAX_STALL_MS, f"the GUI thread stalled {stall:.0f} ms"
