"""Whether anything logged a warning meanwhile: what warned is never kept, so it warns again next time."""

from __future__ import annotations

import logging


class Warned(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1

    def __bool__(self) -> bool:
        return self.records > 0


class warnings_logged:
    """Counts the warnings logged meanwhile, by MkDocs (its logger does not propagate) or anything else."""

    def __enter__(self) -> Warned:
        self.handler = Warned()
        self.loggers = [logging.getLogger("mkdocs"), logging.getLogger()]
        for logger in self.loggers:
            logger.addHandler(self.handler)
        return self.handler

    def __exit__(self, *_: object) -> None:
        for logger in self.loggers:
            logger.removeHandler(self.handler)
