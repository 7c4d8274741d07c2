"""The help window: the guide's pages on the left, the page on the right (Markdown in a QTextBrowser)."""

from __future__ import annotations

from rentan_desktop.help import pages
from rentan_desktop.i18n import language
from rentan_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    Qt,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
)

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.lang = lang or language()
        self.setWindowTitle(self.tr("Help — Rentan Desktop"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.contents = QListWidget()
        self.contents.setMinimumWidth(230)
        self.contents.setMaximumWidth(280)
        for page, title in pages.titles(self.lang):
            item = QListWidgetItem(title)
            item.setData(PAGE_ROLE, page)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(
            lambda item, _old: item is not None and self._load(item.data(PAGE_ROLE)))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(pages.help_dir(self.lang))])
        self.page = ""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.contents)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(1040, 640)

    def show_page(self, page: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PAGE_ROLE) == page:
                self.contents.setCurrentRow(row)
                break
        self._load(page)

    def _load(self, page: str) -> None:
        if page == self.page:
            return
        self.page = page
        path = pages.page_path(self.lang, page)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
