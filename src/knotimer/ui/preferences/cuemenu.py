"""The Cues menu: each sound, the voice and the flash as a checkable action, and the volume."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSlider, QWidget, QWidgetAction

from knotimer.core.preferences import VOLUME_MAX, CuePreferences


def cue_choices() -> list[tuple[str, str, str]]:
    """Each cue preference: name, label (the same in this menu and in Preferences), tip."""
    return [
        (
            "start_sound",
            QCoreApplication.translate("CueChoices", "Sound when a hold &starts"),
            QCoreApplication.translate("CueChoices", "A short sound when a hold starts"),
        ),
        (
            "ticks",
            QCoreApplication.translate("CueChoices", "Soft &ticks in the last 3 seconds"),
            QCoreApplication.translate("CueChoices", "Soft ticks at 3, 2 and 1 s left"),
        ),
        (
            "end_sound",
            QCoreApplication.translate("CueChoices", "Sound when time is &up"),
            QCoreApplication.translate("CueChoices", "A clear, longer sound when time is up"),
        ),
        (
            "repeat_end",
            QCoreApplication.translate("CueChoices", "&Repeat the end sound until I respond"),
            QCoreApplication.translate(
                "CueChoices",
                "Repeat the end sound every few seconds until a key, a click or letting go",
            ),
        ),
        (
            "speech",
            QCoreApplication.translate("CueChoices", "Spoken &prompts"),
            QCoreApplication.translate(
                "CueChoices",
                'Say "hold", "ten seconds left" and "release" where a voice is installed',
            ),
        ),
        (
            "flash",
            QCoreApplication.translate("CueChoices", "&Flash the window when time is up"),
            QCoreApplication.translate(
                "CueChoices", "A coloured wash over the window when time is up"
            ),
        ),
        (
            "tray",
            QCoreApplication.translate("CueChoices", "Seconds left in the system tra&y"),
            QCoreApplication.translate("CueChoices", "Where a system tray exists"),
        ),
    ]


class CueMenu(QMenu):
    """Checkable cue choices and a volume slider; calls back with the new preferences."""

    def __init__(
        self,
        preferences: CuePreferences,
        changed: Callable[[CuePreferences], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("CueMenu", "&Cues"), parent)
        self._preferences = preferences
        self._changed = changed
        self.choice_actions: dict[str, QAction] = {}
        for name, text, tip in cue_choices():
            action = self.addAction(text)
            action.setCheckable(True)
            action.setChecked(bool(getattr(preferences, name)))
            action.setStatusTip(tip)
            action.toggled.connect(lambda on, name=name: self._set(name, on))
            self.choice_actions[name] = action
        self.addSeparator()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, VOLUME_MAX)
        self.volume.setValue(preferences.volume)
        self.volume.setAccessibleName(QCoreApplication.translate("CueMenu", "Volume of the sounds"))
        self.volume.valueChanged.connect(lambda value: self._set("volume", value))
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(QLabel(QCoreApplication.translate("CueMenu", "Volume")))
        row.addWidget(self.volume)
        slider_action = QWidgetAction(self)
        slider_action.setText(
            QCoreApplication.translate("CueMenu", "Volume")
        )  # its name in menus read by a screen reader
        slider_action.setDefaultWidget(holder)
        self.addAction(slider_action)

    def show_preferences(self, preferences: CuePreferences) -> None:
        """Reflect preferences changed elsewhere (the Preferences dialog) without echo."""
        self._preferences = preferences
        for name, action in self.choice_actions.items():
            action.blockSignals(True)
            action.setChecked(bool(getattr(preferences, name)))
            action.blockSignals(False)
        self.volume.blockSignals(True)
        self.volume.setValue(preferences.volume)
        self.volume.blockSignals(False)

    def _set(self, name: str, value: object) -> None:
        self._preferences = self._preferences.changed(name, value)
        self._changed(self._preferences)
