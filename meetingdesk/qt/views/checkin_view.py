"""The check-in view: one field to type or scan into, results as you type,
Enter to check in, and a panel that says what happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.values import ActionResult, Desk, IdCheck, Outcome, Refusal, SearchResult
from meetingdesk.qt.models.search_results import SearchResultsModel
from meetingdesk.qt.views.delegate_dialog import DelegateDialog
from meetingdesk.qt.views.outcome_panel import OutcomePanel
from meetingdesk.qt.widgets import fit_headers, named
from meetingdesk.qt.wording import document_name, failure
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services import codes
from meetingdesk.services.registry import RegistryService

RESULT_LIMIT = 50
READY_AFTER_MS = 8000  # an outcome stays this long, then the panel says Ready again


class IdCheckDialog(QDialog):
    """Asks which identity document was seen, for categories that require one: its
    kind, from the event's list, and its last four letters or digits; the field
    takes nothing more, so a whole number is never typed in and stored."""

    def __init__(
        self, who: str, kinds: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identity document"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Check the identity document of %1.").replace("%1", who)))
        self.document = named(QComboBox(), "idDocument")
        for code, name in kinds:
            self.document.addItem(document_name(code, name), code)
        self.last_four = named(QLineEdit(maxLength=4), "idLastFour")
        self.last_four.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,4}"), self.last_four)
        )
        self.last_four.setPlaceholderText(self.tr("e.g. 4567"))
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Its last four letters or digits"), self.last_four)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_complete(self) -> None:
        if len(self.last_four.text().strip()) == 4:
            self.accept()

    def id_check(self) -> IdCheck:
        return IdCheck(self.document.currentData(), self.last_four.text().strip().upper())


class DeskActions(Protocol):
    """What the check-in view asks of the desk session (services.desk_session),
    always off the GUI thread."""

    def search(self, query: str, limit: int | None = ...) -> SearchResult: ...

    def check_in(self, text: str, desk: Desk, id_check: IdCheck | None = ...) -> ActionResult: ...

    def check_in_delegate(
        self, delegate_id: int, desk: Desk, id_check: IdCheck | None = ...
    ) -> ActionResult: ...

    def undo_delegate(self, delegate_id: int, desk: Desk) -> ActionResult: ...

    def document_types(self) -> list[tuple[str, str]]: ...

    def photo(self, delegate_id: int) -> bytes | None: ...


@dataclass(frozen=True, slots=True)
class Answered:
    """An action's result with what showing it needs, fetched on the worker."""

    result: ActionResult
    kinds: list[tuple[str, str]] | None = None  # document kinds, when one must be checked
    photo: bytes | None = None


