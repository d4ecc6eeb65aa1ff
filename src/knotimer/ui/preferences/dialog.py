"""One Preferences dialog: hold length, cues, voice, hands-free, sounds, theme, language, data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.settings import (
    HOLD_KEY_KEY,
    IDLE_GAP_KEY,
    OUTPUT_DEVICE_KEY,
    PRESS_AND_HOLD_KEY,
    VOICE_KEY,
    idle_gap_minutes,
    set_sound_file,
    stored_step_seconds,
)
from knotimer.core.holdtimer import MAX_HOLD_S, MIN_HOLD_S
from knotimer.core.preferences import VOLUME_MAX, CuePreferences
from knotimer.core.routine import STEP_LIMITS_S, Step
from knotimer.ui.common.cues import Cue
from knotimer.ui.common.theme import THEME_KEY, ThemeChoice, stored_choice
from knotimer.ui.preferences.cuemenu import cue_choices
from knotimer.ui.preferences.handsfree import HandsFreePage
from knotimer.ui.preferences.language import LanguageChoice
from knotimer.ui.preferences.sounds import SoundsPage


@dataclass(frozen=True, slots=True)
class Chosen:
    """What the dialog's OK hands back to the window."""

    hold_s: int
    cues: CuePreferences
    theme: ThemeChoice
    voice: str
    press_and_hold: bool = False
    hold_key: str = "Space"
    device: str = ""  # the output device's id (hex); '' for the default
    sounds: dict[str, str] | None = None  # cue -> one's own sound, prepared as a WAV


