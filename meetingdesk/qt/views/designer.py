"""Badges › Design layout…: a layout drawn to scale and edited by hand.

The sheet is a ``QGraphicsScene`` in millimetres; each element is an item that
moves and resizes with snapping (a half-millimetre grid, and the edges and
centres of the badge and of the other elements, shown as guides). Every edit is
a command on a ``QUndoStack`` that changes the ``LayoutDraft`` (plain data,
``badges.design``); nothing else holds the layout. Under the frames lies the
badge as the real renderer draws it for a chosen delegate or sample, redrawn off
the GUI thread after each edit, with the checks of ``badges.preview``: a QR code
a scanner cannot read, a text that shrinks below its floor for some delegate of
the event, an element outside the badge or its safe area."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QStyleOptionGraphicsItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from meetingdesk.badges.data import BadgeData
from meetingdesk.badges.design import (
    QR_SMALLEST,
    SMALLEST,
    THINNEST,
    Geometry,
    LayoutDraft,
    Problem,
    Trouble,
    box_of,
    tidy,
)
from meetingdesk.badges.layout import LayoutError, data_uri, parse_layout_text, picture_bytes
from meetingdesk.badges.texts import badge_languages
from meetingdesk.badges.variables import VARIABLES
from meetingdesk.domain.values import Desk, SearchHit
from meetingdesk.qt.views.person_finder import PersonFinder
from meetingdesk.qt.widgets import named
from meetingdesk.qt.wording import badge_variable, failure
from meetingdesk.qt.workers import InOrder, LatestOnly, expected
from meetingdesk.services.badges import BadgeService, DesignSample
from meetingdesk.services.layouts import LayoutChoice, LayoutLibrary
from meetingdesk.services.search import SearchService

GRID = 0.5  # mm: where a dragged edge lands when no guide is near
SNAP = 1.0  # mm: how near an edge must come to a guide to snap to it
NUDGE = 0.5  # mm per arrow key; ten times that with Shift
PREVIEW_PX_PER_MM = 8.0
LARGEST_PICTURE = 10_000_000  # bytes: artwork or an image larger than this is refused
HANDLE = 2.0  # mm: the corner that resizes

PALETTE_MIME = "application/x-meetingdesk-element"
PALETTE_ORDER = ("name", "native_name", "field", "label", "qr", "photo", "band", "image", "line")

FileChooser = Callable[[QWidget, str, str], Path | None]


def choose_file(parent: QWidget, caption: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, "", filters)
    return Path(chosen) if chosen else None


def palette_entry(entry: str) -> str:
    return {
        "name": QCoreApplication.translate("DesignerWindow", "Name"),
        "native_name": QCoreApplication.translate("DesignerWindow", "Name in native script"),
        "field": QCoreApplication.translate("DesignerWindow", "Text from a field"),
        "label": QCoreApplication.translate("DesignerWindow", "Fixed text"),
        "qr": QCoreApplication.translate("DesignerWindow", "QR code"),
        "photo": QCoreApplication.translate("DesignerWindow", "Photo"),
        "band": QCoreApplication.translate("DesignerWindow", "Category colour band"),
        "image": QCoreApplication.translate("DesignerWindow", "Image…"),
        "line": QCoreApplication.translate("DesignerWindow", "Line"),
    }[entry]


def sample_name(sample: DesignSample) -> str:
    return {
        DesignSample.LONGEST: QCoreApplication.translate("DesignerWindow", "Sample: longest name"),
        DesignSample.ARABIC: QCoreApplication.translate("DesignerWindow", "Sample: Arabic name"),
        DesignSample.CYRILLIC: QCoreApplication.translate(
            "DesignerWindow", "Sample: Cyrillic name"
        ),
        DesignSample.NO_PHOTO: QCoreApplication.translate("DesignerWindow", "Sample: no photo"),
    }[sample]


def element_title(element: dict[str, Any]) -> str:
    kind = element["kind"]
    if kind in ("text", "band"):
        return badge_variable(element["variable"])
    if kind == "label":
        texts = element.get("texts") or {}
        return str(texts.get("en") or next(iter(texts.values()), ""))
    return {
        "qr": QCoreApplication.translate("DesignerWindow", "QR code"),
        "photo": QCoreApplication.translate("DesignerWindow", "Photo"),
        "image": QCoreApplication.translate("DesignerWindow", "Image"),
        "line": QCoreApplication.translate("DesignerWindow", "Line"),
    }[kind]


# --- undo commands --------------------------------------------------------------------


class _Edit(QUndoCommand):
    def __init__(self, window: DesignerWindow, text: str) -> None:
        super().__init__(text)
        self.window = window


class GeometryEdit(_Edit):
    NUDGE_ID = 1

    def __init__(
        self, window: DesignerWindow, index: int, before: Geometry, after: Geometry, nudge: bool
    ) -> None:
        super().__init__(window, QCoreApplication.translate("DesignerWindow", "Move or resize"))
        self.index, self.before, self.after, self.nudge = index, before, after, nudge

    def id(self) -> int:
        return self.NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, GeometryEdit) or other.index != self.index:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.window.draft.set_geometry(self.index, self.after)
        self.window.changed(self.index)

    def undo(self) -> None:
        self.window.draft.set_geometry(self.index, self.before)
        self.window.changed(self.index)


class ValueEdit(_Edit):
    ID = 2

    def __init__(self, window: DesignerWindow, index: int, key: str, value: Any) -> None:
        super().__init__(window, QCoreApplication.translate("DesignerWindow", "Change a property"))
        self.index, self.key, self.value = index, key, value
        self.before: Any = None

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        # Typing in one field is one step to undo, not one per letter.
        if not isinstance(other, ValueEdit) or (other.index, other.key) != (self.index, self.key):
            return False
        if self.key not in ("texts", "title", "colour", "size", "min_size"):
            return False
        self.value = other.value
        return True

    def redo(self) -> None:
        before = self.window.draft.set_value(self.index, self.key, self.value)
        if self.before is None:
            self.before = before
        self.window.changed(self.index)

    def undo(self) -> None:
        self.window.draft.set_value(self.index, self.key, self.before)
        self.window.changed(self.index)


class InsertEdit(_Edit):
    def __init__(self, window: DesignerWindow, index: int, element: dict[str, Any]) -> None:
        super().__init__(window, QCoreApplication.translate("DesignerWindow", "Add an element"))
        self.index, self.element = index, element

    def redo(self) -> None:
        self.window.draft.insert(self.index, self.element)
        self.window.rebuild(select=self.index)

    def undo(self) -> None:
        self.window.draft.remove(self.index)
        self.window.rebuild(select=None)


class RemoveEdit(_Edit):
    def __init__(self, window: DesignerWindow, index: int) -> None:
        super().__init__(window, QCoreApplication.translate("DesignerWindow", "Delete an element"))
        self.index = index
        self.element: dict[str, Any] = {}

    def redo(self) -> None:
        self.element = self.window.draft.remove(self.index)
        self.window.rebuild(select=None)

    def undo(self) -> None:
        self.window.draft.insert(self.index, self.element)
        self.window.rebuild(select=self.index)


# --- the sheet --------------------------------------------------------------------------


class ElementItem(QGraphicsObject):
    """One element's frame on the sheet, in millimetres."""

    def __init__(self, window: DesignerWindow, index: int) -> None:
        super().__init__()
        self.designer = window
        self.index = index
        self.title = ""
        self.kind = ""
        self.problems: list[str] = []
        self._size = (1.0, 1.0)
        self._resizing = False
        self._placing = False
        self._pressed_at: Geometry | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.refresh()

    def refresh(self) -> None:
        element = self.designer.draft.elements[self.index]
        x, y, w, h = self.designer.draft.geometry(self.index)
        self.kind = element["kind"]
        self.title = element_title(element)
        self.prepareGeometryChange()
        self._size = (w, h)
        self._placing = True  # where the draft says: not snapped again
        self.setPos(x, y)
        self._placing = False
        self.setToolTip("\n".join([self.title, *self.problems]))
        self.update()

    def geometry(self) -> Geometry:
        return self.pos().x(), self.pos().y(), self._size[0], self._size[1]

    def boundingRect(self) -> QRectF:  # noqa: N802
        w, h = self._size
        return QRectF(-0.5, -0.5, w + 1, h + 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        w, h = self._size
        selected = self.isSelected()
        colour = QColor("#C62828") if self.problems else QColor("#1565C0")
        pen = QPen(colour, 0)  # cosmetic: one pixel whatever the zoom
        pen.setStyle(Qt.PenStyle.SolidLine if selected or self.problems else Qt.PenStyle.DashLine)
        if selected:
            pen.setWidth(2)
        painter.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(40 if selected else 14)
        painter.setBrush(QBrush(fill))
        painter.drawRect(QRectF(0, 0, w, h))
        if selected:
            painter.setBrush(QBrush(colour))
            painter.drawRect(QRectF(w - HANDLE / 2, h - HANDLE / 2, HANDLE, HANDLE))

    def _on_handle(self, at: QPointF) -> bool:
        w, h = self._size
        return abs(at.x() - w) <= HANDLE and abs(at.y() - h) <= HANDLE

    def hoverMoveEvent(self, event: Any) -> None:  # noqa: N802
        self.setCursor(
            Qt.CursorShape.SizeFDiagCursor
            if self._on_handle(event.pos())
            else Qt.CursorShape.SizeAllCursor
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._pressed_at = self.geometry()
        self._resizing = event.button() == Qt.MouseButton.LeftButton and self._on_handle(
            event.pos()
        )
        if self._resizing:
            self.scene().clearSelection()
            self.setSelected(True)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self._resizing:
            super().mouseMoveEvent(event)
            return
        x, y = self.pos().x(), self.pos().y()
        at = event.scenePos()
        right, bottom = self.designer.snap_edges(self.index, at.x(), at.y())
        badge_w, badge_h = self.designer.draft.badge_size
        if self.kind == "qr":
            side = max(right - x, bottom - y, QR_SMALLEST)
            side = min(side, badge_w - x, badge_h - y)
            w = h = round(side, 2)
        else:
            least = THINNEST if self.kind == "line" else SMALLEST
            w = round(min(max(right - x, least), badge_w - x), 2)
            h = round(min(max(bottom - y, least), badge_h - y), 2)
        self.prepareGeometryChange()
        self._size = (w, h)
        self.update()
        self.designer.live_geometry(self.index, self.geometry())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if not self._resizing:
            super().mouseReleaseEvent(event)
        self._resizing = False
        self.designer.hide_guides()
        before, self._pressed_at = self._pressed_at, None
        if before is not None and before != self.geometry():
            self.designer.push_geometry(self.index, before, self.geometry())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and self.scene() is not None
            and not self._resizing
            and not self._placing
        ):
            w, h = self._size
            x, y = self.designer.snap_move(self.index, value.x(), value.y(), w, h)
            return QPointF(x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.designer.live_geometry(self.index, self.geometry())
        return super().itemChange(change, value)


class PaletteList(QListWidget):
    """The palette: its entries are dragged onto the sheet as the entry's name."""

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if items:
            entry = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(PALETTE_MIME, QByteArray(entry.encode("ascii")))
        return data


class SheetView(QGraphicsView):
    nudged = Signal(float, float)  # mm right, mm down
    deleted = Signal()
    dropped = Signal(str, float, float)  # a palette entry, where (mm) it was dropped

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setAcceptDrops(True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QBrush(QColor("#ECEFF1")))
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        self.fitInView(rect.adjusted(-4, -4, 4, 4), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(PALETTE_MIME):
            return
        entry = bytes(event.mimeData().data(PALETTE_MIME).data()).decode("ascii")
        at = self.mapToScene(event.position().toPoint())
        event.acceptProposedAction()
        self.dropped.emit(entry, at.x(), at.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = NUDGE * (10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.nudged.emit(*moves[key])
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleted.emit()
            return
        super().keyPressEvent(event)


@dataclass
class Checked:
    """What a worker found for one state of the draft."""

    image: QImage
    problems: list[Problem]
    error: str = ""  # the layout cannot be rendered (it never should)


# --- the window -------------------------------------------------------------------------


class SaveAsDialog(QDialog):
    """A new layout's title and name; the name follows the title until typed."""

    def __init__(self, title: str, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save layout as"))
        self._taken = taken
        self.title = named(QLineEdit(title), "saveAsTitle")
        self.name = named(QLineEdit(), "saveAsName")
        self.name.setPlaceholderText(self.tr("small letters, digits and hyphens"))
        self.problem = named(QLabel(wordWrap=True), "saveAsProblem")
        self.problem.setStyleSheet("color: #B71C1C")
        self._typed = False
        self.title.textEdited.connect(self._follow)
        self.name.textEdited.connect(lambda *_: setattr(self, "_typed", True))
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._follow(title)

    def _follow(self, title: str) -> None:
        if not self._typed:
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
            self.name.setText(slug[:60])

    def _check(self) -> None:
        name = self.name.text().strip()
        if not self.title.text().strip():
            self.problem.setText(self.tr("Give the layout a title."))
        elif not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,59}", name):
            self.problem.setText(
                self.tr(
                    "The name takes small letters, digits and hyphens, first a letter or digit."
                )
            )
        elif name in self._taken:
            self.problem.setText(
                self.tr("There is a layout called %1 already.").replace("%1", name)
            )
        else:
            self.accept()


class DesignerWindow(QMainWindow):
    saved = Signal(str)  # the name of the layout saved

    def __init__(
        self,
        badges: BadgeService,
        layouts: LayoutLibrary,
        desk: Desk,
        choice: LayoutChoice,
        text: str,
        *,
        taken: set[str],
        categories: list[tuple[str, str]],
        search: SearchService | None = None,
        file_chooser: FileChooser = choose_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("designer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._badges = badges
        self._layouts = layouts
        self._desk = desk
        self._choice = choice
        self._taken = taken
        self._file_chooser = file_chooser
        self.draft = LayoutDraft(text, choice.name)
        self.stack = QUndoStack(self)
        self.items: list[ElementItem] = []
        self._updating = False  # filling the properties from the draft
        self._samples: dict[DesignSample, BadgeData] = {}
        self._values: dict[str, list[str]] = {}
        self._language = "en"
        self._previewed: BadgeData | None = None
        self.problems: list[Problem] = []
        self._reads = InOrder(self)  # samples and the event's values, then saves
        self._checks = LatestOnly(self)  # preview and checks of the latest state
        self._update_title()
        self.stack.cleanChanged.connect(self._update_title)

        # --- sheet ----------------------------------------------------------------------
        self.scene = QGraphicsScene(self)
        self.view = named(SheetView(self.scene), "sheet")
        self.view.nudged.connect(self._nudge)
        self.view.deleted.connect(self.delete_selected)
        self.view.dropped.connect(lambda entry, x, y: self.add_element(entry, (x, y)))
        self._badge_rect = QGraphicsRectItem()
        self._badge_rect.setPen(QPen(QColor("#90A4AE"), 0))
        self._badge_rect.setBrush(QBrush(QColor("#FFFFFF")))
        self._preview = QGraphicsPixmapItem()
        self._preview.setZValue(1)
        self._preview.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._safe = QGraphicsRectItem()
        self._safe.setPen(QPen(QColor("#FB8C00"), 0, Qt.PenStyle.DotLine))
        self._safe.setZValue(1.5)
        self._guides = (QGraphicsLineItem(), QGraphicsLineItem())
        for guide in self._guides:
            guide.setPen(QPen(QColor("#E91E63"), 0))
            guide.setZValue(3)
            guide.hide()
        for part in (self._badge_rect, self._preview, self._safe, *self._guides):
            self.scene.addItem(part)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.setCentralWidget(self.view)

        # --- palette --------------------------------------------------------------------
        self.palette_list = named(PaletteList(), "palette")
        self.palette_list.setDragEnabled(True)
        self.palette_list.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        for entry in PALETTE_ORDER:
            item = QListWidgetItem(palette_entry(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.palette_list.addItem(item)
        self.palette_list.itemActivated.connect(
            lambda item: self.add_element(item.data(Qt.ItemDataRole.UserRole))
        )
        hint = QLabel(self.tr("Drag onto the badge, or double-click or press Enter to add."))
        hint.setWordWrap(True)
        rows = self.palette_list.count()
        self.palette_list.setMaximumHeight(
            rows * self.palette_list.sizeHintForRow(0) + 2 * self.palette_list.frameWidth() + 4
        )
        palette_box = QWidget()
        palette_layout = QVBoxLayout(palette_box)
        palette_layout.addWidget(self.palette_list)
        palette_layout.addWidget(hint)
        palette_layout.addStretch(1)
        palette_box.setMaximumWidth(230)
        self._dock(self.tr("Add"), palette_box, Qt.DockWidgetArea.LeftDockWidgetArea)
        # Every element by name, those hidden under others too (a name shown only
        # without a photo lies under the one shown with it).
        self.layers = named(QListWidget(), "layers")
        self.layers.setMaximumWidth(230)
        self.layers.currentRowChanged.connect(self._layer_chosen)
        self._dock(self.tr("On the badge"), self.layers, Qt.DockWidgetArea.LeftDockWidgetArea)

        # --- properties -----------------------------------------------------------------
        self._build_properties(categories)
        self.problem_list = named(QListWidget(), "problems")
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._problem_chosen)
        self.problem_list.itemClicked.connect(self._problem_chosen)
        self._dock(self.tr("Problems"), self.problem_list, Qt.DockWidgetArea.RightDockWidgetArea)

        # --- toolbar --------------------------------------------------------------------
        tools = QToolBar(self.tr("Layout"))
        tools.setObjectName("designerTools")
        self.addToolBar(tools)
        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Shift+Z and Ctrl+Y on every system, besides the system's own.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(self.tr("Save &as…"), self)
        self.save_as_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_as_action.triggered.connect(self.save_as)
        self.delete_action = QAction(self.tr("&Delete element"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.artwork_action = QAction(self.tr("Background &artwork…"), self)
        self.artwork_action.triggered.connect(self.choose_artwork)
        self.no_artwork_action = QAction(self.tr("&No artwork"), self)
        self.no_artwork_action.triggered.connect(
            lambda: self._push_value(-1, "artwork", None) if "artwork" in self.draft.data else None
        )
        for action in (
            self.save_action,
            self.save_as_action,
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.artwork_action,
            self.no_artwork_action,
        ):
            tools.addAction(action)
        tools.addSeparator()
        tools.addWidget(QLabel(self.tr("Preview:")))
        self.sample = named(QComboBox(), "sample")
        self.sample.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sample.currentIndexChanged.connect(lambda *_: self._sample_chosen())
        tools.addWidget(self.sample)
        self.finder = named(PersonFinder(search), "previewFinder") if search else None
        if self.finder is not None:
            self.finder.setPlaceholderText(self.tr("or a delegate: type a name, Enter"))
            self.finder.chosen.connect(self._delegate_chosen)
            self.finder.missed.connect(self.statusBar().showMessage)
            tools.addWidget(self.finder)
        self.statusBar().setObjectName("designerStatus")

        self.rebuild(select=None)
        area = self.screen().availableGeometry()  # a laptop's 768 lines among them
        self.resize(min(1280, area.width()), min(800, area.height()))
        self._reads.ask(
            lambda: (badges.design_samples(), badges.design_values()),
            self._read,
            self._failed,
        )

    # --- building -----------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock{title}")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_properties(self, categories: list[tuple[str, str]]) -> None:
        panel = QWidget()
        column = QVBoxLayout(panel)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # rows hidden for an element leave space below, not between
        self.form = form
        self.layout_title = named(QLineEdit(self.draft.data["title"]), "layoutTitle")
        self.layout_title.textEdited.connect(lambda text: self._push_value(-1, "title", text))
        form.addRow(self.tr("Layout title"), self.layout_title)
        self.safe_margin = named(self._millimetres(0, 50), "safeMargin")
        self.safe_margin.valueChanged.connect(
            lambda value: self._push_value(-1, "safe_margin", _tidy_or_none(value))
        )
        form.addRow(self.tr("Safe margin"), self.safe_margin)
        self.badge_width = named(self._millimetres(20, 300), "badgeWidth")
        self.badge_height = named(self._millimetres(20, 300), "badgeHeight")
        for field in (self.badge_width, self.badge_height):
            field.valueChanged.connect(lambda *_: self._badge_size_typed())
        size_row = QHBoxLayout()
        size_row.addWidget(self.badge_width)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.badge_height)
        form.addRow(self.tr("Badge (mm)"), size_row)
        self.kind_label = named(QLabel(), "kind")
        form.addRow(self.tr("Element"), self.kind_label)
        self.variable = named(QComboBox(), "variable")
        for name in VARIABLES:
            self.variable.addItem(badge_variable(name), name)
        self.variable.activated.connect(
            lambda *_: self._push_selected("variable", self.variable.currentData())
        )
        self.language = named(QComboBox(), "textLanguage")
        for code, language in badge_languages().items():
            self.language.addItem(language, code)
        self.language.activated.connect(lambda *_: self._fill_properties())
        self.fixed_text = named(QLineEdit(), "fixedText")
        self.fixed_text.textEdited.connect(self._fixed_text_edited)
        self.weight = named(QComboBox(), "weight")
        self.weight.addItem(self.tr("Regular"), "regular")
        self.weight.addItem(self.tr("Bold"), "bold")
        self.weight.activated.connect(
            lambda *_: self._push_selected("weight", self.weight.currentData())
        )
        self.font_size = named(self._points(), "size")
        self.font_size.valueChanged.connect(lambda v: self._push_selected("size", tidy(v)))
        self.min_size = named(self._points(), "minSize")
        self.min_size.valueChanged.connect(lambda v: self._push_selected("min_size", tidy(v)))
        self.max_lines = named(QSpinBox(minimum=1, maximum=6), "maxLines")
        self.max_lines.valueChanged.connect(lambda v: self._push_selected("max_lines", v))
        self.align = named(QComboBox(), "align")
        for value, text in (
            ("left", self.tr("Left")),
            ("center", self.tr("Centre")),
            ("right", self.tr("Right")),
        ):
            self.align.addItem(text, value)
        self.align.activated.connect(
            lambda *_: self._push_selected("align", self.align.currentData())
        )
        self.valign = named(QComboBox(), "valign")
        for value, text in (
            ("top", self.tr("Top")),
            ("middle", self.tr("Middle")),
            ("bottom", self.tr("Bottom")),
        ):
            self.valign.addItem(text, value)
        self.valign.activated.connect(
            lambda *_: self._push_selected("valign", self.valign.currentData())
        )
        self.colour = named(QLineEdit(), "colour")
        self.colour.setPlaceholderText(self.tr("#RRGGBB, e.g. #1565C0"))
        self.colour.editingFinished.connect(self._colour_edited)
        self.uppercase = named(QCheckBox(self.tr("Capital letters")), "uppercase")
        self.uppercase.toggled.connect(lambda on: self._push_selected("uppercase", on or None))
        self.when = named(QComboBox(), "when")
        for value, text in (
            ("always", self.tr("Always")),
            ("photo", self.tr("Only with a photo")),
            ("no_photo", self.tr("Only without a photo")),
            ("head_of_delegation", self.tr("Only for heads of delegation")),
            ("reprint", self.tr("Only on reprints")),
        ):
            self.when.addItem(text, value)
        self.when.activated.connect(lambda *_: self._when_chosen())
        self.categories = named(QListWidget(), "categories")
        self.categories.setMaximumHeight(110)
        for code, label in categories:
            item = QListWidgetItem(f"{label} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.categories.addItem(item)
        self.categories.itemChanged.connect(lambda *_: self._categories_changed())
        self.geometry_fields = {
            key: named(self._millimetres(0, 1000), f"geometry_{key}")
            for key in ("x", "y", "width", "height")
        }
        for field in self.geometry_fields.values():
            field.editingFinished.connect(self._geometry_typed)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Shows"), self.variable),
            (self.tr("Language"), self.language),
            (self.tr("Text"), self.fixed_text),
            (self.tr("Font"), self.weight),
            (self.tr("Size (pt)"), self.font_size),
            (self.tr("Smallest size (pt)"), self.min_size),
            (self.tr("Lines at most"), self.max_lines),
            (self.tr("Alignment"), self.align),
            (self.tr("Vertical alignment"), self.valign),
            (self.tr("Colour"), self.colour),
            ("", self.uppercase),
            (self.tr("Printed"), self.when),
            (self.tr("For the categories"), self.categories),
            (self.tr("Left (mm)"), self.geometry_fields["x"]),
            (self.tr("Top (mm)"), self.geometry_fields["y"]),
            (self.tr("Width (mm)"), self.geometry_fields["width"]),
            (self.tr("Height (mm)"), self.geometry_fields["height"]),
        ]
        self._rows: dict[QWidget, int] = {}
        for label, widget in rows:
            form.addRow(label, widget)
            self._rows[widget] = form.rowCount() - 1
        self._dock(self.tr("Properties"), panel, Qt.DockWidgetArea.RightDockWidgetArea)

    @staticmethod
    def _millimetres(low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(minimum=low, maximum=high, decimals=1, singleStep=0.5)
        box.setKeyboardTracking(False)
        return box

    @staticmethod
    def _points() -> QDoubleSpinBox:
        box = QDoubleSpinBox(minimum=3, maximum=120, decimals=1, singleStep=0.5)
        box.setKeyboardTracking(False)
        return box

    def rebuild(self, select: int | None) -> None:
        """Every frame drawn again from the draft (after an element came or went)."""
        old, self.items = self.items, []
        self.scene.blockSignals(True)  # no selection to show while frames come and go
        for item in old:
            self.scene.removeItem(item)
            item.deleteLater()
        self.items = [ElementItem(self, i) for i in range(len(self.draft.elements))]
        for item in self.items:
            self.scene.addItem(item)
        self.scene.blockSignals(False)
        width, height = self.draft.badge_size
        self._badge_rect.setRect(0, 0, width, height)
        self.scene.setSceneRect(0, 0, width, height)
        self.view.fit()
        if select is not None:
            self.scene.clearSelection()
            self.items[select].setSelected(True)
        self.changed(None)

    def changed(self, index: int | None) -> None:
        """The draft changed (element ``index``, or the layout): frames, fields,
        preview and checks follow."""
        if index is not None and 0 <= index < len(self.items):
            self.items[index].refresh()
        margin = float(self.draft.data.get("safe_margin", 0))
        width, height = self.draft.badge_size
        if self.scene.sceneRect() != QRectF(0, 0, width, height):  # a new badge size
            self._badge_rect.setRect(0, 0, width, height)
            self.scene.setSceneRect(0, 0, width, height)
            self.view.fit()
        self._safe.setRect(margin, margin, width - 2 * margin, height - 2 * margin)
        self._safe.setVisible(margin > 0)
        self._fill_properties()
        self._fill_layers()
        self._update_title()
        self._check()

    # --- what the worker finds -----------------------------------------------------------
    def _read(self, answer: tuple[Any, ...]) -> None:
        self._samples, self._values = answer
        self._language = next(iter(self._samples.values())).language
        self._updating = True
        self.language.setCurrentIndex(max(self.language.findData(self._language), 0))
        for sample in DesignSample:
            self.sample.addItem(sample_name(sample), sample)
        self._updating = False
        self.sample.setCurrentIndex(self.sample.findData(DesignSample.CYRILLIC))
        self._sample_chosen()

    def _failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(failure(expected(exc)))

    def _sample_chosen(self) -> None:
        if self._updating:
            return
        sample = self.sample.currentData()
        if isinstance(sample, DesignSample) and sample in self._samples:
            self._previewed = self._samples[sample]
            self._check()

    def _delegate_chosen(self, hit: SearchHit) -> None:
        def shown(badge: BadgeData) -> None:
            self._previewed = badge
            self.statusBar().showMessage(
                self.tr("Preview: %1").replace("%1", hit.display_name), 5000
            )
            self._check()

        self._reads.ask(lambda: self._badges.preview_data(hit.delegate_id), shown, self._failed)

    def _check(self) -> None:
        badge = self._previewed
        if badge is None:
            return
        text = self.draft.text()
        values, language = self._values, self._language
        problems_now = self.draft.geometry_problems()

        def work() -> Checked:
            from meetingdesk.badges.preview import badge_image, below_floor, unreadable_codes

            try:
                layout = parse_layout_text(text, "the layout")
            except LayoutError as exc:
                return Checked(QImage(), problems_now, str(exc))
            picture = badge_image(layout, badge, PREVIEW_PX_PER_MM)
            image = QImage(
                picture.tobytes(),
                picture.width,
                picture.height,
                picture.width * 3,
                QImage.Format.Format_RGB888,
            ).copy()
            problems = list(problems_now)
            problems += [Problem(i, Trouble.QR_UNREADABLE) for i in unreadable_codes(layout, badge)]
            for index, shrunk in below_floor(layout, values, language).items():
                problems.append(
                    Problem(
                        index,
                        Trouble.BELOW_FLOOR,
                        {"count": shrunk.count, "example": shrunk.example},
                    )
                )
            problems.sort(key=lambda p: (p.index, p.trouble.value))
            return Checked(image, problems)

        self._checks.ask(work, self._checked, self._failed)

    def _checked(self, checked: Checked) -> None:
        if not checked.image.isNull():
            self._preview.setPixmap(QPixmap.fromImage(checked.image))
            self._preview.setScale(1 / PREVIEW_PX_PER_MM)
        self.problems = checked.problems
        self.problem_list.clear()
        by_index: dict[int, list[str]] = {}
        for problem in checked.problems:
            if problem.index >= len(self.draft.elements):
                continue
            said = self.problem_text(problem)
            by_index.setdefault(problem.index, []).append(said)
            title = element_title(self.draft.elements[problem.index])
            item = QListWidgetItem(f"{title}: {said}")
            item.setData(Qt.ItemDataRole.UserRole, problem.index)
            self.problem_list.addItem(item)
        if checked.error:
            said = self.tr("This layout cannot be printed as it is: %1")
            self.problem_list.addItem(QListWidgetItem(said.replace("%1", checked.error)))
        if not self.problem_list.count():
            self.problem_list.addItem(QListWidgetItem(self.tr("No problems found.")))
        for index, frame in enumerate(self.items):
            frame.problems = by_index.get(index, [])
            frame.refresh()

    def problem_text(self, problem: Problem) -> str:
        if problem.trouble is Trouble.OUTSIDE_BADGE:
            return self.tr("reaches outside the badge")
        if problem.trouble is Trouble.OUTSIDE_SAFE_AREA:
            margin = QLocale().toString(float(problem.facts["margin"]), "g", 3)
            return self.tr(
                "reaches into the %1 mm at the edge that the printer cannot print"
            ).replace("%1", margin)
        if problem.trouble is Trouble.QR_UNREADABLE:
            return self.tr("a scanner cannot read this code: make it larger or uncover it")
        if problem.trouble is Trouble.NO_PICTURE:
            return self.tr("no picture chosen")
        if problem.trouble is Trouble.OVERLAP:
            other = self.draft.elements[int(problem.facts["other"])]
            return self.tr("prints over “%1”").replace("%1", element_title(other))
        count = int(problem.facts["count"])
        return self.tr(
            "shrinks below its smallest size for %n value(s) of the event, such as “%1”", "", count
        ).replace("%1", str(problem.facts["example"]))

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and index < len(self.items):
            self.scene.clearSelection()
            self.items[index].setSelected(True)
            self.view.setFocus()

    # --- snapping -----------------------------------------------------------------------
    def _lines(self, index: int) -> tuple[list[float], list[float]]:
        width, height = self.draft.badge_size
        margin = float(self.draft.data.get("safe_margin", 0))
        xs = [0.0, width / 2, width]
        ys = [0.0, height / 2, height]
        if margin:
            xs += [margin, width - margin]
            ys += [margin, height - margin]
        for other in range(len(self.draft.elements)):
            if other != index:
                x, y, w, h = self.draft.geometry(other)
                xs += [x, x + w / 2, x + w]
                ys += [y, y + h / 2, y + h]
        return xs, ys

    @staticmethod
    def _snap(edges: list[float], lines: list[float]) -> tuple[float, float | None]:
        """The shift that puts the nearest edge on a line (and the line), or none."""
        best: tuple[float, float | None] = (SNAP + 1, None)
        for edge in edges:
            for line in lines:
                if abs(line - edge) < abs(best[0]):
                    best = (line - edge, line)
        return best if best[1] is not None and abs(best[0]) <= SNAP else (0.0, None)

    def snap_move(self, index: int, x: float, y: float, w: float, h: float) -> tuple[float, float]:
        xs, ys = self._lines(index)
        dx, guide_x = self._snap([x, x + w / 2, x + w], xs)
        dy, guide_y = self._snap([y, y + h / 2, y + h], ys)
        x = x + dx if guide_x is not None else round(x / GRID) * GRID
        y = y + dy if guide_y is not None else round(y / GRID) * GRID
        width, height = self.draft.badge_size
        # In the draft's hundredths of a millimetre: Qt takes a position a hair
        # from the one it has for the same one, and would keep the hair.
        x = round(min(max(x, 0.0), width - w), 2)
        y = round(min(max(y, 0.0), height - h), 2)
        self._show_guides(guide_x, guide_y)
        return x, y

    def snap_edges(self, index: int, right: float, bottom: float) -> tuple[float, float]:
        xs, ys = self._lines(index)
        dx, guide_x = self._snap([right], xs)
        dy, guide_y = self._snap([bottom], ys)
        right = right + dx if guide_x is not None else round(right / GRID) * GRID
        bottom = bottom + dy if guide_y is not None else round(bottom / GRID) * GRID
        self._show_guides(guide_x, guide_y)
        return round(right, 2), round(bottom, 2)

    def _show_guides(self, x: float | None, y: float | None) -> None:
        width, height = self.draft.badge_size
        vertical, horizontal = self._guides
        vertical.setVisible(x is not None)
        horizontal.setVisible(y is not None)
        if x is not None:
            vertical.setLine(x, -3, x, height + 3)
        if y is not None:
            horizontal.setLine(-3, y, width + 3, y)

    def hide_guides(self) -> None:
        for guide in self._guides:
            guide.hide()

    # --- edits --------------------------------------------------------------------------
    def selected_index(self) -> int | None:
        chosen = [item.index for item in self.items if item.isSelected()]
        return chosen[0] if len(chosen) == 1 else None

    def add_element(self, entry: str, centre: tuple[float, float] | None = None) -> None:
        """The palette entry's element, centred where it was dropped (else high
        on the badge's left), kept on the badge."""
        width, height = self.draft.badge_size
        element = self.draft.new_element(entry, (0, 0))
        _, _, w, h = box_of(element)
        cx, cy = centre if centre is not None else (width / 4 + w / 2, height / 3 + h / 2)
        left = round((cx - w / 2) / GRID) * GRID  # on the grid, as a dragged edge lands
        top = round((cy - h / 2) / GRID) * GRID
        element = self.draft.new_element(entry, (left, top))
        if entry == "image":
            uri = self._picture(
                self.tr("Choose a picture"), self.tr("Pictures (*.png *.jpg *.jpeg)")
            )
            if uri is None:
                return
            element["image"] = uri
        self.stack.push(InsertEdit(self, len(self.draft.elements), element))
        self.view.setFocus()

    def delete_selected(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        if len(self.draft.elements) == 1:
            self.statusBar().showMessage(self.tr("A layout keeps at least one element."), 5000)
            return
        self.stack.push(RemoveEdit(self, index))

    def push_geometry(
        self, index: int, before: Geometry, after: Geometry, nudge: bool = False
    ) -> None:
        self.stack.push(GeometryEdit(self, index, before, after, nudge))

    def live_geometry(self, index: int, geometry: Geometry) -> None:
        """A frame on its way under the mouse: the fields follow, the draft waits."""
        if self.selected_index() == index:
            self._updating = True
            for key, value in zip(("x", "y", "width", "height"), geometry, strict=True):
                self.geometry_fields[key].setValue(value)
            self._updating = False

    def _nudge(self, dx: float, dy: float) -> None:
        index = self.selected_index()
        if index is None:
            return
        before = self.draft.geometry(index)
        x, y, w, h = before
        width, height = self.draft.badge_size
        after = (min(max(x + dx, 0.0), width - w), min(max(y + dy, 0.0), height - h), w, h)
        if after != before:
            self.push_geometry(index, before, after, nudge=True)

    def _push_value(self, index: int, key: str, value: Any) -> None:
        if self._updating:
            return
        current = self.draft.data.get(key) if index < 0 else self.draft.elements[index].get(key)
        if current != value:
            self.stack.push(ValueEdit(self, index, key, value))

    def _push_selected(self, key: str, value: Any) -> None:
        index = self.selected_index()
        if index is not None:
            self._push_value(index, key, value)

    def _fixed_text_edited(self, text: str) -> None:
        index = self.selected_index()
        if index is None or self._updating:
            return
        texts = dict(self.draft.value(index, "texts"))
        language = self.language.currentData()
        if text.strip():
            texts[language] = text
        else:
            texts.pop(language, None)
        if texts:  # a fixed text keeps at least one wording
            self._push_value(index, "texts", texts)

    def _colour_edited(self) -> None:
        text = self.colour.text().strip()
        if re.fullmatch(r"#[0-9A-Fa-f]{6}", text):
            self._push_selected("colour", text.upper())
        else:
            self.statusBar().showMessage(
                self.tr("A colour is written #RRGGBB, e.g. #1565C0."), 5000
            )
            self._fill_properties()

    def _when_chosen(self) -> None:
        value = self.when.currentData()
        self._push_selected("when", None if value == "always" else value)

    def _categories_changed(self) -> None:
        if self._updating:
            return
        codes = []
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        if not codes:
            self.statusBar().showMessage(
                self.tr("An element shown to no category would never print."), 5000
            )
            self._fill_properties()
            return
        every = len(codes) == self.categories.count()
        self._push_selected("categories", None if every else codes)

    def _geometry_typed(self) -> None:
        index = self.selected_index()
        if index is None or self._updating:
            return
        before = self.draft.geometry(index)
        width, height = self.draft.badge_size
        x, y, w, h = (self.geometry_fields[k].value() for k in ("x", "y", "width", "height"))
        if self.draft.elements[index]["kind"] == "qr":
            h = w = max(w, QR_SMALLEST) if w != before[2] else max(h, QR_SMALLEST)
        w, h = min(w, width), min(h, height)
        after = (min(x, width - w), min(y, height - h), w, h)
        if after != before:
            self.push_geometry(index, before, after)

    def _badge_size_typed(self) -> None:
        """A custom size: the badge, and the page with it when the page is one badge."""
        if self._updating:
            return
        size = {"width": tidy(self.badge_width.value()), "height": tidy(self.badge_height.value())}
        data = self.draft.data
        if size == data["badge"]:
            return
        single = data["page"] == data["badge"]
        self.stack.beginMacro(self.tr("Badge size"))
        self.stack.push(ValueEdit(self, -1, "badge", size))
        if single:
            self.stack.push(ValueEdit(self, -1, "page", dict(size)))
        self.stack.endMacro()

    def _picture(self, caption: str, filters: str) -> str | None:
        path = self._file_chooser(self, caption, filters)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._refuse(str(path), exc.strerror or str(exc))
            return None
        if len(data) > LARGEST_PICTURE:
            self._refuse(str(path), self.tr("larger than 10 MB"))
            return None
        kind = {b"%PDF": "application/pdf", b"\x89PNG": "image/png"}.get(data[:4], "image/jpeg")
        if kind == "application/pdf" and "*.pdf" not in filters:
            self._refuse(str(path), self.tr("not a picture"))
            return None
        uri = data_uri(kind, data)
        try:
            picture_bytes(uri, str(path))
        except LayoutError:
            self._refuse(str(path), self.tr("not a PDF, PNG or JPEG file that can be read"))
            return None
        return uri

    def _refuse(self, path: str, why: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Cannot use this file"),
            self.tr("%1: %2").replace("%1", path).replace("%2", why),
        )

    def choose_artwork(self) -> None:
        uri = self._picture(self.tr("Background artwork"), self.tr("Artwork (*.pdf *.png)"))
        if uri is not None and uri.startswith(("data:application/pdf", "data:image/png")):
            self._push_value(-1, "artwork", uri)
        elif uri is not None:
            self._refuse("", self.tr("artwork is a PDF or a PNG file"))

    # --- the properties of the selection -------------------------------------------------
    def _selection_changed(self) -> None:
        index = self.selected_index()
        self.layers.blockSignals(True)
        self.layers.setCurrentRow(-1 if index is None else index)
        self.layers.blockSignals(False)
        self._fill_properties()

    def _layer_chosen(self, row: int) -> None:
        if 0 <= row < len(self.items) and self.selected_index() != row:
            self.scene.clearSelection()
            self.items[row].setSelected(True)
            self.view.setFocus()

    def _fill_layers(self) -> None:
        self.layers.blockSignals(True)
        for row, element in enumerate(self.draft.elements):
            text = element_title(element)
            when = element.get("when", "always")
            if when != "always":
                text = f"{text} · {self.when.itemText(self.when.findData(when))}"
            if row < self.layers.count():
                self.layers.item(row).setText(text)
            else:
                self.layers.addItem(text)
        while self.layers.count() > len(self.draft.elements):
            self.layers.takeItem(self.layers.count() - 1)
        index = self.selected_index()
        self.layers.setCurrentRow(-1 if index is None else index)
        self.layers.blockSignals(False)

    def _show_row(self, widget: QWidget, shown: bool) -> None:
        self.form.setRowVisible(self._rows[widget], shown)

    def _fill_properties(self) -> None:
        self._updating = True
        try:
            self._fill()
        finally:
            self._updating = False

    def _fill(self) -> None:
        draft = self.draft
        if self.layout_title.text() != draft.data["title"]:
            self.layout_title.setText(draft.data["title"])
        self.safe_margin.setValue(float(draft.data.get("safe_margin", 0)))
        width, height = draft.badge_size
        self.badge_width.setValue(width)
        self.badge_height.setValue(height)
        index = self.selected_index()
        kind = draft.elements[index]["kind"] if index is not None else ""
        texts = kind in ("text", "band", "label")
        for widget in self._rows:
            self._show_row(widget, index is not None)
        if index is None:
            self.kind_label.setText(self.tr("Choose an element on the badge"))
            self.delete_action.setEnabled(False)
            return
        self.delete_action.setEnabled(True)
        self.kind_label.setText(element_title(draft.elements[index]))
        self._show_row(self.variable, kind in ("text", "band"))
        self._show_row(self.language, kind == "label")
        self._show_row(self.fixed_text, kind == "label")
        for widget in (self.weight, self.font_size, self.min_size, self.max_lines, self.align):
            self._show_row(widget, texts)
        self._show_row(self.valign, texts)
        self._show_row(self.uppercase, texts)
        self._show_row(self.colour, kind in ("text", "label", "line"))
        self._show_row(self.categories, self.categories.count() > 0)
        value = draft.value
        if kind in ("text", "band"):
            self.variable.setCurrentIndex(self.variable.findData(value(index, "variable")))
        if kind == "label":
            wording = value(index, "texts")
            self.fixed_text.setText(wording.get(self.language.currentData(), ""))
        if texts:
            self.weight.setCurrentIndex(self.weight.findData(value(index, "weight")))
            size, floor = float(value(index, "size")), float(value(index, "min_size"))
            # The floor is never above the size: each field stops at the other.
            self.font_size.setMinimum(floor)
            self.min_size.setMaximum(size)
            self.font_size.setValue(size)
            self.min_size.setValue(floor)
            self.max_lines.setValue(int(value(index, "max_lines")))
            self.align.setCurrentIndex(self.align.findData(value(index, "align")))
            self.valign.setCurrentIndex(self.valign.findData(value(index, "valign")))
            self.uppercase.setChecked(bool(value(index, "uppercase")))
        self.colour.setText(str(value(index, "colour")))
        self.when.setCurrentIndex(self.when.findData(value(index, "when")))
        shown_to = set(value(index, "categories"))
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            on = not shown_to or item.data(Qt.ItemDataRole.UserRole) in shown_to
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for key, number in zip(("x", "y", "width", "height"), draft.geometry(index), strict=True):
            self.geometry_fields[key].setValue(number)
        self.geometry_fields["height"].setEnabled(kind != "qr")

    # --- saving -------------------------------------------------------------------------
    def _update_title(self, *_: object) -> None:
        if not isValid(self.stack):  # the window is being deleted
            return
        star = "" if self.stack.isClean() else "*"
        self.setWindowTitle(
            self.tr("Badge layout: %1%2 — meetingdesk")
            .replace("%1", self.draft.data["title"])
            .replace("%2", star)
        )

    def save(self) -> None:
        """Save over the layout being edited; a shipped layout is saved as a new one."""
        if not self._choice.stored:
            self.save_as()
            return
        self._store(self.draft.text(), replace=True)

    def save_as(self) -> None:
        dialog = SaveAsDialog(self.draft.data["title"], self._taken, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._updating = True
        self.draft.set_value(-1, "name", dialog.name.text().strip())
        self.draft.set_value(-1, "title", dialog.title.text().strip())
        self._updating = False
        self._store(self.draft.text(), replace=False)

    def _store(self, text: str, *, replace: bool) -> None:
        self.save_action.setEnabled(False)
        self.save_as_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Saving…"))
        self._reads.ask(
            lambda: self._layouts.save(text, self._desk, replace=replace),
            self._stored,
            self._not_stored,
        )

    def _stored(self, choice: LayoutChoice) -> None:
        self._choice = choice
        self._taken.add(choice.name)
        self.stack.setClean()
        self.save_action.setEnabled(True)
        self.save_as_action.setEnabled(True)
        self._update_title()
        self.layout_title.setText(self.draft.data["title"])
        self.statusBar().showMessage(
            self.tr(
                "Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it."
            ).replace("%1", choice.name),
            10000,
        )
        self.saved.emit(choice.name)

    def _not_stored(self, exc: BaseException) -> None:
        self.save_action.setEnabled(True)
        self.save_as_action.setEnabled(True)
        said = failure(expected(exc))
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", said))
        if not self._choice.stored:  # the name a failed Save as gave goes back
            self.draft.set_value(-1, "name", self._choice.name)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.stack.isClean() or not self.isVisible() or QCoreApplication.closingDown():
            event.accept()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this layout before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            event.accept()
        else:
            event.ignore()
            if answer == QMessageBox.StandardButton.Save:
                self.save()


def _tidy_or_none(value: float) -> float | int | None:
    """A margin of nothing is not written at all."""
    return tidy(value) if value else None
