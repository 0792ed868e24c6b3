"""The command line: the same services as the desk window, one clear line each.

Exit status: 0 done, 1 error (database unavailable, ...), 2 usage error,
3 already done, 4 refused (cancelled, revoked, forged), 5 not found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import re
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from meetingdesk import __version__, cli_setup
from meetingdesk.config import ENV_DB, default_database
from meetingdesk.domain.errors import (
    Ambiguous,
    AuditChainBroken,
    BadInput,
    CheckpointRefused,
    MeetingdeskError,
    NotFound,
    ValidationError,
)
from meetingdesk.domain.values import ActionResult, Desk, IdCheck, Outcome
from meetingdesk.files import OutputRefused
from meetingdesk.log import configure

EXIT_DONE = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_ALREADY = 3
EXIT_REFUSED = 4
EXIT_NOT_FOUND = 5

EXIT_FOR = {
    Outcome.DONE: EXIT_DONE,
    Outcome.ALREADY: EXIT_ALREADY,
    Outcome.REFUSED: EXIT_REFUSED,
    Outcome.NOT_FOUND: EXIT_NOT_FOUND,
}

EPILOG = f"""\
exit status: 0 done, 1 error, 2 usage error, 3 already done,
  4 refused (registration cancelled, badge revoked, forged code), 5 not found.
database: --db PATH (an SQLite file) or --db postgresql+psycopg://user@host/name;
  default: ${ENV_DB}, else meetingdesk.sqlite3 in the user's data folder."""


def _desk_defaults(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--desk",
        default=os.environ.get("MEETINGDESK_DESK") or socket.gethostname(),
        help="name of this desk (default: $MEETINGDESK_DESK or the host name)",
    )
    parser.add_argument(
        "--operator",
        default=os.environ.get("MEETINGDESK_OPERATOR") or getpass.getuser(),
        help="who is at the desk (default: $MEETINGDESK_OPERATOR or the login name)",
    )


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the event's badge passphrase, read from FILE (else $MEETINGDESK_PASSPHRASE,"
        " else asked for when a terminal is there to ask)",
    )


