"""The benchmarks' anchors: the same work as meetingdesk, done the plainest way on
the bare drivers (``sqlite3``, psycopg), so that each benchmark can print a ratio
that a loaded machine cannot hide.

This file knows today's schema by heart; it is measuring equipment, not product
code, and the benchmarks' smoke tests run it on every change of the schema."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from meetingdesk.services.audit import _entry_hash  # the same hash work, not a copy

# Who the desk shows after a check-in: the columns the screen needs.
_FIND = (
    "SELECT d.id, d.status, d.badge_generation, c.requires_id_check, d.badge_name,"
    " d.given_name, d.family_name, g.name, c.label, c.colour"
    " FROM delegate d JOIN category c ON c.id = d.category_id"
    " JOIN delegation g ON g.id = d.delegation_id WHERE d.badge_code = ?"
)
_INSERT = (
    "INSERT INTO checkin (delegate_id, at, desk, operator, method, badge_generation)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (delegate_id) WHERE undone_at IS NULL DO NOTHING RETURNING id"
)
_LIVE = "SELECT at, desk FROM checkin WHERE delegate_id = ? AND undone_at IS NULL"
_HEAD = "SELECT seq, hash FROM audit_head WHERE id = 1"
_ENTRY = (
    "INSERT INTO audit_entry (seq, at, desk, operator, action, delegate_id, detail,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_MOVE_HEAD = "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"


class RawDesk:
    """One desk checking badge codes in, each its own committed transaction:
    find the delegate, insert the check-in unless one is live, chain the audit
    entry, commit (``synchronous = FULL`` on SQLite, as meetingdesk runs)."""

    def __init__(self, database: str, desk: str, operator: str) -> None:
        self.desk, self.operator = desk, operator
        self.postgres = database.startswith("postgresql")
        if self.postgres:
            import psycopg

            url = database.replace("postgresql+psycopg://", "postgresql://")
            self._conn: Any = psycopg.connect(url, autocommit=False)
            self._sql = {k: v.replace("?", "%s") for k, v in _STATEMENTS.items()}
            self._sql["head"] += " FOR UPDATE"
        else:
            self._conn = sqlite3.connect(database, isolation_level=None)
            for pragma in ("busy_timeout = 5000", "journal_mode = WAL", "synchronous = FULL"):
                self._conn.execute(f"PRAGMA {pragma}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._sql = dict(_STATEMENTS)

    def close(self) -> None:
        self._conn.close()

    def check_in(self, code: str, method: str = "manual", generation: int | None = None) -> str:
        """'done', 'already', 'refused' or 'unknown'; retried on a busy SQLite."""
        while True:
            try:
                return self._check_in(code, method, generation)
            except sqlite3.OperationalError as exc:  # "database is locked"
                self._conn.rollback()
                if "locked" not in str(exc):
                    raise

    def _check_in(self, code: str, method: str, generation: int | None) -> str:
        sql, conn = self._sql, self._conn
        cursor = conn.cursor()
        if not self.postgres:
            cursor.execute("BEGIN IMMEDIATE")
        now = dt.datetime.now(dt.UTC)
        at: Any = now if self.postgres else now.strftime("%Y-%m-%d %H:%M:%S.%f")
        person = cursor.execute(sql["find"], (code,)).fetchone()
        if person is None:
            conn.rollback()
            return "unknown"
        delegate_id, status, current, needs_id, *_shown = person
        if status != "registered" or (generation is not None and generation != current):
            conn.rollback()
            return "refused"
        if needs_id:  # the desk asks for the document unless she is in already
            live = cursor.execute(sql["live"], (delegate_id,)).fetchone()
            conn.rollback()
            return "refused" if live is None else "already"
        generation = generation or current
        new = cursor.execute(
            sql["insert"], (delegate_id, at, self.desk, self.operator, method, generation)
        ).fetchone()
        if new is None:
            cursor.execute(sql["live"], (delegate_id,)).fetchone()
            conn.commit()
            return "already"
        seq, prev = cursor.execute(sql["head"]).fetchone()
        detail = {"method": method, "generation": generation, "id_document": None}
        seq += 1
        entry = _entry_hash(
            seq, now, self.desk, self.operator, "checkin", delegate_id, detail, prev
        )
        cursor.execute(
            sql["entry"],
            (seq, at, self.desk, self.operator, "checkin", delegate_id, json.dumps(detail),
             prev, entry),
        )  # fmt: skip
        cursor.execute(sql["move_head"], (seq, entry))
        conn.commit()
        return "done"


_STATEMENTS = {
    "find": _FIND,
    "insert": _INSERT,
    "live": _LIVE,
    "head": _HEAD,
    "entry": _ENTRY,
    "move_head": _MOVE_HEAD,
}


def main(argv: list[str]) -> int:
    """``python benchmarks/_raw.py DB DESK CODE...``: one bare desk in a burst,
    printing what ``tests/desk_burst.py`` prints (outcome, code, latency in ms)."""
    import time

    database, desk_name, *badge_codes = argv
    desk = RawDesk(database, desk_name, desk_name.lower())
    for code in badge_codes:
        start = time.perf_counter()
        outcome = desk.check_in(code)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"{outcome} {code} {elapsed:.3f}", flush=True)
    desk.close()
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))


def canvas_badges(badges: Any, out: Any, regular: str, bold: str) -> int:
    """The same badges on A6 pages with bare ReportLab canvas calls: the category
    band, the texts at fixed sizes in the same embedded fonts (no fitting, no
    shaping, no fallback fonts), and the QR code by the same drawing (one PDF
    path of runs). Returns the pages written."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen.canvas import Canvas

    from meetingdesk.badges.qr import draw_qr

    width, height = A6
    canvas = Canvas(str(out), pagesize=A6, pageCompression=1, invariant=1)
    pages = 0
    for badge in badges:
        canvas.setFillColor(HexColor(badge.category_colour))
        canvas.rect(0, 0, width, 40, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(regular, 8)
        canvas.drawCentredString(width / 2, height - 20, badge.event_title)
        canvas.drawCentredString(width / 2, height - 30, badge.event_dates)
        canvas.setFont(bold, 22)
        canvas.drawCentredString(width / 2, height - 120, badge.badge_name)
        if badge.native_name:
            canvas.setFont(regular, 14)
            canvas.drawCentredString(width / 2, height - 140, badge.native_name)
        canvas.setFont(regular, 12)
        canvas.drawCentredString(width / 2, height - 160, badge.function)
        canvas.setFont(bold, 14)
        canvas.drawCentredString(width / 2, height - 185, badge.delegation)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.drawCentredString(width / 2, 15, badge.category_label)
        draw_qr(canvas, badge.payload, width - 90, 50, 80)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
