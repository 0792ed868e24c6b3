"""Live counts: checked in against expected, per category and in all, and the
arrivals of the last hours as a small bar chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from meetingdesk.qt.widgets import named
from meetingdesk.services.overview import Counts


class ArrivalsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(90)
        self._counts: Counts | None = None

    def set_counts(self, counts: Counts) -> None:
        self._counts = counts
        self.setToolTip("\n".join(f"{start:%H:%M}  {n}" for start, n in counts.arrivals if n))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        counts = self._counts
        if counts is None or not counts.arrivals:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_height = 14
        area = QRectF(self.rect()).adjusted(2, 2, -2, -label_height)
        peak = max(max(n for _, n in counts.arrivals), 1)
        width = area.width() / len(counts.arrivals)
        colour = self.palette().highlight().color()
        text = self.palette().windowText().color()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 2, 6))
        painter.setFont(font)
        for i, (start, n) in enumerate(counts.arrivals):
            height = area.height() * n / peak
            bar = QRectF(area.left() + i * width + 1, area.bottom() - height, width - 2, height)
            painter.fillRect(bar, colour)
            if start.minute == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(area.left() + i * width, area.bottom() + 1, width * 4, label_height),
                    Qt.AlignmentFlag.AlignLeft,
                    f"{start:%H}h",
                )
        painter.end()


class CountsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = named(QLabel(), "totalCount")
        font = QFont(self.total.font())
        font.setPointSize(14)
        font.setBold(True)
        self.total.setFont(font)
        self.grid = QGridLayout()
        self.chart = named(ArrivalsChart(), "arrivalsChart")
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addLayout(self.grid)
        layout.addWidget(QLabel(self.tr("Arrivals, last hours")))
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, tuple[QLabel, QProgressBar]] = {}

    def set_counts(self, counts: Counts) -> None:
        self.total.setText(
            self.tr("Checked in: %1 of %2")
            .replace("%1", str(counts.checked_in))
            .replace("%2", str(counts.expected))
        )
        for row, category in enumerate(counts.categories):
            if category.code not in self.rows:
                swatch = QLabel()
                swatch.setFixedSize(12, 12)
                swatch.setStyleSheet(f"background: {category.colour}; border-radius: 2px;")
                label = QLabel(category.label, wordWrap=True)
                number = named(QLabel(), f"count{category.code}")
                bar = QProgressBar()
                bar.setTextVisible(False)
                bar.setMaximumHeight(6)
                # Label and figures on one line, the bar under them.
                self.grid.addWidget(swatch, 2 * row, 0)
                self.grid.addWidget(label, 2 * row, 1)
                self.grid.addWidget(number, 2 * row, 2, Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(bar, 2 * row + 1, 1, 1, 2)
                self.rows[category.code] = (number, bar)
            number, bar = self.rows[category.code]
            number.setText(f"{category.checked_in} / {category.expected}")
            bar.setMaximum(max(category.expected, 1))
            bar.setValue(category.checked_in)
        self.chart.set_counts(counts)
