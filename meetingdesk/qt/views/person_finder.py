"""A field that finds a person by any part of a name, in any script, as the
check-in does: Enter takes the one person found, or offers the people found to
choose from. Where a form wants a badge code (the Badges tab), nobody has to
copy one from another tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from meetingdesk.domain.values import SearchHit, SearchResult
from meetingdesk.qt.wording import failure
from meetingdesk.qt.workers import LatestOnly, expected
from meetingdesk.services.search import SearchService

OFFERED = 12  # people offered at most; more: type more


class PersonFinder(QLineEdit):
    chosen = Signal(object)  # SearchHit
    missed = Signal(str)  # a sentence: nobody found, too many, or why not

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._asks = LatestOnly(self)
        self.menu: QMenu | None = None  # the people offered, while it is open
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.look_up)

    @property
    def busy(self) -> bool:
        return self._asks.busy

    def look_up(self) -> None:
        text, search = self.text().strip(), self._search
        if not text:
            return
        self._asks.ask(
            lambda: search.search(text, limit=OFFERED),
            self._found,
            lambda exc: self.missed.emit(failure(expected(exc))),
        )

    def _found(self, result: SearchResult) -> None:
        hits = result.hits
        exact = [hit for hit in hits if hit.exact]
        if len(hits) == 1 or len(exact) == 1:
            self._take(exact[0] if len(exact) == 1 else hits[0])
        elif not hits:
            self.missed.emit(self.tr("No one found."))
        else:
            self._offer(hits, result.more)

    def _offer(self, hits: tuple[SearchHit, ...], more: bool) -> None:
        menu = QMenu(self)
        for hit in hits:
            label = f"{hit.display_name} — {hit.delegation} ({hit.badge_code})"
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, h=hit: self._take(h))
        if more:
            note = menu.addAction(self.tr("More matches: keep typing to narrow them down."))
            note.setEnabled(False)
        self.menu = menu
        menu.aboutToHide.connect(self._menu_closed)
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _menu_closed(self) -> None:
        self.menu = None

    def _take(self, hit: SearchHit) -> None:
        self.clear()
        self.chosen.emit(hit)
