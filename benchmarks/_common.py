"""What the benchmark scripts share: a demo database built by the real command
line, and percentiles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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
