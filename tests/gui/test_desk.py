"""The desk window as staff use it all morning: walk-ins, the delegates table,
other desks' check-ins, a scanner while the focus is elsewhere, a locked
database, Spanish."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meetingdesk.domain.model import Delegate
from meetingdesk.domain.values import Desk
from meetingdesk.qt.app import build_window
from meetingdesk.qt.i18n import install_translations
from meetingdesk.qt.models.base import ObjectRole
from meetingdesk.qt.scanner import ScannerCapture
from meetingdesk.qt.views.delegate_dialog import DelegateDialog
from meetingdesk.qt.views.main_window import MainWindow
from meetingdesk.services.app import open_services
from meetingdesk.services.overview import OverviewService
from tests.conftest import PEOPLE, FakeClock, Meeting, build_meeting
from tests.gui.conftest import Pace, settle, type_at_focus, type_with_layout


@pytest.fixture
def window(qtbot: QtBot, sqlite_meeting: Meeting, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    sqlite_meeting.clock.set_local("09:00")
    main = build_window(sqlite_meeting.services, sqlite_meeting.desk, settings)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.watcher is not None:
        main.watcher.stop()  # type: ignore[attr-defined]


def choose(qtbot: QtBot, combo: QComboBox, typed: str) -> None:
    """Type a few letters into a type-ahead list and take what it offers."""
    line = combo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, typed)
    popup = combo.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def delegate_count(meeting: Meeting) -> int:
    with meeting.services.uow.read() as uow:
        return int(uow.db.execute(select(func.count()).select_from(Delegate)).scalar_one())


def test_walk_in_needs_a_delegation_and_a_category_chosen(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    before = delegate_count(sqlite_meeting)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegateDialog)
        assert dialog.delegation.currentText() == "" and dialog.category.currentText() == ""
        qtbot.keyClicks(dialog.given_name, "Marta")
        qtbot.keyClicks(dialog.family_name, "Vidal")
        qtbot.keyClick(dialog.family_name, Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        choose(qtbot, dialog.delegation, "spa")
        qtbot.keyClick(dialog.family_name, Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        choose(qtbot, dialog.category, "particip")
        assert dialog.category.currentData() == "DEL"
        qtbot.keyClick(dialog.family_name, Qt.Key.Key_Return)

    answer_modal(fill)
    qtbot.mouseClick(window.checkin_view.walk_in_button, Qt.MouseButton.LeftButton)
    assert seen == ["Choose the delegation.", "Choose the category."]
    assert delegate_count(sqlite_meeting) == before + 1
    assert window.checkin_view.panel.name.text() == "Marta Vidal"
    assert window.checkin_view.panel.delegation.text() == "Spain"


def test_a_walk_in_already_registered_is_checked_in_not_registered_twice(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    before = delegate_count(sqlite_meeting)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegateDialog)
        qtbot.keyClicks(dialog.given_name, "Begona")
        qtbot.keyClicks(dialog.family_name, "Nunez Ibanez")
        qtbot.waitUntil(dialog.similar.isVisible, timeout=3000)
        seen["similar"] = dialog.similar.text()
        seen["default"] = dialog.check_in_registered.text()
        seen["other"] = dialog.save_button.text()
        assert dialog.check_in_registered.isDefault() and not dialog.save_button.isDefault()
        qtbot.keyClick(dialog.family_name, Qt.Key.Key_Return)  # the default button

    answer_modal(fill)
    qtbot.mouseClick(window.checkin_view.walk_in_button, Qt.MouseButton.LeftButton)
    assert seen["similar"].startswith("Already registered with this name: Begoña Núñez Ibáñez")
    assert sqlite_meeting.code("nunez") in seen["similar"]
    assert seen["default"] == "Check in Begoña Núñez Ibáñez (Spain)"
    assert seen["other"] == "Register a new person"
    panel = window.checkin_view.panel
    assert (panel.headline.text(), panel.name.text()) == ("Checked in", "Begoña Núñez Ibáñez")
    assert delegate_count(sqlite_meeting) == before
    assert window.counts_panel is not None
    assert window.counts_panel.total.text() == "Checked in: 1 of 13"


def test_a_second_person_of_the_same_name_takes_a_deliberate_click(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    before = delegate_count(sqlite_meeting)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegateDialog)
        qtbot.keyClicks(dialog.given_name, "Begona")
        qtbot.keyClicks(dialog.family_name, "Nunez Ibanez")
        qtbot.waitUntil(dialog.similar.isVisible, timeout=3000)
        choose(qtbot, dialog.delegation, "spa")
        choose(qtbot, dialog.category, "DEL")
        qtbot.keyClicks(dialog.email, "b.nunez@es.example")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(window.checkin_view.walk_in_button, Qt.MouseButton.LeftButton)
    assert delegate_count(sqlite_meeting) == before + 1
    assert window.checkin_view.panel.headline.text() == "Checked in"


def test_a_walk_in_saved_over_a_slow_link_never_freezes_the_form(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The save and the look for namesakes wait for the database off the GUI
    thread (here a database that takes a second to answer, then one that is
    gone): the window goes on beating, Esc cannot drop a save on its way, and
    a database that is gone is said on the form, which keeps what was typed."""
    import time

    from meetingdesk.domain.errors import DatabaseUnavailable
    from meetingdesk.services.registry import RegistryService
    from tests.heartbeat import Heartbeat

    real_similar, real_register = RegistryService.similar, RegistryService.register_walk_in

    def slow_similar(self: RegistryService, *args: object) -> object:
        time.sleep(0.4)
        return real_similar(self, *args)  # type: ignore[arg-type]

    link = {"up": False}

    def slow_register(self: RegistryService, *args: object, **kwargs: object) -> object:
        time.sleep(1.0)
        if not link["up"]:
            raise DatabaseUnavailable("cannot reach the database: connection timed out")
        return real_register(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RegistryService, "similar", slow_similar)
    monkeypatch.setattr(RegistryService, "register_walk_in", slow_register)
    before = delegate_count(sqlite_meeting)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegateDialog)
        heartbeat = Heartbeat().start()
        qtbot.keyClicks(dialog.given_name, "Lejla")
        type_with_layout(dialog.family_name, "Hadžić")
        choose(qtbot, dialog.delegation, "alb")
        choose(qtbot, dialog.category, "DEL")
        dialog.save_button.click()  # not settled: look while the save is on its way
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the save is on its way
        seen["open while saving"] = dialog.isVisible()
        seen["gone"] = dialog.error.text()
        seen["kept"] = dialog.family_name.text()
        link["up"] = True
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        heartbeat.stop()
        seen["stall"] = heartbeat.longest

    answer_modal(fill)
    qtbot.mouseClick(window.checkin_view.walk_in_button, Qt.MouseButton.LeftButton)
    assert seen["open while saving"] is True
    assert "database" in str(seen["gone"]) and seen["kept"] == "Hadžić"
    assert float(seen["stall"]) < 100, seen["stall"]  # type: ignore[arg-type]
    assert delegate_count(sqlite_meeting) == before + 1
    assert window.checkin_view.panel.headline.text() == "Checked in"


