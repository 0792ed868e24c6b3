"""Sentences composed from the structured results the services return, through
``tr()``, so every word a person reads at the desk can be translated."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from meetingdesk.badges.variables import VARIABLES
from meetingdesk.domain.errors import (
    DatabaseTooNew,
    DatabaseUnavailable,
    Invalid,
    MeetingdeskError,
    NotFound,
    Unavailability,
    ValidationError,
)
from meetingdesk.domain.values import (
    Action,
    ActionResult,
    BadgeTrouble,
    BadgeWarning,
    CodeProblem,
    Outcome,
    Refusal,
    printed_code,
)
from meetingdesk.files import OutputProblem, OutputRefused
from meetingdesk.services.importer import Problem as ImportProblem
from meetingdesk.services.importer import RowProblem
from meetingdesk.services.offline import FlushReport
from meetingdesk.services.setup import Problem, Section, SetupError
from meetingdesk.services.spreadsheet import SheetProblem, SpreadsheetError


def output_problem(error: OutputRefused) -> str:
    """Why a file could not be written where the person asked."""
    path = str(error.path)
    text = {
        OutputProblem.IS_DATABASE: QCoreApplication.translate(
            "wording", "%1 is the database (or its log, or a copy of it): choose another file."
        ),
        OutputProblem.IS_FOLDER: QCoreApplication.translate(
            "wording", "%1 is a folder: give a file name."
        ),
        OutputProblem.NO_FOLDER: QCoreApplication.translate(
            "wording", "The folder of %1 does not exist."
        ),
        OutputProblem.NOT_A_FOLDER: QCoreApplication.translate(
            "wording", "The folder of %1 is a file, not a folder."
        ),
        OutputProblem.DISK_FULL: QCoreApplication.translate(
            "wording", "The disk is full: %1 was not written."
        ),
        OutputProblem.NOT_WRITABLE: QCoreApplication.translate("wording", "%1 cannot be written."),
    }[error.problem]
    return text.replace("%1", path) + (f" ({error.detail})" if error.detail else "")


def failure(error: MeetingdeskError) -> str:
    """A known failure, as the window says it, in its language when the service
    said what it is (an unreachable database, a value refused, a code nobody
    has); others as their message says them."""
    if isinstance(error, ValidationError) and error.invalid is not None:
        return invalid(error)
    if isinstance(error, SpreadsheetError) and error.kind is not None:
        return sheet_problem(error)
    if isinstance(error, NotFound) and error.codes:
        return QCoreApplication.translate("wording", "No one has the badge code %1.").replace(
            "%1", ", ".join(error.codes)
        )
    if isinstance(error, DatabaseTooNew) and error.database:
        return (
            QCoreApplication.translate(
                "wording",
                "%1 was written by a newer version of meetingdesk (schema %2):"
                " install the newer meetingdesk to open it",
            )
            .replace("%1", error.database)
            .replace("%2", error.schema)
        )
    if not isinstance(error, DatabaseUnavailable) or error.why is Unavailability.UNREACHABLE:
        return str(error)
    if error.facts:
        return _opening(error)
    if error.why is Unavailability.LATE:
        return QCoreApplication.translate(
            "wording", "the server did not answer within %1 seconds"
        ).replace("%1", QLocale().toString(float(error.seconds or 0), "g", 3))
    return {
        Unavailability.LOCKED: QCoreApplication.translate(
            "wording",
            "the database is busy (another desk holds a lock): nothing was changed, try again",
        ),
        Unavailability.SLOW: QCoreApplication.translate(
            "wording", "the database took too long to answer: nothing was changed, try again"
        ),
        Unavailability.BUSY: QCoreApplication.translate(
            "wording",
            "the database is busy (another program holds it): nothing was changed, try again",
        ),
        Unavailability.DISK: QCoreApplication.translate(
            "wording", "the disk is full or failing: nothing was changed; free some space"
        ),
        Unavailability.READ_ONLY: QCoreApplication.translate(
            "wording", "the database cannot be written (read-only): nothing was changed"
        ),
        Unavailability.CLOSING: QCoreApplication.translate("wording", "the desk is closing"),
        Unavailability.UNDO_NEEDS_SERVER: QCoreApplication.translate(
            "wording", "undoing a check-in needs the server, which does not answer"
        ),
        Unavailability.NO_COPY: QCoreApplication.translate(
            "wording", "the server does not answer and this desk has no local copy yet"
        ),
    }[error.why]


def _opening(error: DatabaseUnavailable) -> str:
    """Why a database cannot be opened, with its path and the driver's words."""
    f = error.facts
    text = {
        Unavailability.NO_DATABASE: QCoreApplication.translate(
            "wording", "there is no database at %1"
        ),
        Unavailability.NO_FOLDER: QCoreApplication.translate(
            "wording", "cannot create a database at %1: the folder %2 does not exist"
        ),
        Unavailability.NOT_A_DATABASE: QCoreApplication.translate(
            "wording", "%1 is not a meetingdesk database (%2)"
        ),
        Unavailability.FOREIGN: QCoreApplication.translate(
            "wording", "%1 is another program's database (tables %2): meetingdesk leaves it alone"
        ),
        Unavailability.NETWORK_SHARE: QCoreApplication.translate(
            "wording",
            "%1 is on a network share (%2): an SQLite file cannot be shared safely between"
            " computers. For several desks, use one PostgreSQL database; for one desk, keep"
            " the file on this computer.",
        ),
        Unavailability.CANNOT_OPEN: QCoreApplication.translate(
            "wording", "%1 cannot be opened (%2)"
        ),
    }.get(error.why)
    if text is None:
        return str(error)
    return _fill(text, *f.values())


