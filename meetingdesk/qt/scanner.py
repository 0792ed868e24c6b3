"""A keyboard-wedge scanner types into whatever has the focus: a form field of
the walk-in dialog, a table, a button of a message box. This filter, installed
on the application, sees every key first:

- keys that could begin a badge's payload ("MD2…", "MD1…") and come at a
  scanner's pace are held back; when Enter ends them and they are a payload, the
  scan goes to the window (the check-in, or the door while it is shown) and not
  one character reaches the field or the button; when they turn out to be
  typing (a pause, another letter), they are handed on, in order, as typed;
- letters typed in the main window outside any text field (a table, a tab)
  start a new lookup in the search field rather than being lost."""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from meetingdesk.services import codes

# Wedge scanners type a key every 2-30 ms; nobody types a payload's 70
# characters that fast, and a held key is handed on after this long.
SCAN_GAP_MS = 80
_PREFIXES = (codes.PREFIX, codes.LEGACY_PREFIX)

_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _takes_text(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if isinstance(widget, _TEXT_INPUTS):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


def _could_begin_scan(text: str) -> bool:
    upper = text.upper()
    return any(p.startswith(upper) or upper.startswith(p) for p in _PREFIXES)


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


class ScannerCapture(QObject):
    """Install with :meth:`attach` (the window's scans and typing wired to it)."""

    scanned = Signal(str)  # a badge payload, ended by Enter, wherever the focus was
    typed = Signal(str)  # letters typed in the main window outside any text field

    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], float] = time.monotonic,
        hold_ms: int = SCAN_GAP_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._held: list[QKeyEvent] = []
        self._target: QWidget | None = None
        self._last = 0.0
        self._handing_on = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.hand_on)

    @property
    def holding(self) -> bool:
        """Keys held back while they could still be a scan (tests wait for this)."""
        return bool(self._held)

    def _ours(self, widget: QWidget) -> bool:
        """The main window and every dialog opened over it."""
        window: QWidget | None = widget.window()
        while window is not None:
            if window is self._window:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return QApplication.activeModalWidget() is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._handing_on or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or not self._ours(focus):
            return False
        plain = not (
            event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        )
        now = self._clock()
        gap_ms = (now - self._last) * 1000
        self._last = now
        text = event.text()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._held:
            held = "".join(e.text() for e in self._held)
            target = self._alive_target()
            if plain and gap_ms <= SCAN_GAP_MS and target is focus:
                if enter and codes.is_scan(held):
                    self._forget()
                    self.scanned.emit(held)  # not one character reached the field
                    return True
                if text and text.isprintable() and _could_begin_scan(held + text):
                    self._hold(event, focus)
                    return True
            self.hand_on()  # typing after all: what was held goes first, in order
            moved = QApplication.focusWidget()
            if moved is not None and moved is not focus:  # the held letters began a lookup
                self._send(moved, [event])
                return True
        if plain and text and text.isprintable() and _could_begin_scan(text):
            self._hold(event, focus)
            return True
        if (
            plain
            and not enter
            and text.strip()
            and text.isprintable()
            and focus.window() is self._window
            and not _takes_text(focus)
            and not isinstance(focus, QAbstractButton)
        ):
            self.typed.emit(text)  # a new lookup; the field has the focus after it
            return True
        return False

    def _hold(self, event: QKeyEvent, focus: QWidget) -> None:
        self._held.append(_copy(event))
        self._target = focus
        self._timer.start()

    def _alive_target(self) -> QWidget | None:
        """The widget the held keys were typed in, unless it was closed since."""
        target = self._target
        return target if target is not None and shiboken6.isValid(target) else None

    def _forget(self) -> None:
        self._timer.stop()
        self._held.clear()
        self._target = None

    def hand_on(self) -> None:
        """Keys held as a possible scan were typing: to the widget they were typed
        in, as if never held (outside text fields in the window: a lookup)."""
        held, target = self._held[:], self._alive_target()
        self._forget()
        if not held or target is None:
            return
        if target.window() is self._window and not _takes_text(target):
            self.typed.emit("".join(e.text() for e in held))
            return
        self._send(target, held)

    def _send(self, target: QWidget, keys: list[QKeyEvent]) -> None:
        self._handing_on = True
        try:
            for key in keys:
                QApplication.sendEvent(target, _copy(key))
        finally:
            self._handing_on = False

    @classmethod
    def attach(
        cls,
        window: QWidget,
        scanned: Callable[[str], None],
        typed: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
        hold_ms: int = SCAN_GAP_MS,
    ) -> ScannerCapture:
        """A capture on the whole application for ``window`` and its dialogs
        (``clock`` and ``hold_ms``: the pace of keys, which tests set)."""
        capture = cls(window, clock, hold_ms)
        capture.scanned.connect(scanned)
        capture.typed.connect(typed)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(capture)
        return capture

    def detach(self) -> None:
        self.hand_on()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
