"""Finding a delegate from the first character typed, in any script.

Every name is folded into search keys (``domain.names``), one row per word in
``search_key``, indexed by (field, key). A query word matches a key it is a
prefix of; SQL ``LIKE`` is no use here (it folds ASCII only, and ``%`` would
defeat the index), so each word becomes a range ``key >= q AND key < q'``
that both SQLite and PostgreSQL answer from the index.

Ranking follows what a clerk expects: exact words first, then prefix matches,
each in field order (family name, given name, other names, delegation, badge
code). Each field is read in key order with a limit, so even a one-letter query
touches only as many index entries as the display can show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Executable, and_, delete, exists, func, select, tuple_
from sqlalchemy.orm import Session

from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.model import (
    Category,
    CheckIn,
    Delegate,
    Delegation,
    RegistrationStatus,
    SearchField,
    SearchKeyRow,
)
from meetingdesk.domain.values import SearchHit, SearchResult

DEFAULT_LIMIT = 50
# No name needs more: a longer query is a paste or a scanner's noise, answered
# at once instead of becoming a statement of a thousand conditions.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8


def search_rows(
    *,
    family_name: str,
    given_name: str,
    badge_name: str,
    native_name: str | None,
    delegation: str,
    badge_code: str,
) -> list[tuple[int, str]]:
    """The (field, key) rows that make a delegate findable, each key under the
    best-ranked field it appears in."""
    best: dict[str, int] = {}
    fields: Iterable[tuple[SearchField, str | None]] = (
        (SearchField.FAMILY, family_name),
        (SearchField.GIVEN, given_name),
        (SearchField.OTHER_NAME, badge_name),
        (SearchField.OTHER_NAME, native_name),
        (SearchField.DELEGATION, delegation),
    )
    for field, text in fields:
        for key in names.name_keys(text):
            best.setdefault(key[:80], int(field))
    best.setdefault(badge_code.lower(), int(SearchField.BADGE_CODE))
    return sorted((field, key) for key, field in best.items())


def key_rows(
    delegates: Iterable[tuple[int, Mapping[Any, Any], str]],
) -> list[dict[str, Any]]:
    """Search-key rows for bulk inserts: (delegate id, its names, its delegation)."""
    return [
        {"delegate_id": delegate_id, "field": field, "key": key}
        for delegate_id, person, delegation in delegates
        for field, key in search_rows(
            family_name=person["family_name"],
            given_name=person["given_name"],
            badge_name=person["badge_name"],
            native_name=person["native_name"],
            delegation=delegation,
            badge_code=person["badge_code"],
        )
    ]


def index_delegate(db: Session, delegate: Delegate, delegation_name: str) -> None:
    """(Re)write a delegate's search keys; call after any change to a name."""
    db.flush()
    db.execute(delete(SearchKeyRow).where(SearchKeyRow.delegate_id == delegate.id))
    rows = search_rows(
        family_name=delegate.family_name,
        given_name=delegate.given_name,
        badge_name=delegate.badge_name,
        native_name=delegate.native_name,
        delegation=delegation_name,
        badge_code=delegate.badge_code,
    )
    db.add_all(SearchKeyRow(delegate_id=delegate.id, field=f, key=k) for f, k in rows)


def _prefix_condition(column: ColumnElement[str], word: str) -> ColumnElement[bool]:
    return and_(column >= word, column < names.prefix_upper_bound(word))


COUNT_CAP = 20_000


def _key_count(db: Session, word: str) -> int:
    """How many keys start with ``word``, counted up to a cap (only an estimate is needed)."""
    matching = (
        select(SearchKeyRow.delegate_id)
        .where(SearchKeyRow.field.in_([int(f) for f in SearchField]))
        .where(_prefix_condition(SearchKeyRow.__table__.c.key, word))
        .limit(COUNT_CAP)
        .subquery()
    )
    count: int = db.execute(select(func.count()).select_from(matching)).scalar_one()
    return count


