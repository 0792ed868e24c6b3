"""Every benchmark runs once at a small size, so none of them rots.

Timings are printed, never asserted: speed goals are shown by the benchmarks
at full size (see README), not by tests on a shared machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


# script -> (small-size arguments, lines its report must print)
RUNS = {
    "bench_model_layer.py": (
        ["--delegates", "400", "--checkins", "40", "--repeats", "1"],
        ["demo build", "search ", "2 words", "check-in", "cli search", "cli checkin"],
    ),
    "bench_import.py": (
        ["--rows", "200", "--big", "1000"],
        ["CSV ", "XLSX ", "  bare", "CSV into"],
    ),
    "bench_exports.py": (["--delegates", "150"], ["attendance XLSX", "participants PDF"]),
    "bench_desks.py": (["--desks", "2", "--per-desk", "20"], ["SQLite ", "PostgreSQL "]),
    "bench_desk.py": (
        ["--delegates", "300", "--startup-delegates", "100"],
        ["key stroke", "plain QSortFilterProxyModel", "ratio", "whole window", "start-up"],
    ),
    "bench_network.py": (
        ["--delegates", "300", "--checkins", "3"],
        ["normal traffic", "200 ms added", "cable pulled", "check-ins on the server", "Delegates"],
    ),
    "bench_search_recall.py": (["--per-locale", "10"], ["ru-icao ", "el-elot743 ", "tables "]),
    "bench_badges.py": (
        ["--badges", "60", "--stock", "5"],
        ["end to end", "bare canvas", "render ", "ratio"],
    ),
}


@pytest.mark.parametrize(
    ("script", "args", "expected_lines"), [(s, *run) for s, run in RUNS.items()]
)
def test_benchmark_runs_at_a_small_size(
    script: str, args: list[str], expected_lines: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for start in expected_lines:
        assert any(line.startswith(start) for line in done.stdout.splitlines()), done.stdout


def test_every_benchmark_is_exercised() -> None:
    assert {p.name for p in BENCHMARKS.glob("bench_*.py")} == set(RUNS)
