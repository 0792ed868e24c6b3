"""Small helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget the object name that style sheets and tests find it by."""
    widget.setObjectName(name)
    return widget


def fit_headers(table: QTableView, widths: dict[int, int] | None = None) -> None:
    """Every column at least as wide as its title in the window's language (a
    title is never cut: "Escritura original" is longer than "Native script");
    ``widths``: what a column gets when its title is shorter."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        wanted = (widths or {}).get(column, header.defaultSectionSize())
        table.setColumnWidth(column, max(wanted, header.sectionSizeHint(column)))


class ElidedLabel(QLabel):
    """One line that gives way: the text elided at its end to the width the
    layout grants, whole in the tooltip (a category's label in a narrow panel,
    at a high-contrast size, in a long language)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setToolTip(text)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        if shown != self.text():
            self.setText(shown)
