"""All delegates as a Qt table model, and the filters of the delegates view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
)
from PySide6.QtGui import QBrush, QColor

from meetingdesk.qt.models.base import Index, ObjectRole, RowTableModel, SortRole
from meetingdesk.qt.theme import high_contrast, tone_colours
from meetingdesk.services.overview import DelegateRow


def sort_key(row: DelegateRow, column: int) -> Any:
    """What a column sorts by (names without case, delegations in protocol order)."""
    return (
        row.name.casefold(),
        row.native_name or "",
        row.protocol_key,
        row.category_label,
        row.function.casefold(),
        int(row.cancelled),
        row.checked_in_at.timestamp() if row.checked_in_at else 0.0,
        int(row.badge_printed),
        row.badge_code,
    )[column]


def sorted_rows(rows: Sequence[DelegateRow], column: int, descending: bool) -> list[DelegateRow]:
    """Off the GUI thread: a proxy sorting 100,000 rows by calling ``data()``
    freezes the window for seconds; a key function sorts them in a few
    hundred milliseconds on a worker. Ties keep protocol order."""
    return sorted(rows, key=lambda row: sort_key(row, column), reverse=descending)


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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone: Any = None
        self._where: dict[int, int] = {}  # delegate id -> row

    def set_rows(
        self, rows: Sequence[DelegateRow], zone: Any = None, where: dict[int, int] | None = None
    ) -> None:
        """``where``: each row's position by delegate id, if already known."""
        self._zone = zone
        self.replace_rows(rows)
        self._where = where if where is not None else {r.id: i for i, r in enumerate(self._rows)}

    def row_of(self, delegate_id: int) -> int | None:
        """Where a delegate is in the model, without asking every row."""
        return self._where.get(delegate_id)

    def update_rows(self, asked: Iterable[int], rows: Sequence[DelegateRow]) -> None:
        """The rows of the delegates ``asked`` about, as they are now: changed rows
        are replaced in place (``dataChanged``), new ones appended, and those
        asked about but not returned removed; the other rows are not touched,
        so a change at another desk costs the view a few rows, not a reset."""
        where = self._where
        last = self.columnCount() - 1
        for row in rows:
            at = where.get(row.id)
            if at is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                where[row.id] = len(self._rows)
                self._rows.append(row)
                self.endInsertRows()
            elif self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        gone = sorted(
            (where[i] for i in set(asked) - {r.id for r in rows} if i in where), reverse=True
        )
        for at in gone:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
        if gone:
            where = {row.id: i for i, row in enumerate(self._rows)}
        self._where = where

    def _arrived(self, row: DelegateRow) -> str:
        if row.checked_in_at is None:
            return ""
        at = row.checked_in_at.astimezone(self._zone) if self._zone else row.checked_in_at
        moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
        return QLocale().toString(moment, "d MMM HH:mm")  # the month in the window's language

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return row
        if role == SortRole:
            return sort_key(row, column)
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


@dataclass(frozen=True, slots=True)
class DelegateFilter:
    """A name search, category, delegation, registration and "not yet arrived", applied to the
    rows on a worker (a proxy calling Python for each of 100,000 rows freezes
    the window)."""

    category: str | None = None
    delegation: int | None = None
    status: str | None = None  # "registered" / "cancelled"
    not_arrived: bool = False
    found: frozenset[int] | None = None  # those a name search found (None: no search)

    def accepts(self, row: DelegateRow) -> bool:
        if self.found is not None and row.id not in self.found:
            return False
        if self.category is not None and row.category_code != self.category:
            return False
        if self.delegation is not None and row.delegation_id != self.delegation:
            return False
        if self.status == "registered" and row.cancelled:
            return False
        if self.status == "cancelled" and not row.cancelled:
            return False
        return not (self.not_arrived and (row.checked_in_at is not None or row.cancelled))

    def apply(self, rows: Iterable[DelegateRow]) -> list[DelegateRow]:
        if self == DelegateFilter():
            return list(rows)
        return [row for row in rows if self.accepts(row)]


@dataclass(frozen=True, slots=True)
class Listing:
    """What the Delegates tab shows, prepared on a worker so that the window's
    thread only swaps it in: everyone in order by id, those the filter lets
    through, and the position of each of those."""

    everyone: dict[int, DelegateRow]
    shown: list[DelegateRow]
    where: dict[int, int]

    @classmethod
    def of(cls, ordered: Sequence[DelegateRow], chosen: DelegateFilter) -> Listing:
        shown = chosen.apply(ordered)
        return cls(
            {row.id: row for row in ordered}, shown, {row.id: i for i, row in enumerate(shown)}
        )
