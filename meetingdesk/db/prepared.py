"""Statements built and compiled once, run on the driver's own cursor.

The hot paths (search, check-in, attendance, the offline upload) run the same few
statements thousands of times. SQLAlchemy builds them once here, compiles them
once per dialect, and each execution hands the driver's cursor its SQL text and
arguments directly, inside the transaction SQLAlchemy holds: no statement
building, cache-key computation or result wrapping per call. Arguments still go
through the column types' bind processors (so an aware datetime is stored as
SQLAlchemy stores it), rows come back as the driver's plain tuples (callers
convert what they read, see ``utc``), and a driver error is raised as
SQLAlchemy's (``OperationalError`` and so on, parameters hidden), so units of
work explain it as they explain any other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable


class Runner(Protocol):
    """What a prepared statement runs on: SQLAlchemy's ``Connection`` (in its
    transaction) or a ``bare.Bare`` driver connection."""

    @property
    def dialect(self) -> Dialect: ...

    @property
    def connection(self) -> Any: ...


class Compiled:
    """A statement's SQL text for one dialect and how to hand it its arguments."""

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql: str = compiled.string
        self.constants: dict[str, Any] = {
            k: v for k, v in compiled.construct_params(_check=False).items() if v is not None
        }
        self.order: tuple[str, ...] | None = (
            tuple(compiled.positiontup) if compiled.positiontup else None
        )
        self.processors: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors[compiled.bind_names.get(bind, name)] = processor

    def arguments(self, parameters: Mapping[str, Any]) -> Any:
        merged = {**self.constants, **parameters}
        for name, processor in self.processors.items():
            if name in merged:
                merged[name] = processor(merged[name])
        return merged if self.order is None else tuple(merged[n] for n in self.order)


class Prepared:
    """One statement, compiled on first use for each dialect. ``statement`` may
    be a function of the dialect's name, for the statements written per dialect
    (``INSERT ... ON CONFLICT``)."""

    def __init__(self, statement: Executable | Callable[[str], Executable]) -> None:
        self.statement = statement
        self._compiled: dict[str, Compiled] = {}

    def compiled(self, dialect: Dialect) -> Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            statement = self.statement
            if not isinstance(statement, Executable):
                statement = statement(dialect.name)
            found = self._compiled[dialect.name] = Compiled(statement, dialect)
        return found

    def rows(self, connection: Runner, **parameters: Any) -> list[tuple[Any, ...]]:
        """Every row, as the driver's tuples."""
        rows: list[tuple[Any, ...]] = self._run(connection, parameters, _all_rows)
        return rows

    def first(self, connection: Runner, **parameters: Any) -> tuple[Any, ...] | None:
        found: tuple[Any, ...] | None = self._run(connection, parameters, _first_row)
        return found

    def run(self, connection: Runner, **parameters: Any) -> None:
        self._run(connection, parameters, _no_rows)

    def _run(self, connection: Runner, parameters: Mapping[str, Any], fetch: Any) -> Any:
        compiled = self.compiled(connection.dialect)
        arguments = compiled.arguments(parameters)
        dbapi = connection.connection  # the pool's driver connection, in this transaction
        try:
            cursor = dbapi.cursor()
            try:
                cursor.execute(compiled.sql, arguments)
                return fetch(cursor)
            finally:
                cursor.close()
        except connection.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                compiled.sql,
                arguments,
                exc,
                connection.dialect.loaded_dbapi.Error,
                hide_parameters=True,
                dialect=connection.dialect,
            ) from exc


def _all_rows(cursor: Any) -> list[tuple[Any, ...]]:
    return list(cursor.fetchall())


def _first_row(cursor: Any) -> tuple[Any, ...] | None:
    row = cursor.fetchone()
    return None if row is None else tuple(row)


def _no_rows(cursor: Any) -> None:
    return None


def utc(value: Any) -> dt.datetime:
    """A time column as the driver returned it, as an aware UTC datetime (SQLite
    returns SQLAlchemy's text form, PostgreSQL an aware datetime)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
