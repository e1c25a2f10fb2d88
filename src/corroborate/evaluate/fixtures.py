"""The bundled example reports through the whole pipeline, against their hand annotation
(examples/gold.json): events, figures, claims, places, times, incidents and contradictions.

Matching is by evidence: a gold fact is found when a stored fact of the same document overlaps
the first occurrence of its exact text (its trigger, figure evidence, claim content or cue).
Incidents are scored with B-cubed over documents (a document belongs to the incident of its
main event); contradictions by incident and the documents on each side.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from corroborate.evaluate.scores import f1, ratio
from corroborate.export.json import build_export


def gold_key(source: str | None) -> str:
    """The gold.json key of a stored document: its file name, `file#line` for JSON Lines."""
    name = Path(source or "").name
    if ":" in name:
        name, line = name.rsplit(":", 1)
        return f"{name}#{line}"
    return name


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find(text: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle)
    return None if at < 0 else (at, at + len(needle))


def _nearest(text: str, needle: str | None, near: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of `needle` nearest the span `near`."""
    if not needle:
        return None
    spans = []
    at = text.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return min(spans, key=lambda s: max(s[0] - near[1], near[0] - s[1], 0), default=None)


def match_claim(
    text: str, gold_claim: dict[str, Any], predicted: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The predicted claim whose content overlaps the gold content (else cue); of several,
    the one whose cue is the gold cue nearest that content: two gold claims may share a
    content ("accused X of Y, a charge X denies")."""
    spots = [
        s for s in (_find(text, gold_claim.get("content")), _find(text, gold_claim.get("cue"))) if s
    ]
    if not spots:
        return None
    overlapping = [
        c for c in predicted if _overlaps((c["content"]["start"], c["content"]["end"]), spots[0])
    ]
    cue_at = _nearest(text, gold_claim.get("cue"), spots[0])
    return next(
        (
            c
            for c in overlapping
            if cue_at and _overlaps((c["cue"]["start"], c["cue"]["end"]), cue_at)
        ),
        overlapping[0] if overlapping else None,
    )


def _same_speaker(gold: str | None, found: str | None) -> bool:
    """Names agree when one's last word is in the other ("Col. Tahir Baig" ~ "Tahir Baig")."""
    if not gold or not found:
        return not gold and not found
    gold_words, found_words = set(gold.lower().split()), set(found.lower().split())
    return gold.lower().split()[-1] in found_words or found.lower().split()[-1] in gold_words


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items against gold clusters."""
    items = [i for i in gold if i in predicted]
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in items:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = sum(
        len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]]) for i in items
    )
    recall = sum(
        len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items
    )
    p, r = ratio_f(precision, len(items)), ratio_f(recall, len(items))
    return p, r, f1(p, r)


def ratio_f(total: float, count: int) -> float:
    return total / count if count else 0.0


def _match_event(
    events: list[dict[str, Any]], text: str, where: tuple[int, int] | None, trigger: str
) -> dict[str, Any] | None:
    """The stored event for a gold event: the one whose trigger is the gold trigger (inside the
    gold evidence), else of those whose trigger or evidence sentences overlap the evidence the
    first whose trigger is the gold trigger's word, else the first of them.
    Without the first preference, two events told in one sentence ("detained in the raid ...
    has confessed to 120 killings") were both scored as whichever came first."""
    if where is None:
        return None
    spot = _find(text[where[0] : where[1]], trigger)
    if spot is not None:
        spot = (where[0] + spot[0], where[0] + spot[1])
        for event in events:
            if _overlaps((event["trigger"]["start"], event["trigger"]["end"]), spot):
                return event
    overlapping = [
        e
        for e in events
        if any(_overlaps((s["start"], s["end"]), where) for s in [e["trigger"], *e["evidence"]])
    ]
    # an event named by the gold trigger's word elsewhere (a headline's "killings" for the
    # body's) before one that merely shares the sentence
    stem = trigger.lower()[:4]
    named = [e for e in overlapping if e["trigger"]["text"].lower().startswith(stem)]
    return (named or overlapping or [None])[0]


def score(data: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Figures for an export object against gold.json."""
    docs = {d["id"]: d for d in data["documents"]}
    key_of = {d["id"]: gold_key(d.get("source")) for d in data["documents"]}
    id_of = {key: doc_id for doc_id, key in key_of.items()}
    events_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in data["events"]:
        events_of[event["document"]].append(event)
    claims_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in data["claims"]:
        claims_of[claim["document"]].append(claim)
    places_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for place in data["mentions"]["places"]:
        places_of[place["document"]].append(place)
    times_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for time in data["mentions"]["times"]:
        times_of[time["document"]].append(time)

    counts: dict[str, int] = defaultdict(int)
    for key, annotation in gold["documents"].items():
        doc_id = id_of.get(key)
        if doc_id is None:
            counts["documents_missing"] += 1
            continue
        text = docs[doc_id]["text"]
        for gold_event in annotation.get("events", []):
            where = _find(text, gold_event.get("evidence")) or _find(text, gold_event["trigger"])
            counts["events_gold"] += 1
            match = _match_event(events_of[doc_id], text, where, gold_event["trigger"])
            if match is None:
                continue
            counts["events_found"] += 1
            counts["events_type_right"] += match["sub_event_type"] == gold_event["sub_event_type"]
            counts["events_modality_right"] += match["modality"] == gold_event["modality"]
            figures = [f for e in events_of[doc_id] for f in e["figures"]]
            for gold_figure in gold_event.get("figures", []):
                counts["figures_gold"] += 1
                spot = _find(text, gold_figure["evidence"])
                found = next(
                    (
                        f
                        for f in figures
                        if f["kind"] == gold_figure["kind"]
                        and spot
                        and any(_overlaps((s["start"], s["end"]), spot) for s in f["evidence"])
                    ),
                    None,
                )
                if found is not None:
                    counts["figures_found"] += 1
                    counts["figures_value_right"] += found["value"] == gold_figure["value"]
                    counts["figures_qualifier_right"] += (
                        found["qualifier"] == gold_figure["qualifier"]
                    )
        counts["figures_predicted"] += sum(len(e["figures"]) for e in events_of[doc_id])
        counts["events_predicted"] += len(events_of[doc_id])

        predicted_claims = claims_of[doc_id]
        counts["claims_predicted"] += len(predicted_claims)
        for gold_claim in annotation.get("claims", []):
            counts["claims_gold"] += 1
            denial = gold_claim["stance"] == "denies"
            counts["denials_gold"] += denial
            found = match_claim(text, gold_claim, predicted_claims)
            if found is None:
                continue
            counts["claims_found"] += 1
            right = (
                _same_speaker(gold_claim["speaker"], found["speaker"]["name"])
                and found["stance"] == gold_claim["stance"]
            )
            counts["claims_speaker_stance_right"] += right
            counts["denials_found"] += denial and found["stance"] == "denies"
            counts["opinion_right"] += found["opinion"] == gold_claim.get("opinion", False)

        found_places = {p["text"] for p in places_of[doc_id]}
        for place in annotation.get("places", []):
            counts["places_gold"] += 1
            counts["places_found"] += place in found_places
        found_times = {t["text"]: t for t in times_of[doc_id]}
        for time in annotation.get("times", []):
            counts["times_gold"] += 1
            counts["times_value_right"] += (
                time["text"] in found_times and found_times[time["text"]]["value"] == time["value"]
            )

    # Incidents: a document belongs to the incident of its main event.
    predicted_incident = {
        key_of[e["document"]]: e["incident"] or f"alone:{e['document']}"
        for e in reversed(data["events"])
    }
    for doc_id, key in key_of.items():
        predicted_incident.setdefault(key, f"alone:{doc_id}")
    gold_incident = {k: a["incident"] for k, a in gold["documents"].items() if a.get("incident")}
    incident_p, incident_r, incident_f = bcubed(predicted_incident, gold_incident)

    # Contradictions: by the documents on their sides.
    incident_documents: dict[str, set[str]] = defaultdict(set)
    for event in data["events"]:
        if event["incident"]:
            incident_documents[event["incident"]].add(key_of[event["document"]])
    event_doc = {e["id"]: key_of[e["document"]] for e in data["events"]}
    claim_doc = {c["id"]: key_of[c["document"]] for c in data["claims"]}
    predicted_pairs = []
    for contradiction in data["contradictions"]:
        sides = [
            {event_doc[e] for e in side.get("events", []) if e in event_doc}
            | {claim_doc[c] for c in side.get("claims", []) if c in claim_doc}
            for side in contradiction["sides"]
        ]
        predicted_pairs.append((contradiction, sides))

    def matches(gold_sides: Iterable[str], sides: list[set[str]]) -> bool:
        a, b = gold_sides
        return any(a in x and b in y for x in sides for y in sides if x is not y)

    def on_field(gold_one: dict[str, Any], contradiction: dict[str, Any]) -> bool:
        # a number's field ("killed", "arrested") is named in the summary: "kille", "arres"
        field = gold_one.get("field")
        if field is None or gold_one.get("kind", "number") != "number":
            return True
        return field[:5] in contradiction["summary"].lower()

    def found(gold_one: dict[str, Any], contradiction: dict[str, Any], sides: list[set[str]]):
        """The gold contradiction, of its kind and field, between its documents."""
        return (
            contradiction["kind"] == gold_one["kind"]
            and on_field(gold_one, contradiction)
            and matches(gold_one["sides"], sides)
        )

    gold_found = sum(
        any(found(g, c, sides) for c, sides in predicted_pairs) for g in gold["contradictions"]
    )
    predicted_right = sum(
        any(found(g, c, sides) for g in gold["contradictions"]) for c, sides in predicted_pairs
    )

    def flags(non_contradiction: dict[str, Any]) -> bool:
        """A predicted contradiction between its documents on its field."""
        return any(
            matches(non_contradiction["sides"], sides) and on_field(non_contradiction, c)
            for c, sides in predicted_pairs
        )

    false_alarms = sum(flags(n) for n in gold["non_contradictions"] if len(n["sides"]) == 2)
    c_precision = ratio(predicted_right, len(predicted_pairs))
    c_recall = ratio(gold_found, len(gold["contradictions"]))

    figures = {
        "documents": len(docs),
        "documents_missing": counts["documents_missing"],
        "event_recall": ratio(counts["events_found"], counts["events_gold"]),
        "event_type_accuracy": ratio(counts["events_type_right"], counts["events_found"]),
        "modality_accuracy": ratio(counts["events_modality_right"], counts["events_found"]),
        "figure_recall": ratio(counts["figures_found"], counts["figures_gold"]),
        "figure_value_exact": ratio(counts["figures_value_right"], counts["figures_found"]),
        "figure_qualifier_accuracy": ratio(
            counts["figures_qualifier_right"], counts["figures_found"]
        ),
        "claim_recall": ratio(counts["claims_found"], counts["claims_gold"]),
        "denial_recall": ratio(counts["denials_found"], counts["denials_gold"]),
        "speaker_stance_precision": ratio(
            counts["claims_speaker_stance_right"], counts["claims_predicted"]
        ),
        "speaker_stance_recall": ratio(
            counts["claims_speaker_stance_right"], counts["claims_gold"]
        ),
        "place_recall": ratio(counts["places_found"], counts["places_gold"]),
        "time_value_recall": ratio(counts["times_value_right"], counts["times_gold"]),
        "incident_bcubed": (incident_p, incident_r, incident_f),
        "contradiction_precision": c_precision,
        "contradiction_recall": c_recall,
        "contradiction_f1": f1(c_precision, c_recall),
        "non_contradictions_flagged": false_alarms,
        "counts": dict(counts),
    }
    figures["speaker_stance_f1"] = f1(
        figures["speaker_stance_precision"], figures["speaker_stance_recall"]
    )
    return figures


def _report(figures: dict[str, Any]) -> str:
    p, r, f = figures["incident_bcubed"]
    c = figures["counts"]
    lines = [
        f"documents {figures['documents']} (gold documents not stored: "
        f"{figures['documents_missing']})",
        f"events: recall {figures['event_recall']:.2f} ({c.get('events_found', 0)}/"
        f"{c.get('events_gold', 0)}), sub-type accuracy {figures['event_type_accuracy']:.2f}, "
        f"modality accuracy {figures['modality_accuracy']:.2f}",
        f"figures: recall {figures['figure_recall']:.2f}, value exact "
        f"{figures['figure_value_exact']:.2f}, "
        f"qualifier {figures['figure_qualifier_accuracy']:.2f}",
        f"claims: recall {figures['claim_recall']:.2f}, denial recall "
        f"{figures['denial_recall']:.2f}, speaker+stance P/R/F1 "
        f"{figures['speaker_stance_precision']:.2f}/{figures['speaker_stance_recall']:.2f}/"
        f"{figures['speaker_stance_f1']:.2f}",
        f"places: recall {figures['place_recall']:.2f}; times: value recall "
        f"{figures['time_value_recall']:.2f}",
        f"incidents: B-cubed P/R/F1 {p:.2f}/{r:.2f}/{f:.2f}",
        f"contradictions: P/R/F1 {figures['contradiction_precision']:.2f}/"
        f"{figures['contradiction_recall']:.2f}/{figures['contradiction_f1']:.2f}; "
        f"non-contradictions flagged {figures['non_contradictions_flagged']}",
    ]
    return "\n".join(lines)


def load_gold() -> dict[str, Any]:
    text = resources.files("corroborate").joinpath("examples/gold.json").read_text("utf-8")
    return json.loads(text)


def evaluate_fixtures(data_dir: Path | None = None, *, limit: int | None = None) -> dict:
    """Ingest the example reports into a fresh ledger and score them against gold.json."""
    from corroborate.ledger import Ledger

    with tempfile.TemporaryDirectory() as tmp, Ledger(f"sqlite:///{tmp}/fixtures.db") as ledger:
        with resources.as_file(resources.files("corroborate").joinpath("examples")) as folder:
            ledger.ingest([folder])
        with ledger.session() as session:
            data = build_export(session)
            sources = {d.id: d.source for d in ledger.documents()}
    for document in data["documents"]:
        document["source"] = sources[document["id"]]
    figures = score(data, load_gold())
    figures["report"] = _report(figures)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    print(evaluate_fixtures()["report"])


if __name__ == "__main__":
    main()
