"""Start knotimer and look at it as a screen reader does, over AT-SPI; write a JSON report.

Run by tests/test_atspi.py with Debian's own python3 (python3-pyatspi, gir1.2-atspi-2.0),
inside a private D-Bus session and X display, never by pytest itself (not a test_*.py file):

    dbus-run-session -- /usr/bin/python3 tests/atspi_probe.py
        --drawing MARGIN LABEL_BAND ASPECT --at FX FY --report OUT.json -- APP-COMMAND...

It starts APP-COMMAND, waits for the application on the accessibility bus, records every
accessible object (role, name, description, states, actions), clicks the calf diagram at
FX, FY of its drawing area with xdotool, presses "Start hold" through its AT-SPI action,
records what changed, then quits the app through its File menu's Quit item.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyatspi
from gi.repository import Atspi, GLib

MAX_DEPTH = 40
COUNTDOWN_NAME = re.compile(r"^\d+ (ready|hold|paused)$")
Node = dict[str, Any]


def wait_for(what: str, probe: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Poll ``probe`` until it returns something truthy; raise TimeoutError naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception:  # objects come and go on the bus while the app starts
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        time.sleep(0.1)


def fresh(accessible: Any) -> Any:
    """The same object with no cached properties, so names are read from the app now."""
    accessible.clear_cache()
    return accessible


def find_application(pid: int) -> Any:
    """The accessible application whose process is ``pid``, or None."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            Atspi.Accessible.set_cache_mask(app, Atspi.Cache.NONE)
            return app
    return None


def walk(root: Any) -> Iterator[tuple[str, Any]]:
    """Every object below ``root`` with its index path, depth first."""
    stack = [("", root, 0)]
    while stack:
        path, node, depth = stack.pop()
        yield path, node
        if depth >= MAX_DEPTH:
            continue
        children = [
            (f"{path}/{i}", fresh(node).getChildAtIndex(i), depth + 1)
            for i in range(node.childCount)
        ]
        stack.extend(reversed([c for c in children if c[1] is not None]))


def actions_of(node: Any) -> list[str]:
    """The names of an object's AT-SPI actions."""
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(path: str, node: Any) -> Node:
    """What a screen reader learns about one object."""
    node = fresh(node)
    states = node.getState()
    interfaces = sorted(node.get_interfaces())
    return {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name,
        "description": node.description,
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "actions": actions_of(node),
        "interfaces": interfaces,
        "text": text_of(node) if "Text" in interfaces else None,
        "value": node.queryValue().currentValue if "Value" in interfaces else None,
    }


def find(app: Any, role: str | None, name: str) -> Any:
    """The first object with this name (and role, unless None), or None."""
    for _path, node in walk(app):
        if fresh(node).name == name and (role is None or node.getRoleName() == role):
            return node
    return None


def do_action(node: Any, names: tuple[str, ...]) -> str:
    """Run the first of the object's actions called one of ``names``; the name it ran."""
    action = node.queryAction()
    available = [action.getName(i) for i in range(action.nActions)]
    for wanted in names:
        for index, name in enumerate(available):
            if name.lower() == wanted:
                if not action.doAction(index):
                    raise RuntimeError(f"doAction({name}) returned false")
                return name
    raise RuntimeError(f"none of {names} among the actions {available}")


def listen(seconds: float) -> None:
    """Let events from the bus reach their listeners for a while (GLib's main context)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def text_of(node: Any) -> str | None:
    """The text an object offers through the Text interface (a label's words), or None."""
    try:
        text = fresh(node).queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def find_countdown(app: Any) -> Any:
    """The countdown: named "Hold countdown", or named by what it shows ("20 ready")."""
    for _path, node in walk(app):
        name = fresh(node).name
        if name == "Hold countdown" or COUNTDOWN_NAME.match(name):
            return node
    return None


def click_diagram(diagram: Any, drawing: list[float], at: list[float], report: Node) -> None:
    """Click a muscle: the diagram's screen extents from AT-SPI, then a real click by xdotool."""
    box = fresh(diagram).queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    margin, label_band, aspect = drawing
    # The drawing sits centred in the widget below the side labels, its aspect kept.
    area_w, area_h = box.width - 2 * margin, box.height - 2 * margin - label_band
    width = min(area_w, area_h * aspect)
    height = width / aspect
    left = box.x + margin + (area_w - width) / 2
    top = box.y + margin + label_band + (area_h - height) / 2
    x, y = round(left + at[0] * width), round(top + at[1] * height)
    report["diagram_extents"] = [box.x, box.y, box.width, box.height]
    report["click"] = [x, y]
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y)], check=True, timeout=10)
    time.sleep(0.3)  # let the hover highlight settle, as a hand would
    subprocess.run(["xdotool", "click", "1"], check=True, timeout=10)


