"""Insert a row unless a unique index says it exists: one statement, no exception.

Both engines speak ``INSERT ... ON CONFLICT (...) [WHERE ...] DO NOTHING
RETURNING id``. On PostgreSQL a desk that races another waits for the other's
transaction and then inserts nothing; on SQLite writers are serialised anyway.
No savepoint and no IntegrityError round trip, which also keeps a check-in to a
handful of statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from meetingdesk.db.prepared import Prepared
from meetingdesk.domain.model import Base


def insert_unless_exists(
    db: Session,
    entity: type[Base],
    values: dict[str, Any],
    conflict_columns: Sequence[str],
    conflict_where: ColumnElement[bool] | None = None,
) -> int | None:
    """The new row's id, or None when an equal row already exists."""
    dialect = db.get_bind().dialect.name
    module = {"sqlite": sqlite, "postgresql": postgresql}.get(dialect)
    if module is None:
        raise NotImplementedError(f"meetingdesk does not run on {dialect}")
    table = entity.__table__
    statement = (
        module.insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict_columns), index_where=conflict_where)
        .returning(table.c["id"])
    )
    new_id: int | None = db.execute(statement).scalar_one_or_none()
    return new_id


def prepared_insert_unless_exists(
    entity: type[Base],
    columns: Sequence[str],
    conflict_columns: Sequence[str],
    conflict_where: ColumnElement[bool] | None = None,
) -> Prepared:
    """The same statement, built once with a bound parameter per column (named as
    the column), for the hot paths; ``first()`` returns ``(id,)`` or None."""
    table = entity.__table__

    def build(dialect: str) -> Executable:
        module = {"sqlite": sqlite, "postgresql": postgresql}.get(dialect)
        if module is None:
            raise NotImplementedError(f"meetingdesk does not run on {dialect}")
        statement: Executable = (
            module.insert(table)
            .values({c: bindparam(c) for c in columns})
            .on_conflict_do_nothing(
                index_elements=list(conflict_columns), index_where=conflict_where
            )
            .returning(table.c["id"])
        )
        return statement

    return Prepared(build)
