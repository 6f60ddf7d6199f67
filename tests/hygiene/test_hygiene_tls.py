"""Transport: TLS verification always on, with the operating system's trust store (truststore),
explained in words when it fails; plain http to another computer only when the person says so."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import truststore
from PySide6.QtCore import QSettings, Qt

from dify_desktop.api import DifyClient, TLSError
from dify_desktop.demo.runner import DemoServer
from dify_desktop.demo.seed import DEFAULT_USER
from dify_desktop.ui.reporter import Level
from dify_desktop.ui.sentences import explain
from tests.app_process import run_app
from tests.faults.fault_kit import profile_for, wait_for
from tests.hygiene.hygiene_kit import (
    HttpsInfoServer,
    leaks_in_text,
    make_key,
    non_loopback_address,
)
from tests.tls_kit import self_signed_certificate
from tests.ui.conftest import make_window

UNTRUSTED = "the server's certificate is not trusted"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_server(certificate: tuple[Path, Path]) -> Iterator[HttpsInfoServer]:
    server = HttpsInfoServer(*certificate)
    try:
        yield server
    finally:
        server.stop()


def test_the_client_verifies_with_the_system_trust_store() -> None:
    client = DifyClient("https://api.dify.ai/v1", "app-x")
    context = client._ssl_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    plain_http = DifyClient("http://localhost/v1", "app-x")._ssl_context()
    assert plain_http.verify_mode == ssl.CERT_REQUIRED  # even where TLS is never used


def test_a_self_signed_certificate_is_refused_and_explained(
    https_server: HttpsInfoServer,
) -> None:
    async def attempt() -> TLSError:
        async with DifyClient(https_server.base_url, make_key(), timeout=5) as client:
            with pytest.raises(TLSError) as caught:
                await client.get_app_info()
        return caught.value

    error = asyncio.run(attempt())
    assert "not trusted by this computer" in error.message
    assert "self-signed" in error.message or "self signed" in error.message
    assert UNTRUSTED in explain(error)
    assert https_server.requests == []  # refused during the handshake: no request, no key


def test_the_same_certificate_is_accepted_once_the_system_trusts_it(
    https_server: HttpsInfoServer,
    certificate: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Proof that the OS trust configuration is what decides (OpenSSL's SSL_CERT_FILE, as an
    administrator installing a company root would), not a bundle shipped with the app."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))

    async def attempt() -> str:
        async with DifyClient(https_server.base_url, make_key(), timeout=5) as client:
            return (await client.get_app_info()).name

    assert asyncio.run(attempt()) == "TLS test app"
    assert https_server.requests == ["/v1/info"]


def test_connection_dialog_explains_a_tls_failure_in_words(
    qtbot: Any, qloop: Any, https_server: HttpsInfoServer, tmp_path: Path
) -> None:
    window = make_window(
        qtbot,
        ephemeral=False,
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Company Dify")
    dialog.url_edit.setText(https_server.base_url)
    assert not dialog.insecure_ok.isVisible()  # https: nothing to confirm
    dialog.key_edit.setText(make_key())
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: UNTRUSTED in dialog.status.text())
    text = dialog.status.text()
    assert "secure connection failed" in text and "certificate" in text
    assert "SSL" not in text and "Traceback" not in text  # words, not a library's error
    assert dialog.isVisible() and window.session is None
    assert https_server.requests == []


def test_window_start_path_explains_a_tls_failure(
    qtbot: Any, qloop: Any, https_server: HttpsInfoServer
) -> None:
    window = make_window(qtbot)
    attempt = window.ctx.tasks.spawn(
        window.open_profile(profile_for(https_server), make_key(), DEFAULT_USER)
    )
    wait_for(qtbot, attempt.done)
    assert window.session is None
    assert UNTRUSTED in window.reporter.last(Level.WARNING)
    assert window.statusBar().currentMessage() == window.reporter.last(Level.WARNING)


def test_api_key_path_refuses_an_untrusted_certificate_in_words(
    tmp_path: Path, https_server: HttpsInfoServer
) -> None:
    key = make_key()
    done = run_app(
        ["--base-url", https_server.base_url, "--user", "u", "--smoke-test"],
        tmp_path / "home",
        key=key,
    )
    assert done.returncode == 1
    assert "smoke test failed" in done.stderr and UNTRUSTED in done.stderr
    assert "Traceback" not in done.stderr
    assert leaks_in_text(done.stdout + done.stderr, [key]) == []
    assert https_server.requests == []


# ----------------------------------------------------------------------------- plain http


@pytest.fixture
def lan_server() -> Iterator[DemoServer]:
    """The demo server on this machine's network address: plain http to a host that is not
    loopback, as a self-hosted Dify on the office network would be."""
    address = non_loopback_address()
    assert address is not None, "this machine has no non-loopback address to test with"
    server = DemoServer(host=address, api_key=make_key())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_plain_http_to_another_host_connects_only_after_the_person_confirms(
    qtbot: Any, qloop: Any, lan_server: DemoServer, secret_service: Any, tmp_path: Path
) -> None:
    window = make_window(
        qtbot,
        ephemeral=False,
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    window.connection.add_profile_action.trigger()
    dialog = window.connection.dialog
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Office Dify")
    dialog.url_edit.setText(lan_server.base_url)
    dialog.key_edit.setText(lan_server.api_key)
    assert dialog.insecure_ok.isVisible() and "unencrypted" in dialog.status.text()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "Tick the box" in dialog.status.text()
    assert lan_server.requests() == []  # nothing was sent, the key least of all
    qtbot.mouseClick(dialog.insecure_ok, Qt.MouseButton.LeftButton)
    assert dialog.insecure_ok.isChecked()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: window.session is not None)
    assert window.profile.base_url == lan_server.base_url
    assert lan_server.requests()[0].path == "/info"


def test_api_key_path_needs_allow_insecure_http_for_plain_http_to_another_host(
    tmp_path: Path, lan_server: DemoServer
) -> None:
    args = ["--base-url", lan_server.base_url, "--user", DEFAULT_USER, "--smoke-test"]
    refused = run_app(args, tmp_path / "a", key=lan_server.api_key)
    assert refused.returncode == 2 and "unencrypted" in refused.stderr
    assert lan_server.requests() == []
    allowed = run_app([*args, "--allow-insecure-http"], tmp_path / "b", key=lan_server.api_key)
    assert allowed.returncode == 0, allowed.stderr
    assert "smoke test passed" in allowed.stdout
