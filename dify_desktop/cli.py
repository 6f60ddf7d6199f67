"""Command line: parse arguments, then hand over to :mod:`dify_desktop.app`.

Kept free of Qt imports so that ``--help`` and ``--version`` answer instantly.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from dify_desktop import __version__
from dify_desktop.ui.translations import LANGUAGES, language_code


def language_option(value: str) -> str:
    code = language_code(value)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}: choose one of {', '.join(LANGUAGES)}"
        )
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dify-desktop",
        description="Find, read, rename and clean up the conversations of a Dify chat app's end users.",
        epilog=(
            "Environment: DIFY_API_KEY with --base-url connects without the dialog and stores nothing. "
            "The key is never accepted on the command line. "
            "'dify-desktop find --help': every end user's conversations, through a Dify account; "
            "'dify-desktop export --help': conversations to Markdown or JSON files."
        ),
    )
    parser.add_argument("--version", action="version", version=f"dify-desktop {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the built-in demo server on a free loopback port and open its first user",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="Dify API base URL (e.g. https://api.dify.ai/v1); the key comes from DIFY_API_KEY",
    )
    parser.add_argument("--user", metavar="ID", help="open this end user's conversations")
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain http:// to a host that is not loopback (the key travels unencrypted)",
    )
    parser.add_argument(
        "--proxy",
        metavar="URL",
        help=(
            "send every request through this proxy (http://host:port or socks5://host:port), "
            "whatever HTTP(S)_PROXY and NO_PROXY say; no credentials in the URL"
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=language_option,
        help=(
            f"show the window in this language ({', '.join(LANGUAGES)}) instead of the one chosen "
            "in the window or the system's; command-line output stays English"
        ),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the window, load the first page, exit 0 (exit 1 with a reason on failure)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="write debug logs to stderr and to the log file"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and not arguments[0].startswith("-"):
        from dify_desktop.commands import SUBCOMMANDS

        if arguments[0] in SUBCOMMANDS:
            import importlib

            command = importlib.import_module(SUBCOMMANDS[arguments[0]])
            code: int = command.main(arguments[1:])
            return code
    args = build_parser().parse_args(arguments)
    # Start-up allocates much and frees little: no automatic collector passes over it. Once the
    # loop runs, the window's own policy collects (core.collection).
    gc.disable()
    try:
        from dify_desktop.app import run

        return run(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
