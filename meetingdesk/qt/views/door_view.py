"""Door mode: at a session's door, scan or search to record who comes in, with an
answer readable from a metre away: green admitted, amber already in, red refused."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.values import (
    ActionResult,
    Desk,
    Outcome,
    Refusal,
    SearchResult,
    SessionInfo,
)
from meetingdesk.qt.models.search_results import SearchResultsModel
from meetingdesk.qt.theme import BANNER
from meetingdesk.qt.views.outcome_panel import ICONS, tone_of
from meetingdesk.qt.widgets import fit_headers, named
from meetingdesk.qt.wording import failure, outcome_detail, short_time
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services import codes
from meetingdesk.services.attendance import AttendanceService, Present, Timing, timing
from meetingdesk.services.search import SearchService

BANNER_POINTS = 30  # the answer and the name: both readable from a metre away


class DoorView(QWidget):
    failed = Signal(str)
    recorded = Signal(object)  # ActionResult

    def __init__(
        self,
        attendance: AttendanceService,
        search: SearchService,
        desk: Desk,
        time_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attendance = attendance
        self._search = search
        self._desk = desk
        self._zone = ZoneInfo(time_zone)
        # The database is asked off the GUI thread: searches and the list of
        # those present answer latest-first, admissions run in order.
        self._searches = LatestOnly(self)
        self._presence = LatestOnly(self)
        self._actions = InOrder(self)
        self._enter_waits = False

        self.session = named(QComboBox(), "doorSession")
        # A long session title must not widen the window past a laptop's screen.
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session.setMinimumContentsLength(30)
        self.reload_sessions()
        self.field = named(QLineEdit(), "doorField")
        self.field.setPlaceholderText(self.tr("Scan the badge, or type a name"))
        big = QFont(self.field.font())
        big.setPointSize(18)
        self.field.setFont(big)
        self.model = SearchResultsModel(self)
        self.results = named(QTableView(), "doorResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(
            SearchResultsModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        fit_headers(self.results)
        self.answer = named(QLabel(), "doorAnswer")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        huge = QFont(self.answer.font())
        huge.setPointSize(BANNER_POINTS)
        huge.setBold(True)
        self.answer.setFont(huge)
        self.icon = named(QLabel(), "doorIcon")
        self.icon.setFont(huge)
        self.banner = named(QFrame(), "doorBanner")
        self.banner.setMinimumHeight(110)
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.icon)
        banner_row.addWidget(self.answer, 1)
        # Who it is, as large as the banner: the person at the door checks the
        # face against the name, not against small grey text.
        self.who = named(QLabel(wordWrap=True), "doorName")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setFont(huge)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = named(QLabel(wordWrap=True), "doorDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail_font = QFont(self.detail.font())
        detail_font.setPointSize(15)
        self.detail.setFont(detail_font)
        self.count = named(QLabel(), "doorCount")
        count_font = QFont(self.count.font())
        count_font.setPointSize(16)
        count_font.setBold(True)
        self.count.setFont(count_font)
        self.present = named(QListWidget(), "doorPresent")
        self.remove_button = named(QPushButton(self.tr("&Remove…")), "doorRemove")

        left = QVBoxLayout()
        left.addWidget(self.session)
        left.addWidget(self.field)
        left.addWidget(self.results, 1)
        left.addWidget(self.banner)
        left.addWidget(self.who)
        left.addWidget(self.detail)
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.present, 1)
        right.addWidget(self.remove_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.session.currentIndexChanged.connect(lambda *_: self.refresh())
        self.field.textEdited.connect(self._typed)
        self.field.returnPressed.connect(self._enter)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def reload_sessions(
        self, sessions: list[SessionInfo] | None = None, current: SessionInfo | None = None
    ) -> None:
        """The meeting's sessions (set-up may have changed them; read already, off
        the GUI thread, with the one running now, or read here), keeping the
        one chosen, else the one running now."""
        if sessions is None:
            sessions, current = self._attendance.sessions(), self._attendance.current_session()
        chosen = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        self._sessions: dict[int, SessionInfo] = {}
        locale = QLocale()
        for s in sessions:
            self._sessions[s.id] = s
            start = s.starts_at.astimezone(self._zone)
            moment = QDateTime(
                QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)
            )
            when = locale.toString(moment, "ddd d MMM HH:mm")  # the language's day and month
            self.session.addItem(f"{when} — {s.title} ({s.room})", s.id)
        index = self.session.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = self.session.findData(current.id) if current is not None else 0
        self.session.setCurrentIndex(max(index, 0))
        self.session.blockSignals(False)
        if chosen != self.session.currentData() and hasattr(self, "field"):
            self.refresh()

    def scan(self, text: str) -> None:
        """A badge scanned while the focus was elsewhere in the window."""
        session_id = self.session_id()
        if session_id is not None and self._in_time(session_id):
            self._act(lambda: self._attendance.record(session_id, text, self._desk))

    def type_text(self, text: str) -> None:
        """Letters typed while the focus was elsewhere: a new lookup."""
        self.field.setFocus()
        self.field.setText(text)
        self._typed(text)

    def session_id(self) -> int | None:
        value = self.session.currentData()
        return int(value) if value is not None else None

    @property
    def busy(self) -> bool:
        return self._searches.busy or self._presence.busy or self._actions.busy

    def refresh(self) -> None:
        """The people in the room, read again (off the GUI thread)."""
        session_id = self.session_id()
        if session_id is None:
            self._presence.forget()
            self.present.clear()
            self.count.setText(self.tr("No sessions"))
            return
        self._presence.ask(
            lambda: self._attendance.present(session_id), self._show_present, self._failed
        )

    def _show_present(self, people: list[Present]) -> None:
        self.present.clear()
        self.count.setText(self.tr("In the room: %1").replace("%1", str(len(people))))
        for person in people:
            item = QListWidgetItem(
                f"{person.at.astimezone(self._zone):%H:%M}  {person.name}, {person.delegation}"
            )
            item.setData(Qt.ItemDataRole.UserRole, person.delegate_id)
            self.present.addItem(item)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(failure(expected(exc)))  # a bug is raised: the crash dialog

    def _typed(self, text: str) -> None:
        if codes.is_scan(text):
            return
        if not text.strip():
            self._searches.forget()
            self.model.set_rows((), False)
            return
        self._searches.ask(lambda: self._search.search(text, limit=20), self._hits, self._failed)

    def _hits(self, found: SearchResult) -> None:
        self.model.set_rows(found.hits, found.more)
        if found.hits:
            self.results.selectRow(0)
        if self._enter_waits:
            self._enter_waits = False
            self._enter()

    def _enter(self) -> None:
        session_id = self.session_id()
        text = self.field.text()
        if session_id is None or not text.strip():
            return
        if not self._in_time(session_id):
            self.field.setFocus()
            return
        if codes.is_scan(text) or (codes.looks_like_code(text) and not self.model.rowCount()):
            self._act(lambda: self._attendance.record(session_id, text, self._desk))
            return
        if self._searches.busy:
            self._enter_waits = True  # for the answer to what was typed last
            return
        rows = self.results.selectionModel().selectedRows()
        if rows:
            hit = self.model.hit(rows[0].row())
            self._act(
                lambda: self._attendance.record_delegate(session_id, hit.delegate_id, self._desk)
            )

    def _in_time(self, session_id: int) -> bool:
        """A scan outside the session's time (with half an hour's margin) is
        recorded only when the person at the door says so: a wrong session
        chosen, or a door left open on yesterday's."""
        session = self._sessions.get(session_id)
        if session is None:
            return True
        when = timing(session, self._attendance.now())
        if when is Timing.DURING:
            return True
        start = session.starts_at.astimezone(self._zone)
        end = session.ends_at.astimezone(self._zone)
        locale = QLocale()
        text = (
            self.tr("%1 starts on %2 at %3: it is not its time yet.")
            if when is Timing.EARLY
            else self.tr("%1 ended on %2 at %4.")
        )
        text = (
            text.replace("%1", session.title)
            .replace("%2", locale.toString(QDate(start.year, start.month, start.day)))
            .replace("%3", short_time(start))
            .replace("%4", short_time(end))
        )
        asked = QMessageBox.question(
            self,
            self.tr("Not this session's time"),
            text + "\n\n" + self.tr("Record the attendance anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return asked == QMessageBox.StandardButton.Yes

    def _act(self, action: Callable[[], ActionResult]) -> None:
        """Admit (or remove) off the GUI thread; the field is free at once."""
        self._searches.forget()
        self._enter_waits = False
        self.field.clear()
        self.model.set_rows((), False)
        self.field.setFocus()
        self._actions.ask(action, self._done, self._failed)

    def _done(self, result: ActionResult) -> None:
        self.show_result(result)
        self.refresh()
        self.recorded.emit(result)

    def show_result(self, result: ActionResult) -> None:
        tone = tone_of(result)
        colours = BANNER[tone]
        self.banner.setStyleSheet(
            f"#doorBanner {{ background: {colours.background}; border-radius: 8px; }}"
            f" QLabel {{ color: {colours.text}; }}"
        )
        headline = {
            Outcome.DONE: self.tr("Admitted"),
            Outcome.ALREADY: self.tr("Already in"),
            Outcome.NOT_FOUND: self.tr("Not found"),
        }.get(result.outcome)
        if headline is None:
            headline = {
                Refusal.CANCELLED: self.tr("Refused: registration cancelled"),
                Refusal.REVOKED: self.tr("Refused: badge revoked"),
                Refusal.NOT_CHECKED_IN: self.tr("Refused: not checked in at the desk"),
            }.get(result.refusal, self.tr("Refused: code not valid"))  # type: ignore[arg-type]
        self.answer.setText(headline)
        self.icon.setText(ICONS[tone])
        who = result.delegate
        self.who.setText(
            " ".join(p for p in (who.honorific, who.badge_name) if p) if who is not None else ""
        )
        self.who.setVisible(who is not None)
        detail = outcome_detail(result, self._zone)
        self.detail.setText(f"{who.delegation} — {detail}" if who is not None else detail)

    def remove_selected(self) -> None:
        session_id = self.session_id()
        item = self.present.currentItem()
        if session_id is None or item is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove from the session"),
            self.tr("Why is %1 removed?").replace("%1", item.text().split("  ", 1)[-1]),
        )
        if not ok or not reason.strip():
            self.field.setFocus()
            return
        delegate_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._act(lambda: self._attendance.remove(session_id, delegate_id, self._desk, reason))
