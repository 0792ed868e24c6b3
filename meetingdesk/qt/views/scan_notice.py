"""What a badge scanned while a dialog was open did, shown on top of that dialog:
the operator looks at the dialog, not at the panel behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from meetingdesk.qt.theme import Tone, look

SHOWN_MS = 6000


class ScanNotice(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanNotice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        self.setFont(font)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @classmethod
    def on(cls, dialog: QWidget) -> ScanNotice:
        """The dialog's notice (one per dialog)."""
        found = dialog.findChild(
            ScanNotice, "scanNotice", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return found if isinstance(found, ScanNotice) else cls(dialog)

    def say(self, text: str, tone: Tone) -> None:
        colours = look(tone)
        self.setStyleSheet(
            f"#scanNotice {{ background: {colours.background}; color: {colours.accent};"
            f" border: 3px solid {colours.accent}; border-radius: 6px; padding: 8px; }}"
        )
        self.setText(text)
        parent = self.parentWidget()
        assert parent is not None
        width = max(parent.width() - 16, 120)
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width) + 20)
        self.move(8, 8)
        self.raise_()
        self.show()
        self._timer.start()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.hide()  # read: out of the way of the form
