"""The check-in view: one field to type or scan into, results as you type,
Enter to check in, and a panel that says what happened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.values import ActionResult, Desk, IdCheck, Outcome, Refusal
from meetingdesk.qt.models.search_results import SearchResultsModel
from meetingdesk.qt.views.outcome_panel import OutcomePanel
from meetingdesk.qt.widgets import named
from meetingdesk.services import codes
from meetingdesk.services.checkin import CheckInService
from meetingdesk.services.search import SearchService

RESULT_LIMIT = 50


class IdCheckDialog(QDialog):
    """Asks which identity document was seen, for categories that require one."""

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identity document"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Check the identity document of %1.").replace("%1", who)))
        self.document = named(QLineEdit(placeholderText=self.tr("passport")), "idDocument")
        self.last_four = named(QLineEdit(maxLength=4), "idLastFour")
        form.addRow(self.tr("Document type"), self.document)
        form.addRow(self.tr("Last four characters"), self.last_four)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_complete(self) -> None:
        if self.document.text().strip() and len(self.last_four.text().strip()) == 4:
            self.accept()

    def id_check(self) -> IdCheck:
        return IdCheck(self.document.text().strip(), self.last_four.text().strip().upper())


class CheckInView(QWidget):
    """Views get the services they need, never a database session."""

    checkedIn = Signal(object)  # ActionResult, after any change  # noqa: N815

    def __init__(
        self,
        search: SearchService,
        checkin: CheckInService,
        desk: Desk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._checkin = checkin
        self._desk = desk
        self._last_done: int | None = None

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
        for column, width in (
            (SearchResultsModel.COL_NATIVE, 140),
            (SearchResultsModel.COL_DELEGATION, 140),
            (SearchResultsModel.COL_CATEGORY, 110),
            (SearchResultsModel.COL_STATUS, 80),
            (SearchResultsModel.COL_CODE, 90),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.more = named(QLabel(), "moreResults")
        self.panel = OutcomePanel(self)

        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.table, 1)
        left.addWidget(self.more)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addWidget(self.panel, 3)

        self.field.textEdited.connect(self._on_text)
        self.field.returnPressed.connect(self._on_enter)
        self.field.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self._check_in_selected())
        # One action, in this view and in the window's Edit menu.
        self.undo_action = QAction(self.tr("&Undo last check-in"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)

    # --- typing and scanning ------------------------------------------------------

    def _on_text(self, text: str) -> None:
        if codes.is_scan(text):
            return  # a scanner is typing: wait for its Enter
        result = self._search.search(text, limit=RESULT_LIMIT)
        self.model.set_rows(result.hits, result.more)
        self.more.setText(
            self.tr("More matches: keep typing to narrow them down.") if result.more else ""
        )
        if result.hits:
            self.table.selectRow(0)

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
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount():
                current = self.table.currentIndex().row()
                row = min(max(current + step, 0), self.model.rowCount() - 1)
                self.table.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def _on_enter(self) -> None:
        text = self.field.text()
        if codes.is_scan(text):
            self._show(self._checkin.check_in(text, self._desk))
        else:
            self._check_in_selected()

    def _check_in_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        hit = self.model.hit(rows[0].row())
        result = self._checkin.check_in_delegate(hit.delegate_id, self._desk)
        if result.refusal is Refusal.ID_CHECK_NEEDED:
            dialog = IdCheckDialog(hit.display_name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._show(result)
                return
            result = self._checkin.check_in_delegate(hit.delegate_id, self._desk, dialog.id_check())
        self._show(result)

    def _show(self, result: ActionResult, undo: bool = False) -> None:
        self.panel.show_result(result, undo=undo)
        if result.outcome is Outcome.DONE and not undo and result.delegate is not None:
            self._last_done = result.delegate.id
        if result.outcome is Outcome.DONE:
            self.checkedIn.emit(result)
        self.field.clear()
        self.model.set_rows((), False)
        self.more.clear()
        self.field.setFocus()

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
        result = self._checkin.undo_delegate(self._last_done, self._desk)
        self._last_done = None
        self._show(result, undo=True)
