"""A progress line on stderr for long runs: only on a terminal, never in CI logs or pipes."""

from __future__ import annotations

import os
import sys
from typing import TextIO


def wanted(stream: TextIO | None = None) -> bool:
    """True when `stream` (stderr by default) is a terminal and the CI variable is unset."""
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


class Progress:
    """`done/total label` rewritten in place; a no-op when not wanted. Call `close` to clear it."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.width = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        """Show that `done` of `total` items are finished, the last being `label`."""
        if not self.enabled:
            return
        line = f"quotecheck: {done}/{total} {label}"[:78]
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        """Erase the progress line."""
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
