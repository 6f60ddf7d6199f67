"""The command line stays English whatever the language; --lang refuses unknown codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.app_process import isolated_env


def run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dify_desktop", *args],
        env={**isolated_env(home), **env},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=home,
    )


@pytest.mark.parametrize("args", [[], ["--lang", "zh_CN"]], ids=["system", "option"])
def test_smoke_test_prints_english_in_a_japanese_locale(tmp_path: Path, args: list[str]) -> None:
    done = run(["--demo", "--smoke-test", *args], tmp_path, LANG="ja_JP.UTF-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("dify-desktop smoke test passed: ")


def test_start_errors_stay_english(tmp_path: Path) -> None:
    done = run(["--base-url", "https://x.example/v1"], tmp_path, LANG="ja_JP.UTF-8")
    assert done.returncode == 2
    assert "--base-url needs the API key" in done.stderr


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    done = run(["--lang", "klingon"], tmp_path)
    assert done.returncode == 2
    assert "unknown language 'klingon': choose one of en, de, ja, zh_CN" in done.stderr
    assert done.stderr.startswith("usage: dify-desktop")
