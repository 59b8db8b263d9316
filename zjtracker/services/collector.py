"""Automatic garbage collection held back during a bulk read or write of a return.

Reading and merging a return builds tens of thousands of short-lived objects (cells, rows,
the stored side, the statements' parameters); reference counting frees them as soon as the
work is done. While it runs, the cyclic collector would keep scanning them, promote them to
older generations and now and then trigger a full pass over every object of the program
(tens of milliseconds in a running window), for nothing. The collector is switched back on
afterwards, unless someone else had it off."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_held() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