def badge_variable(name: str) -> str:
    """What a layout's text shows, as its label says it (badges/variables.py)."""
    return {
        "event_title": QCoreApplication.translate("wording", "Event title"),
        "event_dates": QCoreApplication.translate("wording", "Place and dates"),
        "badge_name": QCoreApplication.translate("wording", "Name on the badge"),
        "native_name": QCoreApplication.translate("wording", "Name in native script"),
        "honorific": QCoreApplication.translate("wording", "Honorific"),
        "function": QCoreApplication.translate("wording", "Function"),
        "delegation": QCoreApplication.translate("wording", "Delegation or organisation"),
        "category_label": QCoreApplication.translate("wording", "Category"),
        "head_of_delegation": QCoreApplication.translate("wording", "Head-of-delegation marker"),
        "badge_code": QCoreApplication.translate("wording", "Badge code, readable"),
        "reprint_marker": QCoreApplication.translate("wording", "Reprint marker"),
    }.get(name, VARIABLES[name].label if name in VARIABLES else name)


def badge_warning(warning: BadgeWarning) -> str:
    """ "badge K7Q2 M9XP: the name on the badge set at 9.5 pt, below the layout's
    floor of 10 pt" """
    variable = badge_variable(warning.variable)
    if warning.trouble is BadgeTrouble.BELOW_FLOOR:
        text = QCoreApplication.translate(
            "wording", "badge %1: %2 set at %3 pt, below the layout's floor of %4 pt"
        ).replace("%3", QLocale().toString(float(warning.size), "f", 1))
        text = text.replace("%4", QLocale().toString(float(warning.floor), "g", 3))
    elif warning.trouble is BadgeTrouble.NO_FONT:
        text = QCoreApplication.translate(
            "wording", "badge %1: no font has every letter of %2: left out"
        )
    else:
        text = QCoreApplication.translate("wording", "badge %1: photo not drawn (%2)")
        variable = warning.detail
    return text.replace("%1", printed_code(warning.code)).replace("%2", variable)


