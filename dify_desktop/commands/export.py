"""``dify-desktop export``: an end user's conversations to Markdown or JSON files, for automation.

No window and no display: nothing here imports Qt widgets (``--profile`` reads the settings file
through QtCore, which needs no QApplication). Output is English: scripts read it. stdout lists
each file written; stderr says what is missing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dify_desktop.api import Conversation, DifyClient, DifyError
from dify_desktop.core.export.formats import FORMATS, Labels, render
from dify_desktop.core.export.gather import VARIABLE_MODES, gather
from dify_desktop.core.export.naming import create_exclusively
from dify_desktop.core.jobs import ItemState, Job
from dify_desktop.core.profiles import check_base_url, is_insecure, normalize_base_url

EXIT_OK, EXIT_FAILED = 0, 1  # usage errors exit 2 (argparse's parser.error)
ENGLISH = Labels(
    conversation="Conversation",
    end_user="End user",
    created="Started",
    updated="Last update",
    variables="Variables",
    customer="Customer",
    assistant="Assistant",
    like="Liked",
    dislike="Disliked",
    error="Error",
    untitled="(no name)",
    incomplete=(
        "Some messages could not be reached: more than 100 share one second, and the server "
        "pages by the second."
    ),
)
#: conversations read at once (each is a few requests after another)
CONCURRENCY = 4


class UsageError(Exception):
    pass


@dataclass(frozen=True)
class Written:
    path: Path | None
    incomplete: bool


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dify-desktop export",
        description=(
            "Write an end user's conversations (every message, in time order, and the "
            "conversation variables) to one file each. Exit 0 when everything was written, "
            "1 when the server refused or something is missing (the files written are kept), "
            "2 for a usage error."
        ),
        epilog="The API key comes from DIFY_API_KEY, or from the keyring with --profile.",
    )
    parser.add_argument("--base-url", metavar="URL", help="Dify API base URL")
    parser.add_argument(
        "--profile", metavar="NAME", help="a saved connection (key from the keyring)"
    )
    parser.add_argument("--user", metavar="ID", required=True, help="the end user")
    parser.add_argument(
        "--conversation",
        metavar="ID",
        action="append",
        default=[],
        help="export this conversation (repeat for more; default: every conversation of the user)",
    )
    parser.add_argument("--format", choices=FORMATS, default="md", help="md (default) or json")
    parser.add_argument("--out", metavar="DIR", required=True, help="folder (created if missing)")
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain http:// to a host that is not loopback (the key travels unencrypted)",
    )
    return parser


@dataclass(frozen=True)
class Target:
    base_url: str
    api_key: str
    #: DifyClient options: a saved profile's proxy (none for DIFY_API_KEY runs: the environment's)
    client_options: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # the key never in a traceback or a debug line
        return f"Target(base_url={self.base_url!r})"


def target(args: argparse.Namespace, environ: os._Environ[str] | dict[str, str]) -> Target:
    key = environ.get("DIFY_API_KEY", "").strip()
    base_url: str | None = args.base_url
    options: dict[str, Any] = {}
    if args.profile:
        base_url, key, options = asyncio.run(_from_profile(args.profile, base_url))
    if not base_url:
        raise UsageError("give --base-url URL (with DIFY_API_KEY set), or --profile NAME")
    if not key:
        raise UsageError("set the API key in the DIFY_API_KEY environment variable")
    base_url = normalize_base_url(base_url)
    problem = check_base_url(base_url)
    if problem is not None:
        raise UsageError(f"--base-url {base_url} is not a usable address ({problem.id.value})")
    if is_insecure(base_url) and not args.allow_insecure_http:
        raise UsageError(
            f"refusing to send the API key unencrypted to {base_url}: use https://, "
            "or pass --allow-insecure-http if you accept that risk"
        )
    return Target(base_url, key, options)


async def _from_profile(name: str, base_url: str | None) -> tuple[str, str, dict[str, Any]]:
    """A saved profile's address, key (from the keyring) and proxy, read without Qt."""
    from dify_desktop.commands.settings_file import read_settings, settings_path
    from dify_desktop.core.credentials import Credentials, KeyringProblem
    from dify_desktop.core.profiles import ProfileStore
    from dify_desktop.core.proxy_settings import client_options

    matches = [p for p in ProfileStore(read_settings(settings_path())).all() if p.name == name]
    if len(matches) != 1:
        raise UsageError(
            f"no saved profile is named {name!r}"
            if not matches
            else f"several saved profiles are named {name!r}"
        )
    profile = matches[0]
    credentials = Credentials()
    try:
        key = await credentials.load(profile.id)
        proxy = await credentials.load_proxy(profile.id)
    except KeyringProblem as exc:
        raise UsageError(
            f"the keyring cannot give the key of {name!r} ({exc.state.value})"
        ) from None
    if not key:
        raise UsageError(f"the keyring holds no key for {name!r}")
    return base_url or profile.base_url, key, client_options(profile.proxy, proxy)


def say(text: str) -> None:
    print(f"dify-desktop export: {text}", file=sys.stderr, flush=True)


async def export(args: argparse.Namespace, where: Target) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    async with DifyClient(where.base_url, where.api_key, **where.client_options) as client:
        try:
            info = await client.get_app_info()
            conversations = await _conversations(client, args.user, args.conversation)
        except DifyError as exc:
            say(f"the server refused: {exc}")
            return EXIT_FAILED
        missing = [c for c in args.conversation if c not in {x.id for x in conversations}]
        for conversation_id in missing:
            say(f"conversation {conversation_id} not found for user {args.user}")

        async def one(conversation: Conversation) -> Written:
            try:
                exported = await gather(
                    client, conversation, args.user, with_variables=info.mode in VARIABLE_MODES
                )
            except DifyError as exc:
                say(f"conversation {conversation.id}: not written: {exc}")
                return Written(None, incomplete=False)
            data = render(exported, args.format, ENGLISH).encode("utf-8")
            try:
                path = await asyncio.to_thread(
                    create_exclusively,
                    out,
                    exported.created_at,
                    exported.name,
                    exported.id,
                    args.format,
                    data,
                )
            except OSError as exc:
                say(f"conversation {conversation.id}: not written: {exc}")
                return Written(None, incomplete=False)
            print(path, flush=True)
            if exported.incomplete:
                say(
                    f"conversation {conversation.id}: some messages could not be reached (more "
                    f"than 100 in one second); {path} holds the others"
                )
            return Written(path, exported.incomplete)

        results = await Job(conversations, one, concurrency=CONCURRENCY).run()
    written = [r.value for r in results if r.state is ItemState.DONE and r.value is not None]
    complete = [w for w in written if w.path is not None and not w.incomplete]
    files = sum(w.path is not None for w in written)
    say(f"{files} of {len(conversations)} conversations written to {out}")
    return EXIT_OK if len(complete) == len(conversations) and not missing else EXIT_FAILED


async def _conversations(
    client: DifyClient, user: str, wanted: Sequence[str]
) -> list[Conversation]:
    found = [c async for c in client.iter_conversations(user)]
    if not wanted:
        return found
    by_id = {c.id: c for c in found}
    return [by_id[c] for c in dict.fromkeys(wanted) if c in by_id]


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        where = target(args, os.environ)
    except UsageError as exc:
        parser.error(str(exc))
    return asyncio.run(export(args, where))
