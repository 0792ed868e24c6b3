"""Start-up as the desk meets it: the window, and a clear word when the database fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window, open_or_start, run_desk
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.views.start_page import ServerDialog, StartPage, make_demo
from meetingdesk.services import audit
from meetingdesk.services.app import open_services
from tests.conftest import Meeting

Answer = Callable[[Callable[[QWidget], None]], None]


def test_window_shows_the_event_the_desk_and_keeps_the_field_focused(
    qtbot: QtBot, sqlite_meeting: Meeting
) -> None:
    sqlite_meeting.clock.set_local("08:30")
    window = build_window(sqlite_meeting.services, Desk("Desk 3", "maria"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.windowTitle() == "Police Experts Meeting — meetingdesk"
    assert "09:00 Opening session" in window.findChild(QWidget, "eventPlace").text()
    assert window.status_desk.text() == "Desk: Desk 3 · Operator: maria"
    assert str(sqlite_meeting.services.target.path) in window.status_database.text()
    qtbot.waitUntil(window.checkin_view.field.hasFocus)

    qtbot.keyClicks(window.checkin_view.field, "celik")
    qtbot.keyClick(window.checkin_view.field, Qt.Key.Key_Return)
    assert window.checkin_view.panel.headline.text() == "Checked in"


def test_no_database_shows_the_start_page_and_quitting_quits(
    qtbot: QtBot, tmp_path: Path, answer_modal: Answer
) -> None:
    seen: list[str] = []

    def read_and_quit(page: QWidget) -> None:
        assert isinstance(page, StartPage)
        seen.append(page.reason.text())
        seen.extend(b.text() for b in page.findChildren(QPushButton))
        page.findChild(QPushButton, "startQuit").click()  # type: ignore[union-attr]

    answer_modal(read_and_quit)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    assert open_or_start(None, settings, str(tmp_path / "gone.sqlite3")) is None
    assert seen[0].startswith("There is no meeting on this computer yet.")
    assert {"&New event…", "&Open a file…", "Connect to a &server…", "Try the &demo"} <= set(seen)
    assert not (tmp_path / "gone.sqlite3").exists()
    assert QApplication.activeModalWidget() is None


def test_an_empty_database_gets_its_event_in_place(
    qtbot: QtBot, tmp_path: Path, answer_modal: Answer
) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_services(empty).close()  # the schema, no event

    def create(form: QWidget) -> None:
        for name, text in (
            ("title", "Side meeting"),
            ("venue", "Palacio"),
            ("newPassphrase", "correct horse battery"),
            ("newPassphraseAgain", "correct horse battery"),
        ):
            form.findChild(QLineEdit, name).setText(text)  # type: ignore[union-attr]
        form.findChild(QCheckBox, "presetOsce").setChecked(False)  # type: ignore[union-attr]
        assert form.findChild(QLineEdit, "databaseFile") is None  # it goes into that database
        form.findChild(QPushButton, "createEvent").click()  # type: ignore[union-attr]

    def start(page: QWidget) -> None:
        assert isinstance(page, StartPage)
        assert page.reason.text() == (
            f"The database {empty} holds no event yet: create it, or choose another database."
        )
        answer_modal(create)
        page.findChild(QPushButton, "startNew").click()  # type: ignore[union-attr]

    answer_modal(start)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    opened = open_or_start(str(empty), settings, str(tmp_path / "default.sqlite3"))
    assert opened is not None
    services, _ = opened
    assert services.setup.event().title == "Side meeting"
    assert services.registry.categories() == []  # no preset asked for
    services.close()


def test_a_file_that_is_no_database_is_said_and_another_chosen(
    qtbot: QtBot, tmp_path: Path, sqlite_meeting: Meeting, answer_modal: Answer
) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("shopping list")
    good = sqlite_meeting.services.target.path
    seen: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(good))
        dialog.accept()

    def start(page: QWidget) -> None:
        assert isinstance(page, StartPage)
        seen.append(page.reason.text())
        answer_modal(pick)
        page.findChild(QPushButton, "startOpen").click()  # type: ignore[union-attr]

    answer_modal(start)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    opened = open_or_start(str(junk), settings, str(tmp_path / "default.sqlite3"))
    assert opened is not None
    assert seen[0].startswith(f"{junk} cannot be opened: ")
    assert settings.value("database/last") == str(good)
    opened[0].close()


@pytest.mark.postgres
def test_a_server_is_tested_before_it_is_used(qtbot: QtBot, pg_database: str) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, pg_database.replace("/mdtest_", "/nosuchdb_"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("Not reachable"), timeout=10_000)
    assert not dialog.use_button.isEnabled()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, pg_database)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "answers" in dialog.verdict.text(), timeout=10_000)
    assert dialog.verdict.text().startswith("PostgreSQL ")
    assert dialog.verdict.text().endswith("it holds no event yet: you can create one.")
    assert dialog.use_button.isEnabled()
    qtbot.keyClicks(dialog.url, "x")  # changed after the test: test again first
    assert not dialog.use_button.isEnabled()


# The desk opens its speakers (Qt Multimedia): a machine without a sound server
# says so, which is no failure of the desk's.
@pytest.mark.qt_log_ignore("PulseAudioService", "Qt Multimedia requires")
def test_the_demo_is_in_progress_and_leaves_nothing_when_closed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    QApplication.setOrganizationName("meetingdesk")  # as run_desk names itself
    QApplication.setApplicationName("meetingdesk")
    settings = QSettings()
    settings.setValue("desk/name", "Desk 1")
    settings.setValue("desk/operator", "ana")
    folder = make_demo()
    services = open_services(folder / "demo.sqlite3", create=False)
    try:
        running = services.attendance.current_session()
        assert running is not None
        now = services.clock()
        assert running.starts_at <= now <= running.ends_at
        assert (
            services.setup.event().start_date
            == now.astimezone(ZoneInfo(services.setup.event().time_zone)).date()
        )
        with services.uow.read() as uow:
            assert audit.verify(uow.db) > 100  # the morning's check-ins, audited
    finally:
        services.close()

    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()
                return
        QTimer.singleShot(50, close_window)

    QTimer.singleShot(50, close_window)
    assert run_desk(str(folder / "demo.sqlite3"), temporary=folder) == 0
    assert not folder.exists()


@pytest.mark.parametrize("after_s", [0.0, 6.0], ids=["while-the-demo-is-made", "window-up"])
def test_a_demo_ended_by_a_signal_leaves_nothing_behind(tmp_path: Path, after_s: float) -> None:
    """A logout or Ctrl+C in the terminal ends the desk as closing its window
    does: exit 0, the demo's folder gone."""
    import os
    import signal
    import subprocess
    import sys
    import time

    config = tmp_path / "config" / "meetingdesk"
    config.mkdir(parents=True)
    (config / "meetingdesk.conf").write_text("[desk]\nname=Desk 1\noperator=ana\n")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temporary),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    desk = subprocess.Popen(
        [sys.executable, "-m", "meetingdesk", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(temporary.glob("meetingdesk-demo-*")) and time.monotonic() < deadline:
            assert desk.poll() is None, desk.communicate()
            time.sleep(0.05)
        assert list(temporary.glob("meetingdesk-demo-*")), "the demo was never made"
        time.sleep(after_s)
        desk.send_signal(signal.SIGTERM)
        _out, err = desk.communicate(timeout=60)
    finally:
        if desk.poll() is None:
            desk.kill()
    assert desk.returncode == 0, err.decode(errors="replace")[-2000:]
    assert list(temporary.glob("meetingdesk-demo-*")) == []
