"""At 200% (QT_SCALE_FACTOR=2 on a 1920×1080 screen: 960×540 to lay out) and with a dark
palette, the window is still usable: it fits the screen, no button or label is cut, the list shows
rows, and each row state reads without colour (its own words, marks and font) and with enough
contrast. The window is measured in a process of its own (Qt reads the scale factor at start)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.app_process import isolated_env

REPO = Path(__file__).resolve().parents[2]
FULL_HD = {"name": "full-hd", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1}
READABLE = 4.5  # WCAG AA for normal text


@pytest.fixture(scope="module", params=[False, True], ids=["light", "dark"])
def measured(request: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The window measured once per palette."""
    return measure(tmp_path_factory.mktemp("scaling"), dark=request.param)


def measure(tmp_path: Path, *, dark: bool, scale: int = 2) -> dict[str, Any]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{**FULL_HD, "logicalDpi": 96}]}))
    env = isolated_env(tmp_path / "home")
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale))
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_probe", *(["--dark"] if dark else [])],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_window_is_usable_at_200_percent(measured: dict[str, Any]) -> None:
    seen = measured
    assert seen["screen"] == [960, 540]
    assert seen["fits"], f"the window {seen['window']} is larger than the screen"
    assert seen["clipped"] == []
    assert seen["visible_rows"] >= 5
    assert seen["text_contrast"] >= READABLE


def test_row_states_read_without_colour(measured: dict[str, Any]) -> None:
    states = measured["states"]
    # Each state has its own words in the status column, and a mark or a font besides colour.
    labels = {name: state["status"] for name, state in states.items()}
    assert len(set(labels.values())) == len(labels), labels
    assert labels["renamed"].startswith("✓") and labels["failed"].startswith("⚠")
    assert labels["saving"] == "Saving…" and labels["idle"] == ""
    assert states["saving"]["font"]["italic"] and states["renamed"]["font"]["bold"]
    # ... readable on this palette, the muted name of a row being saved included.
    for name, state in states.items():
        assert state["contrast"] >= READABLE, (name, state["contrast"])
    # ... and said to a screen reader after the row's name.
    assert states["failed"]["spoken"].endswith(
        "Not renamed: The Dify server had a problem (500): Internal Server Error"
    )
    assert states["saving"]["spoken"] == "Still saving: Saving…"
    assert states["renamed"]["spoken"] == "Parcel found: Renamed."
    assert states["idle"]["spoken"] == states["idle"]["name"]  # a row in no state: its name
