"""Badge layouts: those shipped with meetingdesk and those made in the designer.

Shipped layouts are files in the package and cannot be overwritten; a layout
saved from the designer lives in the database (``badge_layout``), so every desk
sharing it prints the same badges. Names are one namespace: a stored layout
never takes a shipped layout's name, and ``meetingdesk badges --layout NAME``
and the Badges tab find both."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sqlalchemy import select

from meetingdesk.badges.layout import (
    Layout,
    LayoutError,
    layout_json,
    layout_names,
    load_layout,
    parse_layout_text,
    shipped_layout_text,
)
from meetingdesk.db.uow import UnitOfWorkFactory
from meetingdesk.domain.errors import Invalid, ValidationError
from meetingdesk.domain.model import StoredLayout
from meetingdesk.domain.values import Desk
from meetingdesk.services.clock import Clock, system_clock

log = logging.getLogger("meetingdesk.layouts")


@dataclass(frozen=True, slots=True)
class LayoutChoice:
    name: str
    title: str
    stored: bool  # made in the designer (True) or shipped with meetingdesk


class LayoutLibrary:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow = uow
        self._clock = clock

    def choices(self) -> list[LayoutChoice]:
        """Shipped layouts first, then the event's own, each by name."""
        shipped = [LayoutChoice(n, load_layout(n).title, False) for n in layout_names()]
        with self._uow.read() as uow:
            rows = uow.db.execute(
                select(StoredLayout.name, StoredLayout.body).order_by(StoredLayout.name)
            ).all()
        stored = [LayoutChoice(name, str(json.loads(body)["title"]), True) for name, body in rows]
        return shipped + stored

    def _stored_body(self, name: str) -> str | None:
        with self._uow.read() as uow:
            return uow.db.execute(
                select(StoredLayout.body).where(StoredLayout.name == name)
            ).scalar_one_or_none()

    def text(self, name: str) -> str:
        """The layout's JSON as it is kept."""
        if name in layout_names():
            return shipped_layout_text(name)
        body = self._stored_body(name)
        if body is None:
            raise self._unknown(name)
        return body

    def load(self, name_or_path: str) -> Layout:
        """A shipped or stored layout by name, or any layout file by path."""
        if name_or_path.endswith(".json") or name_or_path in layout_names():
            return load_layout(name_or_path)
        body = self._stored_body(name_or_path)
        if body is None:
            raise self._unknown(name_or_path)
        return parse_layout_text(body, f"layout {name_or_path!r}")

    def _unknown(self, name: str) -> LayoutError:
        known = ", ".join(c.name for c in self.choices())
        return LayoutError(f"no layout called {name!r}: choose one of {known} or give a .json file")

    def save(
        self, text: str, desk: Desk, *, replace: bool, source: str = "the layout"
    ) -> LayoutChoice:
        """Keep a layout under the name its JSON gives. Refused, with nothing
        changed, if the JSON is not a valid layout, if the name is a shipped
        layout's, or if it is taken and ``replace`` is false."""
        layout = parse_layout_text(text, source)
        body = layout_json(json.loads(text))
        name = layout.name
        if name in layout_names():
            raise ValidationError(
                "name",
                f"{name!r} is shipped with meetingdesk: save the layout under another name",
                Invalid.SHIPPED_LAYOUT,
                value=name,
            )
        with self._uow.write() as uow:
            row = uow.db.get(StoredLayout, name)
            if row is not None and not replace:
                raise ValidationError(
                    "name", f"there is a layout called {name!r} already", Invalid.TAKEN, value=name
                )
            if row is None:
                row = StoredLayout(name=name)
                uow.db.add(row)
            row.body = body
            row.saved_at = self._clock()
            row.saved_by = f"{desk.name} / {desk.operator}"
            uow.commit()
        log.info("layout %s saved by desk %s", name, desk.name)
        return LayoutChoice(name, layout.title, True)

    def remove(self, name: str) -> None:
        """Forget a saved layout (a shipped one cannot be removed)."""
        if name in layout_names():
            raise ValidationError(
                "name",
                f"{name!r} is shipped with meetingdesk: it cannot be removed",
                Invalid.SHIPPED_LAYOUT,
                value=name,
            )
        with self._uow.write() as uow:
            row = uow.db.get(StoredLayout, name)
            if row is None:
                raise self._unknown(name)
            uow.db.delete(row)
            uow.commit()
        log.info("layout %s removed", name)
