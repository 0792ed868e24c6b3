"""Import speed: a 10,000-row delegate list, validated and imported, search keys
included, from CSV (target <= 1 s) and from XLSX (target <= 3 s).

    python benchmarks/bench_import.py                 # 10,000 rows
    python benchmarks/bench_import.py --rows 500      # quick

Each format goes into a fresh copy of the same demo database (event, categories,
delegations, 300 delegates), so both import the same list into the same state.
The script reports; it does not fail when a target is missed.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import build_demo
from openpyxl import Workbook

from meetingdesk.domain.values import Desk
from meetingdesk.services.app import open_services
from meetingdesk.services.importer import ImportService

HEADERS = [
    "Título",
    "Nombre",
    "Apellidos",
    "Nombre original",
    "Cargo",
    "Delegación",
    "Categoría",
    "Correo electrónico",
    "Teléfono",
]
GIVEN = ["María", "José", "Đorđe", "Јован", "Νικόλαος", "Ayşe", "Łukasz", "يوسف", "Hélène"]
FAMILY = [
    "Núñez",
    "Jovanović",
    "Παπαδόπουλος",
    "Yılmaz",
    "Wiśniewski",
    "Hoxhë",
    "Müller",
    "Lefèvre",
    "García de la Fuente",
]
DELEGATIONS = ["Spain", "Serbia", "Greece", "Türkiye", "Poland", "Albania", "Germany", "France"]


def rows(count: int) -> list[list[str]]:
    rng = random.Random(11)
    out = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        out.append(
            [
                "Mr.",
                given,
                f"{family} {i}",
                "",
                "Police Officer",
                rng.choice(DELEGATIONS),
                "DEL",
                f"p{i}@list.example",
                f"+34 600 {i:06d}",
            ]
        )
    return out


def csv_file(data: list[list[str]]) -> bytes:
    text = "\r\n".join(";".join(r) for r in [HEADERS, *data]) + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def xlsx_file(data: list[list[str]]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS)
    for r in data:
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def run(db: Path, data: bytes, source: str) -> tuple[float, float, int]:
    services = open_services(db, create=False)
    try:
        importer = ImportService(services.uow, services.clock)
        start = time.perf_counter()
        plan = importer.plan(data, source)
        planned = time.perf_counter() - start
        assert not plan.problems, plan.problems[:3]
        result = importer.apply(plan, Desk("Bench", "bench"))
        total = time.perf_counter() - start
        return planned, total, result.added
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="meetingdesk-bench-") as folder:
        base = Path(folder) / "base.sqlite3"
        build_demo(base)
        print(f"meetingdesk import benchmark: {args.rows:,} rows")
        for kind, content, target in (("CSV", csv_file(data), 1.0), ("XLSX", xlsx_file(data), 3.0)):
            db = Path(folder) / f"{kind}.sqlite3"
            shutil.copy(base, db)
            planned, total, added = run(db, content, f"list.{kind.lower()}")
            with sqlite3.connect(db) as conn:
                keys = conn.execute("SELECT count(*) FROM search_key").fetchone()[0]
            verdict = "met" if total <= target or args.rows < 10_000 else "MISSED"
            print(
                f"{kind:<5} {total:6.2f} s  (read and validate {planned:5.2f} s; {added:,} added,"
                f" {keys:,} search keys in all)  target <= {target:g} s: {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
