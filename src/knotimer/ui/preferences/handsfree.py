"""Preferences for hands-free use: press-and-hold, and the hold key (a foot pedal's, say)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QWidget,
)

from knotimer.app.settings import DEFAULT_HOLD_KEY, hold_key, press_and_hold


class HandsFreePage(QWidget):
    """Press-and-hold on or off, and which key holds."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.press = QCheckBox(
            QCoreApplication.translate(
                "HandsFreePage", "&Press and hold: a hold lasts while the hold key is down"
            ),
            self,
        )
        self.press.setChecked(press_and_hold(settings))
        self.key = QKeySequenceEdit(QKeySequence(hold_key(settings)), self)
        self.key.setMaximumSequenceLength(1)
        self.key.setAccessibleName(QCoreApplication.translate("HandsFreePage", "Hold key"))
        self.space = QPushButton(QCoreApplication.translate("HandsFreePage", "Use &Space"), self)
        self.space.clicked.connect(lambda: self.key.setKeySequence(QKeySequence(DEFAULT_HOLD_KEY)))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.space)
        hint = QLabel(
            QCoreApplication.translate(
                "HandsFreePage",
                "A USB foot pedal types a key: click the box and press the pedal to make it "
                "the hold key. Without press and hold, the hold key starts and pauses a hold. "
                "The play/pause key of a keyboard, headset or remote works too, also while "
                "knotimer is in the background.",
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.press)
        key_label = QLabel(QCoreApplication.translate("HandsFreePage", "Hold &key"), self)
        key_label.setBuddy(self.key)
        form.addRow(key_label, key_row)
        form.addRow(hint)

    def key_text(self) -> str:
        """The hold key as portable text ('Space' when the box was cleared)."""
        text = self.key.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return text or DEFAULT_HOLD_KEY
