"""Many rows in one driver call, for imports and the demo.

SQLAlchemy's executemany builds a parameter dictionary per row through each
column's type; for tens of thousands of rows that costs more than the database
itself. Here the statement is compiled once, each column's bind processor is
looked up once, and the driver receives plain tuples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": ":{}"}


def bulk_insert(db: Session | Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    connection = db if isinstance(db, Connection) else db.connection()
    dialect = connection.dialect
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    placeholder = _PLACEHOLDER[dialect.paramstyle]
    marks = ", ".join(placeholder.format(i + 1) for i in range(len(columns)))
    quoted = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    statement = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES ({marks})"
    )
    processors = [c.type.bind_processor(dialect) for c in columns]
    if any(processors):
        data = [
            tuple(
                p(row[n]) if p is not None else row[n]
                for p, n in zip(processors, names, strict=True)
            )
            for row in rows
        ]
    else:
        data = [tuple(row[n] for n in names) for row in rows]
    connection.exec_driver_sql(statement, data)
