"""Hands-free with real clients: playerctl, dunst, dbus-monitor and xdotool on a private desktop.

One run (module fixture) starts a private X server, D-Bus session, dunst, the spec-shaped
stand-ins for the ScreenSaver and portals (tests/fixtures/fake_desktop.py, Debian's python3),
and the real knotimer with 2 s holds; it plays the scenario and records what happened.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from test_atspi import SYSTEM_PYTHON, private_display

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).with_name("fixtures")
HOLD_S = 2.0
TOOLS = (
    "Xvfb",
    "xdotool",
    "dbus-daemon",
    "dbus-monitor",
    "playerctl",
    "dunst",
    "dunstctl",
    "gdbus",
)
PACKAGES = "xvfb xdotool dbus playerctl dunst libglib2.0-bin python3-gi"

Report = dict[str, Any]


class Lines:
    """A process's JSON lines, read in a thread, waited for by what they say."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        assert process.stdout is not None
        self._thread = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            event["t"] = time.monotonic()
            self.seen.append(event)
            self.events.put(event)

    def wait(self, timeout: float = 15, **match: object) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if all(event.get(key) == value for key, value in match.items()):
                return event
        raise TimeoutError(f"no {match} within {timeout} s")


def tool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=20, check=False)
    return (done.stdout + done.stderr).strip()


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def scenario(env: dict[str, str], app: Lines, app_in: Any, report: Report) -> None:
    def send(line: str) -> None:
        app_in.write(line + "\n")
        app_in.flush()

    def status() -> str:
        return tool(env, "playerctl", "-p", "knotimer", "status")

    app.wait(event="shown", timeout=40)
    time.sleep(0.5)
    report["players_before"] = tool(env, "playerctl", "-l")
    send("select")
    report["selected"] = app.wait(event="selected")["name"]
    time.sleep(0.5)
    report["players_selected"] = tool(env, "playerctl", "-l")
    report["title"] = tool(env, "playerctl", "-p", "knotimer", "metadata", "xesam:title")
    tool(env, "playerctl", "-p", "knotimer", "play-pause")
    report["mpris_start"] = app.wait(event="started")
    time.sleep(0.3)
    report["status_running"] = status()
    report["artist_running"] = tool(env, "playerctl", "-p", "knotimer", "metadata", "xesam:artist")
    tool(env, "playerctl", "-p", "knotimer", "play-pause")
    time.sleep(0.3)
    report["status_paused"] = status()
    tool(env, "playerctl", "-p", "knotimer", "play-pause")
    report["mpris_end"] = app.wait(event="ended")
    time.sleep(0.5)
    report["status_after"] = status()

    send("repeat_end")
    app.wait(event="repeat_end")
    send("hide")
    app.wait(event="hidden")
    tool(env, "playerctl", "-p", "knotimer", "play-pause")
    report["alarm_on"] = app.wait(event="alarm", on=True)  # at the end cue, before saving
    app.wait(event="ended")
    time.sleep(0.5)
    report["displayed"] = tool(env, "dunstctl", "count", "displayed")
    tool(env, "dunstctl", "close")
    report["alarm_off"] = app.wait(event="alarm", on=False, timeout=5)

    tool(env, "playerctl", "-p", "knotimer", "play-pause")
    app.wait(event="ended")
    time.sleep(0.5)
    tool(env, "dunstctl", "context")  # dunst's menu runs pick-hold-again.sh, as a click would
    report["again"] = app.wait(event="started", timeout=10)
    app.wait(event="ended")

    send("repeat_end_off")  # else the first key press only stops the repeating end sound
    app.wait(event="repeat_end", on=False)
    send("show")
    report["visible"] = app.wait(event="visible")
    tool(env, "xdotool", "keydown", "space")
    time.sleep(0.6)
    tool(env, "xdotool", "keyup", "space")
    report["press_short"] = app.wait(event="ended")
    down = time.monotonic()
    tool(env, "xdotool", "keydown", "space")
    time.sleep(HOLD_S + 1.0)
    up = time.monotonic()
    tool(env, "xdotool", "keyup", "space")
    report["press_long"] = app.wait(event="ended")
    report["press_long_times"] = (down, up)

    portal = ("-d", "org.freedesktop.portal.Desktop", "-o", "/org/freedesktop/portal/desktop")
    tool(env, "gdbus", "call", "--session", *portal, "-m", "io.knotimer.Test.Activate", "hold")
    report["portal_start"] = app.wait(event="started")
    time.sleep(0.5)
    tool(env, "gdbus", "call", "--session", *portal, "-m", "io.knotimer.Test.Deactivate", "hold")
    report["portal_end"] = app.wait(event="ended")
    send("quit")
    report["exit"] = app.wait(event="exit")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    missing = [name for name in TOOLS if shutil.which(name) is None]
    if (
        not missing
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "from gi.repository import Gio"], capture_output=True, check=False
        ).returncode
    ):
        missing.append("python3-gi")
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"missing {missing}: .ci/run must install {PACKAGES}")
        pytest.skip(f"missing {missing} (Debian: {PACKAGES})")
    root = tmp_path_factory.mktemp("handsfree")
    (root / "home").mkdir()
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    picker = root / "pick-hold-again.sh"
    picker.write_text("#!/bin/sh\ngrep -m1 'Hold again'\n", encoding="utf-8")
    picker.chmod(0o755)
    dunstrc = root / "dunstrc"
    dunstrc.write_text(f"[global]\n    dmenu = {picker}\n", encoding="utf-8")
    report: Report = {"errors": []}
    processes: list[subprocess.Popen[Any]] = []
    with private_display() as display:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "PYTHONHOME")}
        env.update(
            DBUS_SESSION_BUS_ADDRESS=address,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(root / "home"),
            XDG_CONFIG_HOME=str(root / "home" / ".config"),
            XDG_RUNTIME_DIR=str(runtime),
            KNOTIMER_TEST_HOLD_S=str(HOLD_S),
            PULSE_SERVER="unix:/nonexistent",  # no sound needed here: visual cues
        )
        env.pop("KNOTIMER_DATA_DIR", None)
        log = (root / "monitor.txt").open("w")
        try:
            processes.append(subprocess.Popen(["dunst", "-config", str(dunstrc)], env=env))
            fake = subprocess.Popen(
                [SYSTEM_PYTHON, str(FIXTURES / "fake_desktop.py")],
                env={k: v for k, v in env.items() if k != "PYTHONPATH"},
                stdout=subprocess.PIPE,
                text=True,
            )
            processes.append(fake)
            fake_lines = Lines(fake)
            fake_lines.wait(ready=True)
            monitor = subprocess.Popen(["dbus-monitor", "--session"], env=env, stdout=log)
            processes.append(monitor)
            time.sleep(0.5)
            app = subprocess.Popen(
                [
                    sys.executable,
                    str(FIXTURES / "handsfree_child.py"),
                    "--press-and-hold",
                    "--data-dir",
                    str(root / "data"),
                ],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            processes.append(app)
            app_lines = Lines(app)
            try:
                scenario(env, app_lines, app.stdin, report)
            except (TimeoutError, OSError) as error:
                report["errors"].append(f"{type(error).__name__}: {error}")
            report["app"] = app_lines.seen
            report["fake"] = fake_lines.seen
            time.sleep(0.3)
        finally:
            for process in reversed(processes):
                stop(process)
            log.close()
        report["monitor"] = (root / "monitor.txt").read_text(encoding="utf-8", errors="replace")
        conf = root / "home" / ".config" / "knotimer" / "knotimer.conf"
        report["conf"] = conf.read_text(encoding="utf-8") if conf.is_file() else ""
    if os.environ.get("KNOTIMER_KEEP_REPORT"):
        Path(os.environ["KNOTIMER_KEEP_REPORT"]).write_text(json.dumps(report, indent=1))
    return report


def calls(report: Report, name: str) -> list[dict[str, Any]]:
    return [event for event in report["fake"] if event.get("call") == name]


def no_errors(report: Report) -> None:
    assert report["errors"] == [], (report["errors"], report.get("app"))


def test_the_player_is_offered_only_while_there_is_something_to_hold(report: Report) -> None:
    no_errors(report)
    assert "knotimer" not in report["players_before"].split()
    assert "knotimer" in report["players_selected"].split()
    assert report["title"] == report["selected"]


def test_play_pause_starts_pauses_and_resumes_a_hold(report: Report) -> None:
    no_errors(report)
    assert report["mpris_start"]["run_on"] is False  # a timed hold, as Space's
    assert report["status_running"] == "Playing"
    assert report["artist_running"] in {"1 s left", "2 s left"}
    assert report["status_paused"] == "Paused"
    assert report["mpris_end"]["outcome"] == "completed"
    assert report["status_after"] == "Stopped"


def test_the_screen_is_kept_awake_during_a_hold_and_let_go_after(report: Report) -> None:
    no_errors(report)
    [first, *_] = calls(report, "ScreenSaver.Inhibit")
    assert first["signature"] == "(ss)"
    cookies = [event["args"][0] for event in calls(report, "ScreenSaver.UnInhibit")]
    assert 41 in cookies  # the first cookie handed out was given back
    assert len(calls(report, "ScreenSaver.UnInhibit")) == len(calls(report, "ScreenSaver.Inhibit"))
    portal = calls(report, "Inhibit.Inhibit")
    assert portal
    assert portal[0]["signature"] == "(sua{sv})"
    assert portal[0]["args"][1] == 12  # idle and suspend
    assert len(calls(report, "Request.Close")) == len(portal)
    assert "member=Inhibit" in report["monitor"]
    assert "member=UnInhibit" in report["monitor"]


def test_a_hold_ending_unseen_notifies_and_dismissing_stops_the_end_sound(report: Report) -> None:
    no_errors(report)
    assert report["displayed"] == "1"
    assert report["alarm_off"]["on"] is False
    monitor = report["monitor"]
    assert "member=Notify" in monitor
    assert 'string "Hold again"' in monitor
    assert 'string "Done"' in monitor


def test_hold_again_in_the_notification_starts_the_next_hold(report: Report) -> None:
    no_errors(report)
    assert report["again"]["event"] == "started"
    assert "member=ActionInvoked" in report["monitor"]


def test_press_and_hold_with_a_real_key_on_a_real_x_server(report: Report) -> None:
    no_errors(report)
    assert report["visible"]["active"] is True
    short = report["press_short"]
    assert short["outcome"] == "released"
    assert 0.4 < short["held"] < 1.2
    long = report["press_long"]
    assert long["outcome"] == "completed"
    assert HOLD_S + 0.7 < long["held"] < HOLD_S + 1.6  # ran on past the planned length
    down, up = report["press_long_times"]
    ends = [e["t"] for e in report["app"] if e.get("cue") == "end" and down < e["t"] < up]
    assert len(ends) >= 1  # the end cue came at the planned length, the key still down
    starts = [e for e in report["app"] if e.get("event") == "started" and e["t"] > down]
    assert len(starts) == 2  # auto-repeat started nothing more (the long hold, the portal's)


def test_global_shortcuts_are_bound_in_the_documented_shape_and_work(report: Report) -> None:
    no_errors(report)
    [create] = calls(report, "GlobalShortcuts.CreateSession")
    assert create["signature"] == "(a{sv})"
    [bind] = calls(report, "GlobalShortcuts.BindShortcuts")
    assert bind["signature"] == "(oa(sa{sv})sa{sv})"
    assert [name for name, _options in bind["args"][1]] == ["hold", "hold-again"]
    assert "preferred_trigger" not in bind["args"][1][0][1]  # never a global Space
    assert report["portal_start"]["run_on"] is True
    assert report["portal_end"]["outcome"] == "released"


def test_press_and_hold_for_one_run_is_not_remembered(report: Report) -> None:
    no_errors(report)
    [shown] = [event for event in report["app"] if event.get("event") == "shown"]
    assert shown["press"] is True  # --press-and-hold
    assert "[cues]" in report["conf"]  # the settings were written (the cues, say) ...
    assert "press_and_hold" not in report["conf"]  # ... but not press-and-hold


def test_the_app_ends_cleanly(report: Report) -> None:
    no_errors(report)
    assert report["exit"]["code"] == 0
