"""Console hygiene: the Dify account's password and its refresh tokens go nowhere but the server
(and the keyring, for the token): not in any file the app writes (settings, logs), its output,
its command line or its errors, in any of the forms the key hygiene looks for."""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dify_desktop.api import DifyError
from dify_desktop.api.console import ConsoleClient
from dify_desktop.core.console_account import ConsoleAccount, KeyringSessionStore
from dify_desktop.core.credentials import Credentials
from dify_desktop.core.profiles import Profile, ProfileStore
from dify_desktop.demo.faults import Fault
from dify_desktop.demo.runner import DemoServer
from tests.app_process import isolated_env
from tests.hygiene.hygiene_kit import key_forms, leaks_in_text, leaks_in_tree

EMAIL = "hygiene@acme.example"


def make_password() -> str:
    """A password nobody else uses, with characters that change when encoded."""
    return f"pw+{secrets.token_hex(5)}/Hyg={secrets.token_hex(3)}!~ü"


@pytest.fixture
def account_server() -> Iterator[DemoServer]:
    server = DemoServer(api_key=f"app-{secrets.token_hex(8)}")
    server.console.email = EMAIL
    server.console.password = make_password()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def echo(status: int, secret: str, path: str, method: str = "GET") -> Fault:
    """A server whose error quotes a secret back (a debugging proxy, a verbose error page)."""
    encoded = base64.b64encode(secret.encode()).decode()
    return Fault(
        method=method,
        path=path,
        status=status,
        body=json.dumps(
            {"code": "unknown", "message": f"rejected {secret} ({encoded})", "status": status}
        ),
        times=None,
    )


def run_find(home: Path, args: list[str], password: str | None, key: str | None) -> Any:
    env = isolated_env(home, display=False)
    if password is not None:
        env["DIFY_CONSOLE_PASSWORD"] = password
    if key is not None:
        env["DIFY_API_KEY"] = key
    proc = subprocess.Popen(
        [sys.executable, "-m", "dify_desktop", "find", "--debug", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=home,
    )
    command_line = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err, command_line


def test_the_password_leaks_nowhere(account_server: DemoServer, tmp_path: Path) -> None:
    password = account_server.console.password
    assert len(key_forms(password)) == 12
    home = tmp_path / "home"
    args = ["--base-url", account_server.base_url, "--console-email", EMAIL, "order"]
    code, out, err, command_line = run_find(home, args, password, account_server.api_key)
    assert code == 0, err
    assert out.count("\n") > 3
    # a server that echoes the password back in its error
    account_server.faults.add(echo(400, password, "/console/api/login", "POST"))
    code, out, err, command_line_2 = run_find(home, args, password, account_server.api_key)
    assert code == 1 and "rejected *** (***)" in err
    for text in (out, err, command_line.decode(), command_line_2.decode()):
        assert leaks_in_text(text, [password]) == []
    log = home / "state" / "dify-desktop" / "log" / "dify-desktop.log"
    assert "POST /login -> 400" in log.read_text()
    assert leaks_in_tree(home, [password]) == {}


def test_refresh_tokens_leak_nowhere(
    account_server: DemoServer, tmp_path: Path, secret_service: Any
) -> None:
    from PySide6.QtCore import QSettings

    home = tmp_path / "home"
    env = isolated_env(home, display=False)
    profile = Profile("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "hygiene", account_server.base_url)
    settings_dir = Path(env["XDG_CONFIG_HOME"]) / "dify-desktop"
    settings_dir.mkdir(parents=True)
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    ProfileStore(settings).save(profile)
    settings.sync()
    seen: list[str] = []

    async def sign_in() -> None:
        await Credentials().save(profile.id, account_server.api_key)
        async with ConsoleAccount(
            account_server.base_url, KeyringSessionStore(profile.id)
        ) as account:
            await account.sign_in(EMAIL, account_server.console.password)
        seen.extend(account_server.console.live_refresh_tokens())

    asyncio.run(sign_in())
    code, out, err, command_line = run_find(home, ["--profile", "hygiene", "order"], None, None)
    assert code == 0, err
    tokens = seen + account_server.console.live_refresh_tokens()
    assert len(set(tokens)) == 2  # rotated once by the command
    account_server.faults.add(echo(401, tokens[-1], "/console/api/refresh-token", "POST"))
    code, out_2, err_2, command_line_2 = run_find(home, ["--profile", "hygiene", "x"], None, None)
    assert code == 1
    for text in (out, err, out_2, err_2, command_line.decode(), command_line_2.decode()):
        assert leaks_in_text(text, tokens) == []
    assert leaks_in_tree(home, [*tokens, account_server.console.password]) == {}


@pytest.mark.asyncio
async def test_errors_never_carry_the_password_or_a_token(account_server: DemoServer) -> None:
    password = account_server.console.password
    tokens: list[str] = []
    client = ConsoleClient(account_server.console_url, on_refresh_token=tokens.append)
    account_server.faults.add(echo(500, password, "/console/api/login", "POST"))
    with pytest.raises(DifyError) as refused:
        await client.sign_in(EMAIL, password)
    account_server.faults.clear()
    await client.sign_in(EMAIL, password)
    app = account_server.store.app_id
    account_server.faults.add(echo(502, tokens[0], f"/console/api/apps/{app}/chat-conversations"))
    with pytest.raises(DifyError) as failed:
        await client.chat_conversations(app)
    await client.aclose()
    for error in (refused.value, failed.value):
        text = f"{error} {error!r} {error.message} {error.server_message} {error.args}"
        assert leaks_in_text(text, [password, *tokens]) == []
    assert leaks_in_text(repr(client), [password, *tokens]) == []
