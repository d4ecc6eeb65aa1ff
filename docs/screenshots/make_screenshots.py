"""Rebuild the screenshots in this folder from a seeded record (offscreen; run from the repo).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen \
        .venv/bin/python docs/screenshots/make_screenshots.py --hidpi
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py --history

The History screenshots show the six-week synthetic record of benchmarks/make_history.py
(a user's knots that come back day after day and ease), as History opens on it.
The README's main screenshot is taken from a real X window instead (see the README).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
BENCHMARKS = HERE.parent.parent / "benchmarks"


class SeedClock:
    """A clock that stands still unless moved (9:30 on a November morning)."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))

    def monotonic(self) -> float:
        """The monotonic reading."""
        return self.mono

    def boottime(self) -> float:
        """No suspend here: the same as the monotonic reading."""
        return self.mono

    def now(self) -> datetime:
        """The wall clock."""
        return self.wall

    def advance(self, seconds: float) -> None:
        """Let time pass."""
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


def seed(window: object, clock: SeedClock) -> None:
    """A few days of holds with ratings, then today's three spots, one being held."""
    from knotimer.core.anatomy import ALL_REGIONS
    from knotimer.core.edits import rate_hold
    from knotimer.core.holdtimer import HoldTimer

    store = window.session.store  # type: ignore[attr-defined]
    anchors = window.diagram.anchors()  # type: ignore[attr-defined]
    medial_left, soleus_left, lateral_right = ALL_REGIONS[4], ALL_REGIONS[1], ALL_REGIONS[10]
    for days_ago, before, after in ((6, 7, 5), (4, 6, 4), (2, 6, 3), (1, 5, 3)):
        day_clock = SeedClock()
        day_clock.advance(-days_ago * 86400)
        x, y = anchors[medial_left]
        spot = store.add_spot(medial_left, x + 0.005 * days_ago, y + 0.03, day_clock.now())
        timer = HoldTimer(day_clock)
        timer.start(20)
        day_clock.advance(20)
        result = timer.poll()
        assert result is not None
        hold = store.record_hold(spot.id, result, tenderness_before=before)
        rate_hold(store, hold.id, after=True, value=after)
    for region, dy in ((medial_left, 0.03), (lateral_right, 0.0), (soleus_left, 0.05)):
        x, y = anchors[region]
        window.session.edits.mark(region, x, y + dy)  # type: ignore[attr-defined]
    window.session.select(window.session.today.spot_id_at(0))  # type: ignore[attr-defined]
    window.session.edits.digit(6)  # type: ignore[attr-defined]
    window.session.holds.start_or_pause()  # type: ignore[attr-defined]
    clock.advance(20)
    window.session.hold.check()  # type: ignore[attr-defined]
    window.session.edits.digit(3)  # type: ignore[attr-defined]
    window.session.select(window.session.today.spot_id_at(2))  # type: ignore[attr-defined]
    window.session.holds.start_or_pause()  # type: ignore[attr-defined]
    clock.advance(7.4)
    window.session.hold.check()  # type: ignore[attr-defined]


def history_shots(scratch: Path) -> None:
    """History on six weeks of the synthetic record: the days, then the recurring knots."""
    from datetime import date, time

    from knotimer.app.session import Session
    from knotimer.core.clock import SystemClock
    from knotimer.core.history import Span
    from knotimer.core.store import Store
    from knotimer.ui.history.window import HistoryWindow

    sys.path.insert(0, str(BENCHMARKS))
    import make_history

    end = date(2026, 11, 25)
    folder = scratch / "six-weeks"
    folder.mkdir(mode=0o700)
    make_history.generate(folder / "knotimer.sqlite3", end, holds=700, days=42)

    class Evening(SystemClock):
        """The record's last day, in the evening."""

        def now(self) -> datetime:
            return datetime.combine(end, time(21, 30), timezone(timedelta(hours=1)))

    QLocale.setDefault(QLocale("en_GB"))  # day and month names as the README spells them
    settings = QSettings(str(scratch / "history.ini"), QSettings.Format.IniFormat)
    history = HistoryWindow(Session(Store.in_folder(folder), Evening(), settings))
    history.resize(1100, 760)
    history.show()
    QApplication.processEvents()
    history.grab().save(str(HERE / "history-days.png"))
    history.tabs.setCurrentIndex(1)
    knots = history.knots
    knots.span_box.setCurrentIndex(knots.span_box.findData(Span.ALL))
    knots.knot_table.selectRow(0)
    QApplication.processEvents()
    history.grab().save(str(HERE / "history-knots.png"))


def main() -> int:
    """Seed a record, then save each screenshot."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidpi", action="store_true", help="only the 2x screenshot")
    parser.add_argument("--history", action="store_true", help="only History's two screenshots")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if args.history:
        history_shots(Path(tempfile.mkdtemp(prefix="knotimer-shots-")))
        return 0
    from knotimer.app.session import Session
    from knotimer.core.store import Store
    from knotimer.ui.common.cues import CuePlayer
    from knotimer.ui.common.theme import ThemeChoice, apply_theme
    from knotimer.ui.main.window import MainWindow

    scratch = Path(tempfile.mkdtemp(prefix="knotimer-shots-"))
    store = Store.in_folder(scratch / "data")
    clock = SeedClock()
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session(store, clock, settings), CuePlayer())
    window.resize(1100, 760)
    window.show()
    seed(window, clock)
    window.flash.hide()  # the end-of-hold wash would cover the picture
    app.processEvents()
    if args.hidpi:
        window.grab().save(str(HERE / "main-window-2x.png"))
        return 0
    apply_theme(ThemeChoice.LIGHT)
    diagram = window.diagram
    diagram.setParent(None)  # on its own, at the sizes users meet
    for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
        apply_theme(theme)
        for height in (400, 1200):
            diagram.resize(round(height * 0.75), height)
            diagram.show()
            app.processEvents()
            diagram.grab().save(str(HERE / f"diagram-{height}px-{theme.value}.png"))
    apply_theme(ThemeChoice.LIGHT)
    window.splitter.insertWidget(0, diagram)
    window.resize(1100, 760)
    window.commands.muscle_names.setChecked(True)
    app.processEvents()
    window.grab().save(str(HERE / "main-window-light.png"))
    apply_theme(ThemeChoice.DARK)
    app.processEvents()
    window.grab().save(str(HERE / "main-window-dark.png"))
    apply_theme(ThemeChoice.LIGHT)
    window.commands.muscle_names.setChecked(False)
    history_shots(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
