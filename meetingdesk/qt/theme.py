"""How the desk looks: the system's light or dark theme by default, or a high-
contrast one for a bright hall or tired eyes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

HIGH_CONTRAST_KEY = "display/high_contrast"

_HIGH_CONTRAST = """
* { font-size: 13pt; }
QLineEdit#searchField { font-size: 22pt; border: 3px solid #FFFF00; }
QTableView { gridline-color: #FFFFFF; }
QTableView::item:selected { background: #FFFF00; color: #000000; }
"""


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    if not high_contrast:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")
        return
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFFF00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#202020")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, yellow),
    ):
        palette.setColor(role, colour)
    app.setPalette(palette)
    app.setStyleSheet(_HIGH_CONTRAST)
