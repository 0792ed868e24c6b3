"""Several desks checking in at once: check-ins per second and latency, with four
desk processes on one database, on SQLite and (when its server answers) on
PostgreSQL.

    python benchmarks/bench_desks.py                  # 4 desks x 500 check-ins
    python benchmarks/bench_desks.py --per-desk 50    # quick

Each desk checks in its own list of badge codes, drawn to overlap with the other
desks' (so about a third of the attempts meet "already checked in"), each as its
own committed transaction. Latency is measured inside each desk, per check-in;
throughput is all check-ins over the time the busiest desk spent on them (the
desks run at the same time; their start-up is left out). Rounds (``--rounds``,
each with its own people) alternate meetingdesk's desks and the bare ones and are
pooled, so that a machine slowing down meanwhile slows both.

The anchor runs in the same run on an identical copy of the database: the same
bursts by bare desks (benchmarks/_raw.py: the same transactions written by hand
on ``sqlite3`` and psycopg). Target (issue 17): meetingdesk's desks reach at least
0.7x the bare desks' throughput, with a p95 latency within 1.5x of theirs.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import build_demo, drop, percentile, postgres_database

from meetingdesk.services.app import open_services
from meetingdesk.services.demo import build_demo as build_demo_into

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "desk_burst.py"
RAW_WORKER = ROOT / "benchmarks" / "_raw.py"


def plans(db: str, desks: int, per_desk: int, rounds: int) -> list[list[list[str]]]:
    """Per round, per desk, the codes to check in: each round its own people
    (so every round starts with nobody in), drawn to overlap between desks."""
    services = open_services(db, create=False)
    try:
        ids, _ = services.badges.select()
        people = [services.registry.delegate(i) for i in ids]
        pool = [p.badge_code for p in people if not p.requires_id_check]
    finally:
        services.close()
    rng = random.Random(8)
    span = int(per_desk * desks * 0.7)
    out = []
    for r in range(rounds):
        usable = pool[r * span : (r + 1) * span]
        out.append([rng.sample(usable, min(per_desk, len(usable))) for _ in range(desks)])
    return out


Burst = tuple[float, list[float], dict[str, int]]


def burst(db: str, plans: list[list[str]], worker: Path = WORKER) -> Burst:
    """Seconds the busiest desk spent checking in (its start-up excluded), every
    latency, and the outcomes."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(worker), db, f"Desk {n}", *codes],
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


def pooled(bursts: list[Burst]) -> Burst:
    """Several rounds as one: their check-ins over their summed busiest times."""
    outcomes: dict[str, int] = {}
    for _, _, counts in bursts:
        for key, n in counts.items():
            outcomes[key] = outcomes.get(key, 0) + n
    return (
        sum(b[0] for b in bursts),
        [ms for b in bursts for ms in b[1]],
        outcomes,
    )


def rounds_of(ours_db: str, bare_db: str, rounds: list[list[list[str]]]) -> tuple[Burst, Burst]:
    """meetingdesk's desks and the bare desks in turn, round after round, so a
    machine that slows down meanwhile slows both."""
    ours, bare = [], []
    for desk_plans in rounds:
        ours.append(burst(ours_db, desk_plans))
        bare.append(burst(bare_db, desk_plans, RAW_WORKER))
    return pooled(ours), pooled(bare)


def compare(engine: str, ours: Burst, bare: Burst) -> None:
    """Both runs, and the ratios beside the targets."""
    report(engine, *ours)
    report("  bare", *bare)
    throughput = (len(ours[1]) / ours[0]) / (len(bare[1]) / bare[0])
    p95 = percentile(ours[1], 0.95) / percentile(bare[1], 0.95)
    met = throughput >= 0.7 and p95 <= 1.5
    print(
        f"  ratio     throughput {throughput:4.2f}x, p95 {p95:4.2f}x the bare desks"
        f"   target >= 0.7x and <= 1.5x: {'met' if met else 'MISSED'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--per-desk", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs, pooled")
    args = parser.parse_args()
    delegates = max(300, args.desks * args.per_desk * args.rounds)
    print(f"meetingdesk several-desk benchmark: {args.desks} desks x {args.per_desk} check-ins")
    with tempfile.TemporaryDirectory(prefix="meetingdesk-bench-") as folder:
        sqlite_db = Path(folder) / "desks.sqlite3"
        build_demo(sqlite_db, delegates)
        bare_db = Path(folder) / "bare.sqlite3"
        shutil.copyfile(sqlite_db, bare_db)
        rounds = plans(str(sqlite_db), args.desks, args.per_desk, args.rounds)
        compare("SQLite", *rounds_of(str(sqlite_db), str(bare_db), rounds))
    url = postgres_database()
    bare_url = postgres_database()
    try:
        if url is not None and bare_url is not None:
            for target in (url, bare_url):
                services = open_services(target)
                build_demo_into(services, delegates=delegates, seed=1)
                services.close()
            rounds = plans(url, args.desks, args.per_desk, args.rounds)
            compare("PostgreSQL", *rounds_of(url, bare_url, rounds))
    finally:
        for target in (url, bare_url):
            if target is not None:
                drop(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
