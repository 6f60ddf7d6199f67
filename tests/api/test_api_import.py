"""Importing the client does not import httpx's command-line client: httpx imports it with
itself (click, pygments, rich, when installed; uvicorn installs click), which cost every start of
the app 30-55 ms for a command it never runs. A fresh interpreter, as the app starts."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import dify_desktop.api
import httpx
client = httpx.Client()  # the library itself is whole
client.close()
print(json.dumps(sorted(m for m in ("httpx._main", "click", "pygments", "rich") if sys.modules.get(m))))
"""


def test_the_client_does_not_import_httpx_command_line_client() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout) == []
