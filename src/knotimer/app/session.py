"""The one state of a knotimer session, and the only way to change it.

A Session owns the record (store), the clock and the settings, the undo history, today's
list (one model and one selection model, which every view shares), the hold clock and
flow, the guided routine and the safety check. Views show these and call the commands
below; they keep no copy of their own, and learn of every change from the signals.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSettings, Signal, Slot

from knotimer.app.carried import CarriedHold
from knotimer.app.daymodel import DayModel
from knotimer.app.dial import DialState
from knotimer.app.edithistory import EditHistory
from knotimer.app.holdclock import HoldClock
from knotimer.app.holdflow import HoldFlow
from knotimer.app.holding import HoldCommands
from knotimer.app.labels import region_name
from knotimer.app.midnight import MidnightTimer
from knotimer.app.presshold import PressHold
from knotimer.app.routine import RoutineGuide
from knotimer.app.safety import SafetyState
from knotimer.app.sessionline import sessions_text
from knotimer.app.settings import (
    HOLD_LENGTH_KEY,
    idle_gap_minutes,
    remembered_length,
    stored_step_seconds,
)
from knotimer.app.spotedits import SpotEdits
from knotimer.app.tenderness import TendernessKeys
from knotimer.app.unsaved import UnsavedHolds
from knotimer.core.anatomy import Side
from knotimer.core.clock import Clock
from knotimer.core.edits import purge_deleted
from knotimer.core.holdtimer import MAX_HOLD_S, MIN_HOLD_S
from knotimer.core.store import Store, StoreError

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class Session(QObject):
    """Today's spots and holds, the running hold and routine: one state, many views."""

    message = Signal(str)  # one line for the status bar
    recordChanged = Signal()  # the record changed: an edit, an undo, a hold, a new day
    selectedChanged = Signal(object)  # the selected spot's id, or None
    lengthChanged = Signal(int)  # the hold length chosen
    sessionsChanged = Signal()  # today's sessions line changed

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: QSettings,
        *,
        hold_s: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.clock, self.settings = store, clock, settings
        self.day = clock.now().date()
        self.length_s = hold_s or remembered_length(settings)
        self.sessions_title = self.sessions_details = ""
        self.history = EditHistory(self)
        self.today = DayModel(self)
        self.selection = QItemSelectionModel(self.today, self)
        self.midnight = MidnightTimer(clock, self)
        self.hold = HoldClock(clock, self)
        self.unsaved = UnsavedHolds(store, clock, self)
        self.flow = HoldFlow(self.hold, self.unsaved, self)
        self.tenderness = TendernessKeys(clock, self)
        self.safety = SafetyState(settings, self.today_date, self)
        self.guide = RoutineGuide(
            clock,
            self.flow,
            spots_on=self._spots_on,
            hold_length=lambda: self.length_s,
            step_seconds=lambda step: stored_step_seconds(settings)[step],
            starts_by_itself=self._routine_may_start,
            parent=self,
        )
        self.dial = DialState(self.hold, self.guide.step_clock, self.tenderness, self)
        self.guide.stageChanged.connect(self._stage_changed)
        self.edits = SpotEdits(self)
        self.holds = HoldCommands(self)
        self.press = PressHold(self)  # press-and-hold on the hold key
        self.history.changed.connect(self.refresh)
        self.history.message.connect(self.message)
        self.flow.message.connect(self.message)
        self.guide.message.connect(self.message)
        self.flow.holdEnded.connect(self.holds.after_hold)
        self.unsaved.changed.connect(self._unsaved_changed)
        self.selection.currentChanged.connect(self._current_changed)
        self.today.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.midnight.timeout.connect(self.check_day)
        self.refresh()

    # -- what views read --------------------------------------------------------
    def today_date(self) -> date:
        """The user's local date now."""
        return self.clock.now().date()

    def now(self) -> datetime:
        """The local time, aware."""
        return self.clock.now()

    def selected_spot(self) -> int | None:
        """The spot selected in today's list (and on the diagram)."""
        current = self.selection.currentIndex()
        return self.today.spot_id_at(current.row()) if current.isValid() else None

    def held_spot(self) -> int | None:
        """The spot of the running hold, if any."""
        return self.flow.holding_spot if self.flow.active else None

    def focus_spot(self) -> int | None:
        """The spot the user is working on: the one held, else the one selected."""
        held = self.held_spot()
        return held if held is not None else self.selected_spot()

    def spot_name(self, spot_id: int | None) -> str:
        """E.g. 'Spot 2: Left · soleus'; a spot of another day by its place only; '' for none."""
        if spot_id is None:
            return ""
        row = self.today.row_of(spot_id)
        if row is not None:
            return self.tr("Spot {number}: {name}").format(
                number=row + 1, name=region_name(self.today.summary(row).spot.region)
            )
        try:
            return region_name(self.store.spot(spot_id).region)  # held across midnight, say
        except KeyError:
            return ""

    # -- selection and the day --------------------------------------------------
    @Slot(object)
    def select(self, spot_id: int | None) -> None:
        """Select a spot (in every view at once), or nothing."""
        row = None if spot_id is None else self.today.row_of(spot_id)
        if row is None:
            self.selection.clear()
            return
        if self.selection.currentIndex().row() != row:
            self.selection.setCurrentIndex(self.today.index(row, 0), _SELECT)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        spot_id = self.today.spot_id_at(current.row()) if current.isValid() else None
        if spot_id is not None:
            self.tenderness.spot_chosen()
            self.dial.stop_asking()  # another spot: the last hold's question gives way
        self.selectedChanged.emit(spot_id)

    @Slot(QModelIndex, int, int)
    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.guide.forget(self.today.spot_id_at(row))

    @Slot()
    def refresh(self) -> None:
        """Bring today's list up to date with the record (only the rows that changed)."""
        self.day = self.today_date()
        self.midnight.arm()
        summaries = self.store.day_summary(self.day)
        selected = self.selected_spot()
        if selected is not None and selected not in {s.spot.id for s in summaries}:
            self.selection.clear()
        self.today.reconcile(summaries)
        gap = timedelta(minutes=idle_gap_minutes(self.settings))
        line = sessions_text(self.store, self.day, gap)
        if line != (self.sessions_title, self.sessions_details):
            self.sessions_title, self.sessions_details = line
            self.sessionsChanged.emit()
        self.recordChanged.emit()

    @Slot()
    def check_day(self) -> None:
        """At midnight (or after the clock moved), show the new day's list."""
        if self.today_date() != self.day:
            self.refresh()

    @Slot()
    def _stage_changed(self) -> None:
        self.dial.moving_on = self.guide.moving_on
        self.dial.changed.emit()

    def _routine_may_start(self, spot_id: int) -> bool:
        row = self.today.row_of(spot_id)
        return row is not None and self.today.summary(row).spot.region.routine_starts_holds

    def _spots_on(self, side: Side) -> list[int]:
        return [s.spot.id for s in self.today.summaries() if s.spot.region.side is side]

    # -- the hold length ----------------------------------------------------------
    def set_length(self, seconds: int) -> None:
        """Choose the hold length (10-30 s), remembered for the next start."""
        seconds = max(MIN_HOLD_S, min(MAX_HOLD_S, int(seconds)))
        if seconds != self.length_s:
            self.length_s = seconds
            self.settings.setValue(HOLD_LENGTH_KEY, seconds)
            self.lengthChanged.emit(seconds)

    # -- the end ----------------------------------------------------------------
    @Slot()
    def _unsaved_changed(self) -> None:
        count = self.unsaved.count()
        if count:
            self.message.emit(
                self.tr(
                    "%n hold(s) could not be saved yet ({reason}). knotimer keeps them and "
                    "tries again every few seconds; please do not quit.",
                    None,
                    count,
                ).format(reason=self.unsaved.last_error)
            )
        else:
            self.refresh()
            self.message.emit(self.tr("All holds are saved."))

    def finish(self) -> bool:
        """Record a running hold as interrupted and save what waits; True if all is saved.

        Called when the window closes, and on SIGTERM or logout. What was deleted and can
        no longer be brought back with undo is then removed for good.
        """
        self.flow.interrupt()
        done = self.unsaved.count() == 0 or self.unsaved.retry_now()
        if done and self.history.stack.count():
            with contextlib.suppress(StoreError):
                purge_deleted(self.store)
            self.history.clear()
        return done

    def end_for_recovery(self) -> list[CarriedHold]:
        """The record is damaged: stop, and hand over every hold not saved yet, with its spot.

        A running hold is kept as interrupted; nothing more is written to the damaged file.
        """
        self.unsaved.stop_writing()
        with contextlib.suppress(StoreError):
            self.flow.interrupt()
        spots = {summary.spot.id: summary.spot for summary in self.today.summaries()}
        return [
            CarriedHold(spots[pending.spot_id], pending)
            for pending in self.unsaved.pending()
            if pending.spot_id in spots
        ]
