"""How the main window's views follow the session, and which command each action sends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from knotimer.app.labels import advice_text
from knotimer.app.settings import HINTS_KEY, NAMES_KEY, flag
from knotimer.app.tenderness import Moment
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.ui.dialogs.about import show_about
from knotimer.ui.dialogs.help import how_to_dialog, shortcuts_dialog
from knotimer.ui.dialogs.safety import run_safety_check
from knotimer.ui.hold.display import show_hold_state, show_hold_time

if TYPE_CHECKING:
    from datetime import date

    from knotimer.ui.history.window import HistoryWindow
    from knotimer.ui.main.window import MainWindow
    from knotimer.ui.preferences.dialog import Chosen


class Wiring(QObject):
    """Connects the window's views to the session's signals and its actions to commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.history: HistoryWindow | None = None
        self._connect_commands()
        self._connect_views()
        self.show_selection(self.session.selected_spot())
        self.show_rating()
        self.show_sessions()
        self.show_safety()
        self.update_hold_display()
        window.statusBar().showMessage(self._welcome())

    def _connect_commands(self) -> None:
        w, s, a = self.window, self.session, self.window.commands
        a.start_pause.triggered.connect(s.holds.start_or_pause)
        a.release.triggered.connect(s.holds.release)
        a.cancel.triggered.connect(s.holds.cancel_or_leave)
        a.extend.triggered.connect(s.holds.extend)
        a.repeat.triggered.connect(s.holds.hold_again)
        a.routine.triggered.connect(w.routine.start)
        a.routine_next.triggered.connect(s.guide.next)
        a.safety.triggered.connect(lambda: run_safety_check(w, s.safety))
        a.shortcuts.triggered.connect(lambda: shortcuts_dialog(w, w.actions()).exec())
        a.how_to.triggered.connect(lambda: how_to_dialog(w).exec())
        a.preferences.triggered.connect(self.open_preferences)
        a.history.triggered.connect(self.show_history)
        a.report.triggered.connect(lambda: self.report(s.today_date()))
        a.export_csv.triggered.connect(self.export_today_csv)
        a.quit.triggered.connect(w.close)
        a.about.triggered.connect(lambda: show_about(w))
        a.delete_spot.triggered.connect(w.edit_dialogs.delete_selected)
        a.note.triggered.connect(w.edit_dialogs.edit_note)
        w.diagram.markRequested.connect(s.edits.mark)
        w.diagram.spotMoved.connect(s.edits.move)
        w.diagram.deleteRequested.connect(lambda _spot: w.edit_dialogs.delete_selected())
        w.diagram.missed.connect(w.say)
        w.panel.lengthChanged.connect(s.set_length)
        w.notices.banner.checkRequested.connect(self.offer_safety_check)
        w.notices.banner.notNow.connect(s.safety.not_now)
        w.notices.note.askAgain.connect(lambda: run_safety_check(w, s.safety))
        w.mini_action.toggled.connect(w.mini.setVisible)
        w.tray.activated.connect(w.bring_forward)
        for action, key, show in (
            (a.muscle_names, NAMES_KEY, w.diagram.set_names_visible),
            (a.knot_hints, HINTS_KEY, w.diagram.set_hints_visible),
        ):
            action.setChecked(flag(s.settings, key))
            show(action.isChecked())
            action.toggled.connect(show)
            action.toggled.connect(lambda on, key=key: s.settings.setValue(key, on))

    def _connect_views(self) -> None:
        w, s = self.window, self.session
        s.message.connect(w.say)
        s.dial.changed.connect(self.update_hold_display)
        s.dial.ticked.connect(self.update_hold_time)
        s.flow.holdingChanged.connect(w.diagram.set_holding)
        s.flow.holdingChanged.connect(lambda _spot: self.show_selection(s.selected_spot()))
        s.holds.holdEnded.connect(self._hold_ended)
        s.selectedChanged.connect(self.show_selection)
        s.recordChanged.connect(self.show_selection)  # names and numbers may have changed
        s.lengthChanged.connect(w.panel.set_length)
        s.lengthChanged.connect(lambda _s: self.update_hold_display())
        s.tenderness.changed.connect(self.show_rating)
        s.sessionsChanged.connect(self.show_sessions)
        s.safety.changed.connect(self.show_safety)
        s.guide.stageChanged.connect(self._stage_changed)
        s.selectedChanged.connect(lambda _spot: self.show_safety())
        s.flow.holdingChanged.connect(lambda _spot: self.show_safety())
        w.cues.unavailable.connect(self._sound_unavailable)
        w.speaker.unavailable.connect(w.say)

    # -- views ---------------------------------------------------------------
    @Slot(object)
    def show_selection(self, _spot: object = None) -> None:
        """The panel's spot line and note: the spot held, else the one selected."""
        w, s = self.window, self.session
        spot_id = s.focus_spot()
        name = s.spot_name(spot_id)
        if spot_id is None or not name:
            w.selection_label.setText(self.tr("No spot selected: click a knot on the diagram."))
            w.advice_label.clear()  # its room stays: nothing below it moves
        else:
            region = s.store.spot(spot_id).region
            w.selection_label.setText(name)
            w.advice_label.setText(advice_text(region.advice))
        self.update_hold_display()

    @Slot()
    def update_hold_display(self) -> None:
        """Bring the countdowns, tray, mini window and hold commands up to date."""
        w, s = self.window, self.session
        show_hold_state(s, w.panel, w.mini, w.tray, w.commands)

    @Slot()
    def update_hold_time(self) -> None:
        """A tick of a running hold or step: the seconds and the ring move on."""
        w = self.window
        show_hold_time(self.session, w.panel, w.mini, w.tray)

    @Slot()
    def show_rating(self) -> None:
        """The tenderness line: before the next hold, or how it feels after the last."""
        keys = self.session.tenderness
        before = "–" if keys.before is None else str(keys.before)
        after = "–" if keys.after is None else str(keys.after)
        if keys.moment is Moment.AFTER:
            text = self.tr("How tender is it now? {after} of 10 (keys 0-9, 1 then 0 for 10)")
        elif keys.moment is Moment.DURING:
            text = self.tr("Before this hold: {before} of 10 · how it feels now: {after} (a digit)")
        else:
            text = self.tr("Tenderness before the hold: {before} of 10 (keys 0-9, 1 then 0 for 10)")
        self.window.rating_label.setText(text.format(before=before, after=after))

    @Slot()
    def show_sessions(self) -> None:
        """'Today · 2 sessions · 3 min held', with each session in the tooltip."""
        title = self.window.today_title
        title.setText(f"<b>{self.session.sessions_title}</b>")
        title.setToolTip(self.session.sessions_details)

    @Slot()
    def show_safety(self) -> None:
        """The notice area: the routine, the note after a "yes", the offer of the check, a hint."""
        self.window.notices.show_for(self.session)

    @Slot()
    def _stage_changed(self) -> None:
        self.window.commands.routine_next.setEnabled(self.session.guide.active)
        self.show_safety()
        self.show_selection()

    @Slot(int, object, bool)
    def _hold_ended(self, spot_id: int, result: HoldResult, saved: bool) -> None:
        unseen = not self.window.isActiveWindow() and not self.window.handsfree.notifies()
        if result.outcome is Outcome.COMPLETED and unseen:  # the desktop's notice otherwise
            self.window.tray.notify_done(self.session.spot_name(spot_id))

    @Slot(str)
    def _sound_unavailable(self, message: str) -> None:
        notice = self.window.sound_notice
        notice.setToolTip(message)
        notice.setAccessibleDescription(message)
        notice.show()
        self.window.statusBar().showMessage(message, 16000)

    def _welcome(self) -> str:
        welcome = self.tr("Click a knot on the calf diagram, then press Space.")
        settings = self.session.settings
        tray = self.window.tray
        told = flag(settings, "notices/no_tray_told")
        if not tray.available and self.window.feedback.preferences.tray and not told:
            settings.setValue("notices/no_tray_told", True)
            welcome += " " + self.tr(
                "There is no system tray here: the mini timer (Ctrl+M) keeps the countdown "
                "in view instead."
            )
        return welcome

    # -- commands that open something ----------------------------------------
    @Slot()
    def offer_safety_check(self) -> None:
        """The short "before you start" check, from the banner."""
        if self.session.safety.due():
            run_safety_check(self.window, self.session.safety)

    @Slot()
    def open_preferences(self) -> None:
        """Ctrl+,: every preference in one dialog."""
        from knotimer.ui.preferences.control import edit_preferences

        w = self.window
        cues = w.feedback.preferences

        def apply(chosen: Chosen) -> None:
            w.set_cue_preferences(chosen.cues)
            w.cue_menu.show_preferences(chosen.cues)
            w.speaker.set_voice(chosen.voice)
            w.theme_actions[chosen.theme].setChecked(True)
            w.handsfree.apply(
                chosen.press_and_hold, chosen.hold_key, chosen.device, chosen.sounds or {}
            )

        edit_preferences(
            w,
            self.session,
            cues=cues,
            voices=w.speaker.voice_names() if cues.speech else [],
            erase=w.edit_dialogs.delete_everything,
            apply=apply,
        )

    @Slot()
    def show_history(self) -> None:
        """Ctrl+H: the history window (one, reused; undo works there too)."""
        from knotimer.ui.history.window import HistoryWindow

        if self.history is None:
            self.history = HistoryWindow(self.session, self.window)
            self.history.addActions(
                [self.session.history.undo_action, self.session.history.redo_action]
            )
            self.history.reportRequested.connect(self.report)
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()

    @Slot(object)
    def report(self, day: date) -> None:
        """A PDF of a day (Ctrl+P: today)."""
        from knotimer.ui.report.pdf import report_dialog

        history = self.history
        parent = history if history is not None and history.isActiveWindow() else self.window
        report_dialog(parent, self.session.store, day, day)

    @Slot()
    def export_today_csv(self) -> None:
        """File ▸ Export: today's holds as a CSV file readable by the user only."""
        from knotimer.ui.dialogs.export import export_csv_dialog

        export_csv_dialog(self.window, self.session.store, self.session.today_date())
