"""Every colour pair the desk paints, in the light and the high-contrast theme,
reads at WCAG AA (4.5:1) or better: computed, not eyeballed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from meetingdesk.domain.values import ActionResult, Outcome, Refusal
from meetingdesk.qt.theme import (
    AA,
    BANNER,
    Tone,
    apply_theme,
    contrast,
    looks,
    readable_on,
    set_tone,
    tone_colours,
)
from meetingdesk.qt.views.message_bar import STYLES
from meetingdesk.qt.views.outcome_panel import OutcomePanel


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    apply_theme(instance, False)


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # WCAG's example
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("high", [False, True], ids=["light", "high-contrast"])
@pytest.mark.parametrize("tone", list(Tone))
def test_every_outcome_reads_in_both_themes(high: bool, tone: Tone) -> None:
    colours = looks(high)[tone]
    assert contrast(colours.accent, colours.background) >= AA
    assert contrast(colours.text, colours.background) >= AA
    banner = BANNER[tone]
    assert contrast(banner.text, banner.background) >= AA


@pytest.mark.parametrize("high", [False, True], ids=["light", "high-contrast"])
def test_coloured_labels_read_on_the_window(app: QApplication, high: bool) -> None:
    apply_theme(app, high)
    window = app.palette().color(QPalette.ColorRole.Window).name()
    for tone, colour in tone_colours(high).items():
        assert contrast(colour, window) >= AA, tone


def test_the_high_contrast_palette_pairs(app: QApplication) -> None:
    apply_theme(app, True)
    palette = app.palette()
    role = QPalette.ColorRole
    for fg, bg in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
    ):
        assert contrast(palette.color(fg).name(), palette.color(bg).name()) >= AA, (fg, bg)


def test_message_bar_and_print_notice() -> None:
    for kind, style in STYLES.items():
        background = style.split("background: ")[1][:7]
        text = style.split("color: ")[1][:7]
        assert contrast(text, background) >= AA, kind
    assert contrast("#4E3300", "#FFF3E0") >= AA  # the outcome panel's print notice


@given(st.integers(0, 0xFFFFFF))
def test_a_category_chip_reads_whatever_colour_the_organisers_chose(rgb: int) -> None:
    colour = f"#{rgb:06X}"
    assert contrast(readable_on(colour), colour) >= AA


@pytest.mark.parametrize("high", [False, True], ids=["light", "high-contrast"])
def test_the_panel_paints_every_line_for_the_theme(
    qtbot: QtBot, app: QApplication, high: bool, checked_in_result: ActionResult
) -> None:
    """White text on a pale panel was the bug: each line's own colour, as Qt
    resolves it from the style sheets, against the panel's background."""
    apply_theme(app, high)
    panel = OutcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    for result, undo in (
        (checked_in_result, False),
        (checked_in_result, True),
        (_with(checked_in_result, Outcome.ALREADY), False),
        (_with(checked_in_result, Outcome.REFUSED, Refusal.REVOKED), False),
    ):
        panel.show_result(result, undo=undo)
        background = looks(high)[panel.tone].background
        panel.style().polish(panel.headline)
        headline = panel.headline.palette().color(QPalette.ColorRole.WindowText).name()
        assert headline.upper() == looks(high)[panel.tone].accent  # the style sheet is read
        for label in panel.findChildren(QLabel):
            if label.isVisible() and label is not panel.category and label.text():
                panel.style().polish(label)
                colour = label.palette().color(QPalette.ColorRole.WindowText).name()
                assert contrast(colour, background) >= AA, (label.objectName(), colour)


def test_a_toned_label_follows_a_switch_of_theme(qtbot: QtBot, app: QApplication) -> None:
    apply_theme(app, False)
    label = QLabel("the database is busy")
    qtbot.addWidget(label)
    set_tone(label, "error")
    assert label.palette().color(QPalette.ColorRole.WindowText).name().upper() == "#B71C1C"
    apply_theme(app, True)
    assert (
        label.palette().color(QPalette.ColorRole.WindowText).name().upper()
        == (tone_colours(True)["error"])
    )


def _with(result: ActionResult, outcome: Outcome, refusal: Refusal | None = None) -> ActionResult:
    from dataclasses import replace

    return replace(result, outcome=outcome, refusal=refusal)


@pytest.fixture
def checked_in_result() -> ActionResult:
    from meetingdesk.domain.values import DelegateSummary

    person = DelegateSummary(
        id=1,
        badge_code="K7Q2M9",
        badge_generation=1,
        honorific="Ms",
        given_name="Ana",
        family_name="Pavlović",
        badge_name="Ana Pavlović",
        native_name="Ана Павловић",
        function="Inspector",
        delegation="Serbia",
        category_code="DEL",
        category_label="Delegate of a participating State",
        category_colour="#FFEB3B",
        head_of_delegation=True,
        cancelled=False,
        requires_id_check=False,
        has_photo=False,
    )
    return ActionResult(Outcome.DONE, delegate=person)


def test_high_contrast_enlarges_text_and_never_shrinks_the_headline(
    qtbot: QtBot, app: QApplication
) -> None:
    from meetingdesk.qt.theme import HIGH_CONTRAST_POINTS
    from meetingdesk.qt.views.outcome_panel import HEADLINE_POINTS

    apply_theme(app, False)
    usual = QLabel("Ready")
    qtbot.addWidget(usual)
    before = usual.font().pointSize()
    apply_theme(app, True)
    panel = OutcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.headline.font().pointSize() == HEADLINE_POINTS  # "Ready" fits
    assert usual.font().pointSize() == max(HIGH_CONTRAST_POINTS, before)
    apply_theme(app, False)
    assert usual.font().pointSize() == before
