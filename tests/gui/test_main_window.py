"""Start-up as the desk meets it: the window, and a clear word when the database fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window, open_or_choose
from tests.conftest import Meeting


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


def test_missing_database_says_so_and_offers_another(
    qtbot: QtBot, tmp_path: Path, answer_modal: Callable[[Callable[[QWidget], None]], None]
) -> None:
    seen: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        seen.extend(b.text() for b in dialog.buttons())
        dialog.button(QMessageBox.StandardButton.Close).click()

    answer_modal(read_and_close)
    assert open_or_choose(str(tmp_path / "gone.sqlite3")) is None
    assert seen[0] == f"there is no database at {tmp_path / 'gone.sqlite3'}"
    assert "Choose another…" in seen
    assert QApplication.activeModalWidget() is None
