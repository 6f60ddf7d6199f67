"""The window's language: which one (``--lang`` > the ``LANGUAGE`` setting > the system locale),
and Qt's translators for it, installed before any widget is built.

Importing this module costs nothing beyond the standard library (the command line uses
:func:`language_code` to check ``--lang``); Qt is imported by :func:`install` only.
Command-line output stays English whatever is chosen here.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # not typing's: the command line imports this module, kept light
if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtCore import QCoreApplication, QTranslator

    from dify_desktop.core.settings import Settings

#: the languages the app ships, by code, each named in itself. English is the source language:
#: its file holds only the English plural forms.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "ja": "日本語", "zh_CN": "简体中文"}

#: the app's .ts sources and .qm files (and, in a frozen bundle, Qt's own qtbase_*.qm)
I18N_DIR = os.path.join(os.path.dirname(__file__), "assets", "i18n")
APP_CATALOG = "dify_desktop"
#: the system locale, most specific first (POSIX: LC_ALL overrides everything)
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")

_installed: list[QTranslator] = []


def language_code(name: str) -> str | None:
    """The shipped language for a code or locale name (``ja``, ``ja_JP.UTF-8``, ``zh-CN``,
    ``zh_SG``), or None. Traditional Chinese (``zh_TW``, ``zh_HK``, ``zh_Hant``) is not
    Simplified Chinese."""
    base = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    language, _, region = base.partition("_")
    language = language.lower()
    if language == "zh":
        return "zh_CN" if region.upper() in ("", "CN", "SG", "HANS") else None
    return language if language in LANGUAGES else None


def system_locale(environ: Mapping[str, str]) -> str:
    """The locale the environment asks for (``C`` when none)."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").split(":")[0].strip()
        if value:
            return value
    return "C"


class Choice:
    __slots__ = ("language", "locale")

    def __init__(self, language: str, locale: str) -> None:
        #: a key of LANGUAGES: the translation shown ("en" also when the locale is not shipped)
        self.language = language
        #: the locale for numbers and dates ("ja", "zh_CN", "de_DE.UTF-8", "C"...)
        self.locale = locale

    def __repr__(self) -> str:
        return f"Choice({self.language!r}, {self.locale!r})"


def choose(option: str | None, setting: str | None, environ: Mapping[str, str]) -> Choice:
    """``--lang`` wins over the setting, which wins over the system locale. An unknown setting
    (a language dropped since) counts as none."""
    for asked in (option, setting):
        code = language_code(asked) if asked else None
        if code:
            return Choice(code, code)
    locale = system_locale(environ)
    return Choice(language_code(locale) or "en", locale)


def qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(
    app: QCoreApplication,
    option: str | None,
    settings: Settings,
    environ: Mapping[str, str],
) -> Choice:
    """Choose the language, make its locale the default, and install the app's translator and
    Qt's own (standard buttons and dialogs), in place of those a previous call installed.
    Call before building any widget: widgets take their texts when they are built."""
    from PySide6.QtCore import QLocale, QTranslator

    from dify_desktop.core.settings import LANGUAGE

    while _installed:
        app.removeTranslator(_installed.pop())
    choice = choose(option, str(LANGUAGE.read(settings)), environ)
    locale_name = choice.locale.split(".")[0].split("@")[0]
    QLocale.setDefault(QLocale.c() if locale_name in ("C", "POSIX") else QLocale(locale_name))
    # a frozen bundle keeps qtbase_*.qm beside the app's; with a PySide6 wheel they are Qt's own
    folders = (I18N_DIR, qt_translations_dir())
    catalogs = (APP_CATALOG,) if choice.language == "en" else (APP_CATALOG, "qtbase")
    for catalog in catalogs:
        translator = QTranslator(app)
        if any(translator.load(f"{catalog}_{choice.language}", folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    return choice