def passphrase(args: argparse.Namespace, *, twice: bool = False) -> str:
    """The badge passphrase: from --passphrase-file, the environment, or the terminal."""
    from meetingdesk.services.keys import ENV_PASSPHRASE

    given: Path | None = getattr(args, "passphrase_file", None)
    if given is not None:
        try:
            return given.read_text("utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("--passphrase-file", f"{given}: cannot be read ({exc})") from exc
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise ValidationError(
            "passphrase", f"give the badge passphrase: --passphrase-file FILE or ${ENV_PASSPHRASE}"
        )
    first = getpass.getpass("Badge passphrase: ")
    if twice and getpass.getpass("The same again: ") != first:
        raise ValidationError("passphrase", "the two passphrases differ")
    return first


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db", default=argparse.SUPPRESS, help="database file or URL (see below)"
    )
    parser = argparse.ArgumentParser(
        prog="meetingdesk",
        description="Registration desk of an international meeting. "
        "Without a command, opens the desk window.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"meetingdesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the desk on a fresh demo database"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=[db_option],
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    p = command("demo", "write an invented sample of the Madrid meeting into a new database")
    p.add_argument("--delegates", type=int, default=300, help="how many (default 300)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same delegates")
    p.add_argument(
        "--today",
        action="store_true",
        help="a meeting in progress: it starts today, a session is running now,"
        " and part of the delegates checked in this morning",
    )

    p = command("new-event", "create the event in an empty database")
    p.add_argument("--title", required=True)
    p.add_argument("--venue", required=True)
    p.add_argument("--city", default="")
    p.add_argument("--organiser", default="")
    p.add_argument("--start", required=True, type=dt.date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--end", required=True, type=dt.date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="IANA time zone of the venue, e.g. Europe/Madrid (default: this computer's)",
    )
    _passphrase_option(p)
    p.add_argument(
        "--preset",
        choices=["osce"],
        help="fill the usual categories and delegations (osce: the 57 participating States"
        " and the 11 Partners for Co-operation)",
    )
    p.add_argument(
        "--badge-language",
        default="en",
        metavar="LANG",
        help="language of the fixed texts on badges: en, fr, es, ru, de, it (default en)",
    )
    _desk_defaults(p)

    p = command("search", "find delegates by any name, delegation or badge code prefix")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)

    p = command("checkin", "check a delegate in by badge code or scanned text")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--id-document", help="identity document seen (for categories that need one)")
    p.add_argument("--id-last-four", help="its last four characters")
    _desk_defaults(p)

    p = command("undo-checkin", "undo the check-in of a delegate")
    p.add_argument("code", metavar="CODE")
    _desk_defaults(p)

    p = command("attend", "record attendance at a session")
    p.add_argument("session", metavar="SESSION", help="session id or unambiguous title prefix")
    p.add_argument("text", metavar="TEXT", help="badge code or scanned text")
    _desk_defaults(p)

    p = command("badges", "print badges to a PDF file")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument(
        "--layout",
        default="a6-portrait",
        help="a6-portrait, a4-4up-a6, card-cr80, a layout saved in the designer"
        " (meetingdesk layout list), or a layout .json file",
    )
    p.add_argument("--only", nargs="+", metavar="CODE", default=[], help="these badge codes")
    p.add_argument("--category", metavar="CODE", help="everyone in this category")
    p.add_argument("--not-printed", action="store_true", help="only badges not printed yet")
    p.add_argument(
        "--mark-printed",
        action="store_true",
        help="record these badges as printed (the PDF goes to the printer now);"
        " without it, a PDF is only a file",
    )
    _passphrase_option(p)
    _desk_defaults(p)

    p = command(
        "reprint",
        "revoke a delegate's badge and write the next one to a PDF, in one step:"
        " the PDF is written before the old badge is revoked",
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("--reason", required=True, choices=["lost", "damaged", "name-corrected"])
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--layout", default="a6-portrait")
    p.add_argument(
        "--generation",
        type=int,
        metavar="N",
        help="the badge generation being replaced; if another desk reprinted it"
        " meanwhile, nothing happens (exit 3)",
    )
    p.add_argument("--mark-printed", action="store_true", help="record the new badge as printed")
    _passphrase_option(p)
    _desk_defaults(p)

    p = command("import", "import a delegate list (CSV or XLSX): all rows or none")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and preview; write nothing")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="map a column to a field (FIELD '-' ignores it); repeatable",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows and leave out the ones with problems",
    )
    p.add_argument(
        "--empty-clears",
        action="store_true",
        help="an empty cell clears the stored value (by default it is kept)",
    )
    p.add_argument("--delegation", help="delegation of rows that name none")
    p.add_argument("--category", help="category of rows that name none")
    _desk_defaults(p)

    p = command("export", "export attendance, participants, check-ins, statistics or paper sheets")
    p.add_argument(
        "kind", choices=["attendance", "participants", "checkins", "statistics", "sheets"]
    )
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"], dest="fmt")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--delimiter", default=",", help="for CSV: ',' or ';' (Spanish Excel)")
    p.add_argument(
        "--order",
        default="en",
        choices=["en", "fr"],
        help="participating States in English or French alphabetical order",
    )

    p = command("purge", "after the meeting: erase e-mail addresses, phones, photos and notes")
    p.add_argument("--names", action="store_true", help="erase the names as well")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    _desk_defaults(p)

    p = command("backup", "write a consistent copy of the database, even while desks work")
    p.add_argument("--out", required=True, type=Path)

    command("sessions", "list the meeting's sessions")
    p = command("audit-verify", "check that the audit log was not edited or truncated")
    p.add_argument(
        "--checkpoint",
        type=Path,
        metavar="FILE",
        help="also prove the log against a checkpoint kept outside the database",
    )
    p = command(
        "audit-checkpoint",
        "write a signed checkpoint of the audit log, to keep outside the database",
    )
    p.add_argument("--out", required=True, type=Path, help="the checkpoint file to write")
    _passphrase_option(p)
    p = command("keys", "the event's badge keys: show their fingerprint, or create a key pair")
    p.add_argument("action", choices=["show", "create"])
    p.add_argument(
        "--yes",
        action="store_true",
        help="create: confirm that every badge printed so far must be reprinted",
    )
    _passphrase_option(p)
    _desk_defaults(p)
    p = command(
        "layout",
        "badge layouts: list them, or keep a layout file in the database (every desk"
        " sharing it prints it, by its name) or write one out",
    )
    p.add_argument("action", choices=["list", "import", "export", "remove"])
    p.add_argument(
        "target",
        nargs="?",
        metavar="FILE|NAME",
        help="import: a layout .json file; export: a layout's name",
    )
    p.add_argument("--out", type=Path, help="export: the .json file to write")
    p.add_argument("--replace", action="store_true", help="import: over a layout of that name")
    _desk_defaults(p)
    cli_setup.add_parsers(command, _desk_defaults, [db_option])
    return parser


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text from the database, as a terminal may show it: a control character
    (from a list imported before 0.2, say) appears as \\u0007 instead of acting."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _print_result(result: ActionResult, zone: str) -> int:
    from meetingdesk.cli_result import describe

    print(safe(describe(result, zone)))
    return EXIT_FOR[result.outcome]


