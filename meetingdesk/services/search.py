"""Finding a delegate from the first character typed, in any script or spelling.

Every name is stored as search keys (``domain.names``), one row per key in
``search_key``, indexed by (field, key) and by (delegate, key). A query word
matches a key it is a prefix of; SQL ``LIKE`` is no use here (it folds ASCII
only, and ``%`` would defeat the index), so each word becomes a range
``key >= q AND key < q'`` that SQLite and PostgreSQL answer from the index.

Ranking reads every word. A person is ranked by how many typed words equal one
of their keys (exact words first: "Ivan Kovačević" puts Ivan Kovačević before
Ivana), then by the field the driving word matched (family name, given name,
other names, delegation, badge code), then alphabetically by that key. People
with the same name are kept next to each other and marked as namesakes.

One search is one SQL statement, built once per query shape and kept as its
compiled text: the driving word (the longest) is walked along the index, one
branch for its exact keys and one per field for its prefixes, each branch
stopped at the display cap; every other word must prefix a key of the same
person (an index probe); the database groups, ranks, cuts to the cap and joins
what the desk shows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Select,
    and_,
    case,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.expression import bindparam

from meetingdesk.db.prepared import Compiled, Prepared
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.model import (
    Category,
    CheckIn,
    Delegate,
    Delegation,
    Event,
    RegistrationStatus,
    SearchField,
    SearchKeyRow,
    table_of,
)
from meetingdesk.domain.values import SearchHit, SearchResult

log = logging.getLogger("meetingdesk.search")

DEFAULT_LIMIT = 50
# No name needs more: a longer query is a paste or a scanner's noise, answered
# at once instead of becoming a statement of a thousand conditions.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
# Spellings of one typed word searched at most (Müller: muller, mueller).
MAX_ALTERNATIVES = 4
FIELDS = tuple(int(f) for f in SearchField)


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
            best.setdefault(key[:KEY_LENGTH], int(field))
    best.setdefault(badge_code.lower(), int(SearchField.BADGE_CODE))
    return sorted((field, key) for key, field in best.items())


# Keys are stored up to this length (the column's); longer words are cut.
KEY_LENGTH = 80


# What a delegate's search keys are made of (with her delegation's name).
KEYED_COLUMNS = (
    Delegate.id,
    Delegate.family_name,
    Delegate.given_name,
    Delegate.badge_name,
    Delegate.native_name,
    Delegate.badge_code,
    Delegate.delegation_id,
)


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


def reindex(connection: Connection) -> int:
    """Rebuild every delegate's search keys with this version's spellings, in
    the caller's transaction; return how many delegates were indexed."""
    from meetingdesk.db.bulk import bulk_insert

    people = connection.execute(
        select(*KEYED_COLUMNS, Delegation.name).join(
            Delegation, Delegation.id == Delegate.delegation_id
        )
    ).all()
    connection.execute(delete(SearchKeyRow))
    rows = key_rows((p.id, p._mapping, p.name) for p in people)
    bulk_insert(connection, table_of(SearchKeyRow), rows)
    connection.execute(update(Event).values(search_keys_version=names.KEYS_VERSION))
    return len(people)


def ensure_current_keys(engine: Engine) -> None:
    """Re-index a database whose keys an older version built (once, at opening;
    one transaction, so a desk opening it meanwhile sees the old keys or the new)."""
    version = Event.__table__.c.search_keys_version
    with engine.connect() as connection:
        stored = connection.execute(select(version).limit(1)).scalar_one_or_none()
    if stored is None and not _has_event(engine):
        return
    if stored == names.KEYS_VERSION:
        return
    from meetingdesk.db.engine import writer

    with writer(engine).begin() as connection:
        locked = select(version)
        if connection.dialect.name == "postgresql":
            locked = locked.with_for_update()
        if connection.execute(locked.limit(1)).scalar_one_or_none() == names.KEYS_VERSION:
            return  # another desk did it while this one waited
        count = reindex(connection)
    log.info("search keys rebuilt for %d delegates (version %d)", count, names.KEYS_VERSION)


