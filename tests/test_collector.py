"""Collector pauses: off inside the block, resumed early on request, restored after errors."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from knotimer.core.collector import collection_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


@pytest.mark.usefixtures("collector_on")
def test_the_block_runs_without_the_collector_and_it_comes_back() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_resume_brings_it_back_early_and_an_error_still_restores_it() -> None:
    with pytest.raises(RuntimeError), collection_paused() as resume:  # noqa: PT012
        resume()  # the start's first frame is up
        assert gc.isenabled()
        gc.disable()  # whatever happens inside, the block's end puts it back
        raise RuntimeError
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collection_paused() as resume:
        resume()
        assert not gc.isenabled()
    assert not gc.isenabled()