def test_the_walk_in_form_opens_at_once_and_an_unread_delegate_is_never_saved(
    qtbot: QtBot, sqlite_meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form reads its lists (and the delegate to edit) off the GUI thread:
    a walk-in's name can be typed meanwhile, nothing chosen or saved; a
    delegate that could not be read is never saved over."""
    import time

    from meetingdesk.domain.errors import DatabaseUnavailable
    from meetingdesk.services.registry import RegistryService
    from tests.heartbeat import Heartbeat

    real = RegistryService.delegations

    def slow(self: RegistryService) -> object:
        time.sleep(0.5)
        return real(self)

    monkeypatch.setattr(RegistryService, "delegations", slow)
    registry = sqlite_meeting.services.registry
    heartbeat = Heartbeat().start()
    walk_in = DelegateDialog(registry, sqlite_meeting.desk)
    qtbot.addWidget(walk_in)
    walk_in.show()
    assert walk_in.given_name.isEnabled() and not walk_in.delegation.isEnabled()
    assert not walk_in.save_button.isEnabled()
    cancel = walk_in.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)  # type: ignore[union-attr]
    assert cancel.isEnabled()  # a database that does not answer never holds the form
    settle()
    heartbeat.stop()
    assert heartbeat.longest < 100, heartbeat.longest
    assert walk_in.delegation.isEnabled() and walk_in.save_button.isEnabled()
    assert walk_in.delegation.count() == 8 and walk_in.delegation.currentIndex() == -1

    def gone(self: RegistryService, delegate_id: int) -> object:
        raise DatabaseUnavailable("cannot reach the database: connection timed out")

    monkeypatch.setattr(RegistryService, "fields_of", gone)
    edit = DelegateDialog(registry, sqlite_meeting.desk, sqlite_meeting.people["celik"])
    qtbot.addWidget(edit)
    edit.show()
    settle()
    assert "database" in edit.error.text()
    assert not edit.save_button.isEnabled() and not edit.family_name.isEnabled()
    cancel = edit.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)  # type: ignore[union-attr]
    assert cancel.isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not edit.isVisible()


def test_edit_errors_point_at_the_field(
    qtbot: QtBot,
    window: MainWindow,
    answer_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    view = window.delegates_view
    assert view is not None
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 13, timeout=3000)
    view.select(view.model.id_at(0))
    outcome: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, DelegateDialog)
        dialog.family_name.clear()
        dialog.email.setText("not an address")
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        outcome["error"] = dialog.error.text()
        outcome["marked"] = dialog.family_name.styleSheet()
        outcome["open"] = dialog.isVisible()
        outcome["focus"] = dialog.focusWidget() is dialog.family_name
        dialog.reject()

    answer_modal(edit)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert outcome == {
        "error": "family name: this is required",
        "marked": "border: 2px solid #B71C1C;",
        "open": True,
        "focus": True,
    }


def test_delegates_filters_call_the_late_delegations(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    view = window.delegates_view
    assert view is not None
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 13, timeout=3000)
    qtmodeltester.check(view.model)

    view.delegation.setCurrentIndex(view.delegation.findText("Serbia"))
    settle()  # filtered on a worker
    assert view.shown.text() == "3 of 13 shown"
    sqlite_meeting.services.checkin.check_in(sqlite_meeting.code("dorde"), sqlite_meeting.desk)
    view.reload()
    settle()
    box = QPoint(6, view.not_arrived.height() // 2)  # on the box, not past its label
    qtbot.mouseClick(view.not_arrived, Qt.MouseButton.LeftButton, pos=box)
    names = {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    assert names == {"Јован Јовановић", "Milica Jovanović"}
    view.category.setCurrentIndex(view.category.findData("MEDIA"))
    settle()  # filtered on a worker
    assert view.model.rowCount() == 0
    view.delegation.setCurrentIndex(0)
    settle()  # filtered on a worker
    view.status.setCurrentIndex(view.status.findData("registered"))
    settle()  # filtered on a worker
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["Ana Silva"]


def test_the_delegates_tab_finds_by_any_prefix_in_any_script_within_its_filters(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    view = window.delegates_view
    assert view is not None
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 13, timeout=3000)

    def names() -> set[str]:
        return {view.model.index(r, 0).data() for r in range(view.model.rowCount())}

    type_with_layout(view.search_field, "јов")  # Cyrillic finds the Latin spelling too
    assert names() == {"Јован Јовановић", "Milica Jovanović"}
    assert view.shown.text() == "2 of 13 shown"
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, "jov")  # and Latin the Cyrillic
    assert names() == {"Јован Јовановић", "Milica Jovanović"}
    sqlite_meeting.services.checkin.check_in(
        sqlite_meeting.code("jovanovic_lat"), sqlite_meeting.desk
    )
    view.reload()
    settle()
    box = QPoint(6, view.not_arrived.height() // 2)
    qtbot.mouseClick(view.not_arrived, Qt.MouseButton.LeftButton, pos=box)
    assert names() == {"Јован Јовановић"}  # the search and the filter, both
    view.search_field.clear()
    settle()
    assert view.model.rowCount() == 12  # the filter alone again
    code = sqlite_meeting.code("nunez")
    qtbot.keyClicks(view.search_field, code.lower())
    assert names() == {"Begoña Núñez Ibáñez"}


def test_a_check_in_by_another_desk_appears(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    watcher = window.watcher
    assert watcher is not None
    qtbot.keyClicks(window.checkin_view.field, "celik")
    assert window.checkin_view.model.hit(0).checked_in is False
    db = str(sqlite_meeting.services.target.path)
    with qtbot.waitSignal(watcher.changed, timeout=2500):  # type: ignore[attr-defined]
        subprocess.run(
            [
                sys.executable,
                "-m",
                "meetingdesk",
                "checkin",
                sqlite_meeting.code("celik"),
                "--db",
                db,
                "--desk",
                "Desk 7",
            ],
            check=True,
            capture_output=True,
        )
    settle()  # the results and counts are asked again, off the GUI thread
    assert window.checkin_view.field.text() == "celik"  # typing untouched
    assert window.checkin_view.model.hit(0).checked_in is True
    assert window.counts_panel is not None
    assert window.counts_panel.total.text() == "Checked in: 1 of 13"


def test_scanner_while_the_focus_is_elsewhere(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    scanner = ScannerCapture.attach(window, window.scanned, window.typed, Pace())
    try:
        tab_bar = window.tabs.tabBar()
        tab_bar.setFocus()
        qtbot.waitUntil(tab_bar.hasFocus)
        type_at_focus(qtbot, sqlite_meeting.payload("masry"), enter=True)
        assert window.checkin_view.panel.headline.text() == "Checked in"
        assert window.checkin_view.panel.name.text() == "Youssef El-Masry"
        tab_bar.setFocus()
        type_at_focus(qtbot, "isik")
        assert window.checkin_view.field.text() == "isik"  # ordinary typing lands in the field
        assert window.checkin_view.field.hasFocus()
        assert window.checkin_view.model.hit(0).display_name == "İpek Işık"
    finally:
        scanner.detach()


def test_a_locked_database_shows_a_message_and_the_desk_goes_on(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "desk.sqlite3"
    services = open_services(path, clock=clock, busy_timeout_ms=50)
    meeting = build_meeting(services, clock)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    main = build_window(services, meeting.desk, settings)
    qtbot.addWidget(main)
    main.show()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClicks(main.checkin_view.field, "celik")
        qtbot.keyClick(main.checkin_view.field, Qt.Key.Key_Return)
        assert main.message_bar.isVisible()
        assert main.message_bar.text.text().startswith("the database is busy")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # The typed name is still there: Enter again once the database is free.
    assert main.checkin_view.field.text() == "celik"
    qtbot.keyClick(main.checkin_view.field, Qt.Key.Key_Return)
    assert main.checkin_view.panel.headline.text() == "Checked in"
    main.watcher.stop()  # type: ignore[union-attr]
    services.close()


def test_spanish(qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    try:
        assert install_translations(app, "es") == "es"
        settings = QSettings(str(tmp_path / "es.ini"), QSettings.Format.IniFormat)
        spanish = build_window(sqlite_meeting.services, sqlite_meeting.desk, settings)
        qtbot.addWidget(spanish)
        tabs = [spanish.tabs.tabText(i) for i in range(spanish.tabs.count())]
        assert tabs == ["&Registro", "&Participantes", "&Asistencia", "&Acreditaciones"]
        assert spanish.checkin_view.panel.headline.text() == "Preparado"
        spanish.watcher.stop()  # type: ignore[union-attr]
    finally:
        install_translations(app, "en")


def test_overview_counts(sqlite_meeting: Meeting) -> None:
    overview = OverviewService(sqlite_meeting.services.uow, sqlite_meeting.clock)
    sqlite_meeting.clock.set_local("09:10")
    sqlite_meeting.services.checkin.check_in(sqlite_meeting.code("celik"), sqlite_meeting.desk)
    sqlite_meeting.clock.set_local("09:40")
    sqlite_meeting.services.checkin.check_in(sqlite_meeting.code("isik"), sqlite_meeting.desk)
    counts = overview.counts(slot_minutes=30)
    assert (counts.checked_in, counts.expected) == (2, 13)
    # The meeting day: from 08:00 (an hour before a first session, if earlier)
    # to the end of its last session, in half hours; the two arrivals in theirs.
    by_time = {f"{start:%H:%M}": n for start, n in counts.arrivals}
    assert min(by_time) <= "08:00" and by_time["09:00"] == 1 and by_time["09:30"] == 1
    assert sum(by_time.values()) == 2
    zone = counts.arrivals[0][0].tzinfo
    last_end = max(
        s.ends_at.astimezone(zone)
        for s in sqlite_meeting.services.attendance.sessions()
        if s.starts_at.astimezone(zone).date() == counts.arrivals[0][0].date()
    )
    assert counts.arrivals[-1][0] + dt.timedelta(minutes=30) >= last_end
    assert {c.code: (c.checked_in, c.expected) for c in counts.categories}["DEL"] == (2, 10)


def test_a_wrong_column_in_a_service_is_a_bug_for_the_crash_dialog_not_the_message_bar(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search runs off the GUI thread; its failure comes back to it, and only
    what the database cannot do right now is "not answering"."""
    from sqlalchemy import text

    from meetingdesk.services.search import SearchService

    def wrong_column(self: SearchService, query: str, limit: int | None = 50) -> object:
        with self._uow.read() as uow:
            return uow.db.execute(text("SELECT no_such_column FROM delegate")).all()

    monkeypatch.setattr(SearchService, "search", wrong_column)
    with qtbot.captureExceptions() as caught:
        qtbot.keyClicks(window.checkin_view.field, "celik")
    assert [kind.__name__ for kind, _value, _tb in caught] == ["OperationalError"]
    assert "no_such_column" in str(caught[0][1])
    assert not window.message_bar.isVisible()


def test_a_check_in_elsewhere_changes_one_row_of_the_delegates_tab_in_place(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    """No reset of the whole table for another desk's check-in: the ticker names
    the delegate, her row alone is read again (off the GUI thread) and changed."""
    view = window.delegates_view
    window.tabs.setCurrentWidget(view)
    settle()  # the list is on screen
    resets: list[int] = []
    changed: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    ticker = window.watcher
    assert ticker is not None
    celik = sqlite_meeting.people["celik"]
    with qtbot.waitSignal(ticker.changed, timeout=5000) as moved:  # type: ignore[attr-defined]
        sqlite_meeting.services.checkin.check_in(sqlite_meeting.code("celik"), Desk("Desk 7", "bo"))
    assert moved.args == [frozenset({celik})]
    settle()
    assert resets == [] and len(changed) == 1
    row = view.model.loaded_row(changed[0])
    assert row.id == celik and row.checked_in_at is not None
    shown = [view.model.index(r, 0).data(ObjectRole).id for r in range(view.model.rowCount())]
    assert celik in shown


def test_a_badge_scanned_on_another_tab_is_checked_in_where_the_operator_sees_it(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    window.tabs.setCurrentWidget(window.delegates_view)
    window.scanned(sqlite_meeting.payload("celik"))
    settle()
    assert window.tabs.currentWidget() is window.checkin_view
    assert window.checkin_view.panel.headline.text() == "Checked in"


def test_a_header_click_sorts_the_delegates_in_the_database(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting
) -> None:
    """Names sort by family name whatever their script (Јовановић beside
    Jovanović), the way the database holds the key; a second click reverses."""
    from meetingdesk.qt.models.delegates import DelegatesModel

    view = window.delegates_view
    window.tabs.setCurrentWidget(view)
    settle()
    header = view.table.horizontalHeader()
    with sqlite_meeting.services.uow.read() as uow:
        key = {i: k for i, k in uow.db.execute(select(Delegate.id, Delegate.sort_name))}

    def keys() -> list[str]:
        return [key[view.model.id_at(r)] for r in range(view.model.rowCount())]

    at = QPoint(header.sectionPosition(DelegatesModel.COL_NAME) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    settle()
    assert keys() == sorted(key.values()) and len(keys()) == 13
    assert header.sortIndicatorSection() == DelegatesModel.COL_NAME
    view.model.index(0, 0).data()  # the rows come into view: read a page at a time
    settle()
    shown = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    cyrillic, latin = shown.index("Јован Јовановић"), shown.index("Milica Jovanović")
    assert abs(cyrillic - latin) == 1  # one family name, two scripts, side by side
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    settle()
    assert keys() == sorted(key.values(), reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    arrived = QPoint(header.sectionPosition(DelegatesModel.COL_ARRIVED) + 5, 5)
    sqlite_meeting.services.checkin.check_in(sqlite_meeting.code("celik"), sqlite_meeting.desk)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=arrived)
    settle()
    assert view.model.id_at(view.model.rowCount() - 1) == sqlite_meeting.people["celik"]


def test_changes_every_moment_never_keep_the_delegates_list_from_showing(
    qtbot: QtBot, window: MainWindow, sqlite_meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read of everyone takes seconds at 100,000 delegates while other desks
    change someone every second: each change must not restart the read."""
    import time as clock

    from meetingdesk.services.overview import OverviewService

    real = OverviewService.listed

    def slow(self: OverviewService, *args: object) -> object:
        clock.sleep(0.3)
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(OverviewService, "listed", slow)
    view = window.delegates_view
    window.tabs.setCurrentWidget(view)
    celik = sqlite_meeting.people["celik"]
    for _ in range(15):  # a change every 100 ms, each sooner than a read ends
        view.update_delegates(frozenset({celik}))
        qtbot.wait(100)
    assert view.model.rowCount() == 13  # shown while the changes go on
    settle()


def test_the_counts_panel_speaks_the_language_and_charts_the_day(
    qtbot: QtBot, sqlite_meeting: Meeting
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QLabel

    from meetingdesk.qt.views.counts_panel import CountsPanel, scale_top
    from meetingdesk.services.overview import CategoryCount, Counts

    assert [scale_top(n) for n in (0, 1, 2, 3, 7, 11, 49, 51, 1234)] == [
        1,
        1,
        2,
        5,
        10,
        20,
        50,
        100,
        2000,
    ]
    zone = dt.timezone(dt.timedelta(hours=1))
    day = dt.datetime(2026, 12, 3, 8, 0, tzinfo=zone)
    arrivals = tuple((day + dt.timedelta(minutes=30 * i), 40 * (i % 3)) for i in range(20))
    counts = Counts(
        categories=(CategoryCount("DEL", "Delegates", "#1F4E9A", 12_500, 1_234),),
        arrivals=arrivals,
        slot_minutes=30,
    )
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("es_ES"))
        panel = CountsPanel()
        qtbot.addWidget(panel)
        panel.setFixedWidth(260)
        panel.set_counts(counts)
        panel.show()
        assert panel.total.text() == "Checked in: 1234 of 12.500"  # Spanish grouping
        figures = panel.findChild(QLabel, "countDEL")
        assert figures is not None and figures.text() == "1234 / 12.500"
        # Whole hours, as many as fit without touching; a scale above the peak of 80.
        step = panel.chart.hours_per_label()
        labels = [label for _, label in panel.chart.time_labels()]
        assert labels == [f"{h}:00" for h in range(8, 18) if h % step == 0]
        widest = max(panel.chart.fontMetrics().horizontalAdvance(t) for t in labels)
        assert step * (panel.chart.width() - 30) / 10 >= widest  # 10 hours on the axis
        panel.chart.setFixedWidth(120)  # narrower: fewer labels, never touching
        assert panel.chart.hours_per_label() > step
        assert panel.chart.scale() == 100
        panel.chart.grab()  # it paints
    finally:
        QLocale.setDefault(previous)


def test_failures_and_refusals_are_said_in_the_windows_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from meetingdesk.domain.errors import DatabaseUnavailable, Unavailability
    from meetingdesk.qt.wording import failure
    from meetingdesk.services.desk_session import Late

    app = QApplication.instance()
    assert app is not None
    busy = DatabaseUnavailable("the database is busy (…)", Unavailability.BUSY)
    other = DatabaseUnavailable("cannot reach the database: nothing was changed (refused)")
    assert failure(busy) == (
        "the database is busy (another program holds it): nothing was changed, try again"
    )
    try:
        install_translations(app, "es")
        assert failure(Late(1.5)) == "el servidor no ha respondido en 1,5 segundos"
        assert failure(busy).startswith("la base de datos está ocupada")
        assert failure(other) == str(other)  # the driver's own words, as they came
        from meetingdesk.domain.errors import Invalid, NotFound, ValidationError

        bad = ValidationError("email", "'ana@' is not…", Invalid.NOT_AN_EMAIL, value="ana@")
        assert failure(bad) == "correo electrónico: ana@ no es una dirección de correo"
        assert failure(NotFound("no delegate…", ("NOPE2345",))) == (
            "Nadie tiene el código de acreditación NOPE2345."
        )
        from meetingdesk.qt.wording import import_problem
        from meetingdesk.services.importer import Problem, RowProblem

        row = Problem(
            4, "C (Delegación)", "unknown…", RowProblem.UNKNOWN_DELEGATION, (("value", "Narnia"),)
        )
        assert (
            import_problem(row) == "línea 4, columna C (Delegación): delegación desconocida Narnia"
        )
        twin = Problem(9, None, "the same…", RowProblem.SAME_EMAIL, (("other_line", 1200),))
        assert import_problem(twin) == (
            "línea 9: la misma persona que en la línea 1200 (mismo correo electrónico)"
        )
        from meetingdesk.services.spreadsheet import SheetProblem, SpreadsheetError

        binary = SpreadsheetError(
            "lista.csv", "not a text file (…)", line=3, kind=SheetProblem.BINARY
        )
        assert failure(binary) == (
            "lista.csv, línea 3: no es un archivo de texto (contiene datos binarios)"
        )
        from meetingdesk.badges.variables import VARIABLES
        from meetingdesk.domain.values import BadgeTrouble, BadgeWarning
        from meetingdesk.qt.wording import badge_variable, badge_warning

        small = BadgeWarning("K7Q2M9XP", BadgeTrouble.BELOW_FLOOR, "badge_name", 9.46, 10)
        assert badge_warning(small) == (
            "acreditación K7Q2 M9XP: Nombre en la acreditación a 9,5 pt,"
            " por debajo del mínimo del formato, 10 pt"
        )
        missing = DatabaseUnavailable(
            "there is no database at /x", Unavailability.NO_DATABASE, path="/x/desk.sqlite3"
        )
        assert failure(missing) == "no hay ninguna base de datos en /x/desk.sqlite3"
        # Facts of several parts, as the services raise them, in their places.
        from meetingdesk.services.app import open_services
        from meetingdesk.services.spreadsheet import read_csv_bytes

        with pytest.raises(SpreadsheetError) as twice:
            read_csv_bytes(b"Name;Delegation;name\nAna;Spain;x\n", "lista.csv")
        assert failure(twice.value) == (
            "lista.csv, línea 1, columna C: la cabecera name aparece dos veces"
            " (columnas A y C): cambie el nombre de una o quítela"
        )
        with pytest.raises(DatabaseUnavailable) as nowhere:
            open_services("/no/such/folder/desk.sqlite3", create=True)
        assert failure(nowhere.value) == (
            "no se puede crear una base de datos en /no/such/folder/desk.sqlite3:"
            " la carpeta /no/such/folder no existe"
        )
        from meetingdesk.domain.values import (
            ActionResult,
            Outcome,
            Refusal,
            RevocationRecord,
        )
        from meetingdesk.qt.wording import outcome_detail

        at = dt.datetime(2026, 12, 3, 9, 14, tzinfo=dt.UTC)
        revoked = ActionResult(
            Outcome.REFUSED,
            refusal=Refusal.REVOKED,
            revocation=RevocationRecord(at, "name-corrected"),
            at=at,
        )
        assert outcome_detail(revoked).endswith("(nombre corregido): esta acreditación ya no vale.")
        # Every text a layout can show has its words in every language.
        assert all(badge_variable(name) != VARIABLES[name].label for name in VARIABLES)
    finally:
        install_translations(app, "en")


def test_a_backup_from_the_file_menu_is_written_off_the_gui_thread(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_meeting: Meeting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Back up: the copy is written on a worker and the message bar says
    where; the database itself as the target is refused and left as it was."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    chosen: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (chosen[-1], ""))
    )
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Back up the database…")
    out = tmp_path / "backup of the desk.sqlite3"
    chosen.append(str(out))
    action.trigger()
    settle()
    assert window.message_bar.text.text().startswith(f"Backup written to {out}")
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT count(*) FROM delegate").fetchone() == (len(PEOPLE),)
    database = sqlite_meeting.services.target.path
    assert database is not None
    before = database.read_bytes()
    chosen.append(str(database))
    action.trigger()
    settle()
    assert "is the database" in window.message_bar.text.text()
    assert database.read_bytes() == before
