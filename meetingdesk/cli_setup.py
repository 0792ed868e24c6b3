"""The set-up commands of the command line: the event, its categories, delegations
and sessions, one row at a time, through the same save as the set-up window
(``services.setup``), so the checks and the audit entries are the same."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meetingdesk.domain.values import Desk
    from meetingdesk.services.app import Services
    from meetingdesk.services.setup import SetupError

# How kinds are written on the command line -> the stored value (DelegationKind).
KINDS = {
    "participating-state": "participating_state",
    "partner": "partner_state",
    "international-organisation": "international_organization",
    "ngo": "ngo",
    "osce": "osce_structure",
    "host": "host",
    "media": "media",
}
KIND_NAMES = {value: name for name, value in KINDS.items()}


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 09:30") from None


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day like 2026-12-03") from None


def _kind(text: str) -> str:
    try:
        return KINDS[text]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a kind: one of {', '.join(KINDS)}"
        ) from None


def add_parsers(
    command: Callable[[str, str], argparse.ArgumentParser],
    desk: Any,
    common: list[argparse.ArgumentParser],
) -> None:
    """``command(name, help)`` makes a top-level command; ``desk(parser)`` adds
    --desk and --operator; ``common`` are the parents of every action (--db)."""

    def actions(parser: argparse.ArgumentParser) -> Any:
        sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
        original = sub.add_parser

        def add_parser(name: str, **kwargs: Any) -> argparse.ArgumentParser:
            return original(name, parents=common, description=kwargs.get("help"), **kwargs)

        sub.add_parser = add_parser  # type: ignore[method-assign]
        return sub

    p = command("event", "show the event")
    sub = actions(p)
    sub.add_parser("show", help="the event's details, one per line")

    p = command("category", "add, edit, remove or list the categories of delegates")
    sub = actions(p)
    add = sub.add_parser("add", help="add a category")
    add.add_argument("code", metavar="CODE")
    add.add_argument("--label", required=True)
    add.add_argument("--colour", default="#455A64", help="#RRGGBB (default #455A64)")
    add.add_argument("--badge-label", default="", help="the label as printed on badges")
    add.add_argument("--id-check", action="store_true", help="check an identity document")
    desk(add)
    edit = sub.add_parser("edit", help="change a category")
    edit.add_argument("code", metavar="CODE")
    edit.add_argument("--code", dest="new_code", metavar="NEW")
    edit.add_argument("--label")
    edit.add_argument("--colour")
    edit.add_argument("--badge-label")
    edit.add_argument("--id-check", action=argparse.BooleanOptionalAction, default=None)
    desk(edit)
    remove = sub.add_parser("remove", help="remove a category nobody is in")
    remove.add_argument("code", metavar="CODE")
    desk(remove)
    sub.add_parser("list", help="code, label, colour, identity check, badge label")

    kinds = "|".join(KINDS)
    p = command("delegation", "add, edit, remove or list the delegations")
    sub = actions(p)
    add = sub.add_parser("add", help="add a delegation")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", required=True, type=_kind, metavar=kinds)
    add.add_argument("--country", default="", metavar="ISO2", help="ISO 3166 code, e.g. ES")
    add.add_argument("--name-en", default="", help="English protocol name (default: NAME)")
    add.add_argument("--name-fr", default="", help="French protocol name")
    desk(add)
    edit = sub.add_parser("edit", help="change a delegation")
    edit.add_argument("name", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEW")
    edit.add_argument("--kind", type=_kind, metavar=kinds)
    edit.add_argument("--country", metavar="ISO2")
    edit.add_argument("--name-en")
    edit.add_argument("--name-fr")
    desk(edit)
    remove = sub.add_parser("remove", help="remove a delegation nobody is in")
    remove.add_argument("name", metavar="NAME")
    desk(remove)
    sub.add_parser("list", help="name, kind, country, English and French names")

    p = command("session", "add, edit or remove a session of the meeting")
    sub = actions(p)
    add = sub.add_parser("add", help="add a session")
    add.add_argument("title", metavar="TITLE")
    add.add_argument("--day", required=True, type=_day, metavar="YYYY-MM-DD")
    add.add_argument("--start", required=True, type=_time, metavar="HH:MM")
    add.add_argument("--end", required=True, type=_time, metavar="HH:MM")
    add.add_argument("--room", default="")
    desk(add)
    edit = sub.add_parser("edit", help="change a session (its id: see 'sessions')")
    edit.add_argument("id", metavar="ID", type=int)
    edit.add_argument("--title")
    edit.add_argument("--day", type=_day, metavar="YYYY-MM-DD")
    edit.add_argument("--start", type=_time, metavar="HH:MM")
    edit.add_argument("--end", type=_time, metavar="HH:MM")
    edit.add_argument("--room")
    desk(edit)
    remove = sub.add_parser("remove", help="remove a session nobody attended")
    remove.add_argument("id", metavar="ID", type=int)
    desk(remove)


def where(error: SetupError) -> str:
    """ "category DEL: colour" for a line on the command line."""
    return f"{error.section.value}: {error.field}"


def run(args: argparse.Namespace, services: Services, desk: Desk | None) -> int:
    """Run an event/category/delegation/session command; return the exit status."""
    from meetingdesk.domain.values import Desk

    if args.command == "event":
        event = services.setup.event()
        for label, value in (
            ("title", event.title),
            ("venue", event.venue),
            ("city", event.city),
            ("organiser", event.organiser),
            ("start", event.start_date.isoformat()),
            ("end", event.end_date.isoformat()),
            ("time zone", event.time_zone),
            ("badge language", event.badge_language),
            ("doors need a check-in", "yes" if event.attendance_requires_checkin else "no"),
        ):
            print(f"{label}\t{value}")
        return 0
    desk = desk or Desk("Set-up", "organiser")
    action = {"category": _category, "delegation": _delegation, "session": _session}
    return action[args.command](args, services, desk)


def _category(args: argparse.Namespace, services: Services, desk: Desk) -> int:
    from meetingdesk.services.setup import (
        CategoryValues,
        Problem,
        Section,
        SetupChanges,
        SetupError,
    )

    setup = services.setup
    snapshot = setup.snapshot()
    if args.action == "list":
        for listed in snapshot.categories:
            v = listed.values
            check = "id-check" if v.requires_id_check else ""
            print("\t".join((v.code, v.label, v.colour, check, v.badge_label)))
        return 0
    if args.action == "add":
        setup.add_category(
            args.code, args.label, args.colour, args.id_check, args.badge_label, desk
        )
        print(f"category {args.code.strip().upper()} added")
        return 0
    row = next((r for r in snapshot.categories if r.values.code == args.code.upper()), None)
    if row is None or row.id is None:
        raise SetupError(Section.CATEGORIES, None, "code", Problem.NOT_FOUND, value=args.code)
    if args.action == "remove":
        setup.save(SetupChanges(remove_categories=[row.id]), desk)
        print(f"category {row.values.code} removed")
        return 0
    old = row.values
    new = CategoryValues(
        args.new_code or old.code,
        old.label if args.label is None else args.label,
        args.colour or old.colour,
        old.requires_id_check if args.id_check is None else args.id_check,
        old.badge_label if args.badge_label is None else args.badge_label,
    )
    report = setup.save(SetupChanges(categories=[replace(row, values=new)]), desk)
    print(f"category {new.code.strip().upper()} {'saved' if report.changed else 'unchanged'}")
    return 0


def _delegation(args: argparse.Namespace, services: Services, desk: Desk) -> int:
    from meetingdesk.domain.model import DelegationKind
    from meetingdesk.services.setup import (
        DelegationValues,
        Problem,
        Section,
        SetupChanges,
        SetupError,
    )

    setup = services.setup
    snapshot = setup.snapshot()
    if args.action == "list":
        for listed in snapshot.delegations:
            v = listed.values
            kind = KIND_NAMES[v.kind.value]
            print("\t".join((v.name, kind, v.country_code, v.name_en or v.name, v.name_fr)))
        return 0
    if args.action == "add":
        setup.add_delegation(
            args.name, DelegationKind(args.kind), args.country, args.name_en, args.name_fr, desk
        )
        print(f"delegation {args.name.strip()} added")
        return 0
    wanted = args.name.strip().casefold()
    row = next((r for r in snapshot.delegations if r.values.name.casefold() == wanted), None)
    if row is None or row.id is None:
        raise SetupError(Section.DELEGATIONS, None, "name", Problem.NOT_FOUND, value=args.name)
    if args.action == "remove":
        setup.save(SetupChanges(remove_delegations=[row.id]), desk)
        print(f"delegation {row.values.name} removed")
        return 0
    old = row.values
    new = DelegationValues(
        args.new_name or old.name,
        DelegationKind(args.kind) if args.kind else old.kind,
        old.country_code if args.country is None else args.country,
        old.name_en if args.name_en is None else args.name_en,
        old.name_fr if args.name_fr is None else args.name_fr,
    )
    report = setup.save(SetupChanges(delegations=[replace(row, values=new)]), desk)
    print(f"delegation {new.name.strip()} {'saved' if report.changed else 'unchanged'}")
    return 0


def _session(args: argparse.Namespace, services: Services, desk: Desk) -> int:
    from meetingdesk.services.setup import (
        Problem,
        Row,
        Section,
        SessionValues,
        SetupChanges,
        SetupError,
    )

    setup = services.setup
    if args.action == "add":
        values = SessionValues(args.title, args.room, args.day, args.start, args.end)
        report = setup.save(SetupChanges(sessions=[Row(None, values)]), desk)
        print(f"session {report.added[Section.SESSIONS][0]} added: {args.title.strip()}")
        return 0
    row = next((r for r in setup.snapshot().sessions if r.id == args.id), None)
    if row is None:
        raise SetupError(Section.SESSIONS, None, "id", Problem.NOT_FOUND, value=str(args.id))
    if args.action == "remove":
        setup.save(SetupChanges(remove_sessions=[args.id]), desk)
        print(f"session {args.id} removed")
        return 0
    old = row.values
    new = SessionValues(
        old.title if args.title is None else args.title,
        old.room if args.room is None else args.room,
        args.day or old.day,
        args.start or old.start,
        args.end or old.end,
    )
    report = setup.save(SetupChanges(sessions=[replace(row, values=new)]), desk)
    print(f"session {args.id} {'saved' if report.changed else 'unchanged'}")
    return 0
