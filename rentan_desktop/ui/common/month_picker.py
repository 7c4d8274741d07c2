"""Choosing a month the way every month is shown ("Desember 2026"): a list around the current
month that also takes a typed month ("12/2026", "Desember 2026", "des 2026", "2026-12").

From "not set", the first arrow key, wheel turn or the opened list lands on the anchor month (the
current month unless told otherwise), never on a sentinel date decades ago."""

from __future__ import annotations

from rentan_desktop.domain.months import add_months, current_month, month_label, month_range, read_month
from rentan_desktop.i18n import language
from rentan_desktop.ui.qt import QComboBox, QCoreApplication, QEvent, Qt, QWidget, Signal

_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class MonthPicker(QComboBox):
    """month() is 'YYYY-MM' or None (only when `empty_text` is given); monthChanged follows it."""

    monthChanged = Signal(object)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None, anchor: str | None = None,
                 back: int = 24, ahead: int = 12):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self._anchor = anchor or current_month()
        self._empty = empty_text
        if empty_text is not None:
            self.addItem(empty_text, None)
        for month in month_range(add_months(self._anchor, -back), add_months(self._anchor, ahead)):
            self.addItem(month_label(month, language()), month)
        self.retranslate()
        self.setCurrentIndex(0 if empty_text is not None else self.findData(self._anchor))
        self._last: str | None = self.month()
        self.currentIndexChanged.connect(lambda _: self._changed())
        self.lineEdit().editingFinished.connect(self._typed)
        self.setMinimumContentsLength(len(month_label("2026-09", language())) + 1)

    def retranslate(self) -> None:
        """The months, the hint and the tooltip in the current language: also after the language changes
        (the first-run form switches it; QA walk r5, 23: an English tooltip named "Desember 2026")."""
        lang = language()
        for row in range(self.count()):
            month = self.itemData(row)
            if month is not None:
                self.setItemText(row, month_label(month, lang))
        example = {"month": month_label(self._anchor, lang), "number": f"{self._anchor[5:]}/{self._anchor[:4]}"}
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("MonthPicker", "e.g. {month} or {number}")
                                           .format(**example))
        self.setToolTip(QCoreApplication.translate(
            "MonthPicker", "Choose from the list, or type a month such as {number} or {month}.").format(**example))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading and setting
    def month(self) -> str | None:
        return self.currentData()

    def set_month(self, month: str | None) -> None:
        if month is None and self._empty is None:
            month = self._anchor
        row = self.findData(month)
        if row < 0:  # a month outside the list (an old start month): put it in its place
            row = next((i for i in range(self.count()) if self.itemData(i) is not None and self.itemData(i) > month),
                       self.count())
            self.insertItem(row, month_label(month, language()), month)
        self.setCurrentIndex(row)
        self.lineEdit().setText(self.itemText(row))

    def _changed(self) -> None:
        month = self.month()
        if month != self._last:
            self._last = month
            self.monthChanged.emit(month)

    def _typed(self) -> None:
        text = self.lineEdit().text().strip()
        if not text and self._empty is not None:
            self.set_month(None)
            return
        month = read_month(text)
        if month is None:  # not a month: back to what was chosen, never a guess
            self.lineEdit().setText(self.itemText(self.currentIndex()))
            return
        self.set_month(month)

    # -- the first step from "not set" lands on the anchor month
    def _start_from_anchor(self) -> bool:
        if self.month() is None:
            self.set_month(self._anchor)
            return True
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in _STEP_KEYS and self._start_from_anchor():
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._start_from_anchor():
            return
        super().wheelEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        super().showPopup()
        row = self.findData(self.month() or self._anchor)
        self.view().scrollTo(self.model().index(row, 0), self.view().ScrollHint.PositionAtCenter)
        if self.month() is None:
            self.view().setCurrentIndex(self.model().index(row, 0))
