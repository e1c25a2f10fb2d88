"""Accuracy measured against gold annotations: one module per data set or layer."""

from __future__ import annotations

from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"


def data_dir(path: str | Path | None = None) -> Path:
    """The shared data folder: `path`, else ../shared/data beside the repository."""
    return Path(path) if path else DEFAULT_DATA


# Name -> module under corroborate.evaluate; each has evaluate_<name>(data_dir, limit=...)
# returning figures with a printable "report".
EVALUATIONS = {
    "places": "geoparsing (TR-News, LGL): toponyms found and resolved within 161 km",
    "times": "TimeML TBAQ-cleaned: time expression spans and TIMEX3 values",
    "claims": "PolNeAR held-out part: attribution source, cue and content spans",
    "event_types": "CASE 2021 task 2: ACLED sub-event types, 5-fold cross-validated",
    "events": "IndiaPoliceEvents, MUC-4 and gun-violence: events, actors and figures",
    "incidents": "gun-violence: incidents linked across outlets, killed and injured",
    "stance": "FNC-1 held-out part: does a report agree with, deny, discuss a claim, or neither",
    "fixtures": "the bundled example reports against their gold annotation",
}


def run_evaluation(name: str, data: str | Path | None = None, limit: int | None = None) -> dict:
    """Run one evaluation by name; its figures, with a printable "report"."""
    import importlib

    from corroborate.errors import CorroborateError

    if name not in EVALUATIONS:
        raise CorroborateError(f"no evaluation {name!r} (one of {', '.join(EVALUATIONS)})")
    folder = data_dir(data)
    if name != "fixtures" and not folder.is_dir():
        raise CorroborateError(f"{folder}: no shared data folder here; pass --data DIR")
    module = importlib.import_module(f"corroborate.evaluate.{name}")
    return getattr(module, f"evaluate_{name}")(folder, limit=limit)
