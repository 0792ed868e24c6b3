"""Badge printing speed, database to PDF file.

    python benchmarks/bench_badges.py                    # 10,000 A6 badges
    python benchmarks/bench_badges.py --badges 300 --stock 30   # quick

Builds a demo database, then times BadgeService.print_badges for every badge
(select, sign, render the A6 layout, write the file, record them as printed):
the target is at least 1,000 badges per second end to end. In the same run:

- the anchor: the same badges (their texts and signed QR payloads, read once,
  not timed) drawn with bare ReportLab canvas calls and the same QR drawing
  (benchmarks/_raw.py); target, issue 17: end to end at least 0.9x its rate;
- the same badges rendered through the renderer twice more, once with
  meetingdesk's QR drawing and once with ReportLab's stock QrCodeWidget.

The script reports; it does not fail when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import build_demo
from _raw import canvas_badges

from meetingdesk.badges.fonts import font_book
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
            every = services.badges.badge_data(ids)
            fonts = font_book()
            regular, bold = fonts.faces["regular"][0].name, fonts.faces["bold"][0].name
            # meetingdesk and the bare canvas in turn, twice; the faster of each.
            ours, bares = [], []
            for _ in range(2):
                start = time.perf_counter()
                result = services.badges.print_badges(
                    ids, Path(folder) / "badges.pdf", Desk("Bench", "bench"), layout=args.layout
                )
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                canvas_badges(every, Path(folder) / "bare.pdf", regular, bold)
                bares.append(time.perf_counter() - start)
            seconds = min(ours)
            rate = result.printed / seconds
            size = (Path(folder) / "badges.pdf").stat().st_size / 1e6
            verdict = "met" if rate >= TARGET else "MISSED"
            print(f"meetingdesk badge benchmark: {result.printed:,} badges, {args.layout}")
            print(
                f"end to end {rate:8.0f} badges/s  ({seconds:.2f} s, {result.pages} pages,"
                f" {size:.1f} MB)  target >= {TARGET:.0f}/s: {verdict}"
            )

            bare = len(every) / min(bares)
            ratio = rate / bare
            print(
                f"bare canvas {bare:7.0f} badges/s  (the same badges, plain canvas calls):"
                f" end to end {ratio:4.2f}x   target >= 0.9x: {'met' if ratio >= 0.9 else 'MISSED'}"
            )
            sample = every[: args.stock]
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
