from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meetingdesk.qt.refresh import DeskTicker
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.workers import InOrder, LatestOnly
from meetingdesk.services.desk_session import DeskSession, Tick
from tests.conftest import Meeting
from tests.heartbeat import pump_until


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings in a folder of the test run's own, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def the_systems_formats() -> Iterator[None]:
    """Every test starts and ends with the system's dates and numbers (a test
    that chose a language set the application's)."""
    QLocale.setDefault(QLocale.system())
    yield
    QLocale.setDefault(QLocale.system())


def busy(widget: QWidget) -> bool:
    """Whether anything ``widget`` asked off the GUI thread is still on its way."""
    return any(
        helper.busy for kind in (LatestOnly, InOrder) for helper in widget.findChildren(kind)
    )


def settle(timeout_s: float = 20.0) -> None:
    """Run the event loop until nothing the windows asked off the GUI thread is
    on its way (searches, check-ins, counts), as a person looks at the screen
    once the desk has answered."""

    def answered() -> bool:
        return not any(
            helper.busy
            for top in QApplication.topLevelWidgets()
            for kind in (LatestOnly, InOrder)
            for helper in top.findChildren(kind)
        )

    assert pump_until(answered, timeout_s), "the desk never answered"
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def look_after_the_desk_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every key and click a test sends is followed by ``settle()``: the next
    line of the test looks at the screen once the desk has answered. (Within
    one ``keyClicks`` nothing waits, so its letters race their searches as fast
    typing does, and only the answer to the last one may show.)"""
    for name in ("keyClicks", "keyClick", "mouseClick", "mouseDClick"):
        original = getattr(QtBot, name)

        def settled(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
            result = _original(*args, **kwargs)
            settle()
            return result

        monkeypatch.setattr(QtBot, name, staticmethod(settled))


@pytest.fixture
def view(qtbot: QtBot, sqlite_meeting: Meeting) -> CheckInView:
    services = sqlite_meeting.services
    widget = CheckInView(DeskSession(services), sqlite_meeting.desk)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.field.setFocus()
    return widget


@pytest.fixture
def answer_modal(qtbot: QtBot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Answer the next modal dialog as a person would, once it is on screen and
    has read what it shows: the next one to open, not one already open when the
    answer was planned (a dialog opened from another dialog). An answer whose
    dialog never opened fails the test, and is never left to answer another
    test's dialog."""
    pending: list[Callable[[QWidget], None]] = []
    stopped = False

    def schedule(answer: Callable[[QWidget], None]) -> None:
        already = QApplication.activeModalWidget()
        pending.append(answer)

        def act() -> None:
            if stopped:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is already or not dialog.isVisible():
                QTimer.singleShot(10, act)
                return
            pending.remove(answer)
            # What the dialog reads as it opens, read: a person sees it filled.
            assert pump_until(lambda: not busy(dialog), 20), "the dialog never read its data"
            try:
                answer(dialog)
            except BaseException:
                # Close what the answer left open, so that a failing answer fails
                # the test (pytest-qt reports the exception) instead of hanging it.
                dialog.close()
                raise

        QTimer.singleShot(0, act)

    yield schedule
    stopped = True
    unused = [answer.__name__ for answer in pending]
    assert not unused, f"no dialog opened for {unused}"


def type_with_layout(widget: QWidget, text: str) -> None:
    """Key events carrying text, as a Cyrillic, Greek or French keyboard layout sends
    them (QTest.keyClicks only handles ASCII); then ``settle()``."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    settle()


def tick(qtbot: QtBot, ticker: DeskTicker) -> Tick:
    """One tick of the desk's session, as its timer would run it; then ``settle()``."""
    qtbot.waitUntil(lambda: not ticker.busy, timeout=30_000)
    with qtbot.waitSignal(ticker.ticked, timeout=30_000) as blocker:
        ticker.check()
    settle()
    answered = blocker.args[0] if blocker.args else None
    assert isinstance(answered, Tick)
    return answered


def close_desk(window: QWidget) -> None:
    """Close a desk window as ``run_desk`` does: its ticker stopped, what runs off
    the GUI thread finished, then its session (copy, queue, server calls) closed;
    nothing of one test runs on into the next."""
    ticker = getattr(window, "watcher", None)
    if isinstance(ticker, DeskTicker):
        ticker.stop()
    window.close()
    assert QThreadPool.globalInstance().waitForDone(60_000), "a task never ended"
    QApplication.processEvents()
    if isinstance(ticker, DeskTicker):
        ticker.session.close()


class Pace:
    """The clock a ScannerCapture reads: each key comes ``gap`` seconds after the
    one before (0.01: a wedge scanner; 0.2: a person typing)."""

    def __init__(self, gap: float = 0.01) -> None:
        self.gap = gap
        self.now = 1000.0

    def __call__(self) -> float:
        self.now += self.gap
        return self.now


def type_at_focus(qtbot: QtBot, text: str, enter: bool = False) -> None:
    """Keys as a keyboard (or a wedge scanner) sends them: each to whatever has
    the focus when it comes, as the focus moves."""
    for char in text:
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focus, char)
    if enter:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Return)


def open_desk(
    qtbot: QtBot, meeting: Meeting, folder: Path, at: str = "10:20", **build: Any
) -> MainWindow:
    """The whole desk window on the test meeting at ``at`` (Madrid, its first
    day), on a laptop's 1280 x 720, its ticker stopped: the test drives time."""
    from meetingdesk.qt.app import build_window

    settings = QSettings(str(folder / "desk.ini"), QSettings.Format.IniFormat)
    meeting.clock.set_local(at)
    window = build_window(meeting.services, meeting.desk, settings, **build)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window.watcher, DeskTicker)
    window.watcher.stop()
    settle()
    return window