def invalid(error: ValidationError) -> str:
    """ "e-mail: ana@ is not an e-mail address" """
    facts, why = error.facts, error.invalid
    what = (
        {
            Invalid.REQUIRED: QCoreApplication.translate("wording", "this is required"),
            Invalid.TOO_LONG: QCoreApplication.translate("wording", "longer than %1 characters"),
            Invalid.CONTROL_CHARACTER: QCoreApplication.translate(
                "wording", "a control character (%1): remove it"
            ),
            Invalid.NOT_AN_EMAIL: QCoreApplication.translate(
                "wording", "%1 is not an e-mail address"
            ),
            Invalid.NO_SUCH: QCoreApplication.translate("wording", "%1 does not exist (any more)"),
            Invalid.CANCELLED: QCoreApplication.translate(
                "wording", "this registration is cancelled: no badge to reprint"
            ),
            Invalid.EMPTY_CHOICE: QCoreApplication.translate(
                "wording", "nobody to print: the choice is empty"
            ),
            Invalid.NO_MORE_REPRINTS: QCoreApplication.translate(
                "wording", "this badge cannot be reprinted again"
            ),
            Invalid.NOT_A_REASON: QCoreApplication.translate("wording", "say why: one of %1"),
            Invalid.SHIPPED_LAYOUT: QCoreApplication.translate(
                "wording", "%1 is shipped with meetingdesk: save the layout under another name"
            ),
            Invalid.TAKEN: QCoreApplication.translate(
                "wording", "there is a layout called %1 already"
            ),
        }[why]
        if why is not None
        else error.message
    )
    return f"{setup_field(error.field)}: {_fill(what, *facts.values())}"


def sheet_problem(error: SpreadsheetError) -> str:
    """ "list.csv, line 3: byte 0xE9 is not valid UTF-8: save the file as …" """
    f = error.facts
    texts = {
        SheetProblem.BAD_UTF16: QCoreApplication.translate(
            "wording", "not valid UTF-16 although it says so"
        ),
        SheetProblem.BINARY: QCoreApplication.translate(
            "wording", "not a text file (it contains binary data)"
        ),
        SheetProblem.BAD_BYTE: QCoreApplication.translate(
            "wording",
            "byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel)"
            " and import it again",
        ),
        SheetProblem.NEITHER_ENCODING: QCoreApplication.translate(
            "wording",
            "byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8"
            " (CSV UTF-8 in Excel) and import it again",
        ),
        SheetProblem.ONE_COLUMN: QCoreApplication.translate(
            "wording",
            "the header has only one column: separate the columns with commas, semicolons or tabs",
        ),
        SheetProblem.HEADER_TWICE: QCoreApplication.translate(
            "wording", "the header %1 appears twice (columns %2 and %3): rename or remove one"
        ),
        SheetProblem.NO_HEADERS: QCoreApplication.translate(
            "wording", "the first line has no column headers"
        ),
        SheetProblem.NO_ROWS: QCoreApplication.translate(
            "wording", "there are no rows under the header"
        ),
        SheetProblem.ROW_TOO_WIDE: QCoreApplication.translate(
            "wording", "this row has %1 cells but the header only %2"
        ),
        SheetProblem.EMPTY: QCoreApplication.translate("wording", "the file is empty"),
        SheetProblem.MALFORMED: QCoreApplication.translate("wording", "malformed CSV (%1)"),
        SheetProblem.NOT_A_WORKBOOK: QCoreApplication.translate(
            "wording", "not a readable Excel workbook (%1)"
        ),
        SheetProblem.TOO_MANY_PARTS: QCoreApplication.translate(
            "wording", "not a delegate list: %1 parts in the workbook"
        ),
        SheetProblem.UNPACKS_TOO_LARGE: QCoreApplication.translate(
            "wording",
            "the workbook unpacks to %1 MB from %2 KB: not a delegate list"
            " (a damaged or hostile file)",
        ),
        SheetProblem.FORMULA_WITHOUT_VALUE: QCoreApplication.translate(
            "wording",
            "a formula without a computed value: open the file in Excel or LibreOffice,"
            " save it, and import it again",
        ),
        SheetProblem.MERGED_HEADER: QCoreApplication.translate(
            "wording", "the header has merged cells (%1): give every column its own header"
        ),
        SheetProblem.NO_VISIBLE_SHEET: QCoreApplication.translate(
            "wording", "the workbook has no visible sheet"
        ),
        SheetProblem.EMPTY_SHEET: QCoreApplication.translate("wording", "the sheet %1 is empty"),
        SheetProblem.TOO_LARGE: QCoreApplication.translate(
            "wording", "larger than %1 MB: not a list"
        ),
        SheetProblem.NAMED_XLSX: QCoreApplication.translate(
            "wording", "not an Excel workbook (.xlsx) although it is named so"
        ),
        SheetProblem.IS_FOLDER: QCoreApplication.translate("wording", "is a folder, not a list"),
        SheetProblem.UNREADABLE: QCoreApplication.translate("wording", "cannot be read (%1)"),
    }
    assert error.kind is not None
    what = _fill(texts[error.kind], *f.values())
    return f"{', '.join([error.source, *_place(error.line, error.column)])}: {what}"


