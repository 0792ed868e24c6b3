"""Wiring: the services of one open database, for the CLI and the application start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from meetingdesk.db.engine import DatabaseTarget
from meetingdesk.db.migrate import open_engine
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.services.attendance import AttendanceService
from meetingdesk.services.badges import BadgeService
from meetingdesk.services.checkin import CheckInService
from meetingdesk.services.clock import Clock, system_clock
from meetingdesk.services.registry import RegistryService
from meetingdesk.services.search import SearchService
from meetingdesk.services.setup import SetupService


@dataclass
class Services:
    target: DatabaseTarget
    engine: Engine
    clock: Clock = field(default=system_clock)

    def __post_init__(self) -> None:
        self.uow = UnitOfWorkFactory(self.engine)
        self.search = SearchService(self.uow)
        self.checkin = CheckInService(self.uow, self.clock)
        self.attendance = AttendanceService(self.uow, self.clock)
        self.registry = RegistryService(self.uow, self.clock)
        self.setup = SetupService(self.uow, self.clock)
        self.badges = BadgeService(self.uow, self.clock)

    def close(self) -> None:
        self.engine.dispose()


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
    return Services(target, engine, clock)
