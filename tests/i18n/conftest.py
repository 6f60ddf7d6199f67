from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from dify_desktop.core.settings import MemorySettings, Settings
from dify_desktop.ui import translations
from dify_desktop.ui.translations import Choice

Use = Callable[..., Choice]


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Use]:
    """Install the translators as the app does at start; afterwards the other tests get the
    untranslated app back."""

    def use(
        option: str | None = None,
        settings: Settings | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Choice:
        return translations.install(
            qapp, option, settings or MemorySettings(), environ if environ is not None else {}
        )

    yield use
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    QLocale.setDefault(QLocale.system())


def settings_with(**values: Any) -> MemorySettings:
    settings = MemorySettings()
    for key, value in values.items():
        settings.setValue(key, value)
    return settings
