"""One row per incident with ACLED's column names, plus status, disputed and reports (how many
articles report it)."""

from __future__ import annotations

import csv
import functools
import io
from typing import IO, TYPE_CHECKING, Any

from corroborate.export import register, write_or_return
from corroborate.export.json import build_export
from corroborate.extract.actors import COUNTRY_SLOT, actor_lexicon, country_name, fill_country
from corroborate.model import ACLED_INTER, ActorKind

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


# ACLED's conventions for who acts on whom (its codebook): civilians are unarmed, so they are
# never the actor of violence against civilians, and that event's actor2 is civilians; a
# perpetrator no report names is an unidentified armed group of the country, as is the other
# side of a battle no report names. Applied to this CSV only: the JSON export keeps what the
# reports say.
UNNAMED_PERPETRATOR = "Unidentified Armed Group"
UNNAMED_PERPETRATOR_INTER = 3
CIVILIANS_INTER = 7
ONE_SIDED = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# a protest's or riot's actor1 where the reports name the crowd by who they are
CROWDS = {
    event_type: {"name": name, "kind": kind.value, "inter": ACLED_INTER[kind]}
    for event_type, name, kind in (
        ("Protests", "Protesters", ActorKind.PROTESTERS),
        ("Riots", "Rioters", ActorKind.RIOTERS),
    )
}
STATE_FORCES_INTER = ACLED_INTER[ActorKind.STATE_FORCES]
# the lexicon's word for each kind of force ACLED names by its country
_GENERIC_FORCES = {
    ActorKind.POLICE.value: "Police Forces",
    ActorKind.MILITARY.value: "Military Forces",
}


# ACLED's fatalities are the deaths reported for the event; a toll only alleged (a
# confession's "120 killings") or denied stays in the JSON export with its status, not here.
UNCOUNTED_STATUSES = frozenset({"alleged", "denied"})


def incident_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """ACLED-style rows from an export object."""
    actors = {a["id"]: a for a in data["actors"]}
    outlets = {d["id"]: d["outlet"] for d in data["documents"]}
    published = {d["id"]: d.get("published") or "" for d in data["documents"]}
    disputed = {c["incident"] for c in data["contradictions"]}
    rows = []
    for incident in data["incidents"]:
        by_role: dict[str, list[dict[str, Any]]] = {"actor1": [], "actor2": []}
        for link in incident["actors"]:
            if link["role"] in by_role and link["actor"] in actors:
                by_role[link["role"]].append(actors[link["actor"]])
        by_role = _crowd_first(incident["event_type"], by_role)
        by_role = {role: [_as_group(a) for a in found] for role, found in by_role.items()}
        first = {role: (found[0] if found else None) for role, found in by_role.items()}
        date = incident["date"] or {}
        place = incident["place"] or {}
        # ACLED's country column holds the name ("Pakistan"); the JSON keeps the ISO code
        country = country_name(place.get("country"))
        (actor1, inter1), (actor2, inter2) = acled_actors(
            incident["event_type"],
            *((first[r]["name"], first[r]["inter"]) if first[r] else (None, None) for r in by_role),
            country=country,
        )
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
                "actor1": actor1,
                "inter1": inter1,
                "actor2": actor2,
                "inter2": inter2,
                "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
                if inter1 and inter2
                else (inter1 * 10 if inter1 else None),
                "country": country,
                "admin1": place.get("admin1"),
                "location": place.get("name"),
                "latitude": place.get("lat"),
                "longitude": place.get("lon"),
                "geo_precision": GEO_PRECISION.get(place.get("precision") or ""),
                "source": "; ".join(sources),
                "notes": " ".join(
                    filter(None, [_lead(incident, published), *incident["questions"]])
                ),
                "fatalities": fatalities if fatalities is not None else 0,
                "status": incident["status"],
                "disputed": incident["id"] in disputed,
                # articles, not event reports: one article may tell of the incident in several
                "reports": len({r["document"] for r in incident["reports"]}),
            }
        )
    return rows


