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

    def set_rows(self, rows: tuple[SearchHit, ...], more: bool) -> None:
        self.more = more
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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if role == ObjectRole:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return (
                hit.display_name,
                hit.native_name or "",
                hit.delegation,
                # A colour chip and the short code: the full label never fits a
                # column and is in the tooltip and the panel.
                hit.category_code,
                self.status_text(hit),
                hit.badge_code,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CATEGORY:
            return QColor(hit.category_colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            if hit.cancelled:
                return QBrush(QColor("#B71C1C"))
            if hit.checked_in:
                return QBrush(QColor("#1B5E20"))
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
