"""Light and dark palettes (WCAG AA contrast), following the system unless the user chooses."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory

Role = QPalette.ColorRole


class ThemeChoice(StrEnum):
    """What the user picked in View ▸ Theme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LIGHT = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1b1b1b",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#ececec",
    Role.Text: "#1b1b1b",
    Role.Button: "#e6e6e6",
    Role.ButtonText: "#1b1b1b",
    Role.Highlight: "#1f5fa8",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1b1b1b",
    Role.PlaceholderText: "#5f5f5f",
    Role.Link: "#1a4f8a",
    Role.BrightText: "#ffffff",
}
_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#17181a",
    Role.AlternateBase: "#26272a",
    Role.Text: "#e8e8e8",
    Role.Button: "#2d2e31",
    Role.ButtonText: "#e8e8e8",
    Role.Highlight: "#4a8fe0",
    Role.HighlightedText: "#0b0b0b",
    Role.ToolTipBase: "#2d2e31",
    Role.ToolTipText: "#e8e8e8",
    Role.PlaceholderText: "#a6a6a6",
    Role.Link: "#8ab8f0",
    Role.BrightText: "#ffffff",
}
# Pairs of (foreground, background) whose contrast must be at least 4.5:1.
CONTRAST_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Window),
)


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (where Qt can tell)."""
    from PySide6.QtCore import Qt  # its enums are made on first use: not before the first frame

    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() is Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    """A complete palette, with dimmer disabled text."""
    palette = QPalette()
    colours = _DARK if dark else _LIGHT
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(colours[Role.WindowText])
    disabled.setAlphaF(0.45)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(choice: ThemeChoice, *, system_dark: bool | None = None) -> bool:
    """Use the Fusion style with the chosen (or the system's) palette; True if dark.

    ``system_dark``: what the system is taken to ask for, instead of asking it.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if choice is ThemeChoice.SYSTEM:
        dark = system_is_dark() if system_dark is None else system_dark
    else:
        dark = choice is ThemeChoice.DARK
    if app.style().name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(palette_for(dark))
    return dark


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, from 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


THEME_KEY = "view/theme"


def stored_choice(settings: QSettings) -> ThemeChoice:
    """The saved theme choice (system when unset or unreadable)."""
    try:
        return ThemeChoice(str(settings.value(THEME_KEY, ThemeChoice.SYSTEM.value)))
    except ValueError:
        return ThemeChoice.SYSTEM


def add_theme_menu(menu: QMenu, settings: QSettings) -> dict[ThemeChoice, QAction]:
    """View ▸ Theme: system / light / dark, applied at once and remembered."""
    submenu = menu.addMenu(QCoreApplication.translate("Theme", "&Theme"))
    group = QActionGroup(submenu)
    names = {
        ThemeChoice.SYSTEM: QCoreApplication.translate("Theme", "Follow the &system"),
        ThemeChoice.LIGHT: QCoreApplication.translate("Theme", "&Light"),
        ThemeChoice.DARK: QCoreApplication.translate("Theme", "&Dark"),
    }
    current = stored_choice(settings)
    actions: dict[ThemeChoice, QAction] = {}
    for choice, name in names.items():
        action = submenu.addAction(name)
        action.setCheckable(True)
        action.setChecked(choice is current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, choice=choice: _choose(settings, choice))
        actions[choice] = action
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(stored_choice(settings)))
    apply_theme(current)
    return actions


def _choose(settings: QSettings, choice: ThemeChoice) -> None:
    settings.setValue(THEME_KEY, choice.value)
    apply_theme(choice)
