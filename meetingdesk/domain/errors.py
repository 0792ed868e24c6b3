"""Known failures: each becomes a clear message for the person at the desk."""

from __future__ import annotations


class MeetingdeskError(Exception):
    """Base of every failure that the user should see as a message, not a crash."""


class BadInput(MeetingdeskError):
    """A file or layout the person gave that cannot be used as it is: the message
    says where and why; changing the input is the way out."""


class DatabaseUnavailable(MeetingdeskError):
    """The database cannot be opened or reached (missing, locked, server down)."""


class Contended(MeetingdeskError):
    """Another desk's transaction got in the way (a PostgreSQL serialisation failure
    or deadlock): the action did not happen and can simply be run again."""


class DatabaseTooNew(MeetingdeskError):
    """The database was written by a newer meetingdesk than this one."""


class NoEvent(MeetingdeskError):
    """The database holds no event yet."""


class NotFound(MeetingdeskError):
    """What was asked for does not exist."""


class Ambiguous(MeetingdeskError):
    """A name or prefix matches more than one thing."""


class ValidationError(MeetingdeskError):
    """Input that cannot be saved; ``field`` names where the problem is."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class CheckpointRefused(MeetingdeskError):
    """An audit checkpoint file that is unreadable, altered, or of another event."""


class AuditChainBroken(MeetingdeskError):
    """The audit log was edited or truncated after it was written."""

    def __init__(self, seq: int, message: str) -> None:
        super().__init__(f"audit entry {seq}: {message}")
        self.seq = seq
