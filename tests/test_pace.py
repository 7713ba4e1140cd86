"""framing.pace: the collection threshold is raised while framing works and put back after."""

from __future__ import annotations

import gc
import threading

import pytest

import framing
from framing.pace import FACTOR, fewer_collections


@pytest.fixture
def threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_raised_inside_and_put_back_after_nested_blocks(threshold) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (700 * FACTOR, 10, 10)
        with fewer_collections():
            assert gc.get_threshold() == (700 * FACTOR, 10, 10)
        assert gc.get_threshold() == (700 * FACTOR, 10, 10)  # the outer block still runs
    assert gc.get_threshold() == (700, 10, 10)


def test_put_back_after_an_error(threshold) -> None:
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError
    assert gc.get_threshold() == (700, 10, 10)


def test_a_setting_made_inside_and_collection_turned_off_are_left_alone(threshold) -> None:
    with fewer_collections():
        gc.set_threshold(1234, 5, 5)
    assert gc.get_threshold() == (1234, 5, 5)
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)


def test_threads_overlapping_put_back_the_first_threshold(threshold) -> None:
    # two threads inside at once: whichever leaves last restores the process's own threshold
    inside, looked, leave = threading.Barrier(2, timeout=30), threading.Barrier(3, timeout=30), threading.Event()
    seen: list[tuple[int, ...]] = []

    def work() -> None:
        with fewer_collections():
            inside.wait()
            seen.append(gc.get_threshold())
            looked.wait()
            leave.wait(30)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    looked.wait()  # both threads inside, each has read the threshold
    leave.set()
    for t in threads:
        t.join()
    assert seen == [(700 * FACTOR, 10, 10)] * 2
    assert gc.get_threshold() == (700, 10, 10)


def test_compare_and_its_outputs_leave_the_threshold_as_they_found_it(threshold) -> None:
    a = framing.Article.from_text("NATO troops arrived in Vilnius on Monday.", id="a")
    b = framing.Article.from_text("Troops from NATO arrived in Vilnius.", id="b")
    comparison = framing.compare([a, b])
    comparison.to_markdown()
    assert gc.get_threshold() == (700, 10, 10)
