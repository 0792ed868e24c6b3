"""Preparing a real event: its details, sessions, categories and delegations.

Each tab saves on its own; an error names the tab, the row and the field and
leaves the form as it was typed, so nothing has to be entered twice."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.badges.texts import BadgeTexts, badge_languages
from meetingdesk.domain.errors import MeetingdeskError, ValidationError
from meetingdesk.domain.model import DelegationKind
from meetingdesk.domain.values import Desk
from meetingdesk.qt.widgets import named
from meetingdesk.services.attendance import AttendanceService
from meetingdesk.services.registry import EventDetails, RegistryService

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(text: str, key: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(ID_ROLE, key)
    return item


class EventSetupDialog(QDialog):
    def __init__(
        self,
        registry: RegistryService,
        attendance: AttendanceService,
        desk: Desk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event set-up"))
        self._registry = registry
        self._attendance = attendance
        self._desk = desk
        self.saved = False
        event = registry.event()
        self._zone = ZoneInfo(event.time_zone)

        self.tabs = named(QTabWidget(), "setupTabs")
        self.message = named(QLabel(wordWrap=True), "setupMessage")

        # --- event ----------------------------------------------------------------
        page = QWidget()
        form = QFormLayout(page)
        self.title = named(QLineEdit(event.title), "title")
        self.venue = named(QLineEdit(event.venue), "venue")
        self.city = named(QLineEdit(event.city), "city")
        self.organiser = named(QLineEdit(event.organiser), "organiser")
        self.start = named(self._date_edit(event.start_date), "start_date")
        self.end = named(self._date_edit(event.end_date), "end_date")
        self.time_zone = named(QComboBox(editable=True), "time_zone")
        self.time_zone.addItems(sorted(available_timezones()))
        self.time_zone.setCurrentText(event.time_zone)
        self.requires_checkin = named(
            QCheckBox(self.tr("Session doors admit only delegates checked in at the desk")),
            "attendance_requires_checkin",
        )
        self.requires_checkin.setChecked(event.attendance_requires_checkin)
        texts = BadgeTexts.of(event.badge_language, event.badge_texts)
        self.badge_language = named(QComboBox(), "badge_language")
        for language, name in badge_languages().items():
            self.badge_language.addItem(name, language)
        self.badge_language.setCurrentIndex(
            max(self.badge_language.findData(event.badge_language), 0)
        )
        self.head_text = named(
            QLineEdit(texts.head_of_delegation), "badge_texts.head_of_delegation"
        )
        self.reprint_text = named(QLineEdit(texts.reprint), "badge_texts.reprint")
        self.reprint_text.setToolTip(self.tr("{generation} becomes the number of the reprint"))
        self.badge_language.currentIndexChanged.connect(lambda *_: self._badge_language_changed())
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Venue"), self.venue),
            (self.tr("City"), self.city),
            (self.tr("Organiser"), self.organiser),
            (self.tr("First day"), self.start),
            (self.tr("Last day"), self.end),
            (self.tr("Time zone"), self.time_zone),
            ("", self.requires_checkin),
            (self.tr("Language of badges"), self.badge_language),
            (self.tr("Head of delegation, on badges"), self.head_text),
            (self.tr("Reprint mark, on badges"), self.reprint_text),
        ):
            form.addRow(label, widget)
        self.tabs.addTab(page, self.tr("Event"))

        # --- sessions, categories, delegations ----------------------------------------
        self.sessions = self._table(
            "sessions",
            [self.tr("Title"), self.tr("Room"), self.tr("Day"), self.tr("Start"), self.tr("End")],
        )
        for s in attendance.sessions():
            start, end = s.starts_at.astimezone(self._zone), s.ends_at.astimezone(self._zone)
            self._add_row(
                self.sessions,
                [
                    _item(s.title, s.id),
                    _item(s.room),
                    _item(f"{start:%Y-%m-%d}"),
                    _item(f"{start:%H:%M}"),
                    _item(f"{end:%H:%M}"),
                ],
            )
        self.categories = self._table(
            "categories",
            [self.tr("Code"), self.tr("Label"), self.tr("Colour"), self.tr("ID check")],
        )
        for c in registry.categories():
            check = _item("")
            check.setCheckState(
                Qt.CheckState.Checked if c.requires_id_check else Qt.CheckState.Unchecked
            )
            colour = _item(c.colour)
            colour.setBackground(QColor(c.colour))
            code = _item(c.code, c.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self._add_row(self.categories, [code, _item(c.label), colour, check])
        self.delegations = self._table(
            "delegations",
            [self.tr("Name"), self.tr("Kind"), self.tr("Country"), self.tr("Protocol order")],
        )
        for d in registry.delegations():
            self._add_row(
                self.delegations,
                [
                    _item(d.name, d.id),
                    _item(d.kind.value),
                    _item(d.country_code or ""),
                    _item(d.protocol_key),
                ],
            )
        for table, label in (
            (self.sessions, self.tr("Sessions")),
            (self.categories, self.tr("Categories")),
            (self.delegations, self.tr("Delegations")),
        ):
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.addWidget(table)
            if table is not self.categories:
                add = QPushButton(self.tr("&Add"))
                add.clicked.connect(
                    lambda _=False, t=table: self._add_row(
                        t, [_item("") for _ in range(t.columnCount())]
                    )
                )
                box.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
            self.tabs.addTab(holder, label)

        save = named(QPushButton(self.tr("&Save")), "saveSetup")
        close = QPushButton(self.tr("Close"))
        save.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

    def _badge_language_changed(self) -> None:
        """A new badge language brings its own fixed texts, to correct if need be."""
        texts = BadgeTexts.of(self.badge_language.currentData())
        self.head_text.setText(texts.head_of_delegation)
        self.reprint_text.setText(texts.reprint)

    @staticmethod
    def _date_edit(day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> dt.date:
        chosen = edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = named(QTableWidget(0, len(headers)), name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    @staticmethod
    def _add_row(table: QTableWidget, items: list[QTableWidgetItem]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, item in enumerate(items):
            table.setItem(row, column, item)

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _fail(self, tab: int, where: str, error: MeetingdeskError) -> None:
        self.tabs.setCurrentIndex(tab)
        detail = error.message if isinstance(error, ValidationError) else str(error)
        self.message.setStyleSheet("color: #B71C1C;")
        self.message.setText(f"{self.tabs.tabText(tab)}, {where}: {detail}")

    def save(self) -> None:
        """Save every tab; stop at the first problem and say where it is."""
        try:
            self._registry.update_event(
                EventDetails(
                    title=self.title.text(),
                    venue=self.venue.text(),
                    city=self.city.text(),
                    organiser=self.organiser.text(),
                    start_date=self._day(self.start),
                    end_date=self._day(self.end),
                    time_zone=self.time_zone.currentText(),
                    attendance_requires_checkin=self.requires_checkin.isChecked(),
                    badge_language=self.badge_language.currentData(),
                    badge_texts={
                        "head_of_delegation": self.head_text.text().strip(),
                        "reprint": self.reprint_text.text().strip(),
                    },
                ),
                self._desk,
            )
        except MeetingdeskError as exc:
            self._fail(0, self.tr("details"), exc)
            return
        zone = ZoneInfo(self.time_zone.currentText())
        for row in range(self.sessions.rowCount()):
            where = self.tr("row %1").replace("%1", str(row + 1))
            try:
                day = dt.date.fromisoformat(self._text(self.sessions, row, 2))
                start = dt.datetime.combine(
                    day, dt.time.fromisoformat(self._text(self.sessions, row, 3)), zone
                )
                end = dt.datetime.combine(
                    day, dt.time.fromisoformat(self._text(self.sessions, row, 4)), zone
                )
            except ValueError:
                self._fail(
                    1,
                    where,
                    ValidationError(
                        "time", self.tr("write the day as 2026-12-03 and the times as 09:30")
                    ),
                )
                return
            title, room = self._text(self.sessions, row, 0), self._text(self.sessions, row, 1)
            item = self.sessions.item(row, 0)
            session_id = item.data(ID_ROLE) if item is not None else None
            try:
                if session_id is None:
                    new_id = self._registry.add_session(title, room, start, end, self._desk)
                    if item is not None:
                        item.setData(ID_ROLE, new_id)
                else:
                    self._registry.update_session(session_id, title, room, start, end, self._desk)
            except MeetingdeskError as exc:
                self._fail(1, where, exc)
                return
        for row in range(self.categories.rowCount()):
            check = self.categories.item(row, 3)
            try:
                self._registry.update_category(
                    self._text(self.categories, row, 0),
                    self._text(self.categories, row, 1),
                    self._text(self.categories, row, 2),
                    check is not None and check.checkState() == Qt.CheckState.Checked,
                    row,
                    self._desk,
                )
            except MeetingdeskError as exc:
                self._fail(2, self.tr("row %1").replace("%1", str(row + 1)), exc)
                return
        for row in range(self.delegations.rowCount()):
            where = self.tr("row %1").replace("%1", str(row + 1))
            try:
                kind = DelegationKind(self._text(self.delegations, row, 1) or "participating_state")
            except ValueError:
                kinds = ", ".join(k.value for k in DelegationKind)
                self._fail(
                    3,
                    where,
                    ValidationError("kind", self.tr("the kind is one of %1").replace("%1", kinds)),
                )
                return
            item = self.delegations.item(row, 0)
            delegation_id = item.data(ID_ROLE) if item is not None else None
            name = self._text(self.delegations, row, 0)
            country = self._text(self.delegations, row, 2) or None
            key = self._text(self.delegations, row, 3)
            try:
                if delegation_id is None:
                    new_id = self._registry.add_delegation(
                        name, kind, country, key or None, desk=self._desk
                    )
                    if item is not None:
                        item.setData(ID_ROLE, new_id)
                else:
                    self._registry.update_delegation(
                        delegation_id, name, kind, country, key, self._desk
                    )
            except MeetingdeskError as exc:
                self._fail(3, where, exc)
                return
        self.saved = True
        self.message.setStyleSheet("color: #1B5E20;")
        self.message.setText(self.tr("Saved."))
