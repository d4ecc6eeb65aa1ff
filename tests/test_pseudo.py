"""Under a pseudo-translation every text is wrapped: a plain word left was never translated.

The pseudo-translation is built here from what lupdate finds in the code now ('[!! Ŝţåŕţ
ĥöļð !!]'), installed the way knotimer installs a language, and then the window in its states,
its menus, each dialog, History, the routine panel, the tray and the PDF report are read: their
properties, their models and what they paint. Only these may keep plain letters (ALLOWED).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from knotimer.app.languages import Language
from knotimer.app.settings import save_check
from knotimer.core.anatomy import Muscle, Region, Side
from knotimer.core.backup import Backup, CheckedBackup
from knotimer.core.holdtimer import HoldResult, Outcome
from knotimer.core.safety import SafetyCheck
from knotimer.core.store import Store
from knotimer.ui.common.accessible import Announcer
from knotimer.ui.dialogs import recovery
from knotimer.ui.dialogs.safety import YES, SafetyDialog
from knotimer.ui.handsfree.mpris import MediaPlayer
from knotimer.ui.handsfree.notify import EndNotice
from knotimer.ui.main.firstframe import frame_of
from knotimer.ui.main.window import MainWindow
from knotimer.ui.report.pdf import write_report

from fakes import FakeClock
from pseudo import LEFT, every_text, qt_words, untranslated, write_pseudo
from qtsupport import pdf_text, shown_window
from tsfiles import installed_language, lupdate_messages

# Words that may stay as they are, and why: each is someone else's text, not knotimer's.
ALLOWED = {
    "knotimer": "the product's name, the same in every language",
    "Show Details...": "Qt's own QMessageBox button (Qt's qtbase translation names it)",
    "Hide Details...": "Qt's own QMessageBox button (Qt's qtbase translation names it)",
    "Press shortcut": "Qt's own QKeySequenceEdit placeholder (Qt's qtbase translation)",
    "Scroll Left": "Qt's own QTabBar scroll button (Qt's qtbase translation)",
    "Scroll Right": "Qt's own QTabBar scroll button (Qt's qtbase translation)",
    "English": "a language's own name in the language list, so anyone can find theirs",
    "Deutsch": "a language's own name in the language list, so anyone can find theirs",
}
SOLEUS = Region(Side.LEFT, Muscle.SOLEUS)
MEDIAL = Region(Side.RIGHT, Muscle.GASTROCNEMIUS_MEDIAL)


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    lupdate_messages(folder, "eo")
    write_pseudo(folder / "knotimer_eo.ts")
    return folder


@pytest.fixture
def pseudo(qapp: object, pseudo_folder: Path) -> Iterator[Language]:
    with installed_language("eo", pseudo_folder) as language:
        assert language.code == "eo"
        yield language


def locale_words() -> set[str]:
    """Month and weekday names, and AM/PM: the locale's data, not a translation."""
    locale = QLocale()
    words = {locale.amText(), locale.pmText()}
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for month in range(1, 13):
            words |= {locale.monthName(month, form), locale.standaloneMonthName(month, form)}
        for day in range(1, 8):
            words |= {locale.dayName(day, form), locale.standaloneDayName(day, form)}
    return {w for w in words if len(w) > 1}


