"""Plain values that cross layers: what the services return to windows and the CLI."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


def printed_code(code: str) -> str:
    """A badge code as badges print it, in groups of four for reading aloud
    ("EDKR 2K9Y"); the QR code carries it ungrouped."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


class BadgeTrouble(enum.Enum):
    """What went wrong with one badge while it was drawn (it is printed anyway)."""

    BELOW_FLOOR = "below_floor"  # a text set smaller than its layout allows
    NO_FONT = "no_font"  # no font has every letter of a text: left out
    PHOTO = "photo"  # the photo could not be drawn


@dataclass(frozen=True, slots=True)
class BadgeWarning:
    """One badge's trouble, as facts; ``str()`` is the command line's English."""

    code: str
    trouble: BadgeTrouble
    variable: str = ""  # the layout's text: badge_name, native_name, …
    size: float = 0.0  # the size set, for BELOW_FLOOR
    floor: float = 0.0
    detail: str = ""  # why the photo was not drawn

    def __str__(self) -> str:
        if self.trouble is BadgeTrouble.BELOW_FLOOR:
            return (
                f"badge {self.code}: {self.variable} set at {self.size:.1f} pt,"
                f" below the layout's floor of {self.floor:g} pt"
            )
        if self.trouble is BadgeTrouble.NO_FONT:
            return f"no font for {self.code} {self.variable}"
        return f"badge {self.code}: photo not drawn ({self.detail})"


class Outcome(enum.Enum):
    """What an action did. The command line maps these to its exit status."""

    DONE = "done"
    ALREADY = "already"
    REFUSED = "refused"
    NOT_FOUND = "not_found"


class Action(enum.Enum):
    """What the desk was asked to do."""

    CHECK_IN = "check_in"
    UNDO = "undo"  # a check-in undone
    ATTEND = "attend"  # admitted to a session
    LEAVE = "leave"  # an attendance removed
    CANCEL = "cancel"  # a registration cancelled
    RESTORE = "restore"  # a cancelled registration restored


class CodeProblem(enum.Enum):
    """Why a scanned code is not valid (Refusal.FORGED or OTHER_EVENT)."""

    OTHER_EVENT = "other_event"
    BAD_SIGNATURE = "bad_signature"
    RETIRED_KEY = "retired_key"  # signed with a key the event has retired
    MALFORMED = "malformed"  # not a meetingdesk badge code
    NEVER_ISSUED = "never_issued"  # a generation the event never printed


class Refusal(enum.Enum):
    CANCELLED = "cancelled"  # registration cancelled
    REVOKED = "revoked"  # an earlier generation of a reprinted badge
    FORGED = "forged"  # signature does not verify
    OTHER_EVENT = "other_event"  # a badge of another meeting
    NOT_CHECKED_IN = "not_checked_in"  # door before desk, when the event requires it
    ID_CHECK_NEEDED = "id_check_needed"  # the category requires an identity document


# The kinds of identity document a desk records unless the event lists others
# (Event.id_document_types): a code, and its name in English.
DEFAULT_ID_DOCUMENTS = (
    ("passport", "Passport"),
    ("national-id", "National identity card"),
    ("diplomatic-id", "Diplomatic or service card"),
    ("other", "Other document"),
)


@dataclass(frozen=True, slots=True)
class IdCheck:
    """The identity document a desk looked at: its kind (a code from the event's
    list) and its last four letters or digits. Never the whole number."""

    document: str
    last_four: str


DESK_NAME_LIMIT = 60


@dataclass(frozen=True, slots=True)
class Desk:
    """Who is acting: the desk (a place) and the operator (a person). Both are
    written into every record a desk makes, so they are checked here, once."""

    name: str
    operator: str

    def __post_init__(self) -> None:
        from meetingdesk.domain.errors import ValidationError

        for field, value in (("desk", self.name), ("operator", self.operator)):
            if not value.strip():
                raise ValidationError(field, f"the {field} needs a name")
            if len(value) > DESK_NAME_LIMIT:
                raise ValidationError(field, f"longer than {DESK_NAME_LIMIT} characters")
            if not value.isprintable():
                raise ValidationError(field, "a control character: remove it")


@dataclass(frozen=True, slots=True)
class DelegateSummary:
    """What a desk shows about a delegate; detached from any database session."""

    id: int
    badge_code: str
    badge_generation: int
    honorific: str
    given_name: str
    family_name: str
    badge_name: str
    native_name: str | None
    function: str
    delegation: str
    category_code: str
    category_label: str
    category_colour: str
    head_of_delegation: bool
    cancelled: bool
    requires_id_check: bool
    has_photo: bool


@dataclass(frozen=True, slots=True)
class CheckInRecord:
    at: dt.datetime
    desk: str
    operator: str


@dataclass(frozen=True, slots=True)
class RevocationRecord:
    at: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The outcome of a check-in, undo or attendance as facts, never as a
    sentence: what was done to whom, why not, when and where it was done before.
    Windows compose the words in the person's language (qt/wording.py), the
    command line its own English line."""

    outcome: Outcome
    action: Action = Action.CHECK_IN
    delegate: DelegateSummary | None = None
    refusal: Refusal | None = None
    problem: CodeProblem | None = None  # for a code that is not valid
    previous: CheckInRecord | None = None  # the earlier one for ALREADY, this one for DONE
    revocation: RevocationRecord | None = None
    session: str | None = None  # the session's title, for attendance
    typed: str | None = None  # what was scanned or typed, for NOT_FOUND
    at: dt.datetime | None = None  # when the service answered, by its clock
    offline: bool = False  # kept in the desk's queue until the server answers

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.DONE


@dataclass(frozen=True, slots=True)
class SearchHit:
    delegate_id: int
    badge_code: str
    display_name: str
    native_name: str | None
    delegation: str
    category_code: str
    category_label: str
    category_colour: str
    cancelled: bool
    checked_in: bool
    # Every typed word is a whole word of this person's names (not only a prefix).
    exact: bool = False
    # How many other people in the same result have this name (0: none).
    namesakes: int = 0


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    more: bool  # true when the cap cut further matches off
    too_long: bool = False  # the query was longer than any name: not searched

    def __len__(self) -> int:
        return len(self.hits)


class JobOutcome(enum.Enum):
    """What a print system did with a job."""

    ACCEPTED = "accepted"  # the print system took it
    REFUSED = "refused"  # no printer, printer offline, or an error
    CANCELLED = "cancelled"  # the person cancelled (dialog or while printing)


@dataclass(frozen=True, slots=True)
class PrintJobResult:
    outcome: JobOutcome
    pages: int = 0
    detail: str = ""  # the printer's name, or what went wrong

    @property
    def accepted(self) -> bool:
        return self.outcome is JobOutcome.ACCEPTED


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    title: str
    room: str
    starts_at: dt.datetime
    ends_at: dt.datetime
