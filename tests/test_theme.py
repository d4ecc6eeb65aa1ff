from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from knotimer.core.store import Store
from knotimer.ui.common.theme import (
    CONTRAST_PAIRS,
    ThemeChoice,
    apply_theme,
    contrast_ratio,
    palette_for,
)

from fakes import FakeClock
from qtsupport import kept_palette, make_window


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, with its palette restored after the test whether it passes or not."""
    with kept_palette(qapp):
        yield qapp


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("pair", CONTRAST_PAIRS, ids=lambda p: f"{p[0].name}-on-{p[1].name}")
def test_text_contrast_meets_wcag_aa(qapp: QApplication, dark: bool, pair: tuple) -> None:  # type: ignore[type-arg]
    palette = palette_for(dark)
    foreground, background = pair
    assert contrast_ratio(palette.color(foreground), palette.color(background)) >= 4.5


def test_the_contrast_formula_matches_known_values(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_the_theme_menu_applies_and_remembers(
    qtbot: QtBot, store: Store, clock: FakeClock, tmp_path: Path, themed_app: QApplication
) -> None:
    qapp = themed_app
    window = make_window(store, clock, tmp_path)
    qtbot.addWidget(window)
    window.theme_actions[ThemeChoice.DARK].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    again = make_window(store, clock, tmp_path)
    qtbot.addWidget(again)
    assert again.theme_actions[ThemeChoice.DARK].isChecked()
    again.theme_actions[ThemeChoice.LIGHT].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_a_failed_assertion_does_not_leak_the_dark_palette(qapp: QApplication) -> None:
    def a_failing_dark_theme_test() -> None:
        with kept_palette(qapp):
            apply_theme(ThemeChoice.DARK)
            raise AssertionError("the test failed while the palette was dark")

    before = qapp.palette().color(QPalette.ColorRole.Window)
    assert before.lightness() > 60  # light to begin with, or the check below proves nothing
    with pytest.raises(AssertionError):
        a_failing_dark_theme_test()
    assert qapp.palette().color(QPalette.ColorRole.Window) == before
