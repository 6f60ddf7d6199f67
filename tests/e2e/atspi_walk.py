"""Print the AT-SPI tree of one application as JSON, the way a screen reader sees it.

Run with Debian's python (``/usr/bin/python3``, which has ``gi`` and Atspi; the venv does not),
on the session bus of ``DBUS_SESSION_BUS_ADDRESS``:

- ``atspi_walk.py APP_NAME``: the application's tree; ``{"found": false}`` when no application
  of that name is on the bus yet.
- ``atspi_walk.py APP_NAME --focus ROLE NAME``: print ``ready``, then follow focus events as a
  reader does until a control of that role and name gets the keyboard; print it and what is
  around it (its parent's tree). Controls inside an item view (its editor) are reached this way
  only: a table lists its cells, not the editor open in one.
- ``atspi_walk.py APP_NAME --announced TEXT``: print ``ready``, then wait for an announcement
  (what a reader says unasked) containing TEXT; print its text and politeness.

Standard library and gi only: this file is never imported by the tests.
"""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

MAX_DEPTH = 40
MAX_CHILDREN = 60  # a table's cells: the first rows are enough to read


def node(accessible, depth):
    states = accessible.get_state_set()
    entry = {
        "role": accessible.get_role_name(),
        "name": accessible.get_name() or "",
        "description": accessible.get_description() or "",
        "showing": states.contains(Atspi.StateType.SHOWING),
        "focused": states.contains(Atspi.StateType.FOCUSED),
        "active": states.contains(Atspi.StateType.ACTIVE),
        "focusable": states.contains(Atspi.StateType.FOCUSABLE),
        "children": [],
    }
    labels = []
    for relation in accessible.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                labels.append(relation.get_target(i).get_name() or "")
    entry["labelled_by"] = labels
    if "Text" in (accessible.get_interfaces() or []):
        count = Atspi.Text.get_character_count(accessible)
        entry["text"] = Atspi.Text.get_text(accessible, 0, min(count, 400))
    if depth < MAX_DEPTH:
        for i in range(min(accessible.get_child_count(), MAX_CHILDREN)):
            child = accessible.get_child_at_index(i)
            if child is not None:
                entry["children"].append(node(child, depth + 1))
    return entry


def follow(wanted, kind, matches, timeout_s=40):
    """Listen to ``kind`` events of the application until ``matches(event)`` gives an answer."""
    from gi.repository import GLib

    loop = GLib.MainLoop()
    found = {"found": False}

    def on_event(event):
        source = event.source
        app = source.get_application() if source is not None else None
        if app is None or app.get_name() != wanted:
            return
        answer = matches(event)
        if answer:
            found.update(found=True, **answer)
            loop.quit()

    listener = Atspi.EventListener.new(on_event)
    listener.register(kind)
    GLib.timeout_add_seconds(timeout_s, loop.quit)
    print("ready", flush=True)
    loop.run()
    print(json.dumps(found))


def focus_on(role, name):
    def matches(event):
        source = event.source
        if event.detail1 == 1 and source.get_role_name() == role and source.get_name() == name:
            parent = source.get_parent()
            return {"focused": node(source, 0), "around": node(parent, 0) if parent else None}
        return None

    return matches


def announcement(part):
    def matches(event):
        text = event.any_data if isinstance(event.any_data, str) else ""
        return {"text": text, "politeness": event.detail1} if part in text else None

    return matches


def main():
    wanted = sys.argv[1]
    if len(sys.argv) == 5 and sys.argv[2] == "--focus":
        follow(wanted, "object:state-changed:focused", focus_on(sys.argv[3], sys.argv[4]))
        return
    if len(sys.argv) == 4 and sys.argv[2] == "--announced":
        follow(wanted, "object:announcement", announcement(sys.argv[3]))
        return
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == wanted:
            print(json.dumps({"found": True, "tree": node(app, 0)}))
            return
    print(json.dumps({"found": False}))


if __name__ == "__main__":
    main()
