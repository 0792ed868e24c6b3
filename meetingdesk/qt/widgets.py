"""Small helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableView

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
