"""One desk in a burst: check in the given badge codes as fast as it can.

    python tests/desk_burst.py DB DESK CODE...

Prints one line per code *after* its transaction committed ("done CODE 1.23"
with the latency in ms, or "already CODE ...", "refused ...", "error ..."), so a
parent that kills this process knows exactly what the desk had reported done.
Used by the several-desk tests and benchmarks/bench_desks.py."""

from __future__ import annotations

import sys
import time

from meetingdesk.domain.errors import MeetingdeskError
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import open_services


def main(argv: list[str]) -> int:
    db, desk_name, *badge_codes = argv
    services = open_services(db, create=False)
    services.checkin.prepare()  # as the desk window does at start-up
    desk = Desk(desk_name, desk_name.lower())
    for code in badge_codes:
        start = time.perf_counter()
        try:
            result = services.checkin.check_in(code, desk)
        except MeetingdeskError as exc:
            print(f"error {code} {exc}", flush=True)
            continue
        elapsed = (time.perf_counter() - start) * 1000
        print(f"{result.outcome.value} {code} {elapsed:.3f}", flush=True)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
