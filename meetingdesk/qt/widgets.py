"""Small helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget the object name that style sheets and tests find it by."""
    widget.setObjectName(name)
    return widget
