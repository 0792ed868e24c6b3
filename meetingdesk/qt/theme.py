"""How the desk looks: the system's light or dark theme by default, or a high-
contrast one for a bright hall or tired eyes. Every colour the views paint
themselves comes from here, in a light and a high-contrast version, so that
switching theme never leaves white text on a pale panel (tests/gui/test_contrast.py
checks every pair against WCAG AA)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

HIGH_CONTRAST_KEY = "display/high_contrast"
AA = 4.5  # WCAG 2 AA: the least contrast of normal-sized text with its background


class Tone(enum.Enum):
    """What an outcome means to the person who reads (and hears) it."""

    DONE = "done"
    ALREADY = "already"
    REFUSED = "refused"
    NOT_FOUND = "not_found"
    NEUTRAL = "neutral"  # an undo, a choice to make: neither success nor failure
    PREVIEW = "preview"  # who Enter will check in; nothing done yet
    IDLE = "idle"


@dataclass(frozen=True, slots=True)
class Look:
    """The colours of one outcome: headline and border, background, other text."""

    accent: str
    background: str
    text: str


_LIGHT = {
    Tone.DONE: Look("#1B5E20", "#E8F5E9", "#212121"),
    Tone.ALREADY: Look("#7A4F00", "#FFF3E0", "#212121"),
    Tone.REFUSED: Look("#B71C1C", "#FFEBEE", "#212121"),
    Tone.NOT_FOUND: Look("#37474F", "#ECEFF1", "#212121"),
    Tone.NEUTRAL: Look("#37474F", "#ECEFF1", "#212121"),
    Tone.PREVIEW: Look("#0D47A1", "#FFFFFF", "#212121"),
    Tone.IDLE: Look("#37474F", "#FFFFFF", "#212121"),
}
# Solid colours, readable from a metre away in a bright hall.
_HIGH = {
    Tone.DONE: Look("#000000", "#00E676", "#000000"),
    Tone.ALREADY: Look("#000000", "#FFD740", "#000000"),
    Tone.REFUSED: Look("#FFFFFF", "#B71C1C", "#FFFFFF"),
    Tone.NOT_FOUND: Look("#FFFFFF", "#000000", "#FFFFFF"),
    Tone.NEUTRAL: Look("#FFFFFF", "#000000", "#FFFFFF"),
    Tone.PREVIEW: Look("#82B1FF", "#000000", "#FFFFFF"),
    Tone.IDLE: Look("#FFFFFF", "#000000", "#FFFFFF"),
}
# The door's banner is solid in both themes.
BANNER = {
    Tone.DONE: Look("#FFFFFF", "#1B5E20", "#FFFFFF"),
    Tone.ALREADY: Look("#000000", "#FFB300", "#000000"),
    Tone.REFUSED: Look("#FFFFFF", "#B71C1C", "#FFFFFF"),
    Tone.NOT_FOUND: Look("#FFFFFF", "#455A64", "#FFFFFF"),
    Tone.NEUTRAL: Look("#FFFFFF", "#455A64", "#FFFFFF"),
    Tone.PREVIEW: Look("#FFFFFF", "#0D47A1", "#FFFFFF"),
    Tone.IDLE: Look("#FFFFFF", "#455A64", "#FFFFFF"),
}

# Labels that say something went well or wrong carry a "tone" property and are
# coloured for the theme in force; a switch of theme recolours those on screen.
_TONE_TEXT_LIGHT = {"error": "#B71C1C", "warning": "#7A4F00", "ok": "#1B5E20"}
_TONE_TEXT_HIGH = {"error": "#FF8A80", "warning": "#FFD740", "ok": "#69F0AE"}

HIGH_CONTRAST_POINTS = 13  # the application's text; sizes set by a view (headlines) stay
_HIGH_CONTRAST = """
QLineEdit#searchField { font-size: 22pt; border: 3px solid #FFFF00; }
QTableView { gridline-color: #FFFFFF; }
QTableView::item:selected { background: #FFFF00; color: #000000; }
"""

_high_contrast = False


def high_contrast() -> bool:
    return _high_contrast


def look(tone: Tone) -> Look:
    """The colours of an outcome in the theme in force."""
    return (_HIGH if _high_contrast else _LIGHT)[tone]


def looks(high: bool) -> dict[Tone, Look]:
    return dict(_HIGH if high else _LIGHT)


def tone_colours(high: bool) -> dict[str, str]:
    return dict(_TONE_TEXT_HIGH if high else _TONE_TEXT_LIGHT)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour a label as an error, a warning or good news (None: plain text).
    Its own palette rather than a style sheet: an application-wide style sheet
    would slow every table's painting."""
    widget.setProperty("tone", tone or "")
    palette = QPalette(QApplication.palette())
    if tone:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(tone_colours(_high_contrast)[tone]))
    else:
        palette = QPalette()  # the application's again
    widget.setPalette(palette)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on a colour the organisers chose
    (a category's): always at least 4.5:1."""
    return (
        "#000000"
        if contrast("#000000", background) >= contrast("#FFFFFF", background)
        else "#FFFFFF"
    )


_usual_font: QFont | None = None


def apply_theme(app: QApplication, high: bool) -> None:
    """The theme, for every window. High contrast also enlarges the application's
    text (through its font, not a style sheet: a style sheet's size would also
    shrink what a view made larger, the outcome's headline)."""
    global _high_contrast, _usual_font
    _high_contrast = high
    if _usual_font is None:
        _usual_font = QFont(app.font())
    font = QFont(_usual_font)
    if high:
        font.setPointSize(max(HIGH_CONTRAST_POINTS, _usual_font.pointSize()))
    app.setFont(font)  # what windows opened from now on start with
    # Widgets on screen: those that follow the application's font get the new one
    # (once a style sheet was set, Qt no longer passes it on by itself); a size a
    # view chose (a headline, a banner) stays.
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) or widget.property("themeFont"):
            widget.setFont(font)
            widget.setProperty("themeFont", True)
    if not high:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")
    else:
        app.setPalette(_high_contrast_palette())
        app.setStyleSheet(_HIGH_CONTRAST)
    for widget in app.allWidgets():
        tone = widget.property("tone")
        if tone:
            set_tone(widget, str(tone))


def _high_contrast_palette() -> QPalette:
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
        (QPalette.ColorRole.Link, QColor("#82B1FF")),
        (QPalette.ColorRole.BrightText, yellow),
    ):
        palette.setColor(role, colour)
    return palette
