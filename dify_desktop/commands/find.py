"""``dify-desktop find``: every end user's conversations that match, through a Dify account.

Prints one JSON object per line, newest activity first::

    {"user": ..., "conversation_id": ..., "name": ..., "created_at": ..., "updated_at": ...,
     "message_count": ...}

``user`` is the end-user id as the integrating product sends it (what the service API takes as
``user``); times are epoch seconds (UTC), as Dify sends them. Conversations the service API
cannot reach are left out: an account's own (made in Dify's console, no end user) and, when the
app key is known, those of Dify's web app (end users of another type; the window shows them). Exit 0 (also when nothing matched), 1 with a
one-line reason when signing in or the server fails, 2 for a usage error. The password comes only
from ``DIFY_CONSOLE_PASSWORD``; nothing is stored, except that a ``--profile`` session's rotated
refresh token goes back to the keyring.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dify_desktop.api import AuthenticationError, DifyClient, DifyError, SignInRequired
from dify_desktop.api.console import ConsoleConversation
from dify_desktop.core import logs
from dify_desktop.core.console_account import (
    ConsoleAccount,
    ConversationFinder,
    EndUserKinds,
    FindQuery,
    KeyringSessionStore,
    MemorySessionStore,
)
from dify_desktop.core.credentials import Credentials, KeyringProblem
from dify_desktop.core.profiles import ProfileStore, is_insecure

PASSWORD_VARIABLE = "DIFY_CONSOLE_PASSWORD"
KEY_VARIABLE = "DIFY_API_KEY"
PROG = "dify-desktop find"


class UsageError(Exception):
    """Exit 2: the command line cannot be run as given."""


class Failure(Exception):
    """Exit 1: signing in or the server failed (the message is the one line printed)."""


@dataclass(frozen=True)
class Plan:
    query: FindQuery
    limit: int | None
    base_url: str | None = None
    email: str | None = None
    password: str | None = None
    api_key: str | None = None
    profile: str | None = None

    def __repr__(self) -> str:  # never the password or the key
        return f"Plan(query={self.query!r}, base_url={self.base_url!r}, profile={self.profile!r})"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Find conversations of every end user of a Dify chat app by words in questions, "
            "answers, names and end-user ids, through a Dify account (read-only)."
        ),
        epilog=(
            f"Environment: {PASSWORD_VARIABLE} (the account's password, with --console-email) and "
            f"{KEY_VARIABLE} (the app key, to know which app). The password is never accepted "
            "on the command line."
        ),
    )
    parser.add_argument("--base-url", metavar="URL", help="the Dify API base URL (…/v1)")
    parser.add_argument("--console-email", metavar="EMAIL", help="the Dify account's e-mail")
    parser.add_argument(
        "--profile", metavar="NAME", help="a saved profile signed in to a Dify account"
    )
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="from this day on")
    parser.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this day")
    parser.add_argument("--limit", metavar="N", type=int, help="print at most N conversations")
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain http:// to a host that is not loopback (the password travels unencrypted)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="write debug logs to stderr and to the log file"
    )
    parser.add_argument("words", nargs="*", metavar="WORDS", help="searched as one phrase")
    return parser


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} must be a day as YYYY-MM-DD, not {text!r}.") from None


def plan(args: argparse.Namespace, environ: Mapping[str, str]) -> Plan:
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    if since and until and since > until:
        raise UsageError("--since must not be after --until.")
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be 1 or more.")
    query = FindQuery(" ".join(args.words).strip(), since, until)
    if args.profile is not None:
        if args.base_url or args.console_email:
            raise UsageError("--profile cannot be combined with --base-url or --console-email.")
        return Plan(query, args.limit, profile=args.profile)
    if not args.base_url or not args.console_email:
        raise UsageError("give --base-url and --console-email, or --profile NAME.")
    password = environ.get(PASSWORD_VARIABLE, "")
    if not password:
        raise UsageError(f"set the account's password in {PASSWORD_VARIABLE}.")
    api_key = environ.get(KEY_VARIABLE, "").strip()
    if not api_key:
        raise UsageError(f"set the app key in {KEY_VARIABLE} (it says which app to search).")
    try:
        insecure = is_insecure(args.base_url)
    except DifyError as error:
        raise UsageError(error.message) from None
    if insecure and not args.allow_insecure_http:
        raise UsageError(
            f"refusing to send the password unencrypted to {args.base_url}: use https://, "
            "or pass --allow-insecure-http if you accept that risk."
        )
    return Plan(query, args.limit, args.base_url, args.console_email, password, api_key)


async def _profile_account(name: str) -> tuple[ConsoleAccount, str, str | None]:
    """The account of a saved profile: (account, its API base URL, its app key or None)."""
    from dify_desktop.commands.settings_file import read_settings, settings_path

    profiles = [p for p in ProfileStore(read_settings(settings_path())).all() if p.name == name]
    if len(profiles) != 1:
        raise Failure(
            f"no saved profile is named {name!r}."
            if not profiles
            else f"several saved profiles are named {name!r}."
        )
    profile = profiles[0]
    account = ConsoleAccount(profile.base_url, KeyringSessionStore(profile.id))
    if not await account.restore():
        raise Failure(f"the profile {name!r} is not signed in to a Dify account.")
    return account, profile.base_url, await Credentials().load(profile.id)


async def _app_id(account: ConsoleAccount, base_url: str, api_key: str | None) -> str:
    if account.app_id:
        return account.app_id
    if api_key is None:
        raise Failure("no app key is stored for this profile, so its app is not known.")
    async with DifyClient(base_url, api_key) as client:
        info = await client.get_app_info()
    matches = await account.match_app(info)
    if not matches:
        raise Failure(
            f"no app of the account's workspace is named {info.name!r} with mode {info.mode!r}."
        )
    if len(matches) > 1:
        raise Failure(
            f"{len(matches)} apps of the account's workspace are named {info.name!r} with mode "
            f"{info.mode!r}: choose one in the window's account dialog, then use --profile."
        )
    return matches[0].id


def line_of(row: ConsoleConversation) -> str:
    record: dict[str, Any] = {
        "user": row.end_user_session_id,
        "conversation_id": row.id,
        "name": row.name,
        "created_at": int(row.created_at.timestamp()),
        "updated_at": int(row.updated_at.timestamp()),
        "message_count": row.message_count,
    }
    return json.dumps(record, ensure_ascii=False)


async def run(p: Plan) -> None:
    if p.profile is not None:
        account, base_url, key = await _profile_account(p.profile)
    else:
        assert p.base_url and p.email and p.password
        account = ConsoleAccount(p.base_url, MemorySessionStore())  # nothing is stored
        base_url, key = p.base_url, p.api_key
    async with account:
        if p.password is not None and p.email is not None:
            await account.sign_in(p.email, p.password)
        finder = ConversationFinder(account, await _app_id(account, base_url, key), p.query)
        async with contextlib.AsyncExitStack() as stack:
            kinds = None
            if key:
                kinds = EndUserKinds(await stack.enter_async_context(DifyClient(base_url, key)))
            printed = 0
            while p.limit is None or printed < p.limit:
                page = await finder.next_page()
                if not page and not finder.has_more:
                    return
                rows = await _reachable(page, kinds)
                for row in rows[: None if p.limit is None else p.limit - printed]:
                    print(line_of(row), flush=False)
                    printed += 1
                sys.stdout.flush()


async def _reachable(
    rows: list[ConsoleConversation], kinds: EndUserKinds | None
) -> list[ConsoleConversation]:
    """The rows whose end user the service API can act for (unknown counts as yes)."""
    if kinds is None:
        return [r for r in rows if not r.made_in_console]
    one_per_user = {r.from_end_user_id: r for r in rows}.values()
    await asyncio.gather(*(kinds.reachable(r) for r in one_per_user))  # each asked once
    return [r for r in rows if await kinds.reachable(r) is not False]


def _reason(error: DifyError) -> str:
    if isinstance(error, SignInRequired):
        return "the Dify account's session has ended: sign in again."
    if isinstance(error, AuthenticationError) and error.code == "authentication_failed":
        return f"signing in to the Dify account was refused: {error.message}"
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exit 2 on unknown options
    try:
        p = plan(args, os.environ)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 2
    logs.setup(debug=args.debug)
    if p.password:
        logs.register_secret(p.password)
    try:
        asyncio.run(run(p))
    except Failure as failure:
        print(f"{PROG}: {failure}", file=sys.stderr)
        return 1
    except DifyError as error:
        print(f"{PROG}: {_reason(error)}".replace("\n", " "), file=sys.stderr)
        return 1
    except KeyringProblem as problem:
        print(f"{PROG}: the keyring could not be used ({problem.state.value}).", file=sys.stderr)
        return 1
    return 0
