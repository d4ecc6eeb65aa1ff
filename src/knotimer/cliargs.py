"""Argument types shared by knotimer's commands (file names, days), and their file errors."""

from __future__ import annotations

import argparse
from datetime import date, datetime


def path_text(text: str) -> str:
    """A file or folder name given on the command line: anything but empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is not a file or folder")
    return text


def day(text: str, *, option: str = "--date") -> date:
    """'today' or YYYY-MM-DD, as the user's local date."""
    if text == "today":
        return datetime.now().astimezone().date()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{option} takes today or a date like 2026-11-25, not {text!r}"
        ) from None


def cannot_write(target: str, error: OSError) -> str:
    """The one line for an output that cannot be written: ``knotimer: cannot write X: why``."""
    return f"knotimer: cannot write {target}: {error.strerror or error}"
