"""One GeoJSON Point feature per located incident, its fields as properties."""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

from corroborate.export import register, write_or_return
from corroborate.export.acled_csv import incident_rows
from corroborate.export.json import build_export

if TYPE_CHECKING:
    from corroborate.ledger import Ledger


def incident_features(data: dict[str, Any]) -> dict[str, Any]:
    """A FeatureCollection of the export's incidents that have coordinates."""
    features = []
    for incident, row in zip(data["incidents"], incident_rows(data), strict=True):
        place = incident["place"] or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": incident["id"],
                "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                "properties": {**row, "questions": incident["questions"]},
            }
        )
    return {"type": "FeatureCollection", "features": features}


@register("geojson")
def export_geojson(ledger: Ledger, out: IO[str] | None = None) -> str | None:
    """Incidents as GeoJSON points."""
    with ledger.session() as session:
        data = build_export(session)
    return write_or_return(json.dumps(incident_features(data), ensure_ascii=False) + "\n", out)
