"""Dates and numbers follow the locale; the C locale keeps ISO 8601 and plain digits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from dify_desktop.ui.times import exact_time, relative_time, short_time
from tests.i18n.conftest import Use

WHEN = datetime(2026, 3, 27, 16, 42, 5, tzinfo=UTC)


def loaded(n: int) -> str:
    return QCoreApplication.translate("ConversationList", "all %Ln loaded", "", n)


def test_japanese_dates_and_numbers(use_language: Use) -> None:
    use_language("ja", environ={"TZ": "UTC"})
    local = WHEN.astimezone()
    assert short_time(WHEN).startswith(f"{local:%Y/%m/%d}")
    assert exact_time(WHEN).startswith(f"{local:%Y/%m/%d}")
    assert loaded(12345) == "全 12,345 件を読み込み済み"
    assert relative_time(WHEN - timedelta(days=3), WHEN) == "3 日前"
    assert relative_time(WHEN - timedelta(minutes=1), WHEN) == "1 分前"


def test_chinese_relative_times(use_language: Use) -> None:
    use_language("zh_CN")
    assert relative_time(WHEN - timedelta(hours=5), WHEN) == "5 小时前"
    assert relative_time(WHEN - timedelta(days=1), WHEN) == "昨天"


def test_british_formats_with_english_words(use_language: Use) -> None:
    use_language(environ={"LANG": "en_GB.UTF-8"})
    local = WHEN.astimezone()
    assert loaded(12345) == "all 12,345 loaded"
    assert short_time(WHEN).startswith(f"{local:%d/%m/%Y}")
    assert relative_time(WHEN - timedelta(days=1.6), WHEN) == "2 days ago"


def test_german_plurals_and_numbers(use_language: Use) -> None:
    use_language(environ={"LANG": "de_DE.UTF-8"})
    local = WHEN.astimezone()
    assert loaded(12345) == "alle 12.345 geladen"
    assert short_time(WHEN).startswith(f"{local:%d.%m.%y}")
    assert relative_time(WHEN - timedelta(days=2), WHEN) == "vor 2 Tagen"
    assert relative_time(WHEN - timedelta(days=1), WHEN) == "gestern"


def test_the_c_locale_keeps_iso_dates_and_plain_digits(use_language: Use) -> None:
    use_language(environ={"LANG": "C.UTF-8"})
    local = WHEN.astimezone()
    assert short_time(WHEN) == f"{local:%Y-%m-%d %H:%M}"
    assert exact_time(WHEN).startswith(f"{local:%Y-%m-%d %H:%M:%S}")
    assert loaded(12345) == "all 12345 loaded"