class CheckInView(QWidget):
    """Views get the services they need, never a database session."""

    checkedIn = Signal(object)  # ActionResult, after any change  # noqa: N815
    shown = Signal(object, bool)  # every outcome shown (ActionResult, whether an undo)
    failed = Signal(str)  # a known failure, for the window's message bar

    def __init__(
        self,
        session: DeskActions,
        desk: Desk,
        registry: RegistryService | None = None,
        parent: QWidget | None = None,
        zone: ZoneInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone  # the event's: times are said as the venue's clocks show them
        self._session = session
        self._registry = registry
        self._desk = desk
        self._last_done: int | None = None
        # Nothing waits on the GUI thread: searches answer latest-first, actions
        # (check-ins, undo) run one after another in the order asked.
        self._searches = LatestOnly(self)
        self._actions = InOrder(self)
        self._enter_waits = False  # Enter pressed before the last search answered
        self._moved = False  # the operator chose a row (arrows, click) since the last search
        self._ready_again = QTimer(self)
        self._ready_again.setSingleShot(True)
        self._ready_again.setInterval(READY_AFTER_MS)
        self._ready_again.timeout.connect(self._back_to_ready)

        self.field = named(QLineEdit(), "searchField")
        self.field.setPlaceholderText(self.tr("Type any part of a name, or scan a badge"))
        self.field.setClearButtonEnabled(True)
        big = QFont(self.field.font())
        big.setPointSize(18)
        self.field.setFont(big)
        self.model = SearchResultsModel(self)
        self.table = named(QTableView(), "results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SearchResultsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        fit_headers(
            self.table,
            {
                SearchResultsModel.COL_NATIVE: 110,
                SearchResultsModel.COL_DELEGATION: 110,
                SearchResultsModel.COL_CATEGORY: 75,
                SearchResultsModel.COL_STATUS: 75,
                SearchResultsModel.COL_CODE: 80,
            },
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.more = named(QLabel(), "moreResults")
        self.panel = OutcomePanel(self)

        self.walk_in_button = named(QPushButton(self.tr("New &walk-in…")), "walkInButton")
        self.walk_in_button.setVisible(registry is not None)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.walk_in_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.more)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addWidget(self.panel)

        self.field.textEdited.connect(self._on_text)
        self.field.returnPressed.connect(self._on_enter)
        self.field.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._highlighted)
        self.table.doubleClicked.connect(lambda _index: self._check_in_chosen())
        # One action, in this view and in the window's Edit menu.
        self.undo_action = QAction(self.tr("&Undo last check-in"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        self.walk_in_action = QAction(self.tr("New &walk-in…"), self)
        self.walk_in_action.setShortcut(QKeySequence.StandardKey.New)
        self.walk_in_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.walk_in)
        self.walk_in_button.clicked.connect(self.walk_in)
        if registry is not None:
            self.addAction(self.walk_in_action)

    # --- typing and scanning ------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A search or an action is still on its way (tests wait for this)."""
        return self._searches.busy or self._actions.busy

    def _on_text(self, text: str, keep: int | None = None) -> None:
        """Search for ``text``; ``keep``: the delegate whose row stays chosen."""
        if codes.is_scan(text):
            return  # a scanner is typing: wait for its Enter
        if not text.strip():
            self._searches.forget()
            self._clear_results()
            return
        self._searches.ask(
            lambda: self._session.search(text, limit=RESULT_LIMIT),
            lambda result: self._show_hits(result, keep),
            self._failed,
        )

    def _show_hits(self, result: SearchResult, keep: int | None = None) -> None:
        if keep is None:
            self._moved = False  # a new search: nobody chosen yet
        self.model.set_rows(result.hits, result.more)
        if result.too_long:
            self.more.setText(self.tr("That is longer than any name: type fewer words."))
        elif not result.hits:
            self.more.setText(
                self.tr("No one found: Ctrl+N registers a walk-in.")
                if self._registry is not None
                else self.tr("No one found.")
            )
            self.panel.show_idle()
        else:
            self.more.setText(
                self.tr("More matches: keep typing to narrow them down.") if result.more else ""
            )
        chosen = next((r for r, hit in enumerate(result.hits) if hit.delegate_id == keep), 0)
        if result.hits:
            self.table.selectRow(chosen)
        if self._enter_waits:
            self._enter_waits = False
            self._check_in_selected()

    def _clear_results(self) -> None:
        self.model.set_rows((), False)
        self.more.clear()

    def _highlighted(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The panel shows who Enter would check in, while the operator looks."""
        if current.isValid() and self.field.text():
            self._ready_again.stop()
            self.panel.show_preview(self.model.hit(current.row()))

    def _back_to_ready(self) -> None:
        if not self.field.text() and not self.busy:
            self.panel.show_idle()

    def clear(self) -> None:
        """Esc: the field, the results and the panel back to Ready."""
        self._empty_field()
        self.panel.show_idle()

    def _empty_field(self) -> None:
        """Nothing typed, nothing listed, no search on its way."""
        self._searches.forget()
        self._enter_waits = False
        self.field.clear()
        self._clear_results()
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down move through the results while the field keeps the focus;
        Ctrl+Z in an empty field undoes the last check-in (with text in it, it
        undoes typing, as everywhere else)."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.field.text()
        ):
            event.ignore()  # not the line edit's: let the window's shortcut have it
            return True
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.clear()
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount():
                self._moved = True
                current = self.table.currentIndex().row()
                row = min(max(current + step, 0), self.model.rowCount() - 1)
                self.table.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Another desk changed something: show the current results again, without
        touching what is being typed or which row is chosen."""
        text = self.field.text()
        if not text or codes.is_scan(text) or self._enter_waits:
            return
        chosen = self.table.currentIndex().row()
        keep = self.model.hit(chosen).delegate_id if 0 <= chosen < self.model.rowCount() else None
        self._on_text(text, keep)

    def scan(self, text: str) -> None:
        """A badge scanned, wherever the keyboard focus was (a dialog included)."""
        self._act(lambda: self._session.check_in(text, self._desk))

    def type_text(self, text: str) -> None:
        """Letters typed while the focus was elsewhere: a new lookup, in the field
        (never glued to what was looked up before)."""
        self.field.setFocus()
        self.field.setText(text)
        self._on_text(text)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(failure(expected(exc)))  # a bug is raised: the crash dialog
        self.field.setFocus()

    def _on_enter(self) -> None:
        text = self.field.text()
        if codes.is_scan(text):
            self._act(lambda: self._session.check_in(text, self._desk))
        elif self._searches.busy:
            self._enter_waits = True  # for the answer to what was typed last
        else:
            self._check_in_selected()

    def _check_in_chosen(self) -> None:
        self._moved = True  # a double click names the person
        self._check_in_selected()

    def _check_in_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        exact = sum(1 for r in range(self.model.rowCount()) if self.model.hit(r).exact)
        if exact > 1 and not self._moved:
            # "goncalves" is Ana and Beatriz: Enter does not pick one for the operator.
            self.panel.show_choice(exact)
            return
        delegate_id = self.model.hit(rows[0].row()).delegate_id
        self._act(lambda: self._session.check_in_delegate(delegate_id, self._desk))

    def _act(self, call: Callable[[], ActionResult], undo: bool = False) -> None:
        """Run a desk action off the GUI thread; the field is free for the next
        person at once, and the panel shows the outcome when it comes."""
        session = self._session

        def work() -> Answered:
            result = call()
            delegate = result.delegate
            if result.refusal is Refusal.ID_CHECK_NEEDED and delegate is not None:
                return Answered(result, kinds=session.document_types())
            photo = session.photo(delegate.id) if delegate and delegate.has_photo else None
            return Answered(result, photo=photo)

        typed = self.field.text()
        hits = tuple(self.model.hit(r) for r in range(self.model.rowCount()))
        more, chosen = self.model.more, max(self.table.currentIndex().row(), 0)
        self._empty_field()  # free for the next person at once

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MeetingdeskError) and not self.field.text():
                # Nothing was recorded: what was typed is back, for Enter again.
                self.field.setText(typed)
                self.model.set_rows(hits, more)
                if hits:
                    self.table.selectRow(chosen)
            self._failed(exc)

        self._actions.ask(work, lambda answered: self._answered(answered, undo), failed)

    def _answered(self, answered: Answered, undo: bool) -> None:
        result, person = answered.result, answered.result.delegate
        if answered.kinds is not None and person is not None:
            dialog = IdCheckDialog(person.badge_name, answered.kinds, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                id_check = dialog.id_check()
                self._act(lambda: self._session.check_in_delegate(person.id, self._desk, id_check))
                return
        self._show(result, answered.photo, undo)

    def walk_in(self) -> None:
        if self._registry is None:
            return
        dialog = DelegateDialog(self._registry, self._desk, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.field.setFocus()
            return
        registered = dialog.registered  # the walk-in was registered already
        if registered is not None:
            self._act(lambda: self._session.check_in_delegate(registered.id, self._desk))
        elif dialog.saved is not None and dialog.checkin is not None:
            result = dialog.checkin
            self._act(lambda: result)  # shown as any other (the ID check, the photo)
        self.field.setFocus()

    def _show(self, result: ActionResult, photo: bytes | None, undo: bool = False) -> None:
        self.panel.show_result(result, undo=undo, zone=self._zone)
        if photo is not None:
            self.panel.show_photo(photo)
        if result.outcome is Outcome.DONE and not undo and result.delegate is not None:
            self._last_done = result.delegate.id
        if result.outcome is Outcome.DONE:
            self.checkedIn.emit(result)
        self.shown.emit(result, undo)
        self.field.setFocus()
        self._ready_again.start()

    # --- undo ---------------------------------------------------------------------

    def undo_last(self) -> None:
        if self._last_done is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Undo check-in"),
            self.tr("Undo the last check-in made at this desk?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            self.field.setFocus()
            return
        last = self._last_done
        self._last_done = None
        self._act(lambda: self._session.undo_delegate(last, self._desk), undo=True)
