"""corroborate: a sourced ledger of what happened in political violence and security operations,
and who says so."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # Ledger imports spaCy; load it only when asked for, so `corroborate --help` stays quick.
    if name == "Ledger":
        from corroborate.ledger import Ledger

        return Ledger
    raise AttributeError(name)


__all__ = ["Ledger", "__version__"]