class Seen:
    """Every text read so far, with where it was; the plain ones are the failures."""

    def __init__(self, data: Path) -> None:
        self.texts: list[tuple[str, str]] = []
        # The data folder's path, shown in Preferences: the user's own, not a text of ours.
        self.allowed = set(ALLOWED) | {w for w in re.split(r"[^A-Za-z]+", str(data)) if w}

    def read(self, widget: QWidget, where: str) -> None:
        self.allowed |= qt_words(widget) | locale_words()
        self.texts += [(f"{where}: {w}", t) for w, t in every_text(widget)]

    def add(self, where: str, *texts: str) -> None:
        self.texts += [(where, t) for t in texts if t]

    def plain(self) -> list[tuple[str, str]]:
        allowed = self.allowed | locale_words()
        return [(where, text) for where, text in self.texts if untranslated(text, allowed)]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, data_dir: Path) -> Seen:
    """Dialogs are read instead of waiting for a click; what they say goes into ``seen``."""
    found = Seen(data_dir)

    def read_dialog(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, QMessageBox):
            found.add(type(dialog).__name__, dialog.informativeText(), dialog.detailedText())
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):  # each page painted in turn
                tabs.setCurrentIndex(index)
                found.read(dialog, f"{dialog.windowTitle()} tab {index}")
        found.read(dialog, type(dialog).__name__)
        if isinstance(dialog, SafetyDialog):  # a yes: the note on seeing a doctor follows
            next(iter(dialog.groups.values())).button(YES).click()
            for group in list(dialog.groups.values())[1:]:
                group.button(0).click()
            found.read(dialog, "SafetyDialog answered")
            dialog.hide()
            return QDialog.DialogCode.Accepted.value
        dialog.hide()
        return QDialog.DialogCode.Rejected.value

    def static_box(icon: QMessageBox.Icon) -> Callable[..., QMessageBox.StandardButton]:
        def show(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            buttons = args[0] if args else QMessageBox.StandardButton.Ok
            read_dialog(QMessageBox(icon, title, text, buttons, parent))
            return QMessageBox.StandardButton.Cancel

        return show

    monkeypatch.setattr(QDialog, "exec", read_dialog)
    monkeypatch.setattr(QMessageBox, "exec", read_dialog)
    for name, icon in (
        ("information", QMessageBox.Icon.Information),
        ("warning", QMessageBox.Icon.Warning),
        ("question", QMessageBox.Icon.Question),
        ("critical", QMessageBox.Icon.Critical),
        ("about", QMessageBox.Icon.NoIcon),
    ):
        monkeypatch.setattr(QMessageBox, name, static_box(icon))

    def note(parent: QWidget, title: str, label: str, *args: Any) -> tuple[str, bool]:
        found.add("note dialog", title, label)
        return "", False

    def save_file(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        found.add("file dialog", caption, filters)
        return "", ""

    monkeypatch.setattr(QInputDialog, "getMultiLineText", note)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
    monkeypatch.setattr(Announcer, "announce", lambda _self, text, **_: found.add("spoken", text))
    return found


def record(store: Store, clock: FakeClock) -> None:
    """Yesterday: two knots held twice each, rated before and after, one let go early."""
    clock.jump_wall(timedelta(days=-1))
    for region, x, y in ((SOLEUS, 0.25, 0.62), (MEDIAL, 0.7, 0.45)):
        spot = store.add_spot(region, x, y, clock.now())
        for before, outcome in ((6, Outcome.COMPLETED), (5, Outcome.RELEASED)):
            result = HoldResult(clock.now(), 20.0, 14.0, 0.0, 0, outcome)
            made = store.record_hold(spot.id, result, tenderness_before=before, run_id="a")
            store.change(
                "UPDATE holds SET tenderness_after = ? WHERE id = ?", (before - 2, made.id)
            )
            clock.advance(30)
    clock.jump_wall(timedelta(days=1))


# The tray is made to look present on a platform that has none, so Qt grumbles about it.
@pytest.mark.qt_log_ignore("QSystemTrayIcon::setVisible: No Icon set", "systemTrayWindowChanged")
def test_the_main_window_menus_dialogs_and_history_are_all_translated(
    qtbot: QtBot,
    pseudo: Language,
    seen: Seen,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    told: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _i, *a: told.extend(a[:2]))
    record(store, clock)
    window = shown_window(qtbot, store, clock, tmp_path)
    session = window.session
    seen.read(window, "first look")
    assert any(LEFT in text for _, text in seen.texts)  # the pseudo-translation is in force
    spot = store.day_summary(clock.now().date() - timedelta(days=1))[0].spot
    spot_today = store.add_spot(SOLEUS, spot.x, spot.y, clock.now())
    session.refresh()
    window.commands.muscle_names.trigger()
    window.commands.knot_hints.trigger()
    window.table.selectRow(0)
    assert session.selected_spot() == spot_today.id
    seen.add("status", window.statusBar().currentMessage())
    # A hold: running, paused, ended, rated.
    window.commands.start_pause.trigger()
    seen.read(window, "holding")
    seen.add("status", window.statusBar().currentMessage())
    if window.tray._icon is not None:
        seen.add("tray tip", window.tray._icon.toolTip())
    window.commands.start_pause.trigger()
    seen.read(window, "paused")
    window.commands.start_pause.trigger()
    clock.advance(25)
    session.hold.check()
    seen.read(window, "time is up")
    seen.add("status", window.statusBar().currentMessage())
    seen.add("tray message", *told)
    clock.advance(4)
    session.hold.check()
    seen.read(window, "rating")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3)
    seen.read(window, "rated")
    seen.add("status", window.statusBar().currentMessage())
    window.commands.start_pause.trigger()
    clock.advance(5)
    window.commands.release.trigger()
    seen.read(window, "let go")
    seen.add("status", window.statusBar().currentMessage())
    # Dialogs, through the very actions the menus hold.
    for action in (
        window.commands.about,
        window.commands.shortcuts,
        window.commands.how_to,
        window.commands.preferences,
        window.commands.note,
        window.commands.export_csv,
        window.commands.report,
        window.commands.safety,
    ):
        action.trigger()
    seen.read(window, "after the check")  # the note on seeing a doctor
    window.table.selectRow(0)
    window.commands.delete_spot.trigger()  # it has holds yesterday: asked what to delete
    window.edit_dialogs.delete_everything()
    save_check(session.settings, SafetyCheck(clock.now().date(), frozenset()))
    window.commands.routine.trigger()  # which calf?
    session.guide.start((Side.LEFT, Side.RIGHT))
    seen.read(window, "routine")
    for _ in range(4):
        window.commands.routine_next.trigger()
        seen.read(window, "routine step")
    seen.add("status", window.statusBar().currentMessage())
    session.guide.leave()
    window.commands.mini_timer.trigger()
    seen.read(window.mini, "mini timer")
    window.commands.history.trigger()
    history = window.wiring.history
    assert history is not None
    qtbot.waitExposed(history)
    history.days.choose(clock.now().date() - timedelta(days=1))
    seen.read(history, "history days")
    history.tabs.setCurrentIndex(1)
    history.knots.knot_table.selectRow(0)
    seen.read(history, "history knots")
    # The window keeps its unsaved holds: asked before quitting.
    monkeypatch.setattr(session, "finish", lambda: False)
    window.close()
    monkeypatch.undo()
    read = {where.split(":")[0] for where, _ in seen.texts}
    assert {
        "tray tip",
        "spoken",
        "status",
        "note dialog",
        "file dialog",
        "HelpDialog",
        "PreferencesDialog",
        "SafetyDialog answered",
        "QMessageBox",
        "routine step",
        "mini timer",
        "history days",
        "history knots",
    } <= read
    assert seen.plain() == []


def test_the_start_up_dialogs_are_translated(
    qtbot: QtBot, pseudo: Language, seen: Seen, tmp_path: Path
) -> None:
    offered = CheckedBackup(Backup(Path("/0/1"), date(2026, 11, 20)), 4, 12)
    recovery.ask_about_damage("42", [Path("/0/2")], offered)
    recovery.ask_about_damage("42", [Path("/0/2")], None)
    recovery.ask_about_missing(Path("/0/3"), offered)
    recovery.tell_read_only("/0/4")
    recovery.tell_too_new(Path("/0/5"), 9, 4)
    recovery.tell_other_running(123, "")
    recovery.tell_other_running(123, "42")
    assert len(seen.texts) > 20
    assert seen.plain() == []


@pytest.mark.parametrize("days", [0, 40], ids=["one day", "a period"])
def test_the_pdf_report_is_translated(
    pseudo: Language, store: Store, clock: FakeClock, tmp_path: Path, days: int
) -> None:
    record(store, clock)
    target = tmp_path / "report.pdf"
    today = clock.now().date() - timedelta(days=1)  # the day with holds
    pages = write_report(store, today - timedelta(days=days), today, target)
    text = "".join(pdf_text(target, page) for page in range(1, pages + 1))
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) > 10
    allowed = set(ALLOWED) | locale_words()
    assert [line for line in lines if untranslated(line, allowed)] == []


