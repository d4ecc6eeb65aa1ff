"""The main window: the diagram, the hold panel and today's list, wired to the core and store."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSettings,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
)

from knotimer.app.daymodel import DaySpotsModel
from knotimer.app.holdclock import HoldClock
from knotimer.app.holdflow import HoldFlow
from knotimer.app.labels import advice_text, region_name
from knotimer.app.midnight import MidnightTimer
from knotimer.app.sessionline import sessions_text
from knotimer.app.settings import load_cue_preferences, save_cue_preferences
from knotimer.app.tenderness import Moment
from knotimer.app.unsaved import UnsavedHolds
from knotimer.core.anatomy import Region
from knotimer.core.clock import Clock
from knotimer.core.edits import purge_deleted
from knotimer.core.holdtimer import DEFAULT_HOLD_S, MAX_HOLD_S, MIN_HOLD_S, HoldResult, Outcome
from knotimer.core.preferences import CuePreferences
from knotimer.core.records import SpotSummary
from knotimer.core.safety import needs_check
from knotimer.core.store import Store, StoreError
from knotimer.resources import asset
from knotimer.ui.common.actions import create_actions
from knotimer.ui.common.countdown import FlashOverlay
from knotimer.ui.common.cues import CuePlayer
from knotimer.ui.common.feedback import HoldFeedback
from knotimer.ui.common.speech import Speaker
from knotimer.ui.diagram.widget import DiagramWidget, Marker
from knotimer.ui.dialogs.about import show_about
from knotimer.ui.dialogs.help import how_to_dialog, shortcuts_dialog
from knotimer.ui.dialogs.safety import load_check
from knotimer.ui.hold.display import show_hold_state
from knotimer.ui.hold.mini import MiniTimerWindow
from knotimer.ui.hold.panel import HoldPanel
from knotimer.ui.hold.tray import HoldTray
from knotimer.ui.main.banner import SafetyBanner
from knotimer.ui.main.editing import EditControl
from knotimer.ui.main.layout import SETTINGS_GEOMETRY, SETTINGS_SPLITTER, add_menus, lay_out
from knotimer.ui.preferences.control import edit_preferences
from knotimer.ui.preferences.dialog import idle_gap_minutes
from knotimer.ui.routine.control import RoutineControl, make_guide
from knotimer.ui.routine.panel import RoutinePanel
from knotimer.ui.routine.start import (
    run_safety_check,
)
from knotimer.ui.start.damagewatch import CarriedHold

SETTINGS_HOLD_LENGTH = "hold/length_s"
SETTINGS_NAMES = "view/muscle_names"
SETTINGS_HINTS = "view/knot_hints"
STATUS_MS = 8000


if TYPE_CHECKING:
    from knotimer.ui.history.window import HistoryWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Mark a knot, hold it, see today's list. Every hold is saved the moment it ends."""

    recordChanged = Signal()  # spots or holds changed (a hold, an edit, an undo, a new day)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        cues: CuePlayer,
        settings: QSettings,
        hold_s: int | None = None,
        *,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.cues = cues
        self.speaker = speaker or Speaker(self)
        self.settings = settings
        self.selected_spot: int | None = None
        self.history: HistoryWindow | None = None
        self._recovering = False  # the record was found damaged: closing asks nothing
        self.setWindowTitle("knotimer")
        self.commands = create_actions(self)

        self.hold = HoldClock(clock, self)
        self.unsaved = UnsavedHolds(store, clock, self)
        self.flow = HoldFlow(self.hold, self.unsaved, self)
        self.diagram = DiagramWidget(asset("diagram/calves.svg"), self)
        self.model = DaySpotsModel(self)
        self.table = QTableView(self)
        self.panel = HoldPanel(self.commands, hold_s or self._remembered_length(), self)
        self.shown_day = self.today()
        self.midnight = MidnightTimer(clock, self)
        self.midnight.timeout.connect(self.check_day)
        self.selection_label = QLabel(self)
        self.rating_label = QLabel(self)
        self.safety_banner = SafetyBanner(self)
        self.today_title = QLabel(self)
        self.guide = make_guide(self)
        self.routine_panel = RoutinePanel(self.guide, self)
        self.advice_label = QLabel(self)
        self.sound_notice = QLabel(_tr("Sound off: visual cues only"), self)
        self.sound_notice.hide()
        self.splitter = lay_out(self)
        self.flash = FlashOverlay(self)  # over the whole window, outside every layout
        self.feedback = HoldFeedback(
            self.hold,
            cues,
            self.speaker,
            self.flash,
            preferences=load_cue_preferences(settings),
            parent=self,
        )
        self.routine = RoutineControl(self)
        self.edits = EditControl(self)
        self.tray = HoldTray(self.windowIcon(), self)
        self.mini = MiniTimerWindow(settings, self.hold_actions(), self)
        self.mini_action = self.commands.mini_timer
        menus = add_menus(self)
        self.edit_menu, self.cue_menu, self.theme_actions = (
            menus.edit,
            menus.cues,
            menus.theme_actions,
        )
        self._connect()
        self.refresh_today()
        self.routine.show_stage()
        self._show_rating()
        self.safety_banner.setVisible(needs_check(load_check(settings), self.today()))
        self.update_hold_display()
        self.tray.set_visible(self.feedback.preferences.tray)
        self.diagram.setFocus()
        welcome = _tr("Click a knot on the calf diagram, then press Space.")
        if self._first_time_without_tray():
            welcome += " " + _tr(
                "There is no system tray here: the mini timer (Ctrl+M) keeps the countdown "
                "in view instead."
            )
        self.statusBar().showMessage(welcome)

    # -- construction ------------------------------------------------------
    def _first_time_without_tray(self) -> bool:
        """Say once (ever) that there is no tray; a GNOME user need not read it every day."""
        if self.tray.available or not self.feedback.preferences.tray:
            return False
        if self.settings.value("notices/no_tray_told", defaultValue=False) in (True, "true"):
            return False
        self.settings.setValue("notices/no_tray_told", True)
        return True

    def _remembered_length(self) -> int:
        """The last hold length chosen; anything unusable (a damaged file) means 20."""
        value = self.settings.value(SETTINGS_HOLD_LENGTH, DEFAULT_HOLD_S)
        try:
            seconds = float(str(value))
        except ValueError:
            return DEFAULT_HOLD_S
        if not MIN_HOLD_S <= seconds <= MAX_HOLD_S or seconds != int(seconds):
            return DEFAULT_HOLD_S  # also nan and inf
        return int(seconds)

    def hold_actions(self) -> list[QAction]:
        """The commands of a hold, shared with the mini window."""
        a = self.commands
        return [a.start_pause, a.release, a.cancel, a.extend, a.repeat]

    def _connect(self) -> None:
        a = self.commands
        a.start_pause.triggered.connect(self.start_or_pause)
        a.release.triggered.connect(self.flow.release)
        a.cancel.triggered.connect(self.cancel_or_leave)
        a.routine.triggered.connect(self.routine.start)
        a.routine_next.triggered.connect(self.guide.next)
        self.safety_banner.checkRequested.connect(self.offer_safety_check)
        a.safety.triggered.connect(lambda: run_safety_check(self, self.settings, self.today()))
        a.shortcuts.triggered.connect(lambda: shortcuts_dialog(self, self.actions()).exec())
        a.how_to.triggered.connect(lambda: how_to_dialog(self).exec())
        a.preferences.triggered.connect(self.open_preferences)
        a.history.triggered.connect(self.show_history)
        a.report.triggered.connect(self.report_today)
        self.guide.message.connect(self.say)
        a.extend.triggered.connect(self.flow.extend)
        a.repeat.triggered.connect(self.hold_again)
        a.export_csv.triggered.connect(self.export_today_csv)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        self.hold.changed.connect(self.update_hold_display)
        self.flow.message.connect(self.say)
        self.flow.holdingChanged.connect(self._holding_changed)
        self.flow.holdEnded.connect(self._hold_ended)
        self.diagram.markRequested.connect(self.mark_spot)
        self.diagram.spotMoved.connect(self.edits.move)
        self.diagram.deleteRequested.connect(lambda _spot: self.edits.delete_selected())
        a.delete_spot.triggered.connect(self.edits.delete_selected)
        a.note.triggered.connect(self.edits.edit_note)
        self.edits.tenderness.changed.connect(self._show_rating)
        self.diagram.spotClicked.connect(self.select_spot)
        self.diagram.missed.connect(self.say)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: (
                current.isValid() and self.select_spot(self.model.spot_id_at(current.row()))
            )
        )
        self.panel.lengthChanged.connect(
            lambda seconds: self.settings.setValue(SETTINGS_HOLD_LENGTH, seconds)
        )
        self.cues.unavailable.connect(self._sound_unavailable)
        self.speaker.unavailable.connect(self.say)
        self.mini_action.toggled.connect(self.mini.setVisible)
        for action, key, show in (
            (a.muscle_names, SETTINGS_NAMES, self.diagram.set_names_visible),
            (a.knot_hints, SETTINGS_HINTS, self.diagram.set_hints_visible),
        ):
            action.setChecked(self.settings.value(key, False) in (True, "true"))
            show(action.isChecked())
            action.toggled.connect(show)
            action.toggled.connect(lambda on, key=key: self.settings.setValue(key, on))
        self.tray.activated.connect(self.bring_forward)
        self.unsaved.changed.connect(self._unsaved_changed)

    # -- what undo commands need (ui/undo.py's Editor) -----------------------
    def now(self) -> datetime:
        """The local time, aware."""
        return self.clock.now()

    def held_spot(self) -> int | None:
        """The spot of the running hold, if any."""
        return self.flow.holding_spot if self.flow.active else None

    # -- today's list and selection ---------------------------------------
    def today(self) -> date:
        """The user's local date now."""
        return self.clock.now().date()

    @Slot()
    def check_day(self) -> None:
        """At midnight (or after the clock moved), show the new day's list."""
        if self.today() != self.shown_day:
            self.refresh_today()

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window also checks whether the day has changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_day()

    def refresh_today(self) -> None:
        """Reload today's spots from the store into the list and the diagram."""
        self.shown_day = self.today()
        self.midnight.arm()
        summaries = self.store.day_summary(self.shown_day)
        self.model.set_summaries(summaries)
        self.diagram.set_markers(
            [
                Marker(s.spot.id, number, s.spot.x, s.spot.y, self.model.describe(number - 1))
                for number, s in enumerate(summaries, start=1)
            ]
        )
        self._show_sessions(summaries)
        self.recordChanged.emit()
        if self.selected_spot is not None and self.model.row_of(self.selected_spot) is None:
            self.selected_spot = None
        self.select_spot(self.selected_spot)

    def _show_sessions(self, summaries: list[SpotSummary]) -> None:
        gap = timedelta(minutes=idle_gap_minutes(self.settings))
        title, details = sessions_text(self.store, summaries, self.shown_day, gap)
        self.today_title.setText(f"<b>{title}</b>")
        self.today_title.setToolTip(details)

    @Slot(object)
    def select_spot(self, spot_id: int | None) -> None:
        """Select a spot in the list and on the diagram, and say what it is."""
        if spot_id != self.selected_spot and spot_id is not None:
            self.edits.tenderness.spot_chosen()
        self.selected_spot = spot_id
        self.diagram.set_selected(spot_id)
        row = None if spot_id is None else self.model.row_of(spot_id)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            self.selection_label.setText(_tr("No spot selected: click a knot on the diagram."))
            self.advice_label.clear()
            self.advice_label.hide()
            return
        index = self.model.index(row, 0)
        if selection.currentIndex().row() != row:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        region = self.model.summaries()[row].spot.region
        self.selection_label.setText(self.spot_name(spot_id))
        self.advice_label.setText(advice_text(region.advice))
        self.advice_label.setVisible(bool(self.advice_label.text()))
        self.update_hold_display()

    @Slot(object, float, float)
    def mark_spot(self, region: Region, x: float, y: float) -> None:
        """Store a new spot where the user clicked (undoable), and select it."""
        self.edits.mark(region, x, y)

    # -- the hold ---------------------------------------------------------
    @Slot()
    def start_or_pause(self) -> None:
        """Space: start holding the selected spot, or pause / resume the running hold."""
        if self.routine.space():
            return
        if self.flow.active:
            self.flow.start_or_pause(None, 0)  # pause or resume
            return
        before = self.edits.tenderness.before
        self.flow.start_or_pause(self.selected_spot, self.panel.length_s(), before)
        if self.flow.active:
            self.edits.tenderness.hold_started()

    @Slot()
    def cancel_or_leave(self) -> None:
        """Esc: cancel the running hold; with none running, leave the routine."""
        if self.flow.active:
            self.flow.cancel()
        elif self.guide.active:
            self.guide.leave()

    @Slot()
    def hold_again(self) -> None:
        """R: hold the last held spot once more (in the routine: the knot just done)."""
        if self.guide.active:
            self.guide.repeat()
            return
        spot_id = self.flow.last_held_spot
        if self.flow.active or spot_id is None or self.model.row_of(spot_id) is None:
            return
        self.select_spot(spot_id)
        self.start_or_pause()

    @Slot(object)
    def _holding_changed(self, spot_id: int | None) -> None:
        self.diagram.set_holding(spot_id)

    @Slot(int, object, bool)
    def _hold_ended(self, spot_id: int, result: HoldResult, saved: bool) -> None:
        if result.outcome is Outcome.COMPLETED and not self.isActiveWindow():
            self.tray.notify_done(self.spot_name(spot_id))
        self.edits.hold_ended(result, saved)
        self.refresh_today()

    @Slot()
    def update_hold_display(self) -> None:
        """Bring the countdowns, tray, mini window and hold commands up to date."""
        spot = self.flow.holding_spot if self.flow.active else self.selected_spot
        show_hold_state(
            self.hold,
            self.panel,
            self.mini,
            self.tray,
            self.commands,
            spot_name=self.spot_name(spot),
        )
        self.commands.cancel.setEnabled(self.flow.active or self.guide.active)

    def spot_name(self, spot_id: int | None) -> str:
        """E.g. 'Spot 2: Left · soleus' (empty when the spot is not in today's list)."""
        row = None if spot_id is None else self.model.row_of(spot_id)
        if row is None:
            return ""
        region = self.model.summaries()[row].spot.region
        return _tr("Spot {number}: {name}").format(number=row + 1, name=region_name(region))

    @Slot()
    def _show_rating(self) -> None:
        keys = self.edits.tenderness
        if keys.moment is Moment.AFTER:
            value = "–" if keys.after is None else str(keys.after)
            text = _tr("How tender is it now? {value} of 10 (keys 0-9, 1 then 0 for 10)")
        else:
            value = "–" if keys.before is None else str(keys.before)
            text = _tr("Tenderness before the hold: {value} of 10 (keys 0-9, 1 then 0 for 10)")
        self.rating_label.setText(text.format(value=value))

    # -- preferences -------------------------------------------------------
    def set_cue_preferences(self, preferences: CuePreferences) -> None:
        """Apply and remember new cue preferences."""
        self.feedback.set_preferences(preferences)
        self.routine.feedback.set_preferences(preferences)
        self.tray.set_visible(preferences.tray)
        save_cue_preferences(self.settings, preferences)

    @Slot()
    def open_preferences(self) -> None:
        """Ctrl+,: every preference in one dialog."""
        edit_preferences(self)

    @Slot()
    def show_history(self) -> None:
        """Ctrl+H: the history window (one, reused; undo works there too)."""
        from knotimer.ui.history.window import HistoryWindow

        if self.history is None:
            self.history = HistoryWindow(self)
            self.history.addActions([self.edits.undo_action, self.edits.redo_action])
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()

    @Slot()
    def report_today(self) -> None:
        """Ctrl+P: today's report as a PDF."""
        from knotimer.ui.report.pdf import report_dialog

        report_dialog(self, self.store, self.today(), self.today())

    @Slot()
    def offer_safety_check(self) -> None:
        """The short "before you start" check, when it is due (first run, long absence)."""
        self.safety_banner.hide()
        if needs_check(load_check(self.settings), self.today()):
            run_safety_check(self, self.settings, self.today())

    @Slot()
    def bring_forward(self) -> None:
        """Show the main window above the others."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- messages ----------------------------------------------------------
    @Slot(str)
    def say(self, message: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, STATUS_MS)

    @Slot(str)
    def _sound_unavailable(self, message: str) -> None:
        self.sound_notice.setToolTip(message)
        self.sound_notice.setAccessibleDescription(message)
        self.sound_notice.show()
        self.statusBar().showMessage(message, 2 * STATUS_MS)

    def _warn_store(self, error: StoreError) -> None:
        self.say(_tr("Could not save: {error}").format(error=error))

    @Slot()
    def _unsaved_changed(self) -> None:
        count = self.unsaved.count()
        if count:
            self.statusBar().showMessage(
                _tr(
                    "{n} hold(s) could not be saved yet ({reason}). knotimer keeps them and "
                    "tries again every few seconds; please do not quit."
                ).format(n=count, reason=self.unsaved.last_error)
            )
        else:
            self.refresh_today()
            self.say(_tr("All holds are saved."))

    # -- commands ----------------------------------------------------------
    @Slot()
    def export_today_csv(self) -> None:
        """File ▸ Export: today's holds as a CSV file readable by the user only."""
        from knotimer.ui.dialogs.export import export_csv_dialog

        export_csv_dialog(self, self.store, self.today())

    @Slot()
    def show_about(self) -> None:
        """Version and licence."""
        show_about(self)

    def finish_running_hold(self) -> bool:
        """Record a running hold as interrupted and save what waits; True if all is saved.

        Called when the window closes, and on SIGTERM or logout by the application.
        """
        self.flow.interrupt()
        done = self.unsaved.count() == 0 or self.unsaved.retry_now()
        if done and self.edits.stack.count():
            with contextlib.suppress(StoreError):
                purge_deleted(self.store)  # what undo could bring back is gone with the window
            self.edits.stack.clear()
        return done

    def end_for_recovery(self) -> list[CarriedHold]:
        """The record is damaged: stop, and hand over every hold not saved yet, with its spot.

        A running hold is kept as interrupted; the record that replaces this one saves them.
        """
        self._recovering = True
        self.feedback.acknowledge()
        self.unsaved.stop_writing()  # nothing more goes into the damaged file
        with contextlib.suppress(StoreError):
            self.flow.interrupt()
        spots = {summary.spot.id: summary.spot for summary in self.model.summaries()}
        carried = [
            CarriedHold(spots[pending.spot_id], pending)
            for pending in self.unsaved.pending()
            if pending.spot_id in spots
        ]
        self.hide()
        return carried

    def closeEvent(self, event: QCloseEvent) -> None:
        """A hold running at close is recorded as interrupted, never lost."""
        if self._recovering:
            event.accept()
            return
        self.feedback.acknowledge()
        if not self.finish_running_hold():
            answer = QMessageBox.warning(
                self,
                _tr("Holds not saved"),
                _tr("{n} hold(s) could not be saved ({reason}). Quit anyway and lose them?").format(
                    n=self.unsaved.count(), reason=self.unsaved.last_error
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self.mini.close()
        event.accept()
