"""Wiring: the services of one open database, for the CLI and the application start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from meetingdesk.db.engine import DatabaseTarget
from meetingdesk.db.migrate import open_engine
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.keys import KeyRing
from meetingdesk.services.search import ensure_current_keys

if TYPE_CHECKING:
    from meetingdesk.services.attendance import AttendanceService
    from meetingdesk.services.badges import BadgeService
    from meetingdesk.services.checkin import CheckInService
    from meetingdesk.services.exporting import ExportService
    from meetingdesk.services.importer import ImportService
    from meetingdesk.services.layouts import LayoutLibrary
    from meetingdesk.services.overview import OverviewService
    from meetingdesk.services.registry import RegistryService
    from meetingdesk.services.search import SearchService
    from meetingdesk.services.setup import SetupService


@dataclass
class Services:
    """One object graph per open database. Each service is built (and its module
    imported) when first asked for, so that ``meetingdesk search`` does not load
    badge layouts, ReportLab or the spreadsheet readers."""

    target: DatabaseTarget
    engine: Engine
    clock: Clock = field(default=system_clock)

    def __post_init__(self) -> None:
        self.uow = UnitOfWorkFactory(self.engine)
        self.keys = KeyRing(self.uow)  # one per open database: unlocked once, used by all

    @cached_property
    def search(self) -> SearchService:
        from meetingdesk.services.search import SearchService

        return SearchService(self.uow)

    @cached_property
    def checkin(self) -> CheckInService:
        from meetingdesk.services.checkin import CheckInService

        return CheckInService(self.uow, self.clock)

    @cached_property
    def attendance(self) -> AttendanceService:
        from meetingdesk.services.attendance import AttendanceService

        return AttendanceService(self.uow, self.clock)

    @cached_property
    def registry(self) -> RegistryService:
        from meetingdesk.services.registry import RegistryService

        return RegistryService(self.uow, self.clock, self.keys)

    @cached_property
    def setup(self) -> SetupService:
        from meetingdesk.services.setup import SetupService

        return SetupService(self.uow, self.clock, self.keys)

    @cached_property
    def badges(self) -> BadgeService:
        from meetingdesk.services.badges import BadgeService

        return BadgeService(self.uow, self.clock, self.keys, self.layouts)

    @cached_property
    def layouts(self) -> LayoutLibrary:
        from meetingdesk.services.layouts import LayoutLibrary

        return LayoutLibrary(self.uow, self.clock)

    @cached_property
    def overview(self) -> OverviewService:
        from meetingdesk.services.overview import OverviewService

        return OverviewService(self.uow, self.clock)

    @cached_property
    def imports(self) -> ImportService:
        from meetingdesk.services.importer import ImportService

        return ImportService(self.uow, self.clock)

    @cached_property
    def exports(self) -> ExportService:
        from meetingdesk.services.exporting import ExportService

        return ExportService(self.uow, self.clock)

    def close(self) -> None:
        self.uow.close()
        self.engine.dispose()


@dataclass(frozen=True)
class Probe:
    """What a database (a file or a server URL) holds, asked before it is used."""

    reachable: bool
    problem: str = ""  # why not, when not reachable
    ready: bool = False  # holds meetingdesk's schema
    event: str | None = None  # the title of its event, if any
    server: str = ""  # "PostgreSQL 15.19", for a server


def probe(target: str | Path) -> Probe:
    """Connect, look, and change nothing (no schema is created or upgraded)."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    from meetingdesk.db.engine import create_db_engine
    from meetingdesk.db.migrate import current_revision

    parsed = DatabaseTarget.parse(target)
    if parsed.path is not None and not parsed.path.exists():
        return Probe(False, f"there is no database at {parsed.path}")
    try:
        engine = create_db_engine(parsed)
    except Exception as exc:  # a malformed URL, an unknown driver
        return Probe(False, str(exc))
    try:
        with engine.connect() as connection:
            version = ""
            if not parsed.is_sqlite:
                version = str(connection.exec_driver_sql("SHOW server_version").scalar())
            ready = current_revision(connection) is not None
            title = None
            if ready and inspect(connection).has_table("event"):
                title = connection.execute(
                    text("SELECT title FROM event ORDER BY id LIMIT 1")
                ).scalar()
            server = f"PostgreSQL {version.split()[0]}" if version else ""
            return Probe(True, ready=ready, event=title, server=server)
    except DBAPIError as exc:
        return Probe(False, str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc))
    finally:
        engine.dispose()


def open_services(
    target: str | Path | DatabaseTarget,
    *,
    clock: Clock = system_clock,
    create: bool = True,
    busy_timeout_ms: int | None = None,
) -> Services:
    if not isinstance(target, DatabaseTarget):
        target = DatabaseTarget.parse(target)
    engine = open_engine(target, create=create, busy_timeout_ms=busy_timeout_ms)
    try:
        ensure_current_keys(engine)
    except BaseException:
        engine.dispose()
        raise
    return Services(target, engine, clock)
