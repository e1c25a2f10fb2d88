"""Incident linking and counting against the gun-violence set (GVA incidents, several articles).

Articles go one at a time, in publication order, through the real Ledger (so through whatever
extraction the pipeline settings name). Linking is scored with B-cubed and pairwise P/R/F1 over
articles (an article belongs to the incident of its main event, or of its document-level report
when no event was found); counting with the share of gold incidents whose best killed and
injured equal GVA's. Baselines beside it: every article alone, and batch TF-IDF average-link
clustering with its threshold tuned on the tuning part.

Tuning and held-out parts are split by incident: incidents sharing an article, or in one city
within 7 days, stay together; a component goes to the held-out part when the md5 of its
smallest incident id is odd. Everything tuned (document_frequencies.tsv, the linking weights)
was fitted on the tuning part only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from corroborate.evaluate import data_dir as default_data_dir
from corroborate.evaluate.scores import f1

PARTS = ("tune", "held_out")
SAME_CITY_DAYS = 7
# GVA lists a few shootings twice, under two ids (two volunteers, two sources). Two records at
# most this many days apart are taken for one shooting when they name one victim, or give the
# same killed and injured at (nearly) one spot: see one_shooting_twice.
DOUBLE_RECORD_DAYS = 1
DOUBLE_RECORD_KM = 0.5
DOUBLE_RECORD_KM_MANY = 5.0  # for three or more victims, whose like is rare the same day
# Share of unlinked article pairs used to fit the linking model.
NEGATIVE_SHARE = 0.1


def load_gun_violence(data_dir: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(articles, incidents by id) of the gun-violence folder."""
    folder = data_dir / "gun-violence"
    with (folder / "docs.jsonl").open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    with (folder / "incidents.jsonl").open(encoding="utf-8") as lines:
        incidents = {row["id"]: row for row in map(json.loads, lines) if row}
    return articles, incidents