class SearchService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def search(self, query: str, limit: int | None = DEFAULT_LIMIT) -> SearchResult:
        """Delegates matching every word of ``query``, best first.

        ``limit=None`` lifts the display cap (for exports and tests)."""
        if len(query) > MAX_QUERY_CHARS:
            return SearchResult(hits=(), more=False, too_long=True)
        words = names.query_words(query)
        if len(words) > MAX_QUERY_WORDS:
            return SearchResult(hits=(), more=False, too_long=True)
        if not words:
            return SearchResult(hits=(), more=False)
        with self._uow.read() as uow:
            ranked = self._ranked_ids(uow.db, words, limit)
            more = limit is not None and len(ranked) > limit
            if limit is not None:
                ranked = ranked[:limit]
            hits = self._hits(uow.db, ranked)
        return SearchResult(hits=tuple(hits), more=more)

    def _ranked_ids(self, db: Session, words: Sequence[str], limit: int | None) -> list[int]:
        # The word with the fewest matching keys drives the index walk; every
        # other word must prefix some key of the same delegate.
        driver = words[0] if len(words) == 1 else min(words, key=lambda w: _key_count(db, w))
        others = list(words)
        others.remove(driver)
        wanted = None if limit is None else limit + 1
        ordered: list[int] = []
        seen: set[int] = set()

        def take(ids: Iterable[int]) -> None:
            for delegate_id in ids:
                if delegate_id not in seen:
                    seen.add(delegate_id)
                    ordered.append(delegate_id)

        def enough() -> bool:
            return wanted is not None and len(ordered) >= wanted

        # Whole-word matches first, in field order...
        take(db.execute(self._exact_query(driver, others, wanted)).scalars())
        # ...then prefix matches, field by field, page by page along the index.
        for field in SearchField:
            after: tuple[str, int] | None = None
            while not enough():
                page = None if wanted is None else 2 * wanted
                rows = db.execute(self._prefix_query(field, driver, others, after, page)).all()
                take(row.delegate_id for row in rows)
                if page is None or len(rows) < page:
                    break
                after = (rows[-1].key, rows[-1].delegate_id)
            if enough():
                break
        return ordered if wanted is None else ordered[:wanted]

    @staticmethod
    def _others_match(others: Sequence[str]) -> list[ColumnElement[bool]]:
        """For a query of several words: each other word prefixes a key of the same delegate."""
        conditions: list[ColumnElement[bool]] = []
        for word in others:
            other = SearchKeyRow.__table__.alias()
            conditions.append(
                exists()
                .where(other.c.delegate_id == SearchKeyRow.delegate_id)
                .where(_prefix_condition(other.c.key, word))
            )
        return conditions

    def _exact_query(self, driver: str, others: Sequence[str], limit: int | None) -> Executable:
        query = (
            select(SearchKeyRow.delegate_id)
            .where(SearchKeyRow.field.in_([int(f) for f in SearchField]))
            .where(SearchKeyRow.key == driver)
        )
        query = query.where(*self._others_match(others)).order_by(
            SearchKeyRow.field, SearchKeyRow.delegate_id
        )
        return query if limit is None else query.limit(limit)

    def _prefix_query(
        self,
        field: SearchField,
        driver: str,
        others: Sequence[str],
        after: tuple[str, int] | None,
        limit: int | None,
    ) -> Executable:
        query = (
            select(SearchKeyRow.delegate_id, SearchKeyRow.key)
            .where(SearchKeyRow.field == int(field))
            .where(_prefix_condition(SearchKeyRow.__table__.c.key, driver))
        )
        if after is not None:
            query = query.where(tuple_(SearchKeyRow.key, SearchKeyRow.delegate_id) > tuple_(*after))
        query = query.where(*self._others_match(others)).order_by(
            SearchKeyRow.key, SearchKeyRow.delegate_id
        )
        return query if limit is None else query.limit(limit)

    @staticmethod
    def _hits(db: Session, ranked: Sequence[int]) -> list[SearchHit]:
        if not ranked:
            return []
        live = exists().where(CheckIn.delegate_id == Delegate.id, CheckIn.undone_at.is_(None))
        rows = db.execute(
            select(
                Delegate.id,
                Delegate.badge_code,
                Delegate.badge_name,
                Delegate.native_name,
                Delegation.name,
                Category.code,
                Category.label,
                Category.colour,
                Delegate.status,
                live,
            )
            .join(Delegation, Delegation.id == Delegate.delegation_id)
            .join(Category, Category.id == Delegate.category_id)
            .where(Delegate.id.in_(ranked))
        ).all()
        by_id = {
            row[0]: SearchHit(
                delegate_id=row[0],
                badge_code=row[1],
                display_name=row[2],
                native_name=row[3],
                delegation=row[4],
                category_code=row[5],
                category_label=row[6],
                category_colour=row[7],
                cancelled=row[8] is RegistrationStatus.CANCELLED,
                checked_in=bool(row[9]),
            )
            for row in rows
        }
        return [by_id[i] for i in ranked if i in by_id]
