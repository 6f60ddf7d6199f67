"""The Language button (status bar): the window's language, kept in the settings and used from the
next start (widgets take their texts when they are built)."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from dify_desktop.core.settings import LANGUAGE
from dify_desktop.ui.actions import make_action
from dify_desktop.ui.context import AppContext
from dify_desktop.ui.reporter import Reporter
from dify_desktop.ui.translations import LANGUAGES


class LanguageButton(QToolButton):
    def __init__(self, context: AppContext, reporter: Reporter, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings = context.settings
        self._reporter = reporter
        self.setObjectName("languageButton")
        self.setText(self.tr("Language"))
        self.setAccessibleName(self.tr("Language menu"))
        self.setToolTip(self.tr("The window's language, from the next start (Ctrl+Shift+L)"))
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Language"))
        group = QActionGroup(self)
        chosen = str(LANGUAGE.read(settings))
        for code, name in (("", self.tr("System language")), *LANGUAGES.items()):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen or (not code and chosen not in LANGUAGES))
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose(str(action.data())))
        if context.ephemeral:  # demo, smoke-test and DIFY_API_KEY runs keep no settings
            group.setEnabled(False)
            self.setToolTip(self.tr("This run keeps no settings: start with --lang CODE instead."))
        self.setMenu(menu)
        window.addAction(make_action(self, self.tr("Language"), self.showMenu, "Ctrl+Shift+L"))

    def choose(self, code: str) -> None:
        self._settings.setValue(LANGUAGE.name, code)
        self._settings.sync()
        name = LANGUAGES.get(code) or self.tr("the system language")
        self._reporter.info(
            self.tr("The window will be in {0} from the next start.").format(name), timeout_ms=0
        )
