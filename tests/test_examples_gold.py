"""The demo set (src/corroborate/examples/) against its gold annotation, and the bad inputs
(tests/fixtures/bad/) against what their names claim. No pipeline is run here: these tests keep
the hand annotation true to the texts so that evaluations built on it measure the extractors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

import pytest

from corroborate.model import (
    ContradictionKind,
    FigureKind,
    Modality,
    Qualifier,
    SpeakerKind,
    Stance,
)

EXAMPLES = Path(str(files("corroborate") / "examples"))
BAD = Path(__file__).parent / "fixtures" / "bad"
GOLD = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))
DOCUMENTS: dict[str, dict] = GOLD["documents"]

# ACLED's sub-event types (ACLED Codebook, 2023 edition).
ACLED_SUB_EVENT_TYPES = {
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
}  # fmt: skip


class _PageReader(HTMLParser):
    """Collects a page's <article> text and its <meta> properties."""

    _SKIPPED: ClassVar[set[str]] = {"script", "style", "nav", "form", "figure"}

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._article_depth = 0
        self._skip_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name")
            if key and attributes.get("content") is not None:
                self.meta[key] = attributes["content"] or ""
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._article_depth += 1
        elif tag in self._SKIPPED:
            self._skip_depth += 1
        if tag in {"p", "li", "h1", "h2", "div", "br"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article_depth -= 1
        elif tag in self._SKIPPED:
            self._skip_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._article_depth and not self._skip_depth:
            self.parts.append(data)

    @property
    def article_text(self) -> str:
        lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def read_page(html: str) -> _PageReader:
    """Parse a saved page."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader


def decode(path: Path) -> str:
    """A plain-text file as the ledger stores it: UTF-8 or Windows-1252, CRLF -> LF."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return text.replace("\r\n", "\n")


def feed_record(key: str) -> dict[str, Any]:
    """The JSON object on line N (1-based) of a "file#N" gold document key."""
    name, _, line = key.partition("#")
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8").splitlines()[int(line) - 1])


def article_text(key: str) -> str:
    """The article text of a gold document key ("file" or "file#line")."""
    name, _, line = key.partition("#")
    path = EXAMPLES / name
    if line:
        record = feed_record(key)
        return record["text"] if "text" in record else read_page(record["html"]).article_text
    if path.suffix == ".html":
        return read_page(path.read_text(encoding="utf-8")).article_text
    return decode(path)


def exact_texts(document: dict) -> Iterator[tuple[str, str]]:
    """Every (what, text) pair of a gold document that must occur verbatim in its article."""
    for event in document["events"]:
        yield "trigger", event["trigger"]
        if event.get("evidence"):
            yield "event evidence", event["evidence"]
        for figure in event["figures"]:
            yield "figure evidence", figure["evidence"]
    for claim in document["claims"]:
        yield "cue", claim["cue"]
        yield "content", claim["content"]
        if claim.get("continuation"):
            yield "continuation", claim["continuation"]
    for place in document["places"]:
        yield "place", place
    for time in document["times"]:
        yield "time", time["text"]


def example_keys() -> set[str]:
    """Document keys of every file in the examples folder."""
    keys: set[str] = set()
    for path in EXAMPLES.iterdir():
        if path.suffix in {".txt", ".html"}:
            keys.add(path.name)
        elif path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            keys.update(f"{path.name}#{n}" for n, line in enumerate(lines, 1) if line.strip())
    return keys


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_gold_texts_occur_in_their_document(key: str) -> None:
    text = article_text(key)
    missing = [
        f"{what}: {value!r}" for what, value in exact_texts(DOCUMENTS[key]) if value not in text
    ]
    assert not missing, f"{key}: not in the article text:\n" + "\n".join(missing)


def test_every_example_file_is_annotated_and_nothing_else() -> None:
    assert example_keys() == set(DOCUMENTS)


def test_gold_uses_the_closed_vocabularies() -> None:
    for key, document in DOCUMENTS.items():
        for event in document["events"]:
            assert Modality(event["modality"]), key
            assert event["sub_event_type"] in ACLED_SUB_EVENT_TYPES | {None}, (key, event)
            assert event["incident"] is None or event["incident"] in GOLD["incidents"], (key, event)
            for figure in event["figures"]:
                assert FigureKind(figure["kind"]) and Qualifier(figure["qualifier"]), (key, figure)
                assert isinstance(figure["value"], int)
                assert (figure["value"] == 0) == (figure["qualifier"] == "zero"), (key, figure)
        for claim in document["claims"]:
            assert Stance(claim["stance"]) and SpeakerKind(claim["speaker_kind"]), (key, claim)
            assert isinstance(claim["hedged"], bool) and isinstance(claim["opinion"], bool)
        assert document["incident"] in GOLD["incidents"], key
    for incident in GOLD["incidents"].values():
        assert incident["sub_event_type"] in ACLED_SUB_EVENT_TYPES | {None}
    for contradiction in GOLD["contradictions"]:
        assert ContradictionKind(contradiction["kind"])
        assert contradiction["incident"] in GOLD["incidents"]
        assert set(contradiction["sides"]) <= set(DOCUMENTS)
    for pair in GOLD["non_contradictions"]:
        assert set(pair["sides"]) <= set(DOCUMENTS)


def test_the_set_is_large_and_varied_enough() -> None:
    outlets = {d["outlet"] for d in DOCUMENTS.values()}
    reported = {d["incident"] for d in DOCUMENTS.values()}
    assert len(DOCUMENTS) >= 14
    assert len(outlets) >= 5 and "Voice of the Mahaz" in outlets
    assert len(reported) >= 5
    assert len({GOLD["incidents"][i]["country"] for i in reported}) >= 3
    suffixes = [Path(key.partition("#")[0]).suffix for key in DOCUMENTS]
    assert suffixes.count(".txt") >= 3 and suffixes.count(".html") >= 3
    assert suffixes.count(".jsonl") >= 3
    assert [d["published"] for d in DOCUMENTS.values()].count(None) == 1
    for key in DOCUMENTS:
        words = len(article_text(key).split())
        assert 150 <= words <= 600, (key, words)


def test_the_hard_cases_are_annotated() -> None:
    events = [e for d in DOCUMENTS.values() for e in d["events"]]
    claims = [c for d in DOCUMENTS.values() for c in d["claims"]]
    figures = [f for e in events for f in e["figures"]]
    assert {e["modality"] for e in events} == {m.value for m in Modality}
    assert {"confesses", "denies", "alleges", "questions"} <= {c["stance"] for c in claims}
    assert any(c["hedged"] and c["cue"] == "suggests" for c in claims)
    assert any(c["opinion"] and "balance of power" in c["content"] for c in claims)
    assert any(c.get("continuation") and c["cue"] == "he said" for c in claims)
    assert {"at_least", "more_than", "about", "zero", "exact"} <= {f["qualifier"] for f in figures}
    assert {f["kind"] for f in figures} == {k.value for k in FigureKind}
    kinds = {c["kind"] for c in GOLD["contradictions"]}
    assert kinds >= {"number", "polarity", "authority", "responsibility"}
    copies = {key: d["copy_of"] for key, d in DOCUMENTS.items() if d["copy_of"]}
    assert copies and set(copies.values()) <= set(DOCUMENTS)
    for key, original in copies.items():
        assert DOCUMENTS[key]["outlet"] != DOCUMENTS[original]["outlet"]
        assert DOCUMENTS[key]["incident"] == DOCUMENTS[original]["incident"]


def test_html_pages_and_feed_lines_carry_the_metadata_gold_states() -> None:
    for key, document in DOCUMENTS.items():
        name, _, line = key.partition("#")
        if line:
            record = feed_record(key)
            assert {"title", "url", "outlet", "published"} <= set(record), key
            assert ("text" in record) != ("html" in record), key
            assert record["outlet"] == document["outlet"], key
            assert record["published"] == document["published"], key
        elif name.endswith(".html"):
            page = read_page((EXAMPLES / name).read_text(encoding="utf-8"))
            assert page.title.strip(), key
            assert page.meta["og:site_name"] == document["outlet"], key
            assert page.meta["article:published_time"][:10] == document["published"], key
        elif document["published"] is not None:
            # plain text keeps its date only in the text ("Published: March 11, 2025")
            assert re.search(r"^Published:? ", article_text(key), re.M), key


def test_windows_1252_example_is_not_utf8() -> None:
    (path,) = [EXAMPLES / k for k, d in DOCUMENTS.items() if d.get("encoding") == "cp1252"]
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    assert "Café" in text and "\u201c" in text and "\r\n" in text


def test_txt_with_page_furniture_keeps_it_after_the_article() -> None:
    text = decode(EXAMPLES / "metro-dispatch-raid.txt")
    tail = text[text.index("Share this:") :]
    assert "Leave a Reply" in tail and "Required fields are marked *" in tail
    assert "newsletter" in tail


def test_bad_inputs_are_what_their_names_say() -> None:
    assert (BAD / "empty.txt").read_bytes() == b""
    binary = (BAD / "binary.txt").read_bytes()
    assert binary.startswith(b"\x89PNG\r\n\x1a\n") and b"\x00" in binary

    broken = (BAD / "broken.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(broken) == 3
    json.loads(broken[0]), json.loads(broken[2])
    with pytest.raises(json.JSONDecodeError):
        json.loads(broken[1])

    lines = (BAD / "notext.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert any("text" not in r and "html" not in r for r in records)

    page = read_page((BAD / "noarticle.html").read_text(encoding="utf-8"))
    assert page.article_text == "" and "og:site_name" in page.meta

    latin1 = (BAD / "latin1.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        latin1.decode("utf-8")
    assert "José Fernandes" in latin1.decode("latin-1")  # not bad: it must be decoded

    spanish = (BAD / "nonenglish.txt").read_text(encoding="utf-8")
    assert "gases lacrimógenos" in spanish


def test_gold_texts_survive_the_ledger_readers() -> None:
    readers = pytest.importorskip("corroborate.ingest.readers")
    seen = set()
    for article in readers.read_inputs([EXAMPLES], readers.ReadOptions()):
        assert not isinstance(article, readers.IngestProblem), str(article)
        key = Path(article.source).name + (f"#{article.line}" if article.line else "")
        seen.add(key)
        for what, value in exact_texts(DOCUMENTS[key]):
            starts = [m.start() for m in re.finditer(re.escape(value), article.text)]
            assert starts, f"{key}: {what} {value!r} not in the stored text"
            # somewhere in article text ("Karachi" of a header's "Metro Dispatch | Karachi" is
            # not article text, the body's Karachi is)
            assert any(
                not any(s <= start < e for s, e in article.boilerplate) for start in starts
            ), (key, value)
    assert seen == set(DOCUMENTS)
