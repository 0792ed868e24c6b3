"""Unit of work: one database transaction per user action.

Rolled back unless the action commits explicitly, so an exception half-way
through a check-in leaves nothing behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from meetingdesk.db.bare import Bare, BareWriter
from meetingdesk.db.engine import writer
from meetingdesk.domain.errors import Contended, DatabaseUnavailable, Unavailability

# PostgreSQL: serialization_failure, deadlock_detected.
RETRYABLE = frozenset({"40001", "40P01"})


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._db: Session | None = None

    @property
    def db(self) -> Session:
        if self._db is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._db

    def __enter__(self) -> Self:
        self._db = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._db is not None
        try:
            self._db.rollback()
        except DBAPIError:
            pass  # the connection is gone; the failure below says why
        finally:
            self._db.close()
            self._db = None
        if isinstance(exc, OperationalError):
            known = _known_failure(exc)
            if known is not None:
                raise known from exc

    def commit(self) -> None:
        self.db.commit()


# SQLite reports a missing column as an "OperationalError" too: what the
# database cannot do right now, as opposed to a mistake in meetingdesk's SQL.
_SQLITE_UNAVAILABLE = (
    "locked",
    "busy",
    "disk",
    "full",
    "readonly",
    "read-only",
    "unable to open",
    "malformed",
    "not a database",
    "i/o",
    "interrupted",
)
# PostgreSQL classes: connection exception, insufficient resources (disk full),
# operator intervention (shutdown, cancelled by a timeout), system error (I/O),
# and the lock timeout.
_POSTGRES_UNAVAILABLE = ("08", "53", "57", "58", "55P03")


def unavailable(exc: OperationalError) -> bool:
    """Whether the failure is the database's state (connection lost, timeout,
    lock, full disk): the desk says so and goes on. Anything else is a bug and
    must reach the crash dialog rather than read as "not answering"."""
    state = getattr(exc.orig, "sqlstate", None)
    if isinstance(exc.orig, sqlite3.Error):
        text = str(exc.orig).lower()
        return any(word in text for word in _SQLITE_UNAVAILABLE)
    if state is None:  # the driver's own: no connection, or it broke
        return True
    return str(state).startswith(_POSTGRES_UNAVAILABLE)


def _explain(exc: OperationalError) -> DatabaseUnavailable:
    text = str(exc.orig).lower()
    state = getattr(exc.orig, "sqlstate", None)
    why, message = (
        Unavailability.UNREACHABLE,
        f"cannot reach the database: nothing was changed ({exc.orig})",
    )
    if state == "55P03":  # lock_timeout: another desk holds what this one needs
        why = Unavailability.LOCKED
        message = "the database is busy (another desk holds a lock): nothing was changed, try again"
    elif state == "57014":  # statement_timeout
        why = Unavailability.SLOW
        message = "the database took too long to answer: nothing was changed, try again"
    elif "locked" in text or "busy" in text:
        why = Unavailability.BUSY
        message = "the database is busy (another program holds it): nothing was changed, try again"
    elif "disk" in text and ("full" in text or "i/o" in text):
        why = Unavailability.DISK
        message = "the disk is full or failing: nothing was changed; free some space"
    elif "readonly" in text or "read-only" in text:
        why = Unavailability.READ_ONLY
        message = "the database cannot be written (read-only): nothing was changed"
    return DatabaseUnavailable(message, why)


class UnitOfWorkFactory:
    """Hands out units of work: ``read()`` for lookups, ``write()`` for changes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # expire_on_commit=False: what a service returns stays readable after commit.
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(bind=writer(engine), expire_on_commit=False)
        self._bare = BareWriter(engine)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._read)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A bare connection for one read statement on a hot path (search): no
        session, the same plain errors as a unit of work."""
        with _translated(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def begin_bare(self) -> Iterator[Bare]:
        """A writing transaction on a kept driver connection for the hottest path
        (the usual check-in, see ``bare``): committed when the block ends
        normally, rolled back otherwise, with the same plain errors as a unit of
        work."""
        with _translated(), self._bare.begin() as bare:
            yield bare

    def close(self) -> None:
        """Give back the kept connections (before the engine is disposed)."""
        self._bare.close()


def _known_failure(exc: OperationalError) -> Contended | DatabaseUnavailable | None:
    """What a failed action says: run it again (a serialisation failure or
    deadlock), the database is unavailable (said plainly; the action did not
    happen), or None for a bug, which goes on as it is."""
    if getattr(exc.orig, "sqlstate", None) in RETRYABLE:
        return Contended(str(exc.orig))
    if unavailable(exc):
        return _explain(exc)
    return None


@contextmanager
def _translated() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        known = _known_failure(exc)
        if known is None:
            raise
        raise known from exc
