"""The check-in view driven as desk staff drive it: type, arrow, Enter, scan, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.model import AuditEntry, CheckIn
from meetingdesk.qt.models.base import ObjectRole
from meetingdesk.qt.models.search_results import SearchResultsModel
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.services.desk_session import DeskSession
from tests.conftest import Meeting
from tests.gui.conftest import type_with_layout


def live_checkins(meeting: Meeting) -> int:
    with meeting.services.uow.read() as uow:
        return uow.db.execute(select(func.count()).where(CheckIn.undone_at.is_(None))).scalar_one()


def last_audit(meeting: Meeting) -> str:
    with meeting.services.uow.read() as uow:
        return uow.db.execute(
            select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one()


def names_listed(view: CheckInView) -> list[str]:
    return [view.model.hit(r).display_name for r in range(view.model.rowCount())]


def test_typing_lists_matches_and_enter_checks_in(
    qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting
) -> None:
    qtbot.keyClicks(view.field, "nun")
    assert names_listed(view) == ["Begoña Núñez Ibáñez"]

    qtbot.keyClick(view.field, Qt.Key.Key_Return)

    assert view.panel.headline.text() == "Checked in"
    assert view.panel.name.text() == "Begoña Núñez Ibáñez"
    assert view.panel.delegation.text() == "Spain"
    assert live_checkins(sqlite_meeting) == 1
    assert last_audit(sqlite_meeting) == "checkin"
    assert view.field.text() == ""
    assert view.field.hasFocus()


def test_results_update_from_the_first_letter_in_any_script(
    qtbot: QtBot, view: CheckInView
) -> None:
    type_with_layout(view.field, "ј")
    assert "Milica Jovanović" in names_listed(view)
    type_with_layout(view.field, "ованов")
    assert sorted(names_listed(view)) == ["Milica Jovanović", "Јован Јовановић"]


def test_arrow_keys_choose_the_row_that_enter_checks_in(
    qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting
) -> None:
    qtbot.keyClicks(view.field, "jovanovic")
    second = view.model.hit(1)
    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.name.text() == second.display_name
    qtbot.keyClicks(view.field, "jovanovic")
    statuses = {view.model.hit(r).display_name: view.model.hit(r).checked_in for r in range(2)}
    assert statuses[second.display_name] is True


def test_scanned_badge_checks_in_directly_and_again_says_already(
    qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting
) -> None:
    payload = sqlite_meeting.payload("papadopoulos")
    qtbot.keyClicks(view.field, payload)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Checked in"
    assert view.panel.native.text() == "Νικόλαος Παπαδόπουλος"

    qtbot.keyClicks(view.field, payload.lower())
    qtbot.keyClick(view.field, Qt.Key.Key_Return)

    assert view.panel.headline.text() == "Already checked in"
    assert view.panel.message.text().startswith("Already checked in at ")
    assert live_checkins(sqlite_meeting) == 1


def test_refusals_are_named(qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting) -> None:
    sqlite_meeting.services.registry.set_cancelled(
        sqlite_meeting.people["hoxhe"], True, sqlite_meeting.desk
    )
    qtbot.keyClicks(view.field, sqlite_meeting.payload("hoxhe"))
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Registration cancelled"

    genuine = sqlite_meeting.payload("celik")
    forged = genuine[:-1] + ("2" if genuine[-1] != "2" else "3")
    qtbot.keyClicks(view.field, forged)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Code not valid"
    assert live_checkins(sqlite_meeting) == 0


def test_ctrl_z_undoes_the_last_check_in_after_confirmation(
    qtbot: QtBot,
    view: CheckInView,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    qtbot.keyClicks(view.field, "celik")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert live_checkins(sqlite_meeting) == 1

    def say_yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    answer_modal(say_yes)
    qtbot.keyClick(view.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert view.panel.headline.text() == "Check-in undone"
    assert live_checkins(sqlite_meeting) == 0
    assert last_audit(sqlite_meeting) == "checkin.undo"


def test_category_with_id_check_asks_for_the_document(
    qtbot: QtBot,
    view: CheckInView,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    def fill(dialog: QWidget) -> None:
        kind = dialog.findChild(QComboBox, "idDocument")
        assert kind is not None
        assert [kind.itemText(i) for i in range(kind.count())] == [
            "Passport",
            "National identity card",
            "Diplomatic or service card",
            "Other document",
        ]
        last_four = dialog.findChild(QLineEdit, "idLastFour")
        qtbot.keyClicks(last_four, "x1-2 34567")  # the field takes four letters or digits
        assert last_four.text() == "x123"  # type: ignore[union-attr]
        qtbot.keyClick(last_four, Qt.Key.Key_Return)

    answer_modal(fill)
    qtbot.keyClicks(view.field, "silva")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)

    assert view.panel.headline.text() == "Checked in"
    with sqlite_meeting.services.uow.read() as uow:
        seen = uow.db.execute(select(CheckIn.id_document, CheckIn.id_last_four)).one()
    assert tuple(seen) == ("passport", "X123")


def test_search_results_model_is_a_correct_qt_model(qtmodeltester, sqlite_meeting: Meeting) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    result = sqlite_meeting.services.search.search("a")
    model.set_rows(result.hits, result.more)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ObjectRole) == result.hits[0]
    model.set_rows((), False)
    qtmodeltester.check(model)


def test_namesakes_in_the_results_are_marked_as_such(qtbot, sqlite_meeting: Meeting) -> None:  # type: ignore[no-untyped-def]
    """Two people called Ana Silva: both rows say so, and what tells them apart
    (delegation, badge code) stands out; a lone name is not marked."""
    from meetingdesk.qt.models.search_results import NAMESAKE_BACKGROUND
    from meetingdesk.services.registry import DelegateFields

    services = sqlite_meeting.services
    spain = next(d.id for d in services.registry.delegations() if d.name == "Spain")
    services.registry.register_walk_in(
        DelegateFields("Ana", "Silva", spain, "DEL"), sqlite_meeting.desk, check_in=False
    )
    model = SearchResultsModel()
    result = services.search.search("silva")
    model.set_rows(result.hits, result.more)
    assert [h.namesakes for h in result.hits] == [1, 1]
    for row in range(2):
        name = model.index(row, SearchResultsModel.COL_NAME)
        assert (
            name.data(Qt.ItemDataRole.BackgroundRole).color().name() == NAMESAKE_BACKGROUND.lower()
        )
        assert "Same name as 1 other person(s) here" in name.data(Qt.ItemDataRole.ToolTipRole)
        assert (
            model.index(row, SearchResultsModel.COL_DELEGATION)
            .data(Qt.ItemDataRole.FontRole)
            .bold()
        )
    lone = services.search.search("hoxhe")
    model.set_rows(lone.hits, lone.more)
    assert model.index(0, SearchResultsModel.COL_NAME).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_panel_shows_who_enter_will_check_in_before_it_does(
    qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting
) -> None:
    width = view.panel.width()
    qtbot.keyClicks(view.field, "nun")
    assert view.panel.headline.text() == "Enter checks in"
    assert view.panel.width() == width  # the table beside it never jumps
    assert view.panel.name.text() == "Begoña Núñez Ibáñez"
    assert view.panel.delegation.text() == "Spain"
    assert live_checkins(sqlite_meeting) == 0  # a preview records nothing
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Checked in"


def test_enter_asks_for_a_choice_when_several_people_match_exactly(
    qtbot: QtBot, view: CheckInView, sqlite_meeting: Meeting
) -> None:
    qtbot.keyClicks(view.field, "jovanovic")
    assert sum(view.model.hit(r).exact for r in range(view.model.rowCount())) == 2
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Choose who it is"
    assert view.panel.message.text().startswith("2 people match exactly")
    assert live_checkins(sqlite_meeting) == 0
    assert view.field.text() == "jovanovic"  # nothing was taken away

    qtbot.keyClick(view.field, Qt.Key.Key_Down)
    second = view.model.hit(1)
    assert view.panel.name.text() == second.display_name  # the preview follows
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Checked in"
    assert view.panel.name.text().endswith(second.display_name)


def test_esc_clears_and_nobody_found_says_how_to_register_a_walk_in(
    qtbot: QtBot, view: CheckInView
) -> None:
    qtbot.keyClicks(view.field, "zzqxw")
    assert view.model.rowCount() == 0
    assert view.more.text() == "No one found."  # this view has no walk-in form
    qtbot.keyClick(view.field, Qt.Key.Key_Escape)
    assert (view.field.text(), view.more.text()) == ("", "")
    qtbot.keyClicks(view.field, "nun")
    qtbot.keyClick(view.field, Qt.Key.Key_Escape)
    assert (view.field.text(), view.model.rowCount()) == ("", 0)
    assert view.panel.headline.text() == "Ready"


def test_the_outcome_gives_way_to_ready_after_a_few_seconds(
    qtbot: QtBot, sqlite_meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meetingdesk.qt.views import checkin_view

    monkeypatch.setattr(checkin_view, "READY_AFTER_MS", 200)
    services = sqlite_meeting.services
    view = CheckInView(DeskSession(services), sqlite_meeting.desk)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.field, "nun")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.headline.text() == "Checked in"
    qtbot.waitUntil(lambda: view.panel.headline.text() == "Ready", timeout=3000)
