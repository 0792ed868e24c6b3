"""The delegates list as a Qt table model: every row the filters let through is
there from the start (its id, in the order the database sorted them), and each
row's texts are read a page at a time, off the GUI thread, as it comes into
view. 100,000 delegates cost the window a list of ids, not a million objects."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from meetingdesk.qt.models.base import Index, ObjectRole, RowTableModel
from meetingdesk.qt.theme import high_contrast, tone_colours
from meetingdesk.services.overview import DelegateRow

PAGE = 200  # rows read at a time
CACHE_AT_MOST = 20_000  # rows kept; beyond that, those in view are read again


def positions(ids: list[int]) -> dict[int, int]:
    """The row of each delegate id (100,000 of them: tens of milliseconds, best
    spent on a worker)."""
    return {delegate: at for at, delegate in enumerate(ids)}


class DelegatesModel(RowTableModel[DelegateRow]):
    (
        COL_NAME,
        COL_NATIVE,
        COL_DELEGATION,
        COL_CATEGORY,
        COL_FUNCTION,
        COL_STATUS,
        COL_ARRIVED,
        COL_BADGE,
        COL_CODE,
    ) = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("DelegatesModel", "Name"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Native script"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Delegation"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Category"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Function"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Registration"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Arrived"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Badge"),
        QT_TRANSLATE_NOOP("DelegatesModel", "Badge code"),
    )

    CONTEXT = "DelegatesModel"

    rowsWanted = Signal(object)  # noqa: N815  ids whose rows the view is about to show

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone: Any = None
        self._ids: list[int] = []  # who is shown, in order
        self._where: dict[int, int] = {}  # delegate id -> row
        self._rows_by_id: dict[int, DelegateRow] = {}  # those read so far
        self._asked: set[int] = set()  # pages asked for and not yet answered

    def set_listing(
        self, ids: list[int], zone: Any = None, where: dict[int, int] | None = None
    ) -> None:
        """Who is shown now, in order (``where``: the row of each, if worked out
        already, off the GUI thread); the rows already read are read again as
        they come into view (they may have changed)."""
        self.beginResetModel()
        self._zone = zone
        self._ids = ids
        self._where = where if where is not None else positions(ids)
        self._rows_by_id = {}
        self._asked = set()
        self.endResetModel()

    def set_rows(self, rows: Sequence[DelegateRow], zone: Any = None) -> None:
        """Rows already read, in order (a plain table, for comparisons)."""
        self.set_listing([row.id for row in rows], zone)
        self._rows_by_id = {row.id: row for row in rows}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def row_of(self, delegate_id: int) -> int | None:
        """Where a delegate is in the model, without asking every row."""
        return self._where.get(delegate_id)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def loaded_row(self, row: int) -> DelegateRow | None:
        """The row's delegate, if read already."""
        return self._rows_by_id.get(self._ids[row])

    def fill(self, rows: Sequence[DelegateRow]) -> None:
        """Rows read for a page: shown where they are."""
        if len(self._rows_by_id) + len(rows) > CACHE_AT_MOST:
            self._rows_by_id = {}  # those in view are asked for again
        where = self._where
        places = []
        for row in rows:
            self._rows_by_id[row.id] = row
            at = where.get(row.id)
            if at is not None:
                places.append(at)
                self._asked.discard(at // PAGE)
        if places:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(places), 0), self.index(max(places), last))

    def wanted(self, first: int, last: int) -> list[list[int]]:
        """The ids of the pages from row ``first`` to ``last`` not read or asked
        for yet, page by page; they count as asked for from now on."""
        pages = []
        for page in range(first // PAGE, last // PAGE + 1):
            if page not in self._asked and page * PAGE < len(self._ids):
                self._asked.add(page)
                pages.append(self._ids[page * PAGE : (page + 1) * PAGE])
        return pages

    def forget_asked(self) -> None:
        """A page could not be read: ask again when it is next in view."""
        self._asked = set()

    def update_rows(
        self,
        asked: Iterable[int],
        rows: Sequence[DelegateRow],
        accepts: Callable[[DelegateRow], bool],
    ) -> None:
        """The rows of the delegates ``asked`` about, as they are now: changed rows
        are replaced in place (``dataChanged``), new ones the filters let through
        appended, and those no longer there or no longer let through removed; the
        other rows are not touched, so a change at another desk costs the view a
        few rows, not a reset. A row keeps its place when its sort column changed:
        the list is sorted again when it is read again."""
        where, ids = self._where, self._ids
        last = self.columnCount() - 1
        returned = {row.id for row in rows}
        leaving = {i for i in asked if i in where and i not in returned}
        for row in rows:
            at = where.get(row.id)
            if not accepts(row):
                if at is not None:
                    leaving.add(row.id)
                continue
            self._rows_by_id[row.id] = row
            if at is None:
                self.beginInsertRows(QModelIndex(), len(ids), len(ids))
                where[row.id] = len(ids)
                ids.append(row.id)
                self.endInsertRows()
            else:
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        for at in sorted((where[i] for i in leaving), reverse=True):
            self.beginRemoveRows(QModelIndex(), at, at)
            self._rows_by_id.pop(ids[at], None)
            del where[ids[at]]
            del ids[at]
            for later in range(at, len(ids)):  # those after it move up
                where[ids[later]] = later
            self.endRemoveRows()

    def _arrived(self, row: DelegateRow) -> str:
        if row.checked_in_at is None:
            return ""
        at = row.checked_in_at.astimezone(self._zone) if self._zone else row.checked_in_at
        moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        return QLocale().toString(moment, "d MMM HH:mm")  # the month in the window's language

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._rows_by_id.get(self._ids[index.row()])
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:  # painted: its page is wanted
                for ids in self.wanted(index.row(), index.row()):
                    self.rowsWanted.emit(ids)
            return None
        column = index.column()
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                row.native_name or "",
                row.delegation,
                row.category_code,  # beside its colour; the label in the tooltip
                row.function,
                QCoreApplication.translate("DelegatesModel", "cancelled")
                if row.cancelled
                else QCoreApplication.translate("DelegatesModel", "registered"),
                self._arrived(row),
                QCoreApplication.translate("DelegatesModel", "printed")
                if row.badge_printed
                else "",
                row.badge_code,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CATEGORY:
            return QColor(row.category_colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CATEGORY:
            return row.category_label
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and row.cancelled:
            return QBrush(QColor(tone_colours(high_contrast())["error"]))
        return None
