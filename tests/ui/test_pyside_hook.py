"""The app's answer to PySide6's import-hook question ("does this module name PySide6?") is
PySide6's own answer, for every module this test process has imported; the app puts it in place
once, and only where PySide6 has that hook."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType

import pytest

from dify_desktop.ui import pyside_hook


@pytest.fixture
def feature() -> Iterator[ModuleType]:
    module = sys.modules[pyside_hook._FEATURE_MODULE]
    saved = (module._mod_uses_pyside, pyside_hook._upstream)
    yield module
    module._mod_uses_pyside, pyside_hook._upstream = saved


def test_the_same_answer_as_pyside6_for_every_module(feature: ModuleType) -> None:
    upstream = feature._mod_uses_pyside
    assert pyside_hook.quicken_feature_check()
    assert feature._mod_uses_pyside is pyside_hook.uses_pyside
    assert not pyside_hook.quicken_feature_check()  # once

    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: pyside_hook.uses_pyside(m) for m in modules}
    assert answers == {m.__name__: upstream(m) for m in modules}
    assert answers["dify_desktop.ui.pyside_hook"] is True  # it names PySide6
    assert answers["json"] is False
    assert answers["sys"] is False  # built in: asked the upstream way


def test_nothing_to_replace_in_a_pyside6_without_the_hook(
    feature: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(feature, "_mod_uses_pyside")
    assert not pyside_hook.quicken_feature_check()
    assert not hasattr(feature, "_mod_uses_pyside")
