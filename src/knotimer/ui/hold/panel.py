"""The hold controls: countdown, hold length (10 / 20 / 30 s presets and a spin box), buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from knotimer.core.holdtimer import MAX_HOLD_S, MIN_HOLD_S
from knotimer.ui.common.actions import WindowActions
from knotimer.ui.common.countdown import CountdownDisplay

PRESETS_S = (10, 20, 30)


class SpaceForShortcuts(QObject):
    """Stops a text field from claiming Space, so Space always starts or pauses the hold."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuse the shortcut override for Space (the hold's key), let everything else pass."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            event.ignore()
            return True
        return False


class HoldPanel(QWidget):
    """Countdown on top, then the hold length, then the hold buttons."""

    lengthChanged = Signal(int)

    def __init__(
        self, actions: WindowActions, length_s: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._base_point = self.font().pointSizeF()
        self.countdown = CountdownDisplay(self)
        # Its accessible name is what it shows ("12 hold"); the description says what it is.
        self.countdown.setAccessibleDescription(
            QCoreApplication.translate("HoldPanel", "Hold countdown")
        )

        self.length = QSpinBox(self)
        self.length.setRange(MIN_HOLD_S, MAX_HOLD_S)
        self.length.setSuffix(QCoreApplication.translate("HoldPanel", " s"))
        self.length.setAccessibleName(
            QCoreApplication.translate("HoldPanel", "Hold length in seconds")
        )
        self.length.setToolTip(
            QCoreApplication.translate(
                "HoldPanel", "How long each hold lasts, from 10 to 30 seconds"
            )
        )
        # Keys typed into the box must not start holds: Space and Enter stay with the actions.
        self.length.setKeyboardTracking(False)
        self._space_filter = SpaceForShortcuts(self)
        self.length.installEventFilter(self._space_filter)
        self.length.lineEdit().installEventFilter(self._space_filter)
        self.presets = QButtonGroup(self)
        self.presets.setExclusive(False)
        length_row = QHBoxLayout()
        length_label = QLabel(QCoreApplication.translate("HoldPanel", "Hold for"), self)
        length_label.setBuddy(self.length)
        length_row.addWidget(length_label)
        for seconds in PRESETS_S:
            button = QToolButton(self)
            button.setText(QCoreApplication.translate("HoldPanel", "{n} s").format(n=seconds))
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("HoldPanel", "Hold for {n} seconds").format(n=seconds)
            )
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.presets.addButton(button, seconds)
            length_row.addWidget(button)
        length_row.addWidget(self.length)
        length_row.addStretch(1)

        self.start_button = self._button(actions.start_pause, primary=True)
        self.release_button = self._button(actions.release)
        self.cancel_button = self._button(actions.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 2)
        buttons.addWidget(self.release_button, 1)
        buttons.addWidget(self.cancel_button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.countdown, 1)
        layout.addLayout(length_row)
        layout.addLayout(buttons)

        self.presets.idClicked.connect(self.set_length)
        self.length.valueChanged.connect(self._length_edited)
        self.set_length(length_s)

    def _button(self, action: object, *, primary: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)  # type: ignore[arg-type]
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(44 if primary else 36)
        if primary:
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            button.setFont(font)
        return button

    def set_text_scale(self, scale: float) -> None:
        """Larger windows, larger buttons and text beside the dial."""
        for button, factor in (
            (self.start_button, 1.3),
            (self.release_button, 1.0),
            (self.cancel_button, 1.0),
        ):
            font = button.font()
            font.setPointSizeF(self._base_point * factor * scale)
            button.setFont(font)
            button.setMinimumHeight(round((44 if factor > 1 else 36) * scale))

    def length_s(self) -> int:
        """The chosen hold length."""
        return self.length.value()

    @Slot(int)
    def set_length(self, seconds: int) -> None:
        """Choose a hold length (clamped to 10-30)."""
        self.length.setValue(seconds)
        self._sync_presets(self.length.value())

    @Slot(int)
    def _length_edited(self, seconds: int) -> None:
        self._sync_presets(seconds)
        self.lengthChanged.emit(seconds)

    def _sync_presets(self, seconds: int) -> None:
        """The chosen preset in the highlight colour and bold, in either theme."""
        for button in self.presets.buttons():
            chosen = self.presets.id(button) == seconds
            button.setChecked(chosen)
            palette = self.palette()
            if chosen:
                palette.setColor(
                    QPalette.ColorRole.Button, palette.color(QPalette.ColorRole.Highlight)
                )
                palette.setColor(
                    QPalette.ColorRole.ButtonText,
                    palette.color(QPalette.ColorRole.HighlightedText),
                )
            button.setPalette(palette)
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the chosen preset takes the new highlight colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "presets"):
            self._sync_presets(self.length.value())