def _fill(text: str, *facts: object) -> str:
    """A sentence's %1, %2, … from a failure's facts, in the order the service
    gave them; counts with the language's digit grouping."""
    for place, value in enumerate(facts, start=1):
        text = text.replace(f"%{place}", number(value) if isinstance(value, int) else str(value))
    return text


def _place(line: int | None, column: str | None) -> list[str]:
    """ "line 4", "column C (Delegation)": where in a list a problem is."""
    where = []
    if line is not None:
        where.append(QCoreApplication.translate("wording", "line %1").replace("%1", number(line)))
    if column is not None:
        where.append(QCoreApplication.translate("wording", "column %1").replace("%1", column))
    return where


def import_problem(problem: ImportProblem) -> str:
    """ "line 4, column C (Delegation): unknown delegation 'Narnia'" """
    kind = problem.kind
    if kind is None:
        return str(problem)
    what = {
        RowProblem.NO_FAMILY_COLUMN: QCoreApplication.translate(
            "wording", "no column is mapped to the family name"
        ),
        RowProblem.NO_DELEGATION_COLUMN: QCoreApplication.translate(
            "wording", "no column is mapped to the delegation, and no default delegation was given"
        ),
        RowProblem.NO_CATEGORY_COLUMN: QCoreApplication.translate(
            "wording", "no column is mapped to the category, and no default category was given"
        ),
        RowProblem.SAME_EMAIL: QCoreApplication.translate(
            "wording", "the same person as line %1 (same e-mail address)"
        ),
        RowProblem.SAME_NAME: QCoreApplication.translate(
            "wording", "the same person as line %1 (same name and delegation)"
        ),
        RowProblem.NAMESAKES: QCoreApplication.translate(
            "wording",
            "the name matches %1 registered delegates (%2): give the e-mail address to say which",
        ),
        RowProblem.EMAIL_AND_NAME_DIFFER: QCoreApplication.translate(
            "wording",
            "the e-mail address belongs to %1 but the name to %2:"
            " correct the row or the registered delegates",
        ),
        RowProblem.CONTROL_CHARACTER: QCoreApplication.translate(
            "wording", "a control character (%1) in the text: remove it"
        ),
        RowProblem.TOO_LONG: QCoreApplication.translate("wording", "longer than %1 characters"),
        RowProblem.NO_FAMILY_NAME: QCoreApplication.translate(
            "wording", "the family name is missing"
        ),
        RowProblem.NOT_AN_EMAIL: QCoreApplication.translate(
            "wording", "%1 is not an e-mail address"
        ),
        RowProblem.NOT_YES_OR_NO: QCoreApplication.translate("wording", "%1: write yes or no"),
        RowProblem.UNKNOWN_DELEGATION: QCoreApplication.translate(
            "wording", "unknown delegation %1"
        ),
        RowProblem.NO_DELEGATION: QCoreApplication.translate(
            "wording", "the delegation is missing"
        ),
        RowProblem.UNKNOWN_CATEGORY: QCoreApplication.translate("wording", "unknown category %1"),
        RowProblem.NO_CATEGORY: QCoreApplication.translate("wording", "the category is missing"),
    }[kind]
    what = _fill(what, *(value for _, value in problem.facts))
    where = _place(problem.line, problem.column)
    return f"{', '.join(where)}: {what}" if where else what


