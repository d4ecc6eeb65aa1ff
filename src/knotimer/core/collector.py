"""Pauses of Python's cyclic garbage collector while many long-lived or acyclic objects are made."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[Callable[[], None]]:
    """No collector passes inside the block; the collector is as it was after it, errors too.

    Each batch of new objects makes the collector walk every tracked object again; while
    tens of thousands are made that it could never free (records without cycles, or the
    modules and widgets of a starting window), those walks are pure cost. The block is
    given a function that resumes collection early (at once, and only if it was on).
    """
    was_on = gc.isenabled()
    gc.disable()

    def resume() -> None:
        if was_on:
            gc.enable()

    try:
        yield resume
    finally:
        resume()
