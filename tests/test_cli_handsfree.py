"""--press-and-hold: for one run, from the command line to the session."""

from __future__ import annotations

import pytest

import knotimer.ui.start.app as start_app
from knotimer.cli import build_parser, main


def test_the_option_is_offered_and_off_by_default() -> None:
    parser = build_parser()
    assert parser.parse_args(["--press-and-hold"]).press_and_hold is True
    assert parser.parse_args([]).press_and_hold is False
    assert "--press-and-hold" in parser.format_help()


def test_the_option_reaches_the_window_start(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run_window(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(start_app, "run_window", fake_run_window)
    assert main(["--press-and-hold", "--hold", "15"]) == 0
    assert seen == {"hold_s": 15, "data_dir": None, "press_and_hold": True}
