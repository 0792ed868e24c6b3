"""The desk's main window: the event, its sessions today, one view per job."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from meetingdesk.domain.values import Desk, SessionInfo
from meetingdesk.qt.views.badges_view import BadgesView
from meetingdesk.qt.views.checkin_view import CheckInView
from meetingdesk.qt.widgets import named


class MainWindow(QMainWindow):
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
        open_import: Callable[[QWidget], object] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("%1 — meetingdesk").replace("%1", title))
        self.checkin_view = checkin_view

        header = named(QLabel(title, wordWrap=True), "eventTitle")
        font = QFont(header.font())
        font.setPointSize(14)
        font.setBold(True)
        header.setFont(font)
        zone = ZoneInfo(time_zone)
        todays = [s for s in sessions if s.starts_at.astimezone(zone).date() == today]
        agenda = "   ·   ".join(
            f"{s.starts_at.astimezone(zone):%H:%M} {s.title}" for s in todays
        ) or self.tr("No sessions today")
        subtitle = named(QLabel(f"{place}\n{agenda}", wordWrap=True), "eventPlace")

        self.tabs = named(QTabWidget(), "views")
        self.tabs.addTab(checkin_view, self.tr("&Check-in"))
        self.tabs.addTab(badges_view, self.tr("&Badges"))
        self.badges_view = badges_view
        checkin_view.checkedIn.connect(badges_view.print_for_checkin)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if open_import is not None:
            import_action = file_menu.addAction(self.tr("&Import delegates…"))
            import_action.setShortcut(QKeySequence("Ctrl+I"))
            import_action.triggered.connect(lambda: open_import(self))
            file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(checkin_view.undo_action)

        self.status_database = QLabel(self.tr("Database: %1").replace("%1", database))
        self.status_desk = QLabel(
            self.tr("Desk: %1 · Operator: %2").replace("%1", desk.name).replace("%2", desk.operator)
        )
        self.statusBar().addWidget(self.status_database, 1)
        self.statusBar().addPermanentWidget(self.status_desk)
        checkin_view.field.setFocus()
