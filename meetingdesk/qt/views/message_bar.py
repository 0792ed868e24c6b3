"""A bar across the top of the window for known failures: what happened and what
to do, without a dialog that stops the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from meetingdesk.qt.widgets import named

STYLES = {
    "error": "background: #FFEBEE; color: #B71C1C; border: 1px solid #B71C1C;",
    "warning": "background: #FFF3E0; color: #8D5A00; border: 1px solid #8D5A00;",
    "info": "background: #E3F2FD; color: #0D47A1; border: 1px solid #0D47A1;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.text = named(QLabel(wordWrap=True), "messageText")
        close = QPushButton(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setStyleSheet(f"#messageBar {{ {STYLES[kind]} border-radius: 4px; }}")
        self.text.setText(text)
        self.show()
