"""A pseudo-translation for tests, and every text a widget shows, so nothing slips through.

Each text becomes '[!! Ŝţåŕţ ĥöļð !!]': bracketed, so cut-off texts show, and every plain
letter accented, so a text that did not go through a translation still has plain letters.
Placeholders, %n, HTML tags and entities stay as they are; date patterns are left alone.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from knotimer.app.localformat import DATES_CONTEXT

from tsfiles import updater

PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ"
ACCENT = str.maketrans(PLAIN, ACCENTED)
KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%\d+|<[^<>]*>|&[a-zA-Z]+;|&#\d+;)")
LEFT, RIGHT = "[!! ", " !!]"
LETTER = re.compile(r"[A-Za-z]")


def pseudo(text: str) -> str:
    """'Start hold' -> '[!! Ŝţåŕţ ĥöļð !!]', keeping {fields}, %n, tags and entities."""
    parts = KEEP.split(text)
    out = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENT) for part in parts)
    if out.startswith("<"):  # rich text: the marks go inside the outer tags, so it stays rich
        first = out.index(">") + 1
        last = out.rindex("<") if out.endswith(">") else len(out)
        return out[:first] + LEFT + out[first:last] + RIGHT + out[last:]
    return LEFT + out + RIGHT


def write_pseudo(ts: Path) -> Path:
    """Fill a fresh .ts (every text unfinished) with pseudo-translations; build its .qm."""
    tree = ET.parse(ts)  # noqa: S314 (a file lupdate has just written)
    for context in tree.getroot().iter("context"):
        keep = context.findtext("name") == DATES_CONTEXT  # patterns, not words
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            text = source if keep else pseudo(source)
            forms = list(translation.iter("numerusform"))
            if message.get("numerus") == "yes":
                for form in forms:
                    form.text = text
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return updater().lrelease(ts)


def untranslated(text: str, allowed: Iterable[str] = ()) -> bool:
    """True if ``text`` has plain letters left once the allowed words are taken out."""
    rest = text
    for word in sorted(allowed, key=len, reverse=True):
        if word:
            rest = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", " ", rest)
    return bool(LETTER.search(rest))


def plain(text: str) -> str:
    """Rich text as the words it shows."""
    if "<" in text and GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def painted(widget: QWidget) -> list[str]:
    """Every text the widget paints, read from an SVG rendering of it (charts, dial, drawing)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size() if widget.width() > 1 else QSize(800, 600)
    generator.setSize(size)
    widget.render(generator)
    svg = bytes(QByteArray(buffer.data())).decode("utf-8")
    found = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.DOTALL)
    return [html.unescape(text).strip() for text in found if text.strip()]


def _standard(button: QAbstractButton) -> bool:
    """A Qt standard button (OK, Cancel, Close, Yes, No): Qt's own translation names it."""
    box = button.parent()
    while box is not None:
        if isinstance(box, QDialogButtonBox):
            return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
        if isinstance(box, QMessageBox):
            return box.standardButton(button) != QMessageBox.StandardButton.NoButton
        box = box.parent()
    return False


def _in_qt_widget(widget: QWidget) -> bool:
    """Inside a calendar: month and weekday names come from QLocale, its tips from Qt."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def model_texts(view: QAbstractItemView) -> list[str]:
    """Headers and cells of a view's model: shown, as tips or to a screen reader."""
    model = view.model()
    if model is None:
        return []
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.StatusTipRole,
    )
    texts = []
    for column in range(model.columnCount()):
        texts += [
            str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
            for role in roles[:2]
        ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            texts += [str(model.data(index, role) or "") for role in roles]
    return texts


def action_texts(action: QAction) -> list[str]:
    """An action's words: its text, tip and status tip."""
    return [action.text(), action.toolTip(), action.statusTip(), action.whatsThis()]


def widget_texts(widget: QWidget) -> list[str]:
    """One widget's own words (not its children's)."""
    texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    texts += [widget.accessibleName(), widget.accessibleDescription()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QAbstractButton) and not _standard(widget):
        texts.append(widget.text())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QTextBrowser):
        texts.append(widget.toPlainText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            texts += [widget.tabText(tab), widget.tabToolTip(tab)]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QSpinBox):
        texts += [widget.prefix(), widget.suffix()]
    if isinstance(widget, QAbstractSpinBox):
        texts.append(widget.specialValueText())
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QAbstractItemView):
        texts += model_texts(widget)
    return texts


def every_text(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every word the window and its children show, paint or tell."""
    found: list[tuple[str, str]] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if _in_qt_widget(widget) or not (widget is window or widget.isVisible()):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [(where, plain(t)) for t in widget_texts(widget) if t]
    actions = set(window.findChildren(QAction))
    for menu in window.findChildren(QMenu):
        actions.update(menu.actions())
    for action in actions:
        found += [(f"action {action.text()!r}", t) for t in action_texts(action) if t]
    found += [(f"painted in {type(window).__name__}", t) for t in painted(window)]
    return found


def qt_words(window: QWidget) -> set[str]:
    """Qt's own words: key names ('Ctrl', 'Space'), standard buttons ('OK', 'Cancel').

    Qt's own translation (qtbase_<language>.qm, installed beside knotimer's) covers them.
    A painted button text is split where its accelerator is underlined ('Y' 'es').
    """
    names = set()
    for button in window.findChildren(QAbstractButton):
        if _standard(button):
            text, at = button.text().replace("&", ""), button.text().find("&")
            names |= {text, text[:at], text[at : at + 1], text[at + 1 :]} if at >= 0 else {text}
    actions = {*window.findChildren(QAction), *window.actions()}
    for menu in window.findChildren(QMenu):
        actions.update(menu.actions())
    for action in actions:
        for sequence in action.shortcuts():
            names.add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    return {word for name in names for word in re.split(r"[^A-Za-z]+", name) if word}
