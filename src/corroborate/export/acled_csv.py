"""One row per incident with ACLED's column names, plus status, disputed and reports (how many
articles report it)."""

from __future__ import annotations

import csv
import io
from typing import IO, TYPE_CHECKING, Any

from corroborate.export import register, write_or_return
from corroborate.export.json import build_export

if TYPE_CHECKING:
    from corroborate.ledger import Ledger

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "status",
    "disputed",
    "reports",
)
# ACLED's precision codes: 1 exact, 2 near/within a week or district, 3 province/month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "town": 1, "district": 2, "region": 3, "country": 3}


# ACLED's fatalities are the deaths reported for the event; a toll only alleged (a
# confession's "120 killings") or denied stays in the JSON export with its status, not here.
UNCOUNTED_STATUSES = frozenset({"alleged", "denied"})


def incident_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """ACLED-style rows from an export object."""
    actors = {a["id"]: a for a in data["actors"]}
    outlets = {d["id"]: d["outlet"] for d in data["documents"]}
    disputed = {c["incident"] for c in data["contradictions"]}
    rows = []
    for incident in data["incidents"]:
        by_role: dict[str, list[dict[str, Any]]] = {"actor1": [], "actor2": []}
        for link in incident["actors"]:
            if link["role"] in by_role and link["actor"] in actors:
                by_role[link["role"]].append(actors[link["actor"]])
        first = {role: (found[0] if found else None) for role, found in by_role.items()}
        inter1 = first["actor1"]["inter"] if first["actor1"] else None
        inter2 = first["actor2"]["inter"] if first["actor2"] else None
        date = incident["date"] or {}
        place = incident["place"] or {}
        sources = sorted({outlets.get(r["document"]) or "unknown" for r in incident["reports"]})
        figure = incident.get("fatalities") or {}
        fatalities = figure.get("best")
        if figure.get("status") in UNCOUNTED_STATUSES:
            fatalities = None
        rows.append(
            {
                "event_id_cnty": incident["id"],
                "event_date": date.get("start"),
                "year": (date.get("start") or "")[:4] or None,
                "time_precision": TIME_PRECISION.get(date.get("precision") or ""),
                "event_type": incident["event_type"],
                "sub_event_type": incident["sub_event_type"],
                "actor1": first["actor1"]["name"] if first["actor1"] else None,
                "inter1": inter1,
                "actor2": first["actor2"]["name"] if first["actor2"] else None,
                "inter2": inter2,
                "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
                if inter1 and inter2
                else (inter1 * 10 if inter1 else None),
                "country": place.get("country"),
                "admin1": place.get("admin1"),
                "location": place.get("name"),
                "latitude": place.get("lat"),
                "longitude": place.get("lon"),
                "geo_precision": GEO_PRECISION.get(place.get("precision") or ""),
                "source": "; ".join(sources),
                "notes": " ".join(incident["questions"]),
                "fatalities": fatalities if fatalities is not None else 0,
                "status": incident["status"],
                "disputed": incident["id"] in disputed,
                # articles, not event reports: one article may tell of the incident in several
                "reports": len({r["document"] for r in incident["reports"]}),
            }
        )
    return rows


@register("csv")
def export_csv(ledger: Ledger, out: IO[str] | None = None) -> str | None:
    """Incidents as ACLED-style CSV."""
    with ledger.session() as session:
        rows = incident_rows(build_export(session))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return write_or_return(buffer.getvalue(), out)