def _crowd_first(
    event_type: str | None, by_role: dict[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """ACLED lists a protest event's protesters as actor1 and whoever moved against them as
    actor2 ("Protesters (Bangladesh)" and "Police Forces of Bangladesh" for police firing on a
    march); the reports make the police the doer and the dead, civilians, the done-to."""
    crowd = CROWDS.get(event_type or "")
    if crowd is None:
        return by_role
    everyone = by_role["actor1"] + by_role["actor2"]
    protesters = [a for a in everyone if a["kind"] == crowd["kind"]]
    if not protesters:
        # ACLED names every protest's actor1 "Protesters (country)", every riot's "Rioters
        # (country)", and who they are (the journalists, the party) in a column of associated
        # actors this CSV lacks; a force among the actors is the one they met
        forces = [a for a in everyone if a["inter"] == STATE_FORCES_INTER]
        return {"actor1": [crowd], "actor2": forces}
    return {"actor1": protesters, "actor2": [a for a in by_role["actor1"] if a not in protesters]}


def _as_group(actor: dict[str, Any]) -> dict[str, Any]:
    """A police or army actor as ACLED names it, by its country's force: an officer the
    reports name ("Sergeant Mamadou Camara") or a unit ("Counter-Terrorism Department") is
    "Police Forces of Guinea"; the lexicon's own names are kept."""
    generic = _GENERIC_FORCES.get(actor["kind"])
    if generic is None or actor["name"] in _country_templates() or _known_name(actor["name"]):
        return actor
    return {**actor, "name": generic}


# A sentence's end: a headline has none, so a lead sentence is told apart from it.
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")


def _lead(incident: dict[str, Any], published: dict[str, str]) -> str | None:
    """The first sentence telling the incident in its earliest report, as ACLED's notes open
    with what happened (the questions follow: what the reports dispute)."""
    reports = sorted(incident["reports"], key=lambda r: published.get(r["document"], ""))
    for report in reports:
        for span in report["evidence"]:
            if span["text"].rstrip().endswith(SENTENCE_ENDS):
                return span["text"].strip().lstrip("-–—•* ")  # (a list's bullet)
    return None


Named = tuple[str | None, int | None]


def acled_actors(
    event_type: str | None, actor1: Named, actor2: Named, *, country: str | None
) -> tuple[Named, Named]:
    """An incident's (name, inter) actor1 and actor2 as ACLED codes them: a name that lacks its
    country gets the incident's ("Civilians" -> "Civilians (Kenya)"); violence against
    civilians is done by an armed actor (an unnamed or civilian perpetrator is an unidentified
    armed group) to civilians; a remote attack or a battle without a named side has an
    unidentified armed group there."""
    (name1, inter1), (name2, inter2) = actor1, actor2
    unnamed = (with_country(UNNAMED_PERPETRATOR, country), UNNAMED_PERPETRATOR_INTER)
    if event_type in ONE_SIDED and (name1 is None or inter1 == CIVILIANS_INTER):
        if name1 is not None and name2 is None:
            name2, inter2 = name1, inter1  # the civilians are the ones attacked
        name1, inter1 = unnamed
    if event_type == "Violence against civilians" and name2 is None:
        name2, inter2 = "Civilians", CIVILIANS_INTER
    if event_type == "Battles" and name1 is not None:
        same_side = name2 is not None and with_country(name2, country) == with_country(
            name1, country
        )
        if name2 is None or same_side or inter2 == CIVILIANS_INTER:
            name2, inter2 = unnamed
    return (
        (with_country(name1, country) if name1 else None, inter1),
        (with_country(name2, country) if name2 else None, inter2),
    )


def with_country(name: str, country: str | None) -> str:
    """An actor name of the lexicon's country-less form given the incident's country
    ("Police Forces" -> "Police Forces of Pakistan"); other names as they are."""
    template = _country_templates().get(name)
    return fill_country(template, country) if template and country else name


def _known_name(name: str) -> bool:
    """A name the actor lexicon gives, with its country filled ("Police Forces of Kenya")."""
    return (
        any(
            name == bare or name.startswith((f"{bare} of ", f"{bare} ("))
            for bare in _country_templates()
        )
        or name in _lexicon_names()
    )


@functools.cache
def _lexicon_names() -> frozenset[str]:
    return frozenset(name for name, _ in actor_lexicon().values())


@functools.cache
def _country_templates() -> dict[str, str]:
    templates = {name for name, _ in actor_lexicon().values() if COUNTRY_SLOT in name}
    templates.add(f"{UNNAMED_PERPETRATOR} ({COUNTRY_SLOT})")
    return {fill_country(template, None): template for template in templates}


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
