"""A keyboard-wedge scanner types into whatever has the focus. When that is not a
text field (a table, a button, a tab), the characters would be lost; this filter
collects them, and on Enter hands a badge payload to the check-in, or ordinary
typing to the search field."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from meetingdesk.services import codes

PAUSE_S = 1.0  # a longer pause starts a new entry

_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _takes_text(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, _TEXT_INPUTS):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class ScannerCapture(QObject):
    scanned = Signal(str)  # a badge payload, ended by Enter
    typed = Signal(str)  # anything else typed outside a text field

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._buffer: list[str] = []
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if (
            focus is None
            or _takes_text(focus)
            or focus.window() is not self._window
            or QApplication.activeModalWidget() is not None
            or watched is not focus
        ):
            return False
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return False  # shortcuts stay shortcuts
        now = time.monotonic()
        if now - self._last > PAUSE_S:
            self._buffer.clear()
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._buffer:
                return False
            text = "".join(self._buffer)
            self._buffer.clear()
            if codes.is_scan(text):
                self.scanned.emit(text)
            else:
                self.typed.emit(text)
            return True
        text = event.text()
        if text and text.isprintable():
            self._buffer.append(text)
            return True
        return False
