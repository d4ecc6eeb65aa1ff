"""Preferences for the sounds: the output device, one's own sound for each cue, a test each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knotimer.app.settings import output_device, sound_file
from knotimer.ui.common.cues import Cue, CuePlayer, device_key
from knotimer.ui.common.soundfile import SoundCheck, cached_wav


def _cue_names() -> dict[Cue, str]:
    return {
        Cue.START: QCoreApplication.translate("SoundsPage", "Start of a hold"),
        Cue.END: QCoreApplication.translate("SoundsPage", "End of a hold"),
        Cue.TICK: QCoreApplication.translate("SoundsPage", "Ticks"),
    }


class SoundsPage(QWidget):
    """Which device plays the cues, and which sound each cue makes (checked when chosen)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = QComboBox(self)
        self.device.setAccessibleName(QCoreApplication.translate("SoundsPage", "Sound output"))
        self.device.addItem(QCoreApplication.translate("SoundsPage", "The system's default"), "")
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            outputs = []
        else:
            outputs = list(QMediaDevices.audioOutputs())
        for device in outputs:
            self.device.addItem(device.description(), device_key(device))
        self.device.setCurrentIndex(max(0, self.device.findData(output_device(settings))))
        self.sources: dict[Cue, str] = {}
        self.wavs: dict[Cue, str] = {}
        self.names: dict[Cue, QLabel] = {}
        self.tests: dict[Cue, QPushButton] = {}
        self._checks: list[SoundCheck] = []
        self._preview: CuePlayer | None = None
        grid = QGridLayout()
        through = QLabel(QCoreApplication.translate("SoundsPage", "Play &through"), self)
        through.setBuddy(self.device)
        grid.addWidget(through, 0, 0)
        grid.addWidget(self.device, 0, 1, 1, 4)
        for row, (cue, title) in enumerate(_cue_names().items(), start=1):
            source = sound_file(settings, cue.value)
            wav = cached_wav(Path(source), cue.value) if source else None
            if source and wav is not None and wav.is_file():
                self.sources[cue], self.wavs[cue] = source, str(wav)
            self.names[cue] = QLabel(self)
            choose = QPushButton(QCoreApplication.translate("SoundsPage", "Choose…"), self)
            builtin = QPushButton(QCoreApplication.translate("SoundsPage", "Built-in"), self)
            test = QPushButton(QCoreApplication.translate("SoundsPage", "Test"), self)
            for button, text in (
                (
                    choose,
                    QCoreApplication.translate("SoundsPage", "Choose a sound file for: {cue}"),
                ),
                (builtin, QCoreApplication.translate("SoundsPage", "Built-in sound for: {cue}")),
                (test, QCoreApplication.translate("SoundsPage", "Test the sound for: {cue}")),
            ):
                button.setAccessibleName(text.format(cue=title))
            choose.clicked.connect(lambda _c=False, cue=cue: self.choose(cue))
            builtin.clicked.connect(lambda _c=False, cue=cue: self.use_builtin(cue))
            test.clicked.connect(lambda _c=False, cue=cue: self.test(cue))
            self.tests[cue] = test
            grid.addWidget(QLabel(title, self), row, 0)
            grid.addWidget(self.names[cue], row, 1)
            grid.addWidget(choose, row, 2)
            grid.addWidget(builtin, row, 3)
            grid.addWidget(test, row, 4)
            self._show(cue)
        grid.setColumnStretch(1, 1)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        hint = QLabel(
            QCoreApplication.translate(
                "SoundsPage",
                "Your own sound can be a WAV, OGG, FLAC or MP3 file of up to 10 seconds. "
                "knotimer keeps a copy it can play at once, so the cues stay on time.",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def device_id(self) -> str:
        """The chosen output device's id (hex), '' for the default."""
        return str(self.device.currentData() or "")

    def _show(self, cue: Cue) -> None:
        source = self.sources.get(cue)
        label = self.names[cue]
        label.setText(
            Path(source).name
            if source
            else QCoreApplication.translate("SoundsPage", "built-in sound")
        )
        label.setToolTip(source or "")

    def choose(self, cue: Cue) -> None:
        """Ask for a file, then check it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SoundsPage", "Choose a sound"),
            str(Path.home()),
            QCoreApplication.translate("SoundsPage", "Sounds (*.wav *.ogg *.oga *.flac *.mp3)"),
        )
        if path:
            self.use_file(cue, Path(path))

    def use_file(self, cue: Cue, source: Path) -> SoundCheck:
        """Check ``source``; on success it becomes ``cue``'s sound, else one clear message."""
        check = SoundCheck(source, cached_wav(source, cue.value), self)
        check.ready.connect(lambda wav: self._chosen(cue, str(source), wav))
        check.failed.connect(self._refused)
        self._checks.append(check)
        check.start()
        return check

    def _chosen(self, cue: Cue, source: str, wav: str) -> None:
        self.sources[cue], self.wavs[cue] = source, wav
        self._show(cue)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(
            self,
            QCoreApplication.translate("SoundsPage", "This sound cannot be used"),
            message
            + " "
            + QCoreApplication.translate("SoundsPage", "The sound you had stays as it was."),
        )

    def use_builtin(self, cue: Cue) -> None:
        """Back to knotimer's own sound for ``cue``."""
        self.sources.pop(cue, None)
        self.wavs.pop(cue, None)
        self._show(cue)

    def test(self, cue: Cue) -> None:
        """Play ``cue`` as it is chosen here, through the chosen device."""
        if self._preview is None:
            self._preview = CuePlayer(self)
            self._preview.unavailable.connect(self.notice.setText)
        self._preview.set_device(self.device_id())
        self._preview.set_own_sound(cue, self.wavs.get(cue, ""))
        self._preview.play(cue)
