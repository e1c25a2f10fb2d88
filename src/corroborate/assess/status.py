"""Status of a figure and of an incident: corroborated | single_source | disputed | denied |
alleged.

Figure: disputed when its current values conflict (a number contradiction); denied when every
value comes from a denial; alleged when none is credible (alleged, hedged); corroborated when 2+
independent sources state the best figure (an article's own voice beside a source it quotes is
that source relayed, not another); else single_source.
Incident: disputed when any contradiction stands; denied or alleged when no report says it
occurred (its modality); corroborated when 2+ independent sources report it occurred (or refer
back to it); else single_source.
"""

from __future__ import annotations

from corroborate.assess.corroboration import independent_count, relayed
from corroborate.assess.figures import Reported, basis
from corroborate.model import Modality, Status


def figure_status(values: list[Reported], best: int | None, disputed: bool) -> str | None:
    """The status of one figure from its reported values."""
    if not values:
        return None
    if disputed:
        return Status.DISPUTED.value
    if all(v.denied for v in values):
        return Status.DENIED.value
    if all(v.alleged or v.denied for v in values):
        return Status.ALLEGED.value
    # A value backs the best figure when it states it (an "about" when it allows it): "at
    # least 27" is compatible with 60 but does not report 60.
    agreeing = [
        (v.document.id, v.source)
        for v in basis(values)
        if best is not None
        and (
            v.point == best
            or (v.figure.qualifier == "about" and v.interval[0] <= best <= v.interval[1])
        )
    ]
    if independent_count(relayed(agreeing)) >= 2:
        return Status.CORROBORATED.value
    return Status.SINGLE_SOURCE.value


def incident_status(
    modality: str, contradictions: int, occurred_sources: list[tuple[str, str]]
) -> str:
    """The status of an incident; `occurred_sources`: (document id, source key) of each report
    that it occurred."""
    if contradictions:
        return Status.DISPUTED.value
    if modality == Modality.DENIED.value:
        return Status.DENIED.value
    if modality in (Modality.ALLEGED.value, Modality.HYPOTHETICAL.value):
        return Status.ALLEGED.value
    if independent_count(relayed(occurred_sources)) >= 2:
        return Status.CORROBORATED.value
    return Status.SINGLE_SOURCE.value
