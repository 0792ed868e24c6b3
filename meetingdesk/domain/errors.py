"""Known failures: each becomes a clear message for the person at the desk."""

from __future__ import annotations

import enum


class MeetingdeskError(Exception):
    """Base of every failure that the user should see as a message, not a crash."""


class BadInput(MeetingdeskError):
    """A file or layout the person gave that cannot be used as it is: the message
    says where and why; changing the input is the way out."""


class Unavailability(enum.Enum):
    """Why the database did not do what was asked (nothing was changed)."""

    LOCKED = "locked"  # another desk holds a lock it needs (PostgreSQL)
    SLOW = "slow"  # it took longer than the statement timeout
    BUSY = "busy"  # another program holds the SQLite file
    DISK = "disk"  # the disk is full or failing
    READ_ONLY = "read_only"
    LATE = "late"  # no answer within the desk's deadline (``seconds``)
    CLOSING = "closing"  # the desk is closing
    UNDO_NEEDS_SERVER = "undo_needs_server"  # an undo offline
    NO_COPY = "no_copy"  # offline before the local copy was made
    NO_DATABASE = "no_database"  # facts: path
    NO_FOLDER = "no_folder"  # facts: path, folder
    NOT_A_DATABASE = "not_a_database"  # facts: path, detail
    FOREIGN = "foreign"  # another program's database; facts: path, tables
    NETWORK_SHARE = "network_share"  # an SQLite file on a share; facts: path, share
    CANNOT_OPEN = "cannot_open"  # facts: path, detail
    UNREACHABLE = "unreachable"  # anything else, said in the message


class DatabaseUnavailable(MeetingdeskError):
    """The database cannot be opened or reached (missing, locked, server down).
    ``why`` (and its ``facts``, in the order its sentence names them) says it for
    a window to word; the message is the English line for the command line and
    the log."""

    def __init__(
        self,
        message: str,
        why: Unavailability = Unavailability.UNREACHABLE,
        seconds: float | None = None,
        **facts: str,
    ) -> None:
        super().__init__(message)
        self.why = why
        self.seconds = seconds
        self.facts = facts


class Contended(MeetingdeskError):
    """Another desk's transaction got in the way (a PostgreSQL serialisation failure
    or deadlock): the action did not happen and can simply be run again."""


class DatabaseTooNew(MeetingdeskError):
    """The database was written by a newer meetingdesk than this one."""

    def __init__(self, message: str, database: str = "", schema: str = "") -> None:
        super().__init__(message)
        self.database = database
        self.schema = schema


class NoEvent(MeetingdeskError):
    """The database holds no event yet."""


class NotFound(MeetingdeskError):
    """What was asked for does not exist; ``codes``: the badge codes nobody has,
    when that is what was asked."""

    def __init__(self, message: str, codes: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.codes = codes


class Ambiguous(MeetingdeskError):
    """A name or prefix matches more than one thing."""


class Invalid(enum.Enum):
    """What is wrong with a value a person gave, for a window to word."""

    REQUIRED = "required"
    TOO_LONG = "too_long"  # params: limit
    CONTROL_CHARACTER = "control_character"  # params: code ("U+0007")
    NOT_AN_EMAIL = "not_an_email"  # params: value
    NO_SUCH = "no_such"  # a delegation or category that does not exist; params: value
    CANCELLED = "cancelled"  # a cancelled registration gets no badge
    EMPTY_CHOICE = "empty_choice"  # nobody to print
    NO_MORE_REPRINTS = "no_more_reprints"
    NOT_A_REASON = "not_a_reason"  # a reprint's; params: value (the reasons there are)
    SHIPPED_LAYOUT = "shipped_layout"  # a layout name meetingdesk ships; params: value
    TAKEN = "taken"  # a name in use already; params: value


class ValidationError(MeetingdeskError):
    """Input that cannot be saved; ``field`` names where the problem is,
    ``invalid`` and ``facts`` what it is, the facts in the order its sentence
    names them (the message is the English line for the command line and the log)."""

    def __init__(
        self, field: str, message: str, invalid: Invalid | None = None, **facts: object
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.invalid = invalid
        self.facts = facts


class CheckpointRefused(MeetingdeskError):
    """An audit checkpoint file that is unreadable, altered, or of another event."""


class AuditChainBroken(MeetingdeskError):
    """The audit log was edited or truncated after it was written."""

    def __init__(self, seq: int, message: str) -> None:
        super().__init__(f"audit entry {seq}: {message}")
        self.seq = seq
