"""What the benchmark scripts share: a demo database built by the real command
line, and percentiles."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

PG = os.environ.get("MEETINGDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def build_demo(db: Path, delegates: int = 300, seed: int = 1) -> None:
    """``meetingdesk demo`` in its own process, as an organiser would run it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "meetingdesk",
            "demo",
            "--db",
            str(db),
            "--delegates",
            str(delegates),
            "--seed",
            str(seed),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


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
