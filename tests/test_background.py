"""Work done beside the build: in a thread, or in a forked child process."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from kennisbank import background


def _pid_and_sum(*numbers: int) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def _fails() -> None:
    raise ValueError("kapot in het kind")


def _dies() -> None:
    os._exit(3)


def test_a_child_process_does_the_work_and_returns_its_value() -> None:
    pid, total = background.start_process(_pid_and_sum, 1, 2, 3).result(timeout=10)

    assert total == 6
    assert pid != os.getpid()


def test_an_error_in_the_child_is_raised_here_with_its_traceback() -> None:
    with pytest.raises(background.BackgroundWorkError, match=r"(?s)Traceback.*ValueError: kapot in het kind"):
        background.start_process(_fails).result(timeout=10)


def test_a_child_that_dies_without_answering_is_an_error_not_a_hang() -> None:
    with pytest.raises(background.BackgroundWorkError, match=r"ended without an answer.*exit code 3"):
        background.start_process(_dies).result(timeout=10)


def test_without_fork_the_work_is_done_at_once_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])

    future = background.start_process(_pid_and_sum, 4, 5)

    assert future.done()
    assert future.result() == (os.getpid(), 9)
    with pytest.raises(ValueError, match="kapot in het kind"):
        background.start_process(_fails).result()
