"""ACLED event type classifier: data files, classification of our own sentences, retraining."""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

import numpy as np
import pytest

from corroborate.errors import InputError
from corroborate.evaluate import data_dir
from corroborate.extract import event_types
from corroborate.extract.event_types import (
    NOT_ACLED,
    EventTypeGuess,
    acled_types,
    classify_by_triggers,
    classify_event_types,
    codebook_examples,
    language_data_digest,
    sub_event_type_of_case2021,
    train_event_types,
    triggers,
)

DATA_FILES = Path(event_types.__file__).with_name("event_types_data")

# ACLED's scheme as its codebook names it: event type -> sub-event types.
ACLED_SCHEME = {
    "Battles": [
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ],
    "Explosions/Remote violence": [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    "Violence against civilians": [
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ],
    "Protests": [
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _tsv_rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    lines = (DATA_FILES / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), f"{name}: first line must say what the file is"
    reader = csv.DictReader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    assert all(None not in row and None not in row.values() for row in rows), name
    return list(reader.fieldnames or []), rows


def test_acled_types_tsv_has_each_sub_event_type_once_under_its_event_type() -> None:
    _, rows = _tsv_rows("acled_types.tsv")
    names = [row["sub_event_type"] for row in rows]
    assert len(names) == len(set(names)) == 25
    expected = {sub: event for event, subs in ACLED_SCHEME.items() for sub in subs}
    assert {row["sub_event_type"]: row["event_type"] for row in rows} == expected
    assert {name: t.event_type for name, t in acled_types().items()} == expected


def test_every_sub_event_type_has_a_plover_type_except_other() -> None:
    for name, found in acled_types().items():
        if name == "Other":
            assert found.plover is None
        else:
            assert found.plover in PLOVER_TYPES, name
    assert acled_types()["Arrests"].plover == "COERCE"
    assert acled_types()["Arrests"].plover_mode == "arrest"
    assert acled_types()["Peaceful protest"].plover == "PROTEST"
    assert acled_types()["Agreement"].plover == "AGREE"


def test_case2021_labels_map_to_sub_event_types_one_to_one() -> None:
    labels = [t.case2021_label for t in acled_types().values()]
    assert len(labels) == len(set(labels))
    assert sub_event_type_of_case2021("AIR_STRIKE") == "Air/drone strike"
    assert sub_event_type_of_case2021("PROTEST_WITH_INTER") == "Protest with intervention"
    assert sub_event_type_of_case2021("NATURAL_DISASTER") is None


def test_trigger_and_example_files_parse_without_duplicates() -> None:
    fields, rows = _tsv_rows("triggers.tsv")
    assert fields == ["sub_event_type", "pattern", "context", "weight"]
    keys = [(row["sub_event_type"], row["pattern"]) for row in rows]
    assert len(keys) == len(set(keys))
    assert len(triggers()) == len(rows)
    assert all(float(row["weight"]) > 0 for row in rows)
    # patterns run on lower-cased text: an upper-case letter outside an escape never matches
    for row in rows:
        for regex in (row["pattern"], row["context"]):
            assert not re.search(r"(?<!\\)[A-Z]", regex), regex
    fields, rows = _tsv_rows("examples.tsv")
    assert fields == ["sub_event_type", "text"]
    texts = [row["text"] for row in rows]
    assert len(texts) == len(set(texts))
    assert {label for _, label in codebook_examples()} == set(acled_types()) | {NOT_ACLED}


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type", "plover"),
    [
        (
            "Paramilitary forces arrested 27 party workers in a raid on the headquarters",
            "Strategic developments",
            "Arrests",
            "COERCE",
        ),
        (
            "A drone strike killed four militants",
            "Explosions/Remote violence",
            "Air/drone strike",
            "ASSAULT",
        ),
        (
            "Police fired tear gas to disperse hundreds of protesters",
            "Protests",
            "Protest with intervention",
            "PROTEST",
        ),
        (
            "A suicide bomber detonated his vest at a checkpoint in the provincial capital, "
            "killing six soldiers, the interior ministry said.",
            "Explosions/Remote violence",
            "Suicide bomb",
            "ASSAULT",
        ),
        (
            "Gunmen on motorcycles abducted 14 passengers from a bus on the Kaduna highway late "
            "on Sunday, police said.",
            "Violence against civilians",
            "Abduction/forced disappearance",
            "ASSAULT",
        ),
        (
            "The two armed groups signed a ceasefire agreement in the capital on Thursday.",
            "Strategic developments",
            "Agreement",
            "AGREE",
        ),
    ],
)
def test_classify_event_types_on_our_sentences(
    text: str, event_type: str, sub_event_type: str, plover: str
) -> None:
    [guess] = classify_event_types([text])
    assert (guess.event_type, guess.sub_event_type, guess.plover) == (
        event_type,
        sub_event_type,
        plover,
    )
    assert 0.0 < guess.score <= 1.0


def test_batch_keeps_order_and_empty_batch_is_empty() -> None:
    texts = [
        "Army engineers defused a roadside bomb planted near the bridge at Kalagi.",
        "Several thousand nurses marched peacefully through the city centre to demand back pay.",
    ]
    guesses = classify_event_types(texts)
    assert [g.sub_event_type for g in guesses] == ["Disrupted weapons use", "Peaceful protest"]
    assert classify_event_types([]) == []


def test_rules_alone_name_the_codebook_cues() -> None:
    guesses = classify_by_triggers(
        [
            "Insurgents fired mortar shells at the airport.",
            "The council approved a new budget for schools.",
        ]
    )
    assert guesses[0].sub_event_type == "Shelling/artillery/missile attack"
    assert guesses[1] == EventTypeGuess(None, None, None, 1.0)


def test_rebels_taking_a_town_back_point_at_an_overtaking() -> None:
    # ACLED codes who gains the place: militants retaking a town is no government regain
    text = "Militants recaptured the coastal town of Mabanga hours after losing it to troops."
    column = list(acled_types()).index("Non-state actor overtakes territory")
    assert event_types.trigger_scores([text])[0, column] > 0


def test_trigger_scores_sum_the_weights_of_matching_triggers() -> None:
    text = "A suicide bomber blew himself up at the gate."
    matches = event_types.trigger_matches([text])
    assert matches.shape == (1, len(triggers()))
    expected = sum(
        t.weight
        for t, hit in zip(triggers(), matches[0], strict=True)
        if hit and t.sub_event_type == "Suicide bomb"
    )
    column = list(acled_types()).index("Suicide bomb")
    assert expected > 0
    assert event_types.trigger_scores([text])[0, column] == pytest.approx(expected)


def test_trigger_dropout_makes_the_model_lean_on_ngrams_more() -> None:
    codebook = event_types.codebook_event_types()
    rule_share = []
    for dropout in (0.0, 0.5):
        settings = event_types.TrainingSettings(trigger_dropout=dropout)
        model = event_types.fit_event_type_model([], [], codebook, settings)
        rule_columns = len(acled_types()) + len(ACLED_SCHEME)  # sub-event and event types
        rules = abs(model.coef[:, -rule_columns:]).sum()
        rule_share.append(rules / abs(model.coef).sum())
    assert rule_share[1] < rule_share[0]


def test_models_saved_before_event_type_rule_columns_still_classify(tmp_path: Path) -> None:
    codebook = event_types.codebook_event_types()
    model = event_types.fit_event_type_model([], [], codebook)
    model.event_type_rules = False  # as fitted before the event-type columns existed
    model.coef = model.coef[:, : -len(ACLED_SCHEME)]
    path = model.save(tmp_path)
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        payload = json.load(stream)
    del payload["event_type_rules"]
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        json.dump(payload, stream)
    old = event_types.EventTypeModel.load(path)
    assert not old.event_type_rules
    [guess] = old.guesses(["A suicide bomber blew himself up at the gate of the base."])
    assert guess.sub_event_type == "Suicide bomb"


def test_shipped_model_is_small_json_not_pickle() -> None:
    path = DATA_FILES / "model.json.gz"
    assert path.stat().st_size < 3_000_000
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        payload = json.load(stream)
    assert "CASE 2021" in payload["info"]["trained_on"]
    # after editing triggers.tsv, examples.tsv or acled_types.tsv, retrain the shipped model:
    # python -m corroborate.extract.event_types train-default ../shared/data
    assert payload["info"]["language_data"] == language_data_digest()
    assert set(payload["classes"]) == set(acled_types()) | {""}


# Notes in the style of an ACLED export, invented by us.
TINY_EXPORT = [
    (
        "Protests",
        "Peaceful protest",
        "On 3 May, around 200 traders protested peacefully in Jos over new market levies.",
    ),
    (
        "Protests",
        "Peaceful protest",
        "On 4 May, students held a peaceful march in Zaria against fee increases.",
    ),
    (
        "Protests",
        "Peaceful protest",
        "On 9 May, nurses demonstrated outside the state hospital over unpaid salaries.",
    ),
    (
        "Protests",
        "Peaceful protest",
        "On 12 May, women protested in Bauchi over the killing of a local chief.",
    ),
    (
        "Strategic developments",
        "Arrests",
        "On 5 May, police arrested 12 suspected members of a separatist group in Owerri.",
    ),
    (
        "Strategic developments",
        "Arrests",
        "On 6 May, soldiers detained a local politician in Yola over alleged links to militants.",
    ),
    (
        "Strategic developments",
        "Arrests",
        "On 10 May, police arrested a journalist in Abuja for a report on the army.",
    ),
    (
        "Strategic developments",
        "Arrests",
        "On 14 May, security forces detained 30 youths in a raid in Kano.",
    ),
    (
        "Battles",
        "Armed clash",
        "On 7 May, the military clashed with militants near Damboa; 5 militants were killed.",
    ),
    (
        "Battles",
        "Armed clash",
        "On 8 May, vigilantes and bandits exchanged fire in Zurmi; 3 bandits were killed.",
    ),
    (
        "Battles",
        "Armed clash",
        "On 11 May, troops repelled an attack by militants on their base in Monguno.",
    ),
    (
        "Battles",
        "Armed clash",
        "On 13 May, police fought armed robbers on the Lokoja highway; 2 officers were killed.",
    ),
]


def _write_export(path: Path, rows: list[tuple[str, str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes"])
        for i, (event_type, sub_event_type, notes) in enumerate(rows, start=1):
            writer.writerow([f"XYZ{i}", "2024-05-01", event_type, sub_event_type, notes])


def test_train_event_types_writes_a_model_classify_can_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = tmp_path / "acled_export.csv"
    _write_export(export, TINY_EXPORT)
    figures = train_event_types(export, tmp_path / "model")
    assert figures["n_texts"] == 12
    assert 0.0 <= figures["weighted_f1"] <= 1.0
    assert (tmp_path / "model" / "model.json.gz").exists()
    text = "On 20 May, police arrested 8 members of the banned group in Enugu."
    [guess] = classify_event_types([text], model_dir=tmp_path / "model")
    assert (guess.event_type, guess.sub_event_type, guess.plover) == (
        "Strategic developments",
        "Arrests",
        "COERCE",
    )
    monkeypatch.setenv("CORROBORATE_EVENT_TYPES_MODEL", str(tmp_path / "model"))
    event_types.load_event_type_model.cache_clear()
    try:
        assert event_types.load_event_type_model().info["trained_on"] == "acled_export.csv"
    finally:
        monkeypatch.delenv("CORROBORATE_EVENT_TYPES_MODEL")
        event_types.load_event_type_model.cache_clear()


def test_train_event_types_names_the_file_when_columns_are_missing(tmp_path: Path) -> None:
    export = tmp_path / "events.csv"
    export.write_text("event_date,notes\n2024-05-01,Something happened.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"events\.csv: not an ACLED export: .*event_type"):
        train_event_types(export, tmp_path / "model")


@pytest.mark.data
def test_case2021_labels_are_all_known() -> None:
    path = data_dir() / "case2021-task2" / "dev.tsv"
    if not path.exists():
        pytest.skip(f"{path} absent (shared data not mounted)")
    texts, labels, raw = event_types.read_case2021(data_dir())
    assert len(texts) == len(labels) == len(raw) == 503
    acled = {label for label in raw if sub_event_type_of_case2021(label)}
    assert len(acled) == 25
    assert set(raw) - acled == {
        "ORG_CRIME",
        "NATURAL_DISASTER",
        "MAN_MADE_DISASTER",
        "DIPLO",
        "ATTRIB",
    }


def test_probabilities_read_the_trigger_matches_they_are_given() -> None:
    model = event_types.load_event_type_model()
    text = ["A suicide bomber blew himself up at the gate of the district police headquarters."]
    silent = np.zeros((1, len(triggers())), dtype=bool)
    assert event_types.trigger_matches(text).any()
    assert not np.allclose(model.probabilities(text), model.probabilities(text, silent))
    assert np.allclose(model.probabilities(text), model.probabilities(text, None))


def test_weakened_rules_cv_scores_lower_than_intact_rules_on_the_reviewed_texts() -> None:
    # our own codebook sentences stand in for the snippets the lexicon was reviewed on
    texts = [text for text, _ in codebook_examples()]
    labels = [label for _, label in codebook_examples()]
    codebook = event_types.codebook_event_types()
    settings = event_types.TrainingSettings(codebook_examples=False)
    figures = [
        event_types.cross_validate(
            texts, labels, codebook, folds=3, settings=settings, test_trigger_dropout=dropout
        )["weighted_f1"]
        for dropout in (0.0, 0.0, 1.0)
    ]
    assert figures[0] == figures[1]  # the dropout is seeded: figures repeat
    assert figures[2] < figures[0]


def test_held_out_interval_brackets_the_figure_and_is_seeded() -> None:
    from corroborate.evaluate.event_types import _bootstrap_interval

    gold = ["Attack", "Arrests", "Grenade", NOT_ACLED] * 5
    assert _bootstrap_interval(gold, gold, rounds=50) == (1.0, 1.0)
    guessed = ["Attack", "Attack", "Grenade", "Attack"] * 5
    figure = event_types.score_predictions(gold, guessed)["weighted_f1"]
    low, high = _bootstrap_interval(gold, guessed, rounds=200)
    assert low < figure < high
    assert _bootstrap_interval(gold, guessed, rounds=200) == (low, high)


def test_top_confusions_rank_the_commonest_errors_over_acled_texts_only() -> None:
    from corroborate.evaluate.event_types import top_confusions

    gold = [
        "Peaceful protest",
        "Peaceful protest",
        "Violent demonstration",
        "Violent demonstration",
        "Violent demonstration",
        "Government regains territory",
        NOT_ACLED,
        NOT_ACLED,
    ]
    guessed = [
        "Violent demonstration",
        "Peaceful protest",
        "Peaceful protest",
        "Peaceful protest",
        "Violent demonstration",
        "Non-state actor overtakes territory",
        "Attack",  # a crime report typed an attack is not an error among ACLED sub-types
        "Attack",
    ]
    assert top_confusions(gold, guessed) == [
        ("Violent demonstration", "Peaceful protest", 2),
        ("Government regains territory", "Non-state actor overtakes territory", 1),
        ("Peaceful protest", "Violent demonstration", 1),
    ]
    assert top_confusions(gold, guessed, top=1) == [
        ("Violent demonstration", "Peaceful protest", 2)
    ]


def test_tuning_cv_over_seeds_gives_each_kind_one_repeatable_figure_a_seed() -> None:
    from corroborate.evaluate.event_types import seeds_report, tuning_cv_over_seeds

    # our own codebook sentences stand in for the tuning snippets
    texts = [text for text, _ in codebook_examples()]
    labels = [label for _, label in codebook_examples()]
    settings = event_types.TrainingSettings(codebook_examples=False)
    figures = tuning_cv_over_seeds(texts, labels, (1, 2), folds=3, settings=settings)
    assert set(figures) == {"plain", "rules_weakened", "without_rules"}
    assert all(len(values) == 2 and all(0 < v <= 1 for v in values) for values in figures.values())
    codebook = event_types.codebook_event_types()
    again = event_types.cross_validate(texts, labels, codebook, folds=3, seed=2, settings=settings)[
        "weighted_f1"
    ]
    assert figures["plain"][1] == again  # the seed is the fold split's: figures repeat
    rules_free = event_types.TrainingSettings(
        codebook_examples=False, trigger_weight=0.0, trigger_dropout=0.0
    )
    assert (
        figures["without_rules"][0]
        == event_types.cross_validate(
            texts, labels, codebook, folds=3, seed=1, settings=rules_free
        )["weighted_f1"]
    )
    report = seeds_report(figures, (1, 2))
    assert "fold seeds 1, 2" in report and report.count("mean") == 3
