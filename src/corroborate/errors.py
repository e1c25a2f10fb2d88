"""Errors the library raises; the CLI prints each as one `Error: ...` line."""

from __future__ import annotations


class CorroborateError(Exception):
    """Base of every error corroborate raises on purpose."""


class InputError(CorroborateError):
    """An input file or article cannot be ingested (the message names it and says why)."""


class SettingsError(CorroborateError):
    """A settings file or value is wrong."""


class DatabaseError(CorroborateError):
    """The ledger database cannot be opened or migrated."""


class NotFound(CorroborateError):
    """No such document, incident or fact in the ledger."""


class UnknownFormat(CorroborateError):
    """No exporter is registered under that name."""
