"""The window's first frame: the calves and the dial where they will be, while the rest is built.

At close the window leaves a picture of the calves and of its ready dial, and where they
sat, in the user's cache folder (framecache.py). The next start paints that frame at once,
two parts of one picture and no drawing (not even the dial: its module and Qt's ``Qt``
namespace load after the frame), and builds the rest of the window behind it; the window
then lays itself out at the same size the same way, so nothing moves. A missing, damaged,
foreign or mismatched cache is ignored: the window is then built in full before it is
shown, as on a first start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QWidget

from knotimer.ui.main.framecache import CachedFrame, FrameLayout

if TYPE_CHECKING:
    from knotimer.ui.common.countdown import CountdownDisplay
    from knotimer.ui.main.window import MainWindow


def frame_of(window: MainWindow) -> CachedFrame | None:
    """The window's frame as it is laid out now, to be shown first at the next start."""
    from knotimer.ui.common.countdown import CountdownDisplay, DialFace

    central = window.centralWidget()
    if central is None or not window.attached:
        return None
    rect, picture = window.diagram.drawing_picture()
    drawing = rect.toRect().translated(window.diagram.mapTo(central, QPoint(0, 0)))
    dial = window.panel.countdown
    length_s = window.session.length_s
    layout = FrameLayout(
        central.size(),
        window.devicePixelRatioF(),
        QRect(drawing.topLeft(), picture.deviceIndependentSize().toSize()),
        QRect(dial.mapTo(central, QPoint(0, 0)), dial.size()),
        length_s,
        is_dark(window.palette()),
    )
    inside = central.rect()
    if picture.isNull() or not inside.contains(layout.drawing) or not inside.contains(layout.dial):
        return None
    ready = CountdownDisplay(central)  # the dial as the next start shows it: ready, this long
    try:
        ready.setVisible(False)
        ready.resize(dial.size())
        ready.show_face(DialFace.ready(length_s))
        return CachedFrame.of(layout, picture, ready.grab())
    finally:
        ready.setParent(None)
        ready.deleteLater()


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark theme's (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class FirstFrame(QWidget):
    """The central area before the window is built: the cached calves and ready dial.

    Both are pictures when the cached dial shows this start's hold length in this theme;
    else the dial is drawn (its module loads then). Nothing shows at another size, and only
    the background in another theme.
    """

    painted = Signal()  # the frame is on the screen (once)

    def __init__(self, frame: CachedFrame, length_s: int, dark: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_shown = frame.layout
        self.setAutoFillBackground(True)  # not fillRect: its overloads make Qt's enums
        self._frame = frame
        self._same_theme = dark == frame.layout.dark
        same_dial = self._same_theme and length_s == frame.layout.ready_s
        self._dial_is_picture = same_dial
        self.dial: CountdownDisplay | None = None  # drawn only when the picture will not do
        if not same_dial:
            from knotimer.ui.common.countdown import CountdownDisplay, DialFace

            self.dial = CountdownDisplay(self)
            self.dial.setGeometry(frame.layout.dial)
            self.dial.show_face(DialFace.ready(length_s))
        self._told = False

    @property
    def dial_is_picture(self) -> bool:
        """The cached picture of the ready dial is shown (nothing drawn for it)."""
        return self._dial_is_picture

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The dial only where the cached layout holds."""
        super().resizeEvent(event)
        if self.dial is not None:
            self.dial.setVisible(self.matches())

    def matches(self) -> bool:
        """True while the area has the size and theme the frame was cached at."""
        return self._same_theme and self.size() == self.layout_shown.central

    def paintEvent(self, event: QPaintEvent) -> None:
        """The window's background, and the calves and dial if size and theme are the same."""
        with QPainter(self) as painter:  # the background is filled by Qt (autoFillBackground)
            if self.matches():
                frame, shown = self._frame, self.layout_shown
                painter.drawPixmap(shown.drawing.topLeft(), frame.picture, frame.calves_source())
                if self._dial_is_picture:
                    painter.drawPixmap(shown.dial.topLeft(), frame.picture, frame.dial_source())
        if not self._told:
            self._told = True
            QTimer.singleShot(0, self, self.painted.emit)  # once this paint is flushed