def test_the_check_catches_a_text_that_skipped_translation(
    qtbot: QtBot, pseudo: Language, seen: Seen, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """The test above can fail: a label set without tr() is found, painted or not."""
    window = shown_window(qtbot, store, clock, tmp_path)
    QLabel("Hold on", window).show()
    action = QAction("Quit soon", window)
    window.addAction(action)
    seen.read(window, "with a stray label")
    assert {text for _, text in seen.plain()} >= {"Hold on", "Quit soon"}
    assert any(where.startswith("with a stray label: painted") for where, _ in seen.plain())


def test_pseudo_keeps_placeholders_tags_and_accelerators() -> None:
    from pseudo import pseudo as wrap

    assert wrap("&Start hold") == "[!! &Šţåŕţ ĥöļð !!]"
    assert wrap("{n} s left, %n hold(s)") == "[!! {n} š ļéƒţ, %n ĥöļð(š) !!]"
    assert wrap("<b>Before you start:</b> now") == "<b>[!! Ɓéƒöŕé ýöü šţåŕţ:</b> ñöŵ !!]"
    assert not untranslated(wrap("Delete &everything"))
    assert untranslated("Delete " + wrap("everything"))
    assert re.fullmatch(r"<p>\[!! .* !!\]</p>", wrap("<p>One</p><p>Two</p>"))


class FakeWire(QObject):
    """Stands in for the session bus: keeps what would be sent."""

    signalReceived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[object]] = []

    def add_match(self, rule: str) -> None:
        pass

    def call(self, target: object, signature: str, args: list[object], **_: object) -> None:
        self.calls.append(args)


