"""The hottest write (the usual check-in) on a driver connection the service keeps.

A unit of work costs a pool checkout (and on PostgreSQL a ping), SQLAlchemy's
transaction and its events, and a check-in back, several times the statements'
own cost on SQLite. ``BareWriter`` keeps a few idle driver connections taken from
the engine's pool (one per transaction at a time, so any thread may use it) and
runs ``Prepared`` statements on one between its own ``BEGIN`` (``BEGIN
IMMEDIATE`` on SQLite, as every writer here) and the driver's commit.
Driver errors come out as SQLAlchemy's, so the callers' translation applies; a
connection that failed is closed and the next transaction takes a fresh one
from the pool (which pings it first)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, OperationalError


@dataclass(slots=True)
class Bare:
    """A driver connection and its dialect: what ``Prepared`` statements run on."""

    dialect: Dialect
    connection: Any  # the pool's proxy of the driver's connection
    idle_since: float = 0.0


class BareWriter:
    # Idle connections kept: a desk runs one check-in at a time; a second
    # concurrent one takes another from the engine's pool and gives it back.
    KEEP = 2
    # A server connection idle this long is pinged before use, as the engine's
    # pool pings every connection it hands out: a server restarted meanwhile or
    # a cable pulled costs the ping, not the desk's next check-in.
    PING_AFTER_S = 2.0

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._idle: list[Bare] = []
        self._lock = threading.Lock()

    @contextmanager
    def begin(self) -> Iterator[Bare]:
        """One transaction: committed when the block ends normally, rolled back
        otherwise."""
        bare = self._take()
        try:
            if bare.dialect.name == "sqlite":
                self._driver(bare, "BEGIN IMMEDIATE")
            yield bare
            self._driver(bare, None)
        except BaseException as exc:
            try:
                bare.connection.rollback()
            except Exception:
                self._drop(bare)
                raise exc from None
            if isinstance(exc, OperationalError):  # the server or file may be gone
                self._drop(bare)
            else:
                self._give_back(bare)
            raise
        self._give_back(bare)

    def close(self) -> None:
        """Give every kept connection back to the engine's pool (before the
        engine is disposed)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for bare in idle:
            with contextlib.suppress(Exception):  # going away anyway
                bare.connection.close()

    def _take(self) -> Bare:
        with self._lock:
            bare = self._idle.pop() if self._idle else None
        if bare is not None:
            stale = time.monotonic() - bare.idle_since > self.PING_AFTER_S
            if not stale or bare.dialect.name == "sqlite" or self._answers(bare):
                return bare
            self._drop(bare)
        dialect = self._engine.dialect
        try:
            return Bare(dialect, self._engine.raw_connection())
        except dialect.loaded_dbapi.Error as exc:  # the pool hands the driver's error out
            raise DBAPIError.instance(
                "connect", None, exc, dialect.loaded_dbapi.Error, dialect=dialect
            ) from exc

    def _answers(self, bare: Bare) -> bool:
        try:
            return bool(bare.dialect.do_ping(bare.connection.driver_connection))
        except Exception:
            return False

    def _give_back(self, bare: Bare) -> None:
        bare.idle_since = time.monotonic()
        with self._lock:
            if len(self._idle) < self.KEEP:
                self._idle.append(bare)
                return
        bare.connection.close()

    def _drop(self, bare: Bare) -> None:
        with contextlib.suppress(Exception):  # already unusable
            bare.connection.invalidate()

    def _driver(self, bare: Bare, sql: str | None) -> None:
        """``sql`` on the driver's cursor, or the driver's commit for None."""
        dbapi = bare.dialect.loaded_dbapi
        try:
            if sql is None:
                bare.connection.commit()
            else:
                cursor = bare.connection.cursor()
                try:
                    cursor.execute(sql)
                finally:
                    cursor.close()
        except dbapi.Error as exc:
            raise DBAPIError.instance(
                sql or "COMMIT", None, exc, dbapi.Error, hide_parameters=True, dialect=bare.dialect
            ) from exc