def document_name(code: str, stored: str) -> str:
    """A kind of identity document, in the language of the window for the usual
    kinds; a kind the organisers added shows its own name."""
    return {
        "passport": QCoreApplication.translate("wording", "Passport"),
        "national-id": QCoreApplication.translate("wording", "National identity card"),
        "diplomatic-id": QCoreApplication.translate("wording", "Diplomatic or service card"),
        "other": QCoreApplication.translate("wording", "Other document"),
    }.get(code, stored)


def short_time(at: dt.datetime, zone: ZoneInfo | None = None) -> str:
    """A time of day in the event's zone, as the language writes it ("09:14", "9:14 AM")."""
    local = at.astimezone(zone) if zone is not None else at
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def same_day(at: dt.datetime, now: dt.datetime | None, zone: ZoneInfo | None) -> bool:
    """Whether ``at`` falls on the day of ``now`` in the event's zone."""
    if now is None:
        return False
    if zone is None:
        return at.date() == now.date()
    return at.astimezone(zone).date() == now.astimezone(zone).date()


def moment(at: dt.datetime, now: dt.datetime | None, zone: ZoneInfo | None = None) -> str:
    """A time on the day of ``now`` ("09:14"), a date and time on another day,
    as the language writes them, in the event's zone."""
    if same_day(at, now, zone):
        return short_time(at, zone)
    local = at.astimezone(zone) if zone is not None else at
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    return f"{day} {short_time(at, zone)}"


def reprint_reason(reason: str) -> str:
    """Why a badge was (re)printed, as a few words."""
    return {
        "lost": QCoreApplication.translate("wording", "lost"),
        "damaged": QCoreApplication.translate("wording", "damaged"),
        "name-corrected": QCoreApplication.translate("wording", "name corrected"),
        "first print": QCoreApplication.translate("wording", "first print"),
    }.get(reason, reason)


def code_problem(problem: CodeProblem | None) -> str:
    """Why a scanned code is not valid, as a sentence."""
    if problem is None:
        return QCoreApplication.translate("wording", "The code is not valid.")
    return {
        CodeProblem.OTHER_EVENT: QCoreApplication.translate("wording", "A badge of another event."),
        CodeProblem.BAD_SIGNATURE: QCoreApplication.translate(
            "wording", "The signature does not match: the code was altered or forged."
        ),
        CodeProblem.RETIRED_KEY: QCoreApplication.translate(
            "wording", "Signed with a key the event has retired: reprint the badge."
        ),
        CodeProblem.MALFORMED: QCoreApplication.translate(
            "wording", "Not a meetingdesk badge code."
        ),
        CodeProblem.NEVER_ISSUED: QCoreApplication.translate(
            "wording", "This badge was never issued."
        ),
    }[problem]


def outcome_detail(result: ActionResult, zone: ZoneInfo | None = None) -> str:
    """The line under an outcome's headline: what the headline does not say
    (when and where before, why refused, which session), from the facts."""
    previous, now = result.previous, result.at
    when = moment(previous.at, now, zone) if previous is not None else ""
    where = previous.desk if previous is not None else ""
    text = ""
    if result.outcome is Outcome.NOT_FOUND:
        text = QCoreApplication.translate("wording", "No one has the code %1.").replace(
            "%1", result.typed or ""
        )
    elif result.outcome is Outcome.REFUSED:
        text = _refusal_detail(result, zone)
    elif result.action is Action.ATTEND:
        text = (
            QCoreApplication.translate("wording", "Admitted to %1.")
            if result.outcome is Outcome.DONE
            else QCoreApplication.translate("wording", "Already recorded in %1 at %2 at %3.")
        )
        text = text.replace("%1", result.session or "").replace("%2", when).replace("%3", where)
    elif result.action is Action.LEAVE:
        text = (
            QCoreApplication.translate("wording", "Attendance removed from %1.").replace(
                "%1", result.session or ""
            )
            if result.outcome is Outcome.DONE
            else QCoreApplication.translate("wording", "Not recorded in this session.")
        )
    elif result.action is Action.UNDO:
        text = (
            QCoreApplication.translate("wording", "The check-in of %1 at %2 is undone.")
            .replace("%1", when)
            .replace("%2", where)
            if result.outcome is Outcome.DONE
            else QCoreApplication.translate("wording", "Not checked in: nothing to undo.")
        )
    elif result.outcome is Outcome.ALREADY:
        text = (
            QCoreApplication.translate("wording", "Already checked in at %1 at %2.")
            .replace("%1", when)
            .replace("%2", where)
        )
    if result.offline:
        note = QCoreApplication.translate(
            "wording", "Offline: kept on this computer, sent when the server answers."
        )
        text = f"{text} {note}" if text else note
    return text