def _has_event(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(select(Event.id).limit(1)).first() is not None


# --- The statement ------------------------------------------------------------


# A count of matching keys stops here: enough to tell a common prefix from a rare one.
COUNT_CAP = 4000
_ONE = literal_column("1", Integer)
_ZERO = literal_column("0", Integer)


class _Shape:
    """One search statement: for a number of typed words, each with its number of
    spellings, and the cap. Built once, compiled once per dialect.

    With several words, the statement first counts (up to ``COUNT_CAP``) the keys
    each word prefixes, and walks the index along the rarest: every branch is
    guarded by "my word was chosen", a condition the database evaluates once,
    before any row is read, so only the chosen word's branches run."""

    def __init__(self, spellings: tuple[int, ...], cap: int | None) -> None:
        self.spellings = spellings
        self.cap = cap
        self.prepared = Prepared(self._build())

    @staticmethod
    def _lo(word: int, alt: int) -> BindParameter[str]:
        return bindparam(f"w{word}a{alt}", type_=names_key_type())

    @staticmethod
    def _hi(word: int, alt: int) -> BindParameter[str]:
        return bindparam(f"w{word}a{alt}h", type_=names_key_type())

    def _prefix(self, column: ColumnElement[str], word: int) -> ColumnElement[bool]:
        ranges = [
            and_(column >= self._lo(word, a), column < self._hi(word, a))
            for a in range(self.spellings[word])
        ]
        return ranges[0] if len(ranges) == 1 else or_(*ranges)

    def _exact(self, column: ColumnElement[str], word: int) -> ColumnElement[bool]:
        alts = [self._lo(word, a) for a in range(self.spellings[word])]
        return column == alts[0] if len(alts) == 1 else column.in_(alts)

    def _branches(self, driver: int, guard: ColumnElement[bool] | None) -> list[Select[Any]]:
        """The index walks along ``driver``: its exact keys in every field, then
        its prefixes field by field, each stopped at the cap; every other word
        must prefix a key of the same person."""
        table = table_of(SearchKeyRow)
        others = [w for w in range(len(self.spellings)) if w != driver]

        def branch(field: int | None, alt: int | None) -> Select[Any]:
            key = table.alias("k")
            conditions: list[ColumnElement[bool]] = [] if guard is None else [guard]
            exact_count: ColumnElement[int]
            if field is None:
                conditions += [
                    key.c.field.in_([literal_column(str(f)) for f in FIELDS]),
                    self._exact(key.c.key, driver),
                ]
                exact_count = _ONE
            else:
                assert alt is not None
                conditions += [
                    key.c.field == literal_column(str(field)),
                    key.c.key >= self._lo(driver, alt),
                    key.c.key < self._hi(driver, alt),
                ]
                exact_count = case((self._exact(key.c.key, driver), _ONE), else_=_ZERO)
            for word in others:
                probe = table.alias(f"p{word}")
                conditions.append(
                    exists()
                    .where(probe.c.delegate_id == key.c.delegate_id)
                    .where(self._prefix(probe.c.key, word))
                )
                exact = table.alias(f"e{word}")
                whole = (
                    exists()
                    .where(exact.c.delegate_id == key.c.delegate_id)
                    .where(self._exact(exact.c.key, word))
                )
                exact_count = exact_count + case((whole, _ONE), else_=_ZERO)
            # Fewer exact words rank after, whatever the field: 8 fields per step.
            words = literal_column(str(len(self.spellings)), Integer)
            rank = (words - exact_count) * literal_column("8", Integer) + key.c.field
            query = select(
                key.c.delegate_id.label("delegate_id"),
                rank.label("rank"),
                key.c.key.label("key"),
            ).where(*conditions)
            if field is None:
                query = query.order_by(rank, key.c.delegate_id)
            else:
                query = query.order_by(key.c.key, key.c.delegate_id)
            if self.cap is not None:
                query = query.limit(self.cap)
            return query

        found = [branch(None, None)]
        for field in FIELDS:
            for alt in range(self.spellings[driver]):
                found.append(branch(field, alt))
        return found

    def _choice(self) -> ColumnElement[int]:
        """Which word drives: the one with the fewest keys (counted up to the
        cap); on a tie the longer, then the first."""
        table = table_of(SearchKeyRow)
        counts = []
        for word in range(len(self.spellings)):
            key = table.alias(f"n{word}")
            matching = (
                select(_ONE)
                .where(key.c.field.in_([literal_column(str(f)) for f in FIELDS]))
                .where(self._prefix(key.c.key, word))
                .limit(literal_column(str(COUNT_CAP)))
                .subquery(f"m{word}")
            )
            counts.append(select(func.count()).select_from(matching).scalar_subquery())
        lengths = [bindparam(f"w{w}n", type_=Integer) for w in range(len(self.spellings))]
        # Order words by (count, -length, index) and pick the first.
        score = [
            counts[w] * literal_column("1000", Integer) - lengths[w]
            for w in range(len(self.spellings))
        ]
        choice = select(
            case(
                *[
                    (
                        and_(
                            *[
                                score[w] < score[v] if v < w else score[w] <= score[v]
                                for v in range(len(self.spellings))
                                if v != w
                            ]
                        ),
                        literal_column(str(w), Integer),
                    )
                    for w in range(len(self.spellings) - 1)
                ],
                else_=literal_column(str(len(self.spellings) - 1), Integer),
            ).label("driver")
        ).cte("choice")
        return select(choice.c.driver).scalar_subquery()

    def _build(self) -> Select[Any]:
        if len(self.spellings) == 1:
            branches = self._branches(0, None)
        else:
            chosen = self._choice()
            branches = [
                b
                for driver in range(len(self.spellings))
                for b in self._branches(driver, chosen == literal_column(str(driver), Integer))
            ]
        candidates = union_all(*(b.subquery().select() for b in branches)).subquery("c")
        best = (
            select(
                candidates.c.delegate_id,
                func.min(candidates.c.rank).label("rank"),
                func.min(candidates.c.key).label("key"),
            )
            .group_by(candidates.c.delegate_id)
            .order_by("rank", "key", candidates.c.delegate_id)
        )
        if self.cap is not None:
            best = best.limit(self.cap)
        ranked = best.subquery("b")
        delegation = aliased(Delegation, name="dn")
        category = aliased(Category, name="cat")
        checkin = table_of(CheckIn).alias("ci")
        live = (
            exists()
            .where(checkin.c.delegate_id == ranked.c.delegate_id)
            .where(checkin.c.undone_at.is_(None))
        )
        return (
            select(
                ranked.c.delegate_id,
                ranked.c.rank,
                Delegate.badge_code,
                Delegate.badge_name,
                Delegate.native_name,
                delegation.name,
                category.code,
                category.label,
                category.colour,
                Delegate.status,
                live,
                Delegate.sort_name,
            )
            .select_from(ranked)
            .join(Delegate, Delegate.id == ranked.c.delegate_id)
            .join(delegation, delegation.id == Delegate.delegation_id)
            .join(category, category.id == Delegate.category_id)
            .order_by(ranked.c.rank, ranked.c.key, ranked.c.delegate_id)
        )

    def sql(self, connection: Connection) -> Compiled:
        """The statement compiled for this connection's dialect."""
        return self.prepared.compiled(connection.dialect)


def names_key_type() -> Any:
    return SearchKeyRow.__table__.c.key.type


class SearchService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow
        self._shapes: dict[tuple[tuple[int, ...], int | None], _Shape] = {}

    def search(self, query: str, limit: int | None = DEFAULT_LIMIT) -> SearchResult:
        """Delegates matching every word of ``query``, best first.

        ``limit=None`` lifts the display cap (for exports and tests)."""
        terms = _terms(query)
        if terms is None:
            return SearchResult(hits=(), more=False, too_long=True)
        if not terms:
            return SearchResult(hits=(), more=False)
        rows = self._rows(terms, None if limit is None else limit + 1)
        more = limit is not None and len(rows) > limit
        return SearchResult(hits=_hits(rows[:limit]), more=more)

    def matching_ids(self, query: str) -> frozenset[int] | None:
        """Every delegate the search finds for ``query`` (any prefix of any word,
        in any script), unranked and uncapped: a filter for lists. None when
        the query is longer than any name."""
        terms = _terms(query)
        if terms is None:
            return None
        return frozenset(row[0] for row in self._rows(terms, None)) if terms else frozenset()

    def plan(self, query: str, limit: int | None = DEFAULT_LIMIT) -> tuple[str, Any]:
        """The SQL and driver arguments a search runs, for benchmarks that run
        the same plan on a raw connection."""
        terms = [t[:MAX_ALTERNATIVES] for t in names.query_terms(query)]
        shape = self._shape(terms, None if limit is None else limit + 1)
        with self._uow.connect() as connection:
            compiled = shape.sql(connection)
        return compiled.sql, compiled.arguments(_parameters(terms))

    def _shape(self, terms: Sequence[tuple[str, ...]], cap: int | None) -> _Shape:
        signature = (tuple(len(t) for t in terms), cap)
        shape = self._shapes.get(signature)
        if shape is None:
            shape = self._shapes[signature] = _Shape(*signature)
        return shape

    def _rows(self, terms: Sequence[tuple[str, ...]], cap: int | None) -> list[Any]:
        shape = self._shape(terms, cap)
        parameters = _parameters(terms)
        with self._uow.connect() as connection:
            compiled = shape.sql(connection)
            result = connection.exec_driver_sql(compiled.sql, compiled.arguments(parameters))
            rows = list(result.cursor.fetchall())  # plain tuples, straight from the driver
            result.close()
            return rows


def _terms(query: str) -> list[tuple[str, ...]] | None:
    """The query's words with their spellings; None when it is longer than any name."""
    if len(query) > MAX_QUERY_CHARS:
        return None
    terms = [t[:MAX_ALTERNATIVES] for t in names.query_terms(query)]
    return None if len(terms) > MAX_QUERY_WORDS else terms


def _parameters(terms: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    parameters: dict[str, Any] = {}
    for w, term in enumerate(terms):
        for a, spelling in enumerate(term):
            parameters[f"w{w}a{a}"] = spelling
            parameters[f"w{w}a{a}h"] = names.prefix_upper_bound(spelling)
        parameters[f"w{w}n"] = len(term[0])
    return parameters


def _hits(rows: Sequence[Any]) -> tuple[SearchHit, ...]:
    """The rows as hits, best first, each group of people with the same name
    (the same folded words in the same order) in the place of its best-ranked
    member and marked as namesakes."""
    groups: dict[str, list[Any]] = {}
    for row in rows:
        groups.setdefault(row[11], []).append(row)
    cancelled = RegistrationStatus.CANCELLED.value
    return tuple(
        SearchHit(
            delegate_id=row[0],
            badge_code=row[2],
            display_name=row[3],
            native_name=row[4],
            delegation=row[5],
            category_code=row[6],
            category_label=row[7],
            category_colour=row[8],
            cancelled=row[9] == cancelled,
            checked_in=bool(row[10]),
            exact=row[1] < 8,  # every typed word is a whole word of theirs
            namesakes=len(group) - 1,
        )
        for group in groups.values()
        for row in group
    )
