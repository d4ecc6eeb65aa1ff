r"""Start the real knotimer on a seeded record, put it in one state, for screenshots under X.

    ../shared/tools/xshot -s 1280x800 -w 6 shot.png -- \
        .venv/bin/python docs/screenshots/demo.py --state holding [--theme dark]

States: idle, holding, released (the end of a hold), letgo (Enter), rating (after), routine, flagged
(a "yes" in the safety check), note. The record has a few past days and today's spots.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

STATES = ("idle", "holding", "released", "letgo", "rating", "routine", "flagged", "note")


def seed(folder: Path) -> None:
    """Past days of holds on a few knots with ratings, and today's three spots."""
    from knotimer.core.anatomy import ALL_REGIONS
    from knotimer.core.clock import SystemClock
    from knotimer.core.edits import rate_hold
    from knotimer.core.holdtimer import HoldResult, Outcome
    from knotimer.core.store import Store
    from knotimer.resources import asset
    from knotimer.ui.diagram.mask import region_anchors
    from knotimer.ui.diagram.svg import load_svg

    store = Store.in_folder(folder)
    now = SystemClock().now()
    medial_left, soleus_left, lateral_right = ALL_REGIONS[4], ALL_REGIONS[1], ALL_REGIONS[10]
    anchors = region_anchors(load_svg(asset("diagram/calves.svg")))  # inside each muscle
    places = {region: anchors[region] for region in (medial_left, soleus_left, lateral_right)}
    for days_ago, before, after in ((9, 7, 5), (6, 6, 4), (4, 6, 3), (2, 5, 3), (1, 5, 2)):
        when = now - timedelta(days=days_ago, hours=2)
        for region, (x, y) in list(places.items())[:2]:
            spot = store.add_spot(region, x + 0.002 * days_ago, y, when)
            result = HoldResult(when, 20.0, 20.0, 0.0, 0, Outcome.COMPLETED)
            hold = store.record_hold(spot.id, result, tenderness_before=before)
            rate_hold(store, hold.id, after=True, value=after)
    for region, (x, y) in places.items():
        spot = store.add_spot(region, x, y + 0.01, now - timedelta(minutes=20))
        if region is not lateral_right:
            started = now - timedelta(minutes=15)
            result = HoldResult(started, 20.0, 20.0, 0.0, 0, Outcome.COMPLETED)
            hold = store.record_hold(spot.id, result, tenderness_before=6)
            rate_hold(store, hold.id, after=True, value=4)
    store.close()


def put_in_state(state: str) -> None:
    """Find the main window and bring it to ``state``."""
    from knotimer.core.anatomy import Side
    from knotimer.core.safety import RedFlag, SafetyCheck

    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "session") and w.isVisible()]
    if not windows:
        QTimer.singleShot(200, lambda: put_in_state(state))
        return
    window = windows[0]
    session = window.session
    session.select(session.today.spot_id_at(0))
    if state in ("holding", "released", "letgo", "rating"):
        session.edits.digit(6)
        if state != "holding":
            session.hold.core._shortest_s = 0.5
            session.length_s = 4  # the end is seen at about 5.5 s, the question 3 s later
        session.holds.start_or_pause()
        if state == "letgo":
            QTimer.singleShot(2500, session.holds.release)

    elif state == "routine":
        session.safety.record(SafetyCheck(session.today_date(), frozenset()))
        session.guide.start((Side.LEFT,))
    elif state == "flagged":
        flags = frozenset({RedFlag.SWOLLEN_WARM_RED})
        session.safety.record(SafetyCheck(session.today_date(), flags))
    elif state == "note":
        from knotimer.core.edits import set_note

        set_note(session.store, session.today.spot_id_at(0), "Tight after the hill run")
        session.refresh()


def main() -> int:
    """Seed, start, bring to the state asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", choices=STATES, default="idle")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="knotimer-demo-"))
    seed(folder / "data")
    config = folder / "config"
    import os

    os.environ["XDG_CONFIG_HOME"] = str(config)
    os.environ["HOME"] = str(folder)
    config.mkdir()
    (config / "knotimer").mkdir()
    (config / "knotimer" / "knotimer.conf").write_text(f"[view]\ntheme={args.theme}\n")
    _app = QApplication(sys.argv[:1])  # kept: knotimer's start-up takes this one over
    QTimer.singleShot(1500, lambda: put_in_state(args.state))
    from knotimer.ui.start.app import run_window

    return run_window(data_dir=str(folder / "data"))


if __name__ == "__main__":
    raise SystemExit(main())
