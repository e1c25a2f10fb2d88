"""Assessment of consolidated incidents: figures, contradictions (and what is not one),
independent sources, status and open questions, on fictional multi-outlet reporting."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from test_consolidate import KARACHI, Cl, Ev, Story, file_story

from corroborate.assess.corroboration import outlet_affiliations
from corroborate.export.json import export_schema
from corroborate.ledger import Ledger
from corroborate.model import Outlet

DAY = dt.date(2015, 6, 4)
WHEN = ("Wednesday", "2015-06-03", "2015-06-03", "day")


@pytest.fixture
def ledger(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/t.db") as opened:
        yield opened


def clash(text: str, outlet: str, figures, *, published=DAY, claims=(), actors=(), **kw):
    """A report of the (fictional) Orangi Town clash, with its figures and claims."""
    return Story(
        text,
        outlet,
        published,
        events=[
            Ev(
                kw.get("trigger", "clash"),
                "Battles",
                "Armed clash",
                modality=kw.get("modality", "occurred"),
                place=("Orangi Town", KARACHI),
                time=("Wednesday", *WHEN[1:]),
                actors=actors,
                figures=figures,
            )
        ],
        claims=claims,
        persons=kw.get("persons", ()),
    )


def the_incident(ledger: Ledger):
    incidents = ledger.incidents()
    assert len(incidents) == 1, [i.summary.get("documents") for i in incidents]
    return incidents[0]


def kinds(ledger: Ledger) -> list[str]:
    return sorted(c.kind for c in ledger.contradictions())


# --------------------------------------------------------------------------- numbers


def test_none_killed_against_one_killed_is_a_number_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: No one was killed in the clash in Orangi Town on Wednesday, police said, "
            "as Rangers and gunmen exchanged fire near Qasba Colony.",
            "dawn.example",
            [("No one was killed", "killed", 0, "zero", 0)],
            claims=[
                Cl("police", "said", "No one was killed in the clash in Orangi Town on Wednesday")
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A teenager was killed in the clash between Rangers and gunmen near Qasba "
            "Colony in Orangi Town on Wednesday, his family said.",
            "thenews.example",
            [("A teenager was killed", "killed", 1, "exact", 0)],
            claims=[
                Cl(
                    "his family",
                    "said",
                    "A teenager was killed in the clash between Rangers "
                    "and gunmen near Qasba Colony in Orangi Town on Wednesday",
                    kind="person",
                )
            ],
        ),
    )
    incident = the_incident(ledger)
    assert kinds(ledger) == ["number"]
    (number,) = ledger.contradictions()
    assert [side["value"] for side in number.sides] == [0, 1]
    assert all(len(side["claims"]) == 1 for side in number.sides)
    fatalities = incident.summary["fatalities"]
    assert fatalities["status"] == "disputed"
    assert (fatalities["low"], fatalities["high"]) == (0, 1)
    assert sorted((v["value"], v["speaker"]) for v in fatalities["values"]) == [
        (0, "police"),
        (1, "his family"),
    ]
    assert incident.status == "disputed"
    assert incident.questions[0].startswith("How many were killed? Accounts: killed 0 (police)")


def test_at_least_27_and_over_60_do_not_contradict(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: At least 27 people were killed in the clash in Orangi Town on Wednesday, "
            "hospital officials said.",
            "dawn.example",
            [("At least 27 people were killed", "killed", 27, "at_least", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Over 60 people were killed in the Orangi Town clash on Wednesday, a rescue "
            "service said.",
            "geo.example",
            [("Over 60 people were killed", "killed", 60, "more_than", None)],
        ),
    )
    incident = the_incident(ledger)
    assert kinds(ledger) == []
    fatalities = incident.summary["fatalities"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (27, 60, 60)
    assert fatalities["status"] == "single_source"  # only one source allows 60


def test_around_20_and_over_60_contradict(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Around 20 people were killed in the clash in Orangi Town on Wednesday, "
            "officials said.",
            "dawn.example",
            [("Around 20 people were killed", "killed", 20, "about", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Over 60 people were killed in the Orangi Town clash on Wednesday, a rescue "
            "service said.",
            "geo.example",
            [("Over 60 people were killed", "killed", 60, "more_than", None)],
        ),
    )
    assert kinds(ledger) == ["number"]
    fatalities = the_incident(ledger).summary["fatalities"]
    # Disputed, one source each: the conservative figure.
    assert (fatalities["best"], fatalities["status"]) == (20, "disputed")


def test_a_rising_toll_is_an_update_not_a_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Three people were killed", "killed", 3, "exact", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The death toll from Wednesday's clash in Orangi Town rose to five on "
            "Thursday after two of the injured died at Abbasi Shaheed Hospital.",
            "thenews.example",
            [
                (
                    "death toll from Wednesday's clash in Orangi Town rose to five",
                    "killed",
                    5,
                    "exact",
                    None,
                )
            ],
            published=DAY + dt.timedelta(days=1),
            trigger="clash",
        ),
    )
    assert kinds(ledger) == []
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (5, 5, 5)
    assert [v["value"] for v in fatalities["values"]] == [3, 5]


def test_people_shot_count_the_dead_so_injured_leaves_them_out(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: A 17-year-old boy died after he was shot in the clash in Orangi Town on "
            "Wednesday, police said.",
            "dawn.example",
            [
                ("A 17-year-old boy died", "killed", 1, "exact", None),
                ("he was shot", "injured", 1, "exact", None),
            ],
        ),
    )
    figures = the_incident(ledger).summary
    assert (figures["fatalities"]["best"], figures["injured"]["best"]) == (1, 0)


def test_wounded_counts_set_injured_before_people_shot(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Five people were shot in the clash in Orangi Town on Wednesday. Two of "
            "them died and three were wounded, police said.",
            "dawn.example",
            [
                ("Two of them died", "killed", 2, "exact", None),
                ("Five people were shot", "injured", 5, "exact", None),
                ("three were wounded", "injured", 3, "exact", None),
            ],
        ),
    )
    assert the_incident(ledger).summary["injured"]["best"] == 3


# --------------------------------------------------------------------------- claims


def test_a_denial_of_what_another_source_asserts_is_a_polarity_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Residents said Rangers opened fire on a crowd in Orangi Town on Wednesday "
            "during the clash near Qasba Colony.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Residents",
                    "said",
                    "Rangers opened fire on a crowd in Orangi Town on Wednesday",
                    kind="person",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A Rangers spokesman denied that Rangers opened fire on a crowd in Orangi "
            "Town during Wednesday's clash near Qasba Colony.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A Rangers spokesman",
                    "denied",
                    "Rangers opened fire on a crowd in Orangi Town",
                    stance="denies",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (polarity,) = ledger.contradictions()
    assert [side["value"] for side in polarity.sides] == ["asserts", "denies"]
    assert "A Rangers spokesman denies it" in polarity.summary
    assert the_incident(ledger).status == "disputed"


def test_a_court_and_the_army_named_as_ordering_the_raid_is_an_authority_contradiction(ledger):
    raid = {"trigger": "raid"}
    file_story(
        ledger,
        clash(
            "KARACHI: The Rangers said the raid in Orangi Town on Wednesday was ordered by the "
            "Supreme Court, which had sought action against illegal weapons near Qasba Colony.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "The Rangers",
                    "said",
                    "the raid in Orangi Town on Wednesday was ordered by the Supreme Court",
                )
            ],
            **raid,
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A journalist who witnessed Wednesday's raid in Orangi Town suggested it was "
            "carried out on the orders of the Army, not the court, near Qasba Colony.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A journalist",
                    "suggested",
                    "it was carried out on the orders of the Army",
                    kind="person",
                    hedged=True,
                )
            ],
            **raid,
        ),
    )
    assert kinds(ledger) == ["authority"]
    (authority,) = ledger.contradictions()
    assert sorted(side["value"] for side in authority.sides) == ["Army", "Supreme Court"]
    assert the_incident(ledger).questions == [
        "Who ordered the raid? A journalist suggests the Army; The Rangers says the Supreme Court."
    ]


def test_the_forces_fire_against_another_gunman_is_a_responsibility_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Bilal Ahmed, 17, was killed by Rangers fire during the clash in Orangi Town "
            "on Wednesday, his father said.",
            "dawn.example",
            [("Bilal Ahmed, 17, was killed", "killed", 1, "exact", None)],
            actors=[("Rangers", "Pakistan Rangers", "paramilitary", "actor1")],
            persons=["Bilal Ahmed"],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Bilal Ahmed was killed by a gunman firing from a rooftop during the clash in "
            "Orangi Town on Wednesday, the Rangers said.",
            "thenews.example",
            [("Bilal Ahmed was killed", "killed", 1, "exact", None)],
            actors=[("a gunman", "Unidentified Armed Group (Pakistan)", "militia", "actor1")],
            persons=["Bilal Ahmed"],
        ),
    )
    assert kinds(ledger) == ["responsibility"]
    question = the_incident(ledger).questions[0]
    assert question.startswith("Who fired the shot that killed Bilal Ahmed? Accounts: ")
    assert "Pakistan Rangers" in question and "Unidentified Armed Group (Pakistan)" in question


def test_it_happened_against_it_did_not_is_an_occurrence_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Rangers and gunmen fought a two-hour clash in Orangi Town on Wednesday near "
            "Qasba Colony, residents said.",
            "dawn.example",
            [],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The police denied any clash took place in Orangi Town on Wednesday "
            "near Qasba "
            "Colony, calling the reports baseless.",
            "thenews.example",
            [],
            modality="denied",
            claims=[
                Cl(
                    "The police",
                    "denied",
                    "any clash took place in Orangi Town on Wednesday",
                    stance="denies",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["occurrence"]
    incident = the_incident(ledger)
    assert incident.modality == "occurred" and incident.status == "disputed"
    assert incident.questions[0].startswith("Did the clash happen at all?")


# --------------------------------------------------------------------------- independence


FOUR_KILLED = (
    "KARACHI: Four people were killed in the clash between Rangers and gunmen in Orangi Town "
    "on Wednesday, hospital officials said, as shops near Qasba Colony stayed shut."
)


def test_a_wire_copy_counts_once(ledger):
    figure = [("Four people were killed", "killed", 4, "exact", None)]
    file_story(ledger, clash(FOUR_KILLED, "app-wire.example", figure))
    file_story(
        ledger,
        clash(FOUR_KILLED.replace("stayed shut", "remained shut"), "reprint.example", figure),
    )
    incident = the_incident(ledger)
    assert len(incident.summary["documents"]) == 2
    assert incident.summary["fatalities"]["status"] == "single_source"
    assert incident.status == "single_source"
    file_story(
        ledger,
        clash(
            "KARACHI: Four people died in Wednesday's clash in Orangi Town near Qasba Colony, "
            "according to Edhi volunteers.",
            "thenews.example",
            [("Four people died", "killed", 4, "exact", None)],
        ),
    )
    incident = the_incident(ledger)
    assert incident.summary["fatalities"]["status"] == "corroborated"
    assert incident.status == "corroborated"


def test_a_party_and_its_own_media_count_once(ledger):
    assert outlet_affiliations()["mqm.org"] == "MQM"
    file_story(
        ledger,
        clash(
            "KARACHI: Four party workers were killed in the clash in Orangi Town on Wednesday, an "
            "MQM spokesman said, blaming the Rangers.",
            "dawn.example",
            [("Four party workers were killed", "killed", 4, "exact", 0)],
            claims=[
                Cl(
                    "an MQM spokesman",
                    "said",
                    "Four party workers were killed in the clash in Orangi Town on Wednesday",
                    kind="person",
                    affiliation="Muttahida Qaumi Movement",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "Four of our workers were martyred in Orangi Town on Wednesday in the clash near Qasba "
            "Colony.",
            "mqm.org",
            [("Four of our workers were martyred", "killed", 4, "exact", None)],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"
    # An outlet's owner recorded in the ledger works the same way.
    with ledger.session() as session, session.begin():
        session.add(Outlet(name="party-tv.example", affiliation="MQM"))
    file_story(
        ledger,
        clash(
            "Four MQM workers were killed in Orangi Town on Wednesday in the clash near Qasba "
            "Colony.",
            "party-tv.example",
            [("Four MQM workers were killed", "killed", 4, "exact", None)],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"


def test_the_export_of_an_assessed_incident_follows_the_schema(ledger):
    test_none_killed_against_one_killed_is_a_number_contradiction(ledger)
    data = json.loads(ledger.export("json"))
    jsonschema.validate(data, export_schema())
    (incident,) = data["incidents"]
    assert len(incident["reports"]) == 2
    value = next(v for v in incident["fatalities"]["values"] if v["value"] == 0)
    (evidence,) = value["evidence"]
    document = next(d for d in data["documents"] if d["id"] == value["document"])
    assert document["text"][evidence["start"] : evidence["end"]] == "No one was killed"
    assert data["contradictions"][0]["incident"] == incident["id"]


def test_outlet_affiliations_parse_without_duplicates():
    from importlib import resources

    text = resources.files("corroborate.assess").joinpath("outlet_affiliations.tsv")
    lines = [line for line in text.read_text("utf-8").splitlines()[2:] if line]
    outlets = [line.split("\t")[0].lower() for line in lines]
    assert len(outlets) == len(set(outlets)) == len(outlet_affiliations())
