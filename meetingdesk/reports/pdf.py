"""Typeset PDF reports, drawn straight on a ReportLab canvas.

Platypus would be easier to write and ten times slower: a list of ten thousand
participants has to come out in a few seconds. Lines are wrapped by measured
width, pages carry the title, the meeting and page numbers, and every text is
drawn in a font that has its letters (the badges' font book)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from meetingdesk.badges.fonts import BOLD, REGULAR, FontBook, font_book
from meetingdesk.files import atomic_output
from meetingdesk.reports.cells import text
from meetingdesk.reports.model import Report, Sheet

MARGIN = 42.0
LEADING = 1.3


class Typesetter:
    def __init__(self, path: Path, report: Report, wide: bool = False) -> None:
        self.report = report
        self.fonts: FontBook = font_book()
        self.size = landscape(A4) if wide else A4
        self.canvas = Canvas(
            str(path),
            pagesize=self.size,
            pageCompression=1,
            invariant=1,
            initialFontName=self.fonts.faces[REGULAR][0].name,
        )
        self.canvas.setTitle(f"{report.title} — {report.subtitle}")
        self.canvas.setCreator("meetingdesk")
        self.page = 0
        self.y = 0.0
        self.width = self.size[0] - 2 * MARGIN
        self.new_page()

    # --- pages ---------------------------------------------------------------------

    def new_page(self) -> None:
        if self.page:
            self.canvas.showPage()
        self.page += 1
        top = self.size[1] - MARGIN
        self._draw(MARGIN, top, self.report.title, 14, BOLD)
        y = top - 6
        for line in self.wrap(self.report.subtitle, 8, self.width):
            y -= 10
            self._draw(MARGIN, y, line, 8, REGULAR)
        self._draw(self.size[0] - MARGIN - 60, MARGIN - 20, f"page {self.page}", 8, REGULAR)
        self.y = y - 14

    def space(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.new_page()

    def finish(self) -> None:
        self.canvas.save()

    # --- text ----------------------------------------------------------------------

    def _face(self, value: str, weight: str) -> str:
        face = self.fonts.face_for(value, weight) or self.fonts.faces[weight][0]
        return face.name

    def _draw(self, x: float, y: float, value: str, size: float, weight: str) -> None:
        name = self._face(value, weight)
        self.canvas.setFont(name, size)
        self.canvas.drawString(x, y, value)

    def wrap(self, value: str, size: float, width: float, weight: str = REGULAR) -> list[str]:
        name = self._face(value, weight)
        if pdfmetrics.stringWidth(value, name, size) <= width:
            return [value]
        lines: list[str] = []
        line = ""
        for word in value.split():
            candidate = f"{line} {word}".strip()
            if pdfmetrics.stringWidth(candidate, name, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while pdfmetrics.stringWidth(word, name, size) > width:  # one very long word
                cut = len(word)
                while cut > 1 and pdfmetrics.stringWidth(word[:cut], name, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        if line:
            lines.append(line)
        return lines or [""]

    def paragraph(
        self,
        value: str,
        size: float = 9,
        weight: str = REGULAR,
        indent: float = 0,
        before: float = 0,
    ) -> None:
        lines = self.wrap(value, size, self.width - indent, weight)
        self.space(before + len(lines) * size * LEADING)
        self.y -= before
        for line in lines:
            self.y -= size * LEADING
            self._draw(MARGIN + indent, self.y + size * 0.3, line, size, weight)

    def row(
        self,
        cells: list[str],
        widths: list[float],
        size: float = 8,
        weight: str = REGULAR,
        box: bool = False,
    ) -> None:
        """One table row; cells wrap inside their column; the row moves whole to the
        next page rather than split."""
        wrapped = [self.wrap(c, size, w - 4, weight) for c, w in zip(cells, widths, strict=True)]
        height = max(len(w) for w in wrapped) * size * LEADING + 2
        self.space(height)
        x = MARGIN
        for lines, width in zip(wrapped, widths, strict=True):
            y = self.y
            for line in lines:
                y -= size * LEADING
                self._draw(x + 2, y + size * 0.3, line, size, weight)
            x += width
        if box:  # a tick box before the first column
            self.canvas.rect(MARGIN - 14, self.y - size * LEADING + 1, 9, 9)
        self.y -= height
        self.canvas.setLineWidth(0.2)
        self.canvas.line(MARGIN, self.y + 1, MARGIN + sum(widths), self.y + 1)

    def table(self, sheet: Sheet, weights: list[float] | None = None, size: float = 8) -> None:
        columns = len(sheet.headers)
        weights = weights or [1.0] * columns
        total = sum(weights)
        widths = [self.width * w / total for w in weights]
        self.row(sheet.headers, widths, size, BOLD)
        for values in sheet.rows:
            if self.y - size * LEADING * 2 < MARGIN:
                self.new_page()
                self.row(sheet.headers, widths, size, BOLD)
            self.row([text(v) for v in values], widths, size)

    def bars(self, title: str, values: list[tuple[str, int]]) -> None:
        """A horizontal bar chart: one bar per label, its figure at the end."""
        if not values:
            return
        self.paragraph(title, 11, BOLD, before=10)
        peak = max(max(v for _, v in values), 1)
        label_width = self.width * 0.38
        bar_room = self.width - label_width - 40
        for label, value in values:
            self.space(14)
            self.y -= 14
            shown = self.wrap(label, 8, label_width - 6)[0]
            self._draw(MARGIN, self.y + 3, shown, 8, REGULAR)
            self.canvas.setFillColorRGB(0.12, 0.31, 0.6)
            self.canvas.rect(
                MARGIN + label_width, self.y + 2, bar_room * value / peak, 9, stroke=0, fill=1
            )
            self.canvas.setFillColorRGB(0, 0, 0)
            self._draw(
                MARGIN + label_width + bar_room * value / peak + 4,
                self.y + 3,
                str(value),
                8,
                REGULAR,
            )


def write_pdf(report: Report, path: Path, protected: Sequence[Path] = ()) -> None:
    with atomic_output(path, list(protected)) as partial:
        wide = report.kind in ("attendance", "checkins")
        typesetter = Typesetter(partial, report, wide=wide)
        {
            "participants": _participants,
            "attendance": _attendance,
            "checkins": _checkins,
            "statistics": _statistics,
            "sheets": _sheets,
        }[report.kind](typesetter, report)
        typesetter.finish()


def _participants(t: Typesetter, report: Report) -> None:
    for group in report.groups:
        t.paragraph(group.title.upper(), 12, BOLD, before=12)
        for delegation in group.delegations:
            t.paragraph(delegation.name, 10, BOLD, before=6)
            for member in delegation.members:
                line = member.display()
                if member.function:
                    line += f", {member.function}"
                if member.head and "head of delegation" not in member.function.casefold():
                    line += " (Head of Delegation)"
                t.paragraph(line, 9, REGULAR, indent=12)


def _attendance(t: Typesetter, report: Report) -> None:
    matrix = report.sheets[0]
    sessions = len(matrix.headers) - 4
    t.paragraph("Who attended which session", 11, BOLD)
    t.table(matrix, [1.4, 1.8, 0.6, 0.8] + [0.7] * sessions, size=7)
    for title, present in report.sessions:
        t.paragraph(title, 11, BOLD, before=14)
        widths = [50.0, t.width - 50.0]
        for time, who in present:
            t.row([time, who], widths)


def _checkins(t: Typesetter, report: Report) -> None:
    t.table(report.sheets[0], [1.1, 1.0, 0.8, 0.8, 1.6, 1.4, 0.8, 1.4], size=7)


def _statistics(t: Typesetter, report: Report) -> None:
    for sheet in report.sheets:
        t.paragraph(sheet.name, 11, BOLD, before=10)
        t.table(sheet, [3, 1, 1, 1] if len(sheet.headers) == 4 else [3, 1.4, 1])
    for title, values in report.charts.items():
        t.bars(title, values)


def _sheets(t: Typesetter, report: Report) -> None:
    widths = [t.width * 0.55, t.width * 0.45]
    for group in report.groups:
        for delegation in group.delegations:
            t.paragraph(f"{delegation.name} — check-in list", 11, BOLD, before=10)
            for member in delegation.members:
                t.row([member.display(), ""], widths, size=9, box=True)
    for title, _ in report.sessions:
        t.new_page()
        t.paragraph(f"Sign-in sheet: {title}", 12, BOLD)
        t.row(
            ["Name (capitals)", "Delegation", "Signature"],
            [t.width * 0.4, t.width * 0.3, t.width * 0.3],
            size=9,
            weight=BOLD,
        )
        while t.y - 22 > MARGIN:
            t.row(["", "", ""], [t.width * 0.4, t.width * 0.3, t.width * 0.3], size=14)
