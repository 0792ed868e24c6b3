"""Every scan is seen, and heard: on each tab, in each dialog, never in a form
field; typing in a field is never eaten by the scanner's filter. The capture is
attached as run_desk attaches it; keys go to whatever has the focus, at a
scanner's pace or a person's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meetingdesk.qt.scanner import ScannerCapture
from meetingdesk.qt.theme import Tone
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.qt.views.scan_notice import ScanNotice
from tests.conftest import Meeting
from tests.gui.conftest import Pace, close_desk, open_desk, settle, type_at_focus


class FakeSpeaker:
    """The desk's speakers, as the tones they were asked to play."""

    def __init__(self) -> None:
        self.played: list[tuple[Tone, float]] = []

    def play(self, tone: Tone, volume: float) -> None:
        self.played.append((tone, volume))

    @property
    def tones(self) -> list[Tone]:
        return [tone for tone, _ in self.played]


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def pace() -> Pace:
    return Pace(0.01)  # a wedge scanner


@pytest.fixture
def desk(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path, speaker: FakeSpeaker, pace: Pace
) -> Iterator[MainWindow]:
    window = open_desk(qtbot, sqlite_meeting, tmp_path, "10:20", sound_sink=speaker)  # Session I
    # Held keys are handed on when the next key shows they are typing, never
    # by the wall clock: the test's pace is the only pace.
    scanner = ScannerCapture.attach(window, window.scanned, window.typed, pace, hold_ms=60_000)
    yield window
    scanner.detach()
    close_desk(window)


def action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def focus_in(qtbot: QtBot, dialog: QWidget) -> None:
    """The dialog has the keyboard, as it has on screen once it opened."""
    dialog.activateWindow()

    def inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and focus.window() is dialog

    qtbot.waitUntil(inside)


def field_texts(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLineEdit)]
    texts += [w.currentText() for w in dialog.findChildren(QComboBox)]
    texts += [w.text() for w in dialog.findChildren(QAbstractSpinBox)]
    return texts


def test_a_scan_on_every_tab_reaches_the_desk(
    qtbot: QtBot, desk: MainWindow, sqlite_meeting: Meeting, speaker: FakeSpeaker
) -> None:
    assert desk.door_view is not None and desk.delegates_view is not None
    for index, who in enumerate(("masry", "celik", "nunez", "dorde")):
        desk.tabs.setCurrentIndex(index)
        settle()
        shown = desk.tabs.currentWidget()
        # Where the focus is on that tab, a table or a button or a field.
        type_at_focus(qtbot, sqlite_meeting.payload(who), enter=True)
        if shown is desk.door_view:
            assert desk.tabs.currentWidget() is desk.door_view  # the door admits
            assert desk.door_view.answer.text() == "Admitted"
            assert desk.door_view.who.text().endswith("Núñez Ibáñez")
            assert desk.door_view.field.text() == ""
        else:
            assert desk.tabs.currentWidget() is desk.checkin_view  # where the outcome is
            assert desk.checkin_view.panel.headline.text() == "Checked in"
            assert desk.checkin_view.field.text() == ""  # not one character typed there
    assert speaker.tones == [Tone.DONE] * 4


def test_a_forged_badge_on_the_delegates_tab_is_refused_aloud(
    qtbot: QtBot, desk: MainWindow, sqlite_meeting: Meeting, speaker: FakeSpeaker
) -> None:
    assert desk.delegates_view is not None
    desk.tabs.setCurrentWidget(desk.delegates_view)
    settle()
    payload = sqlite_meeting.payload("isik")
    forged = payload[:-1] + ("2" if payload[-1] != "2" else "3")
    type_at_focus(qtbot, forged, enter=True)
    assert desk.tabs.currentWidget() is desk.checkin_view
    assert desk.checkin_view.panel.headline.text() == "Code not valid"
    assert desk.checkin_view.panel.tone is Tone.REFUSED
    assert speaker.tones == [Tone.REFUSED]


Opener = Callable[[MainWindow], None]


def _walk_in(window: MainWindow) -> None:
    window.checkin_view.walk_in_action.trigger()


def _menu(text: str) -> Opener:
    def open_it(window: MainWindow) -> None:
        action(window, text).trigger()

    open_it.__name__ = text
    return open_it


def _undo_question(window: MainWindow) -> None:
    window.checkin_view.undo_last()


@pytest.mark.parametrize(
    "opener",
    [
        _walk_in,
        _menu("&Import delegates…"),
        _menu("Event &set-up…"),
        _menu("&Export…"),
        _undo_question,
    ],
    ids=["walk-in", "import", "set-up", "export", "undo-question"],
)
def test_a_scan_in_a_dialog_checks_in_and_says_so_on_the_dialog(
    qtbot: QtBot,
    desk: MainWindow,
    sqlite_meeting: Meeting,
    speaker: FakeSpeaker,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
    opener: Opener,
) -> None:
    if opener is _undo_question:  # a check-in to undo, so that the question comes
        desk.checkin_view.scan(sqlite_meeting.payload("celik"))
        settle()
        speaker.played.clear()
    seen: dict[str, object] = {}

    def scan_in(dialog: QWidget) -> None:
        focus_in(qtbot, dialog)
        before = field_texts(dialog)
        type_at_focus(qtbot, sqlite_meeting.payload("masry"), enter=True)
        notice = ScanNotice.on(dialog)
        seen.update(
            notice=notice.text() if notice.isVisible() else None,
            fields_untouched=field_texts(dialog) == before,
            still_open=dialog.isVisible(),
        )
        if isinstance(dialog, QMessageBox):
            dialog.button(QMessageBox.StandardButton.No).click()
        else:
            dialog.close()

    answer_modal(scan_in)
    opener(desk)
    settle()
    assert seen == {
        "notice": "Checked in: Youssef El-Masry",
        "fields_untouched": True,
        "still_open": True,  # the scan's Enter pressed no button of the dialog
    }
    assert desk.checkin_view.panel.name.text() == "Youssef El-Masry"
    assert speaker.tones == [Tone.DONE]


