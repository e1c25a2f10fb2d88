"""Train the claim models on PolNeAR's train compartment and refresh the cue lexicon counts.

    python -m corroborate.extract.claims_train [--data /work/shared/data]

Writes ``claims_model/weights.json.gz``: the cue model (is this token part of a cue), the
free-cue model (the same, learnt from tokens outside every relation only), the extension
model (does a cue go on to this neighbouring token), the unit model (is this unit around a
gold cue the speaker, the content or neither) and the gate (lemmas scored as cue
candidates). Rewrites the count column of ``cue_verbs.tsv`` (stances and hedging flags there
are kept: they are hand-assigned; lemmas new to the file come in as ``asserts`` to be
reviewed). The articles of PolNeAR's ``dev`` compartment are never read here: they are the
held-out test.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from corroborate.evaluate import data_dir as locate_data
from corroborate.evaluate.claims import Article, fragment_tokens, load_polnear, split_train
from corroborate.extract import claims
from corroborate.extract.pipeline import in_boilerplate
from corroborate.lexicons import read_rows

MODULE_DIR = Path(claims.__file__).parent
MIN_WEIGHT = 0.05  # smaller weights change no decision measurably (tune split); dropped
MIN_LEXICON_COUNT = 2
LEXICON_POS = frozenset({"VERB", "NOUN", "ADJ"})
# Lemmas heading a gold cue once already pass (93% of the tuning part's cue heads pass, 90%
# with count 2; a quarter of the words outside quotations, a fifth with count 2). Tuning part,
# source/cue/content overlap F1: count 2 .743/.610/.797, count 1 .746/.618/.796; count 1 with
# rate 0.002 .746/.618/.795, with rate 0.01 .748/.615/.794.
GATE_MIN_COUNT = 1
GATE_MIN_RATE = 0.005


def cue_examples(
    articles: list[Article],
) -> tuple[list[list[str]], list[int], list[bool], list[str]]:
    """Per token outside quotations: cue-model features, whether a gold cue covers it and
    whether it lies in another relation's source or content (nested); and the gate, the
    lemmas heading gold cues at least GATE_MIN_COUNT times and at a rate of at least
    GATE_MIN_RATE."""
    lexicon = claims.load_cue_lexicon()
    features: list[list[str]] = []
    labels: list[int] = []
    nested_flags: list[bool] = []
    lemmas: list[str] = []
    seen: Counter[str] = Counter()
    heading: Counter[str] = Counter()
    for article in articles:
        doc = article.doc
        gold = set()
        heads = set()
        nested: set[int] = set()
        for rel in article.record["relations"]:
            cue = fragment_tokens(doc, rel["cue"])
            gold |= cue
            if cue:
                heads.add(claims.cue_head_token(sorted(cue), doc).i)
            nested |= fragment_tokens(doc, rel["source"]) | fragment_tokens(doc, rel["content"])
        inside, _ = claims.quote_regions(doc)
        for token in doc:
            if token.is_space or inside[token.i] >= 0:
                continue
            if in_boilerplate(doc, token.idx, token.idx + len(token)):
                continue
            features.append(claims.cue_token_features(token, lexicon))
            labels.append(int(token.i in gold))
            nested_flags.append(token.i in nested)
            lemmas.append(token.lemma_)
            seen[token.lemma_] += 1
            heading[token.lemma_] += token.i in heads
    gate = sorted(
        lemma
        for lemma, n in heading.items()
        if n >= GATE_MIN_COUNT and n / seen[lemma] >= GATE_MIN_RATE
    )
    # The model only ever scores gated words (and lexicon words): it learns on those alone.
    scored = set(gate) | {entry.lemma for entry in lexicon.values()}
    keep = [k for k, lemma in enumerate(lemmas) if lemma in scored]
    return (
        [features[k] for k in keep],
        [labels[k] for k in keep],
        [nested_flags[k] for k in keep],
        gate,
    )


def extension_examples(articles: list[Article]) -> tuple[list[list[str]], list[int]]:
    """Per token outside quotations next to a gold cue token: extension-model features (the
    neighbours' gold cue labels given) and whether a gold cue covers it."""
    lexicon = claims.load_cue_lexicon()
    features: list[list[str]] = []
    labels: list[int] = []
    for article in articles:
        doc = article.doc
        gold: set[int] = set()
        for rel in article.record["relations"]:
            gold |= fragment_tokens(doc, rel["cue"])
        inside, _ = claims.quote_regions(doc)
        candidates = {j for i in gold for j in (i - 1, i, i + 1) if 0 <= j < len(doc)}
        for j in sorted(candidates):
            token = doc[j]
            left, right = j - 1 in gold, j + 1 in gold
            if token.is_space or inside[j] >= 0 or not (left or right):
                continue
            features.append(claims.extension_features(token, lexicon, left, right))
            labels.append(int(j in gold))
    return features, labels


def unit_examples(articles: list[Article]) -> tuple[list[list[str]], list[int]]:
    """Per candidate unit around each gold cue: unit features and its gold role."""
    features: list[list[str]] = []
    labels: list[int] = []
    for article in articles:
        doc = article.doc
        inside, _ = claims.quote_regions(doc)
        for rel in article.record["relations"]:
            cue = sorted(fragment_tokens(doc, rel["cue"]))
            if not cue:
                continue
            source = fragment_tokens(doc, rel["source"])
            content = fragment_tokens(doc, rel["content"])
            for unit in claims.claim_units(cue, doc, inside):
                n = len(unit.tokens)
                in_source = sum(i in source for i in unit.tokens)
                in_content = sum(i in content for i in unit.tokens)
                label = 0
                if in_source * 2 > n:
                    label = 1
                elif in_content * 2 > n:
                    label = 2
                features.append(unit.features)
                labels.append(label)
    return features, labels


def fit(features: list[list[str]], labels: list[int], c: float) -> dict:
    """A logistic regression over binary features, exported as bias + sparse weights."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, np.array(labels))
    coef = model.coef_
    names = vectorizer.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        column = coef[:, j]
        if np.abs(column).max() >= MIN_WEIGHT:
            weights[str(name)] = [round(float(w), 4) for w in column]
    classes = [str(k) for k in model.classes_]
    if coef.shape[0] == 1:
        classes = classes[1:]
    return {
        "classes": classes,
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }


def refresh_cue_lexicon(articles: list[Article]) -> None:
    """Rewrite the count column of cue_verbs.tsv from the cue heads of train relations."""
    counts: Counter[str] = Counter()
    for article in articles:
        doc = article.doc
        for rel in article.record["relations"]:
            cue = sorted(fragment_tokens(doc, rel["cue"]))
            head = claims.cue_head_token(cue, doc) if cue else None
            if head is not None and head.pos_ in LEXICON_POS:  # "said", not "is expected"
                counts[head.lemma_.lower()] += 1
    path = MODULE_DIR / claims.CUE_LEXICON
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    known = {row[0]: row for row in rows}
    for lemma, n in counts.items():
        if lemma not in known and n >= MIN_LEXICON_COUNT and lemma.isalpha():
            known[lemma] = [lemma, "asserts", "0", "0"]
    for lemma, row in known.items():
        row[3] = str(counts.get(lemma, 0))
    ordered = sorted(known.values(), key=lambda row: (-int(row[3]), row[0]))
    body = ["\t".join(header), *("\t".join(row) for row in ordered)]
    path.write_text("\n".join([*comments, *body]) + "\n", encoding="utf-8")
    read_rows.cache_clear()  # the shared reader keeps what it read
    claims.load_cue_lexicon.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    # the cue models' inverse regularisation (tuning part, cue F1: 0.1 .593, 0.3 .607, 0.5 .604,
    # 1.0 .602, 3.0 .600; source and content best at 0.3 too)
    parser.add_argument("--c-cue", type=float, default=0.3)
    parser.add_argument("--c-unit", type=float, default=0.3)
    parser.add_argument(
        "--tune-out",
        default=None,
        help="leave the tuning part out (evaluate/claims.py) and write the models here "
        "instead of into the package; the lexicon is not touched",
    )
    args = parser.parse_args()
    articles = [a for a in load_polnear(locate_data(args.data)) if not a.held_out]
    if args.tune_out:
        articles = split_train(articles)[0]
    else:
        refresh_cue_lexicon(articles)
    cue_x, cue_y, cue_nested, gate = cue_examples(articles)
    # the free-cue model: words outside every relation only (see ClaimFinder._free_cues)
    free = [k for k, nested in enumerate(cue_nested) if not nested]
    unit_x, unit_y = unit_examples(articles)
    extension_x, extension_y = extension_examples(articles)
    print(f"cue tokens {len(cue_y)} ({sum(cue_y)} in cues); units {len(unit_y)}")
    models = {
        "cue": fit(cue_x, cue_y, args.c_cue),
        "free_cue": fit([cue_x[k] for k in free], [cue_y[k] for k in free], args.c_cue),
        "extension": fit(extension_x, extension_y, args.c_cue),
        "unit": fit(unit_x, unit_y, args.c_unit),
    }
    out = Path(args.tune_out) if args.tune_out else MODULE_DIR / claims.MODEL_FILE
    out.parent.mkdir(exist_ok=True)
    payload = {
        "about": "Linear models of corroborate.extract.claims, trained by claims_train.py on "
        "PolNeAR v1.0.0 (Newell, Margolin, Ruths, LREC 2018), train compartment only.",
        "models": models,
        "gate": gate,
    }
    out.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode("utf-8"), mtime=0))
    print(
        f"wrote {out}: cue {len(models['cue']['weights'])} weights, "
        f"free cue {len(models['free_cue']['weights'])} weights, "
        f"extension {len(models['extension']['weights'])} weights, "
        f"unit {len(models['unit']['weights'])} weights"
    )


if __name__ == "__main__":
    main()
