"""Work started early and collected when it is needed, so the build goes on meanwhile (issue 9).

- `start`: a thread, for work that waits on another program (pandoc, git): the program runs on another
  core while the build goes on in Python.
- `start_process`: a forked child process, for work in Python itself (checking the text of every page),
  which a thread could not run beside the build: Python runs one thread at a time.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class BackgroundWorkError(RuntimeError):
    """The work in the child process failed; the message holds the child's traceback."""


def start(function: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """`function(*args, **kwargs)` in a thread of its own; `.result()` gives its value or raises its error."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kennisbank")
    future = executor.submit(function, *args, **kwargs)
    executor.shutdown(wait=False)  # the thread ends when the work is done
    return future


def start_process(function: Callable[..., T], /, *args: Any) -> Future[T]:
    """`function(*args)` in a forked child process; `.result()` gives its (pickled) value or raises.

    The child is a copy of this process, so the arguments are not copied over a pipe: only the value
    comes back. Where processes cannot be forked (Windows), the work is done here and now.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return _done_now(function, *args)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    # The child flushes the standard streams when it ends: what is still buffered would be printed twice.
    sys.stdout.flush()
    sys.stderr.flush()
    child = context.Process(target=_answer, args=(sending, function, args), daemon=True)
    child.start()
    sending.close()
    return start(_receive, receiving, child)


def _done_now(function: Callable[..., T], /, *args: Any) -> Future[T]:
    future: Future[T] = Future()
    try:
        future.set_result(function(*args))
    except Exception as error:
        future.set_exception(error)
    return future


def _answer(sending: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        answer = (True, function(*args))
    except BaseException:
        answer = (False, traceback.format_exc())
    sending.send(answer)
    sending.close()


def _receive(receiving: Connection, child: BaseProcess) -> Any:
    with receiving:
        try:
            succeeded, value = receiving.recv()
        except EOFError:  # the child died before it could answer
            succeeded, value = False, None
    child.join()
    if not succeeded:
        raise BackgroundWorkError(value or f"the child ended without an answer (exit code {child.exitcode})")
    return value
