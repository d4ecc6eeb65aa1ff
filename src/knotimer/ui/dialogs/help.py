"""Help: the keyboard shortcuts sheet and a short "how to use knotimer" page."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def shortcuts_html(actions: list[QAction]) -> str:
    """A table of every command with a shortcut, read from the actions themselves."""
    rows = []
    seen: set[str] = set()
    for action in actions:
        if action.objectName() == "tenderness-digit":
            continue
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k and k not in seen]
        if not keys:
            continue
        seen.update(keys)
        name = action.text().replace("&", "").rstrip("…").rstrip(".")
        # The tips end with their key in brackets, e.g. "(Space)": here the key has its column.
        tip = re.sub(r"\s*\([^()]*\)$", "", action.statusTip())
        rows.append(
            f"<tr><td><b>{escape(' / '.join(keys))}</b></td>"
            f"<td><b>{escape(name)}</b>: {escape(tip)}</td></tr>"
        )
    mouse = [
        (
            QCoreApplication.translate("Help", "0-9 (1 then 0 = 10)"),
            QCoreApplication.translate(
                "Help", "Tenderness before the next hold, or after the one just finished"
            ),
        ),
        (
            QCoreApplication.translate("Help", "Click a muscle"),
            QCoreApplication.translate(
                "Help", "Mark a knot there, or select the spot you click near"
            ),
        ),
        (
            QCoreApplication.translate("Help", "Drag a spot"),
            QCoreApplication.translate("Help", "Move it to where the knot really is"),
        ),
        (
            QCoreApplication.translate("Help", "Arrow keys, Enter"),
            QCoreApplication.translate("Help", "On the diagram: move the crosshair, mark a knot"),
        ),
        (
            QCoreApplication.translate("Help", "Tab / Shift+Tab"),
            QCoreApplication.translate("Help", "On the diagram: step through today's spots"),
        ),
        (
            QCoreApplication.translate("Help", "Delete"),
            QCoreApplication.translate("Help", "On the diagram: remove the selected spot"),
        ),
    ]
    rows += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>" for k, t in mouse]
    return (
        "<h3>" + escape(QCoreApplication.translate("Help", "Keyboard and mouse")) + "</h3>"
        "<table cellspacing=0 cellpadding=4>" + "".join(rows) + "</table>"
    )


def how_to_html() -> str:
    """The short guide."""
    return QCoreApplication.translate(
        "Help",
        "<h3>How to use knotimer</h3>"
        "<ol>"
        "<li>Sit down, cross the sore leg over the other (or turn the knee outwards) so you "
        "can reach the back of the calf.</li>"
        "<li>Warm the calf up with long, gentle strokes, then work across it with your "
        "thumbs. The guided routine (Ctrl+G) walks you through this.</li>"
        "<li>Press a little deeper to find a knot: a spot that feels tighter or more tender. "
        "Click the same place on the diagram.</li>"
        "<li>Press <b>Space</b> and keep a steady, moderate pressure on the knot. The sound "
        "and the flash tell you when the time is up. If the knot lets go earlier, press "
        "<b>Enter</b>; for more time, press <b>+</b>.</li>"
        "<li>Every hold is saved as soon as it ends. Today's list shows what you treated.</li>"
        "</ol>"
        "<p>knotimer is a self-care aid, not medical advice. If a calf is swollen, warm or "
        "red, or the pain came on suddenly, please see a doctor before massaging it "
        "(Help ▸ Before you start).</p>",
    )


class HelpDialog(QDialog):
    """A scrollable page of help."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """As large as the page, so it needs no scrolling (within the screen)."""
        document = self.browser.document()
        document.setTextWidth(720)
        width = round(document.idealWidth()) + 40
        height = round(document.size().height()) + 90
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(max(420, width), max(240, height))


def shortcuts_dialog(parent: QWidget, actions: list[QAction]) -> HelpDialog:
    """The keyboard shortcuts sheet."""
    return HelpDialog(
        QCoreApplication.translate("Help", "Keyboard shortcuts"), shortcuts_html(actions), parent
    )


def how_to_dialog(parent: QWidget) -> HelpDialog:
    """The how-to page."""
    return HelpDialog(
        QCoreApplication.translate("Help", "How to use knotimer"), how_to_html(), parent
    )
