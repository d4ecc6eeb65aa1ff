"""The main window: the diagram, the hold panel and today's list, all views of one session.

It can be shown before it is built: a first frame of the cached calves and a ready dial at
the remembered size (see firstframe.py), then :meth:`MainWindow.attach` builds the window
on its session behind it. Only what that frame needs is imported up front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from knotimer.ui.main.firstframe import FirstFrame
from knotimer.ui.main.framecache import CachedFrame
from knotimer.ui.main.geometry import (
    SETTINGS_GEOMETRY,
    SETTINGS_SPLITTER,
    available_area,
    clamp_to,
    restore_geometry,
)
from knotimer.ui.main.menus import menu_titles
from knotimer.ui.main.statusbar import WrappingStatusBar

if TYPE_CHECKING:
    from knotimer.app.carried import CarriedHold
    from knotimer.app.session import Session
    from knotimer.core.preferences import CuePreferences
    from knotimer.ui.common.cues import CuePlayer
    from knotimer.ui.common.speech import Speaker

STATUS_MS = 8000


class MainWindow(QMainWindow):
    """Mark a knot, hold it, see today's list: views of the session, and its commands."""

    def __init__(
        self,
        session: Session | None = None,
        cues: CuePlayer | None = None,
        *,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__()
        self.attached = False  # built on a session (until then: at most a first frame)
        self._recovering = False  # the record was found damaged: closing asks nothing
        self.setWindowTitle("knotimer")
        self.setStatusBar(WrappingStatusBar(self))
        self._waiting: list[str] = []  # notices that wait for the status bar to be free
        self.statusBar().messageChanged.connect(self._status_changed)
        if session is not None and cues is not None:
            self.attach(session, cues, speaker=speaker)

    def show_first_frame(
        self, settings: QSettings, frame: CachedFrame, length_s: int
    ) -> FirstFrame:
        """Before it is built: the remembered size, theme and menu titles, calves and dial.

        The theme is applied as the frame was painted when it follows the system (asking
        the system loads Qt's whole ``Qt`` namespace); building the window asks it then.
        """
        from knotimer.ui.common.theme import apply_theme, stored_choice

        dark = apply_theme(stored_choice(settings), system_dark=frame.layout.dark)
        for title in menu_titles():
            self.menuBar().addMenu(title)
        shown = FirstFrame(frame, length_s, dark, self)
        self.setCentralWidget(shown)
        restore_geometry(self, settings)
        return shown

    def attach(self, session: Session, cues: CuePlayer, *, speaker: Speaker | None = None) -> None:
        """Build the window on ``session``: every view, menu and command."""
        from PySide6.QtWidgets import QLabel, QTableView

        from knotimer.app.settings import load_cue_preferences
        from knotimer.resources import asset
        from knotimer.ui.common.actions import create_actions
        from knotimer.ui.common.feedback import HoldFeedback
        from knotimer.ui.common.flash import FlashOverlay
        from knotimer.ui.common.speech import Speaker
        from knotimer.ui.diagram.widget import DiagramWidget
        from knotimer.ui.handsfree.hands import HandsFree, install_accessible_roles
        from knotimer.ui.hold.mini import MiniTimerWindow
        from knotimer.ui.hold.panel import HoldPanel
        from knotimer.ui.hold.tray import HoldTray
        from knotimer.ui.main.editing import EditDialogs
        from knotimer.ui.main.layout import lay_out
        from knotimer.ui.main.menus import add_menus
        from knotimer.ui.main.notices import NoticeArea
        from knotimer.ui.main.wiring import Wiring
        from knotimer.ui.routine.control import RoutineControl
        from knotimer.ui.routine.panel import RoutinePanel

        install_accessible_roles()  # before the widgets are made
        shown = self.isVisible()
        self.session = session
        self.cues = cues
        self.speaker = speaker or Speaker(self)
        self.commands = create_actions(self)
        # Today's spots: the table and the diagram share the session's model and selection.
        self.diagram = DiagramWidget(asset("diagram/calves.svg"), self)
        self.diagram.set_model(session.today, session.selection)
        self.table = QTableView(self)
        self.table.setModel(session.today)
        self.table.setSelectionModel(session.selection)
        self.panel = HoldPanel(self.commands, session.length_s, self)
        self.selection_label = QLabel(self)
        self.rating_label = QLabel(self)
        self.advice_label = QLabel(self)
        self.today_title = QLabel(self)
        self.routine_panel = RoutinePanel(session.guide, self)
        self.notices = NoticeArea(self.routine_panel, self)
        self.safety_banner = self.notices.banner
        self.sound_notice = QLabel(self.tr("Sound off"), self)
        self.sound_notice.hide()
        self.side_column: QWidget = self
        self.splitter_restored = False
        self._text_scale = 1.0
        self.splitter = lay_out(self)
        self.flash = FlashOverlay(self)  # over the whole window, outside every layout
        preferences = load_cue_preferences(session.settings)
        self.feedback = HoldFeedback(
            session.hold, cues, self.speaker, self.flash, preferences=preferences, parent=self
        )
        self.routine = RoutineControl(
            session,
            self.diagram,
            self.commands.knot_hints,
            (cues, self.speaker, self.flash),
            preferences=preferences,
            parent=self,
        )
        self.edit_dialogs = EditDialogs(session, self)
        for action in (session.history.undo_action, session.history.redo_action):
            self.addAction(action)
        self.tray = HoldTray(self.windowIcon(), self)
        self.mini = MiniTimerWindow(session.settings, self.hold_actions(), self)
        self.mini_action = self.commands.mini_timer
        menus = add_menus(self)
        self.edit_menu, self.cue_menu, self.theme_actions = (
            menus.edit,
            menus.cues,
            menus.theme_actions,
        )
        self.wiring = Wiring(self)
        self.handsfree = HandsFree(
            session,
            self.commands,
            self.feedback,
            cues,
            window=self,
            others=lambda: [self.mini],
            countdown=lambda: self.panel.countdown,
            say=self.say_when_quiet,
            bring_forward=self.bring_forward,
        )
        self.tray.set_visible(preferences.tray)
        self.diagram.setFocus()
        self.attached = True
        if shown:  # built behind a first frame: settle as a new window would when shown
            self._settle()

    def hold_actions(self) -> list[QAction]:
        """The commands of a hold, shared with the mini window."""
        a = self.commands
        return [a.start_pause, a.release, a.cancel, a.extend, a.repeat]

    # -- preferences -------------------------------------------------------
    def set_cue_preferences(self, preferences: CuePreferences) -> None:
        """Apply and remember new cue preferences."""
        from knotimer.app.settings import save_cue_preferences

        self.feedback.set_preferences(preferences)
        self.routine.feedback.set_preferences(preferences)
        self.tray.set_visible(preferences.tray)
        save_cue_preferences(self.session.settings, preferences)

    # -- messages ----------------------------------------------------------
    @Slot(str)
    def say(self, message: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, STATUS_MS)

    @Slot(str)
    def say_when_quiet(self, message: str) -> None:
        """A notice that can wait: shown once the status bar has nothing else to say."""
        if self.statusBar().currentMessage():
            self._waiting.append(message)
        else:
            self.say(message)

    @Slot(str)
    def _status_changed(self, text: str) -> None:
        if not text and self._waiting:
            self.say(self._waiting.pop(0))

    @Slot()
    def bring_forward(self) -> None:
        """Show the main window above the others."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: all of it inside the screen, whatever was remembered."""
        super().showEvent(event)
        if self.attached:
            self._settle()

    def _settle(self) -> None:
        from knotimer.ui.main.layout import share_width

        clamp_to(self, available_area(self))
        # Once the layouts have settled (wrapped texts change their heights), once more.
        QTimer.singleShot(0, self, lambda: clamp_to(self, available_area(self)))
        if not self.splitter_restored:
            self.splitter_restored = True  # once: from then on the user's own split counts
            share_width(self.splitter, self.width(), self.splitter.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A larger window, larger text beside the dial (read from two metres)."""
        super().resizeEvent(event)
        if not self.attached:
            return
        from knotimer.ui.main.layout import keep_room_for_advice, scale_text, text_scale

        scale = text_scale(self.size())
        if abs(scale - self._text_scale) > 0.02:
            self._text_scale = scale
            scale_text(self, scale)
        else:
            keep_room_for_advice(self)

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window also checks whether the day has changed."""
        super().changeEvent(event)
        if not self.attached:
            return
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.session.check_day()

    # -- the end -----------------------------------------------------------
    def finish_running_hold(self) -> bool:
        """Record a running hold as interrupted and save what waits; True if all is saved."""
        return self.session.finish()

    def end_for_recovery(self) -> list[CarriedHold]:
        """The record is damaged: stop, hide, and hand over what is not saved yet."""
        self._recovering = True
        self.feedback.acknowledge()
        carried = self.session.end_for_recovery()
        self.hide()
        return carried

    def closeEvent(self, event: QCloseEvent) -> None:
        """A hold running at close is recorded as interrupted, never lost."""
        if self._recovering or not self.attached:
            event.accept()
            return
        self.feedback.acknowledge()
        session = self.session
        if not session.finish():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                self.tr("Holds not saved"),
                self.tr(
                    "%n hold(s) could not be saved ({reason}). Quit anyway and lose them?",
                    None,
                    session.unsaved.count(),
                ).format(reason=session.unsaved.last_error),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        session.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        session.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self.mini.close()
        self.handsfree.close()
        if self.wiring.history is not None:
            self.wiring.history.close()
        event.accept()


def open_main_window(session: Session, cues: CuePlayer) -> MainWindow:
    """The main window on ``session`` (start-up builds it through here, not by name)."""
    return MainWindow(session, cues)