def _refusal_detail(result: ActionResult, zone: ZoneInfo | None) -> str:
    refusal = result.refusal
    if refusal is Refusal.REVOKED:
        revoked = result.revocation
        if revoked is None:
            return QCoreApplication.translate(
                "wording", "A newer badge was printed: this one no longer works."
            )
        when = moment(revoked.at, result.at, zone)
        today = same_day(revoked.at, result.at, zone)
        text = (
            QCoreApplication.translate(
                "wording", "Reprinted at %1 (%2): this badge no longer works."
            )
            if today
            else QCoreApplication.translate(
                "wording", "Reprinted on %1 (%2): this badge no longer works."
            )
        )
        return text.replace("%1", when).replace("%2", reprint_reason(revoked.reason))
    if refusal in (Refusal.FORGED, Refusal.OTHER_EVENT):
        return code_problem(result.problem)
    if refusal is Refusal.ID_CHECK_NEEDED:
        category = result.delegate.category_label if result.delegate is not None else ""
        return QCoreApplication.translate(
            "wording", "%1: an identity document must be checked."
        ).replace("%1", category)
    if refusal is Refusal.NOT_CHECKED_IN:
        return QCoreApplication.translate("wording", "Not checked in at the registration desk yet.")
    if refusal is Refusal.CANCELLED:
        return QCoreApplication.translate("wording", "The registration was cancelled.")
    return ""


def number(value: int) -> str:
    """A count with the language's digit grouping (10,000; 10.000; 10 000)."""
    return QLocale().toString(value)


def date_span(start: dt.date, end: dt.date) -> str:
    """The meeting's days, as the language writes dates."""
    locale = QLocale()

    def day(value: dt.date) -> str:
        return locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
        )

    return day(start) if start == end else f"{day(start)} – {day(end)}"


def event_place(venue: str, city: str, start: dt.date, end: dt.date) -> str:
    """ "Hotel Chamartín, Madrid · Thursday, 3 December 2026 – Friday, 4 December 2026"."""
    where = ", ".join(part for part in (venue, city) if part)
    return f"{where} · {date_span(start, end)}" if where else date_span(start, end)


def setup_section(section: Section) -> str:
    return {
        Section.EVENT: QCoreApplication.translate("wording", "Event"),
        Section.SESSIONS: QCoreApplication.translate("wording", "Sessions"),
        Section.CATEGORIES: QCoreApplication.translate("wording", "Categories"),
        Section.DELEGATIONS: QCoreApplication.translate("wording", "Delegations"),
    }[section]


