"""Live counts: checked in against expected, per category and in all, and the
arrivals of the meeting day as a bar chart with a time axis and a count scale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from meetingdesk.qt.widgets import ElidedLabel, named
from meetingdesk.qt.wording import number, short_time
from meetingdesk.services.overview import Counts


def scale_top(peak: int) -> int:
    """A round top for the count scale, at or above the busiest slot: 1, 2, 5,
    10, 20, 50, …"""
    power = 1
    while True:
        for mantissa in (1, 2, 5):
            if mantissa * power >= peak:
                return mantissa * power
        power *= 10


class ArrivalsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self._counts: Counts | None = None

    def set_counts(self, counts: Counts) -> None:
        self._counts = counts
        self.setToolTip(
            "\n".join(f"{short_time(start)}  {number(n)}" for start, n in counts.arrivals if n)
        )
        self.update()

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 2, 7))
        return font

    def hours_per_label(self) -> int:
        """How many hours apart the time axis names its hours: as few as its
        labels allow without touching (a long day, a narrow panel, a large font)."""
        counts = self._counts
        if counts is None or not counts.arrivals:
            return 1
        widest = QFontMetrics(self._label_font()).horizontalAdvance(
            short_time(counts.arrivals[0][0])
        )
        hours = len(counts.arrivals) * counts.slot_minutes / 60
        per_hour = max(self.width() - 30, 1) / max(hours, 1)
        return next((h for h in (1, 2, 3, 4, 6, 12) if h * per_hour >= widest + 8), 24)

    def time_labels(self) -> list[tuple[dt.datetime, str]]:
        """The slots the time axis names, and how: whole hours, spaced to be read."""
        if self._counts is None:
            return []
        step = self.hours_per_label()
        return [
            (start, short_time(start))
            for start, _ in self._counts.arrivals
            if start.minute == 0 and start.hour % step == 0
        ]

    def scale(self) -> int:
        """The count at the top of the scale."""
        peak = max((n for _, n in self._counts.arrivals), default=0) if self._counts else 0
        return scale_top(peak)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        counts = self._counts
        if counts is None or not counts.arrivals:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._label_font())
        metrics = painter.fontMetrics()
        top = self.scale()
        gutter = metrics.horizontalAdvance(number(top)) + 4
        label_height = metrics.height()
        area = QRectF(self.rect()).adjusted(gutter, label_height / 2, -2, -label_height - 2)
        text = self.palette().windowText().color()
        grid = QPen(self.palette().mid().color())
        grid.setStyle(Qt.PenStyle.DotLine)
        # The count scale: 0, half, top, with light lines across.
        for value in (0, top // 2, top) if top > 1 else (0, top):
            y = area.bottom() - area.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - label_height / 2, gutter - 3, label_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(value),
            )
        width = area.width() / len(counts.arrivals)
        colour = self.palette().highlight().color()
        for i, (_start, n) in enumerate(counts.arrivals):
            height = area.height() * n / top
            bar = QRectF(area.left() + i * width + 1, area.bottom() - height, width - 2, height)
            painter.fillRect(bar, colour)
        # The time axis: whole hours, named.
        painter.setPen(text)
        starts = [start for start, _ in counts.arrivals]
        for start, label in self.time_labels():
            x = area.left() + starts.index(start) * width
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3))
            half = metrics.horizontalAdvance(label) / 2 + 1
            centre = min(max(x, half), self.width() - half)  # never cut at either end
            painter.drawText(
                QRectF(centre - half, area.bottom() + 2, 2 * half, label_height),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.end()


class CountsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = named(QLabel(wordWrap=True), "totalCount")  # long in some languages
        font = QFont(self.total.font())
        font.setPointSize(14)
        font.setBold(True)
        self.total.setFont(font)
        self.grid = QGridLayout()
        self.chart = named(ArrivalsChart(), "arrivalsChart")
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addLayout(self.grid)
        layout.addWidget(QLabel(self.tr("Arrivals today"), wordWrap=True))
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, tuple[QLabel, QProgressBar]] = {}

    def set_counts(self, counts: Counts) -> None:
        self.total.setText(
            self.tr("Checked in: %1 of %2")
            .replace("%1", number(counts.checked_in))
            .replace("%2", number(counts.expected))
        )
        for row, category in enumerate(counts.categories):
            if category.code not in self.rows:
                swatch = QLabel()
                swatch.setFixedSize(12, 12)
                swatch.setStyleSheet(f"background: {category.colour}; border-radius: 2px;")
                label = ElidedLabel(category.label)  # whole in its tooltip
                figures = named(QLabel(), f"count{category.code}")
                bar = QProgressBar()
                bar.setTextVisible(False)
                bar.setMaximumHeight(6)
                # Label and figures on one line, the bar under them.
                self.grid.addWidget(swatch, 2 * row, 0)
                self.grid.addWidget(label, 2 * row, 1)
                self.grid.addWidget(figures, 2 * row, 2, Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(bar, 2 * row + 1, 1, 1, 2)
                self.rows[category.code] = (figures, bar)
            figures, bar = self.rows[category.code]
            figures.setText(f"{number(category.checked_in)} / {number(category.expected)}")
            bar.setMaximum(max(category.expected, 1))
            bar.setValue(category.checked_in)
        self.chart.set_counts(counts)
