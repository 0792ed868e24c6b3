"""Preparing a real event: its details, sessions, categories and delegations.

Each table lists its rows; Add, Edit (or a double-click) and Remove change them
in a small form with proper choosers (dates and times, the kind of delegation
in words, a country or a time zone found by typing, a colour picker). Nothing
is written until Save, which saves every table at once, as one transaction: a
mistake saves nothing, and the message names the table, the row and the field
and selects that row. Remove says at once when people use the row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.badges.texts import BadgeTexts, badge_languages
from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.model import DelegationKind
from meetingdesk.domain.values import Desk
from meetingdesk.qt.pickers import ColourButton, CountryBox, KindBox, ZoneBox, kind_words
from meetingdesk.qt.theme import set_tone
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import failure, setup_problem, users_text
from meetingdesk.qt.workers import InOrder, expected
from meetingdesk.services.reference import countries
from meetingdesk.services.setup import (
    CategoryValues,
    DelegationValues,
    EventDetails,
    Row,
    Section,
    SessionValues,
    SetupChanges,
    SetupError,
    SetupService,
    SetupSnapshot,
)

V = TypeVar("V")
ERROR_STYLE = "border: 2px solid #B71C1C;"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EventForm(QWidget):
    """The event's details: the set-up's first tab, and the new-event page."""

    def __init__(self, details: EventDetails | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.title = named(QLineEdit(details.title if details else ""), "title")
        self.venue = named(QLineEdit(details.venue if details else ""), "venue")
        self.city = named(QLineEdit(details.city if details else ""), "city")
        self.organiser = named(QLineEdit(details.organiser if details else ""), "organiser")
        self.start = named(self._date_edit(details.start_date if details else today), "start_date")
        self.end = named(self._date_edit(details.end_date if details else today), "end_date")
        self.time_zone = named(ZoneBox(details.time_zone if details else None), "time_zone")
        self.requires_checkin = named(
            QCheckBox(self.tr("Session doors admit only delegates checked in at the desk")),
            "attendance_requires_checkin",
        )
        self.requires_checkin.setChecked(bool(details and details.attendance_requires_checkin))
        language = details.badge_language if details else "en"
        texts = BadgeTexts.of(language, details.badge_texts if details else None)
        self.badge_language = named(QComboBox(), "badge_language")
        for code, name in badge_languages().items():
            self.badge_language.addItem(name, code)
        self.badge_language.setCurrentIndex(max(self.badge_language.findData(language), 0))
        self.head_text = named(
            QLineEdit(texts.head_of_delegation), "badge_texts.head_of_delegation"
        )
        self.reprint_text = named(QLineEdit(texts.reprint), "badge_texts.reprint")
        self.reprint_text.setToolTip(self.tr("{generation} becomes the number of the reprint"))
        self.badge_language.currentIndexChanged.connect(lambda *_: self._badge_language_changed())
        self.start.dateChanged.connect(self._first_day_changed)
        self._texts = details.badge_texts if details else None
        self._language = language

        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Title *"), self.title),
            (self.tr("Venue *"), self.venue),
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

    @staticmethod
    def _date_edit(day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _first_day_changed(self, day: QDate) -> None:
        if self.end.date() < day:
            self.end.setDate(day)

    def _badge_language_changed(self) -> None:
        """A new badge language brings its own fixed texts, to correct if need be."""
        texts = BadgeTexts.of(self.badge_language.currentData())
        self.head_text.setText(texts.head_of_delegation)
        self.reprint_text.setText(texts.reprint)

    def details(self) -> EventDetails:
        language = self.badge_language.currentData()
        texts: dict[str, Any] | None = None
        if language == self._language and self._texts is not None:
            texts = dict(self._texts)
        shown = {
            "head_of_delegation": self.head_text.text().strip(),
            "reprint": self.reprint_text.text().strip(),
        }
        defaults = BadgeTexts.of(language)
        if texts is not None or shown != {
            "head_of_delegation": defaults.head_of_delegation,
            "reprint": defaults.reprint,
        }:
            texts = {**(texts or {}), **shown}
        return EventDetails(
            title=self.title.text(),
            venue=self.venue.text(),
            city=self.city.text(),
            organiser=self.organiser.text(),
            start_date=pydate(self.start.date()),
            end_date=pydate(self.end.date()),
            time_zone=self.time_zone.value(),
            attendance_requires_checkin=self.requires_checkin.isChecked(),
            badge_language=language,
            badge_texts=texts,
        )

    def mark(self, field: str) -> None:
        for widget in self.findChildren(QWidget):
            if widget.styleSheet() == ERROR_STYLE:
                widget.setStyleSheet("")
        wrong = self.findChild(QWidget, field)
        if wrong is not None:
            wrong.setStyleSheet(ERROR_STYLE)
            wrong.setFocus()


class _RowForm(QDialog):
    """One row of a table, in a form; OK keeps it for the next Save."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = named(QLabel(wordWrap=True), "rowError")
        set_tone(self.error, "error")
        self.error.hide()

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def missing(self) -> str | None:
        """The object name of a required field left empty, if any."""
        return None

    def values(self) -> Any:
        raise NotImplementedError

    def _accept_if_complete(self) -> None:
        empty = self.missing()
        if empty is None:
            self.accept()
            return
        widget = self.findChild(QWidget, empty)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
        self.error.setText(self.tr("Fill in the fields marked *."))
        self.error.show()


