"""Export speed: the attendance workbook for 10,000 delegates by 6 sessions
(target <= 2 s) and the typeset list of 10,000 participants (target <= 3 s).

    python benchmarks/bench_exports.py                  # 10,000 delegates
    python benchmarks/bench_exports.py --delegates 300  # quick

The demo database gets attendance for about three in four delegates at each of
its six sessions first (written directly, not timed). Each export is timed from
the database to the finished file. The script reports; it does not fail when a
target is missed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import build_demo

from meetingdesk.reports.pdf import write_pdf
from meetingdesk.reports.tabular import write_xlsx
from meetingdesk.services.app import open_services
from meetingdesk.services.exporting import ExportService


def prepare(db: Path, delegates: int) -> int:
    build_demo(db, delegates, seed=4)
    rng = random.Random(9)
    with sqlite3.connect(db) as conn:
        sessions = conn.execute("SELECT id, starts_at FROM meeting_session").fetchall()
        people = [r[0] for r in conn.execute("SELECT id FROM delegate")]
        rows = [
            (d, s, start, "Door", "bench", "scan")
            for s, start in sessions
            for d in people
            if rng.random() < 0.75
        ]
        conn.executemany(
            "INSERT INTO attendance (delegate_id, session_id, at, desk, operator,"
            " method) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delegates", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="meetingdesk-bench-") as folder:
        db = Path(folder) / "bench.sqlite3"
        marks = prepare(db, args.delegates)
        services = open_services(db, create=False)
        exporter = ExportService(services.uow, services.clock)
        exporter.build("participants")  # fonts registered before timing
        print(
            f"meetingdesk export benchmark: {args.delegates:,} delegates,"
            f" {marks:,} attendances in 6 sessions"
        )
        for label, kind, writer, suffix, target in (
            ("attendance XLSX", "attendance", write_xlsx, "xlsx", 2.0),
            ("participants PDF", "participants", write_pdf, "pdf", 3.0),
        ):
            start = time.perf_counter()
            writer(exporter.build(kind), Path(folder) / f"{kind}.{suffix}")
            seconds = time.perf_counter() - start
            verdict = "met" if seconds <= target else "MISSED"
            if args.delegates < 10_000:
                verdict = "n/a at this size"
            size = (Path(folder) / f"{kind}.{suffix}").stat().st_size / 1e6
            print(
                f"{label:<17} {seconds:6.2f} s  ({size:.1f} MB)  target <= {target:g} s: {verdict}"
            )
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