def test_typing_in_a_dialog_field_is_never_eaten(
    qtbot: QtBot,
    desk: MainWindow,
    pace: Pace,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    """Letters that could begin a payload ("Md…", "MD1-…") are held for a
    moment and then reach the field in order, at a person's pace or a fast one."""
    seen: dict[str, str] = {}

    def type_names(dialog: QWidget) -> None:
        given = dialog.findChild(QLineEdit, "given_name")
        assert given is not None
        focus_in(qtbot, dialog)
        given.setFocus()
        pace.gap = 0.2  # a person
        type_at_focus(qtbot, "Mdina Mohamed")
        seen["slow"] = given.text()
        given.clear()
        desk_scanner = desk.findChild(ScannerCapture)
        assert desk_scanner is not None
        pace.gap = 0.01  # someone very fast, or a burst: a payload's beginning...
        type_at_focus(qtbot, "MD1-7 Street")
        assert desk_scanner.holding and given.text() == ""
        desk_scanner.hand_on()  # ...then a pause, and no Enter: it was text after all
        seen["fast"] = given.text()
        given.clear()
        type_at_focus(qtbot, "Mam")  # ends on a held "m": handed on after the pause
        assert desk_scanner.holding
        desk_scanner.hand_on()
        seen["held"] = given.text()
        given.clear()
        type_at_focus(qtbot, "MD2-Road", enter=True)  # fast, with Enter: not a payload
        seen["entered"] = given.text()
        dialog.close()

    answer_modal(type_names)
    desk.checkin_view.walk_in_action.trigger()
    assert seen == {
        "slow": "Mdina Mohamed",
        "fast": "MD1-7 Street",
        "held": "Mam",
        "entered": "MD2-Road",
    }


def test_letters_typed_on_a_table_start_a_new_lookup(
    qtbot: QtBot, desk: MainWindow, pace: Pace
) -> None:
    assert desk.delegates_view is not None
    qtbot.keyClicks(desk.checkin_view.field, "nunez")
    desk.tabs.setCurrentWidget(desk.delegates_view)
    desk.delegates_view.table.setFocus()
    settle()
    pace.gap = 0.2
    type_at_focus(qtbot, "masry")
    assert desk.tabs.currentWidget() is desk.checkin_view
    assert desk.checkin_view.field.text() == "masry"  # not "nunezmasry"
    assert desk.checkin_view.model.hit(0).display_name == "Youssef El-Masry"


def test_sounds_follow_each_outcome_and_the_view_menu(
    qtbot: QtBot, desk: MainWindow, sqlite_meeting: Meeting, speaker: FakeSpeaker
) -> None:
    view = desk.checkin_view
    view.scan(sqlite_meeting.payload("celik"))
    settle()
    view.scan(sqlite_meeting.payload("celik"))
    settle()
    view.scan("MD2" + "X" * 90)  # not a badge of this event, nor any
    settle()
    qtbot.keyClicks(view.field, "zzzzqqq")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)  # nobody to check in: no sound
    assert speaker.tones == [Tone.DONE, Tone.ALREADY, Tone.REFUSED]
    assert {volume for _, volume in speaker.played} == {0.6}  # medium, the default
    desk.volume_actions[2].trigger()  # Loud: a sample of the new volume
    assert speaker.played[-1] == (Tone.DONE, 1.0)
    desk.sound_action.trigger()  # sounds off
    speaker.played.clear()
    view.scan(sqlite_meeting.payload("masry"))
    settle()
    assert view.panel.headline.text() == "Checked in"
    assert speaker.played == []
    desk.sound_action.trigger()
    view.scan(sqlite_meeting.payload("masry"))
    settle()
    assert speaker.played == [(Tone.ALREADY, 1.0)]


def test_undo_sounds_neutral(
    qtbot: QtBot,
    desk: MainWindow,
    sqlite_meeting: Meeting,
    speaker: FakeSpeaker,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    desk.checkin_view.scan(sqlite_meeting.payload("celik"))
    settle()
    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    desk.checkin_view.undo_last()
    settle()
    assert desk.checkin_view.panel.headline.text() == "Check-in undone"
    assert desk.checkin_view.panel.tone is Tone.NEUTRAL
    assert speaker.tones == [Tone.DONE, Tone.NEUTRAL]


@pytest.mark.parametrize(("answer", "recorded"), [("No", False), ("Yes", True)])
def test_the_door_asks_before_recording_outside_the_sessions_time(
    qtbot: QtBot,
    desk: MainWindow,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
    answer: str,
    recorded: bool,
) -> None:
    door = desk.door_view
    assert door is not None
    desk.tabs.setCurrentWidget(door)
    settle()
    session = door._sessions[door.session_id()]  # type: ignore[index]
    sqlite_meeting.clock.now = session.starts_at - dt.timedelta(days=2)
    asked: list[str] = []

    def reply(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        button = (
            QMessageBox.StandardButton.Yes if answer == "Yes" else QMessageBox.StandardButton.No
        )
        box.button(button).click()

    answer_modal(reply)
    type_at_focus(qtbot, sqlite_meeting.payload("celik"), enter=True)
    settle()
    assert len(asked) == 1
    assert session.title in asked[0] and "not its time yet" in asked[0]
    assert (door.answer.text() == "Admitted") is recorded
    assert sqlite_meeting.services.attendance.count(session.id) == (1 if recorded else 0)
