"""The desk window on PostgreSQL through a venue's network: how long its GUI
thread ever stalls while staff type and check people in.

    python benchmarks/bench_network.py                   # 100,000 delegates
    python benchmarks/bench_network.py --delegates 2000  # quick

A TCP proxy (tests/tcp_proxy.py) sits between the desk and the server, and the
same work (names typed letter by letter at a typist's pace, badges checked in)
runs three times: normal traffic, 200 ms added to every chunk either way, and
the cable pulled (connections open, nothing answering) then plugged back in. A
heartbeat timer that should fire every 10 ms gives the longest stall of the
GUI thread in each case (target <= 50 ms). Then the first opening of the
Delegates tab at the full size (target: usable within 1 s).

The anchor, in the same run and through the same proxy: one plain psycopg query
(the change counter the desk asks every second) on the GUI thread, the way a
desk that does its database work there would stall; the ratio is printed.
Needs a PostgreSQL server (MEETINGDESK_TEST_PG, default 127.0.0.1:5432, trust);
without one it says so and exits 0. Runs offscreen; reports, never fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from _common import drop, postgres_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.tcp_proxy, heartbeat
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ["jovanovic", "papadopoulos", "garcia", "muller", "ivanova"]
KEY_GAP_S = 0.08  # a fast typist
TARGET_MS = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delegates", type=int, default=100_000)
    parser.add_argument("--checkins", type=int, default=10, help="per case")
    args = parser.parse_args()
    url = postgres_database()
    if url is None:
        return 0
    try:
        return run(url, args.delegates, args.checkins)
    finally:
        drop(url)


def run(url: str, delegates: int, checkins: int) -> int:
    import psycopg
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url

    from meetingdesk.domain.model import Category, CheckIn, Delegate
    from meetingdesk.domain.values import Desk
    from meetingdesk.qt.app import build_window
    from meetingdesk.qt.refresh import DeskTicker
    from meetingdesk.services.app import open_services
    from meetingdesk.services.demo import build_demo
    from meetingdesk.services.desk_session import Link
    from tests.heartbeat import Heartbeat, pump, pump_until
    from tests.tcp_proxy import TcpProxy

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    direct = open_services(url)
    started = time.perf_counter()
    build_demo(direct, delegates=delegates, seed=3)
    print(f"meetingdesk network benchmark: {delegates:,} delegates on PostgreSQL (offscreen)")
    print(f"demo built in {time.perf_counter() - started:.1f} s")
    with direct.uow.read() as uow:
        codes = list(
            uow.db.execute(
                select(Delegate.badge_code)
                .join(Category, Category.id == Delegate.category_id)
                .where(Category.requires_id_check.is_(False))
                .limit(3 * checkins + 1)
            ).scalars()
        )
    target = make_url(url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432)
    proxied = target.set(port=proxy.port).render_as_string(False)
    services = open_services(proxied, create=False)
    folder = Path(tempfile.mkdtemp(prefix="meetingdesk-bench-"))
    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(services, Desk("Bench", "bench"), settings, folder / "offline")
    window.resize(1280, 760)
    window.show()
    ticker = window.watcher
    assert isinstance(ticker, DeskTicker)
    session = ticker.session

    heartbeat = Heartbeat().start()

    def work(batch: list[str]) -> None:
        view = window.checkin_view
        for word in WORDS:
            view.field.clear()
            for letter in word:
                QTest.keyClick(view.field, letter)
                pump(KEY_GAP_S)
        view.field.clear()
        for code in batch:
            view.scan(code)
            pump_until(lambda: not view.busy, 30)

    def plain_query() -> float:
        """The anchor: the desk's one-row question, on the GUI thread, raw psycopg."""
        start = time.perf_counter()
        try:
            with psycopg.connect(
                proxied.replace("+psycopg", ""), connect_timeout=5, autocommit=True
            ) as conn:
                conn.execute("SET statement_timeout = 5000")
                conn.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()
        except psycopg.Error:
            pass  # it failed: the stall is what it cost
        return (time.perf_counter() - start) * 1000

    pump_until(lambda: session.copy is not None and session.copy.replica is not None, 600)
    results = []
    for case, batch in zip(
        ("normal traffic", "200 ms added latency", "cable pulled"),
        (codes[:checkins], codes[checkins : 2 * checkins], codes[2 * checkins : 3 * checkins]),
        strict=True,
    ):
        if case.startswith("200"):
            proxy.delay(0.2)
        pump(1.5)
        heartbeat.restart()
        if case == "cable pulled":
            proxy.delay(0)
            proxy.pull()
            work(batch)
            stall = heartbeat.longest
            anchor = plain_query()
            heartbeat.restart()  # the anchor's own stall aside
            proxy.plug()
            back = pump_until(lambda: session.link is Link.ONLINE and session.pending() == 0, 60)
            stall = max(stall, heartbeat.longest)
            note = "back online, queue sent" if back else "NOT back online within 60 s"
        else:
            work(batch)
            stall = heartbeat.longest
            anchor = plain_query()
            note = f"desk {session.link.value}"
        verdict = "met" if stall <= TARGET_MS else "MISSED"
        results.append(stall)
        print(
            f"{case:<22} longest GUI stall {stall:7.1f} ms   plain psycopg query on the GUI"
            f" thread {anchor:7.1f} ms   ratio {anchor / max(stall, 0.1):6.1f}x"
            f"   target <= {TARGET_MS} ms: {verdict}   ({note})"
        )
    proxy.delay(0)
    with direct.uow.read() as uow:
        live = uow.db.execute(
            select(func.count()).select_from(CheckIn).where(CheckIn.undone_at.is_(None))
        ).scalar_one()
    print(f"check-ins on the server     {live} of {3 * checkins} (exact: {live == 3 * checkins})")

    pump(1.5)
    heartbeat.restart()
    start = time.perf_counter()
    window.tabs.setCurrentWidget(window.delegates_view)
    view = window.delegates_view
    pump_until(lambda: view.model.rowCount() > 0 and not view.busy, 120)
    opened = time.perf_counter() - start
    pump(0.2)
    rows = view.model.rowCount()
    verdict = "met" if opened <= 1.0 and heartbeat.longest <= TARGET_MS else "MISSED"
    print(
        f"Delegates tab first opened  {opened:7.2f} s to {rows:,} rows shown,"
        f" longest GUI stall {heartbeat.longest:7.1f} ms   target <= 1 s and"
        f" <= {TARGET_MS} ms: {verdict}"
    )
    heartbeat.stop()
    ticker.stop()
    window.close()
    pump_until(lambda: not ticker.busy, 30)
    session.close()
    services.close()
    direct.close()
    proxy.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
