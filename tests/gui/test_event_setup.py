"""The event set-up window as organisers use it: every table adds, edits and removes
rows in forms with proper choosers; one Save saves everything or nothing and says
where the mistake is; rows in use cannot be removed; untouched rows write no
audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QColorDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.model import AuditEntry, DelegationKind
from meetingdesk.qt.views.event_setup import EventSetupDialog
from tests.conftest import Meeting
from tests.gui.conftest import type_with_layout

Answer = Callable[[Callable[[QWidget], None]], None]


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_meeting: Meeting) -> EventSetupDialog:
    window = EventSetupDialog(sqlite_meeting.services.setup, sqlite_meeting.desk)
    qtbot.addWidget(window)
    window.show()
    return window


def audit_entries(meeting: Meeting) -> int:
    with meeting.services.uow.read() as uow:
        return int(uow.db.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def press(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(form: QWidget) -> None:
    buttons = form.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def type_into(form: QWidget, name: str, text: str) -> None:
    field = form.findChild(QWidget, name)
    assert field is not None, name
    field.clear()  # type: ignore[attr-defined]
    type_with_layout(field, text)


def test_save_is_all_or_nothing_and_points_at_the_mistake(
    qtbot: QtBot, dialog: EventSetupDialog, sqlite_meeting: Meeting, answer_modal: Answer
) -> None:
    setup = sqlite_meeting.services.setup
    before = audit_entries(sqlite_meeting)
    dialog.event_form.venue.clear()
    qtbot.keyClicks(dialog.event_form.venue, "Palacio de Congresos")

    def closing(form: QWidget) -> None:
        type_into(form, "title", "Closing session")
        type_into(form, "room", "Sala Madrid")
        form.findChild(QWidget, "day").setDate(QDate(2026, 12, 4))  # type: ignore[union-attr]
        form.findChild(QWidget, "start").setTime(QTime(16, 0))  # type: ignore[union-attr]
        form.findChild(QWidget, "end").setTime(QTime(15, 0))  # type: ignore[union-attr]
        ok(form)

    dialog.tabs.setCurrentWidget(dialog.sessions)
    answer_modal(closing)
    press(qtbot, dialog, "sessionsAdd")
    assert dialog.sessions.table.rowCount() == 4
    press(qtbot, dialog, "saveSetup")
    assert dialog.message.text() == "Sessions, row 4, end: the session ends before it starts."
    assert dialog.tabs.currentWidget() is dialog.sessions
    assert dialog.sessions.current() == 3
    # Nothing was saved, not even the venue typed on the first tab.
    assert setup.event().venue == "Hotel Chamartín"
    assert audit_entries(sqlite_meeting) == before

    def fix(form: QWidget) -> None:
        form.findChild(QWidget, "end").setTime(QTime(16, 45))  # type: ignore[union-attr]
        ok(form)

    answer_modal(fix)
    assert dialog.sessions.current() == 3  # selected by the message
    press(qtbot, dialog, "sessionsEdit")
    press(qtbot, dialog, "saveSetup")
    assert dialog.message.text() == "Saved."
    assert setup.event().venue == "Palacio de Congresos"
    assert [s.title for s in sqlite_meeting.services.attendance.sessions()][-1] == (
        "Closing session"
    )
    # The event and one session changed: two entries, the untouched rows none.
    assert audit_entries(sqlite_meeting) == before + 2


def test_overlapping_sessions_in_one_room_are_named(
    qtbot: QtBot, dialog: EventSetupDialog, answer_modal: Answer
) -> None:
    def clash(form: QWidget) -> None:
        type_into(form, "title", "Side event")
        type_into(form, "room", "sala madrid")
        form.findChild(QWidget, "day").setDate(QDate(2026, 12, 3))  # type: ignore[union-attr]
        form.findChild(QWidget, "start").setTime(QTime(11, 0))  # type: ignore[union-attr]
        form.findChild(QWidget, "end").setTime(QTime(11, 30))  # type: ignore[union-attr]
        ok(form)

    answer_modal(clash)
    press(qtbot, dialog, "sessionsAdd")
    press(qtbot, dialog, "saveSetup")
    assert dialog.message.text() == (
        "Sessions, row 4, start: overlaps Session I: Threats (row 2), 10:00–12:30, in the same"
        " room."
    )


def test_a_category_with_its_colour_picked(
    qtbot: QtBot, dialog: EventSetupDialog, sqlite_meeting: Meeting, answer_modal: Answer
) -> None:
    def pick(picker: QWidget) -> None:
        assert isinstance(picker, QColorDialog)
        picker.setCurrentColor(QColor("#2E7D32"))
        picker.accept()

    def new_category(form: QWidget) -> None:
        type_into(form, "code", "vip")
        type_into(form, "label", "Ministers")
        type_into(form, "badge_label", "VIP")
        form.findChild(QCheckBox, "requires_id_check").setChecked(True)  # type: ignore[union-attr]
        answer_modal(pick)
        colour = form.findChild(QPushButton, "colour")
        assert colour is not None
        colour.click()
        assert colour.text() == "#2E7D32"
        ok(form)

    dialog.tabs.setCurrentWidget(dialog.categories)
    answer_modal(new_category)
    press(qtbot, dialog, "categoriesAdd")
    press(qtbot, dialog, "saveSetup")
    assert dialog.message.text() == "Saved."
    stored = {c.code: c for c in sqlite_meeting.services.registry.categories()}["VIP"]
    assert (stored.label, stored.colour, stored.requires_id_check, stored.badge_label) == (
        "Ministers",
        "#2E7D32",
        True,
        "VIP",
    )


def test_a_category_in_use_is_not_removed_and_says_who_uses_it(
    qtbot: QtBot, dialog: EventSetupDialog, sqlite_meeting: Meeting
) -> None:
    dialog.tabs.setCurrentWidget(dialog.categories)
    codes = [dialog.categories.table.item(r, 0).text() for r in range(4)]  # type: ignore[union-attr]
    dialog.categories.select(codes.index("MPC"))
    press(qtbot, dialog, "categoriesRemove")
    assert dialog.categories.notice.text() == (
        "used by 1 delegate(s) (Youssef El-Masry): move them first."
    )
    assert dialog.categories.table.rowCount() == 4
    # An unused one goes, at Save.
    sqlite_meeting.services.setup.add_category("SPARE", "Spare", "#000000")
    dialog.close()
    again = EventSetupDialog(sqlite_meeting.services.setup, sqlite_meeting.desk)
    qtbot.addWidget(again)
    again.show()
    again.categories.select(4)
    press(qtbot, again, "categoriesRemove")
    press(qtbot, again, "saveSetup")
    assert again.message.text() == "Saved."
    assert "SPARE" not in {c.code for c in sqlite_meeting.services.registry.categories()}


def test_a_delegation_with_its_kind_in_words_and_a_country_found_by_typing(
    qtbot: QtBot, dialog: EventSetupDialog, sqlite_meeting: Meeting, answer_modal: Answer
) -> None:
    def new_delegation(form: QWidget) -> None:
        type_into(form, "name", "North Macedonia")
        kind = form.findChild(QWidget, "kind")
        assert kind is not None
        assert [kind.itemText(i) for i in range(kind.count())][:3] == [  # type: ignore[attr-defined]
            "participating State",
            "Partner for Co-operation",
            "international organisation",
        ]
        country = form.findChild(QWidget, "country_code")
        assert country is not None
        country.lineEdit().clear()  # type: ignore[attr-defined]
        QTest.keyClicks(country.lineEdit(), "macedon")  # type: ignore[attr-defined]
        popup = country.completer().popup()  # type: ignore[attr-defined]
        assert popup.isVisible()
        assert popup.model().index(0, 0).data() == "North Macedonia (MK)"
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        type_into(form, "name_fr", "Macédoine du Nord")
        ok(form)

    dialog.tabs.setCurrentWidget(dialog.delegations)
    answer_modal(new_delegation)
    press(qtbot, dialog, "delegationsAdd")
    press(qtbot, dialog, "saveSetup")
    assert dialog.message.text() == "Saved."
    stored = {d.name: d for d in sqlite_meeting.services.registry.delegations()}
    north = stored["North Macedonia"]
    assert (north.kind, north.country_code, north.name_fr) == (
        DelegationKind.PARTICIPATING_STATE,
        "MK",
        "Macédoine du Nord",
    )
    assert QApplication.activeModalWidget() is None


def test_a_time_zone_is_found_by_typing(qtbot: QtBot, dialog: EventSetupDialog) -> None:
    zone = dialog.event_form.time_zone
    zone.lineEdit().clear()
    qtbot.keyClicks(zone.lineEdit(), "lisb")
    popup = zone.completer().popup()
    assert popup.model().index(0, 0).data() == "Europe/Lisbon"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert zone.value() == "Europe/Lisbon"
    assert dt.date(2026, 12, 3) == dialog.event_form.details().start_date


def test_a_save_over_a_slow_link_never_freezes_the_set_up(
    qtbot: QtBot,
    dialog: EventSetupDialog,
    sqlite_meeting: Meeting,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The save waits for the database off the GUI thread: the window goes on
    beating, says it is saving, and cannot be closed until the save has landed."""
    import time

    from meetingdesk.services.setup import SetupService
    from tests.gui.conftest import settle
    from tests.heartbeat import Heartbeat

    real = SetupService.save

    def slow(self: SetupService, *args: object) -> object:
        time.sleep(1.0)
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SetupService, "save", slow)
    dialog.event_form.venue.clear()
    qtbot.keyClicks(dialog.event_form.venue, "Palacio de Congresos")
    heartbeat = Heartbeat().start()
    save = dialog.findChild(QPushButton, "saveSetup")
    assert save is not None
    save.click()  # not settled: look while the save is on its way
    assert dialog.message.text() == "Saving…" and not save.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not closed under the save
    settle()
    heartbeat.stop()
    assert heartbeat.longest < 100, heartbeat.longest
    assert dialog.message.text() == "Saved." and save.isEnabled()
    assert sqlite_meeting.services.setup.event().venue == "Palacio de Congresos"
