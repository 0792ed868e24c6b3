"""The desk's main window: the event, today's sessions, one view per job, live counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.values import ActionResult, Desk, SessionInfo
from meetingdesk.qt.i18n import LANGUAGES
from meetingdesk.qt.sounds import VOLUMES, Sounds
from meetingdesk.qt.theme import Tone
from meetingdesk.qt.views.badges_view import BadgesView
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.views.counts_panel import CountsPanel
from meetingdesk.qt.views.delegates_view import DelegatesView
from meetingdesk.qt.views.door_view import DoorView
from meetingdesk.qt.views.message_bar import MessageBar
from meetingdesk.qt.views.outcome_panel import tone_of
from meetingdesk.qt.views.scan_notice import ScanNotice
from meetingdesk.qt.widgets import named


class MainWindow(QMainWindow):
    closed = Signal()
    refreshRequested = Signal()  # noqa: N815
    highContrastToggled = Signal(bool)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815

    def __init__(
        self,
        *,
        title: str,
        place: str,
        time_zone: str,
        sessions: list[SessionInfo],
        today: dt.date,
        database: str,
        desk: Desk,
        checkin_view: CheckInView,
        badges_view: BadgesView,
        delegates_view: DelegatesView | None = None,
        door_view: DoorView | None = None,
        counts_panel: CountsPanel | None = None,
        open_import: Callable[[QWidget], object] | None = None,
        open_setup: Callable[[QWidget], object] | None = None,
        open_backup: Callable[[QWidget], object] | None = None,
        open_export: Callable[[QWidget], object] | None = None,
        high_contrast: bool = False,
        sounds: Sounds | None = None,
    ) -> None:
        super().__init__()
        self.checkin_view = checkin_view
        self.badges_view = badges_view
        self.delegates_view = delegates_view
        self.door_view = door_view
        self.counts_panel = counts_panel
        self.sounds = sounds
        self.watcher: QObject | None = None  # set by whoever wires the window

        header = named(QLabel(wordWrap=True), "eventTitle")
        font = QFont(header.font())
        font.setPointSize(14)
        font.setBold(True)
        header.setFont(font)
        subtitle = named(QLabel(wordWrap=True), "eventPlace")
        self._header, self._subtitle = header, subtitle
        self.show_event(title, place, time_zone, sessions, today)
        self.message_bar = MessageBar()

        self.tabs = named(QTabWidget(), "views")
        self.tabs.addTab(checkin_view, self.tr("&Check-in"))
        if delegates_view is not None:
            self.tabs.addTab(delegates_view, self.tr("&Delegates"))
        if door_view is not None:
            self.tabs.addTab(door_view, self.tr("&Attendance"))
        self.tabs.addTab(badges_view, self.tr("&Badges"))
        checkin_view.checkedIn.connect(badges_view.print_for_checkin)
        badges_view.printFailed.connect(checkin_view.panel.show_print_failure)
        checkin_view.panel.retryPrint.connect(badges_view.retry_delegate)
        checkin_view.failed.connect(self.show_failure)
        if delegates_view is not None:
            delegates_view.reprintRequested.connect(self._reprint)
        checkin_view.shown.connect(
            lambda result, undo: self._outcome(
                result, undo, checkin_view.panel.headline.text(), checkin_view.panel.tone
            )
        )
        if door_view is not None:
            door_view.recorded.connect(
                lambda result: self._outcome(result, False, door_view.answer.text(), None)
            )

        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        if counts_panel is not None:
            counts_panel.setFixedWidth(260)
            body.addWidget(counts_panel)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.message_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if open_import is not None:
            import_action = file_menu.addAction(self.tr("&Import delegates…"))
            import_action.setShortcut(QKeySequence("Ctrl+I"))
            import_action.triggered.connect(lambda: open_import(self))
        if open_setup is not None:
            setup_action = file_menu.addAction(self.tr("Event &set-up…"))
            setup_action.setShortcut(QKeySequence.StandardKey.Preferences)
            setup_action.triggered.connect(lambda: open_setup(self))
        if open_export is not None:
            export_action = file_menu.addAction(self.tr("&Export…"))
            export_action.setShortcut(QKeySequence("Ctrl+E"))
            export_action.triggered.connect(lambda: open_export(self))
        if open_backup is not None:
            backup_action = file_menu.addAction(self.tr("&Back up the database…"))
            backup_action.triggered.connect(lambda: open_backup(self))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(checkin_view.undo_action)
        edit_menu.addAction(checkin_view.walk_in_action)
        badges_menu = self.menuBar().addMenu(self.tr("&Badges"))
        design_action = badges_menu.addAction(self.tr("&Design layout…"))
        design_action.triggered.connect(badges_view.design_button.click)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = view_menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refreshRequested)
        self.high_contrast_action = QAction(self.tr("&High contrast"), self, checkable=True)
        self.high_contrast_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.high_contrast_action.setChecked(high_contrast)
        self.high_contrast_action.toggled.connect(self.highContrastToggled)
        view_menu.addAction(self.high_contrast_action)
        if sounds is not None:
            self._sound_menu(view_menu.addMenu(self.tr("&Sounds")), sounds)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in (("", self.tr("As the system")), *LANGUAGES.items()):
            action = language_menu.addAction(name)
            action.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
        for index in range(self.tabs.count()):
            action = view_menu.addAction(self.tabs.tabText(index).replace("&", ""))
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))

        self.status_database = QLabel(self.tr("Database: %1").replace("%1", database))
        self.status_desk = QLabel(
            self.tr("Desk: %1 · Operator: %2").replace("%1", desk.name).replace("%2", desk.operator)
        )
        self.statusBar().addWidget(self.status_database, 1)
        self.statusBar().addPermanentWidget(self.status_desk)
        self.tabs.currentChanged.connect(lambda *_: self._focus_current())
        checkin_view.field.setFocus()

    def show_event(
        self,
        title: str,
        place: str,
        time_zone: str,
        sessions: list[SessionInfo],
        today: dt.date,
    ) -> None:
        zone = ZoneInfo(time_zone)
        todays = [s for s in sessions if s.starts_at.astimezone(zone).date() == today]
        agenda = "   ·   ".join(
            f"{s.starts_at.astimezone(zone):%H:%M} {s.title}" for s in todays
        ) or self.tr("No sessions today")
        self._header.setText(title)
        self._subtitle.setText(f"{place}\n{agenda}")
        self.setWindowTitle(self.tr("%1 — meetingdesk").replace("%1", title))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _reprint(self, code: str, reason: str) -> None:
        self.tabs.setCurrentWidget(self.badges_view)
        self.badges_view.start_reprint(code, reason)

    def _focus_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.checkin_view:
            self.checkin_view.field.setFocus()
        elif isinstance(current, DoorView):
            current.field.setFocus()

    def _sound_menu(self, menu: QMenu, sounds: Sounds) -> None:
        self.sound_action = QAction(self.tr("Sound on each &outcome"), self, checkable=True)
        self.sound_action.setChecked(not sounds.muted)
        self.sound_action.toggled.connect(lambda on: sounds.set_muted(not on))
        menu.addAction(self.sound_action)
        menu.addSeparator()
        volumes = QActionGroup(self)
        self.volume_actions: list[QAction] = []
        for volume, label in zip(
            VOLUMES, (self.tr("&Quiet"), self.tr("&Medium"), self.tr("&Loud")), strict=True
        ):
            action = QAction(label, volumes, checkable=True)
            action.setChecked(abs(sounds.volume - volume) < 0.01)
            action.triggered.connect(lambda _=False, v=volume: sounds.set_volume(v))
            menu.addAction(action)
            self.volume_actions.append(action)

    def _outcome(self, result: ActionResult, undo: bool, headline: str, shown: Tone | None) -> None:
        """Every outcome is heard, and seen where the operator looks: on top of a
        dialog open at the time of the scan."""
        tone = shown if shown is not None else tone_of(result, undo)
        if self.sounds is not None:
            self.sounds.play(tone)
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            who = result.delegate
            text = headline if who is None else f"{headline}: {who.badge_name}"
            ScanNotice.on(dialog).say(text, tone)

    def scanned(self, text: str) -> None:
        """A scan, wherever the focus was (a dialog included): to the door when the
        door view is shown, else to the check-in."""
        current = self.tabs.currentWidget()
        if isinstance(current, DoorView):
            current.scan(text)
        else:  # its outcome is shown where the operator looks: the check-in
            self.tabs.setCurrentWidget(self.checkin_view)
            self.checkin_view.scan(text)

    def typed(self, text: str) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, DoorView):
            current.type_text(text)
        else:
            self.tabs.setCurrentWidget(self.checkin_view)
            self.checkin_view.type_text(text)

    def show_failure(self, text: str) -> None:
        self.message_bar.show_message(text, "error")
