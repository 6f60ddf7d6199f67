"""The demo server's layers import only downwards (read from the source, nothing is run).

wire (outermost) -> routes and control -> store and its records, rules, paging and errors; the
demo plays the other side of the wire, so it imports none of the app's own packages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dify_desktop.demo

DEMO = Path(dify_desktop.demo.__file__).parent
PREFIX = "dify_desktop.demo."
MODEL = {
    "records",
    "rules",
    "errors",
    "paging",
    "app_settings",
    "store",
    "seed",
    "seed_transcripts",
}
HTTP = ("starlette", "uvicorn", "h11", "httpx")
MAX_LINES = 500


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(DEMO).with_suffix("").parts)


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def demo_imports(path: Path) -> set[str]:
    return {name[len(PREFIX) :] for name in imports_of(path) if name.startswith(PREFIX)}


MODULES = sorted(DEMO.rglob("*.py"))


def test_the_layers_are_where_the_docs_say() -> None:
    names = {module_name(p) for p in MODULES}
    assert {"wire.layer", "wire.request_log", "wire.fault_answers", "control", "server"} <= names
    assert {f"routes.{r}" for r in ("conversations", "messages", "variables", "chat")} <= names


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_no_module_of_the_app_is_imported(path: Path) -> None:
    app_packages = ("dify_desktop.api", "dify_desktop.core", "dify_desktop.ui", "dify_desktop.app")
    assert not [m for m in imports_of(path) if m.startswith(app_packages)]


@pytest.mark.parametrize("path", MODULES, ids=module_name)
def test_modules_stay_small(path: Path) -> None:
    if module_name(path) == "seed":
        return  # sample data, exempt
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


@pytest.mark.parametrize("path", [p for p in MODULES if module_name(p) in MODEL], ids=module_name)
def test_the_store_knows_nothing_of_http(path: Path) -> None:
    assert not [m for m in imports_of(path) if m.split(".")[0] in HTTP]
    upper = {m for m in demo_imports(path) if m.split(".")[0] not in MODEL}
    assert upper == set(), f"{module_name(path)} imports layers above the store: {upper}"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if module_name(p).startswith("routes.") or module_name(p) == "control"],
    ids=module_name,
)
def test_routes_do_not_reach_into_the_wire(path: Path) -> None:
    assert {m for m in demo_imports(path) if m.startswith(("wire", "server", "runner"))} == set()


@pytest.mark.parametrize(
    "path", [p for p in MODULES if module_name(p).startswith("wire.")], ids=module_name
)
def test_the_wire_does_not_know_the_routes(path: Path) -> None:
    assert {m for m in demo_imports(path) if m.startswith(("routes", "control", "store"))} == set()
