"""What the app prints when it starts: only what helps."""

from __future__ import annotations

from pathlib import Path

from tests.app_process import run_app


def test_no_display_says_how_to_see_the_window_on_a_headless_machine(tmp_path: Path) -> None:
    done = run_app(["--demo"], tmp_path, display=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "xvfb-run -a dify-desktop --demo" in lines[0]  # the same command, in a virtual X server
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_an_offscreen_start_logs_no_warning_about_raising_the_window(tmp_path: Path) -> None:
    done = run_app(["--demo", "--smoke-test"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "raise()" not in done.stderr
    assert "WARNING" not in done.stderr
