"""Door mode driven as session staff drive it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from meetingdesk.qt.views.door_view import DoorView
from tests.conftest import Meeting
from tests.gui.conftest import Pace, type_at_focus


@pytest.fixture
def door(qtbot: QtBot, sqlite_meeting: Meeting) -> DoorView:
    sqlite_meeting.clock.set_local("10:20")  # during Session I
    services = sqlite_meeting.services
    view = DoorView(services.attendance, services.search, sqlite_meeting.desk, "Europe/Madrid")
    qtbot.addWidget(view)
    view.show()
    return view


def scan(qtbot: QtBot, view: DoorView, text: str) -> None:
    qtbot.keyClicks(view.field, text)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)


def test_the_running_session_is_chosen_from_the_clock(door: DoorView) -> None:
    assert door.session.currentText().endswith("Session I: Threats (Sala Madrid)")


def test_admitted_then_already_in(qtbot: QtBot, door: DoorView, sqlite_meeting: Meeting) -> None:
    scan(qtbot, door, sqlite_meeting.payload("papadopoulos"))
    assert door.answer.text() == "Admitted"
    assert "#1B5E20" in door.banner.styleSheet()  # green
    assert door.count.text() == "In the room: 1"
    assert door.present.item(0).text() == "10:20  Nikolaos Papadopoulos, Greece"

    sqlite_meeting.clock.set_local("10:31")
    scan(qtbot, door, sqlite_meeting.payload("papadopoulos"))
    assert door.answer.text() == "Already in"
    assert "#FFB300" in door.banner.styleSheet()  # amber
    assert "Already recorded in Session I: Threats at 10:20 at Desk 1." in door.detail.text()
    assert door.count.text() == "In the room: 1"


@pytest.mark.parametrize(
    ("prepare", "expected"),
    [
        ("cancel", "Refused: registration cancelled"),
        ("reprint", "Refused: badge revoked"),
        ("forge", "Refused: code not valid"),
        ("desk-first", "Refused: not checked in at the desk"),
    ],
)
def test_refused(
    qtbot: QtBot, door: DoorView, sqlite_meeting: Meeting, prepare: str, expected: str
) -> None:
    m = sqlite_meeting
    payload = m.payload("isik")
    if prepare == "cancel":
        m.services.registry.set_cancelled(m.people["isik"], True, m.desk)
    elif prepare == "reprint":
        m.services.registry.reissue_badge(m.people["isik"], "lost", m.desk)
    elif prepare == "forge":
        payload = payload[:-1] + ("2" if payload[-1] != "2" else "3")
    else:
        from sqlalchemy import update

        from meetingdesk.domain.model import Event

        with m.services.uow.write() as uow:
            uow.db.execute(update(Event).values(attendance_requires_checkin=True))
            uow.commit()
    scan(qtbot, door, payload)
    assert door.answer.text() == expected
    assert "#B71C1C" in door.banner.styleSheet()  # red
    assert door.count.text() == "In the room: 0"


def test_manual_add_and_remove_with_a_reason(
    qtbot: QtBot,
    door: DoorView,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    qtbot.keyClicks(door.field, "celik")
    qtbot.keyClick(door.field, Qt.Key.Key_Return)
    assert door.answer.text() == "Admitted"
    present = sqlite_meeting.services.attendance.present(sqlite_meeting.sessions[1])
    assert [(p.name, p.method) for p in present] == [("Mehmet Çelik", "manual")]

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("scanned at the wrong door")
        dialog.accept()

    door.present.setCurrentRow(0)
    answer_modal(give_reason)
    qtbot.mouseClick(door.remove_button, Qt.MouseButton.LeftButton)
    assert door.count.text() == "In the room: 0"
    assert sqlite_meeting.services.attendance.count(sqlite_meeting.sessions[1]) == 0
    from sqlalchemy import select

    from meetingdesk.domain.model import AuditEntry

    with sqlite_meeting.services.uow.read() as uow:
        last = uow.db.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
        assert last is not None
        assert (last.action, last.detail["reason"]) == (
            "attendance.removed",
            "scanned at the wrong door",
        )


def test_a_scan_at_the_door_tab_goes_to_the_door(
    qtbot: QtBot, sqlite_meeting: Meeting, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from meetingdesk.qt.app import build_window
    from meetingdesk.qt.scanner import ScannerCapture

    sqlite_meeting.clock.set_local("10:20")
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = build_window(sqlite_meeting.services, sqlite_meeting.desk, settings)
    qtbot.addWidget(window)
    window.show()
    window.watcher.stop()  # type: ignore[union-attr]
    scanner = ScannerCapture.attach(window, window.scanned, window.typed, Pace())
    try:
        assert window.door_view is not None
        window.tabs.setCurrentWidget(window.door_view)
        qtbot.waitUntil(window.door_view.field.hasFocus)  # the door field takes the keyboard
        bar = window.tabs.tabBar()
        bar.setFocus()
        qtbot.waitUntil(bar.hasFocus)
        type_at_focus(qtbot, sqlite_meeting.payload("celik"), enter=True)
        assert window.door_view.answer.text() == "Admitted"
        assert window.checkin_view.panel.headline.text() == "Ready"  # not a desk check-in
    finally:
        scanner.detach()