class SessionForm(_RowForm):
    def __init__(
        self, values: SessionValues | None, first: dt.date, last: dt.date, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Session") if values else self.tr("New session"), parent)
        self.title = named(QLineEdit(values.title if values else ""), "title")
        self.room = named(QLineEdit(values.room if values else ""), "room")
        self.day = named(QDateEdit(qdate(values.day if values else first)), "day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDateRange(qdate(first), qdate(last))
        start = values.start if values else dt.time(9, 0)
        end = values.end if values else dt.time(10, 0)
        self.start = named(QTimeEdit(QTime(start.hour, start.minute)), "start")
        self.end = named(QTimeEdit(QTime(end.hour, end.minute)), "end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        for label, widget in (
            (self.tr("Title *"), self.title),
            (self.tr("Room"), self.room),
            (self.tr("Day"), self.day),
            (self.tr("Start"), self.start),
            (self.tr("End"), self.end),
        ):
            self.form.addRow(label, widget)
        self.finish()

    def missing(self) -> str | None:
        return "title" if not self.title.text().strip() else None

    def values(self) -> SessionValues:
        start, end = self.start.time(), self.end.time()
        return SessionValues(
            self.title.text(),
            self.room.text(),
            pydate(self.day.date()),
            dt.time(start.hour(), start.minute()),
            dt.time(end.hour(), end.minute()),
        )


class CategoryForm(_RowForm):
    def __init__(self, values: CategoryValues | None, parent: QWidget) -> None:
        super().__init__(self.tr("Category") if values else self.tr("New category"), parent)
        self.code = named(QLineEdit(values.code if values else ""), "code")
        self.code.setMaxLength(16)
        self.label = named(QLineEdit(values.label if values else ""), "label")
        self.colour = named(ColourButton(values.colour if values else "#455A64"), "colour")
        self.id_check = named(
            QCheckBox(self.tr("Check an identity document at check-in")), "requires_id_check"
        )
        self.id_check.setChecked(bool(values and values.requires_id_check))
        self.badge_label = named(QLineEdit(values.badge_label if values else ""), "badge_label")
        self.badge_label.setPlaceholderText(self.tr("as the label"))
        for label, widget in (
            (self.tr("Code *"), self.code),
            (self.tr("Label *"), self.label),
            (self.tr("Badge colour"), self.colour),
            ("", self.id_check),
            (self.tr("Label on badges"), self.badge_label),
        ):
            self.form.addRow(label, widget)
        self.finish()

    def missing(self) -> str | None:
        for name, field in (("code", self.code), ("label", self.label)):
            if not field.text().strip():
                return name
        return None

    def values(self) -> CategoryValues:
        return CategoryValues(
            self.code.text(),
            self.label.text(),
            self.colour.colour(),
            self.id_check.isChecked(),
            self.badge_label.text(),
        )


class DelegationForm(_RowForm):
    def __init__(self, values: DelegationValues | None, parent: QWidget) -> None:
        super().__init__(self.tr("Delegation") if values else self.tr("New delegation"), parent)
        self.name = named(QLineEdit(values.name if values else ""), "name")
        self.kind = named(KindBox(), "kind")
        self.kind.set_kind(values.kind if values else DelegationKind.PARTICIPATING_STATE)
        self.country = named(CountryBox(), "country_code")
        self.country.set_value(values.country_code if values else "")
        self.name_en = named(QLineEdit(values.name_en if values else ""), "name_en")
        self.name_en.setPlaceholderText(self.tr("as the name"))
        self.name_fr = named(QLineEdit(values.name_fr if values else ""), "name_fr")
        for label, widget in (
            (self.tr("Name *"), self.name),
            (self.tr("Kind"), self.kind),
            (self.tr("Country"), self.country),
            (self.tr("English protocol name"), self.name_en),
            (self.tr("French protocol name"), self.name_fr),
        ):
            self.form.addRow(label, widget)
        self.finish()

    def missing(self) -> str | None:
        return "name" if not self.name.text().strip() else None

    def values(self) -> DelegationValues:
        return DelegationValues(
            self.name.text(),
            self.kind.kind(),
            self.country.value(),
            self.name_en.text(),
            self.name_fr.text(),
        )


class SetupTable(QWidget, Generic[V]):
    """A table of rows with Add, Edit and Remove; remembers what was removed."""

    def __init__(
        self,
        name: str,
        headers: list[str],
        cells: Callable[[V], list[str]],
        form: Callable[[V | None], _RowForm],
        in_use: Callable[[int], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cells = cells
        self._form = form
        self._in_use = in_use
        self.rows: list[Row[V]] = []
        self.removed: list[int] = []
        self.table = named(QTableWidget(0, len(headers)), name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(True)  # row numbers, as messages cite them
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = named(QPushButton(self.tr("&Add…")), f"{name}Add")
        self.edit_button = named(QPushButton(self.tr("&Edit…")), f"{name}Edit")
        self.remove_button = named(QPushButton(self.tr("Re&move")), f"{name}Remove")
        self.notice = named(QLabel(wordWrap=True), f"{name}Notice")
        set_tone(self.notice, "error")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.cellDoubleClicked.connect(lambda *_: self.edit())

    def set_rows(self, rows: list[Row[V]]) -> None:
        self.rows = list(rows)
        self.removed = []
        self._show()

    def _show(self) -> None:
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            for column, text in enumerate(self._cells(row.values)):
                item = QTableWidgetItem(text)
                if text.startswith("#") and len(text) == 7 and QColor(text).isValid():
                    light = QColor(text).lightnessF() > 0.6
                    item.setBackground(QColor(text))
                    item.setForeground(QColor("#000000" if light else "#FFFFFF"))
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()

    def current(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        return selected[0].row() if selected else None

    def select(self, index: int) -> None:
        self.table.selectRow(index)
        item = self.table.item(index, 0)
        if item is not None:
            self.table.scrollToItem(item)

    def add(self) -> None:
        form = self._form(None)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        values = form.values()
        form.deleteLater()  # a child of the set-up: gone now, not when the set-up is
        if accepted:
            self.rows.append(Row(None, values))
            self._show()
            self.select(len(self.rows) - 1)

    def edit(self) -> None:
        index = self.current()
        if index is None:
            return
        row = self.rows[index]
        form = self._form(row.values)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        values = form.values()
        form.deleteLater()  # a child of the set-up: gone now, not when the set-up is
        if accepted:
            self.rows[index] = Row(row.id, values, row.original)
            self._show()
            self.select(index)

    def remove(self) -> None:
        index = self.current()
        if index is None:
            return
        row = self.rows[index]
        if row.id is not None:
            refused = self._in_use(row.id)
            if refused is not None:
                self.notice.setText(refused)
                return
            self.removed.append(row.id)
        self.notice.clear()
        del self.rows[index]
        self._show()


class EventSetupDialog(QDialog):
    def __init__(self, setup: SetupService, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event set-up"))
        self._setup = setup
        self._desk = desk
        self.saved = False
        snapshot = setup.snapshot()
        self._event = snapshot.event

        self.tabs = named(QTabWidget(), "setupTabs")
        self.message = named(QLabel(wordWrap=True), "setupMessage")
        self.event_form = EventForm(snapshot.event)
        self.tabs.addTab(self.event_form, self.tr("Event"))

        words = kind_words()
        names = countries()
        self.sessions: SetupTable[SessionValues] = SetupTable(
            "sessions",
            [self.tr("Title"), self.tr("Room"), self.tr("Day"), self.tr("Start"), self.tr("End")],
            lambda v: [
                v.title,
                v.room,
                QLocale().toString(
                    QDate(v.day.year, v.day.month, v.day.day), QLocale.FormatType.ShortFormat
                ),
                QLocale().toString(
                    QTime(v.start.hour, v.start.minute), QLocale.FormatType.ShortFormat
                ),
                QLocale().toString(QTime(v.end.hour, v.end.minute), QLocale.FormatType.ShortFormat),
            ],
            lambda v: SessionForm(v, *self._days(), self),
            lambda row_id: self._in_use(Section.SESSIONS, row_id),
        )
        self.categories: SetupTable[CategoryValues] = SetupTable(
            "categories",
            [
                self.tr("Code"),
                self.tr("Label"),
                self.tr("Colour"),
                self.tr("ID check"),
                self.tr("Label on badges"),
            ],
            lambda v: [
                v.code,
                v.label,
                v.colour,
                self.tr("yes") if v.requires_id_check else "",
                v.badge_label,
            ],
            lambda v: CategoryForm(v, self),
            lambda row_id: self._in_use(Section.CATEGORIES, row_id),
        )
        self.delegations: SetupTable[DelegationValues] = SetupTable(
            "delegations",
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Country"),
                self.tr("English protocol name"),
                self.tr("French protocol name"),
            ],
            lambda v: [
                v.name,
                words[v.kind],
                names[v.country_code].name_en if v.country_code in names else v.country_code,
                v.name_en,
                v.name_fr,
            ],
            lambda v: DelegationForm(v, self),
            lambda row_id: self._in_use(Section.DELEGATIONS, row_id),
        )
        for table, label in (
            (self.sessions, self.tr("Sessions")),
            (self.categories, self.tr("Categories")),
            (self.delegations, self.tr("Delegations")),
        ):
            self.tabs.addTab(table, label)
        self._load_rows(snapshot.sessions, snapshot.categories, snapshot.delegations)

        save = named(QPushButton(self.tr("&Save")), "saveSetup")
        save.setDefault(True)
        close = named(QPushButton(self.tr("Close")), "closeSetup")
        save.clicked.connect(self.save)
        close.clicked.connect(self.accept)
        # A save waits for the database off the GUI thread; meanwhile nothing
        # else can be saved or closed.
        self._saves = InOrder(self)
        self._save_buttons = (save, close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(980, 600)

    def _load_rows(
        self,
        sessions: list[Row[SessionValues]],
        categories: list[Row[CategoryValues]],
        delegations: list[Row[DelegationValues]],
    ) -> None:
        self.sessions.set_rows(sessions)
        self.categories.set_rows(categories)
        self.delegations.set_rows(delegations)

    def _days(self) -> tuple[dt.date, dt.date]:
        details = self.event_form.details()
        return details.start_date, max(details.end_date, details.start_date)

    def _in_use(self, section: Section, row_id: int) -> str | None:
        try:
            count, shown = self._setup.users(section, row_id)
        except MeetingdeskError as exc:
            return failure(exc)
        if not count:
            return None
        if section is Section.SESSIONS:
            return self.tr(
                "%n attendance(s) recorded in this session: it cannot be removed.", "", count
            )
        return users_text(count, shown) + "."

    def save(self) -> None:
        """Save every table at once; on a mistake, nothing is saved and the
        message says where."""
        changes = SetupChanges(
            event=self.event_form.details(),
            event_original=self._event,
            sessions=self.sessions.rows,
            categories=self.categories.rows,
            delegations=self.delegations.rows,
            remove_sessions=self.sessions.removed,
            remove_categories=self.categories.removed,
            remove_delegations=self.delegations.removed,
        )
        setup, desk = self._setup, self._desk

        def work() -> SetupSnapshot:
            setup.save(changes, desk)  # one transaction: all or nothing
            return setup.snapshot()

        for button in self._save_buttons:
            button.setEnabled(False)
        set_tone(self.message, None)
        self.message.setText(self.tr("Saving…"))
        self._saves.ask(work, self._saved, self._not_saved)

    def _saved(self, snapshot: SetupSnapshot) -> None:
        for button in self._save_buttons:
            button.setEnabled(True)
        self._event = snapshot.event
        self._load_rows(snapshot.sessions, snapshot.categories, snapshot.delegations)
        self.saved = True
        set_tone(self.message, "ok")
        self.message.setText(self.tr("Saved."))

    def _not_saved(self, exc: BaseException) -> None:
        for button in self._save_buttons:
            button.setEnabled(True)
        problem = expected(exc)  # a bug goes to the crash dialog
        if isinstance(problem, SetupError):
            self._fail(problem)
            return
        set_tone(self.message, "error")
        self.message.setText(failure(problem))

    def reject(self) -> None:
        if not self._saves.busy:  # a save on its way ends first (Esc included)
            super().reject()

    def accept(self) -> None:
        if not self._saves.busy:
            super().accept()

    def _fail(self, error: SetupError) -> None:
        tables: dict[Section, SetupTable[Any]] = {
            Section.SESSIONS: self.sessions,
            Section.CATEGORIES: self.categories,
            Section.DELEGATIONS: self.delegations,
        }
        table = tables.get(error.section)
        if table is None:
            self.tabs.setCurrentWidget(self.event_form)
            self.event_form.mark(error.field)
        else:
            self.tabs.setCurrentWidget(table)
            if error.row is not None:
                table.select(error.row - 1)
        set_tone(self.message, "error")
        self.message.setText(setup_problem(error))
