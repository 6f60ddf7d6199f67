"""The window in the language chosen (--lang > setting > system locale), through real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton

from dify_desktop.core.settings import LANGUAGE
from dify_desktop.ui.language_menu import LanguageButton
from dify_desktop.ui.reporter import Level
from dify_desktop.ui.translations import choose
from tests.i18n.conftest import Use, settings_with
from tests.ui.conftest import make_window

#: what the window shows in each language (connections button, End user label, first column)
SHOWN = {
    "ja": ("接続", "エンドユーザー", "名前", "キャンセル"),
    "zh_CN": ("连接管理", "终端用户", "名称", "取消"),
    "de": ("Verbindungen", "Endbenutzer", "Name", "Abbrechen"),
    "en": ("Connections", "End user", "Name", "Cancel"),
}


def shown(qtbot: Any) -> tuple[str, str, str, str]:
    window = make_window(qtbot)
    header = window.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")
    box.deleteLater()
    return window.connections_button.text(), window.user_combo.accessibleName(), header, cancel


@pytest.mark.parametrize("lang", ["ja", "zh_CN", "de"])
def test_lang_option_translates_the_window_and_qts_own_buttons(
    qtbot: Any, use_language: Use, lang: str
) -> None:
    use_language(lang)
    connections, user, header, cancel = shown(qtbot)
    assert (connections, user, header) == SHOWN[lang][:3]
    assert cancel.startswith(SHOWN[lang][3])  # Qt's own (qtbase_<lang>.qm)


def test_the_system_locale_is_followed(qtbot: Any, use_language: Use) -> None:
    choice = use_language(environ={"LANG": "zh_CN.UTF-8"})
    assert choice.language == "zh_CN"
    assert shown(qtbot)[:3] == SHOWN["zh_CN"][:3]


def test_the_setting_overrides_the_system_locale(qtbot: Any, use_language: Use) -> None:
    use_language(settings=settings_with(**{LANGUAGE.name: "ja"}), environ={"LANG": "zh_CN.UTF-8"})
    assert shown(qtbot)[:3] == SHOWN["ja"][:3]


def test_the_option_overrides_the_setting(qtbot: Any, use_language: Use) -> None:
    use_language("zh_CN", settings_with(**{LANGUAGE.name: "ja"}), {"LANG": "ja_JP.UTF-8"})
    assert shown(qtbot)[:3] == SHOWN["zh_CN"][:3]


def test_an_unshipped_locale_shows_english_with_its_formats(qtbot: Any, use_language: Use) -> None:
    choice = use_language(environ={"LC_ALL": "fr_FR.UTF-8", "LANG": "ja_JP.UTF-8"})
    assert (choice.language, QLocale().name()) == ("en", "fr_FR")
    assert shown(qtbot) == SHOWN["en"]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "zh_CN.UTF-8"}, "ja"),
        ({"LANGUAGE": "zh_CN:en"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese is not shipped
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
    ],
)
def test_which_language_the_environment_asks_for(environ: dict[str, str], language: str) -> None:
    assert choose(None, "", environ).language == language


def test_a_setting_no_longer_shipped_counts_as_none() -> None:
    assert choose(None, "xx", {"LANG": "ja_JP.UTF-8"}).language == "ja"


def test_english_plural_forms(use_language: Use) -> None:
    use_language("en")
    one, many = (
        QCoreApplication.translate("MainWindow", "Finishing %n save(s) before closing…", "", n)
        for n in (1, 3)
    )
    assert (one, many) == ("Finishing 1 save before closing…", "Finishing 3 saves before closing…")


def test_the_language_button_stores_the_choice_for_the_next_start(
    qtbot: Any, use_language: Use
) -> None:
    use_language("ja")
    settings = settings_with()
    window = make_window(qtbot, settings=settings, ephemeral=False)
    button = window.findChild(LanguageButton)
    assert isinstance(button, QToolButton)
    assert button.accessibleName() == "言語メニュー"
    menu = button.menu()
    assert menu is not None
    names = [action.text() for action in menu.actions()]
    assert names == ["システムの言語", "English", "Deutsch", "日本語", "简体中文"]
    assert menu.actions()[0].isChecked()  # nothing stored: the system's
    menu.actions()[4].trigger()
    assert LANGUAGE.read(settings) == "zh_CN"
    assert "简体中文" in window.reporter.last(Level.INFO)
    assert window.connections_button.text() == "接続"  # the window itself changes at next start
    menu.actions()[0].trigger()
    assert LANGUAGE.read(settings) == ""
    opens = [a for a in window.actions() if QKeySequence("Ctrl+Shift+L") in a.shortcuts()]
    assert [a.text() for a in opens] == ["言語"]


def test_a_run_without_settings_offers_the_option_instead(qtbot: Any, use_language: Use) -> None:
    use_language("en")
    window = make_window(qtbot)  # ephemeral, as --demo is
    button = window.findChild(LanguageButton)
    assert isinstance(button, QToolButton) and button.menu() is not None
    assert not any(action.isEnabled() for action in button.menu().actions())
    assert "--lang" in button.toolTip()