def incident_parts(
    articles: list[dict[str, Any]], incidents: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """Incident id -> "tune" or "held_out"; linked incidents (see module doc) share a part."""
    parent = {incident: incident for incident in incidents}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    for article in articles:
        ids = [i for i in article["incident_ids"] if i in parent]
        for a, b in itertools.pairwise(ids):
            join(a, b)
    by_city: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for incident in incidents.values():
        by_city[incident.get("place") or ""].append(
            (dt.date.fromisoformat(incident["date"]), incident["id"])
        )
    for city, dated in by_city.items():
        if not city:
            continue
        dated.sort()
        for (day_a, a), (day_b, b) in itertools.combinations(dated, 2):
            if (day_b - day_a).days <= SAME_CITY_DAYS:
                join(a, b)
    smallest: dict[str, str] = {}
    for incident in incidents:
        r = root(incident)
        smallest[r] = min(smallest.get(r, incident), incident)
    return {
        incident: PARTS[int(hashlib.md5(smallest[root(incident)].encode()).hexdigest(), 16) % 2]
        for incident in incidents
    }


def article_part(article: dict[str, Any], parts: dict[str, str]) -> str:
    """The part of an article: that of its (first) gold incident."""
    return parts[article["incident_ids"][0]]


def build_document_frequencies(data_dir: Path, out: Path) -> int:
    """Write consolidate/document_frequencies.tsv from the tuning part; returns its word count."""
    from corroborate.consolidate.wording import _STOP, _WORD, article_text

    articles, incidents = load_gun_violence(data_dir)
    parts = incident_parts(articles, incidents)
    tuning = [a for a in articles if article_part(a, parts) == "tune"]
    counts: Counter[str] = Counter()
    for article in tuning:
        text = article_text(f"{article.get('title') or ''}\n{article['text']}")
        counts.update({w.lower() for w in _WORD.findall(text)} - _STOP)
    kept = sorted((w, n) for w, n in counts.items() if n >= 2)
    with out.open("w", encoding="utf-8") as file:
        file.write(
            f"# Document frequencies of words in the {len(tuning):,} articles of the "
            "tuning part of ../shared/data/gun-violence (GVA source articles collected "
            "by cltl/LongTailQATask, SemEval-2018 Task 5), words seen in 2+ articles; "
            "IDF weights for consolidate/wording.py\n"
        )
        file.write("word\tdocuments\n")
        file.write(f"__documents__\t{len(tuning)}\n")
        for word, n in kept:
            file.write(f"{word}\t{n}\n")
    return len(kept)


def select_articles(
    articles: list[dict[str, Any]], incidents: dict[str, dict[str, Any]], limit: int | None
) -> list[dict[str, Any]]:
    """Whole groups of linked incidents (see module doc), in a fixed order, up to `limit`."""
    if limit is None or limit >= len(articles):
        return articles
    parts = incident_parts(articles, incidents)
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        by_incident[article["incident_ids"][0]].append(article)
    chosen: list[dict[str, Any]] = []
    for part in PARTS:  # a limited run still holds both parts
        order = sorted(
            (i for i in by_incident if parts[i] == part),
            key=lambda i: hashlib.md5(i.encode()).hexdigest(),
        )
        for incident in order:
            if len(chosen) >= limit * (PARTS.index(part) + 1) // 2:
                break
            chosen.extend(by_incident[incident])
    return chosen


def article_text(article: dict[str, Any]) -> str:
    """The text the pipeline reads: the headline, then the body (as evaluate/events.py reads
    it). The crawled bodies seldom repeat their headline, and the headline is where most
    articles state their toll ("4 shot, 1 dead")."""
    title = (article.get("title") or "").strip()
    text = article["text"]
    if not title or text.lstrip().startswith(title):
        return text
    return title + "\n\n" + text


def ingest_in_order(ledger: Any, articles: list[dict[str, Any]]) -> None:
    """Articles through the Ledger one by one, in publication order (ties by id)."""
    from corroborate.ingest.boilerplate import mark_boilerplate
    from corroborate.model import ArticleInput

    ordered = sorted(articles, key=lambda a: (a.get("published") or "", a["id"]))
    ledger.ingest_articles(
        ArticleInput(
            text=article_text(a),
            source=a["id"],
            title=a.get("title"),
            outlet=a.get("outlet"),
            url=a.get("url"),
            published=dt.date.fromisoformat(a["published"]) if a.get("published") else None,
            boilerplate=mark_boilerplate(article_text(a)),
        )
        for a in ordered
    )


def relink(ledger: Any) -> None:
    """Forget every incident and link the stored documents again in publication order."""
    from sqlalchemy import delete, select, update

    from corroborate.assess.incidents import assess_incidents
    from corroborate.consolidate.incidents import link_document
    from corroborate.model import Contradiction, Document, Event, Incident

    with ledger.session() as session, session.begin():
        session.execute(update(Event).values(incident_id=None))
        session.execute(delete(Contradiction))
        session.execute(delete(Incident))
    with ledger.session() as session:
        ids = session.scalars(select(Document.id).order_by(Document.published, Document.id)).all()
    for document_id in ids:
        with ledger.session() as session, session.begin():
            document = session.get(Document, document_id)
            events = list(
                session.scalars(
                    select(Event).where(Event.document_id == document_id).order_by(Event.rank)
                )
            )
            assess_incidents(session, link_document(session, document, events))


def bcubed(predicted: dict[str, str], gold: dict[str, set[str]]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over articles (a link to any gold incident is right)."""
    clusters: dict[str, list[str]] = defaultdict(list)
    for article, cluster in predicted.items():
        clusters[cluster].append(article)
    members: dict[str, set[str]] = defaultdict(set)
    for article, incidents in gold.items():
        for incident in incidents:
            members[incident].add(article)
    precision = recall = 0.0
    for article, cluster in predicted.items():
        same_gold = set().union(*(members[i] for i in gold[article]))
        together = sum(1 for other in clusters[cluster] if other in same_gold)
        precision += together / len(clusters[cluster])
        recall += together / len(same_gold)
    n = len(predicted) or 1
    precision, recall = precision / n, recall / n
    return precision, recall, f1(precision, recall)


def pairwise(predicted: dict[str, str], gold: dict[str, set[str]]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 over article pairs."""
    articles = sorted(predicted)
    true_pos = pred_pos = gold_pos = 0
    for a, b in itertools.combinations(articles, 2):
        same_pred = predicted[a] == predicted[b]
        same_gold = bool(gold[a] & gold[b])
        true_pos += same_pred and same_gold
        pred_pos += same_pred
        gold_pos += same_gold
    p = true_pos / pred_pos if pred_pos else 1.0
    r = true_pos / gold_pos if gold_pos else 1.0
    return p, r, f1(p, r)


def _victim_names(incident: dict[str, Any]) -> set[tuple[str, str]]:
    """(first, last) name of each named participant shot (the "II" of a name set aside)."""
    names = set()
    for person in incident.get("participants") or []:
        words = re.findall(r"[a-z]+", (person.get("name") or "").lower())
        words = [w for w in words if w not in {"jr", "sr", "ii", "iii", "iv"}]
        if len(words) >= 2 and {"Killed", "Injured"} & set(person.get("status") or []):
            names.add((words[0], words[-1]))
    return names


def one_shooting_twice(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two GVA records are one shooting listed twice (DOUBLE_RECORD_DAYS): a gold
    matter, read from the records alone, so that a pair of them merged is not counted as two
    shootings of one city merged."""
    from corroborate.extract.gazetteer import distance_km

    days = abs((dt.date.fromisoformat(a["date"]) - dt.date.fromisoformat(b["date"])).days)
    if days > DOUBLE_RECORD_DAYS:
        return False
    if _victim_names(a) & _victim_names(b):
        return True
    if (a["killed"], a["injured"]) != (b["killed"], b["injured"]):
        return False
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return False
    km = distance_km(a["lat"], a["lon"], b["lat"], b["lon"])
    many = a["killed"] + a["injured"] >= 3
    return km <= (DOUBLE_RECORD_KM_MANY if many else DOUBLE_RECORD_KM)


def same_city_week_merged(
    predicted: dict[str, str],
    articles: list[dict[str, Any]],
    incidents: dict[str, dict[str, Any]],
    *,
    doubles: bool = True,
) -> tuple[int, int]:
    """(merged, all) article pairs from different incidents in one city within 7 days;
    `doubles=False` sets aside the pairs of one shooting GVA lists twice (one_shooting_twice)."""
    by_incident: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article["id"] in predicted:
            by_incident[article["incident_ids"][0]].append(article["id"])
    by_city: dict[str, list[str]] = defaultdict(list)
    for incident in by_incident:
        if incidents[incident].get("place"):
            by_city[incidents[incident]["place"]].append(incident)
    merged = total = 0
    for group in by_city.values():
        for a, b in itertools.combinations(group, 2):
            days = abs(
                (
                    dt.date.fromisoformat(incidents[a]["date"])
                    - dt.date.fromisoformat(incidents[b]["date"])
                ).days
            )
            if days > SAME_CITY_DAYS:
                continue
            if not doubles and one_shooting_twice(incidents[a], incidents[b]):
                continue
            for x in by_incident[a]:
                for y in by_incident[b]:
                    total += 1
                    merged += predicted[x] == predicted[y]
    return merged, total


def tfidf_baseline(articles: list[dict[str, Any]], threshold: float) -> dict[str, str]:
    """Batch TF-IDF (sublinear, English stop words) average-link clustering at `threshold`."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(articles) < 2:
        return {a["id"]: a["id"] for a in articles}
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{a.get('title') or ''}\n{a['text']}" for a in articles]
    )
    similarity = (vectors @ vectors.T).toarray()
    np.fill_diagonal(similarity, 1.0)
    tree = linkage(squareform(np.clip(1.0 - similarity, 0.0, None), checks=False), "average")
    labels = fcluster(tree, threshold, "distance")
    return {a["id"]: str(label) for a, label in zip(articles, labels, strict=True)}


def counting(
    predicted: dict[str, str],
    figures: dict[str, dict[str, Any]],
    articles: list[dict[str, Any]],
    incidents: dict[str, dict[str, Any]],
) -> dict[str, float]:
    """Share of gold incidents whose cluster's best killed / injured equal GVA's (None = 0)."""
    by_incident: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article["id"] in predicted:
            for incident in article["incident_ids"]:
                by_incident[incident].append(predicted[article["id"]])
    killed = injured = both = 0
    for incident, clusters in by_incident.items():
        cluster = Counter(clusters).most_common(1)[0][0]
        summary = figures.get(cluster, {})
        best_killed = (summary.get("fatalities") or {}).get("best") or 0
        best_injured = (summary.get("injured") or {}).get("best") or 0
        killed += best_killed == incidents[incident]["killed"]
        injured += best_injured == incidents[incident]["injured"]
        both += (
            best_killed == incidents[incident]["killed"]
            and best_injured == incidents[incident]["injured"]
        )
    n = len(by_incident) or 1
    return {
        "killed": killed / n,
        "injured": injured / n,
        "both": both / n,
        "incidents": len(by_incident),
    }


# Why a gold incident's best figures are not GVA's, the first cause that holds, in this order.
MISS_CAUSES = (
    "main event a reference, unlinked",  # an article of it whose main event founded nothing
    "linking: split",  # the cluster lacks some of its articles
    "linking: merged",  # the cluster holds another incident's articles
    "perpetrator",  # the difference is the suspects GVA counts killed or hurt
    "dead told only as hurt",  # killed short and injured over by the same number
    "GVA's number stated nowhere",  # no value of the cluster is GVA's number
    "GVA's number among the values, another chosen",
)


def _suspects(incident: dict[str, Any], status: str) -> int:
    """How many suspects GVA lists with this status (Killed, Injured)."""
    return sum(
        1
        for person in incident.get("participants") or []
        if person.get("type") == "Subject-Suspect" and status in (person.get("status") or [])
    )


def miss_cause(
    incident: dict[str, Any],
    best: tuple[int, int],
    values: tuple[set[int], set[int]],
    *,
    unlinked_reference: bool,
    missing: bool,
    extra: bool,
) -> str:
    """The cause (MISS_CAUSES) of a gold incident's wrong best figures: `values` the killed
    and injured values of its cluster; `missing`, `extra`: its cluster lacks some of its
    articles, holds others'."""
    if unlinked_reference:
        return MISS_CAUSES[0]
    if missing:
        return MISS_CAUSES[1]
    if extra:
        return MISS_CAUSES[2]
    gold = (incident["killed"], incident["injured"])
    short = (gold[0] - best[0], gold[1] - best[1])
    suspects = (_suspects(incident, "Killed"), _suspects(incident, "Injured"))
    if all(s == 0 or s == n for s, n in zip(short, suspects, strict=True)):
        return MISS_CAUSES[3]
    if short[0] > 0 and short[1] == -short[0]:
        return MISS_CAUSES[4]
    if any(s and g and g not in told for s, g, told in zip(short, gold, values, strict=True)):
        return MISS_CAUSES[5]
    return MISS_CAUSES[6]


def counting_misses(
    predicted: dict[str, str],
    figures: dict[str, dict[str, Any]],
    articles: list[dict[str, Any]],
    incidents: dict[str, dict[str, Any]],
    unlinked_references: set[str],
) -> list[dict[str, Any]]:
    """The gold incidents of `articles` whose cluster's best killed / injured are not GVA's,
    each with its cause (miss_cause); `unlinked_references`: articles left alone whose main
    event is a reference."""
    by_incident: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        if article["id"] in predicted:
            for incident in article["incident_ids"]:
                by_incident[incident].append(article["id"])
    members: dict[str, set[str]] = defaultdict(set)
    for article, cluster in predicted.items():
        members[cluster].add(article)
    misses = []
    for incident_id, ids in sorted(by_incident.items()):
        cluster = Counter(predicted[a] for a in ids).most_common(1)[0][0]
        summary = figures.get(cluster, {})
        killed, injured = (summary.get(k) or {} for k in ("fatalities", "injured"))
        best = (killed.get("best") or 0, injured.get("best") or 0)
        incident = incidents[incident_id]
        if best == (incident["killed"], incident["injured"]):
            continue
        told = tuple({v["value"] for v in f.get("values", [])} for f in (killed, injured))
        cause = miss_cause(
            incident,
            best,
            (told[0], told[1]),
            unlinked_reference=bool(unlinked_references & set(ids)),
            missing=bool(set(ids) - members[cluster]),
            extra=bool(members[cluster] - set(ids)),
        )
        misses.append(
            {
                "incident": incident_id,
                "gold": (incident["killed"], incident["injured"]),
                "best": best,
                "cause": cause,
                "articles": len(ids),
            }
        )
    return misses


def evaluate_incidents(
    data_dir: Path,
    *,
    limit: int | None = None,
    ledger_url: str | None = None,
    reuse: bool = False,
    components: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    """Link (and count) the gun-violence articles through the Ledger; figures per part.

    `components`: the pipeline's components (default: the settings' extract.components);
    `reuse`: relink the documents already in `ledger_url` instead of ingesting them again.
    """
    from sqlalchemy import select

    from corroborate.consolidate.incidents import document_incidents
    from corroborate.ingest.dedupe import document_id
    from corroborate.ledger import Ledger
    from corroborate.model import Event, Incident, Modality
    from corroborate.settings import load_settings

    settings = load_settings()
    if components is not None:
        settings = load_settings(extract={"components": list(components)})

    articles, incidents = load_gun_violence(data_dir)
    articles = select_articles(articles, incidents, limit)
    parts = incident_parts(articles, incidents)
    with tempfile.TemporaryDirectory() as folder:
        url = ledger_url or f"sqlite:///{folder}/incidents.db"
        with Ledger(url, settings=settings) as ledger:
            if reuse and ledger.summary()["documents"]:
                relink(ledger)
            else:
                ingest_in_order(ledger, articles)
            with ledger.session() as session:
                linked = document_incidents(session)
                figures = {i.id: dict(i.summary or {}) for i in session.query(Incident)}
                source_of = {d.id: d.source for d in ledger.documents()}
                referring = set(
                    session.scalars(
                        select(Event.document_id).where(
                            Event.rank == 0,
                            Event.modality == Modality.REFERENCE.value,
                            Event.incident_id.is_(None),
                        )
                    )
                )
    predicted = {source_of[d]: i for d, i in linked.items() if d in source_of}
    stored = {a["id"] for a in articles}
    for article in articles:
        # An article whose text the ledger already holds (the set has a few, crawled twice)
        # is that stored document: re-ingesting it is a no-op, not a loss of the article.
        same_text = linked.get(document_id(article_text(article)))
        if article["id"] not in predicted and same_text is not None:
            predicted[article["id"]] = same_text
        # Articles left unlinked count as alone.
        predicted.setdefault(article["id"], f"alone:{article['id']}")
    gold = {a["id"]: set(a["incident_ids"]) for a in articles}
    results: dict[str, Any] = {"articles": len(stored)}
    thresholds = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
    tuning = [a for a in articles if article_part(a, parts) == "tune"]
    scores = (
        {
            t: bcubed(tfidf_baseline(tuning, t), {a["id"]: gold[a["id"]] for a in tuning})[2]
            for t in thresholds
        }
        if tuning
        else {0.8: 0.0}
    )
    best_threshold = max(scores, key=lambda t: (scores[t], -t))
    lines = []
    for part in PARTS:
        chosen = [a for a in articles if article_part(a, parts) == part]
        if not chosen:
            continue
        ids = {a["id"] for a in chosen}
        mine = {a: c for a, c in predicted.items() if a in ids}
        truth = {a: gold[a] for a in ids}
        b3 = bcubed(mine, truth)
        pw = pairwise(mine, truth)
        alone = bcubed({a: a for a in ids}, truth)
        batch = bcubed(tfidf_baseline(chosen, best_threshold), truth)
        merged, pairs = same_city_week_merged(mine, chosen, incidents)
        merged_apart, pairs_apart = same_city_week_merged(mine, chosen, incidents, doubles=False)
        count = counting(mine, figures, chosen, incidents)
        results[part] = {
            "articles": len(ids),
            "b3_p": b3[0],
            "b3_r": b3[1],
            "b3_f1": b3[2],
            "pair_p": pw[0],
            "pair_r": pw[1],
            "pair_f1": pw[2],
            "alone_b3_f1": alone[2],
            "tfidf_b3_f1": batch[2],
            "tfidf_threshold": best_threshold,
            "same_city_week_pairs": pairs,
            "same_city_week_merged": merged / pairs if pairs else 0.0,
            "same_city_week_pairs_without_doubles": pairs_apart,
            "same_city_week_merged_without_doubles": (
                merged_apart / pairs_apart if pairs_apart else 0.0
            ),
            "killed_exact": count["killed"],
            "injured_exact": count["injured"],
            "both_exact": count["both"],
            "incidents": count["incidents"],
        }
        lines.append(
            f"{part}: {len(ids)} articles, {count['incidents']} incidents | B3 P {b3[0]:.3f} "
            f"R {b3[1]:.3f} F1 {b3[2]:.3f} | pairwise P {pw[0]:.3f} R {pw[1]:.3f} F1 {pw[2]:.3f}"
            f" | baselines B3 F1: alone {alone[2]:.3f}, batch TF-IDF average link "
            f"(threshold {best_threshold}) {batch[2]:.3f} | same city within 7 days: "
            f"{merged}/{pairs} article pairs merged ({merged_apart}/{pairs_apart} without the "
            f"shootings GVA lists twice) | counting exact: killed "
            f"{count['killed']:.3f}, injured {count['injured']:.3f}, both {count['both']:.3f}"
        )
    results["report"] = "\n".join(lines)
    # Read errors from the tuning part only: its misses, by cause.
    unlinked = {source_of[d] for d in referring if d in source_of}
    results["tuning_misses"] = counting_misses(predicted, figures, tuning, incidents, unlinked)
    return results


def misses_report(misses: list[dict[str, Any]]) -> str:
    """The tuning part's wrong incidents, counted by cause, then one line each."""
    causes = Counter(m["cause"] for m in misses)
    lines = [f"tuning incidents counted wrong: {len(misses)}"]
    lines += [f"  {n:3d} {cause}" for cause, n in causes.most_common()]
    for miss in sorted(misses, key=lambda m: (MISS_CAUSES.index(m["cause"]), m["incident"])):
        lines.append(
            f"  {miss['incident']}: GVA killed/injured {miss['gold'][0]}/{miss['gold'][1]}, "
            f"best {miss['best'][0]}/{miss['best'][1]}, {miss['articles']} article(s): "
            f"{miss['cause']}"
        )
    return "\n".join(lines)


def main_reports(ledger: Any) -> dict[str, Any]:
    """Article id (Document.source) -> the report of its main event (or of the document)."""
    from sqlalchemy import select

    from corroborate.consolidate.incidents import document_report, event_report
    from corroborate.model import Document, Event

    reports = {}
    with ledger.session() as session:
        for document in session.scalars(select(Document).order_by(Document.id)):
            main = session.scalars(
                select(Event).where(Event.document_id == document.id, Event.rank == 0)
            ).first()
            reports[document.source] = (
                event_report(session, document, main)
                if main is not None
                else document_report(session, document)
            )
    return reports


def fit_link_weights(data_dir: Path, ledger_url: str, out: Path | None = None) -> dict[str, float]:
    """Fit the linking model on main-report pairs of the tuning part stored in `ledger_url`.

    Pairs within WINDOW_DAYS; negatives sampled at NEGATIVE_SHARE (the bias is corrected for
    it). Writes consolidate/link_weights.tsv to `out` when given.
    """
    import math
    import random

    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from corroborate.consolidate.incidents import FEATURES, WINDOW_DAYS, is_copy, pair_features
    from corroborate.ledger import Ledger

    articles, incidents = load_gun_violence(data_dir)
    parts = incident_parts(articles, incidents)
    gold = {a["id"]: set(a["incident_ids"]) for a in articles if article_part(a, parts) == "tune"}
    with Ledger(ledger_url) as ledger:
        reports = {k: v for k, v in main_reports(ledger).items() if k in gold}
    names = list(FEATURES)
    sample = random.Random(0)
    rows, labels = [], []
    for a, b in itertools.combinations(sorted(reports), 2):
        ra, rb = reports[a], reports[b]
        if ra.day is None or rb.day is None or abs((ra.day - rb.day).days) > WINDOW_DAYS:
            continue
        if is_copy(ra, rb):
            continue
        same = bool(gold[a] & gold[b])
        if not same and sample.random() > NEGATIVE_SHARE:
            continue
        features = pair_features(ra, rb)
        rows.append([features.get(n, 0.0) for n in names])
        labels.append(same)
    model = LogisticRegression(C=10.0, max_iter=5000).fit(np.array(rows), np.array(labels))
    weights = {"bias": float(model.intercept_[0]) + math.log(NEGATIVE_SHARE)}
    weights.update({n: float(w) for n, w in zip(names, model.coef_[0], strict=True)})
    if out is not None:
        with out.open("w", encoding="utf-8") as file:
            file.write(
                "# Weights of the incident-linking model (logistic regression over pair features"
                " of two reports, see consolidate/incidents.py), fitted by evaluate/incidents.py"
                " fit_link_weights on the main reports of the tuning part of ../shared/data/"
                "gun-violence (GVA source articles collected by cltl/LongTailQATask, SemEval-2018"
                f" Task 5): {sum(labels)} linked and {len(labels) - sum(labels)} sampled unlinked"
                " pairs; bias corrected for the sampling of unlinked pairs.\n"
            )
            file.write("feature\tweight\n")
            for name, weight in weights.items():
                file.write(f"{name}\t{weight:.4f}\n")
    return weights


def main() -> None:
    """`python -m corroborate.evaluate.incidents [--data DIR] [--limit N] [--db URL --reuse]`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--db", default=None, help="keep the ledger here (sqlite:///...)")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="relink the documents already in --db instead of ingesting",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also list the tuning part's incidents counted wrong, by cause",
    )
    parser.add_argument(
        "--components",
        default=None,
        help="comma-separated pipeline components, 'all' for every one "
        "(default: the settings' extract.components)",
    )
    args = parser.parse_args()
    components = None
    if args.components is not None:
        from corroborate.extract.pipeline import COMPONENT_MODULES

        components = (
            tuple(COMPONENT_MODULES)
            if args.components == "all"
            else tuple(c for c in args.components.split(",") if c)
        )
    results = evaluate_incidents(
        default_data_dir(args.data),
        limit=args.limit,
        ledger_url=args.db,
        reuse=args.reuse,
        components=components,
    )
    print(results["report"])
    if args.misses:
        print(misses_report(results["tuning_misses"]))


if __name__ == "__main__":
    main()
