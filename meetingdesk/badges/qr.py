"""QR codes drawn fast: a compiled encoder (zxing-cpp) and the module matrix
written as one PDF path of horizontal runs.

ReportLab's own QrCodeWidget encodes in Python and draws every module as a
separate shape; this is what keeps printing at a thousand badges a second."""

from __future__ import annotations

import re
from collections.abc import Callable

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 4  # the white margin a scanner needs, part of the element's square

QrDrawer = Callable[[Canvas, str, float, float, float], None]


def modules(payload: str) -> tuple[int, bytes]:
    """Side length and the matrix, row by row, 0 for a dark module."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    side = image.shape[0]
    return side, bytes(memoryview(image))  # type: ignore[arg-type]  # buffer protocol


_DARK_RUN = re.compile(b"\x00+")


def _runs(side: int, matrix: bytes) -> str:
    """One "x y w 1 re" rectangle per horizontal run of dark modules."""
    ops = []
    for row in range(side):
        y = side - row - 1
        for run in _DARK_RUN.finditer(matrix, row * side, (row + 1) * side):
            start, end = run.span()
            ops.append(f"{start - row * side} {y} {end - start} 1 re")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, payload: str, left: float, bottom: float, size: float) -> None:
    """The code in a white square of ``size`` points, quiet zone included."""
    side, matrix = modules(payload)
    module = size / (side + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(left, bottom, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # In module units, so the path is small integers: quick to write, exact to scan.
    canvas.transform(
        module, 0, 0, module, left + QUIET_MODULES * module, bottom + QUIET_MODULES * module
    )
    canvas.addLiteral(_runs(side, matrix) + "\nf")
    canvas.restoreState()


def draw_qr_widget(canvas: Canvas, payload: str, left: float, bottom: float, size: float) -> None:
    """ReportLab's stock QR path, kept for comparison in the benchmark."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M", barBorder=QUIET_MODULES)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, left, bottom)
