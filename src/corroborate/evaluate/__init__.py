"""Accuracy measured against gold annotations: one module per data set or layer."""

from __future__ import annotations

from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


def data_dir(path: str | Path | None = None) -> Path:
    """The shared data folder: `path`, else ../shared/data beside the repository."""
    return Path(path) if path else DEFAULT_DATA
