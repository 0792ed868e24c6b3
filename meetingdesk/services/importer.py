"""Importing delegate lists: map the columns, validate everything, preview, then
write all of it in one transaction, or nothing.

Re-importing a changed list updates the delegates it matches (same e-mail, or
same name in the same delegation) instead of adding them twice; the preview says
what will be added, what will change, and who in those delegations the new list
leaves out (they are reported, never deleted). An empty cell leaves the stored
value as it is unless clearing was asked for (``empty_clears``), and the preview
lists what would be cleared. A name matches only the same person's: two names
that fold to the same Latin words but differ in their own script (常洋, 常阳),
or two different e-mail addresses, are two people.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from meetingdesk.db.bulk import bulk_insert
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain import names
from meetingdesk.domain.errors import MeetingdeskError, ValidationError
from meetingdesk.domain.model import (
    Category,
    Delegate,
    Delegation,
    ImportMapping,
    RegistrationStatus,
    SearchField,
    SearchKeyRow,
    table_of,
)
from meetingdesk.domain.values import Desk
from meetingdesk.services import audit, codes
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.registry import EMAIL
from meetingdesk.services.search import KEY_LENGTH, KEYED_COLUMNS, key_rows
from meetingdesk.services.spreadsheet import Table, read_limited, read_table_bytes

log = logging.getLogger("meetingdesk.import")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    headers: tuple[str, ...]  # recognised headers, English, Spanish, French
    max_length: int = 300


FIELDS: dict[str, FieldSpec] = {
    f.name: f
    for f in (
        FieldSpec(
            "honorific",
            "Honorific",
            ("title", "honorific", "salutation", "tratamiento", "titulo", "civilite", "titre"),
            40,
        ),
        FieldSpec(
            "given_name",
            "Given name",
            (
                "given name",
                "given names",
                "first name",
                "firstname",
                "forename",
                "nombre",
                "nombres",
                "prenom",
                "prenoms",
            ),
            150,
        ),
        FieldSpec(
            "family_name",
            "Family name",
            (
                "family name",
                "last name",
                "lastname",
                "surname",
                "apellidos",
                "apellido",
                "nom",
                "nom de famille",
            ),
            150,
        ),
        FieldSpec(
            "badge_name",
            "Name on the badge",
            ("badge name", "name on badge", "nombre en la acreditacion", "nom sur le badge"),
        ),
        FieldSpec(
            "native_name",
            "Name in native script",
            ("native name", "name in native script", "nombre original", "nom original"),
        ),
        FieldSpec(
            "function",
            "Function",
            ("function", "position", "job title", "cargo", "puesto", "fonction", "poste"),
        ),
        FieldSpec(
            "delegation",
            "Delegation",
            (
                "delegation",
                "country",
                "organisation",
                "organization",
                "delegacion",
                "pais",
                "organizacion",
                "pays",
                "organisme",
            ),
            200,
        ),
        FieldSpec("category", "Category", ("category", "categoria", "categorie"), 120),
        FieldSpec(
            "head_of_delegation",
            "Head of delegation",
            ("head of delegation", "hod", "jefe de delegacion", "chef de delegation"),
            10,
        ),
        FieldSpec(
            "email",
            "E-mail",
            (
                "email",
                "e mail",
                "mail",
                "email address",
                "correo electronico",
                "correo",
                "courriel",
                "adresse electronique",
                "adresse e mail",
            ),
            254,
        ),
        FieldSpec(
            "phone",
            "Phone",
            ("phone", "telephone", "mobile", "telefono", "movil", "tel", "portable"),
            40,
        ),
        FieldSpec(
            "notes",
            "Notes",
            ("notes", "remarks", "comments", "observaciones", "remarques", "commentaires"),
            2000,
        ),
    )
}
# Written to the delegate as they are (after trimming); the rest are looked up.
TEXT_FIELDS = (
    "honorific",
    "given_name",
    "family_name",
    "badge_name",
    "native_name",
    "function",
    "email",
    "phone",
    "notes",
)
# Characters no name, function or e-mail address holds: C0 and C1 controls (but
# tab and line breaks, which fold to spaces), DEL, and byte-order marks inside.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
YES = {"yes", "y", "si", "oui", "x", "1", "true", "verdadero", "vrai"}
NO = {"no", "n", "non", "0", "false", "falso", "faux", ""}


def header_key(header: str) -> str:
    """Headers compared without case, accents or punctuation (Correo electrónico)."""
    return " ".join(names.words(header))


_SYNONYMS = {header_key(h): f.name for f in FIELDS.values() for h in f.headers}


class RowProblem(enum.Enum):
    """What is wrong with a list or one of its rows, for a window to word (its
    facts given in the order its sentence names them; the message beside it is
    the command line's English)."""

    NO_FAMILY_COLUMN = "no_family_column"
    NO_DELEGATION_COLUMN = "no_delegation_column"
    NO_CATEGORY_COLUMN = "no_category_column"
    SAME_EMAIL = "same_email"  # facts: other_line
    SAME_NAME = "same_name"  # facts: other_line
    NAMESAKES = "namesakes"  # facts: count, who
    EMAIL_AND_NAME_DIFFER = "email_and_name_differ"  # facts: by_email, by_name
    CONTROL_CHARACTER = "control_character"  # facts: code
    TOO_LONG = "too_long"  # facts: limit
    NO_FAMILY_NAME = "no_family_name"
    NOT_AN_EMAIL = "not_an_email"  # facts: value
    NOT_YES_OR_NO = "not_yes_or_no"  # facts: value
    UNKNOWN_DELEGATION = "unknown_delegation"  # facts: value
    NO_DELEGATION = "no_delegation"
    UNKNOWN_CATEGORY = "unknown_category"  # facts: value
    NO_CATEGORY = "no_category"


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None
    column: str | None
    message: str
    kind: RowProblem | None = None
    facts: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ImportRefused(MeetingdeskError):
    """The list has problems and nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the list; nothing was imported")
        self.problems = list(problems)


@dataclass
class Incoming:
    line: int
    values: dict[str, Any]  # field -> cleaned value (delegation_id, category_id resolved)


@dataclass
class Change:
    line: int
    delegate_id: int
    name: str
    fields: dict[str, tuple[Any, Any]]  # field -> (old, new)

    @property
    def cleared(self) -> list[str]:
        """The fields this change empties (only with ``empty_clears``)."""
        return [f for f, (old, new) in self.fields.items() if old and not new]


@dataclass
class ImportPlan:
    table: Table
    mapping: dict[int, str]  # column index -> field
    digest: str
    adds: list[Incoming] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # lines
    left_out: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, delegation
    problems: list[Problem] = field(default_factory=list)
    bad_lines: set[int] = field(default_factory=set)
    empty_clears: bool = False

    @property
    def ignored_columns(self) -> list[str]:
        return [
            self.table.column_name(i)
            for i in range(len(self.table.headers))
            if i not in self.mapping
        ]

    def summary(self) -> str:
        parts = [
            f"{len(self.adds)} to add",
            f"{len(self.changes)} to update",
            f"{len(self.unchanged)} unchanged",
        ]
        cleared = sum(len(c.cleared) for c in self.changes)
        if cleared:
            parts.append(f"{cleared} stored value(s) to clear")
        if self.left_out:
            parts.append(f"{len(self.left_out)} in these delegations not on the list (kept)")
        if self.problems:
            parts.append(f"{len(self.problems)} problem(s) on {len(self.bad_lines)} line(s)")
        return ", ".join(parts)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    skipped_lines: int


@dataclass
class _Existing:
    id: int
    email: str | None
    name_key: tuple[str, ...]
    delegation_id: int
    values: dict[str, Any]
    status: RegistrationStatus
    display: str

    def is_named(self, given: str, family: str) -> bool:
        return names.same_name(self.values["given_name"], self.values["family_name"], given, family)


_EXISTING_COLUMNS = (
    "id",
    "status",
    "delegation_id",
    "category_id",
    "head_of_delegation",
    *TEXT_FIELDS,
)
_CHUNK = 5_000  # values per IN list: under every engine's limit on parameters


class _Lookups:
    """The registered delegates a list may be about, found by indexed lookups of
    the list's own e-mail addresses and name words: the plan's cost follows the
    file, not the event."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def candidates(self, emails: set[str], words: set[str]) -> list[_Existing]:
        """Everyone whose e-mail is one of ``emails`` (any case) or who has one
        of ``words`` among the words of a name."""
        ids: set[int] = set()
        spellings = sorted({v for e in emails for v in (e, e.lower(), e.upper())})
        for chunk in _chunks(spellings):
            ids.update(
                self.db.execute(
                    select(Delegate.id).where(func.lower(Delegate.email).in_(chunk))
                ).scalars()
            )
        for chunk in _chunks(sorted(words)):
            ids.update(
                self.db.execute(
                    select(SearchKeyRow.delegate_id)
                    .where(SearchKeyRow.key.in_(chunk))
                    .where(SearchKeyRow.field.in_([SearchField.FAMILY, SearchField.GIVEN]))
                ).scalars()
            )
        found: list[_Existing] = []
        columns = [getattr(Delegate, c) for c in _EXISTING_COLUMNS]
        for chunk in _chunks(sorted(ids)):
            for r in self.db.execute(select(*columns).where(Delegate.id.in_(chunk))):
                found.append(_existing(r))
        return found

    def registered(self, delegations: set[int]) -> list[tuple[int, str, int]]:
        """(id, badge name, delegation) of the registered delegates of these
        delegations: who a list of theirs may have left out."""
        rows = self.db.execute(
            select(Delegate.id, Delegate.badge_name, Delegate.delegation_id)
            .where(Delegate.delegation_id.in_(sorted(delegations)))
            .where(Delegate.status == RegistrationStatus.REGISTERED)
            .order_by(Delegate.id)
        )
        return [(r.id, r.badge_name, r.delegation_id) for r in rows]


def _existing(r: Any) -> _Existing:
    return _Existing(
        r.id,
        (r.email or "").casefold() or None,
        names.identity_key(r.given_name, r.family_name),
        r.delegation_id,
        {
            **{f: getattr(r, f) for f in TEXT_FIELDS},
            "head_of_delegation": r.head_of_delegation,
            "delegation_id": r.delegation_id,
            "category_id": r.category_id,
        },
        r.status,
        r.badge_name,
    )


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock

    # --- mapping ------------------------------------------------------------------

    def remembered(self) -> dict[str, str]:
        with self._uow.read() as uow:
            return dict(uow.db.execute(select(ImportMapping.header, ImportMapping.field)).all())

    def suggest(self, table: Table) -> dict[int, str]:
        """Column index -> field: what was chosen before for this header, else a
        recognised header name (English, Spanish, French)."""
        remembered = self.remembered()
        mapping: dict[int, str] = {}
        for index, header in enumerate(table.headers):
            key = header_key(header)
            chosen = remembered.get(key) or _SYNONYMS.get(key)
            if chosen and chosen in FIELDS and chosen not in mapping.values():
                mapping[index] = chosen
        return mapping

    @staticmethod
    def apply_overrides(
        table: Table, mapping: dict[int, str], overrides: Mapping[str, str]
    ) -> dict[int, str]:
        """``HEADER=FIELD`` choices of the person importing (FIELD "-" ignores a column)."""
        result = dict(mapping)
        keys = {header_key(h): i for i, h in enumerate(table.headers)}
        for header, target in overrides.items():
            index = keys.get(header_key(header))
            if index is None:
                raise ValidationError("map", f"the file has no column {header!r}")
            if target in ("-", ""):
                result.pop(index, None)
                continue
            if target not in FIELDS:
                raise ValidationError(
                    "map", f"unknown field {target!r}: one of " + ", ".join(FIELDS)
                )
            for other, name in list(result.items()):
                if name == target and other != index:
                    del result[other]
            result[index] = target
        return result

    def remember(self, table: Table, mapping: Mapping[int, str]) -> None:
        with self._uow.write() as uow:
            for index, target in mapping.items():
                key = header_key(table.headers[index])
                row = uow.db.get(ImportMapping, key)
                if row is None:
                    uow.db.add(ImportMapping(header=key, field=target))
                else:
                    row.field = target
            uow.commit()

    # --- validation and preview ------------------------------------------------------

    def plan(
        self,
        data: bytes,
        source: str,
        mapping: Mapping[int, str] | None = None,
        *,
        overrides: Mapping[str, str] | None = None,
        default_delegation: str | None = None,
        default_category: str | None = None,
        progress: Callable[[int, int | None], None] | None = None,
        empty_clears: bool = False,
    ) -> ImportPlan:
        """Check every row and work out what importing would do. ``empty_clears``:
        an empty cell empties the stored value (otherwise it keeps it)."""
        table = read_table_bytes(data, source)
        chosen = dict(mapping) if mapping is not None else self.suggest(table)
        if overrides:
            chosen = self.apply_overrides(table, chosen, overrides)
        plan = ImportPlan(
            table, chosen, hashlib.sha256(data).hexdigest(), empty_clears=empty_clears
        )
        with self._uow.read() as uow:
            db = uow.db
            delegations = {
                r.id: r
                for r in db.execute(select(Delegation.id, Delegation.name, Delegation.country_code))
            }
            categories = {
                r.id: r for r in db.execute(select(Category.id, Category.code, Category.label))
            }
            _Validator(
                plan,
                delegations,
                categories,
                _Lookups(db),
                default_delegation,
                default_category,
            ).run(progress)
        return plan

    # --- writing ---------------------------------------------------------------------

    def apply(self, plan: ImportPlan, desk: Desk, *, skip_invalid: bool = False) -> ImportResult:
        """Write the plan in one transaction; refuse a list with problems unless
        the bad lines are to be skipped."""
        if plan.problems and not skip_invalid:
            raise ImportRefused(plan.problems)
        adds = [a for a in plan.adds if a.line not in plan.bad_lines]
        changes = [c for c in plan.changes if c.line not in plan.bad_lines]
        now = self._clock()
        with self._uow.write() as uow:
            db = uow.db
            delegation_names = dict(db.execute(select(Delegation.id, Delegation.name)).all())
            used = set(db.execute(select(Delegate.badge_code)).scalars())
            fresh = codes.new_codes(len(adds), used)
            rows = []
            for incoming, code in zip(adds, fresh, strict=True):
                values = incoming.values
                rows.append(
                    {
                        **{
                            f: values.get(f)
                            or ("" if f not in ("native_name", "email", "phone") else None)
                            for f in TEXT_FIELDS
                        },
                        "badge_name": values.get("badge_name")
                        or f"{values.get('given_name', '')} {values['family_name']}".strip(),
                        "delegation_id": values["delegation_id"],
                        "category_id": values["category_id"],
                        "head_of_delegation": bool(values.get("head_of_delegation")),
                        "status": RegistrationStatus.REGISTERED,
                        "badge_code": code,
                        "badge_generation": 1,
                        "sort_name": names.sort_key(
                            f"{values['family_name']} {values.get('given_name', '')}"
                        )[:300],
                        "updated_at": now,
                    }
                )
            new_ids = insert_delegates(db, rows)
            for change in changes:
                new_values = {f: new for f, (_, new) in change.fields.items()}
                if "family_name" in new_values or "given_name" in new_values:
                    current = db.execute(
                        select(Delegate.given_name, Delegate.family_name).where(
                            Delegate.id == change.delegate_id
                        )
                    ).one()
                    given = new_values.get("given_name", current.given_name)
                    family = new_values.get("family_name", current.family_name)
                    new_values["sort_name"] = names.sort_key(f"{family} {given}")[:300]
                new_values["updated_at"] = now
                db.execute(
                    update(Delegate).where(Delegate.id == change.delegate_id).values(**new_values)
                )
            changed_ids = [c.delegate_id for c in changes]
            for chunk in _chunks(changed_ids):
                db.execute(delete(SearchKeyRow).where(SearchKeyRow.delegate_id.in_(chunk)))
            keys = key_rows(
                (delegate_id, row, delegation_names[row["delegation_id"]])
                for delegate_id, row in zip(new_ids, rows, strict=True)
            )
            for chunk in _chunks(changed_ids):  # names may have changed
                changed_rows = db.execute(
                    select(*KEYED_COLUMNS).where(Delegate.id.in_(chunk))
                ).all()
                keys.extend(
                    key_rows(
                        (r.id, r._mapping, delegation_names[r.delegation_id]) for r in changed_rows
                    )
                )
            if keys:
                bulk_insert(db, table_of(SearchKeyRow), keys)
            audit.append(
                db,
                desk,
                "delegates.imported",
                now,
                file=Path(plan.table.source).name,
                sha256=plan.digest,
                added=len(new_ids),
                updated=len(changes),
                skipped_lines=sorted(plan.bad_lines)[:1000],
            )
            uow.commit()
        log.info(
            "desk=%s imported %s: %d added, %d updated, %d lines skipped",
            desk.name,
            Path(plan.table.source).name,
            len(new_ids),
            len(changes),
            len(plan.bad_lines),
        )
        return ImportResult(len(new_ids), len(changes), len(plan.unchanged), len(plan.bad_lines))


def insert_delegates(db: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert many delegates fast; return their ids in the order of ``rows``.

    A plain executemany, then the ids looked up by the (unique, freshly made)
    badge codes: RETURNING in a guaranteed order makes SQLAlchemy insert row by
    row on SQLite, and the ORM's bulk path costs more than the database."""
    if not rows:
        return []
    table = table_of(Delegate)
    bulk_insert(db, table, rows)
    ids: dict[str, int] = {}
    wanted = [row["badge_code"] for row in rows]
    for chunk in _chunks(wanted):
        ids.update(
            (code, delegate_id)
            for delegate_id, code in db.execute(
                select(table.c.id, table.c.badge_code).where(table.c.badge_code.in_(chunk))
            )
        )
    return [ids[code] for code in wanted]


class _Validator:
    """Checks every row, collecting every problem; fills the plan."""

    def __init__(
        self,
        plan: ImportPlan,
        delegations: dict[int, Any],
        categories: dict[int, Any],
        lookups: _Lookups,
        default_delegation: str | None,
        default_category: str | None,
    ) -> None:
        self.plan = plan
        self.table = plan.table
        self.columns = {target: index for index, target in plan.mapping.items()}
        self.delegation_by_key: dict[str, int] = {}
        for d in delegations.values():
            self.delegation_by_key[header_key(d.name)] = d.id
            if d.country_code:
                self.delegation_by_key.setdefault(d.country_code.casefold(), d.id)
        self.delegation_names = {d.id: d.name for d in delegations.values()}
        self.category_by_key: dict[str, int] = {}
        for c in categories.values():
            self.category_by_key[c.code.casefold()] = c.id
            self.category_by_key[header_key(c.label)] = c.id
        self.lookups = lookups
        self.by_email: dict[str, _Existing] = {}
        self.by_name: dict[tuple[tuple[str, ...], int], list[_Existing]] = {}
        self.default_delegation = self._default(
            default_delegation, self.delegation_by_key, "delegation"
        )
        self.default_category = self._default(default_category, self.category_by_key, "category")

    def _default(self, text: str | None, index: dict[str, int], what: str) -> int | None:
        if text is None:
            return None
        found = index.get(header_key(text)) or index.get(text.casefold())
        if found is None:
            raise ValidationError(what, f"there is no {what} {text!r}")
        return found

    def problem(
        self,
        line: int | None,
        column_field: str | None,
        message: str,
        kind: RowProblem,
        **facts: Any,
    ) -> None:
        column = None
        if column_field is not None and column_field in self.columns:
            column = self.table.column_name(self.columns[column_field])
        self.plan.problems.append(Problem(line, column, message, kind, tuple(facts.items())))
        if line is not None:
            self.plan.bad_lines.add(line)

    def run(self, progress: Callable[[int, int | None], None] | None) -> None:
        plan = self.plan
        if "family_name" not in self.columns:
            self.problem(
                None, None, "no column is mapped to the family name", RowProblem.NO_FAMILY_COLUMN
            )
        if "delegation" not in self.columns and self.default_delegation is None:
            self.problem(
                None,
                None,
                "no column is mapped to the delegation, and no default delegation was given",
                RowProblem.NO_DELEGATION_COLUMN,
            )
        if "category" not in self.columns and self.default_category is None:
            self.problem(
                None,
                None,
                "no column is mapped to the category, and no default category was given",
                RowProblem.NO_CATEGORY_COLUMN,
            )
        if plan.problems:
            return
        total = len(self.table.rows)
        parsed: list[tuple[int, dict[str, Any], tuple[tuple[str, ...], int]]] = []
        for number, row in enumerate(self.table.rows, start=1):
            values = self._row_values(row.line, row.values)
            if progress is not None and number % 500 == 0:
                progress(number, total)
            if values is not None:
                given, family = values.get("given_name", ""), values["family_name"]
                key = names.identity_key(given, family)
                parsed.append((row.line, values, (key, values["delegation_id"])))
        # Who the list may be about: each row's longest name word is enough to
        # find a namesake (a match has every word), and its e-mail address.
        emails = {v["email"].casefold() for _, v, _ in parsed if v.get("email")}
        words = {max(key, key=len)[:KEY_LENGTH] for _, _, (key, _) in parsed if key}
        for e in self.lookups.candidates(emails, words):
            if e.email:
                self.by_email[e.email] = e
            self.by_name.setdefault((e.name_key, e.delegation_id), []).append(e)
        seen_email: dict[str, int] = {}
        seen_name: dict[tuple[tuple[str, ...], int], list[tuple[int, str, str, str | None]]] = {}
        matched: set[int] = set()
        covered: set[int] = set()
        for line, values, identity in parsed:
            covered.add(values["delegation_id"])
            email = (values.get("email") or "").casefold() or None
            given, family = values.get("given_name", ""), values["family_name"]
            if email and email in seen_email:
                self.problem(
                    line,
                    "email",
                    f"the same person as line {seen_email[email]} (same e-mail address)",
                    RowProblem.SAME_EMAIL,
                    other_line=seen_email[email],
                )
                continue
            # Namesakes with different e-mail addresses are two people.
            twin = next(
                (
                    line
                    for line, other_given, other_family, other_email in seen_name.get(identity, [])
                    if names.same_name(other_given, other_family, given, family)
                    and not (email and other_email and email != other_email)
                ),
                None,
            )
            if twin is not None:
                self.problem(
                    line,
                    "family_name",
                    f"the same person as line {twin} (same name and delegation)",
                    RowProblem.SAME_NAME,
                    other_line=twin,
                )
                continue
            if email:
                seen_email[email] = line
            seen_name.setdefault(identity, []).append((line, given, family, email))
            by_email = self.by_email.get(email) if email else None
            namesakes = [
                e
                for e in self.by_name.get(identity, [])
                if e.is_named(given, family) and not (email and e.email and e.email != email)
            ]
            if len(namesakes) > 1 and by_email is None:
                who = "; ".join(f"{e.display} ({e.email or 'no e-mail'})" for e in namesakes)
                self.problem(
                    line,
                    "family_name",
                    f"the name matches {len(namesakes)} registered delegates ({who}):"
                    " give the e-mail address to say which",
                    RowProblem.NAMESAKES,
                    count=len(namesakes),
                    who=who,
                )
                continue
            by_name = namesakes[0] if namesakes else None
            if by_email and by_name and by_email.id != by_name.id:
                self.problem(
                    line,
                    "email",
                    f"the e-mail address belongs to"
                    f" {by_email.display} but the name to {by_name.display}: correct"
                    " the row or the registered delegates",
                    RowProblem.EMAIL_AND_NAME_DIFFER,
                    by_email=by_email.display,
                    by_name=by_name.display,
                )
                continue
            match = by_email or by_name
            if match is None:
                plan.adds.append(Incoming(line, values))
                continue
            matched.add(match.id)
            diff = {
                f: (match.values.get(f), v)
                for f, v in values.items()
                if f in match.values
                and (match.values.get(f) or None) != (v or None)
                and (v not in (None, "") or self.plan.empty_clears)
            }
            if diff:
                plan.changes.append(Change(line, match.id, match.display, diff))
            else:
                plan.unchanged.append(line)
        order = {name: i for i, name in enumerate(self.table.headers)}

        def position(p: Problem) -> tuple[int, int]:
            header = p.column.split(" (", 1)[1][:-1] if p.column else ""
            return (p.line or 0, order.get(header, -1))

        plan.problems.sort(key=position)
        plan.left_out = [
            (id_, display, self.delegation_names[delegation])
            for id_, display, delegation in self.lookups.registered(covered)
            if id_ not in matched
        ]

    def _row_values(self, line: int, cells: Sequence[str]) -> dict[str, Any] | None:
        problems_before = len(self.plan.problems)
        values: dict[str, Any] = {}
        for target, index in self.columns.items():
            control = CONTROL.search(cells[index])
            if control is not None:  # before folding spaces: split() eats some of them
                code = f"U+{ord(control.group()):04X}"
                self.problem(
                    line,
                    target,
                    f"a control character ({code}) in the text:"
                    " remove it (it prints as nothing, or garbles a terminal)",
                    RowProblem.CONTROL_CHARACTER,
                    code=code,
                )
                continue
            text = unicodedata.normalize("NFC", " ".join(cells[index].split()))
            spec = FIELDS[target]
            if len(text) > spec.max_length:
                self.problem(
                    line,
                    target,
                    f"longer than {spec.max_length} characters",
                    RowProblem.TOO_LONG,
                    limit=spec.max_length,
                )
                continue
            values[target] = text
        if not values.get("family_name"):
            self.problem(
                line, "family_name", "the family name is missing", RowProblem.NO_FAMILY_NAME
            )
        email = values.get("email")
        if email and not EMAIL.match(email):
            self.problem(
                line,
                "email",
                f"{email!r} is not an e-mail address",
                RowProblem.NOT_AN_EMAIL,
                value=email,
            )
        if "head_of_delegation" in values:
            answer = header_key(values["head_of_delegation"])
            if answer not in YES | NO:
                self.problem(
                    line,
                    "head_of_delegation",
                    f"{values['head_of_delegation']!r}: write yes or no",
                    RowProblem.NOT_YES_OR_NO,
                    value=values["head_of_delegation"],
                )
            # An empty cell says nothing (the stored answer stays) unless empty
            # cells clear, which for a yes/no answer means no.
            if answer or self.plan.empty_clears:
                values["head_of_delegation"] = answer in YES
            else:
                values["head_of_delegation"] = None
        delegation = values.pop("delegation", "")
        if delegation:
            found = self.delegation_by_key.get(
                header_key(delegation)
            ) or self.delegation_by_key.get(delegation.casefold())
            if found is None:
                self.problem(
                    line,
                    "delegation",
                    f"unknown delegation {delegation!r}",
                    RowProblem.UNKNOWN_DELEGATION,
                    value=delegation,
                )
            values["delegation_id"] = found
        elif self.default_delegation is not None:
            values["delegation_id"] = self.default_delegation
        else:
            self.problem(line, "delegation", "the delegation is missing", RowProblem.NO_DELEGATION)
        category = values.pop("category", "")
        if category:
            found = self.category_by_key.get(header_key(category)) or self.category_by_key.get(
                category.casefold()
            )
            if found is None:
                self.problem(
                    line,
                    "category",
                    f"unknown category {category!r}",
                    RowProblem.UNKNOWN_CATEGORY,
                    value=category,
                )
            values["category_id"] = found
        elif self.default_category is not None:
            values["category_id"] = self.default_category
        else:
            self.problem(line, "category", "the category is missing", RowProblem.NO_CATEGORY)
        for optional in ("native_name", "email", "phone"):
            if optional in values and not values[optional]:
                values[optional] = None
        return None if len(self.plan.problems) > problems_before else values


def read_file(path: Path) -> bytes:
    """The list's bytes, read no further than any list can be long."""
    return read_limited(path)


def problems_text(source: str, problems: Iterable[Problem]) -> list[str]:
    return [f"{source}: {p}" for p in problems]
