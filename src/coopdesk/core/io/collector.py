"""Pausing the cyclic garbage collector while a long list is read or previewed (many
small objects at once, none in a reference cycle)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def few_collections() -> Iterator[None]:
    """Let the cyclic garbage collector rest while a long list is read or previewed.

    Reading and previewing make a few small objects per cell, none of them in a
    reference cycle; at the default threshold the collector walks all of them again
    every 700 allocations, which doubles the time of a list of thousands of rows.
    The threshold comes back when the block ends.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 100_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
