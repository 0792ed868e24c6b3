"""Several desks checking in at once: check-ins per second and latency, with four
desk processes on one database, on SQLite and (when its server answers) on
PostgreSQL.

    python benchmarks/bench_desks.py                  # 4 desks x 500 check-ins
    python benchmarks/bench_desks.py --per-desk 50    # quick

Each desk checks in its own list of badge codes, drawn to overlap with the other
desks' (so about a third of the attempts meet "already checked in"), each as its
own committed transaction. Latency is measured inside each desk, per check-in;
throughput is all check-ins over the time the busiest desk spent on them (the
desks run at the same time; their start-up is left out). The script reports;
the issues set no target for it, only the single desk's 2 ms (bench_model_layer.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from _common import build_demo, percentile

from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo as build_demo_into

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "desk_burst.py"
PG = os.environ.get("MEETINGDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def plan(db: str, desks: int, per_desk: int) -> list[list[str]]:
    services = open_services(db, create=False)
    try:
        ids, _ = services.badges.select()
        people = [services.registry.delegate(i) for i in ids]
        pool = [p.badge_code for p in people if not p.requires_id_check]
    finally:
        services.close()
    rng = random.Random(8)
    usable = pool[: int(per_desk * desks * 0.7)]
    return [rng.sample(usable, min(per_desk, len(usable))) for _ in range(desks)]


def burst(db: str, plans: list[list[str]]) -> tuple[float, list[float], dict[str, int]]:
    """Seconds the busiest desk spent checking in (its start-up excluded), every
    latency, and the outcomes."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db, f"Desk {n}", *codes],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n, codes in enumerate(plans, start=1)
    ]
    latencies: list[float] = []
    outcomes: dict[str, int] = {}
    busiest = 0.0
    for worker in workers:
        out, _ = worker.communicate(timeout=600)
        busy = 0.0
        for line in out.splitlines():
            outcome, _, ms = line.split(maxsplit=2)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome != "error":
                latencies.append(float(ms))
                busy += float(ms) / 1000
        busiest = max(busiest, busy)
    return busiest, latencies, outcomes


def report(engine: str, seconds: float, latencies: list[float], outcomes: dict[str, int]) -> None:
    print(
        f"{engine:<11} {len(latencies) / seconds:7.0f} check-ins/s   latency median"
        f" {statistics.median(latencies):6.2f} ms  p95 {percentile(latencies, 0.95):6.2f} ms"
        f"   ({', '.join(f'{n} {k}' for k, n in sorted(outcomes.items()))})"
    )


def postgres_database() -> str | None:
    try:
        import psycopg

        name = f"mdbench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(
            PG.replace("+psycopg", ""), autocommit=True, connect_timeout=3
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return PG.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://") + f"/{name}"
    except Exception as exc:  # no server here: say so and go on
        print(f"PostgreSQL    skipped: {exc.__class__.__name__}: {exc}")
        return None


def drop(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--per-desk", type=int, default=500)
    args = parser.parse_args()
    delegates = max(300, args.desks * args.per_desk)
    print(f"meetingdesk several-desk benchmark: {args.desks} desks x {args.per_desk} check-ins")
    with tempfile.TemporaryDirectory(prefix="meetingdesk-bench-") as folder:
        sqlite_db = str(Path(folder) / "desks.sqlite3")
        build_demo(Path(sqlite_db), delegates)
        report("SQLite", *burst(sqlite_db, plan(sqlite_db, args.desks, args.per_desk)))
    url = postgres_database()
    if url is not None:
        try:
            services = open_services(url)
            build_demo_into(services, delegates=delegates, seed=1)
            services.close()
            report("PostgreSQL", *burst(url, plan(url, args.desks, args.per_desk)))
        finally:
            drop(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
