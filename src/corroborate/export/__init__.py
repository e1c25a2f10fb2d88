"""Exporters, registered by name; the CLI and the web app list them from here."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from corroborate.errors import UnknownFormat

if TYPE_CHECKING:
    from corroborate.ledger import Ledger

Exporter = Callable[["Ledger", "IO[str] | None"], "str | None"]
EXPORTERS: dict[str, Exporter] = {}


def register(name: str) -> Callable[[Exporter], Exporter]:
    """Register an exporter under `name` (`corroborate export --format NAME`)."""

    def decorate(function: Exporter) -> Exporter:
        EXPORTERS[name] = function
        return function

    return decorate


def exporter(name: str) -> Exporter:
    """The exporter registered as `name`."""
    if name not in EXPORTERS:
        raise UnknownFormat(f"no export format {name!r} (one of {', '.join(sorted(EXPORTERS))})")
    return EXPORTERS[name]


def write_or_return(text: str, out: IO[str] | None) -> str | None:
    if out is None:
        return text
    out.write(text)
    return None


# Importing the modules registers them.
from corroborate.export import acled_csv, geojson, json  # noqa: E402,F401