def _zone(services: Any) -> str:
    """The event's time zone: the command line says times as the venue's clocks do."""
    return str(services.setup.event().time_zone)


def _local(when: dt.datetime, zone: str) -> str:
    from zoneinfo import ZoneInfo

    return when.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def run(args: argparse.Namespace) -> int:
    from meetingdesk.services.app import open_services

    db = getattr(args, "db", None) or default_database()
    if args.command == "demo":
        from meetingdesk.services.demo import build_demo

        if "://" not in db and Path(db).exists():
            raise ValidationError("--db", f"{db} exists already: the demo needs a new database")
        services = open_services(db)
        try:
            count = build_demo(services, delegates=args.delegates, seed=args.seed, today=args.today)
        finally:
            services.close()
        from meetingdesk.services.demo import DEMO_PASSPHRASE

        print(
            f"demo event written to {services.target.describe()}: {count} delegates;"
            f" its badge passphrase is {DEMO_PASSPHRASE!r}"
        )
        return EXIT_DONE

    services = open_services(db, create=args.command == "new-event")
    try:
        return _dispatch(args, services)
    finally:
        services.close()


def _dispatch(args: argparse.Namespace, services: object) -> int:
    from meetingdesk.services import audit
    from meetingdesk.services.app import Services
    from meetingdesk.services.identify import the_event
    from meetingdesk.services.setup import EventDetails

    assert isinstance(services, Services)
    desk = Desk(args.desk, args.operator) if hasattr(args, "desk") else None
    if args.command in ("event", "category", "delegation", "session"):
        return cli_setup.run(args, services, desk)
    if args.command == "new-event":
        assert desk is not None
        from meetingdesk.config import local_time_zone

        zone = args.time_zone or local_time_zone()
        if zone is None:
            raise ValidationError(
                "--time-zone",
                "this computer's time zone cannot be told: say it, e.g. Europe/Madrid",
            )
        event_id = services.setup.create_event(
            EventDetails(
                title=args.title,
                venue=args.venue,
                city=args.city,
                organiser=args.organiser,
                start_date=args.start,
                end_date=args.end,
                time_zone=zone,
                badge_language=args.badge_language,
            ),
            desk,
            passphrase=passphrase(args, twice=True),
            preset_name=args.preset,
        )
        extra = " with the OSCE categories and delegations" if args.preset else ""
        print(f"event {event_id} created in {services.target.describe()}{extra} ({zone})")
        return EXIT_DONE
    if args.command == "layout":
        return _layout(args, services, desk)
    if args.command == "search":
        if args.limit < 1:
            raise ValidationError("--limit", "must be at least 1")
        found = services.search.search(args.query, limit=args.limit)
        if found.too_long:
            from meetingdesk.services.search import MAX_QUERY_CHARS, MAX_QUERY_WORDS

            raise ValidationError(
                "query",
                f"too long: at most {MAX_QUERY_WORDS} words and {MAX_QUERY_CHARS} characters",
            )
        for hit in found.hits:
            status = (
                "cancelled" if hit.cancelled else ("checked-in" if hit.checked_in else "registered")
            )
            print(
                "\t".join(
                    safe(v)
                    for v in (
                        hit.badge_code,
                        hit.display_name,
                        hit.delegation,
                        hit.category_code,
                        status,
                    )
                )
            )
        if found.more:
            print(f"(more than {args.limit} matches: type more, or raise --limit)", file=sys.stderr)
        if not found.hits:
            print(f"no delegate matches {args.query!r}", file=sys.stderr)
            return EXIT_NOT_FOUND
        return EXIT_DONE
    if args.command == "checkin":
        assert desk is not None
        id_check = None
        if args.id_document or args.id_last_four:
            if not (args.id_document and args.id_last_four):
                raise ValidationError("--id-document", "give both --id-document and --id-last-four")
            id_check = IdCheck(args.id_document, args.id_last_four)
        return _print_result(services.checkin.check_in(args.text, desk, id_check), _zone(services))
    if args.command == "undo-checkin":
        assert desk is not None
        return _print_result(services.checkin.undo(args.code, desk), _zone(services))
    if args.command == "attend":
        assert desk is not None
        session = services.attendance.find_session(args.session)
        return _print_result(
            services.attendance.record(session.id, args.text, desk), _zone(services)
        )
    if args.command == "badges":
        assert desk is not None
        chosen, skipped = services.badges.select(
            only_codes=args.only, category=args.category, not_printed=args.not_printed
        )
        if skipped:
            print(f"{skipped} cancelled registration(s) left out", file=sys.stderr)
        if not chosen:
            print("nobody to print: no badge matches the choice", file=sys.stderr)
            return EXIT_NOT_FOUND
        _unlock(args, services)
        result = services.badges.render(
            chosen, args.out, layout=args.layout, skipped_cancelled=skipped
        )
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        marked = ""
        if args.mark_printed:
            record = services.badges.record_printed(result, desk, via="command line")
            marked = f"; {record.recorded} recorded as printed"
        print(
            f"{result.printed} badges on {result.pages} pages ({result.layout}) written to"
            f" {result.out}{marked}"
        )
        return EXIT_DONE
    if args.command == "reprint":
        return _reprint(args, services, desk)
    if args.command == "import":
        return _import(args, services, desk)
    if args.command == "export":
        if args.delimiter not in (",", ";", "\t", "tab"):
            raise ValidationError("--delimiter", "use ',' or ';' (or 'tab')")
        written = services.exports.write(
            args.kind,
            args.fmt,
            args.out,
            delimiter="\t" if args.delimiter in ("\t", "tab") else args.delimiter,
            order=args.order,
        )
        print(f"{args.kind} written to {written} ({args.fmt})")
        return EXIT_DONE
    if args.command == "purge":
        from meetingdesk.services.purge import purge_personal_data

        assert desk is not None
        what = "e-mail addresses, phone numbers, photos and notes" + (
            ", and all names" if args.names else ""
        )
        if not args.yes:
            print(
                f"this erases the {what} of every delegate, for good; counts, attendance"
                " and the audit log stay. Export what you need first, then run again"
                " with --yes.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        purged = purge_personal_data(
            services.engine,
            services.uow,
            desk,
            names=args.names,
            database_file=services.target.path,
            clock=services.clock,
        )
        print(f"erased the {what} of {purged.delegates} delegates")
        for copy in purged.removed_files:
            print(f"deleted the copy {copy}")
        return EXIT_DONE
    if args.command == "backup":
        from meetingdesk.services.backup import backup

        copied = backup(services.target, args.out)
        print(
            f"backup written to {copied.path} ({copied.size // 1024} KiB,"
            f" {copied.delegates} delegates); it passed its integrity check"
        )
        return EXIT_DONE
    if args.command == "sessions":
        with services.uow.read() as uow:
            zone = the_event(uow.db).time_zone
        for s in services.attendance.sessions():
            print(
                "\t".join(
                    (str(s.id), s.title, s.room, _local(s.starts_at, zone), _local(s.ends_at, zone))
                )
            )
        return EXIT_DONE
    if args.command == "audit-verify":
        if args.checkpoint is not None:
            try:
                text = args.checkpoint.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ValidationError("--checkpoint", f"{args.checkpoint}: cannot be read") from exc
            checkpoint = audit.Checkpoint.from_json(text)
            with services.uow.read() as uow:
                count = audit.check_checkpoint(uow.db, checkpoint)
            print(
                f"audit log intact: {count} entries; the first {checkpoint.seq} are exactly"
                f" those of the checkpoint of {checkpoint.at:%Y-%m-%d %H:%M} UTC"
            )
            return EXIT_DONE
        with services.uow.read() as uow:
            count = audit.verify(uow.db)
        print(f"audit log intact: {count} entries")
        return EXIT_DONE
    if args.command == "audit-checkpoint":
        from meetingdesk.db.engine import database_files
        from meetingdesk.files import atomic_output
        from meetingdesk.services.keys import fingerprint

        _unlock(args, services)
        private = services.keys.private_key()
        with services.uow.read() as uow:
            checkpoint = audit.make_checkpoint(uow.db, private, services.clock())
        with atomic_output(args.out, database_files(services.target.url)) as partial:
            partial.write_text(checkpoint.to_json(), "utf-8")
        print(
            f"checkpoint written to {args.out}: {checkpoint.seq} entries, last hash"
            f" {checkpoint.hash[:16]}…, key {fingerprint(checkpoint.public_key)}."
            " Keep it (or print it) away from the database."
        )
        return EXIT_DONE
    if args.command == "keys":
        return _keys(args, services, desk)
    raise AssertionError(args.command)


