"""The committed catalogues: each .qm is what its .ts compiles to, and every string lupdate finds
in the sources has a translation in every shipped language, with the same placeholders."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dify_desktop.ui.translations import APP_CATALOG, I18N_DIR, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = Path(I18N_DIR)
TS_FILES = sorted(CATALOGUES.glob(f"{APP_CATALOG}_*.ts"))
BIN = Path(sys.executable).parent
#: what a translation must keep from its source: {placeholders} and %n / %Ln
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


def language(ts: Path) -> str:
    return ts.stem.removeprefix(f"{APP_CATALOG}_")


def test_every_shipped_language_has_its_catalogue() -> None:
    assert [language(ts) for ts in TS_FILES] == sorted(LANGUAGES)
    for ts in TS_FILES:
        assert ts.with_suffix(".qm").is_file(), (
            f"{ts.name} has no .qm: bash .ci/translations release"
        )


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_committed_qm_is_what_the_ts_compiles_to(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", ts, "-qm", compiled], check=True, timeout=60
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run bash .ci/translations release and commit it"
    )


def entries(ts: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", texts, finished and all(texts)))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues brought up to date with today's sources, as ``.ci/translations update``
    does, in a temporary folder (the committed files stay as they are)."""
    folder = tmp_path_factory.mktemp("i18n")
    for ts in TS_FILES:
        shutil.copy(ts, folder / ts.name)
    env = dict(os.environ, I18N_DIR=str(folder), VENV=str(BIN.parent))
    subprocess.run(
        ["bash", ROOT / ".ci" / "translations", "update"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    return {language(ts): folder / ts.name for ts in TS_FILES}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_visible_string_has_a_translation(lang: str, extracted: dict[str, Path]) -> None:
    untranslated = [
        f"{context}: {source!r}"
        for context, source, _texts, finished in entries(extracted[lang])
        if not finished
    ]
    assert not untranslated, (
        f"{len(untranslated)} strings without a {lang} translation (bash .ci/translations "
        "update, then missing-json and fill):\n" + "\n".join(untranslated)
    )


def test_the_sources_strings_are_found(extracted: dict[str, Path]) -> None:
    """The check above sees the strings: calls lupdate cannot read would slip past it."""
    sources = {(c, s) for c, s, _t, _f in entries(extracted["ja"])}
    for expected in [
        ("ConversationList", "all %Ln loaded"),
        ("ConversationModel", "%n days ago"),
        ("ConversationModel", "(no name)"),
        ("sentences", "The server did not answer in time."),
        ("sentences", "Try again in %n s."),
        ("connection_texts", "Use the key for this session only"),
        ("LanguageButton", "System language"),
    ]:
        assert expected in sources


@pytest.mark.parametrize("ts", TS_FILES, ids=language)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    wrong = [
        f"{context}: {source!r} → {text!r}"
        for context, source, texts, _finished in entries(ts)
        for text in texts
        if text and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
    ]
    assert not wrong, "\n".join(wrong)


def test_english_keeps_only_plurals() -> None:
    english = entries(CATALOGUES / f"{APP_CATALOG}_en.ts")
    assert english and all(PLACEHOLDER.search(source) for _c, source, _t, _f in english)
    assert all(len(texts) == 2 for _c, _s, texts, _f in english)


class _Calls(ast.NodeVisitor):
    """(context, text) of every tr()/translate() call whose context and text are literals."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, int]] = []
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        if name == "_tr" and texts and isinstance(texts[0], str):
            # a helper that adds its own context: lupdate cannot see the call at all
            self.found.append(
                ("(a _tr helper: call translate(context, text) instead)", *texts[:1], node.lineno)
            )
        elif name == "tr" and self._classes and texts and isinstance(texts[0], str):
            self.found.append((self._classes[-1], texts[0], node.lineno))
        elif (
            name in ("translate", "_translate")
            and len(texts) >= 2
            and isinstance(texts[0], str)
            and isinstance(texts[1], str)
        ):
            self.found.append((texts[0], texts[1], node.lineno))
        self.generic_visit(node)


def test_lupdate_sees_every_translated_call(extracted: dict[str, Path]) -> None:
    """lupdate silently skips some calls (a plural's count that is not a plain name, e.g.
    ``translate("C", "%n x", "", len(rows))``): such a string would never be translated."""
    seen = {(c, s) for c, s, _t, _f in entries(extracted["ja"])}
    unseen = []
    for path in sorted((ROOT / "dify_desktop").rglob("*.py")):
        if "demo" in path.relative_to(ROOT).parts:
            continue
        calls = _Calls()
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        unseen += [
            f"{path.relative_to(ROOT)}:{line}: {context}: {text!r}"
            for context, text, line in calls.found
            if (context, text) not in seen
        ]
    assert not unseen, (
        "lupdate does not see these calls (a plural's count must be a plain name; no _tr helpers):\n"
        + ("\n".join(unseen))
    )
