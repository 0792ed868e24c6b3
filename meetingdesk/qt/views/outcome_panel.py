"""The panel that tells the person at the desk, at a glance, what just happened."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from meetingdesk.domain.values import ActionResult, Outcome, Refusal, SearchHit
from meetingdesk.qt.theme import Look, Tone, look, readable_on
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import outcome_detail

PANEL_WIDTH = 400
HEADLINE_POINTS, MIN_HEADLINE_POINTS = 26, 14
# An icon per outcome beside its colour, for whoever does not tell the colours apart.
ICONS = {
    Tone.DONE: "✔",
    Tone.ALREADY: "⚠",
    Tone.REFUSED: "✖",
    Tone.NOT_FOUND: "?",
    Tone.NEUTRAL: "↶",
    Tone.PREVIEW: "➜",
    Tone.IDLE: "",
}


def tone_of(result: ActionResult, undo: bool = False) -> Tone:
    """What an outcome means: its colour, icon and sound."""
    if undo:
        return Tone.NEUTRAL
    return {
        Outcome.DONE: Tone.DONE,
        Outcome.ALREADY: Tone.ALREADY,
        Outcome.REFUSED: Tone.REFUSED,
        Outcome.NOT_FOUND: Tone.NOT_FOUND,
    }[result.outcome]


class OutcomePanel(QFrame):
    retryPrint = Signal(int, str)  # noqa: N815  the delegate whose badge did not print, name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._not_printed: tuple[int, str] | None = None
        self.setObjectName("outcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        # One width whatever it says: the results table beside it never jumps
        # when a long name or a long headline comes and goes.
        self.setFixedWidth(PANEL_WIDTH)
        self.tone = Tone.IDLE
        self._painted: Look | None = None  # the colours the style sheet has now
        self.icon = named(QLabel(), "outcomeIcon")
        self.headline = named(QLabel(wordWrap=True), "headline")
        self.message = named(QLabel(wordWrap=True), "message")
        self.name = named(QLabel(wordWrap=True), "badgeName")
        self.native = named(QLabel(wordWrap=True), "nativeName")
        self.delegation = named(QLabel(wordWrap=True), "delegation")
        self.category = named(QLabel(wordWrap=True), "category")
        self.head = named(QLabel(), "headOfDelegation")
        self.photo = named(QLabel(), "photo")
        self.photo.hide()
        self._layout, top = layout, QHBoxLayout()
        self._top = top
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        layout.addLayout(top)
        for label, size, bold in (
            (self.icon, 26, True),
            (self.headline, HEADLINE_POINTS, True),
            (self.message, 15, False),
            (self.name, 22, True),
            (self.native, 20, False),
            (self.delegation, 15, False),
            (self.category, 13, True),
            (self.head, 13, True),
        ):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label not in (self.icon, self.headline):
                layout.addWidget(label)
        layout.addWidget(self.photo)
        # A badge that should have printed at check-in and did not: said here,
        # where the operator looks, with a way to try again.
        self.print_notice = named(QFrame(), "printNotice")
        self.print_notice.setStyleSheet(
            "#printNotice { background: #FFF3E0; border: 2px solid #8D5A00; border-radius: 4px; }"
            " QLabel { color: #4E3300; }"
        )
        notice_row = QHBoxLayout(self.print_notice)
        self.print_problem = named(QLabel(wordWrap=True), "printProblem")
        self.retry_button = named(QPushButton(self.tr("&Retry")), "retryPrint")
        notice_row.addWidget(self.print_problem, 1)
        notice_row.addWidget(self.retry_button)
        self.print_notice.hide()
        self.retry_button.clicked.connect(self._retry)
        layout.addWidget(self.print_notice)
        layout.addStretch(1)
        self.show_idle()

    def show_print_failure(self, delegate_id: int, name: str, why: str) -> None:
        """A badge printed at check-in did not print: say whose and why, offer
        Retry. It stays, whoever checks in next, until it is retried."""
        self._not_printed = (delegate_id, name)
        self.print_problem.setText(
            self.tr("The badge of %1 was not printed: %2.").replace("%1", name).replace("%2", why)
        )
        self.print_notice.show()

    def _retry(self) -> None:
        if self._not_printed is not None:
            self.print_notice.hide()
            self.retryPrint.emit(*self._not_printed)
            self._not_printed = None

    def show_idle(self) -> None:
        self._paint(Tone.IDLE)
        self._say(self.tr("Ready"))
        self.message.setText(self.tr("Type a name or scan a badge."))
        self.message.show()
        self._hide_person(clear=True)

    def show_preview(self, hit: SearchHit) -> None:
        """The highlighted person, before anything is done: who Enter checks in,
        and whether something is already wrong."""
        self.photo.hide()
        if hit.cancelled:
            tone, headline = Tone.REFUSED, self.tr("Registration cancelled")
        elif hit.checked_in:
            tone, headline = Tone.ALREADY, self.tr("Already checked in")
        else:
            tone, headline = Tone.PREVIEW, self.tr("Enter checks in")
        self._paint(tone)
        self._say(headline)
        self.message.hide()
        self.name.setText(hit.display_name)
        self.native.setText(hit.native_name or "")
        self.native.setVisible(bool(hit.native_name))
        self._show_delegation(hit.delegation, hit.category_label, hit.category_colour)
        self.head.hide()

    def show_choice(self, count: int) -> None:
        """Several people match what was typed exactly: Enter does not guess."""
        self.photo.hide()
        self._paint(Tone.NEUTRAL)
        self._say(self.tr("Choose who it is"))
        self.message.setText(  # never fewer than two: no singular needed
            self.tr("%1 people match exactly: choose with Up or Down, then press Enter.").replace(
                "%1", QLocale().toString(count)
            )
        )
        self.message.show()
        self._hide_person()

    def _hide_person(self, clear: bool = False) -> None:
        """No one to show: the name, delegation and category lines go."""
        for label in (self.name, self.native, self.delegation, self.category, self.head):
            if clear:
                label.clear()
            label.hide()

    def _show_delegation(self, delegation: str, category: str, colour: str) -> None:
        self.delegation.setText(delegation)
        self.category.setText(f"  {category}  ")
        chip = f"background: {colour}; color: {readable_on(colour)}; border-radius: 3px;"
        if chip != self.category.styleSheet():
            self.category.setStyleSheet(chip)
        for label in (self.name, self.delegation, self.category):
            label.show()

    def show_photo(self, data: bytes | None) -> None:
        image = QPixmap()
        if data and image.loadFromData(data):
            self.photo.setPixmap(
                image.scaled(
                    160,
                    200,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()

    def show_result(
        self, result: ActionResult, undo: bool = False, zone: ZoneInfo | None = None
    ) -> None:
        self.photo.hide()
        self._paint(tone_of(result, undo))
        self._say(self._headline(result, undo))
        # "checked in: <name>" would repeat the headline and the name below it.
        plain_done = (
            result.outcome is Outcome.DONE
            and not undo
            and result.delegate is not None
            and not result.offline
        )
        self.message.setText("" if plain_done else outcome_detail(result, zone))
        self.message.setVisible(not plain_done)
        delegate = result.delegate
        if delegate is None:
            self._hide_person()
            return
        self.name.setText(" ".join(p for p in (delegate.honorific, delegate.badge_name) if p))
        self.native.setText(delegate.native_name or "")
        self.native.setVisible(bool(delegate.native_name))
        self._show_delegation(
            delegate.delegation, delegate.category_label, delegate.category_colour
        )
        self.head.setText(self.tr("Head of Delegation"))
        self.head.setVisible(delegate.head_of_delegation)

    def _headline(self, result: ActionResult, undo: bool) -> str:
        if undo:
            return self.tr("Check-in undone") if result.ok else self.tr("Nothing to undo")
        if result.outcome is Outcome.DONE and result.offline:
            return self.tr("Checked in (offline)")
        if result.outcome is Outcome.DONE:
            return self.tr("Checked in")
        if result.outcome is Outcome.ALREADY:
            return self.tr("Already checked in")
        if result.outcome is Outcome.NOT_FOUND:
            return self.tr("Not found")
        return {
            Refusal.CANCELLED: self.tr("Registration cancelled"),
            Refusal.REVOKED: self.tr("Badge revoked"),
            Refusal.FORGED: self.tr("Code not valid"),
            Refusal.OTHER_EVENT: self.tr("Code not valid"),
            Refusal.NOT_CHECKED_IN: self.tr("Not checked in"),
            Refusal.ID_CHECK_NEEDED: self.tr("Check identity document"),
            None: self.tr("Refused"),
        }[result.refusal]

    def _say(self, headline: str) -> None:
        """The headline as large as it fits: a long word ("зарегистрирован",
        "Acreditaciones") is never cut, it gets a smaller size."""
        margins = self._layout.contentsMargins()
        room = (
            PANEL_WIDTH
            - 2 * self.frameWidth()
            - margins.left()
            - margins.right()
            - (self.icon.sizeHint().width() + self._top.spacing() if ICONS[self.tone] else 0)
        )
        font = QFont(self.headline.font())
        size = HEADLINE_POINTS
        font.setPointSize(size)
        longest = max(headline.split() or [""], key=len)
        while size > MIN_HEADLINE_POINTS and QFontMetrics(font).horizontalAdvance(longest) > room:
            size -= 1
            font.setPointSize(size)
        self.headline.setFont(font)
        self.headline.setText(headline)

    def _paint(self, tone: Tone) -> None:
        """The outcome's colours in the theme in force, every line included: no
        theme's text colour ends up on a background it was not made for."""
        self.tone = tone
        colours = look(tone)
        self.icon.setText(ICONS[tone])
        self.icon.setVisible(bool(ICONS[tone]))
        if colours == self._painted:
            return  # a style sheet re-polishes every line: only when it changes
        self._painted = colours
        self.setStyleSheet(
            f"#outcomePanel {{ background: {colours.background};"
            f" border: 3px solid {colours.accent}; border-radius: 6px; }}"
            f" #outcomePanel QLabel {{ color: {colours.text}; }}"
            f" #outcomePanel #headline, #outcomePanel #outcomeIcon {{ color: {colours.accent}; }}"
        )
