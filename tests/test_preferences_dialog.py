from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from knotimer.app.settings import idle_gap_minutes, load_cue_preferences, stored_step_seconds
from knotimer.core.routine import Step
from knotimer.core.store import Store
from knotimer.ui.common.theme import ThemeChoice, apply_theme
from knotimer.ui.main.window import MainWindow
from knotimer.ui.preferences.dialog import PreferencesDialog

from fakes import FakeClock
from qtsupport import RecordingCues, build_window


def open_window(qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    window = build_window(store, clock, RecordingCues(), settings)
    qtbot.addWidget(window)
    return window


def test_every_preference_survives_a_restart(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)

    def choose(dialog: PreferencesDialog) -> int:
        dialog.hold.setValue(25)
        dialog.checks["ticks"].setChecked(True)
        dialog.checks["flash"].setChecked(False)
        dialog.checks["speech"].setChecked(True)
        dialog.volume.setValue(40)
        dialog.theme.setCurrentIndex(dialog.theme.findData(ThemeChoice.DARK.value))
        dialog.idle_gap.setValue(30)
        dialog.steps[Step.WARM_UP].setValue(90)
        dialog.steps[Step.FIND_KNOTS].setValue(120)
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.commands.preferences.trigger()
    # Applied at once ...
    assert window.panel.length_s() == 25
    assert window.feedback.preferences.ticks
    assert not window.feedback.preferences.flash
    assert window.cue_menu.choice_actions["ticks"].isChecked()
    assert window.cue_menu.volume.value() == 40
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    window.session.settings.sync()

    # ... and still there after a restart.
    again = open_window(qtbot, store, clock, tmp_path)
    assert again.panel.length_s() == 25
    cues = load_cue_preferences(again.session.settings)
    assert (cues.ticks, cues.flash, cues.speech, cues.volume) == (True, False, True, 40)
    assert again.feedback.preferences == cues
    assert again.theme_actions[ThemeChoice.DARK].isChecked()
    assert idle_gap_minutes(again.session.settings) == 30
    lengths = stored_step_seconds(again.session.settings)
    assert (lengths[Step.WARM_UP], lengths[Step.FIND_KNOTS]) == (90, 120)
    apply_theme(ThemeChoice.LIGHT)


def test_cancel_changes_nothing(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)

    def fiddle_then_cancel(dialog: PreferencesDialog) -> int:
        dialog.hold.setValue(11)
        dialog.checks["end_sound"].setChecked(False)
        return PreferencesDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PreferencesDialog, "exec", fiddle_then_cancel)
    window.commands.preferences.trigger()
    assert window.panel.length_s() == 20
    assert window.feedback.preferences.end_sound


def test_the_dialog_shows_the_data_folder_and_refuses_odd_values(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    window = open_window(qtbot, store, clock, tmp_path)
    window.session.settings.setValue("sessions/idle_gap_min", "soon")
    dialog = PreferencesDialog(
        window.session.settings,
        hold_s=20,
        cues=window.feedback.preferences,
        voices=[],
        data_folder=store.path.parent,
    )
    qtbot.addWidget(dialog)
    assert dialog.idle_gap.value() == 45
    dialog.hold.setValue(99)
    assert dialog.hold.value() == 30
    assert not dialog.voice.isEnabled()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(store.path.parent) in texts