def test_what_the_desktop_shows_for_knotimer_is_translated(
    qtbot: QtBot, pseudo: Language, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """The media applet's lines (MPRIS) and the buttons of the end-of-hold notification."""
    window = shown_window(qtbot, store, clock, tmp_path)
    player = MediaPlayer(window.session, lambda: None)
    shown = player.metadata()
    texts = [shown["xesam:title"], *shown["xesam:artist"]]
    spot = store.add_spot(SOLEUS, 0.25, 0.6, clock.now())
    window.session.refresh()
    window.table.selectRow(0)
    assert window.session.selected_spot() == spot.id
    window.commands.start_pause.trigger()
    shown = player.metadata()
    texts += [shown["xesam:title"], *shown["xesam:artist"]]
    wire = FakeWire()
    EndNotice(wire).show("", "")  # type: ignore[arg-type]
    [call] = wire.calls
    texts += [str(action) for action in call[5][1::2]]  # type: ignore[index]
    assert len(texts) == 6
    assert [t for t in texts if untranslated(str(t), ALLOWED)] == []


def test_the_first_frame_before_the_window_is_built_is_translated(
    qtbot: QtBot, pseudo: Language, seen: Seen, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """The frame a start shows at once: the menu bar's titles and the ready dial."""
    first = shown_window(qtbot, store, clock, tmp_path)
    found = frame_of(first)
    assert found is not None
    first.close()
    shell = MainWindow()
    qtbot.addWidget(shell)
    frame = shell.show_first_frame(first.session.settings, found, 20)
    with qtbot.waitSignal(frame.painted, timeout=5000):
        shell.show()
    seen.read(shell, "first frame")
    titles = [action.text() for action in shell.menuBar().actions()]
    assert len(titles) == 6
    assert all(title.startswith(LEFT) for title in titles)
    assert seen.plain() == []