def inspect(app: Any, args: argparse.Namespace, report: Node) -> None:
    """Record the tree, mark a spot, start a hold through AT-SPI, record what changed."""
    report["nodes"] = [describe(path, node) for path, node in walk(app)]
    diagram = find(app, None, "Calf diagram")
    if diagram is None:
        raise RuntimeError('no object named "Calf diagram"')
    countdown = find_countdown(app)
    report["countdown_before"] = None if countdown is None else fresh(countdown).name

    click_diagram(diagram, args.drawing, args.at, report)
    table = find(app, "table", "Today's spots")
    if table is None:
        raise RuntimeError('no table named "Today\'s spots"')
    report["rows_after_click"] = wait_for(
        "a spot in today's table", lambda: fresh(table).queryTable().nRows, 10
    )
    report["labels_after_click"] = [
        describe(path, node)
        for path, node in walk(app)
        if fresh(node).getRoleName() == "label" and node.getState().contains(pyatspi.STATE_SHOWING)
    ]

    button = find(app, "push button", "Start hold")
    if button is None:
        raise RuntimeError('no push button named "Start hold"')
    heard: list[Node] = []

    def announced(event: Any) -> None:
        heard.append({"type": str(event.type), "text": str(event.any_data)})

    pyatspi.Registry.registerEventListener(announced, "object:announcement")
    report["start_action"] = do_action(button, ("press", "click", "activate"))
    listen(2.0)
    report["announcements"] = heard
    report["button_after_action"] = wait_for(
        'the "Start hold" button to be renamed "Pause"',
        lambda: fresh(button).name == "Pause" and fresh(button).name,
        10,
    )
    report["countdown_after_action"] = None if countdown is None else fresh(countdown).name
    report["nodes_during_hold"] = [describe(path, node) for path, node in walk(app)]


def run(args: argparse.Namespace, report: Node) -> None:
    """Start the app, inspect it, quit it through its menu; fill ``report`` as it goes."""
    app_process = subprocess.Popen(args.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    report["pid"] = app_process.pid
    try:
        app = wait_for(
            "knotimer on the accessibility bus", lambda: find_application(app_process.pid), 30
        )
        frame = wait_for(
            "the main window to be shown",
            lambda: next(
                (
                    node
                    for _path, node in walk(app)
                    if fresh(node).getRoleName() == "frame"
                    and node.getState().contains(pyatspi.STATE_SHOWING)
                ),
                None,
            ),
        )
        report["application"] = {
            "name": fresh(app).name,
            "role": app.getRoleName(),
            "toolkit": app.get_toolkit_name(),
            "frame": fresh(frame).name,
        }
        try:
            inspect(app, args, report)
        finally:
            report["quit"] = quit_through_menu(app)
            report["exit_code"] = app_process.wait(timeout=20)
    finally:
        if app_process.poll() is None:
            app_process.send_signal(signal.SIGTERM)
            try:
                app_process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app_process.kill()
                app_process.wait()
        output = app_process.stdout.read().decode("utf-8", "replace") if app_process.stdout else ""
        report["app_output"] = output[-4000:]


def quit_through_menu(app: Any) -> str:
    """Choose File > Quit through its AT-SPI action, as a screen reader user could."""
    quit_item = find(app, "menu item", "Quit")
    if quit_item is None:
        raise RuntimeError('no menu item named "Quit"')
    return do_action(quit_item, ("press", "click", "activate"))


def main() -> int:
    """Parse the arguments, run the probe, print the report (also when something failed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--drawing", nargs=3, type=float, required=True, metavar=("MARGIN", "LABEL_BAND", "ASPECT")
    )
    parser.add_argument("--report", required=True, help="JSON file to write")
    parser.add_argument("--at", nargs=2, type=float, required=True, metavar=("FX", "FY"))
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    report: Node = {
        "errors": [],
        "env": {k: os.environ.get(k, "") for k in ("DISPLAY", "QT_QPA_PLATFORM")},
    }
    try:
        run(args, report)
    except Exception as error:  # the report carries it back to the test
        report["errors"].append(f"{type(error).__name__}: {error}")
    Path(args.report).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
