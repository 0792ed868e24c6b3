"""Badge printing speed, database to PDF file.

    python benchmarks/bench_badges.py                    # 10,000 A6 badges
    python benchmarks/bench_badges.py --badges 300 --stock 30   # quick

Builds a demo database, then times BadgeService.print_badges for every badge
(select, sign, render the A6 layout, write the file, record them as printed):
the target is at least 1,000 badges per second end to end. In the same run it
renders the same badges through the renderer twice more, once with meetingdesk's
QR drawing and once with ReportLab's stock QrCodeWidget, and prints the ratio.
The script reports; it does not fail when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import build_demo

from meetingdesk.badges.layout import load_layout
from meetingdesk.badges.qr import draw_qr, draw_qr_widget
from meetingdesk.badges.render import BadgeRenderer
from meetingdesk.domain.values import Desk
from meetingdesk.services.app import open_services

TARGET = 1_000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--badges", type=int, default=10_000)
    parser.add_argument("--stock", type=int, default=300, help="badges for the stock QR path")
    parser.add_argument("--layout", default="a6-portrait")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="meetingdesk-bench-") as folder:
        db = Path(folder) / "bench.sqlite3"
        build_demo(db, args.badges + args.badges // 20 + 20, seed=3)
        services = open_services(db, create=False)
        try:
            ids, _ = services.badges.select()
            ids = ids[: args.badges]
            BadgeRenderer(load_layout(args.layout))  # fonts registered before timing
            start = time.perf_counter()
            result = services.badges.print_badges(
                ids, Path(folder) / "badges.pdf", Desk("Bench", "bench"), layout=args.layout
            )
            seconds = time.perf_counter() - start
            rate = result.printed / seconds
            size = (Path(folder) / "badges.pdf").stat().st_size / 1e6
            verdict = "met" if rate >= TARGET else "MISSED"
            print(f"meetingdesk badge benchmark: {result.printed:,} badges, {args.layout}")
            print(
                f"end to end {rate:8.0f} badges/s  ({seconds:.2f} s, {result.pages} pages,"
                f" {size:.1f} MB)  target >= {TARGET:.0f}/s: {verdict}"
            )

            sample = services.badges.badge_data(ids[: args.stock])
            layout = load_layout(args.layout)
            rates = {}
            for name, drawer in (
                ("meetingdesk QR", draw_qr),
                ("stock QrCodeWidget", draw_qr_widget),
            ):
                start = time.perf_counter()
                BadgeRenderer(layout, qr=drawer).render(sample, Path(folder) / f"{name}.pdf")
                rates[name] = len(sample) / (time.perf_counter() - start)
                print(f"render     {rates[name]:8.0f} badges/s  ({name}, {len(sample)} badges)")
            ratio = rates["meetingdesk QR"] / rates["stock QrCodeWidget"]
            print(f"ratio      {ratio:8.1f} x faster than the stock QR path")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
