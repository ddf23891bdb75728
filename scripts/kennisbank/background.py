"""Work that waits on another program (pandoc, git), started early and collected when it is needed.

The thread mostly waits on a subprocess, which runs on another core while the build goes on in Python:
the build's wall time no longer includes it (issue 9).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def start(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """`function(*args, **kwargs)` in a thread of its own; `.result()` gives its value or raises its error."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kennisbank")
    future = executor.submit(function, *args, **kwargs)
    executor.shutdown(wait=False)  # the thread ends when the work is done
    return future
