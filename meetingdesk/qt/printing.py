"""PDF pages to a printer: each page rasterised by PDFium at the printer's
resolution and painted full-page, so the printer gets exactly what the PDF shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from meetingdesk.domain.errors import MeetingdeskError

MAX_DPI = 600


class PrinterUnavailable(MeetingdeskError):
    """The printer cannot be opened (missing, offline, or refused the job)."""


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print every page of ``pdf``; return the number of pages sent."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        if count == 0:
            return 0
        width, height = document[0].get_size()  # points
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "meetingdesk"),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(printer):
            name = printer.printerName() or printer.outputFileName() or "the printer"
            raise PrinterUnavailable(f"cannot print to {name}")
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(count):
                if cancelled is not None and cancelled():
                    printer.abort()
                    break
                if index:
                    printer.newPage()
                bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                ).copy()  # own the pixels: PDFium's buffer goes away with the bitmap
                target = QRectF(painter.viewport())
                painter.drawImage(target, image)
                if progress is not None:
                    progress(index + 1, count)
            else:
                return count
            return index
        finally:
            painter.end()
    finally:
        document.close()
