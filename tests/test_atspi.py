"""The real app as a screen reader sees it: AT-SPI from Debian's python3, on a private X display.

tests/atspi_probe.py does the looking (pyatspi lives in Debian's python3, not in the venv);
this module starts the X server, runs the probe once in its own D-Bus session, and checks
its report.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QPointF
from PySide6.QtSvg import QSvgRenderer

import knotimer
from knotimer.app.labels import region_name
from knotimer.resources import asset
from knotimer.ui.diagram.canvas import MARGIN
from knotimer.ui.diagram.paint import LABEL_BAND
from knotimer.ui.diagram.widget import DiagramWidget

pytestmark = pytest.mark.slow

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
FIRST_DISPLAY = 150  # Xvfb takes the first free display from here on (-displayfd)
CLICK_AT = (0.37, 0.35)  # of the drawing: the left medial gastrocnemius
COUNTDOWN_NAME = re.compile(r"^(\d+) (ready|hold|paused)$")
DEBIAN_PACKAGES = "xvfb xdotool dbus python3-pyatspi gir1.2-atspi-2.0 at-spi2-core"

Node = dict[str, Any]


def missing_requirements() -> list[str]:
    """What this machine lacks for the AT-SPI run."""
    missing = [tool for tool in ("Xvfb", "xdotool", "dbus-run-session") if not shutil.which(tool)]
    if not Path(SYSTEM_PYTHON).is_file():
        missing.append(SYSTEM_PYTHON)
    else:
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60, check=False
        )
        if check.returncode != 0:
            missing.append("pyatspi for Debian's python3")
    return missing


@contextmanager
def private_display() -> Iterator[str]:
    """A fresh Xvfb on the first free display from FIRST_DISPLAY (race-free: -displayfd)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            f":{FIRST_DISPLAY}",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number.isdigit():
            pytest.fail(f"Xvfb did not report a display (exit code {server.poll()})")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def diagram_aspect() -> float:
    """Width over height of the calf drawing, as the diagram widget keeps it."""
    box = QSvgRenderer(QByteArray(asset("diagram/calves.svg").read_bytes())).viewBoxF()
    return box.width() / box.height()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Node:
    """Run the probe once against the real app; its JSON report."""
    missing = missing_requirements()
    if missing:
        message = f"missing {', '.join(missing)} (Debian: {DEBIAN_PACKAGES})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run must install them")
        pytest.skip(message)
    root = tmp_path_factory.mktemp("atspi")
    home = root / "home"
    home.mkdir()
    out = root / "report.json"
    with private_display() as display:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH", "PYTHONHOME")
        }
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
        )
        env.pop("KNOTIMER_DATA_DIR", None)
        run = subprocess.run(
            [
                "dbus-run-session",
                "--",
                SYSTEM_PYTHON,
                str(PROBE),
                "--drawing",
                str(MARGIN),
                str(LABEL_BAND),
                str(diagram_aspect()),
                "--at",
                *(str(f) for f in CLICK_AT),
                "--report",
                str(out),
                "--",
                "env",  # the app runs the knotimer under test, not whichever is installed
                f"PYTHONPATH={Path(knotimer.__file__).resolve().parent.parent}",
                sys.executable,
                "-m",
                "knotimer",
                "--data-dir",
                str(root / "data"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert out.is_file(), f"the probe wrote no report:\n{run.stdout}\n{run.stderr}"
    result: Node = json.loads(out.read_text(encoding="utf-8"))
    result["probe_stderr"] = run.stderr
    return result


def no_errors(report: Node) -> None:
    assert report["errors"] == [], "\n".join(
        [*report["errors"], "app output:", report.get("app_output", "")]
    )


def showing(nodes: list[Node]) -> list[Node]:
    return [node for node in nodes if "showing" in node["states"]]


def the_one(nodes: list[Node], role: str, name: str) -> Node:
    found = [node for node in showing(nodes) if node["role"] == role and node["name"] == name]
    assert len(found) == 1, f"{len(found)} showing {role!r} named {name!r}"
    return found[0]


def test_the_app_is_on_the_accessibility_bus(report: Node) -> None:
    assert report.get("application") == {
        "name": "knotimer",
        "role": "application",
        "toolkit": "Qt",
        "frame": "knotimer",
    }, report.get("errors")
    no_errors(report)


def test_the_calf_diagram_is_named_described_and_focusable(report: Node) -> None:
    [diagram] = [n for n in showing(report["nodes"]) if n["name"] == "Calf diagram"]
    # Not Qt's generic "filler" for a custom-painted widget: ui/common/accessible.py says canvas.
    assert diagram["role"] == "canvas"
    assert "focusable" in diagram["states"]
    assert "arrow keys" in diagram["description"]


def test_the_hold_controls_have_names_roles_and_actions(report: Node) -> None:
    nodes = report["nodes"]
    start = the_one(nodes, "push button", "Start hold")
    assert "Press" in start["actions"]
    assert "enabled" in start["states"]
    for name in ("Released early", "Cancel hold"):
        assert "enabled" not in the_one(nodes, "push button", name)["states"]  # no hold yet
    length = the_one(nodes, "spin button", "Hold length in seconds")
    assert length["value"] == 20
    assert length["text"] == "20 s"
    assert {"Increase", "Decrease"} <= set(length["actions"])
    for seconds in (10, 20, 30):
        preset = the_one(nodes, "check box", f"Hold for {seconds} seconds")
        assert ("checked" in preset["states"]) is (seconds == 20)
    countdown = [n for n in showing(nodes) if COUNTDOWN_NAME.match(n["name"])]
    assert [n["name"] for n in countdown] == ["20 ready"]
    assert countdown[0]["role"] == "progress bar"  # a countdown, not a "filler"
    assert countdown[0]["description"] == "Hold countdown"
    assert report["countdown_before"] == "20 ready"
    table = the_one(nodes, "table", "Today's spots")
    assert "Table" in table["interfaces"]
    headers = [n["name"] for n in nodes if n["role"] == "table column header"]
    assert headers[:2] == ["#", "Spot"]


def test_the_menus_are_named_and_reachable(report: Node) -> None:
    nodes = report["nodes"]
    [bar] = [n for n in showing(nodes) if n["role"] == "menu bar"]
    top = [n for n in nodes if n["path"].rsplit("/", 1)[0] == bar["path"]]
    assert top[0]["name"] == "File"
    assert {"File", "Hold", "View", "Help"} <= {n["name"] for n in top}
    assert all(n["role"] == "menu item" and "ShowMenu" in n["actions"] for n in top)
    items = {n["name"]: n for n in nodes if n["role"] == "menu item" and n not in top}
    for name in ("Quit", "Start hold", "Muscle names", "About knotimer"):
        assert "Press" in items[name]["actions"], name
    assert "checkable" in items["Muscle names"]["states"]


def test_a_real_click_on_the_diagram_marks_that_muscle(report: Node, qtbot: Any) -> None:
    no_errors(report)
    _x, _y, width, height = report["diagram_extents"]
    widget = DiagramWidget(asset("diagram/calves.svg"))
    qtbot.addWidget(widget)
    widget.resize(width, height)
    expected = widget.to_widget(*CLICK_AT)
    left, top = report["diagram_extents"][:2]
    click = QPointF(report["click"][0] - left, report["click"][1] - top)
    # The probe found the drawing in the extents just as the widget itself places it.
    assert abs(click.x() - expected.x()) <= 1
    assert abs(click.y() - expected.y()) <= 1
    region = widget.region_at(click)
    assert region is not None
    assert report["rows_after_click"] == 1
    cells = [n["name"] for n in showing(report["nodes_during_hold"]) if n["role"] == "table cell"]
    assert cells
    assert cells[0].startswith(f"Spot 1, {region_name(region)}")


def test_start_hold_through_atspi_runs_the_hold(report: Node) -> None:
    no_errors(report)
    assert report["start_action"] == "Press"
    assert report["button_after_action"] == "Pause"
    during = report["nodes_during_hold"]
    the_one(during, "push button", "Pause")
    assert not [n for n in showing(during) if n["name"] == "Start hold"]
    match = COUNTDOWN_NAME.match(report["countdown_after_action"] or "")
    assert match is not None
    assert match[2] == "hold"
    assert 1 <= int(match[1]) <= 20
    for name in ("Released early", "Cancel hold"):
        assert "enabled" in the_one(during, "push button", name)["states"]
    assert "enabled" not in the_one(during, "spin button", "Hold length in seconds")["states"]


def test_quit_from_the_file_menu_through_atspi(report: Node) -> None:
    assert report["quit"] == "Press"
    assert report["exit_code"] == 0


def test_the_selected_spot_is_read_out(report: Node) -> None:
    no_errors(report)
    cell = next(n["name"] for n in report["nodes_during_hold"] if n["role"] == "table cell")
    muscle = cell.split(", ")[1]  # "Spot 1, Left · medial gastrocnemius, 0 holds, ..."
    said = [
        " ".join(filter(None, (n["name"], n["description"], n["text"])))
        for n in report["labels_after_click"]
    ]
    assert any("Spot 1" in words and muscle in words for words in said), said


def test_every_menu_item_has_a_name(report: Node) -> None:
    unnamed = [n["path"] for n in report["nodes"] if n["role"] == "menu item" and not n["name"]]
    assert unnamed == []


def test_a_screen_reader_hears_the_hold_start_announced(report: Node) -> None:
    no_errors(report)
    texts = [event["text"] for event in report["announcements"]]
    assert texts == ["Hold started: 20 seconds"], report["announcements"]
