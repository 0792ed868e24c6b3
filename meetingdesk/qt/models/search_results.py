"""The check-in view's result list: search hits as a Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meetingdesk.domain.values import SearchHit
from meetingdesk.qt.models.base import Index, ObjectRole, RowTableModel, SortRole
from meetingdesk.qt.theme import high_contrast, tone_colours

NAMESAKE_BACKGROUND = "#FFF3CD"  # amber, readable with black text in both themes


class SearchResultsModel(RowTableModel[SearchHit]):
    COL_NAME, COL_NATIVE, COL_DELEGATION, COL_CATEGORY, COL_STATUS, COL_CODE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("SearchResultsModel", "Name"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Native script"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Delegation"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Category"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Status"),
        QT_TRANSLATE_NOOP("SearchResultsModel", "Badge code"),
    )

    CONTEXT = "SearchResultsModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.more = False
        self._cells: list[tuple[str, ...]] = []
        self._chips: list[QColor] = []

    def set_rows(self, rows: tuple[SearchHit, ...], more: bool) -> None:
        """The hits, each row's texts and colours worked out once here: a repaint
        asks ``data`` for every visible cell and role, and a key stroke repaints."""
        self.more = more
        self._cells = [
            (
                hit.display_name,
                hit.native_name or "",
                hit.delegation,
                # A colour chip and the short code: the full label never fits a
                # column and is in the tooltip and the panel.
                hit.category_code,
                self.status_text(hit),
                hit.badge_code,
            )
            for hit in rows
        ]
        self._chips = [QColor(hit.category_colour) for hit in rows]
        self.replace_rows(rows)

    def hit(self, row: int) -> SearchHit:
        return self.row_object(row)

    @staticmethod
    def status_text(hit: SearchHit) -> str:
        if hit.cancelled:
            return QCoreApplication.translate("SearchResultsModel", "cancelled")
        return (
            QCoreApplication.translate("SearchResultsModel", "checked in")
            if hit.checked_in
            else QCoreApplication.translate("SearchResultsModel", "expected")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # alignment, size, check state…: Qt's defaults
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == SortRole:
            return self._cells[row][column]
        hit = self._rows[row]
        if role == ObjectRole:
            return hit
        if role == Qt.ItemDataRole.DecorationRole:
            return self._chips[row] if column == self.COL_CATEGORY else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS and (hit.cancelled or hit.checked_in):
                tone = "error" if hit.cancelled else "ok"
                return QBrush(QColor(tone_colours(high_contrast())[tone]))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CATEGORY:
            return hit.category_label
        if hit.namesakes:
            # Namesakes sit together in the list; say so, and make what tells
            # them apart (the delegation) stand out.
            if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_NAME:
                return QBrush(QColor(NAMESAKE_BACKGROUND))
            if role == Qt.ItemDataRole.FontRole and column == self.COL_DELEGATION:
                bold = QFont()
                bold.setBold(True)
                return bold
            if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
                return self.tr(
                    "Same name as %n other person(s) here: check delegation and code.",
                    "",
                    hit.namesakes,
                )
        return None


_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        ObjectRole,
        SortRole,
    }
)
