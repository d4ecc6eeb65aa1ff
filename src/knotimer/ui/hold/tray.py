"""A system-tray icon showing the seconds left, and a note when a hold ends unseen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

ICON_SIZE = 64


def seconds_icon(seconds: int | None, base: QIcon) -> QIcon:
    """The app icon, or a round badge with the seconds left."""
    if seconds is None:
        return base
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    with QPainter(pixmap) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#2e7d32"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, 2, ICON_SIZE - 4, ICON_SIZE - 4)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(34 if seconds < 100 else 26)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRect(0, 0, ICON_SIZE, ICON_SIZE), Qt.AlignmentFlag.AlignCenter, str(seconds)
        )
    return QIcon(pixmap)


class HoldTray(QObject):
    """Present only where a system tray exists; otherwise :attr:`available` is False."""

    activated = Signal()  # the user clicked the icon: bring the window forward

    def __init__(self, base_icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base_icon
        self._shown: int | None = None
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._icon: QSystemTrayIcon | None = None
        if self.available:
            self._icon = QSystemTrayIcon(base_icon, self)
            self._icon.setToolTip("knotimer")
            self._icon.activated.connect(self._clicked)

    def set_visible(self, visible: bool) -> None:
        """Show or hide the icon (no-op without a tray)."""
        if self._icon is not None:
            self._icon.setVisible(visible)

    def show_seconds(self, seconds: int | None) -> None:
        """Seconds left on the icon, or the plain app icon (None)."""
        if self._icon is None or seconds == self._shown:
            return
        self._shown = seconds
        self._icon.setIcon(seconds_icon(seconds, self._base))
        self._icon.setToolTip(
            "knotimer"
            if seconds is None
            else QCoreApplication.translate("HoldTray", "{n} s left").format(n=seconds)
        )

    def notify_done(self, spot_name: str) -> None:
        """A short notification that the hold is complete."""
        if self._icon is not None and self._icon.isVisible():
            self._icon.showMessage(
                QCoreApplication.translate("HoldTray", "Hold complete"),
                QCoreApplication.translate("HoldTray", "You can release {spot} now.").format(
                    spot=spot_name
                ),
                QSystemTrayIcon.MessageIcon.Information,
                5000,
            )

    @Slot(QSystemTrayIcon.ActivationReason)
    def _clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.activated.emit()
