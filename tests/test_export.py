"""Exports: the JSON contract (validated by its JSON Schema), ACLED CSV and GeoJSON."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from corroborate.errors import NotFound, UnknownFormat
from corroborate.export.acled_csv import COLUMNS, acled_actors, incident_rows
from corroborate.export.json import export_schema

SECTIONS = [
    "corroborate",
    "documents",
    "mentions",
    "actors",
    "events",
    "claims",
    "incidents",
    "contradictions",
]


@pytest.fixture
def filled(ledger, examples):
    ledger.ingest([examples])
    return ledger


def test_json_export_validates_against_its_schema(filled):
    data = json.loads(filled.export("json"))
    jsonschema.Draft202012Validator.check_schema(export_schema())
    jsonschema.validate(data, export_schema())
    assert list(data) == SECTIONS
    assert len(data["documents"]) >= 14


def test_every_exported_span_is_its_documents_text(filled):
    data = json.loads(filled.export("json"))
    texts = {d["id"]: d["text"] for d in data["documents"]}

    def check(document: str, span: dict) -> None:
        assert texts[document][span["start"] : span["end"]] == span["text"]

    for kind in ("places", "times"):
        for mention in data["mentions"][kind]:
            check(mention["document"], mention)
    for event in data["events"]:
        for span in [event["trigger"], *event["evidence"]]:
            check(event["document"], span)
        for figure in event["figures"]:
            for span in figure["evidence"]:
                check(event["document"], span)
    for claim in data["claims"]:
        check(claim["document"], claim["cue"])
        check(claim["document"], claim["content"])


def test_ids_are_stable_across_exports(filled):
    first, second = json.loads(filled.export("json")), json.loads(filled.export("json"))
    for section in ("documents", "events", "claims", "actors", "incidents"):
        assert [x["id"] for x in first[section]] == [x["id"] for x in second[section]]


def test_a_schema_violation_is_caught():
    broken = {name: [] for name in SECTIONS}
    broken["corroborate"] = {"version": "0.1.0", "exported": "2026-01-01T00:00:00Z"}
    broken["mentions"] = {"places": [], "times": []}
    jsonschema.validate(broken, export_schema())
    broken["documents"] = [
        {
            "id": "doc-1",
            "title": None,
            "outlet": None,
            "url": None,
            "published": "11 March 2015",
            "copy_of": None,
            "text": "x",
        }
    ]
    with pytest.raises(jsonschema.ValidationError, match="does not match"):
        jsonschema.validate(broken, export_schema())


def test_csv_has_acled_columns_and_one_row_per_incident(filled):
    rows = list(csv.DictReader(io.StringIO(filled.export("csv"))))
    header = filled.export("csv").splitlines()[0].split(",")
    assert header == list(COLUMNS)
    assert len(rows) == len(filled.incidents())
    # "reports" counts the articles, not the events they tell the incident in
    articles = {
        i["id"]: {r["document"] for r in i["reports"]}
        for i in json.loads(filled.export("json"))["incidents"]
    }
    assert {r["event_id_cnty"]: int(r["reports"]) for r in rows} == {
        k: len(v) for k, v in articles.items()
    }
    assert max(int(r["reports"]) for r in rows) >= 4
    # a toll that rests on a confession alone is no count of the incident's dead
    incidents = json.loads(filled.export("json"))["incidents"]
    alleged = [i["id"] for i in incidents if (i["fatalities"] or {}).get("status") == "alleged"]
    assert alleged
    assert all(r["fatalities"] == "0" for r in rows if r["event_id_cnty"] in alleged)
    assert any(int(r["fatalities"]) > 0 for r in rows)


def test_acled_notes_open_with_the_earliest_reports_lead_then_the_open_questions(filled):
    listed = list(csv.DictReader(io.StringIO(filled.export("csv"))))
    rows = {r["sub_event_type"]: r for r in listed}
    protest = rows["Excessive force against protesters"]["notes"]
    # what happened first (it had been the questions alone), then what the reports dispute
    assert protest.startswith("Police fired tear gas and water cannon to disperse thousands")
    assert "Is it true?" in protest
    assert all(r["notes"][:1].isalnum() for r in listed)  # no bullet: "- 5 shot, 2 fatally"


@pytest.mark.parametrize(
    ("event_type", "actor1", "actor2", "expected"),
    [
        # an unnamed perpetrator of violence against civilians, on civilians of the country
        (
            "Violence against civilians",
            (None, None),
            (None, None),
            (("Unidentified Armed Group (Kenya)", 3), ("Civilians (Kenya)", 7)),
        ),
        # a civilian is never the actor of violence against civilians, but its target
        (
            "Violence against civilians",
            ("Civilians", 7),
            (None, None),
            (("Unidentified Armed Group (Kenya)", 3), ("Civilians (Kenya)", 7)),
        ),
        # a battle of the police with the police of no country is with an unnamed group
        (
            "Battles",
            ("Police Forces of Kenya", 1),
            ("Police Forces", 1),
            (("Police Forces of Kenya", 1), ("Unidentified Armed Group (Kenya)", 3)),
        ),
        # named actors and other event types stay as the reports name them
        (
            "Protests",
            ("Protesters", 6),
            (None, None),
            (("Protesters (Kenya)", 6), (None, None)),
        ),
        (
            "Violence against civilians",
            ("Pakistan Rangers", 1),
            ("Waqas Haider", 7),
            (("Pakistan Rangers", 1), ("Waqas Haider", 7)),
        ),
    ],
)
def test_the_acled_csv_codes_actors_by_acled_conventions(event_type, actor1, actor2, expected):
    assert acled_actors(event_type, actor1, actor2, country="Kenya") == expected


def test_geojson_is_a_feature_collection_of_located_incidents(filled):
    data = json.loads(filled.export("geojson"))
    assert data["type"] == "FeatureCollection"
    located = [i for i in filled.incidents() if i.lat is not None]
    assert len(data["features"]) == len(located)
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    # the API takes an incident by a unique beginning of its id, as git takes a commit's; a
    # LIKE wildcard in it is a plain character, and one beginning several ids is refused
    first = filled.incidents()[0].id
    assert filled.incident(first[:9])[0].id == first
    for vague in ("in-", "in-%", first[:8] + "_"):
        with pytest.raises(NotFound):
            filled.incident(vague)


def test_an_unknown_format_names_the_known_ones(ledger):
    with pytest.raises(
        UnknownFormat, match=r"no export format 'xml' \(one of csv, geojson, json\)"
    ):
        ledger.export("xml")


def test_a_protest_event_lists_its_protesters_first_and_the_force_second_and_its_country():
    # police fired on a march: the reports make the police the doer, the dead civilians and
    # the marchers the done-to; ACLED lists a protest event's protesters as actor1
    actors = [
        ("ac-police", "Police Forces of Bangladesh", "police", 1),
        ("ac-dead", "Civilians (Bangladesh)", "civilians", 7),
        ("ac-march", "Protesters (Bangladesh)", "protesters", 6),
    ]
    incident = {
        "id": "in-1",
        "event_type": "Protests",
        "sub_event_type": "Excessive force against protesters",
        "actors": [
            {"actor": "ac-dead", "role": "actor2"},
            {"actor": "ac-police", "role": "actor1"},
            {"actor": "ac-march", "role": "actor2"},
        ],
        "date": {"start": "2026-11-19", "precision": "day"},
        "place": {"name": "Dhaka", "country": "BD"},
        "reports": [],
        "questions": [],
        "fatalities": {"best": 5},
        "status": "disputed",
    }
    data = {
        "actors": [{"id": i, "name": n, "kind": k, "inter": t} for i, n, k, t in actors],
        "documents": [],
        "contradictions": [],
        "incidents": [incident],
    }
    (row,) = incident_rows(data)
    assert (row["actor1"], row["inter1"]) == ("Protesters (Bangladesh)", 6)
    assert (row["actor2"], row["inter2"]) == ("Police Forces of Bangladesh", 1)
    assert row["interaction"] == 16
    assert row["country"] == "Bangladesh"  # ACLED's column names the country


@pytest.mark.parametrize("url", ["sqlite_url", "postgresql_collated_url"])
def test_json_export_orders_alike_on_every_database(url, request):
    # A team's PostgreSQL server sorts text by its locale and puts NULL last: the export (and
    # `show`) must still list actors by name in code point order and undated incidents first,
    # as SQLite does, and an event's figures of one phrase by id, so that two ledgers of the
    # same reports export alike.
    import datetime as dt

    from corroborate.ledger import Ledger
    from corroborate.model import Actor, Document, Event, Figure, Incident

    names = ["army", "Pakistan Rangers", "Human rights groups", "Human Rights Forum", "Écoles"]
    text = "Nobody was harmed when a grenade went off outside the depot, officials said."
    with Ledger(request.getfixturevalue(url)) as ledger:
        with ledger.session() as session, session.begin():
            for number, name in enumerate(names):
                session.add(Actor(id=f"ac-{number}", name=name, kind="other"))
            session.add(Incident(id="in-dated", date_start=dt.date(2025, 4, 15), summary={}))
            session.add(Incident(id="in-undated", date_start=None, summary={}))
            session.add(Document(id="doc-1", content_hash="1", text=text))
            session.flush()
            common = {"document_id": "doc-1", "start": 0, "end": 17, "extractor": "test"}
            session.add(Event(id="ev-1", rank=0, modality="occurred", text="went off", **common))
            session.flush()
            for figure_id, kind in (("fg-2", "killed"), ("fg-1", "injured")):  # one phrase
                session.add(
                    Figure(
                        id=figure_id,
                        event_id="ev-1",
                        kind=kind,
                        value=0,
                        qualifier="exact",
                        text=text[:17],
                        **common,
                    )
                )
        data = json.loads(ledger.export("json"))
        assert [a["name"] for a in data["actors"]] == sorted(names)
        assert [i["id"] for i in data["incidents"]] == ["in-undated", "in-dated"]
        assert [f["kind"] for f in data["events"][0]["figures"]] == ["injured", "killed"]
        assert [a.name for a in ledger.actors()] == sorted(names)
        assert [i.id for i in ledger.incidents()] == ["in-undated", "in-dated"]


def acled_row(event_type: str, sub_event_type: str, actors: list, country: str) -> dict:
    """The CSV row of one incident with these (id, name, kind, inter, role) actors."""
    incident = {
        "id": "in-2",
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actors": [{"actor": a[0], "role": a[4]} for a in actors],
        "date": {"start": "2026-12-03", "precision": "day"},
        "place": {"name": "Town", "country": country},
        "reports": [],
        "questions": [],
        "fatalities": {"best": 1},
        "status": "single_source",
    }
    data = {
        "actors": [{"id": a[0], "name": a[1], "kind": a[2], "inter": a[3]} for a in actors],
        "documents": [],
        "contradictions": [],
        "incidents": [incident],
    }
    (row,) = incident_rows(data)
    return row


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "actors", "country", "expected"),
    [
        # journalists marched and the police blocked them: ACLED's actor1 of every protest
        # is "Protesters (country)" (who they are goes to a column of associated actors)
        (
            "Protests",
            "Protest with intervention",
            [
                ("ac-press", "Journalists (Mexico)", "journalist", 7, "actor1"),
                ("ac-police", "Police Forces of Mexico", "police", 1, "actor2"),
            ],
            "MX",
            ("Protesters (Mexico)", 6, "Police Forces of Mexico", 1, 16),
        ),
        # protesters stabbed a police sergeant the reports name: a violent demonstration's
        # crowd is "Rioters (country)" and the officer is coded by his force
        (
            "Riots",
            "Violent demonstration",
            [
                ("ac-crowd", "Protesters (Guinea)", "protesters", 6, "actor1"),
                ("ac-sergeant", "Mamadou Camara", "police", 1, "actor2"),
            ],
            "GN",
            ("Rioters (Guinea)", 5, "Police Forces of Guinea", 1, 15),
        ),
    ],
)
def test_a_crowd_is_acleds_protesters_or_rioters_and_a_named_officer_is_his_force(
    event_type, sub_event_type, actors, country, expected
):
    row = acled_row(event_type, sub_event_type, actors, country)
    fields = ("actor1", "inter1", "actor2", "inter2", "interaction")
    assert tuple(row[f] for f in fields) == expected
