"""The line above today's list: how many sessions, how long held, each session in detail."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from knotimer.app.labels import holds_text, seconds_text, sessions_count_text
from knotimer.app.localformat import time_text
from knotimer.core.history import day_holds
from knotimer.core.sessions import split_sessions
from knotimer.core.store import Store


def sessions_text(store: Store, day: date, gap: timedelta) -> tuple[str, str]:
    """('Today · 2 sessions · 3 min 20 s held', one line per session): one query."""
    holds = [item.hold for item in day_holds(store, day)]
    sessions = split_sessions(holds, gap, run_of=lambda hold: hold.run_id)
    held = sum(session.held_s for session in sessions)
    title = QCoreApplication.translate("SessionLine", "Today")
    if sessions:
        title += " · " + QCoreApplication.translate(
            "SessionLine", "{sessions} · {held} held"
        ).format(sessions=sessions_count_text(len(sessions)), held=seconds_text(held))
    details = "\n".join(
        QCoreApplication.translate(
            "SessionLine", "Session {n}: {start}–{end}, {holds}, {held}"
        ).format(
            n=s.number,
            start=time_text(s.start),
            end=time_text(s.end),
            holds=holds_text(len(s.holds)),
            held=seconds_text(s.held_s),
        )
        for s in sessions
    )
    return title, details
