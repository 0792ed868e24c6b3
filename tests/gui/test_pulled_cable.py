"""The whole desk window on PostgreSQL through a TCP proxy, while the cable is
pulled mid-burst and plugged back in: the GUI thread never stalls (a heartbeat
timer measures it), the desk searches and checks in from its local copy, comes
back online by itself with an empty queue, and the server ends with exactly one
check-in per person."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from meetingdesk.domain.model import CheckIn
from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window
from meetingdesk.qt.refresh import DeskTicker
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.services.app import Services, open_services
from meetingdesk.services.demo import build_demo
from meetingdesk.services.desk_session import Link
from tests.gui.conftest import close_desk, settle
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgres

MAX_STALL_MS = 100


class Heartbeat:
    """A timer that should fire every 10 ms: the longest gap between two beats
    is the longest the GUI thread was busy with something else."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def restart(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()

    def stop(self) -> None:
        self._timer.stop()


def wait(qtbot: QtBot, condition: object, seconds: float = 30) -> None:
    qtbot.waitUntil(condition, timeout=int(seconds * 1000))  # type: ignore[arg-type]


def live(services: Services) -> tuple[int, int]:
    """(live check-ins, delegates with more than one), read straight from the server."""
    with services.uow.read() as uow:
        per = list(
            uow.db.execute(
                select(func.count())
                .select_from(CheckIn)
                .where(CheckIn.undone_at.is_(None))
                .group_by(CheckIn.delegate_id)
            ).scalars()
        )
    return sum(per), sum(1 for n in per if n > 1)


@pytest.fixture
def through_proxy(
    pg_database: str, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[TcpProxy, MainWindow, Services, list[str]]]:
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
    try:
        yield proxy, window, direct, codes
    finally:
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
    qtbot: QtBot, through_proxy: tuple[TcpProxy, MainWindow, Services, list[str]]
) -> None:
    proxy, window, direct, codes = through_proxy
    ticker = window.watcher
    assert isinstance(ticker, DeskTicker)
    session = ticker.session
    beat = Heartbeat()
    try:
        for code in codes[:5]:
            assert scan(qtbot, window, code) == "Checked in"
        proxy.pull()  # mid-burst: connections stay open, nothing answers
        headlines = [scan(qtbot, window, code) for code in codes[5:12]]
        assert headlines == ["Checked in (offline)"] * 7
        assert session.link is Link.OFFLINE and session.pending() == 7
        field = window.checkin_view.field
        qtbot.keyClicks(field, "a")  # the search answers from the local copy
        assert window.checkin_view.model.rowCount() > 0
        field.clear()
        wait(qtbot, lambda: "not answering" in window.message_bar.text.text())

        proxy.plug()  # the cable is back: the desk finds the server by itself
        wait(qtbot, lambda: session.link is Link.ONLINE and session.pending() == 0, 60)
        assert "The database answers again." in window.message_bar.text.text()
        assert live(direct) == (12, 0)  # exactly one check-in each, none lost
        assert scan(qtbot, window, codes[12]) == "Checked in"  # straight to the server
        assert live(direct) == (13, 0)
        assert beat.longest <= MAX_STALL_MS, f"the GUI thread stalled {beat.longest:.0f} ms"
    finally:
        beat.stop()


def test_after_a_short_blip_the_next_check_in_goes_straight_to_the_server(
    qtbot: QtBot, through_proxy: tuple[TcpProxy, MainWindow, Services, list[str]]
) -> None:
    proxy, window, direct, codes = through_proxy
    ticker = window.watcher
    assert isinstance(ticker, DeskTicker)
    session = ticker.session
    beat = Heartbeat()
    try:
        proxy.pull()
        qtbot.keyClicks(window.checkin_view.field, "a")  # misses its deadline: the copy answers
        assert window.checkin_view.model.rowCount() > 0
        window.checkin_view.field.clear()
        proxy.plug()
        wait(qtbot, lambda: session.link is Link.ONLINE)
        assert scan(qtbot, window, codes[0]) == "Checked in"
        assert session.pending() == 0 and live(direct) == (1, 0)
        assert beat.longest <= MAX_STALL_MS, f"the GUI thread stalled {beat.longest:.0f} ms"
    finally:
        beat.stop()
