"""PDF pages to a printer: each page rasterised by PDFium at the printer's
resolution and painted full-page, so the printer gets exactly what the PDF shows.

The result says what the print system did with the job (accepted, refused,
cancelled); badges count as printed only when it was accepted."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from meetingdesk.domain.values import JobOutcome, PrintJobResult

log = logging.getLogger("meetingdesk.badges")

MAX_DPI = 600


def printer_name(printer: QPrinter) -> str:
    return printer.printerName() or printer.outputFileName() or ""


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintJobResult:
    """Send every page of ``pdf`` to ``printer``; say what the print system did
    with the job. Only ACCEPTED means the badges may be recorded as printed."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        count = len(document)
        if count == 0:
            return PrintJobResult(JobOutcome.REFUSED, 0, "empty document")
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
            log.warning("printer %r refused the job", printer_name(printer))
            return PrintJobResult(JobOutcome.REFUSED, 0, printer_name(printer))
        sent = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(count):
                if cancelled is not None and cancelled():
                    printer.abort()
                    log.info("print job cancelled after %d of %d pages", sent, count)
                    return PrintJobResult(JobOutcome.CANCELLED, sent, printer_name(printer))
                if index and not printer.newPage():
                    return PrintJobResult(JobOutcome.REFUSED, sent, printer_name(printer))
                bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                ).copy()  # own the pixels: PDFium's buffer goes away with the bitmap
                painter.drawImage(QRectF(painter.viewport()), image)
                sent += 1
                if progress is not None:
                    progress(sent, count)
        finally:
            painter.end()
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            log.warning("printer %r failed the job", printer_name(printer))
            return PrintJobResult(JobOutcome.REFUSED, sent, printer_name(printer))
        return PrintJobResult(JobOutcome.ACCEPTED, sent, printer_name(printer))
    finally:
        document.close()