class PreferencesDialog(QDialog):
    """Every preference in one place; stored in QSettings when the user presses OK."""

    def __init__(
        self,
        settings: QSettings,
        *,
        hold_s: int,
        cues: CuePreferences,
        voices: list[str],
        data_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self.hold = QSpinBox(self)
        self.hold.setRange(MIN_HOLD_S, MAX_HOLD_S)
        self.hold.setSuffix(QCoreApplication.translate("PreferencesDialog", " s"))
        self.hold.setValue(hold_s)
        self.checks: dict[str, QCheckBox] = {}
        cue_box = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Cues"), self)
        cue_form = QFormLayout(cue_box)
        for name, text, tip in cue_choices():  # named as in the Cues menu
            box = QCheckBox(text, self)
            box.setToolTip(tip)
            box.setChecked(bool(getattr(cues, name)))
            self.checks[name] = box
            cue_form.addRow(box)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, VOLUME_MAX)
        self.volume.setValue(cues.volume)
        self.volume.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Volume"))
        cue_form.addRow(QCoreApplication.translate("PreferencesDialog", "Volume"), self.volume)
        self.voice = QComboBox(self)
        self.voice.addItem(
            QCoreApplication.translate("PreferencesDialog", "Automatic (your language)"), ""
        )
        for name in voices:
            self.voice.addItem(name, name)
        self.voice.setEnabled(bool(voices))
        if not voices:
            self.voice.setToolTip(
                QCoreApplication.translate(
                    "PreferencesDialog", "No voice is installed on this computer."
                )
            )
        current_voice = str(settings.value(VOICE_KEY, ""))
        self.voice.setCurrentIndex(max(0, self.voice.findData(current_voice)))
        cue_form.addRow(QCoreApplication.translate("PreferencesDialog", "Voice"), self.voice)

        self.theme = QComboBox(self)
        for choice, text in (
            (
                ThemeChoice.SYSTEM,
                QCoreApplication.translate("PreferencesDialog", "Follow the system"),
            ),
            (ThemeChoice.LIGHT, QCoreApplication.translate("PreferencesDialog", "Light")),
            (ThemeChoice.DARK, QCoreApplication.translate("PreferencesDialog", "Dark")),
        ):
            self.theme.addItem(text, choice.value)
        self.theme.setCurrentIndex(self.theme.findData(stored_choice(settings).value))
        self.idle_gap = QSpinBox(self)
        self.idle_gap.setRange(5, 240)
        self.idle_gap.setSuffix(QCoreApplication.translate("PreferencesDialog", " min"))
        self.idle_gap.setValue(idle_gap_minutes(settings))
        self.idle_gap.setToolTip(
            QCoreApplication.translate(
                "PreferencesDialog", "After a pause this long, the next hold starts a new session"
            )
        )
        self.steps: dict[Step, QSpinBox] = {}
        lengths = stored_step_seconds(settings)  # unreadable values fall back to defaults
        general = QFormLayout()
        general.addRow(QCoreApplication.translate("PreferencesDialog", "Default hold"), self.hold)
        general.addRow(QCoreApplication.translate("PreferencesDialog", "Theme"), self.theme)
        self.language = LanguageChoice(settings, self)
        general.addRow(self.language.label_text(), self.language)
        general.addRow(
            QCoreApplication.translate("PreferencesDialog", "New session after a pause of"),
            self.idle_gap,
        )
        for step, text in (
            (Step.WARM_UP, QCoreApplication.translate("PreferencesDialog", "Routine: warm-up")),
            (
                Step.CROSS_FIBRE,
                QCoreApplication.translate("PreferencesDialog", "Routine: cross-fibre strokes"),
            ),
            (
                Step.FIND_KNOTS,
                QCoreApplication.translate("PreferencesDialog", "Routine: finding knots"),
            ),
        ):
            spin = QSpinBox(self)
            spin.setRange(*STEP_LIMITS_S)
            spin.setSuffix(QCoreApplication.translate("PreferencesDialog", " s"))
            spin.setValue(lengths[step])
            self.steps[step] = spin
            general.addRow(text, spin)

        data_box = QGroupBox(QCoreApplication.translate("PreferencesDialog", "Your data"), self)
        data_row = QHBoxLayout(data_box)
        folder_label = QLabel(str(data_folder), self)
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_label.setWordWrap(True)
        self.open_folder = QPushButton(
            QCoreApplication.translate("PreferencesDialog", "Open folder"), self
        )
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder)))
        )
        data_row.addWidget(folder_label, 1)
        data_row.addWidget(self.open_folder)
        self.data_row = data_row

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.handsfree = HandsFreePage(settings, self)
        self.sounds = SoundsPage(settings, self)
        self.tabs = QTabWidget(self)
        general_page = QWidget(self)
        general_column = QVBoxLayout(general_page)
        general_column.addLayout(general)
        general_column.addWidget(data_box)
        general_column.addStretch(1)
        cue_page = QWidget(self)
        QVBoxLayout(cue_page).addWidget(cue_box)
        for page, title in (
            (general_page, QCoreApplication.translate("PreferencesDialog", "&General")),
            (cue_page, QCoreApplication.translate("PreferencesDialog", "&Cues")),
            (self.handsfree, QCoreApplication.translate("PreferencesDialog", "&Hands-free")),
            (self.sounds, QCoreApplication.translate("PreferencesDialog", "S&ounds")),
        ):
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def chosen(self) -> Chosen:
        """The values as set in the dialog."""
        cues = CuePreferences.from_mapping(
            {name: box.isChecked() for name, box in self.checks.items()}
            | {"volume": self.volume.value()}
        )
        return Chosen(
            hold_s=self.hold.value(),
            cues=cues,
            theme=ThemeChoice(self.theme.currentData()),
            voice=str(self.voice.currentData() or ""),
            press_and_hold=self.handsfree.press.isChecked(),
            hold_key=self.handsfree.key_text(),
            device=self.sounds.device_id(),
            sounds={cue.value: self.sounds.wavs.get(cue, "") for cue in Cue},
        )

    def store(self) -> Chosen:
        """Write every value to QSettings and return them."""
        chosen = self.chosen()
        settings = self._settings
        settings.setValue("hold/length_s", chosen.hold_s)
        settings.setValue(THEME_KEY, chosen.theme.value)
        settings.setValue(VOICE_KEY, chosen.voice)
        settings.setValue(IDLE_GAP_KEY, self.idle_gap.value())
        self.language.store()
        for step, spin in self.steps.items():
            settings.setValue(f"routine/{step.value}", spin.value())
        settings.setValue(PRESS_AND_HOLD_KEY, chosen.press_and_hold)
        settings.setValue(HOLD_KEY_KEY, chosen.hold_key)
        settings.setValue(OUTPUT_DEVICE_KEY, chosen.device)
        for cue in Cue:
            set_sound_file(settings, cue.value, self.sounds.sources.get(cue, ""))
        return chosen
