"""Everyone registered: sort by any column, filter by category, delegation,
registration and "not yet arrived" (to call the delegations that are late),
see the details, edit."""

from __future__ import annotations

import logging
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.domain.model import Category, Delegation
from meetingdesk.domain.values import Desk
from meetingdesk.qt.models.delegates import PAGE, DelegatesModel, positions
from meetingdesk.qt.theme import high_contrast, tone_colours
from meetingdesk.qt.views.delegate_dialog import DelegateDialog
from meetingdesk.qt.widgets import fit_headers, named
from meetingdesk.qt.wording import moment
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services.overview import (
    DelegateFilter,
    DelegateRow,
    Listed,
    ListOrder,
    OverviewService,
)
from meetingdesk.services.registry import RegistryService
from meetingdesk.services.search import SearchService

log = logging.getLogger("meetingdesk.qt")

# The tab's first order: delegations in protocol order, then family names.
FIRST_ORDER = (DelegatesModel.COL_DELEGATION, Qt.SortOrder.AscendingOrder)


class DelegatesView(QWidget):
    edited = Signal()
    reprintRequested = Signal(str, str)  # noqa: N815  badge code, reason

    def __init__(
        self,
        overview: OverviewService,
        registry: RegistryService,
        desk: Desk,
        zone: Any = None,
        parent: QWidget | None = None,
        search: SearchService | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._overview = overview
        self._registry = registry
        self._desk = desk
        self._zone = zone
        # The database filters and sorts; the model holds the ids of those shown
        # and reads their rows a page at a time as they come into view. Every
        # read runs on a worker.
        self._total = 0  # registered, for "12 of 300 shown"
        self._after_load: set[int] = set()  # changed while the list was being read
        self._filter = DelegateFilter()
        self.model = DelegatesModel(self)
        self._loads = LatestOnly(self)  # the list read again, sorted or filtered
        self._updates = InOrder(self)  # pages, and rows changed elsewhere, in order
        # Straight away (not queued): the read is on its way, and the view busy, at once.
        self.model.rowsWanted.connect(self._read_page)
        self.model.dataChanged.connect(self._rows_read)

        self.category = named(QComboBox(), "filterCategory")
        self.delegation = named(QComboBox(), "filterDelegation")
        self.reload_filters()
        self.status = named(QComboBox(), "filterStatus")
        for label, value in (
            (self.tr("Registered and cancelled"), None),
            (self.tr("Registered"), "registered"),
            (self.tr("Cancelled"), "cancelled"),
        ):
            self.status.addItem(label, value)
        self.not_arrived = named(QCheckBox(self.tr("Not yet arrived")), "filterNotArrived")
        # The desk's search, on top of the filters: any part of any word of a
        # name, in any script, or a badge code.
        self.search_field = named(QLineEdit(), "delegatesFind")
        self.search_field.setPlaceholderText(
            self.tr("Find: any part of a name, in any script, or a code")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setVisible(search is not None)
        self.shown = named(QLabel(), "shownCount")
        self.edit_button = named(QPushButton(self.tr("&Edit…")), "editButton")
        self.edit_button.setEnabled(False)

        filters = QHBoxLayout()
        for combo in (self.category, self.delegation, self.status):
            # Long names (a UN body's) must not widen the window past a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        for widget in (self.category, self.delegation, self.status, self.not_arrived):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.shown)
        filters.addWidget(self.edit_button)

        self.table = named(QTableView(), "delegatesTable")
        # No proxy: the database filters and sorts (a proxy calling Python per
        # row froze the window for seconds at 100,000).
        self.table.setModel(self.model)
        self._order = FIRST_ORDER
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._order)
        header.sectionClicked.connect(self._sort_by)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            DelegatesModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        fit_headers(self.table)
        self.detail = named(QLabel(wordWrap=True), "detail")
        self.detail.setMinimumWidth(220)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        for combo in (self.category, self.delegation, self.status):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.not_arrived.toggled.connect(lambda _on: self.reload())
        self.search_field.textChanged.connect(lambda _text: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)

    def reload_filters(
        self,
        categories: list[Category] | None = None,
        delegations: list[Delegation] | None = None,
    ) -> None:
        """Categories and delegations as the set-up now has them (read already,
        off the GUI thread, or read here), keeping the choice."""
        if categories is None:
            categories = self._registry.categories()
        if delegations is None:
            delegations = self._registry.delegations()
        for combo, everything, entries in (
            (
                self.category,
                self.tr("All categories"),
                [(c.label, c.code) for c in categories],
            ),
            (
                self.delegation,
                self.tr("All delegations"),
                [(d.name, d.id) for d in delegations],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def reload(self) -> None:
        """Ask the database again who is shown, in which order (off the GUI
        thread; the search too), keeping the selection, the filters and the
        order: latest asked, latest shown."""
        chosen = DelegateFilter(
            self.category.currentData(),
            self.delegation.currentData(),
            self.status.currentData(),
            self.not_arrived.isChecked(),
        )
        overview, text, search = self._overview, self.search_field.text(), self._search
        column, order = self._order
        descending = order == Qt.SortOrder.DescendingOrder

        def work() -> tuple[DelegateFilter, Listed, dict[int, int]]:
            found = None
            if search is not None and text.strip():
                found = search.matching_ids(text) or frozenset()  # too long: nobody
            with_found = replace(chosen, found=found)
            listed = overview.listed(with_found, ListOrder(column), descending)
            return with_found, listed, positions(listed.ids)

        self._loads.ask(work, self._loaded, self._failed)

    def _show_count(self) -> None:
        self.shown.setText(
            self.tr("%1 of %2 shown")
            .replace("%1", QLocale().toString(self.model.rowCount()))
            .replace("%2", QLocale().toString(self._total))
        )

    @property
    def busy(self) -> bool:
        return self._loads.busy or self._updates.busy

    def _sort_by(self, column: int) -> None:
        """A header clicked: that column, ascending, or the other way if it was."""
        current, order = self._order
        if column == current:
            order = (
                Qt.SortOrder.DescendingOrder
                if order == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        self._order = (column, order)
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.reload()

    def _loaded(self, answer: tuple[DelegateFilter, Listed, dict[int, int]]) -> None:
        chosen, listed, where = answer
        current = self.selected_id()
        self._filter, self._total = chosen, listed.total
        self.model.set_listing(listed.ids, self._zone, where)
        self._show_count()
        if current is not None:
            self.select(current)
        self._read_in_view()
        changed, self._after_load = frozenset(self._after_load), set()
        self.update_delegates(changed)  # what changed while it was read

    def _read_in_view(self) -> None:
        """Ask at once for the rows on screen (or that will be when the tab is
        shown), without waiting for the table to paint and find them missing."""
        count = self.model.rowCount()
        if not count:
            return
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(max(self.table.viewport().height() - 1, 0))
        last = min(count - 1, first + PAGE) if last < 0 else last
        for ids in self.model.wanted(first, last):
            self._read_page(ids)

    def _read_page(self, ids: list[int]) -> None:
        overview = self._overview

        def failed(exc: BaseException) -> None:
            self.model.forget_asked()
            self._failed(exc)

        self._updates.ask(lambda: overview.delegates(only=ids), self.model.fill, failed)

    def update_delegates(self, ids: frozenset[int]) -> None:
        """Another desk changed these delegates: read their rows again, off the
        GUI thread, and change just those rows in place."""
        if not ids:
            return
        if self._loads.busy:
            # The list is being read again: these rows are read once it is
            # shown. Asking a new read instead would overtake it at every
            # change, and a busy meeting would never see one.
            self._after_load |= ids
            return
        overview = self._overview
        self._updates.ask(
            lambda: (overview.delegates(only=ids), overview.registered()),
            lambda answer: self._updated(ids, *answer),
            self._failed,
        )

    def _updated(self, ids: frozenset[int], rows: list[DelegateRow], total: int) -> None:
        self._total = total
        self.model.update_rows(ids, rows, self._filter.accepts)
        self._show_count()

    def _failed(self, exc: BaseException) -> None:
        # The ticker says why the database does not answer.
        log.info("delegates not read: %s", expected(exc).__class__.__name__)

    def select(self, delegate_id: int) -> None:
        row = self.model.row_of(delegate_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.id_at(rows[0].row()) if rows else None

    def selected(self) -> DelegateRow | None:
        """The chosen delegate's row, once read."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.loaded_row(rows[0].row()) if rows else None

    def _rows_read(self, first: QModelIndex, last: QModelIndex) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and first.row() <= rows[0].row() <= last.row():
            self._selected()  # the chosen row has just been read (or changed)

    def _selected(self, *_: QItemSelection) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        arrived = (
            moment(row.checked_in_at, None, self._zone) if row.checked_in_at else self.tr("not yet")
        )
        lines = [
            f"<h2>{escape(row.name)}</h2>",
            f"<p style='font-size:large'>{escape(row.native_name)}</p>" if row.native_name else "",
            f"<p>{escape(row.function)}</p>" if row.function else "",
            f"<p><b>{escape(row.delegation)}</b><br>{escape(row.category_label)}</p>",
            f"<p>{self.tr('Head of delegation')}</p>" if row.head_of_delegation else "",
            f"<p>{self.tr('Arrived')}: {escape(arrived)}<br>"
            f"{self.tr('Badge')}: {escape(row.badge_code)}"
            f" ({self.tr('printed') if row.badge_printed else self.tr('not printed')})</p>",
            f"<p>{escape(row.email)}</p>" if row.email else "",
            f"<p style='color:{tone_colours(high_contrast())['error']}'>"
            f"{self.tr('Registration cancelled')}</p>"
            if row.cancelled
            else "",
        ]
        self.detail.setText("".join(lines))

    def edit_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        dialog = DelegateDialog(self._registry, self._desk, chosen, self)
        if dialog.exec() != DelegateDialog.DialogCode.Accepted:
            return
        self.reload()
        self.edited.emit()
        result = dialog.edit_result
        if result is not None and result.name_on_badge_changed and result.badge_printed:
            asked = QMessageBox.question(
                self,
                self.tr("Reprint the badge?"),
                self.tr(
                    "The badge of %1 was printed with the old name. Reprint it now"
                    " (reason: name corrected)? The old badge then stops working."
                ).replace("%1", result.summary.badge_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if asked == QMessageBox.StandardButton.Yes:
                self.reprintRequested.emit(result.summary.badge_code, "name-corrected")

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