def _keys(args: argparse.Namespace, services: Any, desk: Desk | None) -> int:
    from meetingdesk.services.keys import fingerprint

    assert desk is not None
    event = services.setup.event()
    if args.action == "show":
        if event.public_key is None:
            print("this event signs badges the old way (a secret in the database):"
                  " run 'meetingdesk keys create' to give it a key pair")  # fmt: skip
            return EXIT_DONE
        print(f"badge key {fingerprint(event.public_key)} (Ed25519; the private half is sealed)")
        return EXIT_DONE
    if event.public_key is not None:
        print("this event has its key pair already", file=sys.stderr)
        return EXIT_ALREADY
    if not args.yes:
        print(
            "this replaces the event's old badge secret with a key pair sealed with a"
            " passphrase; every badge printed so far is then refused and must be reprinted."
            " Run again with --yes.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    public = services.setup.create_keys(passphrase(args, twice=True), desk)
    print(f"badge key {fingerprint(public)} created; reprint every badge printed so far")
    return EXIT_DONE


def _unlock(args: argparse.Namespace, services: Any) -> None:
    """Unlock the badge key on this machine, if printing here needs it."""
    if services.keys.needs_passphrase:
        services.keys.unlock(passphrase(args))


def _layout(args: argparse.Namespace, services: Any, desk: Desk | None) -> int:
    from meetingdesk.badges.layout import LayoutError

    layouts = services.layouts
    if args.action == "list":
        for choice in layouts.choices():
            where = "saved" if choice.stored else "shipped"
            print(f"{choice.name}\t{where}\t{safe(choice.title)}")
        return EXIT_DONE
    if not args.target:
        raise ValidationError("FILE|NAME", f"layout {args.action}: say which")
    if args.action == "import":
        assert desk is not None
        path = Path(args.target)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LayoutError(f"{path}: cannot be read ({exc})") from exc
        choice = layouts.save(text, desk, replace=args.replace, source=str(path))
        print(f"layout {choice.name} ({safe(choice.title)}) saved in {services.target.describe()}")
        return EXIT_DONE
    if args.action == "remove":
        layouts.remove(args.target)
        print(f"layout {args.target} removed from {services.target.describe()}")
        return EXIT_DONE
    if args.out is None:
        raise ValidationError("--out", "layout export: say which file to write")
    from meetingdesk.db.engine import database_files
    from meetingdesk.files import atomic_output

    text = layouts.text(args.target)
    with atomic_output(args.out, database_files(services.target.url)) as partial:
        partial.write_text(text, "utf-8")
    print(f"layout {args.target} written to {args.out}")
    return EXIT_DONE


def _reprint(args: argparse.Namespace, services: Any, desk: Desk | None) -> int:
    from meetingdesk.services.badges import ReprintOutcome

    assert desk is not None
    delegate = services.registry.find_by_code(args.code)
    _unlock(args, services)
    result = services.badges.reprint(
        delegate.id,
        args.reason,
        desk,
        args.out,
        layout=args.layout,
        expected_generation=args.generation,
        mark_printed=args.mark_printed,
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.outcome is ReprintOutcome.SUPERSEDED:
        by = result.by
        who = f" at {by.desk}" if by and by.desk else ""
        when = f" ({_local(by.at, services.setup.event().time_zone)})" if by else ""
        print(
            f"badge of {result.delegate.badge_name} reprinted just now{who}{when}: it is at"
            f" generation {result.generation}; nothing was changed here"
        )
        return EXIT_ALREADY
    print(
        f"badge of {result.delegate.badge_name} reprinted as generation"
        f" {result.generation} ({args.reason}), written to {result.out};"
        " the previous badge is revoked"
    )
    return EXIT_DONE


def _import(args: argparse.Namespace, services: Any, desk: Desk | None) -> int:
    from meetingdesk.services.importer import FIELDS, read_file

    assert desk is not None
    overrides: dict[str, str] = {}
    for item in args.map:
        header, sep, target = item.rpartition("=")
        if not sep or not header:
            raise ValidationError("--map", f"{item!r}: write HEADER=FIELD")
        overrides[header] = target
    importer = services.imports
    source = str(args.file)
    plan = importer.plan(
        read_file(args.file),
        source,
        overrides=overrides,
        default_delegation=args.delegation,
        default_category=args.category,
        empty_clears=args.empty_clears,
    )
    print(f"{source}: {plan.table.describe()}, {len(plan.table.rows)} rows")
    for index, target in sorted(plan.mapping.items()):
        print(f"  {plan.table.column_name(index)} -> {FIELDS[target].label}")
    for column in plan.ignored_columns:
        print(f"  {column} -> ignored")
    for problem in plan.problems:
        print(f"{source}: {problem}", file=sys.stderr)
    for change in plan.changes:
        if change.cleared:
            cleared = ", ".join(FIELDS[f].label for f in change.cleared)
            print(f"  line {change.line}: {change.name}: clears {cleared}")
    print(plan.summary())
    if plan.problems and not args.skip_invalid:
        print("nothing imported: correct the file, or use --skip-invalid", file=sys.stderr)
        return EXIT_REFUSED
    if args.dry_run:
        print("dry run: nothing written")
        return EXIT_DONE
    result = importer.apply(plan, desk, skip_invalid=args.skip_invalid)
    importer.remember(plan.table, plan.mapping)
    print(
        f"imported: {result.added} added, {result.updated} updated, {result.unchanged}"
        f" unchanged, {result.skipped_lines} lines skipped"
    )
    return EXIT_DONE


def _open_window(args: argparse.Namespace) -> int:
    from meetingdesk.qt.app import run_desk

    if args.demo:  # a meeting in progress today, removed when the desk ends
        return run_desk(None, demo=True)
    return run_desk(getattr(args, "db", None) or os.environ.get(ENV_DB))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has printed
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    configure(logging.INFO if args.verbose else logging.WARNING)
    action: Callable[[argparse.Namespace], int] = run if args.command else _open_window
    try:
        return action(args)
    except BrokenPipeError:
        # The reader stopped listening (``meetingdesk search a | head -1``): end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DONE
    except AuditChainBroken as exc:
        print(f"meetingdesk: audit log broken: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OutputRefused as exc:
        print(f"meetingdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.usage else EXIT_ERROR
    except ValidationError as exc:
        from meetingdesk.services.setup import Problem, SetupError

        if isinstance(exc, SetupError):
            print(f"meetingdesk: {cli_setup.where(exc)}: {exc.message}", file=sys.stderr)
            return EXIT_NOT_FOUND if exc.problem is Problem.NOT_FOUND else EXIT_USAGE
        print(f"meetingdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (Ambiguous, BadInput, CheckpointRefused) as exc:
        print(f"meetingdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NotFound as exc:
        print(f"meetingdesk: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except MeetingdeskError as exc:
        print(f"meetingdesk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
