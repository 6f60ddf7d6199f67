"""The client's own English never reaches a translated sentence: what came from the server is
shown as it is, and the rest is said in the window's language."""

from __future__ import annotations

import ssl

from dify_desktop.api._mapping import error_from_exception, error_from_response
from dify_desktop.ui.sentences import explain
from tests.i18n.conftest import Use

NGINX = (
    b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)
#: the client's own words for these failures (kept for the log)
CLIENT_WORDS = ("The server answered", "without saying why", "not JSON", "The secure (TLS)")


def said(error: Exception) -> str:
    from dify_desktop.api import DifyError

    assert isinstance(error, DifyError)
    text = explain(error)
    assert not [words for words in CLIENT_WORDS if words in text], text
    return text


def test_a_proxy_page_is_described_in_the_language_and_quoted(use_language: Use) -> None:
    use_language("ja")
    error = error_from_response(502, {"content-type": "text/html"}, NGINX, redact=str)
    text = said(error)
    assert "Web ページ" in text and "502 Bad Gateway" in text and "問題はサーバー側" in text


def test_an_empty_answer_and_a_silent_dify_error(use_language: Use) -> None:
    use_language("zh_CN")
    assert "空响应" in said(error_from_response(503, {}, b"", redact=str))
    silent = error_from_response(
        500, {"content-type": "application/json"}, b'{"code": "x", "message": ""}', redact=str
    )
    assert said(silent) == "Dify 服务器出现问题 (500)，但没有说明原因。"
    refused = error_from_response(
        405, {"content-type": "application/json"}, b'{"code": "x", "message": " "}', redact=str
    )
    assert said(refused) == "Dify 拒绝了请求 (405)，但没有说明原因。"


def test_dify_words_are_shown_as_they_are(use_language: Use) -> None:
    use_language("ja")
    body = b'{"code": "invalid_param", "message": "Name too long."}'
    error = error_from_response(400, {"content-type": "application/json"}, body, redact=str)
    assert said(error) == "Dify がリクエストを拒否しました (400)：Name too long."


def test_a_failed_handshake_gives_only_the_librarys_reason(use_language: Use) -> None:
    use_language("ja")
    failure = ssl.SSLError(1, "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] handshake failure")
    failure.reason = "SSLV3_ALERT_HANDSHAKE_FAILURE"
    error = error_from_exception(failure, "https://x.example", redact=str)
    assert said(error) == "安全な接続に失敗しました：SSLV3_ALERT_HANDSHAKE_FAILURE"