def setup_field(name: str) -> str:
    """A field of the set-up forms, as its label says it."""
    labels = {
        "title": QCoreApplication.translate("wording", "title"),
        "venue": QCoreApplication.translate("wording", "venue"),
        "city": QCoreApplication.translate("wording", "city"),
        "organiser": QCoreApplication.translate("wording", "organiser"),
        "start_date": QCoreApplication.translate("wording", "first day"),
        "end_date": QCoreApplication.translate("wording", "last day"),
        "time_zone": QCoreApplication.translate("wording", "time zone"),
        "badge_language": QCoreApplication.translate("wording", "language of badges"),
        "badge_texts.head_of_delegation": QCoreApplication.translate(
            "wording", "head of delegation, on badges"
        ),
        "badge_texts.reprint": QCoreApplication.translate("wording", "reprint mark, on badges"),
        "room": QCoreApplication.translate("wording", "room"),
        "day": QCoreApplication.translate("wording", "day"),
        "start": QCoreApplication.translate("wording", "start"),
        "end": QCoreApplication.translate("wording", "end"),
        "code": QCoreApplication.translate("wording", "code"),
        "label": QCoreApplication.translate("wording", "label"),
        "colour": QCoreApplication.translate("wording", "colour"),
        "badge_label": QCoreApplication.translate("wording", "label on badges"),
        "name": QCoreApplication.translate("wording", "name"),
        "name_en": QCoreApplication.translate("wording", "English name"),
        "name_fr": QCoreApplication.translate("wording", "French name"),
        "country_code": QCoreApplication.translate("wording", "country"),
        "honorific": QCoreApplication.translate("wording", "honorific"),
        "given_name": QCoreApplication.translate("wording", "given name"),
        "family_name": QCoreApplication.translate("wording", "family name"),
        "badge_name": QCoreApplication.translate("wording", "name on the badge"),
        "native_name": QCoreApplication.translate("wording", "name in native script"),
        "function": QCoreApplication.translate("wording", "function"),
        "delegation": QCoreApplication.translate("wording", "delegation"),
        "category": QCoreApplication.translate("wording", "category"),
        "email": QCoreApplication.translate("wording", "e-mail"),
        "phone": QCoreApplication.translate("wording", "phone"),
        "notes": QCoreApplication.translate("wording", "notes"),
        "delegates": QCoreApplication.translate("wording", "badges to print"),
        "generation": QCoreApplication.translate("wording", "badge"),
        "reason": QCoreApplication.translate("wording", "reason"),
    }
    return labels.get(name, name)


def setup_problem(error: SetupError) -> str:
    """ "Sessions, row 3, end: the session ends before it starts." """
    p = error.params
    problem = error.problem
    if problem is Problem.REQUIRED:
        what = QCoreApplication.translate("wording", "this is required")
    elif problem is Problem.TOO_LONG:
        what = QCoreApplication.translate("wording", "longer than %1 characters").replace(
            "%1", number(p["limit"])
        )
    elif problem is Problem.BAD_CODE:
        what = QCoreApplication.translate(
            "wording", "%1 is not a code: letters and digits, up to 16"
        ).replace("%1", str(p["value"]))
    elif problem is Problem.BAD_COLOUR:
        what = QCoreApplication.translate("wording", "%1 is not a colour like #1F4E9A").replace(
            "%1", str(p["value"])
        )
    elif problem is Problem.BAD_COUNTRY:
        what = QCoreApplication.translate("wording", "%1 is not a country code").replace(
            "%1", str(p["value"])
        )
    elif problem is Problem.BAD_TIME_ZONE:
        what = QCoreApplication.translate("wording", "%1 is not a time zone").replace(
            "%1", str(p["value"])
        )
    elif problem is Problem.BAD_BADGE_LANGUAGE:
        what = QCoreApplication.translate("wording", "no badge texts in %1").replace(
            "%1", str(p["value"])
        )
    elif problem is Problem.DATES_OUT_OF_ORDER:
        what = QCoreApplication.translate("wording", "the event ends before it starts")
    elif problem is Problem.ENDS_BEFORE_START:
        what = QCoreApplication.translate("wording", "the session ends before it starts")
    elif problem is Problem.OUTSIDE_EVENT:
        what = (
            QCoreApplication.translate("wording", "the day is not between %1 and %2")
            .replace("%1", str(p["first"]))
            .replace("%2", str(p["last"]))
        )
    elif problem is Problem.OVERLAPS:
        other = str(p["other"])
        if p.get("other_row"):
            other = (
                QCoreApplication.translate("wording", "%1 (row %2)")
                .replace("%1", other)
                .replace("%2", number(p["other_row"]))
            )
        what = (
            QCoreApplication.translate("wording", "overlaps %1, %2–%3, in the same room")
            .replace("%1", other)
            .replace("%2", str(p["start"]))
            .replace("%3", str(p["end"]))
        )
    elif problem is Problem.DUPLICATE:
        if p.get("other_row"):
            what = (
                QCoreApplication.translate("wording", "%1 is also on row %2")
                .replace("%1", str(p["value"]))
                .replace("%2", number(p["other_row"]))
            )
        else:
            what = QCoreApplication.translate("wording", "%1 exists already").replace(
                "%1", str(p["value"])
            )
    elif problem is Problem.IN_USE:
        what = users_text(p["count"], p["names"])
    elif problem is Problem.ATTENDED:
        what = _PLURALS.attended(int(p["count"]))
    elif problem is Problem.CHANGED_ELSEWHERE:
        what = QCoreApplication.translate(
            "wording", "changed at another desk meanwhile: close the set-up and open it again"
        )
    elif problem is Problem.NOT_FOUND:
        what = QCoreApplication.translate("wording", "%1 does not exist (any more)").replace(
            "%1", str(p["value"])
        )
    else:
        what = QCoreApplication.translate("wording", "this database already holds an event")
    where = [setup_section(error.section)]
    if error.row is not None:
        where.append(
            QCoreApplication.translate("wording", "row %1").replace("%1", number(error.row))
        )
    if error.field:
        where.append(setup_field(error.field))
    return f"{', '.join(where)}: {what}."


