"""Single-link grouping, shared by the figures and contradictions of the assess stage."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def single_link(items: Iterable[T], linked: Callable[[T, T], bool]) -> list[list[T]]:
    """Items grouped so that each is linked to at least one other of its group (transitively).

    Each item joins every group it links to into one; a group lists its newest item first, then
    the groups it joined in the order they were made."""
    groups: list[list[T]] = []
    for item in items:
        joined = [group for group in groups if any(linked(item, other) for other in group)]
        for group in joined:
            groups.remove(group)
        groups.append([item] + [other for group in joined for other in group])
    return groups