def users_text(count: int, shown: tuple[str, ...]) -> str:
    """ "used by 12 delegates (Ana Silva, Jan Novák, …): move them first" """
    who = ", ".join(shown) + ("…" if count > len(shown) else "")
    return _PLURALS.users(count).replace("%1", who)


class _Plurals(QObject):
    """Phrases with a count: Qt's tools find plural forms only in ``self.tr``."""

    def users(self, count: int) -> str:
        return self.tr("used by %n delegate(s) (%1): move them first", "", count)

    def attended(self, count: int) -> str:
        return self.tr("%n attendance(s) recorded: it cannot be removed", "", count)


_PLURALS = _Plurals()


def refusal(reason: Refusal | None) -> str:
    """Why a check-in was not recorded, in a few words."""
    if reason is None:
        return QCoreApplication.translate("wording", "refused")
    return {
        Refusal.CANCELLED: QCoreApplication.translate("wording", "registration cancelled"),
        Refusal.REVOKED: QCoreApplication.translate("wording", "badge revoked by a reprint"),
        Refusal.FORGED: QCoreApplication.translate("wording", "code not valid"),
        Refusal.OTHER_EVENT: QCoreApplication.translate("wording", "a badge of another event"),
        Refusal.NOT_CHECKED_IN: QCoreApplication.translate("wording", "not checked in at the desk"),
        Refusal.ID_CHECK_NEEDED: QCoreApplication.translate(
            "wording", "identity document to be checked"
        ),
    }[reason]


def queue_sent(report: FlushReport, zone: ZoneInfo | None = None) -> tuple[str, str]:
    """What the desk says once its queued check-ins reached the server, and how
    (info, or warning when some were not recorded): every one by name."""
    text = QCoreApplication.translate("wording", "%1 check-ins made meanwhile were sent.").replace(
        "%1", number(report.sent)
    )
    already = [
        QCoreApplication.translate("wording", "%1 (in already at %2 at %3)")
        .replace("%1", u.name or u.code)
        .replace("%2", short_time(u.previous.at, zone) if u.previous else "?")
        .replace("%3", u.previous.desk if u.previous else "?")
        for u in report.already
    ]
    refused = [
        QCoreApplication.translate("wording", "%1 (%2, scanned at %3 at %4)")
        .replace("%1", u.name or u.code)
        .replace(
            "%2",
            QCoreApplication.translate("wording", "unknown badge")
            if u.outcome is Outcome.NOT_FOUND
            else refusal(u.refusal),
        )
        .replace("%3", short_time(u.at, zone))
        .replace("%4", u.desk)
        for u in report.refused
    ]
    if already:
        text += " " + QCoreApplication.translate(
            "wording", "Checked in elsewhere first: %1."
        ).replace("%1", "; ".join(already))
    if refused:
        text += " " + QCoreApplication.translate(
            "wording", "NOT recorded, see to them: %1."
        ).replace("%1", "; ".join(refused))
    return text, "warning" if report.unsent else "info"
